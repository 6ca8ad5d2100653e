/**
 * Whether `A` and `B` are assignable both ways. Under `exactOptionalPropertyTypes` this tells
 * `x?: T` from `x?: T | undefined`, which vitest's `toEqualTypeOf` alone does not.
 */
export type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Intersections (`Validity & { … }`), at any depth, as single object types, the way zod infers them,
 * so that `toEqualTypeOf` can compare an explicit type written with `&` to a schema's inferred type.
 */
export type Flat<T> = T extends (infer E)[] ? Flat<E>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;

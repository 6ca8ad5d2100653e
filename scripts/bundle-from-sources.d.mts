import type { Plugin } from 'esbuild';

/** esbuild plugin: bare imports other than `@iom/…` stay imports; `#…` (a package's own imports map) are bundled. */
export declare const externalNonIom: Plugin;

/** Bundles `entry` (TypeScript or JavaScript) into `outfile`, an ES module for Node 20 and later. */
export declare function bundleFromSources(entry: string, outfile: string): Promise<void>;

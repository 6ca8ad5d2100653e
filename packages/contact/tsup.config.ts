import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', email: 'src/entry/email.ts', phone: 'src/entry/phone.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});

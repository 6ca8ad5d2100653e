import { packageTests } from '../../vitest.base.js';

export default packageTests('playground', { test: { typecheck: { enabled: false } } });

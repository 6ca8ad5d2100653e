import { packageTests } from '../../vitest.base.js';

export default packageTests('test-kit', { test: { typecheck: { enabled: false } } });

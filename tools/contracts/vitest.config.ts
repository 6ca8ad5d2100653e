import { packageTests } from '../../vitest.base.js';

export default packageTests('contracts', { test: { typecheck: { enabled: false } } });

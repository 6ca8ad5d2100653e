import { packageTests } from '../../vitest.base.js';

export default packageTests('repo-checks', { test: { typecheck: { enabled: false } } });

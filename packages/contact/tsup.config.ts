import { packageBuild } from '../../tsup.base.js';

export default packageBuild({ index: 'src/index.ts', email: 'src/entry/email.ts', phone: 'src/entry/phone.ts' });

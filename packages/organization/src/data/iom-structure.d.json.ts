// The type of `iom-structure.json`, declared so that TypeScript does not infer one from the 100+ kB of
// JSON on every typecheck (it took over half of the package's check time). `iom-structure.test.ts`
// checks that the file parses to exactly this type (OrgStructure, with nothing added or changed).
import type { OrgStructureRecord as OrgStructure } from '../model.js';

declare const structure: OrgStructure;
export default structure;

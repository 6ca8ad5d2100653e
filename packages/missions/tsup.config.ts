import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.base.js';
import { bundleDataEntry } from '../../tsup.data.js';

// The data entry reads JSON files: its ESM build is bundled so that the JSON is inlined (bundleDataEntry).
export default bundleDataEntry(
  packageBuild({ index: 'src/index.ts', 'data/index': 'src/data/index.ts' }) as Options[],
  'src/data/index.ts',
  '@iom/missions',
);

// Where tests find things. Compiled to dist/test/paths.js, so the repo root is two levels up.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The read-only shared data beside the repo (../shared); CI has it there too. */
export const sharedDir = join(repoRoot, '..', 'shared');
export const seedDir = join(sharedDir, 'corpus', 'xuhuibao');
export const examplesDir = join(repoRoot, 'examples');

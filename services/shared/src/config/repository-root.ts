// The directory that holds deploy/: the repository (or /app in the image), found by walking up from
// the calling module, so defaults hold alike for the TypeScript sources and the compiled dist/ tree.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'deploy')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no deploy/ directory above ${from}`);
  }
}

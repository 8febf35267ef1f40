// What the sources say the committed files should be. The generate script writes this plan; the
// staleness test asserts it is empty, so sources, versions and generated types cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromSources, loadTypeSources } from '../bundle/load-sources';
import { CONTRACT_NAMES } from '../records';
import { listVersions, readVersion } from '../versions/store';
import { nextVersion } from '../versions/next-version';
import { generateTypes, type LatestSchema } from './generate-types';

export const GENERATED_TYPES_FILE = join(__dirname, '..', 'generated', 'types.ts');

export interface GenerationPlan {
  newVersions: LatestSchema[];
  latest: LatestSchema[];
  typesText: string;
  typesChanged: boolean;
}

export function planGeneration(versionsDir?: string, typesFile = GENERATED_TYPES_FILE): GenerationPlan {
  const types = loadTypeSources();
  const newVersions: LatestSchema[] = [];
  const latest = CONTRACT_NAMES.map((recordName): LatestSchema => {
    const bundled = bundleFromSources(recordName, types);
    const committed = listVersions(recordName, versionsDir).at(-1);
    const current = committed === undefined ? undefined
      : { version: committed, schema: readVersion(recordName, committed, versionsDir) };
    const next = nextVersion(current, bundled);
    if (next === null && current !== undefined) return { recordName, ...current };
    const made = { recordName, version: next ?? 1, schema: bundled };
    newVersions.push(made);
    return made;
  });
  const typesText = generateTypes(latest);
  let onDisk: string | undefined;
  try { onDisk = readFileSync(typesFile, 'utf8'); } catch { onDisk = undefined; }
  return { newVersions, latest, typesText, typesChanged: onDisk !== typesText };
}

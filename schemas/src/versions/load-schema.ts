// Read access to committed versions for codecs, the registry and validation. Cached: versions are
// immutable, so a schema read once never changes while the process runs.
import { deepFreeze, type JsonObject } from '../bundle/json';
import { CONTRACT_NAMES, type ContractName } from '../records';
import { listVersions, readVersion } from './store';

const schemas = new Map<string, JsonObject>();
const versionLists = new Map<ContractName, readonly number[]>();

export function versionsOf(recordName: ContractName): readonly number[] {
  let list = versionLists.get(recordName);
  if (list === undefined) {
    list = Object.freeze(listVersions(recordName));
    versionLists.set(recordName, list);
  }
  return list;
}

export function latestVersion(recordName: ContractName): number {
  const latest = versionsOf(recordName).at(-1);
  if (latest === undefined) throw new Error(`no committed version of ${recordName}`);
  return latest;
}

export function latestVersions(): Record<ContractName, number> {
  return Object.fromEntries(CONTRACT_NAMES.map((name) => [name, latestVersion(name)])) as Record<ContractName, number>;
}

/** The bundled schema of a committed version (the latest when no version is given), frozen. */
export function loadSchema(recordName: ContractName, version?: number): JsonObject {
  const v = version ?? latestVersion(recordName);
  const key = `${recordName}/v${v}`;
  let schema = schemas.get(key);
  if (schema === undefined) {
    if (!versionsOf(recordName).includes(v)) throw new Error(`${recordName} has no version ${v}`);
    schema = deepFreeze(readVersion(recordName, v));
    schemas.set(key, schema);
  }
  return schema;
}

// The one list of personal-data fields, per record type, for holders whose token does not grant
// personal data (claim personal_data false or absent). The schema says of a person that everything
// but the pseudonymous ref and the role is personal data; free text and photos may name or show
// people; a registration number may identify a sole trader. Fields are set to null, not deleted,
// so the record keeps its shape, and the paths are added to meta.redactedPaths, which is where a
// reader already learns that a field was removed rather than unknown.
import type { RecordTypeName } from '@bex/shared';

export const PERSONAL_DATA_PATHS: Record<RecordTypeName, readonly string[]> = {
  SeizureCase: [
    'persons[].fullName',
    'persons[].identityDocument',
    'persons[].birthYear',
    'persons[].sex',
    'persons[].nationality',
    'companies[].registrationNumber',
    'narrative',
    'media',
  ],
  VehicleRiskAlert: [],
  AlertHit: [],
  PolicyChange: [],
};

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A copy of `record` without the personal data of its type; the input is not touched. */
export function withoutPersonalData<T>(recordType: RecordTypeName, record: T): T {
  if (PERSONAL_DATA_PATHS[recordType].length === 0) return record;
  // Records are JSON data; a JSON copy keeps plain objects of this realm, which the JSON
  // conversion relies on (structuredClone's would belong to the host's realm under jest).
  const copy = JSON.parse(JSON.stringify(record)) as unknown;
  if (!isObject(copy)) return copy as T;
  const removed: string[] = [];
  for (const path of PERSONAL_DATA_PATHS[recordType]) nullify(copy, path.split('.'), '', removed);
  const meta = copy.meta;
  if (isObject(meta) && removed.length > 0) {
    const before = Array.isArray(meta.redactedPaths) ? (meta.redactedPaths as string[]) : [];
    meta.redactedPaths = [...new Set([...before, ...removed])];
  }
  return copy as T;
}

function nullify(holder: Json, steps: string[], at: string, removed: string[]): void {
  const [step, ...rest] = steps;
  if (step === undefined) return;
  const many = step.endsWith('[]');
  const field = many ? step.slice(0, -2) : step;
  const here = at === '' ? field : `${at}.${field}`;
  const value = holder[field];
  if (value === null || value === undefined) return;
  if (rest.length === 0 && !many) {
    holder[field] = null;
    removed.push(here);
    return;
  }
  if (many && Array.isArray(value)) {
    value.forEach((item, i) => isObject(item) && nullify(item, rest, `${here}[${i}]`, removed));
  } else if (!many && isObject(value)) {
    nullify(value, rest, here, removed);
  }
}

// The one list of personal-data fields, per record type, for holders whose token does not grant
// personal data (claim personal_data false or absent). The schema says of a person that everything
// but the pseudonymous ref and the role is personal data; photos may show people; a registration
// number may identify a sole trader. Free text may name or describe anyone, so every free-text
// field of a contract (free-text-paths.ts) is personal data unless listed below as one that is
// not: a free-text field added to a schema is withheld until someone decides otherwise. Fields are
// set to null, not deleted, so the record keeps its shape, and the paths are added to
// meta.redactedPaths, which is where a reader already learns that a field was removed rather than
// unknown.
import type { RecordTypeName } from '@bex/shared';
import { freeTextPaths } from './free-text-paths';

/** Fields that are personal data by what they hold, besides free text. */
const PERSONAL_FIELDS: Record<RecordTypeName, readonly string[]> = {
  SeizureCase: [
    'persons[].fullName',
    'persons[].identityDocument',
    'persons[].birthYear',
    'persons[].sex',
    'persons[].nationality',
    'companies[].registrationNumber',
    'media',
  ],
  VehicleRiskAlert: [],
  AlertHit: [],
  PolicyChange: [],
};

// Free text that holds no personal data, with why; every other free-text field is withheld. Text
// about a thing or a published act stays; text about what happened in a case (a narrative, how
// goods were hidden, why a vehicle is suspected, how a check went) is about people.
export const FREE_TEXT_WITHOUT_PERSONAL_DATA: Record<RecordTypeName, Readonly<Record<string, string>>> = {
  SeizureCase: { 'goods[].description': 'what the goods are (the category and HS code say the same in a code)' },
  VehicleRiskAlert: {},
  AlertHit: {},
  PolicyChange: {
    title: 'the title of a published legal act',
    summary: 'what a published legal act changes at the border',
  },
};

const personalPaths = (type: RecordTypeName): readonly string[] => [...PERSONAL_FIELDS[type], ...freeTextPaths(type).filter((path) => !(path in FREE_TEXT_WITHOUT_PERSONAL_DATA[type]))];

export const PERSONAL_DATA_PATHS: Record<RecordTypeName, readonly string[]> = {
  SeizureCase: personalPaths('SeizureCase'),
  VehicleRiskAlert: personalPaths('VehicleRiskAlert'),
  AlertHit: personalPaths('AlertHit'),
  PolicyChange: personalPaths('PolicyChange'),
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

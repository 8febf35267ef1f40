// Checks each `removePaths` entry against the Avro contracts of the record types the agreement
// covers. Redaction skips what it cannot find, so a misspelt path would remove nothing and share
// what it meant to hide: the agreement must be refused before anything is shared.
import avro from 'avsc';
import type { RecordTypeName } from '../records/record-types';
import { parsePath, type PathStep } from '../redaction/path';
import type { Agreement } from './agreement';

export type SchemaOf = (recordType: RecordTypeName) => avro.Type;

/** `missing`: a step names no field there, so this record type is not what the path is about. */
type Outcome = { kind: 'ok' } | { kind: 'missing' } | { kind: 'unfit'; why: string };

export function checkRemovePaths(agreement: Agreement, schemaOf: SchemaOf): string[] {
  const errors: string[] = [];
  agreement.removePaths.forEach((path, i) => {
    const problem = pathProblem(path, agreement.recordTypes, schemaOf);
    if (problem !== undefined) errors.push(`${agreement.file}: removePaths[${i}]: "${path}" ${problem}`);
  });
  return errors;
}

function pathProblem(path: string, recordTypes: readonly RecordTypeName[], schemaOf: SchemaOf): string | undefined {
  const parsed = parsePath(path);
  if (!parsed.ok) return parsed.error;
  // One covered type is enough: agreements list paths once for all the types they cover.
  const outcomes = recordTypes.map((t) => resolve(t, schemaOf(t), parsed.steps));
  if (outcomes.some((o) => o.kind === 'ok')) return undefined;
  const unfit = outcomes.flatMap((o) => (o.kind === 'unfit' ? [o.why] : []));
  if (unfit.length > 0) return `cannot be removed: ${unfit.join('; ')}`;
  return `names no field of ${recordTypes.join(', ')} (the record types this agreement covers)`;
}

function resolve(recordType: RecordTypeName, root: avro.Type, steps: readonly PathStep[]): Outcome {
  let current = root;
  let at: string = recordType;
  for (const [i, step] of steps.entries()) {
    if (!(current instanceof avro.types.RecordType)) return { kind: 'unfit', why: `${at} is of type ${current.typeName}, not a record` };
    const field = current.fields.find((f) => f.name === step.field);
    if (field === undefined) return { kind: 'missing' };
    const here = `${at}.${step.field}`;
    const value = withoutNull(field.type);
    if (step.each) {
      if (!(value instanceof avro.types.ArrayType)) return { kind: 'unfit', why: `${here} is not an array, drop the []` };
      current = withoutNull(value.itemsType);
      at = `${here}[]`;
    } else if (i === steps.length - 1) {
      // Removal writes null, which a field without a null branch cannot hold.
      return isNullable(field.type) ? { kind: 'ok' } : { kind: 'unfit', why: `${here} is not nullable` };
    } else if (value instanceof avro.types.ArrayType) {
      return { kind: 'unfit', why: `${here} is an array, write ${step.field}[]` };
    } else {
      current = value;
      at = here;
    }
  }
  // parsePath refuses a path ending on [], so the loop always returns on its last step.
  return { kind: 'unfit', why: `${at} is not a field` };
}

function branches(type: avro.Type): avro.Type[] | undefined {
  if (type instanceof avro.types.UnwrappedUnionType || type instanceof avro.types.WrappedUnionType) return type.types;
  return undefined;
}

function isNullable(type: avro.Type): boolean {
  return branches(type)?.some((b) => b.typeName === 'null') ?? false;
}

/** The X of `["null", X]`; any other type (a wider union included) as it is. */
function withoutNull(type: avro.Type): avro.Type {
  const others = branches(type)?.filter((b) => b.typeName !== 'null');
  return others?.length === 1 && others[0] !== undefined ? others[0] : type;
}

// One list of every failing field, for a 400 problem+json: type errors from avsc, code-list and
// shape checks from the schemas' `format` attributes, the bounds of every value, and the cross-field
// rules. The api applies it to each submission and the projector to each partner's record.
import { avroType } from '../avro-types';
import { isRecordName } from '../records';
import { loadSchema } from '../versions/load-schema';
import { avroErrors } from './avro-errors';
import { boundErrors } from './bound-errors';
import type { FieldError } from './field-error';
import { formatErrors } from './format-errors';
import { recordRuleErrors } from './record-rules';

/** Validates against the latest version of the record's schema; empty when the value is valid. */
export function validateRecord(recordName: string, value: unknown): FieldError[] {
  if (!isRecordName(recordName)) return [{ path: '', message: `unknown record type ${recordName}` }];
  // A value past its bounds is refused on them alone: the other checks walk every item, and a
  // partner's signed alert with 50,000 target gates cost 118 ms a record to walk (0.5 ms refused on
  // its bound), a price it could make an authority pay many times a second.
  const beyond = boundErrors(loadSchema(recordName), value);
  if (beyond.length > 0) return unique(beyond);
  const errors = [
    ...avroErrors(avroType(recordName), value),
    ...formatErrors(loadSchema(recordName), value),
    ...recordRuleErrors(recordName, value),
  ];
  return unique(errors);
}

function unique(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Checks one agreement file's JSON and reports every problem at once, each naming the file and
// the field, so whoever edits the agreements fixes them in one pass. Unknown fields are errors:
// a misspelt `removePath` would otherwise silently share what it meant to remove.
import { parsePath } from '../redaction/path';
import type { Agreement } from './agreement';
import { AUTHORITIES, RECORD_TYPES, isAuthority, isRecordType, type AuthorityCode, type RecordTypeName } from '../records/record-types';
import { SHAREABLE_HANDLING_CODES, type ShareableHandlingCode } from './record-shape';
import { AGREEMENT_LIMIT_BOUNDS, DEFAULT_AGREEMENT_LIMITS, type AgreementLimits } from './limits';

export type ParsedAgreement = { ok: true; agreement: Agreement } | { ok: false; errors: string[] };

const FIELDS = ['source', 'recipient', 'recordTypes', 'maxHandlingCode', 'removePaths', 'gateScope', 'validFrom', 'validUntil', 'legalBasis', 'viewedReceipts', 'limits'];
const LIMIT_FIELDS = Object.keys(AGREEMENT_LIMIT_BOUNDS) as Array<keyof AgreementLimits>;
const FILE_NAME = /^([a-z]{2})-to-([a-z]{2})\.json$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a calendar date written `YYYY-MM-DD`, or undefined if no such date exists. */
function utcDate(text: string): Date | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function duplicates(list: readonly string[]): string[] {
  return [...new Set(list.filter((v, i) => list.indexOf(v) !== i))];
}

export function parseAgreement(json: unknown, fileName: string): ParsedAgreement {
  const errors: string[] = [];
  const fail = (field: string, message: string): void => void errors.push(`${fileName}: ${field}: ${message}`);

  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: [`${fileName}: must be a JSON object`] };
  }
  const doc = json as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!FIELDS.includes(key)) fail(key, `unknown field (allowed: ${FIELDS.join(', ')})`);
  }

  const authority = (field: 'source' | 'recipient'): AuthorityCode | undefined => {
    const value = doc[field];
    if (isAuthority(value)) return value;
    fail(field, `must be one of ${AUTHORITIES.join(', ')}`);
    return undefined;
  };
  const source = authority('source');
  const recipient = authority('recipient');
  if (source !== undefined && source === recipient) fail('recipient', 'must differ from source (an authority keeps its own records unredacted)');

  const named = FILE_NAME.exec(fileName);
  if (!named) {
    fail('file name', 'must be <source>-to-<recipient>.json in lower case, e.g. la-to-vn.json');
  } else {
    if (source !== undefined && named[1] !== source.toLowerCase()) fail('source', `"${source}" does not match the file name`);
    if (recipient !== undefined && named[2] !== recipient.toLowerCase()) fail('recipient', `"${recipient}" does not match the file name`);
  }

  let recordTypes: RecordTypeName[] = [];
  if (!stringList(doc.recordTypes) || doc.recordTypes.length === 0) {
    fail('recordTypes', `must be a non-empty list drawn from ${RECORD_TYPES.join(', ')}`);
  } else {
    doc.recordTypes.forEach((t, i) => {
      if (!isRecordType(t)) fail(`recordTypes[${i}]`, `"${t}" is not one of ${RECORD_TYPES.join(', ')}`);
    });
    for (const d of duplicates(doc.recordTypes)) fail('recordTypes', `"${d}" is listed twice`);
    recordTypes = doc.recordTypes.filter(isRecordType);
  }

  const maxHandlingCode = doc.maxHandlingCode;
  const shareable = SHAREABLE_HANDLING_CODES as readonly unknown[];
  if (!shareable.includes(maxHandlingCode)) {
    fail('maxHandlingCode', `must be one of ${SHAREABLE_HANDLING_CODES.join(', ')} (H3 never leaves its source)`);
  }

  let removePaths: string[] = [];
  if (!stringList(doc.removePaths)) {
    fail('removePaths', 'must be a list of paths such as "persons[].fullName" (may be empty)');
  } else {
    doc.removePaths.forEach((p, i) => {
      const parsed = parsePath(p);
      if (!parsed.ok) fail(`removePaths[${i}]`, `"${p}" ${parsed.error}`);
    });
    for (const d of duplicates(doc.removePaths)) fail('removePaths', `"${d}" is listed twice`);
    removePaths = doc.removePaths;
  }

  let gateScope: string[] | undefined;
  if (doc.gateScope !== undefined) {
    if (!stringList(doc.gateScope) || doc.gateScope.length === 0 || doc.gateScope.some((g) => g.trim() === '')) {
      fail('gateScope', 'when present, must be a non-empty list of gate codes (omit it to share from every gate)');
    } else {
      for (const d of duplicates(doc.gateScope)) fail('gateScope', `"${d}" is listed twice`);
      gateScope = doc.gateScope;
    }
  }

  const date = (field: 'validFrom' | 'validUntil'): Date | undefined => {
    const value = doc[field];
    const parsed = typeof value === 'string' ? utcDate(value) : undefined;
    if (parsed === undefined) fail(field, 'must be a calendar date written YYYY-MM-DD (UTC)');
    return parsed;
  };
  const validFrom = date('validFrom');
  const lastDay = date('validUntil');
  if (validFrom !== undefined && lastDay !== undefined && !(validFrom < lastDay)) {
    fail('validUntil', 'must be later than validFrom');
  }

  const viewedReceipts = doc.viewedReceipts ?? true;
  if (typeof viewedReceipts !== 'boolean') fail('viewedReceipts', 'when present, must be true or false (whether the recipient tells the source that a user opened a record)');

  let limits: AgreementLimits | undefined;
  if (doc.limits !== undefined) {
    if (doc.limits === null || typeof doc.limits !== 'object' || Array.isArray(doc.limits)) {
      fail('limits', `when present, must be an object with ${LIMIT_FIELDS.join(' and/or ')}`);
    } else {
      const given = doc.limits as Record<string, unknown>;
      for (const key of Object.keys(given)) {
        if (!(LIMIT_FIELDS as string[]).includes(key)) fail(`limits.${key}`, `unknown field (allowed: ${LIMIT_FIELDS.join(', ')})`);
      }
      limits = { ...DEFAULT_AGREEMENT_LIMITS };
      for (const field of LIMIT_FIELDS) {
        const value = given[field];
        if (value === undefined) continue;
        const { min, max } = AGREEMENT_LIMIT_BOUNDS[field];
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(`limits.${field}`, `must be a whole number from ${min} to ${max}`);
        else limits[field] = value;
      }
    }
  }

  const legalBasis = doc.legalBasis;
  if (typeof legalBasis !== 'string' || legalBasis.trim() === '') fail('legalBasis', 'must be a non-empty text');

  if (errors.length > 0 || !source || !recipient || !validFrom || !lastDay || typeof legalBasis !== 'string') {
    return { ok: false, errors };
  }
  const agreement: Agreement = {
    source,
    recipient,
    recordTypes,
    maxHandlingCode: maxHandlingCode as ShareableHandlingCode,
    removePaths,
    validFrom,
    // The file names the last day in force; the rules compare against the first instant after it.
    validUntil: new Date(lastDay.getTime() + DAY_MS),
    legalBasis,
    viewedReceipts: viewedReceipts === true,
    file: fileName,
  };
  if (gateScope !== undefined) agreement.gateScope = gateScope;
  if (limits !== undefined) agreement.limits = limits;
  return { ok: true, agreement };
}

/** Errors across a set of agreements: one agreement per source→recipient pair. */
export function checkAgreementSet(agreements: readonly Agreement[]): string[] {
  const seen = new Map<string, string>();
  const errors: string[] = [];
  for (const a of agreements) {
    const pair = `${a.source}→${a.recipient}`;
    const first = seen.get(pair);
    if (first === undefined) seen.set(pair, a.file);
    else errors.push(`${a.file}: source/recipient: ${pair} is already agreed in ${first}`);
  }
  return errors;
}

// Reads deploy/trust/<authority>/<keyId>.pub.pem, plus an optional <keyId>.validity.json
// ({ "validFrom"?: ISO, "validUntil"?: ISO, "revokedAt"?: ISO, "expiryGraceSeconds"?: integer }). Any private key found there stops
// the load: that folder is committed, and a private key in it is a leak to fix, not a file to skip.
// So does a validity file that cannot be read exactly, since a misspelt revocation that was skipped
// would leave a leaked key trusted.
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../errors/app-error';
import { isAuthority, type AuthorityCode } from '../../domain/records/record-types';
import { createTrustStore, type TrustStore, type TrustedKey } from '../../domain/signature/trust-store';

const PUBLIC_SUFFIX = '.pub.pem';
const VALIDITY_SUFFIX = '.validity.json';

type KeyTimes = Pick<TrustedKey, 'validFrom' | 'validUntil' | 'revokedAt' | 'expiryGraceMs'>;
const TIME_FIELDS = ['validFrom', 'validUntil', 'revokedAt'] as const;
const GRACE_FIELD = 'expiryGraceSeconds';
const FIELDS: readonly string[] = [...TIME_FIELDS, GRACE_FIELD];

// A revocation names one instant everywhere: date and time with Z or an explicit offset. A time
// without a zone would be read in the server's local zone; a date like 02-30 would roll over.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-](\d{2}):(\d{2}))$/;

function parseInstant(raw: string): Date | undefined {
  const m = INSTANT.exec(raw);
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  const daysInMonth = new Date(Date.UTC(n(1), n(2), 0)).getUTCDate();
  const inRange = n(2) >= 1 && n(2) <= 12 && n(3) >= 1 && n(3) <= daysInMonth && n(4) <= 23 && n(5) <= 59 && n(6) <= 59 && n(7) <= 23 && n(8) <= 59;
  return inRange ? new Date(raw) : undefined;
}

function parseLenient(raw: string): Date | undefined {
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function validity(file: string): KeyTimes {
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('trust-store-invalid', `${file}: is not valid JSON (${(err as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('trust-store-invalid', `${file}: must be a JSON object`);
  const fields = json as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((k) => !FIELDS.includes(k));
  if (unknown.length > 0) throw new AppError('trust-store-invalid', `${file}: unknown field ${unknown.join(', ')}; allowed: ${FIELDS.join(', ')}`);
  const out: KeyTimes = {};
  const grace = fields[GRACE_FIELD];
  if (grace !== undefined) {
    // Whole seconds only: "24h" or 86400.5 is someone's guess at a format, not a setting to round.
    if (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0) throw new AppError('trust-store-invalid', `${file}: ${GRACE_FIELD}: must be a whole number of seconds >= 0, e.g. 86400`);
    out.expiryGraceMs = grace * 1000;
  }
  for (const field of TIME_FIELDS) {
    const raw = fields[field];
    if (raw === undefined) continue;
    if (field === 'revokedAt') {
      const date = typeof raw === 'string' ? parseInstant(raw) : undefined;
      if (!date) throw new AppError('trust-store-invalid', `${file}: revokedAt: must be an ISO 8601 date-time with Z or an offset, e.g. 2026-03-01T12:00:00Z`);
      out[field] = date;
    } else {
      const date = typeof raw === 'string' ? parseLenient(raw) : undefined;
      if (!date) throw new AppError('trust-store-invalid', `${file}: ${field}: must be an ISO 8601 date`);
      out[field] = date;
    }
  }
  return out;
}

export function loadTrustStore(dir: string): TrustStore {
  const entries: Array<{ authority: AuthorityCode; key: TrustedKey }> = [];
  for (const folder of readdirSync(dir).sort()) {
    // Kubernetes mounts a ConfigMap with ..data and timestamped dot-folders beside the keys.
    if (folder.startsWith('.')) continue;
    const path = join(dir, folder);
    if (!statSync(path).isDirectory()) continue;
    if (!isAuthority(folder)) throw new AppError('trust-store-invalid', `${path}: folder name is not an authority code`);
    const files = readdirSync(path).sort();
    for (const file of files) {
      // A validity file beside no key (a typo in its name) would otherwise be skipped unnoticed.
      if (file.endsWith(VALIDITY_SUFFIX) && !files.includes(`${file.slice(0, -VALIDITY_SUFFIX.length)}${PUBLIC_SUFFIX}`)) {
        throw new AppError('trust-store-invalid', `${join(path, file)}: no ${file.slice(0, -VALIDITY_SUFFIX.length)}${PUBLIC_SUFFIX} beside it`);
      }
      const text = readFileSync(join(path, file), 'utf8');
      if (text.includes('PRIVATE KEY') || file.endsWith('.key.pem')) {
        throw new AppError('trust-store-private-key', `${join(path, file)} holds a private key; remove it from the trust store`);
      }
      if (!file.endsWith(PUBLIC_SUFFIX)) continue;
      const keyId = file.slice(0, -PUBLIC_SUFFIX.length);
      const publicKey = createPublicKey({ key: text, format: 'pem' });
      entries.push({ authority: folder, key: { keyId, publicKey, ...validity(join(path, `${keyId}${VALIDITY_SUFFIX}`)) } });
    }
  }
  return createTrustStore(entries);
}

// Reads deploy/trust/<authority>/<keyId>.pub.pem, plus an optional <keyId>.validity.json
// ({ "validFrom"?: ISO, "validUntil"?: ISO }). Any private key found there stops the load: that
// folder is committed, and a private key in it is a leak to fix, not a file to skip.
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../errors/app-error';
import { isAuthority, type AuthorityCode } from '../../domain/records/record-types';
import { createTrustStore, type TrustStore, type TrustedKey } from '../../domain/signature/trust-store';

const PUBLIC_SUFFIX = '.pub.pem';

function validity(file: string): Pick<TrustedKey, 'validFrom' | 'validUntil'> {
  if (!existsSync(file)) return {};
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out: Pick<TrustedKey, 'validFrom' | 'validUntil'> = {};
  for (const field of ['validFrom', 'validUntil'] as const) {
    const raw = json[field];
    if (raw === undefined) continue;
    const date = typeof raw === 'string' ? new Date(raw) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new AppError('trust-store-invalid', `${file}: ${field}: must be an ISO 8601 date`);
    out[field] = date;
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
    for (const file of readdirSync(path).sort()) {
      const text = readFileSync(join(path, file), 'utf8');
      if (text.includes('PRIVATE KEY') || file.endsWith('.key.pem')) {
        throw new AppError('trust-store-private-key', `${join(path, file)} holds a private key; remove it from the trust store`);
      }
      if (!file.endsWith(PUBLIC_SUFFIX)) continue;
      const keyId = file.slice(0, -PUBLIC_SUFFIX.length);
      const publicKey = createPublicKey({ key: text, format: 'pem' });
      entries.push({ authority: folder, key: { keyId, publicKey, ...validity(join(path, `${keyId}.validity.json`)) } });
    }
  }
  return createTrustStore(entries);
}

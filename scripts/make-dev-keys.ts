// `npx tsx scripts/make-dev-keys.ts`: writes the DEV signing keys. Private halves go to the
// git-ignored .bex/keys/<authority>/<keyId>.key.pem, public halves to the committed
// deploy/trust/<authority>/<keyId>.pub.pem. The keys derive from a published seed, so every clone
// writes the same bytes and a rerun never changes a committed file.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEV_KEYS, devPrivateKey, devPublicKey } from '../services/shared/src/domain/signature/dev-keys';

const root = resolve(__dirname, '..');

function writeIfChanged(file: string, text: string, mode: number): 'written' | 'unchanged' {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return 'unchanged';
  writeFileSync(file, text, { mode });
  chmodSync(file, mode);
  return 'written';
}

for (const { authority, keyId } of DEV_KEYS) {
  const privatePem = devPrivateKey(authority, keyId).export({ format: 'pem', type: 'pkcs8' }).toString();
  const publicPem = devPublicKey(authority, keyId).export({ format: 'pem', type: 'spki' }).toString();
  const privateFile = join(root, '.bex', 'keys', authority, `${keyId}.key.pem`);
  const publicFile = join(root, 'deploy', 'trust', authority, `${keyId}.pub.pem`);
  const p = writeIfChanged(privateFile, privatePem, 0o600);
  const q = writeIfChanged(publicFile, publicPem, 0o644);
  console.log(`${authority} ${keyId}: ${relative(root, privateFile)} ${p}, ${relative(root, publicFile)} ${q}`);
}
console.log('These are DEV keys derived from a public seed. Never use them outside the local stack and tests.');

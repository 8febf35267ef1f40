// Production mode, on the compiled authority process (`npm run build`): started once with each setting missing or left
// at its development value, it refuses to start and names the setting; with the authority's own
// keys, its own identity provider and an authenticated, encrypted broker configured, it starts and
// serves (as an api alone, against the test stack's database: the local broker has no TLS).
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { devPrivateKey } from '@bex/shared';
import { ensureDevIdentity, mintDevToken } from '../../scripts/dev-identity';
import { callJson, stackEnv } from '../harness';
import { runAuthorityProcess, type AuthorityProcess } from '../harness/authority-process';
import { compiledStart, ensureCompiled } from '../harness/compiled-build';

const root = join(__dirname, '..', '..');
const EXIT_WITHIN_MS = 30_000;
const ISSUER = 'https://idp.customs.example.la/';
const AUDIENCE = 'bex-api-la';

/** What a real LA deployment holds: its own signing key, partners' own keys, its IdP's JWKS. */
function productionFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'bex-production-'));
  const signing = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'la-signing.pem'), signing.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  for (const [authority, keyId] of [['LA', 'la-prod-2026'], ['VN', 'vn-prod-2026'], ['CN', 'cn-prod-2026']] as const) {
    mkdirSync(join(dir, 'trust', authority), { recursive: true });
    const key = authority === 'LA' ? signing.publicKey : generateKeyPairSync('ed25519').publicKey;
    writeFileSync(join(dir, 'trust', authority, `${keyId}.pub.pem`), key.export({ format: 'pem', type: 'spki' }));
  }
  const idp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...idp.publicKey.export({ format: 'jwk' }), kid: 'idp-1', alg: 'ES256', use: 'sig' }] }));
  writeFileSync(join(dir, 'kafka-password'), 'not-a-real-password\n');
  writeFileSync(join(dir, 'dev-signing.pem'), devPrivateKey('LA', 'la-prod-2026').export({ format: 'pem', type: 'pkcs8' }));
  const token = (claims: Record<string, unknown>) =>
    jwt.sign({ iss: ISSUER, aud: AUDIENCE, sub: 'officer-1', authority: 'LA', office: 'LA-BTN', roles: ['officer'], personal_data: false, ...claims }, idp.privateKey, { algorithm: 'ES256', keyid: 'idp-1', expiresIn: 300 });
  return { dir, token };
}

const files = productionFiles();
const GOOD: Record<string, string> = {
  BEX_MODE: 'production',
  BEX_AUTHORITY: 'LA',
  BEX_SIGNING_KEY_ID: 'la-prod-2026',
  BEX_SIGNING_KEY_FILE: join(files.dir, 'la-signing.pem'),
  BEX_TRUST_DIR: join(files.dir, 'trust'),
  BEX_JWKS: join(files.dir, 'jwks.json'),
  BEX_JWT_ISSUER: ISSUER,
  BEX_JWT_AUDIENCE: AUDIENCE,
  BEX_KAFKA_SSL: 'true',
  BEX_KAFKA_SASL_MECHANISM: 'scram-sha-512',
  BEX_KAFKA_SASL_USERNAME: 'bex-la',
  BEX_KAFKA_SASL_PASSWORD_FILE: join(files.dir, 'kafka-password'),
  // Unreachable: a configuration that got past the checks must not touch anything real.
  BEX_MONGO_URL: 'mongodb://127.0.0.1:1/',
  BEX_KAFKA_BROKERS: '127.0.0.1:1',
  BEX_REGISTRY_URL: 'http://127.0.0.1:1',
  LOG_LEVEL: 'info',
};

function start(env: Record<string, string | undefined>): AuthorityProcess {
  const clean = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([k, v]) => v !== undefined && !(k.startsWith('BEX_') && !(k in env)))) as NodeJS.ProcessEnv;
  // The compiled JavaScript, as production runs it (`npm run build`, in beforeAll).
  return runAuthorityProcess(process.execPath, [compiledStart], { cwd: root, env: clean, exitWithinMs: EXIT_WITHIN_MS });
}

beforeAll(() => ensureCompiled(), 180_000);

describe('BEX_MODE=production', () => {
  it.each([
    ['no signing key file', 'BEX_SIGNING_KEY_FILE', { BEX_SIGNING_KEY_FILE: undefined }],
    ['the published development signing key', 'BEX_SIGNING_KEY_FILE', { BEX_SIGNING_KEY_FILE: join(files.dir, 'dev-signing.pem') }],
    ['no JWKS', 'BEX_JWKS', { BEX_JWKS: undefined }],
    ['the development identity provider\'s issuer', 'BEX_JWT_ISSUER', { BEX_JWT_ISSUER: undefined }],
    ['the development trust store', 'BEX_TRUST_DIR', { BEX_TRUST_DIR: undefined }],
    ['a plaintext broker', 'BEX_KAFKA_SSL', { BEX_KAFKA_SSL: 'false' }],
    ['a broker without SASL', 'BEX_KAFKA_SASL_MECHANISM', { BEX_KAFKA_SASL_MECHANISM: 'none' }],
  ] as const)('refuses to start with %s, naming %s', async (_name, setting, change) => {
    const { code, output } = await start({ ...GOOD, ...(change as Record<string, string | undefined>) }).done;
    expect(code).toBe(1);
    expect(output).toContain('refusing to start in production mode');
    expect(output).toContain(`${setting}: `);
    expect(output).not.toContain('authority started');
  });

  it('starts and serves with a good production configuration', async () => {
    const run = start({ ...GOOD, BEX_ROLES: 'api', BEX_API_PORT: '0', BEX_METRICS_PORT: '0', BEX_MONGO_URL: stackEnv().mongoUrl, BEX_MONGO_DB: `bex_production_${randomUUID().slice(0, 8)}` });
    try {
      const deadline = Date.now() + EXIT_WITHIN_MS;
      let apiUrl: string | undefined;
      while (apiUrl === undefined && Date.now() < deadline) {
        apiUrl = /"apiUrl":"(http:\/\/[^"]+)"/.exec(run.output())?.[1];
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(run.output()).not.toContain('refusing to start');
      expect(apiUrl).toBeDefined();
      expect((await fetch(`${apiUrl}/healthz`)).status).toBe(200);
      const submitted = await callJson(apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), files.token({}));
      expect(submitted.status).toBe(202);
      // A development token is worthless here.
      await ensureDevIdentity();
      expect((await callJson(apiUrl!, 'GET', '/v1/alerts', undefined, mintDevToken({ authority: 'LA', roles: ['officer'] }))).status).toBe(401);
    } finally {
      if (run.child.pid !== undefined) process.kill(-run.child.pid, 'SIGTERM');
      await run.done.catch(() => undefined);
    }
  });
});

// The deployment files the validators read, found on disk so a new manifest or compose file is
// validated without anyone remembering to list it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
const deployDir = join(repoRoot, 'deploy');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export const composeFiles = (): string[] => filesUnder(join(deployDir, 'compose'), (n) => /\.ya?ml$/.test(n));
export const kubernetesManifests = (): string[] => filesUnder(join(deployDir, 'kubernetes'), (n) => /\.ya?ml$/.test(n));
export const dockerfiles = (): string[] => filesUnder(join(deployDir, 'docker'), (n) => /^Dockerfile(\.[\w-]+)?$/.test(n) && !n.endsWith('.dockerignore'));

export const fromRepo = (path: string): string => relative(repoRoot, path);

/**
 * The settings a compose deployment is validated with. `defaults`: nothing set, the pilot with the
 * repository's development material. `own-material`: every variable the file reads set the way a
 * pilot with its own image, identity providers, keys, trust store and agreements sets them.
 */
export const composeEnvironments: Record<string, Record<string, string>> = {
  defaults: {},
  'own-material': {
    BEX_IMAGE: 'registry.example.org/bex/bex-authority:0.1.0',
    BEX_KAFKA_IMAGE: 'apache/kafka:4.3.1',
    BEX_REGISTRY_IMAGE: 'apicurio/apicurio-registry:3.3.3',
    BEX_MONGO_IMAGE: 'mongo:8.0',
    BEX_MODE: 'production',
    LOG_LEVEL: 'debug',
    BEX_TRUST_SOURCE: '/srv/bex/trust',
    BEX_AGREEMENTS_SOURCE: '/srv/bex/agreements',
    BEX_KEYS_DIR: '/srv/bex/keys',
    BEX_IDENTITY_DIR: '/srv/bex/identity',
    ...perAuthority('LA', 'la-2027-01'),
    ...perAuthority('VN', 'vn-2027-01'),
    ...perAuthority('CN', 'cn-2027-01'),
  },
};

function perAuthority(a: string, keyId: string): Record<string, string> {
  const host = `idp.${a.toLowerCase()}.example.org`;
  return {
    [`${a}_JWKS`]: `https://${host}/.well-known/jwks.json`,
    [`${a}_JWT_ISSUER`]: `https://${host}/`,
    [`${a}_JWT_AUDIENCE`]: `bex-api-${a.toLowerCase()}`,
    [`${a}_SIGNING_KEY_ID`]: keyId,
  };
}

/** Every `${NAME}` / `${NAME:-default}` a compose file interpolates. */
export function composeVariables(file: string): string[] {
  const names = [...readFileSync(file, 'utf8').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}

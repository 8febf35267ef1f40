// The production shape, run on one machine: LA and VN as their Kubernetes manifests run them
// (deploy/kubernetes/authority-<a>.yaml: the ConfigMap's environment, the Deployments' roles and
// replicas, the agreements ConfigMap), as compiled JavaScript in production mode, one process per
// role replica, against a three-node Kafka of their own over TLS + SASL/SCRAM with ACLs, with
// freshly generated signing keys and an identity provider's JWKS. Only what differs between a
// cluster and one machine is replaced: addresses, listening ports, mounted paths and Secrets.
// A record goes LA → VN; one api and one projector of VN are killed -9 and users see no change;
// a second LA relay stands by and sends nothing while the first holds the lease.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';
import { inboxTopic } from '@bex/shared';
import { kafkaTlsBrokerList, loadStackConfig, type StackConfig } from '../../scripts/stack/config';
import { credentialsDir, passwordFile } from '../../scripts/stack/credentials';
import { applyExchangeAcls } from '../../scripts/stack/exchange-acls';
import { adminKafka } from '../../scripts/stack/kafka';
import { kafkaTlsDir } from '../../scripts/stack/kafka-tls';
import { downKafka, upKafka } from '../../scripts/stack/stack';
import { callJson, eventually, stackEnv } from '../harness';
import { compiledStart, ensureCompiled, repoRoot } from '../harness/compiled-build';
import { readAuthorityManifest, type AuthorityManifest } from '../harness/deployment-manifest';
import { startRoleProcess, type RoleProcess } from '../harness/role-process';
import { testStackConfig } from '../harness/test-stack';

const AUTHORITIES = ['LA', 'VN'] as const;
type Code = (typeof AUTHORITIES)[number];

/** A Kafka cluster of this test's own: three nodes, TLS listener, on ports apart from the test stack's. */
function shapeKafkaConfig(): StackConfig {
  const home = join(testStackConfig().dataDir, '..', 'production-shape');
  const port = Number(process.env.BEX_TEST_SHAPE_KAFKA_PORT ?? '19300');
  return loadStackConfig({
    ...process.env,
    BEX_HOME: home,
    BEX_DATA_DIR: join(home, 'data'),
    BEX_KAFKA_NODES: '3',
    BEX_KAFKA_TLS: 'true',
    BEX_KAFKA_PORT: String(port),
    BEX_KAFKA_CONTROLLER_PORT: String(port + 1),
    BEX_KAFKA_HEAP: '320m',
  });
}

interface Replica {
  authority: Code;
  deployment: string;
  replica: number;
  proc: RoleProcess;
  /** From the process's "authority started" log line. */
  apiUrl?: string;
  metricsUrl?: string;
}

interface AuthorityFiles {
  mounts: Record<string, string>;
  signingKeyId: string;
  token(claims: Record<string, unknown>): string;
}

const kafkaCfg = shapeKafkaConfig();
const work = mkdtempSync(join(tmpdir(), 'bex-production-shape-'));
const manifests = Object.fromEntries(AUTHORITIES.map((a) => [a, readAuthorityManifest(join(repoRoot, 'deploy', 'kubernetes', `authority-${a.toLowerCase()}.yaml`), a)])) as Record<Code, AuthorityManifest>;
const running: Replica[] = [];
const dbSuffix = randomUUID().slice(0, 8);

/** Fresh keys for every authority (never the development seed), each trust store holding its partners'. */
function makeKeys(): Record<Code, AuthorityFiles> {
  const keys = Object.fromEntries(['LA', 'VN', 'CN'].map((a) => [a, { id: `${a.toLowerCase()}-pilot-${dbSuffix}`, pair: generateKeyPairSync('ed25519') }]));
  const files = {} as Record<Code, AuthorityFiles>;
  for (const a of AUTHORITIES) {
    const dir = join(work, a);
    for (const [holder, key] of Object.entries(keys)) {
      mkdirSync(join(dir, 'trust', holder), { recursive: true });
      writeFileSync(join(dir, 'trust', holder, `${key.id}.pub.pem`), key.pair.publicKey.export({ format: 'pem', type: 'spki' }));
    }
    mkdirSync(join(dir, 'signing'), { recursive: true });
    writeFileSync(join(dir, 'signing', 'signing-key.pem'), keys[a]!.pair.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    mkdirSync(join(dir, 'agreements'), { recursive: true });
    for (const [name, text] of Object.entries(manifests[a].agreements)) writeFileSync(join(dir, 'agreements', name), text);
    const idp = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...idp.publicKey.export({ format: 'jwk' }), kid: 'idp-1', alg: 'ES256', use: 'sig' }] }));
    const { BEX_JWT_ISSUER: iss, BEX_JWT_AUDIENCE: aud } = manifests[a].env;
    files[a] = {
      signingKeyId: keys[a]!.id,
      // Where the cluster mounts ConfigMaps and Secrets, here.
      mounts: {
        '/etc/bex/agreements': join(dir, 'agreements'),
        '/var/run/bex/trust': join(dir, 'trust'),
        '/var/run/bex/signing': join(dir, 'signing'),
        '/var/run/bex/kafka-ca/ca.crt': join(kafkaTlsDir(kafkaCfg), 'ca.pem'),
        '/var/run/bex/kafka/password': passwordFile(credentialsDir(kafkaCfg), `bex-${a.toLowerCase()}`),
      },
      token: (claims) =>
        jwt.sign({ iss, aud, sub: `${a.toLowerCase()}-officer-1`, authority: a, office: `${a}-HQ`, roles: ['officer'], personal_data: false, ...claims }, idp.privateKey, {
          algorithm: 'ES256',
          keyid: 'idp-1',
          expiresIn: 600,
        }),
    };
  }
  return files;
}

let files: Record<Code, AuthorityFiles>;

/** The environment of one replica: the manifest's, with one machine's addresses, ports, mounts and Secrets. */
function replicaEnv(a: Code, deployment: AuthorityManifest['deployments'][number]): NodeJS.ProcessEnv {
  const mounted = (value: string): string => {
    const mount = Object.keys(files[a].mounts).find((m) => value === m || value.startsWith(`${m}/`));
    return mount === undefined ? value : files[a].mounts[mount]! + value.slice(mount.length);
  };
  const fromManifest = Object.fromEntries(Object.entries({ ...manifests[a].env, ...deployment.env }).map(([k, v]) => [k, mounted(v)]));
  const secrets: Record<string, string> = { BEX_MONGO_URL: stackEnv().mongoUrl, BEX_SIGNING_KEY_ID: files[a].signingKeyId };
  const missing = deployment.fromSecrets.filter((name) => !(name in secrets));
  if (missing.length > 0) throw new Error(`${deployment.name} takes ${missing.join(', ')} from a Secret the test does not supply`);
  return {
    ...fromManifest,
    ...Object.fromEntries(deployment.fromSecrets.map((name) => [name, secrets[name]])),
    // One machine instead of a cluster: the services' addresses, and every listener on a free port.
    BEX_KAFKA_BROKERS: kafkaTlsBrokerList(kafkaCfg).join(','),
    BEX_REGISTRY_URL: stackEnv().registryUrl,
    BEX_JWKS: join(work, a, 'jwks.json'),
    BEX_MONGO_DB: `${fromManifest.BEX_MONGO_DB}_shape_${dbSuffix}`,
    BEX_API_HOST: '127.0.0.1',
    BEX_API_PORT: '0',
    BEX_METRICS_HOST: '127.0.0.1',
    BEX_METRICS_PORT: '0',
    // The broker-client's chatter is not what this test reads.
    LOG_LEVEL: 'info',
  };
}

function startReplica(a: Code, deployment: AuthorityManifest['deployments'][number], replica: number): Replica {
  const started: Replica = { authority: a, deployment: deployment.name, replica, proc: startRoleProcess(replicaEnv(a, deployment), [compiledStart]) };
  running.push(started);
  return started;
}

/** Waits for the replica's "authority started" line and takes its listeners' addresses from it. */
async function started(r: Replica, timeoutMs = 240_000): Promise<Replica> {
  const line = await r.proc.line('authority started', timeoutMs).catch((err: Error) => {
    throw new Error(`${r.deployment}#${r.replica} did not start: ${err.message}`);
  });
  r.apiUrl = line.apiUrl as string | undefined;
  r.metricsUrl = line.metricsUrl as string;
  return r;
}

const replicas = (a: Code, role: string): Replica[] => running.filter((p) => p.authority === a && p.deployment === `bex-${a.toLowerCase()}-${role}`);
const relayed = (r: Replica): number => r.proc.lines().filter((l) => l.msg === 'relayed').length;

beforeAll(async () => {
  ensureCompiled();
  rmSync(kafkaCfg.dataDir, { recursive: true, force: true });
  await upKafka(kafkaCfg);
  // The ACLs the agreements imply, as an operator derives them for the cluster.
  const allAgreements = join(work, 'all-agreements');
  mkdirSync(allAgreements, { recursive: true });
  for (const a of AUTHORITIES) for (const [name, text] of Object.entries(manifests[a].agreements)) writeFileSync(join(allAgreements, name), text);
  await applyExchangeAcls(kafkaCfg, allAgreements, manifests.LA.env.BEX_TOPIC_PREFIX ?? 'bex');
  files = makeKeys();
  for (const a of AUTHORITIES) {
    for (const d of manifests[a].deployments) for (let i = 0; i < d.replicas; i++) startReplica(a, d, i);
  }
  await Promise.all(running.map((p) => started(p)));
  // A second relay of LA, as a partitioned node's pod and its replacement would run side by side.
  await started(startReplica('LA', manifests.LA.deployments.find((d) => d.name === 'bex-la-relay')!, 1));
}, 600_000);

afterAll(async () => {
  await Promise.all(running.map((r) => r.proc.stop()));
  await downKafka(kafkaCfg);
  rmSync(kafkaCfg.dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the production shape: LA and VN as their manifests run them', () => {
  it('runs every role replica the manifests declare, alive on its operations port', async () => {
    for (const a of AUTHORITIES) {
      expect(replicas(a, 'api')).toHaveLength(2);
      expect(replicas(a, 'projector')).toHaveLength(2);
      expect(replicas(a, 'relay').length).toBeGreaterThanOrEqual(1);
    }
    for (const p of running) {
      const health = await fetch(`${p.metricsUrl}/healthz`);
      expect({ process: `${p.deployment}#${p.replica}`, status: health.status }).toEqual({ process: `${p.deployment}#${p.replica}`, status: 200 });
    }
  });

  it('the topics carry the production settings: three replicas, two in sync', async () => {
    const admin = adminKafka(kafkaCfg, 'bex-shape-check').admin();
    await admin.connect();
    try {
      const topic = inboxTopic('VN', 'SeizureCase', 'bex');
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(meta.topics[0]!.partitions.every((p) => p.replicas.length === 3)).toBe(true);
      const described = await admin.describeConfigs({ resources: [{ type: 2, name: topic, configNames: ['min.insync.replicas', 'retention.ms'] }], includeSynonyms: false });
      const entries = Object.fromEntries(described.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
      expect(entries).toEqual({ 'min.insync.replicas': '2', 'retention.ms': '-1' });
    } finally {
      await admin.disconnect();
    }
  });

  it('a seizure reaches VN redacted; with one VN api and one VN projector killed -9, the next one does too', async () => {
    const [laApi] = replicas('LA', 'api');
    const readAtVN = async (recordId: string, apiUrl: string) => {
      const answer = await callJson(apiUrl, 'GET', `/v1/seizure-cases/${recordId}`, undefined, files.VN.token({}));
      return answer.status === 200 ? answer.body : undefined;
    };
    const first = await callJson(laApi!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), files.LA.token({ office: 'LA-BTN' }));
    expect(first.status).toBe(202);
    const firstId = (first.body as { recordId: string }).recordId;
    const [vnApi1, vnApi2] = replicas('VN', 'api');
    const atVN = await eventually(() => readAtVN(firstId, vnApi1!.apiUrl!), 60_000, 250);
    expect(JSON.stringify(atVN)).not.toContain('Khamphone');
    // Either replica answers the same: they share the view.
    expect(await readAtVN(firstId, vnApi2!.apiUrl!)).toEqual(atVN);

    await vnApi1!.proc.kill9();
    await replicas('VN', 'projector')[0]!.proc.kill9();
    // Twelve records: their keys spread over the three partitions (all but certainly), the dead
    // projector's too, which the surviving one takes over once the group notices (session timeout).
    const later: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await callJson(laApi!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), files.LA.token({ office: 'LA-BTN' }));
      expect(answer.status).toBe(202);
      later.push((answer.body as { recordId: string }).recordId);
    }
    for (const id of later) {
      const seen = await eventually(() => readAtVN(id, vnApi2!.apiUrl!), 90_000, 500);
      expect(JSON.stringify(seen)).not.toContain('Khamphone');
    }
    expect(await readAtVN(firstId, vnApi2!.apiUrl!)).toEqual(atVN);
  });

  it('two LA relays: one holds the lease and sends, the other stands by and sends nothing', () => {
    const relays = replicas('LA', 'relay');
    expect(relays).toHaveLength(2);
    const senders = relays.filter((p) => relayed(p) > 0);
    expect(senders).toHaveLength(1);
    const standby = relays.find((p) => p !== senders[0])!;
    expect(standby.proc.lines().some((l) => l.msg === 'another relay holds the lease: standing by')).toBe(true);
  });
});

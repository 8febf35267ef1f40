// The deployment files, validated by the tools that read them: the compose file by the Docker
// Compose CLI's own `config`, the Kubernetes manifests by client-go's strict decoding, the
// Dockerfile by BuildKit's linter. Each validator also meets a broken copy, to prove it can fail.
// The first run builds the validators from the Go module proxy (tools.ts); later runs reuse them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { composeEnvironments, composeFiles, composeVariables, dockerfiles, fromRepo, kubernetesManifests, repoRoot } from './deploy-files';
import { progress } from './go-build';
import { ensureDeployTools, type DeployTools } from './tools';
import { composeConfig, runChecker, type ValidatorRun } from './validators';

// Building the Compose CLI from scratch takes minutes on two shared cores.
const FIRST_BUILD_TIMEOUT_MS = 30 * 60_000;

let tools: DeployTools;
let scratch: string;

beforeAll(async () => {
  tools = await ensureDeployTools();
  scratch = mkdtempSync(join(tmpdir(), 'bex-deploy-check-'));
}, FIRST_BUILD_TIMEOUT_MS);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** What a validator could not check is said in the run's output, not only in its own. */
function showNotes(run: ValidatorRun): void {
  for (const note of run.notes) progress(`note: ${note}`);
}

/** A copy of a deployment file with one change; fails if the text to change is not there. */
function brokenCopy(file: string, from: string | RegExp, to: string): string {
  const original = readFileSync(file, 'utf8');
  const broken = original.replace(from, to);
  if (broken === original) throw new Error(`${fromRepo(file)} no longer contains ${String(from)}: update the test`);
  const copy = join(mkdtempSync(join(scratch, 'copy-')), basename(file));
  writeFileSync(copy, broken);
  return copy;
}

describe('compose file: docker-compose config (the Docker Compose CLI, built from its Go module)', () => {
  const files = composeFiles();

  it('finds the compose file', () => {
    expect(files.map(fromRepo)).toContain('deploy/compose/compose.yaml');
  });

  it.each(Object.keys(composeEnvironments))('every compose file loads with the %s settings, without a warning', (name) => {
    for (const file of files) {
      const run = composeConfig(tools.compose, file, composeEnvironments[name] ?? {});
      expect({ file: fromRepo(file), findings: run.findings }).toEqual({ file: fromRepo(file), findings: [] });
    }
  });

  it('the own-material settings set every variable the compose files read', () => {
    const set = Object.keys(composeEnvironments['own-material'] ?? {});
    const read = [...new Set(files.flatMap(composeVariables))];
    expect(read.filter((v) => !set.includes(v))).toEqual([]);
  });

  it('fails on a key Compose does not know, naming it', () => {
    const copy = brokenCopy(join(repoRoot, 'deploy/compose/compose.yaml'), 'stop_grace_period: 30s', 'stop_grace_periods: 30s');
    const run = composeConfig(tools.compose, copy, {});
    expect(run.exitCode).not.toBe(0);
    expect(run.findings.join('\n')).toMatch(/stop_grace_periods/);
  });
});

describe('Kubernetes manifests: strict decoding with the client-go scheme', () => {
  const files = kubernetesManifests();

  it('finds every manifest', () => {
    expect(files.map(fromRepo)).toEqual(expect.arrayContaining(['deploy/kubernetes/authority-la.yaml', 'deploy/kubernetes/namespaces.yaml', 'deploy/kubernetes/secrets-placeholders/la.yaml']));
  });

  it('every document of every manifest decodes strictly, with no unknown, duplicate or mistyped field', () => {
    const run = runChecker(tools.checker, 'kubernetes', files);
    showNotes(run);
    expect(run.findings).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('says which documents it can check only in part (custom resources: the Strimzi examples)', () => {
    const run = runChecker(tools.checker, 'kubernetes', files);
    const partial = run.notes.filter((n) => /custom resources/.test(n));
    expect(partial).toEqual([expect.stringMatching(/^.*examples\/strimzi-la\.yaml: 1 kafka\.strimzi\.io\/v1beta2 KafkaUser, 6 kafka\.strimzi\.io\/v1beta2 KafkaTopic: /)]);
  });

  it('fails on an unknown field, a wrong type and a duplicate key, naming the file, the document and the field', () => {
    const la = join(repoRoot, 'deploy/kubernetes/authority-la.yaml');
    const unknown = brokenCopy(la, /imagePullPolicy:/, 'imagePullPolicyy:');
    const mistyped = brokenCopy(la, /replicas: \d+/, 'replicas: "two"');
    const duplicate = brokenCopy(la, /^(\s+)name: bex-la-api$/m, '$1name: bex-la-api\n$1name: bex-la-api');
    const run = runChecker(tools.checker, 'kubernetes', [unknown, mistyped, duplicate]);
    expect(run.exitCode).toBe(1);
    expect(run.findings).toEqual([
      expect.stringMatching(/authority-la\.yaml: document \d+ \(line \d+\) Deployment: strict decoding: unknown field "spec\.template\.spec\.(initC|c)ontainers\[0\]\.imagePullPolicyy"/),
      expect.stringMatching(/authority-la\.yaml: document \d+ \(line \d+\) Deployment: .*cannot unmarshal string into Go struct field .*spec\.replicas of type int32/),
      expect.stringMatching(/authority-la\.yaml: document \d+ \(line \d+\): invalid YAML: .*line \d+: key "name" already set in map/),
    ]);
  });
});

describe("Dockerfile: BuildKit's linter (the checks of `docker build --check`)", () => {
  const files = dockerfiles();

  it('finds the authority image', () => {
    expect(files.map(fromRepo)).toEqual(['deploy/docker/Dockerfile']);
  });

  it('has no lint warning and converts to a build', () => {
    const run = runChecker(tools.checker, 'dockerfile', files);
    showNotes(run);
    expect(run.findings).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('fails on a rule violation, naming the rule and the line', () => {
    const copy = brokenCopy(files[0] ?? '', 'CMD ["node", "dist/services/authority/src/start.js"]', 'CMD node dist/services/authority/src/start.js');
    const run = runChecker(tools.checker, 'dockerfile', [copy]);
    expect(run.exitCode).toBe(1);
    expect(run.findings).toEqual([expect.stringMatching(/Dockerfile:\d+: JSONArgsRecommended: /)]);
  });
});

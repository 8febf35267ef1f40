// Validates the deployment files outside the tests, e.g. while editing them:
//   npx tsx scripts/deploy-check/cli.ts
// Same validators and files as deploy-files.spec.ts; exits 1 when any of them finds something.
import { composeEnvironments, composeFiles, dockerfiles, fromRepo, kubernetesManifests } from './deploy-files';
import { ensureDeployTools } from './tools';
import { composeConfig, runChecker, type ValidatorRun } from './validators';

function show(label: string, run: ValidatorRun): number {
  for (const note of run.notes) console.log(`  note: ${note}`);
  for (const finding of run.findings) console.log(`  FINDING: ${finding}`);
  console.log(`${run.findings.length === 0 ? 'ok  ' : 'FAIL'} ${label}`);
  return run.findings.length;
}

async function main(): Promise<void> {
  const tools = await ensureDeployTools();
  let findings = 0;
  for (const file of composeFiles()) {
    for (const [name, env] of Object.entries(composeEnvironments)) {
      findings += show(`${fromRepo(file)}: docker-compose ${tools.composeVersion} config (${name} settings)`, composeConfig(tools.compose, file, env));
    }
  }
  findings += show('deploy/kubernetes: strict decoding with the client-go scheme', runChecker(tools.checker, 'kubernetes', kubernetesManifests()));
  findings += show('deploy/docker: BuildKit Dockerfile linter', runChecker(tools.checker, 'dockerfile', dockerfiles()));
  process.exitCode = findings === 0 ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(`[bex] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

// `npm start`: the whole local exchange on this machine. Brings up the real stack (Kafka, Apicurio
// Registry, SecantusDB) and prints where each part listens. Safe to run again: it reuses what runs.
import { ConfigError, loadStackConfig } from './stack/config';
import { describeEndpoints, up } from './stack/stack';

async function main(): Promise<void> {
  const cfg = loadStackConfig();
  const started = Date.now();
  await up(cfg);
  console.log(`\nBEX local exchange ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n${describeEndpoints(cfg)}`);
  console.log(`Logs: ${cfg.runDir}/<component>.log   Stop: npm run stack -- down   Status: npm run stack -- status`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? `configuration error: ${err.message}` : `[bex] ${(err as Error).message}`);
  process.exit(1);
});

// `npm run stack -- up|down|status|logs <component>|reset`
import { ConfigError, loadStackConfig } from './config';
import { describeAuthorities, stopAuthorities } from '../exchange/authorities';
import { describeEndpoints, down, logs, reset, status, up } from './stack';

async function main(argv: string[]): Promise<void> {
  const cfg = loadStackConfig();
  const [command, arg] = argv;
  switch (command) {
    case 'up': {
      const started = Date.now();
      await up(cfg);
      console.log(`\nLocal stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${describeEndpoints(cfg)}`);
      return;
    }
    case 'down':
      // Authorities first: they finish their batches while Kafka and the database still run.
      await stopAuthorities(cfg);
      return down(cfg);
    case 'reset':
      await stopAuthorities(cfg);
      return reset(cfg);
    case 'status':
      for (const s of await status(cfg)) {
        const rss = s.rssMb === undefined ? '' : ` rss=${s.rssMb}MB`;
        console.log(`${s.name.padEnd(12)} ${s.state.padEnd(8)} port=${s.port}${s.pid ? ` pid=${s.pid}` : ''}${rss} ${s.detail ?? ''}`);
      }
      for (const line of describeAuthorities(cfg)) console.log(line);
      return;
    case 'logs':
      if (!arg) throw new Error('usage: stack logs <kafka|registry|database>');
      console.log(logs(cfg, arg));
      return;
    default:
      throw new Error('usage: stack up|down|status|logs <component>|reset');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof ConfigError ? `configuration error: ${err.message}` : `[bex] ${(err as Error).message}`);
  process.exit(1);
});

// `npm run stack -- up [--kafka-nodes=3]|down|status|logs <component>|reset|acls`
import { ConfigError, loadStackConfig } from './config';
import { describeAuthorities, stopAuthorities } from '../exchange/authorities';
import { applyExchangeAcls, exchangeAclSource } from './exchange-acls';
import { applyStackQuotas } from './kafka-quota-admin';
import { describeQuotas } from './kafka-quotas';
import { describeEndpoints, down, logs, reset, status, up } from './stack';

async function main(argv: string[]): Promise<void> {
  const nodes = argv.find((a) => a.startsWith('--kafka-nodes='));
  if (nodes !== undefined) process.env.BEX_KAFKA_NODES = nodes.slice('--kafka-nodes='.length);
  const cfg = loadStackConfig();
  const [command, arg] = argv.filter((a) => !a.startsWith('--'));
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
      if (!arg) throw new Error('usage: stack logs <kafka|kafka-2|kafka-3|registry|database>');
      console.log(logs(cfg, arg));
      return;
    case 'acls': {
      // Re-derives the Kafka ACLs from the agreements and applies them (after an agreement changed).
      const { agreementsDir, prefix } = exchangeAclSource(cfg);
      const change = await applyExchangeAcls(cfg, agreementsDir, prefix);
      console.log(`Kafka ACLs for prefix "${prefix}" from ${agreementsDir}: ${change.total} bindings, ${change.created} created, ${change.removed} stale removed`);
      const quotas = await applyStackQuotas(cfg, agreementsDir);
      console.log(`Kafka client quotas from ${agreementsDir}: ${describeQuotas(quotas.quotas)} (${quotas.changed} changed)`);
      return;
    }
    default:
      throw new Error('usage: stack up [--kafka-nodes=3]|down|status|logs <component>|reset|acls');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof ConfigError ? `configuration error: ${err.message}` : `[bex] ${(err as Error).message}`);
  process.exit(1);
});

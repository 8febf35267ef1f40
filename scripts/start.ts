// `npm start`: the whole local exchange on this machine. Brings up the real stack (Kafka, Apicurio
// Registry, SecantusDB), registers the contracts, starts LA, VN and CN (api + relay + projector
// each), seeds the demo data once, and prints where to look. Safe to run again: it reuses what runs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiUrlOf, LOCAL_AUTHORITIES, startAuthorities } from './exchange/authorities';
import { seedDemo } from './exchange/demo-seed';
import { seedYear } from './exchange/year/seed-year';
import { demoYearOptions } from './exchange/year/year-options';
import { registerContracts } from './exchange/register-contracts';
import { ensureDevIdentity, mintDevToken } from './dev-identity';
import { ConfigError, databaseLayoutStamp, endpoints, loadStackConfig, type StackConfig } from './stack/config';
import { step, timed } from './stack/progress';
import { describeEndpoints, up } from './stack/stack';

const DEMO_USERS = [
  { roles: ['officer'], personalData: true },
  { roles: ['border-branch'], gate: { LA: 'LA-DTO', VN: 'VN-NGI', CN: 'CN-MHN' } },
  { roles: ['analyst'] },
  { roles: ['admin'], personalData: true },
] as const;

/**
 * Each authority gets a database process of its own, as it would in production: on 2 cores three
 * authorities on one database process wait for each other (bench:compare, 50 records/s offered:
 * publish→view p99 2.5 s with one database, 0.75 s with one each). A stack started before keeps its
 * shared database, where its outboxes and views are (`npm run stack -- reset` starts afresh);
 * BEX_DB_PER_AUTHORITY=true|false decides for a new one. The choice is stamped in the data directory.
 */
function withDatabaseLayout(): StackConfig {
  const first = loadStackConfig();
  const stamp = databaseLayoutStamp(first.dataDir);
  if (existsSync(stamp) && !process.env.BEX_DB_PER_AUTHORITY) return first;
  const perAuthority = process.env.BEX_DB_PER_AUTHORITY || String(!existsSync(join(first.dataDir, 'secantus')));
  mkdirSync(first.dataDir, { recursive: true });
  writeFileSync(stamp, `${perAuthority}\n`);
  return loadStackConfig();
}

async function main(): Promise<void> {
  const cfg = withDatabaseLayout();
  const year = demoYearOptions();
  const started = Date.now();
  await up(cfg);
  await timed('registering the Avro contracts', () => registerContracts(endpoints(cfg).registryUrl));
  ensureDevIdentity();
  await timed('starting authorities LA, VN, CN', () => startAuthorities(cfg));

  const urls = Object.fromEntries(LOCAL_AUTHORITIES.map((a) => [a.code, apiUrlOf(a.port)])) as Record<'LA' | 'VN' | 'CN', string>;
  const seeded = join(cfg.dataDir, 'demo-seeded.json');
  if (existsSync(seeded)) step(`demo data already seeded (${seeded}); \`npm run stack -- reset\` starts afresh`);
  else {
    const created = await timed('seeding demo data through the LA, VN and CN apis', () => seedDemo(urls));
    const counts = year.scale === 0 ? {} : await timed(`seeding a year of exchange (scale ${year.scale}, seed ${year.seed})`, () => seedYear(urls, { ...year, now: Date.now() }));
    if (year.scale > 0) step(`  made: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
    mkdirSync(cfg.dataDir, { recursive: true });
    writeFileSync(seeded, JSON.stringify({ ...created, year: { ...year, counts } }, null, 2));
  }

  const lines: string[] = [];
  for (const { code, port } of LOCAL_AUTHORITIES) {
    lines.push(`\n${code}: api ${apiUrlOf(port)}  dashboard ${apiUrlOf(port)}/dashboard  OpenAPI ${apiUrlOf(port)}/openapi.json`);
    for (const user of DEMO_USERS) {
      const gate = 'gate' in user ? user.gate[code] : undefined;
      const token = mintDevToken({ authority: code, roles: [...user.roles], gate, personalData: 'personalData' in user && user.personalData });
      lines.push(`  ${user.roles[0]}${gate ? ` (${gate})` : ''}: ${token}`);
    }
  }
  const tokensFile = join(cfg.runDir, 'demo-tokens.txt');
  writeFileSync(tokensFile, lines.join('\n') + '\n');
  console.log(`\nBEX local exchange ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n${describeEndpoints(cfg)}`);
  console.log(lines.join('\n'));
  console.log(`\nDemo tokens (valid 15 min) are also in ${tokensFile}; mint more with: npm run token -- LA border-branch --gate LA-DTO`);
  console.log(`Logs: ${cfg.runDir}/<name>.log   Status: npm run stack -- status   Stop: npm run stack -- down`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? `configuration error: ${err.message}` : `[bex] ${(err as Error).message}`);
  process.exit(1);
});

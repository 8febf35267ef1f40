// `npm run dead-letters -- list LA [--reason=agreement-no-agreement] [--limit=50]`
// `npm run dead-letters -- redrive LA <id>... | --reason=<reason>`
// Re-driving reads each refused record again from LA's inbox and judges it with the trust store and
// agreements on disk now (after a key was added or an agreement changed). In the local exchange it
// stops that authority's process, re-drives with a projector of its own, and starts it again.
import { loadAuthorityConfig, startAuthority } from '@bex/authority';
import { createLogger } from '@bex/shared';
import { authorityEnv, LOCAL_AUTHORITIES, startAuthorities, stopAuthorities } from './exchange/authorities';
import { loadStackConfig } from './stack/config';
import { step } from './stack/progress';

const USAGE = `usage: npm run dead-letters -- <list|redrive> <${LOCAL_AUTHORITIES.map((a) => a.code).join('|')}> [--reason=<reason>] [--limit=<n>] [<id>...]`;

async function main(args: string[]): Promise<void> {
  const [command, code, ...rest] = args;
  const local = LOCAL_AUTHORITIES.find((a) => a.code === code);
  if (!local || (command !== 'list' && command !== 'redrive')) throw new Error(USAGE);
  const option = (name: string) => rest.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const ids = rest.filter((a) => !a.startsWith('--'));
  const limit = Number(option('limit') ?? '50');
  const cfg = loadStackConfig();
  const authorityCfg = { ...loadAuthorityConfig(authorityEnv(cfg, local.code, 0)), roles: ['projector' as const] };

  if (command === 'redrive') await stopAuthorities(cfg, local.code);
  const node = await startAuthority(authorityCfg, createLogger('bex-dead-letters', 'warn'));
  try {
    await node.projector!.stop();
    const reason = option('reason');
    const letters = await node.deadLetters.list({ limit: command === 'list' ? limit : 10_000, ...(reason === undefined ? {} : { reason }) });
    if (command === 'list') {
      for (const l of letters) console.log(JSON.stringify({ id: l._id, reason: l.reason, detail: l.detail, receivedAt: l.receivedAt, valueLength: l.valueLength, hasBytes: l.hasBytes }));
      step(`${letters.length} dead letter(s) of ${local.code}${reason ? ` with reason ${reason}` : ''}`);
      return;
    }
    const chosen = ids.length > 0 ? ids : reason !== undefined ? letters.map((l) => l._id) : [];
    if (chosen.length === 0) throw new Error(`name the dead letters to re-drive (ids, or --reason=...)\n${USAGE}`);
    const result = await node.projector!.redrive(chosen);
    console.log(JSON.stringify(result, null, 2));
    step(`re-drove ${chosen.length}: ${result.admitted.length} admitted, ${result.refused.length} still refused, ${result.notFound.length} not found`);
  } finally {
    await node.stop();
    if (command === 'redrive') await startAuthorities(cfg);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`[bex] ${(err as Error).message}`);
  process.exit(1);
});

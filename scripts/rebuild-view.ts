// `npm run rebuild -- VN`: empties one authority's view and replays it from its inbox topics.
// In the local exchange it stops that authority's process, rebuilds with a projector of its own,
// checks the result against the view it replaced, and starts the authority again.
import { loadAuthorityConfig, startAuthority } from '@bex/authority';
import { createLogger, RECORD_TYPES } from '@bex/shared';
import { authorityEnv, LOCAL_AUTHORITIES, startAuthorities, stopAuthorities } from './exchange/authorities';
import { loadStackConfig } from './stack/config';
import { step } from './stack/progress';

async function main(code: string | undefined): Promise<void> {
  const local = LOCAL_AUTHORITIES.find((a) => a.code === code);
  if (!local) throw new Error(`usage: npm run rebuild -- <${LOCAL_AUTHORITIES.map((a) => a.code).join('|')}>`);
  const cfg = loadStackConfig();
  await stopAuthorities(cfg, local.code);
  const authorityCfg = { ...loadAuthorityConfig(authorityEnv(cfg, local.code, 0)), roles: ['projector' as const] };
  const node = await startAuthority(authorityCfg, createLogger('bex-rebuild', 'warn'));
  try {
    const projector = node.projector!;
    await projector.stop();
    const before: Record<string, unknown[]> = {};
    for (const type of RECORD_TYPES) before[type] = await node.views.collection(type).find().sort({ _id: 1 }).toArray();
    const started = Date.now();
    await projector.rebuild({ maxSilenceMs: authorityCfg.rebuildMaxSilenceMs });
    let same = true;
    for (const type of RECORD_TYPES) {
      const after = await node.views.collection(type).find().sort({ _id: 1 }).toArray();
      const equal = JSON.stringify(after) === JSON.stringify(before[type]);
      same &&= equal;
      step(`${type}: ${after.length} documents ${equal ? '(identical to before)' : `(before: ${before[type]!.length}; differs — e.g. alerts expired since)`}`);
    }
    step(`rebuilt the ${local.code} view in ${((Date.now() - started) / 1000).toFixed(1)} s${same ? ', identical to the view it replaced' : ''}`);
  } finally {
    await node.stop();
  }
  await startAuthorities(cfg);
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(`[bex] ${(err as Error).message}`);
  process.exit(1);
});

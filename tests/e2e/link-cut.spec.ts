// A cut link, not a stopped process (scripts/chaos/link-cut.ts): LA as a host of its own in a
// network namespace, its link cut for 15 s under a steady load and restored. LA keeps accepting,
// VN keeps serving, and both views hold every submission LA accepted, once. `npm run chaos` runs
// the same with a cut of minutes.
import { join } from 'node:path';
import { runLinkCut } from '../../scripts/chaos/link-cut';
import { stackEnv, uniqueName } from '../harness';
import { repoRoot } from '../harness/compiled-build';
import { testStackConfig } from '../harness/test-stack';

it('LA keeps accepting and VN keeps serving while the link is down; nothing is lost, and the catch-up is measured', async () => {
  const report = await runLinkCut({
    root: repoRoot,
    home: join(testStackConfig().dataDir, '..', 'link-cut'),
    kafkaPort: Number(process.env.BEX_TEST_LINK_KAFKA_PORT ?? '19600'),
    laDatabasePort: 19620,
    laApiPort: 19630,
    registryUrl: stackEnv().registryUrl,
    mongoUrl: stackEnv().mongoUrl,
    prefix: uniqueName('cut').replace(/-/g, '_'),
    count: 60,
    perSecond: 2,
    cutAfterMs: 8_000,
    cutForMs: 15_000,
    catchUpDeadlineMs: 180_000,
    log: () => undefined,
  });
  console.log(JSON.stringify({ linkCut: report }));
  // LA kept accepting: every submission got its 202, those during the cut too.
  expect(report.submissions).toBe(60);
  expect(report.accepted).toBe(60);
  expect(report.acceptedDuringCut).toBeGreaterThan(0);
  expect(report.vnServedDuringCut).toBe(true);
  expect(report.catchUpMs).toBeDefined();
  expect({ lostAtVN: report.lostAtVN, lostAtLA: report.lostAtLA, wrongRevision: report.wrongRevision }).toEqual({ lostAtVN: 0, lostAtLA: 0, wrongRevision: 0 });
  expect(report.ok).toBe(true);
}, 600_000);

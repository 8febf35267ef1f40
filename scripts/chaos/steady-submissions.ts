// A load driver that runs where the officers are (inside an authority's network namespace): posts
// seizures to that authority's api at a steady rate and writes one JSON line per answer, so the
// test can tell afterwards which submissions got a 202 and when. Run as a script:
//   node --import tsx scripts/chaos/steady-submissions.ts   (BEX_LOAD_* variables below)
import { appendFileSync } from 'node:fs';
import { requestBody } from '@bex/api';
import { botenSeizure } from '@bex/schemas';

async function main(): Promise<void> {
  const api = process.env.BEX_LOAD_API!;
  const token = process.env.BEX_LOAD_TOKEN!;
  const out = process.env.BEX_LOAD_OUT!;
  const count = Number(process.env.BEX_LOAD_COUNT ?? '60');
  const perSecond = Number(process.env.BEX_LOAD_RATE ?? '2');
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    const at = Date.now();
    let status = 0;
    let recordId: string | undefined;
    try {
      const res = await fetch(`${api}/v1/seizure-cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(requestBody('SeizureCase', botenSeizure)),
        signal: AbortSignal.timeout(10_000),
      });
      status = res.status;
      recordId = ((await res.json()) as { recordId?: string }).recordId;
    } catch {
      status = -1;
    }
    appendFileSync(out, `${JSON.stringify({ i, at, status, recordId })}\n`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

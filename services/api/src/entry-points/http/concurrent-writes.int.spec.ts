// Concurrent writes share journaled inserts (group commit) and still answer each request for its
// own document: every 202 names a revision in the outbox whose actor is that request's, and a
// request that lost a race for a revision is built again, never credited with the revision it lost.
import { botenSeizure } from '@bex/schemas';
import { requestBody } from '../../domain/request-body';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('LA');
});
afterAll(async () => api.close());

const officer = (n: number) => ({ authorization: `Bearer ${api.identity.token({ sub: `officer-${n}`, office: 'LA-BTN', roles: ['officer'] })}` });
const body = requestBody('SeizureCase', botenSeizure);

it('answers concurrent submissions and amendments each for its own revision and actor', async () => {
  const first = await call(api, 'POST', '/v1/seizure-cases', body, officer(0));
  expect(first.status).toBe(202);
  const amended = first.body.recordId as string;
  const answers = await Promise.all([
    ...Array.from({ length: 16 }, (_, n) => call(api, 'POST', '/v1/seizure-cases', body, officer(n + 1))),
    // Eight amendments of one record built on the same head: one insert wins each revision.
    ...Array.from({ length: 8 }, (_, n) => call(api, 'PUT', `/v1/seizure-cases/${amended}`, body, officer(100 + n))),
  ]);
  expect(answers.map((a) => a.status)).toEqual(Array(24).fill(202));

  const written = answers.map((a) => `${a.body.recordId as string}:${a.body.revision as number}`);
  expect(new Set(written).size).toBe(24);
  const outbox = await api.outbox.model.find({ _id: { $in: written } }).lean();
  expect(outbox).toHaveLength(24);
  expect(answers.slice(16).map((a) => a.body.revision).sort((x, y) => (x as number) - (y as number))).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);

  // Each 202 names a revision whose outbox document names that request's officer as its actor: a
  // request that lost a race is built again on the new head, never credited with the lost revision.
  const actorOf = new Map(outbox.map((d) => [d._id, d.actor?.subject]));
  const senders = [...Array.from({ length: 16 }, (_, n) => `officer-${n + 1}`), ...Array.from({ length: 8 }, (_, n) => `officer-${100 + n}`)];
  expect(written.map((w) => actorOf.get(w))).toEqual(senders);
});

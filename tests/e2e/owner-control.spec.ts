// The owner decides who holds what, and for how long, on the real stack: once LA's Boten seizure
// has reached CN (the LA→CN agreement covers Boten–Mohan only), every way LA can take it back
// leaves CN holding a tombstone and nothing else: a withdrawal, an amendment to H3, an amendment
// that moves it out of CN's gate scope, a withdrawal after the agreement has lapsed, and the end of
// its retention, reached without anyone acting.
import { apiClient, requestBody, type AnswerOf, type ApiClient, type OperationId } from '@bex/api';
import { botenSeizure, gateLocation } from '@bex/schemas';
import { eventually, movableClock, startTestExchange, type TestExchange } from '../harness';

const clock = movableClock();
let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN'], { clock: clock.now });
});
afterAll(async () => ex?.stop());
afterEach(() => clock.reset());

const seizures = (authority: string) => ex.nodes[authority]!.views.collection('SeizureCase');

/** LA's api through the typed client, as an officer. */
const la = (): ApiClient => apiClient(ex.nodes.LA!.apiUrl!, ex.token('LA'));

function accepted<K extends OperationId>(answer: AnswerOf<K>): { recordId: string; revision: number } {
  expect(answer.status).toBe(202);
  return answer.body as { recordId: string; revision: number };
}

const at = (authority: string, recordId: string, revision: number, timeoutMs = 20_000) =>
  eventually(async () => (await seizures(authority).findOne({ recordId, revision: { $gte: revision } })) ?? undefined, timeoutMs);

/** LA shares the Boten seizure and waits until CN holds it with content. */
async function sharedWithCN(body = requestBody('SeizureCase', botenSeizure)): Promise<string> {
  const { recordId } = accepted(await la().call('submitSeizureCase', { body }));
  const atCN = await at('CN', recordId, 1);
  expect(atCN.record).not.toBeNull();
  return recordId;
}

/** What a view may keep of a retracted record: who, which revision, why; no content, no indexed field. */
function expectOnlyTombstone(doc: Record<string, unknown>, recordId: string, reason: string): void {
  expect(doc).toMatchObject({ _id: `LA:${recordId}`, recordId, source: 'LA', record: null, tombstone: { reason } });
  for (const field of ['plateKeys', 'gates', 'occurredAt', 'month', 'categories', 'retainUntil']) expect(doc[field]).toBeUndefined();
  expect(JSON.stringify(doc)).not.toMatch(/8321|Khamphone|LZZ5CLSB8KA123456|LA-BTN-2025-0412/);
}

describe('LA keeps control of its Boten seizure in CN\'s view', () => {
  it('a withdrawal reaches CN as a tombstone within 2 s, though the tombstone names no gate', async () => {
    const recordId = await sharedWithCN();
    const withdrawnAt = Date.now();
    accepted(await la().call('withdrawSeizureCase', { path: { id: recordId } }));
    const atCN = await at('CN', recordId, 2, 2_000);
    console.log(`LA withdrawal visible at CN after ${Date.now() - withdrawnAt} ms`);
    expectOnlyTombstone(atCN, recordId, 'WITHDRAWN');
    expect(atCN).toMatchObject({ revision: 2, status: 'WITHDRAWN' });
    expectOnlyTombstone(await at('VN', recordId, 2), recordId, 'WITHDRAWN');
  });

  it('an amendment to H3: CN and VN get a tombstone saying it is no longer shared, LA keeps the content', async () => {
    const recordId = await sharedWithCN();
    const body = requestBody('SeizureCase', botenSeizure);
    accepted(await la().call('amendSeizureCase', { path: { id: recordId }, body: { ...body, meta: { ...body.meta, handlingCode: 'H3' } } }));
    for (const partner of ['CN', 'VN']) {
      const doc = await at(partner, recordId, 2);
      expectOnlyTombstone(doc, recordId, 'NO_LONGER_SHARED');
      expect(doc.revision).toBe(2);
    }
    const atLA = await at('LA', recordId, 2);
    expect(atLA).toMatchObject({ handlingCode: 'H3', status: 'AMENDED' });
    expect(atLA.record).not.toBeNull();
  });

  it('an amendment that moves it to Dansavanh: out of CN\'s gate scope, so CN gets a tombstone and VN the amendment', async () => {
    const recordId = await sharedWithCN();
    accepted(await la().call('amendSeizureCase', { path: { id: recordId }, body: requestBody('SeizureCase', { ...botenSeizure, location: gateLocation('LA-DTO') }) }));
    expectOnlyTombstone(await at('CN', recordId, 2), recordId, 'NO_LONGER_SHARED');
    const atVN = await at('VN', recordId, 2);
    expect(atVN).toMatchObject({ status: 'AMENDED', gates: ['LA-DTO'] });
    expect(atVN.tombstone).toBeUndefined();
  });

  it('a withdrawal after the LA→CN agreement has lapsed still reaches CN', async () => {
    const recordId = await sharedWithCN();
    // The agreements end on 2029-12-31: a day later nothing may be shared with CN, but a retraction must.
    clock.jumpTo(new Date('2030-01-02T00:00:00Z'));
    accepted(await la().call('withdrawSeizureCase', { path: { id: recordId } }));
    expectOnlyTombstone(await at('CN', recordId, 2), recordId, 'WITHDRAWN');
    expectOnlyTombstone(await at('VN', recordId, 2), recordId, 'WITHDRAWN');
    // No content went out after the lapse: the only revision CN ever got after it is the tombstone.
    expect(await seizures('CN').countDocuments({ recordId })).toBe(1);
  });

  it('past retainUntil, every view holds only the tombstone after its sweeper runs, with nobody acting', async () => {
    const body = requestBody('SeizureCase', botenSeizure);
    const retainUntil = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const recordId = await sharedWithCN({ ...body, meta: { ...body.meta, retainUntil: retainUntil.toISOString() } });
    await at('VN', recordId, 1);
    await at('LA', recordId, 1);
    clock.jumpTo(new Date(retainUntil.getTime() + 60_000));
    for (const authority of ['LA', 'VN', 'CN']) {
      const before = await seizures(authority).findOne({ recordId });
      expect(before!.record).not.toBeNull();
      const swept = await ex.nodes[authority]!.sweeper!.sweep();
      expect(swept.purged).toBeGreaterThanOrEqual(1);
      const doc = (await seizures(authority).findOne({ recordId }))!;
      expectOnlyTombstone(doc, recordId, 'RETENTION_ENDED');
      // The revision stays: a redelivery of revision 1 cannot bring the content back.
      expect(doc.revision).toBe(1);
    }
  });
});

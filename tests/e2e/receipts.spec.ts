// Receipts and matching close the loop: VN issues an alert, LA's view takes it in and tells VN
// (DELIVERED), an LA border branch opens it (VIEWED), LA seizes a truck with that plate at Dak Ta
// Ooc, its border branch sees the possible match and confirms it, which sends VN a hit linked to the
// seizure (ACTIONED). Then the attacker's side: a
// partner holding a genuine key forges receipts (another authority's, for a revision never sent to
// it, on a record it never got, a record's signature passed off as a receipt's); each is refused
// into dead letters with its reason and VN's receipts stay what LA really reported.
import { requestBody } from '@bex/api';
import { dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import { receiptTopic, recordKey, type AuthorityCode, type Receipt } from '@bex/shared';
import { callJson, eventually, produceRaw, startTestExchange, type TestExchange } from '../harness';
import { receiptSignedWithKeyOf, signedWithKeyOf } from '../harness/partner-forge';
import { mintDevToken } from '../../scripts/dev-identity';

let ex: TestExchange;
const node = (a: string) => ex.nodes[a]!;

interface PartnerReceipts {
  partner: string;
  delivered: { revision: number; at: string } | null;
  viewed: { revision: number; at: string } | null;
  actioned: Array<{ recordId: string; recordType: string }>;
}

async function submit(authority: AuthorityCode, method: string, path: string, body?: unknown): Promise<string> {
  const answer = await callJson(node(authority).apiUrl!, method, path, body, ex.token(authority));
  expect(answer.status).toBe(202);
  return (answer.body as { recordId: string }).recordId;
}

async function receiptsAt(authority: AuthorityCode, recordId: string): Promise<PartnerReceipts[]> {
  const answer = await callJson(node(authority).apiUrl!, 'GET', `/v1/records/${recordId}/receipts`, undefined, ex.token(authority));
  expect(answer.status).toBe(200);
  return (answer.body as { partners: PartnerReceipts[] }).partners;
}

interface MatchItem {
  id: string;
  state: string;
  record: { type: string; seizure: { id: string } | null };
}

const mintBranch = (gate: string) => mintDevToken({ authority: 'LA', roles: ['border-branch'], office: gate, gate, personalData: false });

const partner = async (authority: AuthorityCode, recordId: string, of: string) => (await receiptsAt(authority, recordId)).find((p) => p.partner === of);

const drained = (authority: string) => eventually(async () => ((await node(authority).projector!.lag()) === 0 ? true : undefined), 20_000, 100);

beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN']);
}, 120_000);

afterAll(async () => {
  await ex?.stop();
});

describe('receipts from a partner', () => {
  let alertId: string;

  it('VN sees DELIVERED for LA within 2 s of LA\'s view taking its alert in', async () => {
    // Live until a month from now, so that LA's seizure below can match it.
    alertId = await submit('VN', 'POST', '/v1/vehicle-alerts', { ...requestBody('VehicleRiskAlert', truckAlert), validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    await eventually(async () => (await node('LA').views.collection('VehicleRiskAlert').findOne({ _id: recordKey('VN', alertId) })) ?? undefined, 20_000, 20);
    const held = Date.now();
    const delivered = await eventually(async () => (await partner('VN', alertId, 'LA'))?.delivered ?? undefined, 10_000, 50);
    const tookMs = Date.now() - held;
    console.log(`DELIVERED reached VN ${tookMs} ms after LA's view held the alert`);
    expect(delivered.revision).toBe(1);
    expect(tookMs).toBeLessThan(2_000);
    // CN holds nothing of it (vn-to-cn shares policy changes only), so CN is not listed at all.
    expect((await receiptsAt('VN', alertId)).map((p) => p.partner)).toEqual(['LA']);
  });

  it('an LA border branch opens the alert: VN sees VIEWED, with no user identity in it', async () => {
    expect((await partner('VN', alertId, 'LA'))?.viewed).toBeNull();
    // The branch of a gate the alert is aimed at (a border branch sees its own gate's alerts only).
    const opened = await callJson(node('LA').apiUrl!, 'GET', `/v1/vehicle-alerts/${alertId}`, undefined, mintBranch('LA-DTO'));
    expect(opened.status).toBe(200);
    const viewed = await eventually(async () => (await partner('VN', alertId, 'LA'))?.viewed ?? undefined, 10_000, 50);
    expect(viewed.revision).toBe(1);
    const stored = await node('VN').connection.collection('record_receipts').find({ recordId: alertId, kind: 'VIEWED' }).toArray();
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]!).sort()).toEqual(['_id', 'actionRecordId', 'actionRecordType', 'at', 'from', 'kind', 'receivedAt', 'recordId', 'recordType', 'revision']);
    // Opened again: still the first viewing, one receipt.
    await callJson(node('LA').apiUrl!, 'GET', `/v1/vehicle-alerts/${alertId}`, undefined, ex.token('LA', ['officer']));
    expect(await node('VN').connection.collection('record_receipts').countDocuments({ recordId: alertId, kind: 'VIEWED' })).toBe(1);
  });

  it('LA seizes the truck at Dak Ta Ooc: its border branch sees the possible match, confirms it, and VN gets the hit and ACTIONED', async () => {
    const seizureId = await submit('LA', 'POST', '/v1/seizure-cases', requestBody('SeizureCase', dakTaOocSeizure));
    const branch = mintBranch('LA-DTO');
    const match = await eventually(async () => {
      const answer = await callJson(node('LA').apiUrl!, 'GET', '/v1/matches?gate=LA-DTO', undefined, branch);
      expect(answer.status).toBe(200);
      return (answer.body as { items: MatchItem[] }).items.find((m) => m.record.seizure?.id === seizureId);
    }, 15_000, 50);
    expect(match).toMatchObject({ state: 'open', matchedOn: ['plate:43C12345'], gates: ['LA-DTO'], alert: { id: alertId, source: 'VN' }, record: { type: 'SeizureCase' } });
    // Another gate's border branch neither sees nor decides it.
    const boten = mintBranch('LA-BTN');
    expect((await callJson(node('LA').apiUrl!, 'GET', '/v1/matches', undefined, boten)).body).toEqual({ items: [] });
    expect((await callJson(node('LA').apiUrl!, 'POST', `/v1/matches/${match.id}/confirm`, undefined, boten)).status).toBe(404);

    const confirmed = await callJson(node('LA').apiUrl!, 'POST', `/v1/matches/${match.id}/confirm`, undefined, branch);
    expect(confirmed.status).toBe(202);
    const hitId = (confirmed.body as { recordId: string }).recordId;
    expect((await callJson(node('LA').apiUrl!, 'POST', `/v1/matches/${match.id}/confirm`, undefined, branch)).status).toBe(409);

    const actioned = await eventually(async () => {
      const p = await partner('VN', alertId, 'LA');
      return p !== undefined && p.actioned.length > 0 ? p.actioned : undefined;
    }, 15_000, 50);
    expect(actioned).toEqual([{ at: expect.any(String), receivedAt: expect.any(String), recordId: hitId, recordType: 'AlertHit' }]);
    const hit = await eventually(async () => (await node('VN').views.collection('AlertHit').findOne({ _id: recordKey('LA', hitId) })) ?? undefined, 15_000);
    expect(hit.record).toMatchObject({ alertId, alertSource: 'VN', alertRevision: 1, checkReason: 'ALERT_MATCH', result: 'SEIZURE', linkedSeizureId: seizureId, location: { gateCode: 'LA-DTO' } });
  });

  it('a match dismissed with a reason stays dismissed when its records arrive again', async () => {
    const seizureId = await submit('LA', 'POST', '/v1/seizure-cases', requestBody('SeizureCase', dakTaOocSeizure));
    const officer = ex.token('LA', ['officer']);
    const match = await eventually(async () => ((await callJson(node('LA').apiUrl!, 'GET', '/v1/matches', undefined, officer)).body as { items: MatchItem[] }).items.find((m) => m.record.seizure?.id === seizureId), 15_000, 50);
    expect((await callJson(node('LA').apiUrl!, 'POST', `/v1/matches/${match.id}/dismiss`, undefined, officer)).status).toBe(400);
    const dismissed = await callJson(node('LA').apiUrl!, 'POST', `/v1/matches/${match.id}/dismiss?reason=DIFFERENT_VEHICLE`, undefined, officer);
    expect(dismissed.body).toMatchObject({ id: match.id, state: 'dismissed', dismissReason: 'DIFFERENT_VEHICLE' });
    // An amendment of the seizure arrives in the view again; the pair is still decided.
    await submit('LA', 'PUT', `/v1/seizure-cases/${seizureId}`, requestBody('SeizureCase', dakTaOocSeizure));
    await eventually(async () => (await node('LA').views.collection('SeizureCase').findOne({ _id: recordKey('LA', seizureId), revision: 2 })) ?? undefined, 15_000);
    await drained('LA');
    const open = ((await callJson(node('LA').apiUrl!, 'GET', '/v1/matches', undefined, officer)).body as { items: MatchItem[] }).items;
    expect(open.map((m) => m.id)).not.toContain(match.id);
    const decided = ((await callJson(node('LA').apiUrl!, 'GET', '/v1/matches?state=dismissed', undefined, officer)).body as { items: MatchItem[] }).items;
    expect(decided.map((m) => m.id)).toEqual([match.id]);
  });

  it('receipts are only for the source\'s own records: asking about a partner\'s record is 404', async () => {
    const answer = await callJson(node('LA').apiUrl!, 'GET', `/v1/records/${alertId}/receipts`, undefined, ex.token('LA'));
    expect(answer.status).toBe(404);
    const analyst = await callJson(node('VN').apiUrl!, 'GET', `/v1/records/${alertId}/receipts`, undefined, ex.token('VN', ['analyst']));
    expect(analyst.status).toBe(403);
  });

  it('forged receipts with genuine keys are refused into dead letters, and VN\'s receipts stay as LA reported them', async () => {
    const before = await node('VN').connection.collection('record_receipts').find({}).sort({ _id: 1 }).toArray();
    const lettersBefore = await node('VN').deadLetters.count();
    const base: Receipt = { recordSource: 'VN', recordId: alertId, recordType: 'VehicleRiskAlert', revision: 1, from: 'LA', kind: 'DELIVERED', at: Date.now(), actionRecordId: null, actionRecordType: null };
    const topic = receiptTopic('VN', ex.prefix);
    const forged = [
      // CN's key, claiming to be LA.
      await receiptSignedWithKeyOf('CN', { ...base, kind: 'VIEWED' }),
      // LA's key, for a revision VN never made.
      await receiptSignedWithKeyOf('LA', { ...base, revision: 7 }),
      // CN's key as CN, on an alert VN never sent CN.
      await receiptSignedWithKeyOf('CN', { ...base, from: 'CN' }),
      // LA's key, signed for VN, about a record that is not VN's.
      await receiptSignedWithKeyOf('LA', { ...base, recordSource: 'CN' }, { recipient: 'VN' }),
      // LA's key, signed as a record, not as a receipt.
      await receiptSignedWithKeyOf('LA', { ...base, kind: 'VIEWED' }, { domain: 'bex-record-v1' }),
    ];
    // A genuine LA record signature put on VN's receipts topic.
    const record = await signedWithKeyOf('LA', { ...dakTaOocHit, meta: { ...dakTaOocHit.meta, source: 'LA', recipient: 'VN' } });
    await produceRaw(topic, [...forged, record]);
    await drained('VN');
    const letters = await eventually(async () => {
      const found = await node('VN').connection.collection('dead_letters').find({ topic }).toArray();
      return found.length >= 6 ? found : undefined;
    }, 15_000, 100);
    const reasons = letters.map((l) => l.reason as string).sort();
    expect(reasons[0]).toMatch(/^decode-/);
    expect(reasons.slice(1)).toEqual(['receipt-revision-never-sent', 'receipt-revision-never-sent', 'receipt-wrong-source', 'signature-bad-signature', 'signature-source-mismatch']);
    expect(await node('VN').deadLetters.count()).toBe(lettersBefore + 6);
    expect(await node('VN').connection.collection('record_receipts').find({}).sort({ _id: 1 }).toArray()).toEqual(before);
  });
});

// VN plays a partner that is hostile, or whose relay is faulty, but holds its genuine signing key.
// It writes straight to LA's and CN's inboxes everything such a partner could try: a record with
// the id of LA's own seizure, a tombstone of LA's seizure, unredacted personal data, a false
// redaction claim, old revisions replayed, records after its agreement lapsed and an amendment that
// takes a record out of what CN may hold. After each attack LA's records in LA's and CN's views are
// compared field by field with what they were before, and each refusal is a dead letter with its
// reason that keeps no content.
import { requestBody } from '@bex/api';
import { avroType, botenClosure, botenSeizure, dakTaOocSeizure, gateLocation, makeSample } from '@bex/schemas';
import {
  deadLetterTopic,
  inboxTopic,
  loadAgreements,
  recordKey,
  redactFor,
  retractedCopy,
  type AnyRecord,
  type AuthorityCode,
  type RecordTypeName,
  type ShareableRecord,
} from '@bex/shared';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { callJson, eventually, movableClock, produceRaw, readAll, startTestExchange, type RawMessage, type TestExchange } from '../harness';
import { signedWithKeyOf } from '../harness/partner-forge';

const TYPES: RecordTypeName[] = ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'];
const agreements = loadAgreements(join(__dirname, '../../deploy/agreements'));
const clock = movableClock();
let ex: TestExchange;
let laSeizure: string;
let laPolicy: string;

const node = (a: string) => ex.nodes[a]!;
const view = (a: string, type: RecordTypeName) => node(a).views.collection(type);

async function submit(authority: AuthorityCode, method: string, path: string, body?: unknown): Promise<string> {
  const answer = await callJson(node(authority).apiUrl!, method, path, body, ex.token(authority));
  expect(answer.status).toBe(202);
  return (answer.body as { recordId: string }).recordId;
}

const holds = (a: string, type: RecordTypeName, key: string, revision = 1) =>
  eventually(async () => (await view(a, type).findOne({ _id: key, revision: { $gte: revision } })) ?? undefined, 20_000);

/** Every document of LA's records in the views of LA and CN, in a stable order. */
async function victim(): Promise<unknown[]> {
  const docs: unknown[] = [];
  for (const a of ['LA', 'CN']) for (const t of TYPES) docs.push(...(await view(a, t).find({ source: 'LA' }).sort({ _id: 1 }).toArray()).map((d) => ({ at: a, t, ...d })));
  return docs;
}

/** Waits until `authority`'s projector has taken in everything on its inbox. */
const drained = (authority: string) => eventually(async () => ((await node(authority).projector!.lag()) === 0 ? true : undefined), 20_000, 100);

type Addressed = RawMessage & { topic: string };

/** Puts the messages on the inboxes they are addressed to, then waits until `recipient` took them in. */
async function attack(recipient: AuthorityCode, messages: Addressed[]): Promise<void> {
  for (const topic of new Set(messages.map((m) => m.topic))) await produceRaw(topic, messages.filter((m) => m.topic === topic));
  await drained(recipient);
}

/** A message VN's key signs, addressed to the inbox of the record's recipient. */
async function fromVN(anyRecord: object): Promise<Addressed> {
  const record = anyRecord as AnyRecord;
  return { ...(await signedWithKeyOf('VN', record)), topic: inboxTopic(record.meta.recipient as AuthorityCode, record.meta.recordType, ex.prefix) };
}

function vnShare<T extends ShareableRecord>(record: T, recipient: AuthorityCode): T {
  const agreement = agreements.find((a) => a.source === 'VN' && a.recipient === recipient);
  // Redacted as VN's relay would have while the agreement was in force.
  const result = redactFor(record, agreement, new Date());
  if (!result.shared) throw new Error(`the test's own record is not shareable: ${result.detail}`);
  return result.record;
}

const asRecord = (r: object): AnyRecord => r as unknown as AnyRecord;
const sha256 = (b: Buffer | null) => createHash('sha256').update(b!).digest('hex');

/** The dead letters of `authority` for these messages, once all are there. */
async function lettersFor(authority: string, messages: RawMessage[]) {
  const digests = messages.map((m) => sha256(m.value));
  return eventually(async () => {
    const found = await node(authority).connection.collection('dead_letters').find({ valueSha256: { $in: digests } }).toArray();
    return found.length >= messages.length ? found : undefined;
  }, 20_000);
}

function expectNoContentKept(letters: Array<Record<string, unknown>>, ...secrets: string[]): void {
  for (const l of letters) {
    expect(l.value ?? null).toBeNull();
    expect(l.valueLength).toEqual(expect.any(Number));
    expect(l.valueSha256).toMatch(/^[0-9a-f]{64}$/);
    for (const s of secrets) expect(JSON.stringify(l)).not.toContain(s);
  }
}

beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN', 'CN'], { clock: clock.now });
  laSeizure = await submit('LA', 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure));
  laPolicy = await submit('LA', 'POST', '/v1/policy-changes', requestBody('PolicyChange', botenClosure));
  for (const a of ['LA', 'VN', 'CN']) {
    await holds(a, 'SeizureCase', recordKey('LA', laSeizure));
    await holds(a, 'PolicyChange', recordKey('LA', laPolicy));
  }
});
afterAll(async () => ex?.stop());
afterEach(() => clock.reset());

describe('a partner with a genuine key cannot keep, change or see what it may not', () => {
  it('a VN record with the id of LA\'s seizure, at the highest revision, touches nothing of LA\'s', async () => {
    const before = await victim();
    const content = vnShare(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: laSeizure, revision: 2_147_483_647, base: botenSeizure }), 'LA');
    const withdrawal = retractedCopy(avroType('PolicyChange'), asRecord(makeSample('PolicyChange', { source: 'VN', recipient: 'CN', recordId: laPolicy, revision: 2_147_483_647, base: botenClosure })), 'CN', 'WITHDRAWN');
    const toLA = await fromVN(content);
    const toCN = await fromVN(withdrawal);
    await attack('LA', [toLA]);
    await attack('CN', [toCN]);

    expect(await victim()).toEqual(before);
    const [atLA] = await lettersFor('LA', [toLA]);
    expect(atLA!.reason).toBe('record-id-of-own-record');
    // At CN a VN tombstone for a VN record CN never held: nothing to retract.
    const [atCN] = await lettersFor('CN', [toCN]);
    expect(atCN!.reason).toBe('agreement-tombstone-not-held');
    expectNoContentKept([atLA!, atCN!], 'Khamphone', '8321');
    expect(await view('LA', 'SeizureCase').countDocuments({ _id: recordKey('VN', laSeizure) })).toBe(0);

    // Queries by id still answer LA's own record.
    const detail = await callJson(node('LA').apiUrl!, 'GET', `/v1/seizure-cases/${laSeizure}`, undefined, ex.token('LA'));
    expect(detail.body).toMatchObject({ id: laSeizure, source: 'LA', revision: 1, status: 'ACTIVE' });
  });

  it('revisions of one record spread over partitions and written together keep only the newest, and LA\'s id among them touches nothing', async () => {
    // A partner's producer chooses the partition: VN puts revisions 3, 1 and 2 of its record on
    // three partitions and LA's seizure id beside them, so one fetch brings them all and the
    // projector writes them as one merged batch.
    const before = await victim();
    const recordId = randomUUID();
    const base = { ...dakTaOocSeizure, location: gateLocation('VN-NGI') };
    const revision = (n: number) => fromVN(vnShare(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId, revision: n, base }), 'LA'));
    const [third, first, second] = await Promise.all([revision(3), revision(1), revision(2)]);
    const laId = await fromVN(vnShare(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: laSeizure, revision: 5, base }), 'LA'));
    await attack('LA', [{ ...third!, partition: 0 }, { ...first!, partition: 1 }, { ...second!, partition: 2 }, { ...laId, partition: 1 }]);

    const held = await view('LA', 'SeizureCase').findOne({ _id: recordKey('VN', recordId) });
    expect(held?.revision).toBe(3);
    expect(await victim()).toEqual(before);
    const [refused] = await lettersFor('LA', [laId]);
    expect(refused!.reason).toBe('record-id-of-own-record');
  });

  it('a tombstone of LA\'s records signed with VN\'s key is refused as a forgery, however its headers are dressed', async () => {
    const before = await victim();
    const forge = (recipient: AuthorityCode, type: RecordTypeName, recordId: string) =>
      retractedCopy(avroType(type), asRecord(makeSample(type, { source: 'LA', recipient, recordId, revision: 2_147_483_647, base: type === 'SeizureCase' ? botenSeizure : botenClosure })), recipient, 'WITHDRAWN');
    const claimsLA = await fromVN(forge('CN', 'SeizureCase', laSeizure));
    // The same tombstone, but the header names VN as the signer while the record says LA.
    const claimsVN = await fromVN(forge('LA', 'PolicyChange', laPolicy));
    claimsVN.headers['bex-source'] = 'VN';
    await attack('CN', [claimsLA]);
    await attack('LA', [claimsVN]);

    expect(await victim()).toEqual(before);
    const letters = [...(await lettersFor('CN', [claimsLA])), ...(await lettersFor('LA', [claimsVN]))];
    expect(letters.map((l) => l.reason).sort()).toEqual(['signature-source-mismatch', 'signature-source-mismatch']);
    // A forgery is kept for investigation (it holds nothing anyone shared), with an end date.
    for (const l of letters) expect(l.valueKeptUntil).toBeInstanceOf(Date);
  });

  it('an unredacted VN seizure, and one that claims a redaction it did not make, are refused and keep nothing', async () => {
    const before = await victim();
    const base = makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: randomUUID(), base: botenSeizure });
    const unredacted = await fromVN(base);
    const claimed = vnShare(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: randomUUID(), base: botenSeizure }), 'LA');
    claimed.meta.redactedPaths = [...claimed.meta.redactedPaths, 'conveyance.vin'];
    const falseClaim = await fromVN(claimed);
    await attack('LA', [unredacted, falseClaim]);

    expect(await victim()).toEqual(before);
    const letters = await lettersFor('LA', [unredacted, falseClaim]);
    expect(letters.map((l) => l.reason).sort()).toEqual(['agreement-redaction-claim-false', 'agreement-unredacted']);
    expectNoContentKept(letters, 'Khamphone', 'LZZ5CLSB8KA123456');
    expect(await view('LA', 'SeizureCase').countDocuments({ recordId: { $in: [base.meta.recordId, claimed.meta.recordId] } })).toBe(0);

    // The dead-letter topic carries the same: reason and digest, no bytes.
    const published = (await readAll([deadLetterTopic('LA', ex.prefix)])).filter((m) => [sha256(unredacted.value), sha256(falseClaim.value)].includes(String(m.headers?.['bex-original-sha256'])));
    expect(published).toHaveLength(2);
    for (const m of published) expect(m.value === null || m.value.length === 0).toBe(true);
  });

  it('old revisions replayed: VN\'s own is ignored, LA\'s copy signed for VN is refused at CN and at LA', async () => {
    // VN shares a seizure with LA, then withdraws it; its faulty relay sends revision 1 again.
    const body = requestBody('SeizureCase', { ...dakTaOocSeizure, location: gateLocation('VN-NGI') });
    const vnSeizure = await submit('VN', 'POST', '/v1/seizure-cases', body);
    await holds('LA', 'SeizureCase', recordKey('VN', vnSeizure));
    await submit('VN', 'POST', `/v1/seizure-cases/${vnSeizure}/withdraw`);
    await holds('LA', 'SeizureCase', recordKey('VN', vnSeizure), 2);
    // LA shares another seizure and withdraws it; VN keeps the revision-1 message LA signed for it.
    const laOther = await submit('LA', 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure));
    await holds('CN', 'SeizureCase', recordKey('LA', laOther));
    await submit('LA', 'POST', `/v1/seizure-cases/${laOther}/withdraw`);
    await holds('CN', 'SeizureCase', recordKey('LA', laOther), 2);
    await holds('VN', 'SeizureCase', recordKey('LA', laOther), 2);
    const before = await victim();
    const vnAtLA = await view('LA', 'SeizureCase').findOne({ _id: recordKey('VN', vnSeizure) });

    const firstOf = async (topic: string, key: string) => {
      const m = (await readAll([topic])).filter((x) => x.key?.toString() === key).sort((a, b) => Number(a.offset) - Number(b.offset))[0]!;
      return { key: m.key, value: m.value, headers: { ...m.headers } } as RawMessage;
    };
    const vnRev1 = await firstOf(inboxTopic('LA', 'SeizureCase', ex.prefix), recordKey('VN', vnSeizure));
    const laRev1ForVN = await firstOf(inboxTopic('VN', 'SeizureCase', ex.prefix), recordKey('LA', laOther));
    await produceRaw(inboxTopic('LA', 'SeizureCase', ex.prefix), [vnRev1, laRev1ForVN]);
    await produceRaw(inboxTopic('CN', 'SeizureCase', ex.prefix), [laRev1ForVN]);
    await drained('LA');
    await drained('CN');

    expect(await victim()).toEqual(before);
    expect(await view('LA', 'SeizureCase').findOne({ _id: recordKey('VN', vnSeizure) })).toEqual(vnAtLA);
    expect(vnAtLA).toMatchObject({ revision: 2, record: null, tombstone: { reason: 'WITHDRAWN' } });
    const refused = [...(await lettersFor('LA', [laRev1ForVN])), ...(await lettersFor('CN', [laRev1ForVN]))];
    expect(refused.map((l) => l.reason)).toEqual(['signature-wrong-recipient', 'signature-wrong-recipient']);
    expectNoContentKept(refused, '8321');
  });

  it('after the VN→LA agreement lapsed: content is refused and retracts the old copy, a tombstone enters only where it retracts', async () => {
    const body = requestBody('SeizureCase', { ...dakTaOocSeizure, location: gateLocation('VN-NGI') });
    const held = await submit('VN', 'POST', '/v1/seizure-cases', body);
    const heldDoc = await holds('LA', 'SeizureCase', recordKey('VN', held));
    const before = await victim();
    clock.jumpTo(new Date('2030-01-02T00:00:00Z'));

    const heldRecord = heldDoc.record as unknown as AnyRecord;
    const amendment = await fromVN({ ...heldRecord, meta: { ...heldRecord.meta, revision: 2, status: 'AMENDED' } });
    const fresh = await fromVN(vnShare(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: randomUUID(), base: botenSeizure, issuedAt: Date.UTC(2025, 0, 2) }), 'LA'));
    const strayTombstone = await fromVN(retractedCopy(avroType('SeizureCase'), asRecord(makeSample('SeizureCase', { source: 'VN', recipient: 'LA', recordId: randomUUID(), base: botenSeizure })), 'LA', 'WITHDRAWN'));
    await attack('LA', [amendment, fresh, strayTombstone]);

    expect(await victim()).toEqual(before);
    const letters = await lettersFor('LA', [amendment, fresh, strayTombstone]);
    expect(letters.map((l) => l.reason).sort()).toEqual(['agreement-agreement-not-in-force', 'agreement-agreement-not-in-force', 'agreement-tombstone-not-held']);
    expectNoContentKept(letters, 'Khamphone');
    // The amendment LA may no longer hold took the copy it held with it.
    const now = await view('LA', 'SeizureCase').findOne({ _id: recordKey('VN', held) });
    expect(now).toMatchObject({ revision: 2, record: null, tombstone: { reason: 'NO_LONGER_SHARED' } });

    // The owner's own withdrawal, content-free, still enters after the lapse.
    const withdrawal = await fromVN(retractedCopy(avroType('SeizureCase'), { ...heldRecord, meta: { ...heldRecord.meta, revision: 3 } }, 'LA', 'WITHDRAWN'));
    await attack('LA', [withdrawal]);
    expect(await view('LA', 'SeizureCase').findOne({ _id: recordKey('VN', held) })).toMatchObject({ revision: 3, record: null, tombstone: { reason: 'WITHDRAWN' } });
  });

  it('an amendment that takes VN\'s policy change above what CN may hold, sent with its content by a faulty relay', async () => {
    const vnPolicy = await submit('VN', 'POST', '/v1/policy-changes', {
      ...requestBody('PolicyChange', { ...botenClosure, affectedGates: ['VN-NGI'] }),
    });
    const atCN = await holds('CN', 'PolicyChange', recordKey('VN', vnPolicy));
    const before = await victim();
    const record = atCN.record as unknown as AnyRecord;
    const h2 = await fromVN({ ...record, meta: { ...record.meta, revision: 2, status: 'AMENDED', handlingCode: 'H2' } });
    await attack('CN', [h2]);

    expect(await victim()).toEqual(before);
    const [letter] = await lettersFor('CN', [h2]);
    expect(letter!.reason).toBe('agreement-handling-code-too-high');
    expectNoContentKept([letter!]);
    expect(await view('CN', 'PolicyChange').findOne({ _id: recordKey('VN', vnPolicy) })).toMatchObject({ revision: 2, record: null, tombstone: { reason: 'NO_LONGER_SHARED' } });
  });
});

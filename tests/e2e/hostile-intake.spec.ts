// VN plays a partner that is hostile or broken, with its own broker login and its genuine signing
// key, and writes to every inbox topic of LA and to LA's receipts topic what such a partner can:
// junk bytes; header names a document key cannot hold; unknown, non-Avro and out-of-range schema
// ids; a body whose declared array count would keep a decoder busy for a minute; records its key
// signs with dates of 9e15 ms and before year 1, NUL and `$` map keys, a 1 MB string and a
// 100,000-element array; receipts with made-up ids and a flood of ACTIONED receipts. Afterwards LA's
// own new records and VN's honest ones reach LA's view within 2 s, every read answers 200, each
// hostile message is a dead letter with its reason, and what LA stores stayed within its bounds.
import { requestBody } from '@bex/api';
import { botenClosure, botenSeizure, dakTaOocSeizure, gateLocation, makeSample, truckAlert } from '@bex/schemas';
import { inboxTopic, inboxTopics, loadAgreements, receiptTopic, recordKey, redactFor, type AuthorityCode, type Receipt, type RecordTypeName, type ShareableRecord } from '@bex/shared';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { mintDevToken } from '../../scripts/dev-identity';
import { Forge, framedWith, registerNonAvroSchema, type WireMessage } from '../../scripts/hostile/forge';
import { callJson, eventually, stackEnv, startTestExchange, type TestExchange } from '../harness';
import { kafkaOfAuthority } from '../harness/kafka-access';

const PER_SOURCE_HOUR = 80;
const ACTION_CAP = 50;
const ACTION_FLOOD = 400;
const FLOOD = 300;

let ex: TestExchange;
let forge: Forge;
let laAlert: string;
const plate = '29H-777.01';
const node = (a: string) => ex.nodes[a]!;
const la = () => node('LA').connection;
const sha256 = (b: Buffer | null) => createHash('sha256').update(b ?? Buffer.alloc(0)).digest('hex');
const day = 24 * 60 * 60 * 1000;

type Sent = WireMessage & { topic: string; expect: RegExp };

/** What VN's own broker principal can write: LA's inboxes and LA's receipts topic. */
async function sendAsVN(messages: Array<WireMessage & { topic: string }>): Promise<void> {
  const producer = kafkaOfAuthority('VN', 'vn-hostile').producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const topic of new Set(messages.map((m) => m.topic))) {
      const ofTopic = messages.filter((m) => m.topic === topic);
      // One at a time where large, so no request exceeds what the broker takes.
      for (const m of ofTopic) await producer.send({ topic, acks: -1, messages: [{ key: m.key, value: m.value, headers: m.headers }] });
    }
  } finally {
    await producer.disconnect();
  }
}

const drained = (authority: string) => eventually(async () => ((await node(authority).projector!.lag()) === 0 ? true : undefined), 60_000, 100);

async function submit(authority: AuthorityCode, path: string, body: unknown): Promise<string> {
  const answer = await callJson(node(authority).apiUrl!, 'POST', path, body, ex.token(authority));
  expect(answer.status).toBe(202);
  return (answer.body as { recordId: string }).recordId;
}

const agreements = loadAgreements(join(__dirname, '../../deploy/agreements'));

/** A VN record as VN's relay would share it with LA (redacted per the agreement), then changed by `over`. */
const vnRecord = <T extends RecordTypeName>(type: T, base: object, over: Record<string, unknown> = {}) => {
  const sample = makeSample(type, { source: 'VN', recipient: 'LA', recordId: randomUUID(), base: base as never });
  const shared = redactFor(sample as unknown as ShareableRecord, agreements.find((a) => a.source === 'VN' && a.recipient === 'LA'), new Date());
  if (!shared.shared) throw new Error(`the test's own record is not shareable: ${shared.detail}`);
  return { ...shared.record, ...over };
};

const liveAlert = { ...truckAlert, vehicle: { ...truckAlert.vehicle, plate }, targetGates: ['LA-DTO'], validFrom: Date.now() - day, validUntil: Date.now() + 30 * day };

beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN'], { env: { LA: { BEX_DEAD_LETTERS_PER_SOURCE_HOUR: String(PER_SOURCE_HOUR), BEX_ACTIONED_RECEIPTS_PER_RECORD: String(ACTION_CAP) } } });
  forge = new Forge(stackEnv().registryUrl);
  // An honest VN alert on the plate the hostile one will name, and an LA alert VN holds (receipts are about it).
  const vnAlert = await submit('VN', '/v1/vehicle-alerts', requestBody('VehicleRiskAlert', liveAlert));
  laAlert = await submit('LA', '/v1/vehicle-alerts', requestBody('VehicleRiskAlert', { ...liveAlert, vehicle: { ...liveAlert.vehicle, plate: '29H-777.02' } }));
  await eventually(async () => (await node('LA').views.collection('VehicleRiskAlert').findOne({ _id: recordKey('VN', vnAlert) })) ?? undefined, 20_000);
  await eventually(async () => (await node('VN').views.collection('VehicleRiskAlert').findOne({ _id: recordKey('LA', laAlert) })) ?? undefined, 20_000);
  // The LA relay marks the revision sent and records VN as its holder: a receipt about it is believable.
  await eventually(async () => ((await node('LA').outbox.revisionsOf([laAlert])).some((r) => r.state === 'sent') ? true : undefined), 20_000);
});
afterAll(async () => ex?.stop());

/** Every hostile message of the first wave, with the reason its dead letter must give. */
async function firstWave(): Promise<Sent[]> {
  const nonAvro = await registerNonAvroSchema(stackEnv().registryUrl, `hostile-${randomUUID()}`);
  const junkHeaders = { 'a\u0000b': 'x', $where: 'y', 'a.b': Buffer.from([0xff, 0xfe, 0x00]), ['h'.repeat(5000)]: 'v'.repeat(100_000) };
  const sent: Sent[] = [];
  for (const type of ['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const) {
    const topic = inboxTopic('LA', type, ex.prefix);
    const tag = Buffer.from(`${type}:${randomUUID()}`);
    sent.push(
      { topic, key: null, value: Buffer.concat([Buffer.from('junk '), tag]), headers: {}, expect: /^decode-wire-bad-magic$/ },
      { topic, key: Buffer.from('\u0000$.'), value: Buffer.concat([Buffer.from('odd headers '), tag]), headers: junkHeaders, expect: /^decode-wire-bad-magic$/ },
      { topic, key: null, value: framedWith(2_000_000_000, tag), headers: {}, expect: /^decode-registry-/ },
      { topic, key: null, value: framedWith(0xffffffff, tag), headers: {}, expect: /^decode-registry-/ },
      { topic, key: null, value: framedWith(nonAvro, tag), headers: {}, expect: /^decode-registry-not-avro$/ },
      { topic, key: null, value: Buffer.from([0, 0, 0]), headers: {}, expect: /^decode-wire-too-short$/ },
    );
  }
  const signed = async (topic: RecordTypeName, record: object, expectReason = /^invalid-record$/) => ({ ...(await forge.signed('VN', record)), topic: inboxTopic('LA', topic, ex.prefix), expect: expectReason });
  const seizureAt = gateLocation('VN-NGI');
  sent.push(
    await signed('VehicleRiskAlert', vnRecord('VehicleRiskAlert', liveAlert, { validUntil: 9e15 })),
    await signed('VehicleRiskAlert', vnRecord('VehicleRiskAlert', liveAlert, { targetGates: Array.from({ length: 100_000 }, () => 'LA-DTO') })),
    await signed('SeizureCase', vnRecord('SeizureCase', { ...dakTaOocSeizure, location: seizureAt }, { seizedAt: -9e15 })),
    await signed('SeizureCase', vnRecord('SeizureCase', { ...dakTaOocSeizure, location: seizureAt }, { caseReference: 'x'.repeat(1_000_000) })),
    await signed('PolicyChange', vnRecord('PolicyChange', { ...botenClosure, affectedGates: ['VN-NGI'] }, { title: { '\u0000': 'a', $gt: 'b', 'a.b': 'c' } })),
    { ...(await forge.arrayBomb('VN', vnRecord('SeizureCase', { ...dakTaOocSeizure, location: seizureAt }), 100_000_000)), topic: inboxTopic('LA', 'SeizureCase', ex.prefix), expect: /^decode-avro-bad-body$/ },
  );
  const receipts = receiptTopic('LA', ex.prefix);
  const about: Receipt = { recordSource: 'LA', recordId: laAlert, recordType: 'VehicleRiskAlert', revision: 1, from: 'VN', kind: 'ACTIONED', at: Date.now(), actionRecordId: randomUUID(), actionRecordType: 'AlertHit' };
  sent.push(
    { topic: receipts, key: null, value: Buffer.from(`junk receipt ${randomUUID()}`), headers: junkHeaders, expect: /^decode-wire-bad-magic$/ },
    { topic: receipts, key: null, value: framedWith(2_000_000_001), headers: {}, expect: /^decode-registry-/ },
    { ...(await forge.receipt('VN', { ...about, actionRecordId: 'x'.repeat(1_000_000) })), topic: receipts, expect: /^receipt-invalid$/ },
    { ...(await forge.receipt('VN', { ...about, actionRecordId: randomUUID(), at: 9e15 })), topic: receipts, expect: /^receipt-invalid$/ },
  );
  return sent;
}

describe('a partner with its own broker login and a genuine key cannot stop, flood or mislead LA\'s intake', () => {
  let wave: Sent[];
  let honest: { la: string; vn: string };

  beforeAll(async () => {
    wave = await firstWave();
    const actioned = await Promise.all(
      Array.from({ length: ACTION_FLOOD }, () =>
        forge.receipt('VN', { recordSource: 'LA', recordId: laAlert, recordType: 'VehicleRiskAlert', revision: 1, from: 'VN', kind: 'ACTIONED', at: Date.now(), actionRecordId: randomUUID(), actionRecordType: 'AlertHit' }),
      ),
    );
    // Junk that claims to come from VN, beyond the hourly budget of whole dead letters.
    const flood = Array.from({ length: FLOOD }, (_, i) => ({ topic: inboxTopics('LA', ex.prefix)[i % 4]!, key: null, value: Buffer.from(`flood ${i} ${randomUUID()}`), headers: { 'bex-source': 'VN' } }));
    // The flood after the first wave is in: the budget keeps the first letters whole, whichever they are.
    await sendAsVN([...wave, ...actioned.map((m) => ({ ...m, topic: receiptTopic('LA', ex.prefix) }))]);
    await drained('LA');
    await sendAsVN(flood);
    await drained('LA');
    // LA's own new record and VN's honest one after the attack: each in LA's view within 2 s of its 202.
    const [laId, vnId] = await Promise.all([
      submit('LA', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure)),
      submit('VN', '/v1/seizure-cases', requestBody('SeizureCase', { ...dakTaOocSeizure, location: gateLocation('VN-NGI') })),
    ]);
    honest = { la: laId, vn: vnId };
  }, 240_000);

  it('LA\'s own record and VN\'s honest one reach LA\'s view within 2 s', async () => {
    await eventually(async () => (await node('LA').views.collection('SeizureCase').findOne({ _id: recordKey('LA', honest.la) })) ?? undefined, 2000, 20);
    await eventually(async () => (await node('LA').views.collection('SeizureCase').findOne({ _id: recordKey('VN', honest.vn) })) ?? undefined, 2000, 20);
  });

  it('each hostile message of the first wave is a dead letter with its reason', async () => {
    const letters = await la().collection('dead_letters').find({}).toArray();
    for (const m of wave) {
      const letter = letters.find((l) => l.topic === m.topic && l.valueSha256 === sha256(m.value));
      expect({ topic: m.topic, reason: letter?.reason }).toEqual({ topic: m.topic, reason: expect.stringMatching(m.expect) });
    }
    // Header names a document key cannot hold are kept, encoded and bounded.
    const odd = letters.find((l) => l.headers?.['a%00b'] === 'x')!;
    expect(odd.headers).toMatchObject({ 'a%00b': 'x', '%24where': 'y', 'a%2Eb': expect.any(String) });
    expect(odd.headersCut).toBe(2);
    expect(JSON.stringify(letters)).not.toContain('Nguyen');
  });

  it('every list and lookup of LA answers 200, the plate the hostile alert named included', async () => {
    const officer = ex.token('LA');
    const analyst = ex.token('LA', ['analyst']);
    const admin = ex.token('LA', ['admin']);
    const branch = mintDevToken({ authority: 'LA', roles: ['border-branch'], gate: 'LA-DTO', personalData: true });
    const reads: Array<[string, string]> = [
      [officer, `/v1/plates/${encodeURIComponent(plate)}`],
      [branch, `/v1/plates/${encodeURIComponent(plate)}`],
      [branch, '/v1/alerts'],
      [officer, '/v1/alerts?gate=LA-DTO'],
      [officer, '/v1/seizure-cases'],
      [officer, '/v1/alert-hits/mine'],
      [officer, '/v1/policy-changes/in-force?gate=LA-DTO'],
      [officer, '/v1/crossings'],
      [officer, `/v1/records/${laAlert}/receipts`],
      [officer, '/v1/receipts/unviewed-urgent-alerts'],
      [analyst, '/v1/analytics/seizures?groupBy=month&from=2026-01-01T00:00:00Z'],
      [analyst, '/v1/analytics/seizures.csv?groupBy=gate&from=2026-01-01T00:00:00Z'],
      [branch, '/v1/matches'],
      [admin, '/v1/dead-letters'],
      [admin, '/v1/audit'],
    ];
    for (const [token, path] of reads) {
      const answer = await fetch(`${node('LA').apiUrl!}${path}`, { headers: { authorization: `Bearer ${token}` } });
      await answer.arrayBuffer();
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    }
    const lookup = await callJson(node('LA').apiUrl!, 'GET', `/v1/plates/${encodeURIComponent(plate)}`, undefined, officer);
    expect(JSON.stringify(lookup.body)).toContain(plate);
  });

  it('LA reads the receipts of its alert page by page, with what VN sent beyond the cap counted', async () => {
    const actions: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await callJson(node('LA').apiUrl!, 'GET', `/v1/records/${laAlert}/receipts?limit=20${cursor === null ? '' : `&cursor=${cursor}`}`, undefined, ex.token('LA'));
      expect(answer.status).toBe(200);
      const body = answer.body as { partners: Array<{ partner: string; actioned: Array<{ recordId: string }> }>; nextCursor: string | null; actionsBeyondCap: unknown };
      const vn = body.partners.find((p) => p.partner === 'VN')!;
      expect(vn.actioned.length).toBeLessThanOrEqual(20);
      actions.push(...vn.actioned.map((a) => a.recordId));
      expect(body.actionsBeyondCap).toEqual([{ partner: 'VN', count: ACTION_FLOOD - ACTION_CAP }]);
      cursor = body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(new Set(actions).size).toBe(ACTION_CAP);
    expect(pages).toBe(Math.ceil(ACTION_CAP / 20));
  });

  it('what LA stores stayed within its bounds: whole dead letters per source and hour, counts beyond, ACTIONED receipts per record', async () => {
    const letters = la().collection('dead_letters');
    const whole = await letters.countDocuments({});
    const counted = (await la().collection('dead_letter_counts').find({}).toArray()).reduce((sum, c) => sum + (c.count as number), 0);
    const receiptsRefused = wave.filter((m) => m.topic === receiptTopic('LA', ex.prefix)).length;
    expect(whole + counted).toBe(wave.length + FLOOD);
    // Two budgets (VN and unattributed), and an hour may turn during the test.
    for (const source of ['VN', 'unattributed']) expect(await letters.countDocuments({ claimedSource: source })).toBeLessThanOrEqual(2 * PER_SOURCE_HOUR);
    expect(counted).toBeGreaterThan(0);
    // An admin sees the counts beside the whole letters.
    const listed = await callJson(node('LA').apiUrl!, 'GET', '/v1/dead-letters?limit=1', undefined, ex.token('LA', ['admin']));
    expect((listed.body as { countedBeyondBudget: Array<{ count: number }> }).countedBeyondBudget.reduce((sum, c) => sum + c.count, 0)).toBe(counted);
    for (const l of await letters.find({ value: { $ne: null } }).toArray()) expect((l.value as { buffer: Buffer }).buffer.length).toBeLessThanOrEqual(64 * 1024);
    // Nothing hostile entered the view: VN's records there are its honest alert and seizure only.
    const vnInView = (await Promise.all((['SeizureCase', 'VehicleRiskAlert', 'AlertHit', 'PolicyChange'] as const).map((t) => node('LA').views.collection(t).countDocuments({ source: 'VN' })))).reduce((a, b) => a + b, 0);
    expect(vnInView).toBe(2);
    // ACTIONED receipts: the cap kept, the rest counted.
    expect(await la().collection('record_receipts').countDocuments({ recordId: laAlert, from: 'VN', kind: 'ACTIONED' })).toBe(ACTION_CAP);
    expect(await la().collection('record_receipts_beyond_cap').findOne({ recordId: laAlert, from: 'VN' })).toMatchObject({ count: ACTION_FLOOD - ACTION_CAP });
    expect(receiptsRefused).toBeGreaterThan(0);
    // One audit entry per refused signature position, however often the batch was read.
    const audits = await la().collection('audit').find({ kind: 'signature-failure' }).toArray();
    expect(new Set(audits.map((a) => `${a.topic}:${a.offset}`)).size).toBe(audits.length);
  });
});

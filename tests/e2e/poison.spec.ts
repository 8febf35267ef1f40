// Poison records in VN's inbox go to dead letters, each with its own reason and the original bytes,
// and good records behind them in the same partition still arrive.
import { requestBody } from '@bex/api';
import { avroType, botenSeizure, makeSample } from '@bex/schemas';
import { AvroSerde, RegistryClient, devPrivateKey, inboxTopic, loadAgreements, redactFor, signRecord, DEV_SIGNING_KEY_IDS, type AuthorityCode } from '@bex/shared';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { callJson, eventually, produceRaw, stackEnv, startTestExchange, type RawMessage, type TestExchange } from '../harness';

const agreements = loadAgreements(join(__dirname, '../../deploy/agreements'));
let ex: TestExchange;
beforeAll(async () => {
  ex = await startTestExchange(['LA', 'VN']);
});
afterAll(async () => ex?.stop());

/** A correctly encoded SeizureCase from `source` addressed to `recipient`, signed for `signedFor`. */
async function signedSeizure(source: AuthorityCode, recipient: AuthorityCode, signedFor: AuthorityCode, recordId = randomUUID()): Promise<RawMessage> {
  const sample = makeSample('SeizureCase', { source, recipient, recordId, revision: 1, base: botenSeizure });
  // Redacted as the agreement says where there is one: the receiver checks that too.
  const agreement = agreements.find((a) => a.source === source && a.recipient === recipient);
  const shared = agreement ? redactFor(sample, agreement, new Date()) : undefined;
  const record = shared?.shared ? shared.record : sample;
  const writer = await new AvroSerde(new RegistryClient({ baseUrl: stackEnv().registryUrl })).writer(avroType('SeizureCase'));
  const value = writer.encode(record);
  const keyId = DEV_SIGNING_KEY_IDS[source];
  const { headers } = signRecord({ source, recipient: signedFor, recordId, revision: 1, value }, devPrivateKey(source, keyId), keyId);
  return { key: Buffer.from(recordId), value, headers: { ...headers } };
}

it('refuses garbage, a bad signature, a copy signed for another inbox and a source without agreement; good records flow on', async () => {
  const vnSeizures = inboxTopic('VN', 'SeizureCase', ex.prefix);
  const sharedKey = Buffer.from(randomUUID());

  const garbage: RawMessage = { key: sharedKey, value: Buffer.from('this is not a BEX record'), headers: {} };
  const tampered = await signedSeizure('LA', 'VN', 'VN');
  const signature = Buffer.from(String(tampered.headers['bex-signature']), 'base64');
  signature[10] = signature[10]! ^ 0xff;
  tampered.headers['bex-signature'] = signature.toString('base64');
  const forCN = await signedSeizure('LA', 'VN', 'CN');
  const fromTH = await signedSeizure('TH', 'VN', 'VN');
  // A good record with the same key as the garbage: same partition, right behind it.
  const good = await signedSeizure('LA', 'VN', 'VN', sharedKey.toString() as ReturnType<typeof randomUUID>);

  await produceRaw(vnSeizures, [garbage, tampered, forCN, fromTH, good]);

  const vn = ex.nodes.VN!;
  await eventually(async () => ((await vn.views.collection('SeizureCase').findOne({ recordId: sharedKey.toString() })) ? true : undefined), 20_000);
  const letters = await eventually(async () => {
    const found = await vn.connection.collection('dead_letters').find({ topic: vnSeizures }).toArray();
    return found.length >= 4 ? found : undefined;
  }, 20_000);
  expect(letters.map((l) => l.reason).sort()).toEqual(
    ['agreement-no-agreement', 'decode-wire-bad-magic', 'signature-bad-signature', 'signature-wrong-recipient'].sort(),
  );
  const garbageLetter = letters.find((l) => l.reason === 'decode-wire-bad-magic')!;
  expect(Buffer.from(garbageLetter.value.buffer).toString()).toBe('this is not a BEX record');
  expect(letters.find((l) => l.reason === 'signature-bad-signature')!.headers['bex-signature']).toBe(tampered.headers['bex-signature']);
  // A forged signature is also an audit event.
  expect(await vn.connection.collection('audit').countDocuments({ kind: 'signature-failure' })).toBe(2);

  // And the normal path still works after the poison.
  const { body } = await callJson(ex.nodes.LA!.apiUrl!, 'POST', '/v1/seizure-cases', requestBody('SeizureCase', botenSeizure), ex.token('LA'));
  await eventually(async () => (await vn.views.collection('SeizureCase').findOne({ recordId: body.recordId as string })) ?? undefined, 20_000);
  expect(await vn.views.collection('SeizureCase').countDocuments({ recordId: { $in: [tampered, forCN, fromTH].map((m) => m.key!.toString()) } })).toBe(0);
});

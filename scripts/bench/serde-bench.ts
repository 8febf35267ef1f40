// Benchmark: a typical SeizureCase encoded (Avro, Confluent frame) and signed (Ed25519), then
// verified and decoded, on one core; baseline in the same run: JSON.stringify / JSON.parse of the
// same record. Usage: npx tsx scripts/bench/serde-bench.ts [iterations]
import { avroType, botenSeizure } from '@bex/schemas';
import { createTrustStore, devPrivateKey, devPublicKey, frame, signRecord, unframe, verifyRecord } from '@bex/shared';
import { measure } from './measure';

const iterations = Number(process.argv[2] ?? 20_000);
const type = avroType('SeizureCase');
const record = botenSeizure;
const keyId = 'la-2026-02';
const privateKey = devPrivateKey('LA', keyId);
const trustStore = createTrustStore([{ authority: 'LA', key: { keyId, publicKey: devPublicKey('LA', keyId) } }]);
const signedAt = new Date();
const { recordId, revision } = record.meta;

const encodeAndSign = (): { value: Buffer; headers: Record<string, string> } => {
  const value = frame(1, type.toBuffer(record));
  const { headers } = signRecord({ source: 'LA', recipient: 'LA', recordId, revision, value, signedAt }, privateKey, keyId);
  return { value, headers: { ...headers } };
};
const message = encodeAndSign();
const json = JSON.stringify(record);

const results = [
  measure('json-stringify (baseline)', iterations, () => void JSON.stringify(record)),
  measure('avro-encode+sign', iterations, () => void encodeAndSign()),
  measure('json-parse (baseline)', iterations, () => void JSON.parse(json)),
  measure('verify+avro-decode', iterations, () => {
    const verified = verifyRecord(message.value, message.headers, trustStore, { recipient: 'LA', recordId, revision, source: 'LA', receivedAt: signedAt });
    if (!verified.ok) throw new Error(verified.detail);
    type.fromBuffer(unframe(message.value).body);
  }),
  measure('avro-encode only', iterations, () => void type.toBuffer(record)),
  measure('avro-decode only', iterations, () => void type.fromBuffer(unframe(message.value).body)),
];

console.log(
  JSON.stringify(
    {
      benchmark: 'serde',
      record: { type: 'SeizureCase', jsonBytes: Buffer.byteLength(json), avroFramedBytes: message.value.length },
      node: process.version,
      results,
      ratios: {
        encodeSignVsStringify: Number((results[1]!.opsPerSec / results[0]!.opsPerSec).toFixed(3)),
        verifyDecodeVsParse: Number((results[3]!.opsPerSec / results[2]!.opsPerSec).toFixed(3)),
      },
    },
    null,
    2,
  ),
);

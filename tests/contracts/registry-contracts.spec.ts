// The contracts against the real registry: every committed version registers under its record-name
// subject at FULL_TRANSITIVE, samples round-trip with a fresh client, old and new readers read each
// other's bytes, and broken input fails with a typed error instead of a crash or a hang.
import { ALL_SAMPLES, avroType, latestVersion, loadSchema, truckAlert, versionsOf } from '@bex/schemas';
import { AvroSerde, RegistryClient, frame, isAppError } from '@bex/shared';
import { stackEnv } from '../harness';

const env = stackEnv();
const fresh = (): AvroSerde => new AvroSerde(new RegistryClient({ baseUrl: env.registryUrl }));
const errorOf = (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (err: unknown) => err);

describe('contracts on the real registry', () => {
  it('has every committed version registered in order and FULL_TRANSITIVE on each subject', async () => {
    const client = new RegistryClient({ baseUrl: env.registryUrl });
    const serde = new AvroSerde(client);
    for (const { recordName } of ALL_SAMPLES) {
      for (const version of versionsOf(recordName)) {
        const writer = await serde.writer(avroType(recordName, version));
        expect(writer.subject).toBe(`org.bex.v1.${recordName}`);
      }
      expect(await client.getCompatibility(`org.bex.v1.${recordName}`)).toBe('FULL_TRANSITIVE');
    }
  });

  it.each(ALL_SAMPLES.map((s) => [s.name, s] as const))('round-trips %s through the wire format with a fresh client', async (_n, sample) => {
    const writer = await fresh().writer(avroType(sample.recordName));
    const bytes = writer.encode(sample.value);
    const decoded = await fresh().decode(bytes, avroType(sample.recordName));
    expect(decoded.schemaId).toBe(writer.schemaId);
    expect(decoded.value).toEqual(sample.value);
  });

  it('an old reader reads new data and a new reader reads old data (VehicleRiskAlert v1 <-> v2)', async () => {
    expect(latestVersion('VehicleRiskAlert')).toBeGreaterThanOrEqual(2);
    const v1 = avroType('VehicleRiskAlert', 1);
    const v2 = avroType('VehicleRiskAlert', 2);
    const newBytes = (await fresh().writer(v2)).encode({ ...truckAlert, lastSeenAt: Date.UTC(2026, 10, 20) });
    const asOld = (await fresh().decode<Record<string, unknown>>(newBytes, v1)).value;
    expect(asOld.lastSeenAt).toBeUndefined();
    // v1 predates meta.retraction: an old reader sees the rest of meta as written.
    const { retraction: _notInV1, ...metaV1 } = truckAlert.meta as unknown as Record<string, unknown>;
    expect({ ...(asOld.meta as object) }).toEqual(metaV1);

    const { lastSeenAt: _dropped, ...v1Value } = truckAlert as unknown as Record<string, unknown>;
    const oldBytes = (await fresh().writer(v1)).encode(v1Value);
    const asNew = (await fresh().decode<Record<string, unknown>>(oldBytes, v2)).value;
    expect(asNew.lastSeenAt).toBeNull();
  });

  it('the registry refuses an incompatible version of a contract', async () => {
    const schema = loadSchema('VehicleRiskAlert') as { fields: unknown[] };
    const breaking = { ...schema, fields: [...schema.fields, { name: 'mandatoryNewField', type: 'string' }] };
    const err = await errorOf(new RegistryClient({ baseUrl: env.registryUrl }).register('org.bex.v1.VehicleRiskAlert', JSON.stringify(breaking)));
    expect(isAppError(err, 'registry-incompatible-schema')).toBe(true);
  });

  it('broken input gives typed errors: unknown schema id, truncated body, wrong magic, garbage', async () => {
    const type = avroType('SeizureCase');
    const good = (await fresh().writer(type)).encode(ALL_SAMPLES[0]!.value);
    const cases: Array<[string, Buffer, string]> = [
      ['unknown schema id', frame(987_654_321, good.subarray(5)), 'registry-unknown-schema-id'],
      ['truncated body', good.subarray(0, good.length - 40), 'avro-bad-body'],
      ['wrong magic byte', Buffer.concat([Buffer.from([7]), good.subarray(1)]), 'wire-bad-magic'],
      ['garbage', Buffer.from('not avro at all, just text'), 'wire-bad-magic'],
      ['too short', Buffer.from([0, 0]), 'wire-too-short'],
    ];
    for (const [, bytes, code] of cases) {
      const err = await errorOf(fresh().decode(bytes, type));
      expect(isAppError(err, code)).toBe(true);
      expect((err as { retriable: boolean }).retriable).toBe(false);
    }
    const unreachable = await errorOf(new AvroSerde(new RegistryClient({ baseUrl: 'http://127.0.0.1:9/apis/ccompat/v7', timeoutMs: 500 })).decode(good, type));
    expect(isAppError(unreachable, 'registry-unreachable')).toBe(true);
    expect((unreachable as { retriable: boolean }).retriable).toBe(true);
  });
});

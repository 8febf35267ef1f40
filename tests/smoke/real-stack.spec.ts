// Proves the three real parts every later test relies on, and names what it talked to.
import avro from 'avsc';
import mongoose from 'mongoose';
import { AvroSerde } from '../../services/shared/src/adapters/schema-registry/avro-serde';
import { RegistryClient } from '../../services/shared/src/adapters/schema-registry/registry-client';
import { ensureTopics } from '../../services/shared/src/adapters/kafka/kafka-client';
import { isAppError } from '../../services/shared/src/errors/app-error';
import { describeKafkaFeatures } from '../../scripts/stack/kafka';
import { kafkaAs, stackEnv, uniqueName } from '../harness';
import { testStackConfig } from '../harness/test-stack';

const env = stackEnv();

describe('the real local stack', () => {
  it('Kafka: idempotent acks=all produce and consumption in a consumer group keep per-key order', async () => {
    // As the stack's admin (SASL/SCRAM, super user): this proves the broker, not the ACLs.
    const kafka = kafkaAs(undefined, 'bex-smoke');
    const admin = kafka.admin();
    await admin.connect();
    const topic = uniqueName('bex.smoke');
    const cluster = await admin.describeCluster();
    await ensureTopics(kafka, [topic], 3);
    const features = await describeKafkaFeatures(testStackConfig());
    const metadataVersion = /Feature: metadata\.version.*?FinalizedVersionLevel: (\S+)/.exec(features)?.[1];
    console.log(`Kafka: cluster id ${cluster.clusterId}, metadata.version ${metadataVersion}, topic ${topic}`);
    expect(metadataVersion).toMatch(/^4\.3-IV\d+$/);

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const messages = Array.from({ length: 300 }, (_, i) => ({ key: `record-${i % 10}`, value: String(i) }));
    await producer.send({ topic, acks: -1, messages });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: uniqueName('bex-smoke-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen = new Map<string, number[]>();
    let count = 0;
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ message }) => {
            const key = message.key!.toString();
            seen.set(key, [...(seen.get(key) ?? []), Number(message.value!.toString())]);
            if (++count === messages.length) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();

    expect(count).toBe(300);
    for (const values of seen.values()) expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('Registry: Confluent wire format round trip with a fresh client, FULL_TRANSITIVE refuses a breaking change', async () => {
    const name = `org.bex.smoke.${uniqueName('Probe').replace(/-/g, '_')}`;
    const v1 = avro.Type.forSchema({ type: 'record', name, fields: [{ name: 'plate', type: 'string' }, { name: 'count', type: 'int' }] });
    const writerSerde = new AvroSerde(new RegistryClient({ baseUrl: env.registryUrl }));
    const writer = await writerSerde.writer<{ plate: string; count: number }>(v1);
    const bytes = writer.encode({ plate: '43C12345', count: 3 });
    expect(bytes[0]).toBe(0);
    expect(bytes.readUInt32BE(1)).toBe(writer.schemaId);

    const info = (await (await fetch(env.registryUrl.replace('/apis/ccompat/v7', '/apis/registry/v3/system/info'))).json()) as { version: string };
    console.log(`Registry: ${info.version}, subject ${writer.subject}, schema id ${writer.schemaId}`);

    const freshClient = new RegistryClient({ baseUrl: env.registryUrl });
    const decoded = await new AvroSerde(freshClient).decode(bytes, v1);
    expect(decoded).toEqual({ schemaId: writer.schemaId, value: { plate: '43C12345', count: 3 } });
    expect(await freshClient.getCompatibility(writer.subject)).toBe('FULL_TRANSITIVE');

    const breaking = { type: 'record', name, fields: [{ name: 'plate', type: 'string' }, { name: 'gate', type: 'string' }] };
    const refusal = await freshClient.register(writer.subject, JSON.stringify(breaking)).catch((err: unknown) => err);
    expect(isAppError(refusal, 'registry-incompatible-schema')).toBe(true);
  });

  it('Database: unique index, guarded bulk upsert, and an indexed query that explain shows as an index scan', async () => {
    const conn = await mongoose.createConnection(env.mongoUrl, { dbName: uniqueName('bex_smoke') }).asPromise();
    try {
      const info = await conn.db!.admin().command({ buildInfo: 1 });
      console.log(`Database: reports MongoDB ${String(info.version)}, database ${conn.name}`);
      const Alert = conn.model(
        'Alert',
        new mongoose.Schema({ _id: String, revision: Number, plateKey: String, status: String }).index({ plateKey: 1, status: 1 }),
      );
      const Reference = conn.model('Reference', new mongoose.Schema({ caseRef: { type: String, unique: true } }));
      await Promise.all([Alert.syncIndexes(), Reference.syncIndexes()]);

      await Reference.create({ caseRef: 'LA-BTN-2026-0001' });
      const duplicate = await Reference.create({ caseRef: 'LA-BTN-2026-0001' }).catch((err: { code?: number }) => err);
      expect((duplicate as { code?: number }).code).toBe(11000);

      // Revisions arrive out of order: 3, then 1 and 2 late. Only a newer revision may replace.
      const upsert = (revision: number) => ({
        updateOne: {
          filter: { _id: 'alert-1', revision: { $lt: revision } },
          update: { $set: { revision, plateKey: '43C12345', status: revision === 3 ? 'AMENDED' : 'ACTIVE' } },
          upsert: true,
        },
      });
      await Alert.bulkWrite([upsert(3)], { ordered: false });
      const stale = await Alert.bulkWrite([upsert(1), upsert(2)], { ordered: false }).catch((err: { code?: number }) => err);
      // A guarded upsert that loses hits the _id index: "already newer", not a failure.
      expect((stale as { code?: number }).code).toBe(11000);
      expect(await Alert.findById('alert-1').lean()).toMatchObject({ revision: 3, status: 'AMENDED' });

      const plan = JSON.stringify(await Alert.find({ plateKey: '43C12345', status: 'AMENDED' }).explain());
      expect(plan).toContain('IXSCAN');
      expect(plan).not.toContain('COLLSCAN');
    } finally {
      await conn.dropDatabase();
      await conn.close();
    }
  });
});

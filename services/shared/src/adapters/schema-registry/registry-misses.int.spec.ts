// What a partner can make the projector ask the real registry: an id it does not know, a schema
// that is not Avro, an id the registry cannot answer for. Each is a refusal that is not retried and
// is remembered for a while, so a flood of such ids is not a flood of registry requests. Requests
// are counted on their way to the real registry, not answered by the test.
import avro from 'avsc';
import { randomUUID } from 'node:crypto';
import { frame } from '../../domain/wire/confluent-frame';
import { isAppError } from '../../errors/app-error';
import { AvroSerde } from './avro-serde';
import { RegistryClient } from './registry-client';

const registryUrl = (): string => process.env.BEX_REGISTRY_URL!;
const reader = avro.Type.forSchema({ type: 'record', name: 'Probe', namespace: 'org.bex.test', fields: [{ name: 'x', type: 'string' }] });

async function refusal(p: Promise<unknown>): Promise<{ code: string; retriable: boolean }> {
  try {
    await p;
  } catch (err) {
    if (isAppError(err)) return { code: err.code, retriable: err.retriable };
    throw err;
  }
  throw new Error('expected a refusal');
}

let requests: string[];
let fetchSpy: jest.SpyInstance;
beforeEach(() => {
  requests = [];
  const real = globalThis.fetch;
  fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    requests.push(String(input));
    return real(input, init);
  });
});
afterEach(() => fetchSpy.mockRestore());

describe('schema ids a partner names that the registry cannot serve', () => {
  it('an unknown id is refused once from the registry, then from memory until the miss ages out', async () => {
    let now = 1_000_000;
    const serde = new AvroSerde(new RegistryClient({ baseUrl: registryUrl(), missTtlMs: 30_000, now: () => now }));
    const unknown = frame(2_000_000_000 + Math.floor(Math.random() * 1000), Buffer.from([0]));
    for (let i = 0; i < 5; i++) expect(await refusal(serde.decode(unknown, reader))).toEqual({ code: 'registry-unknown-schema-id', retriable: false });
    expect(requests.filter((r) => r.includes('/schemas/ids/'))).toHaveLength(1);
    now += 30_001;
    await refusal(serde.decode(unknown, reader));
    expect(requests.filter((r) => r.includes('/schemas/ids/'))).toHaveLength(2);
  });

  it('a JSON Schema registered under a subject of its own is refused as not Avro', async () => {
    const res = await fetch(`${registryUrl()}/subjects/${encodeURIComponent(`not-avro-${randomUUID()}`)}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
      body: JSON.stringify({ schemaType: 'JSON', schema: JSON.stringify({ type: 'object', properties: { x: { type: 'string' } } }) }),
    });
    const answer = await res.text();
    expect({ status: res.status, answer }).toEqual({ status: 200, answer: expect.stringMatching(/"id"/) });
    const { id } = JSON.parse(answer) as { id: number };
    const serde = new AvroSerde(new RegistryClient({ baseUrl: registryUrl() }));
    expect(await refusal(serde.decode(frame(id, Buffer.from([0])), reader))).toEqual({ code: 'registry-not-avro', retriable: false });
  });

  it('the largest id a frame can name is a refusal, not a retry', async () => {
    const serde = new AvroSerde(new RegistryClient({ baseUrl: registryUrl() }));
    const answer = await refusal(serde.decode(frame(0xffffffff, Buffer.from([0])), reader));
    expect(answer.retriable).toBe(false);
    expect(answer.code).toMatch(/^registry-/);
  });

  it('a registry that does not answer is retriable: intake waits instead of dead-lettering', async () => {
    const serde = new AvroSerde(new RegistryClient({ baseUrl: 'http://127.0.0.1:9/apis/ccompat/v7', timeoutMs: 500 }));
    expect(await refusal(serde.decode(frame(1, Buffer.from([0])), reader))).toEqual({ code: 'registry-unreachable', retriable: true });
  });
});

import { randomUUID } from 'node:crypto';
import { truckAlert } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import { requestBody as sampleBody } from '../../domain/request-body';
import { call, startTestApi, type TestApi } from './test-api.test-helper';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('VN');
});
afterAll(async () => api.close());

const alertBody = () => sampleBody('VehicleRiskAlert', truckAlert);
const PROBLEM = /^application\/problem\+json/;

describe('refusals, as problem+json', () => {
  it('400 names every failing field of an invalid record', async () => {
    const body = alertBody();
    const bad = { ...body, meta: { ...(body.meta as object), revision: 3, handlingCode: 'H7' }, priority: 'SOON', validUntil: '31/03/2026', targetGates: null, wheels: 6 };
    const answer = await call(api, 'POST', '/v1/vehicle-alerts', bad);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({
      type: 'https://bex.example/problems/validation',
      title: 'Invalid record',
      status: 400,
      instance: '/v1/vehicle-alerts',
      requestId: answer.headers.get('x-request-id'),
    });
    const paths = (answer.body.errors as Array<{ path: string; message: string }>).map((e) => e.path).sort();
    expect(paths).toEqual(['meta.handlingCode', 'meta.revision', 'priority', 'targetGates', 'validUntil', 'wheels']);
    expect(await api.outbox.model.countDocuments()).toBe(0);
  });

  it('400 names each value past its bound by path and bound, never echoing the value', async () => {
    const body = alertBody();
    const marker = 'OVERSIZE';
    const bad = {
      ...body,
      validUntil: '2201-01-01T00:00:00Z',
      vehicle: { ...(body.vehicle as object), plate: marker.repeat(6), trailerPlate: `43C\u0000${marker}` },
      targetGates: Array(51).fill('LA-DTO'),
      justification: { en: marker.repeat(600), [`${marker}.key`]: 'x' },
    };
    const answer = await call(api, 'POST', '/v1/vehicle-alerts', bad);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM);
    expect(answer.body.type).toBe('https://bex.example/problems/validation');
    expect(answer.body.errors).toEqual([
      { path: 'validUntil', message: 'must be an ISO-8601 date-time with a time zone, in the years 1900 to 2200 (e.g. 2026-03-01T08:30:00Z)' },
      { path: 'vehicle.plate', message: 'must be at most 40 characters long' },
      { path: 'vehicle.trailerPlate', message: 'must not contain the NUL character' },
      { path: 'targetGates', message: 'must hold at most 50 items' },
      { path: 'justification.en', message: 'must be at most 4000 characters long' },
      { path: 'justification', message: 'has a key containing a dot' },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain(marker);
    expect(await api.outbox.model.countDocuments()).toBe(0);
  });

  it('400 for malformed JSON, 415 for another content type, 413 above 1 MB', async () => {
    const malformed = await call(api, 'POST', '/v1/vehicle-alerts', '{"meta": {');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(PROBLEM);
    expect(malformed.body).toMatchObject({ type: 'https://bex.example/problems/malformed-json', title: 'Malformed JSON' });

    const text = await call(api, 'POST', '/v1/vehicle-alerts', 'plate=43C', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.headers.get('content-type')).toMatch(PROBLEM);

    const huge = await call(api, 'POST', '/v1/vehicle-alerts', { ...alertBody(), padding: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(PROBLEM);
  });

  it('404 for an unknown route and for an unknown record', async () => {
    const route = await call(api, 'GET', '/v1/nothing-here');
    expect(route.status).toBe(404);
    expect(route.headers.get('content-type')).toMatch(PROBLEM);
    const record = await call(api, 'PUT', `/v1/vehicle-alerts/${randomUUID()}`, alertBody());
    expect(record).toMatchObject({ status: 404, body: { title: 'Record not found', status: 404 } });
    expect((await call(api, 'POST', `/v1/seizure-cases/${randomUUID()}/withdraw`)).status).toBe(404);
  });

  it('409 for an action the status does not allow, and for anything on a withdrawn record', async () => {
    const id = (await call(api, 'POST', '/v1/vehicle-alerts', alertBody())).body.recordId as string;
    const reinstate = await call(api, 'POST', `/v1/vehicle-alerts/${id}/reinstate`);
    expect(reinstate.status).toBe(409);
    expect(reinstate.body.detail).toBe('a VehicleRiskAlert in status ACTIVE cannot be reinstated');
    expect((await call(api, 'POST', `/v1/vehicle-alerts/${id}/withdraw`)).status).toBe(202);
    expect((await call(api, 'PUT', `/v1/vehicle-alerts/${id}`, alertBody())).status).toBe(409);
    expect((await call(api, 'POST', `/v1/vehicle-alerts/${id}/suspend`)).status).toBe(409);
  });

  it('403 when the record belongs to another authority', async () => {
    const foreign = { ...truckAlert, meta: { ...truckAlert.meta, recordId: randomUUID(), source: 'LA', recipient: 'LA' } } as unknown as AnyRecord;
    await api.outbox.append(foreign, new Date());
    const answer = await call(api, 'POST', `/v1/vehicle-alerts/${foreign.meta.recordId}/suspend`);
    expect(answer).toMatchObject({ status: 403, body: { type: 'https://bex.example/problems/not-record-owner' } });
  });
});

describe('request ids and logs', () => {
  it('echoes a sane incoming request id and logs it with method, path, status and duration, never the body', async () => {
    const answer = await call(api, 'POST', '/v1/vehicle-alerts', alertBody(), { 'x-request-id': 'gate-LA-DTO-0042' });
    expect(answer.headers.get('x-request-id')).toBe('gate-LA-DTO-0042');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = api.logs.filter((l) => l.requestId === 'gate-LA-DTO-0042');
    expect(lines).toContainEqual(expect.objectContaining({ method: 'POST', path: '/v1/vehicle-alerts', status: 202, durationMs: expect.any(Number) }));
    expect(JSON.stringify(api.logs)).not.toContain('43C-123.45');
  });

  it('replaces a missing or unsafe request id with a fresh one', async () => {
    const none = await call(api, 'GET', '/healthz');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await call(api, 'GET', '/healthz', undefined, { 'x-request-id': '<script>alert(1)</script>' });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health', () => {
  it('is live and ready while the database answers, and not ready once it is gone', async () => {
    expect(await call(api, 'GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect((await call(api, 'GET', '/readyz')).status).toBe(200);
    const gone = await startTestApi('VN');
    await gone.conn.dropDatabase();
    await gone.conn.close();
    const answer = await call(gone, 'GET', '/readyz');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(PROBLEM);
    await gone.close();
  });
});

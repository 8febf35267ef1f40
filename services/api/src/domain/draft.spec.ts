import { truckAlert } from '@bex/schemas';
import { draftRecord, type ServerMeta } from './draft';
import { schemaOf } from './record-kinds';
import { requestBody as sampleBody } from './request-body';

const schema = schemaOf('VehicleRiskAlert');
const server: ServerMeta = {
  recordId: '2b7f3c1e-9a4d-4e8f-b6a5-0c1d2e3f4a5b',
  revision: 1,
  source: 'VN',
  recipient: 'VN',
  recordType: 'VehicleRiskAlert',
  status: 'ACTIVE',
  issuedAt: Date.UTC(2026, 0, 5, 3),
  redactedPaths: [],
};

describe('draftRecord', () => {
  it('makes a valid record of a sample body and the server meta', () => {
    // The route fills meta.issuingOffice from the caller's token; here the body names it.
    const body = sampleBody('VehicleRiskAlert', truckAlert);
    const draft = draftRecord(schema, { ...body, meta: { ...(body.meta as object), issuingOffice: truckAlert.meta.issuingOffice } }, server);
    expect(draft).toEqual({ ok: true, record: expect.objectContaining({ vehicle: truckAlert.vehicle, validFrom: truckAlert.validFrom }) });
    if (draft.ok) expect(draft.record.meta).toEqual({ ...truckAlert.meta, ...server });
  });

  it('names every failing field at once, including meta the server owns', () => {
    const body = sampleBody('VehicleRiskAlert', truckAlert);
    const bad = {
      ...body,
      meta: { ...(body.meta as object), recordId: 'mine', revision: 7, handlingCode: 'H9' },
      priority: 'VERY',
      validFrom: 'soon',
      targetGates: 'LA-DTO',
      colour: 'blue',
    };
    const draft = draftRecord(schema, bad, server);
    expect(draft.ok).toBe(false);
    const paths = draft.ok ? [] : draft.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['meta.recordId', 'meta.revision', 'meta.handlingCode', 'priority', 'validFrom', 'targetGates', 'colour']));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('refuses a body that is no object', () => {
    expect(draftRecord(schema, [1], server)).toEqual({ ok: false, errors: [{ path: '', message: 'must be a JSON object' }] });
  });
});

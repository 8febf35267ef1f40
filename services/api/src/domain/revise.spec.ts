import { truckAlert, botenSeizure } from '@bex/schemas';
import { isAppError, type AnyRecord } from '@bex/shared';
import { schemaOf } from './record-kinds';
import { revise, type Revision } from './revise';

const now = new Date('2026-01-05T03:00:00Z');
const alert = truckAlert as unknown as AnyRecord;
const base: Revision = {
  recordId: alert.meta.recordId,
  recordType: 'VehicleRiskAlert',
  action: 'suspend',
  authority: 'VN',
  now,
  schema: schemaOf('VehicleRiskAlert'),
};

function refusal(fn: () => unknown): { code: string; httpStatus: number | undefined } {
  try {
    fn();
  } catch (err) {
    if (isAppError(err)) return { code: err.code, httpStatus: err.httpStatus };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('revise', () => {
  it('gives the next revision number, the new status and the time of issue', () => {
    const next = revise(alert, base);
    expect(next.meta).toEqual({ ...alert.meta, revision: 2, status: 'SUSPENDED', issuedAt: now.getTime() });
    expect(next.vehicle).toEqual(alert.vehicle);
  });

  it('builds an amendment from the draft, keeping the record id', () => {
    const draft = { ...alert, priority: 'ROUTINE', meta: { ...alert.meta, recordId: 'ignored', revision: 2, handlingCode: 'H1' } };
    const head = { ...alert, meta: { ...alert.meta, revision: 4, status: 'AMENDED' } };
    const next = revise(head, { ...base, action: 'amend', draft });
    expect(next.priority).toBe('ROUTINE');
    expect(next.meta).toMatchObject({ recordId: alert.meta.recordId, revision: 5, status: 'AMENDED', handlingCode: 'H1' });
  });

  it('withdraws as a tombstone', () => {
    const next = revise(alert, { ...base, action: 'withdraw' });
    expect(next.meta).toMatchObject({ revision: 2, status: 'WITHDRAWN' });
    expect(next.vehicle).toBeNull();
    expect(next.targetGates).toEqual([]);
  });

  it('refuses an unknown record, or one of another type, as not found', () => {
    expect(refusal(() => revise(undefined, base))).toEqual({ code: 'record-not-found', httpStatus: 404 });
    expect(refusal(() => revise(botenSeizure as unknown as AnyRecord, base))).toEqual({ code: 'record-not-found', httpStatus: 404 });
  });

  it('refuses a record of another source', () => {
    expect(refusal(() => revise(alert, { ...base, authority: 'LA' }))).toEqual({ code: 'not-record-owner', httpStatus: 403 });
  });

  it('refuses an action the current status does not allow', () => {
    expect(refusal(() => revise(alert, { ...base, action: 'reinstate' }))).toEqual({ code: 'illegal-transition', httpStatus: 409 });
    const withdrawn = revise(alert, { ...base, action: 'withdraw' });
    expect(refusal(() => revise(withdrawn, { ...base, action: 'withdraw' }))).toEqual({ code: 'illegal-transition', httpStatus: 409 });
  });
});

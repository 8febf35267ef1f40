import { dakTaOocHit, truckAlert } from '@bex/schemas';
import { draftRecord, type ServerMeta } from './draft';
import { schemaOf } from './record-kinds';
import { reportingAuthorityErrors } from './reporting-authority';
import { requestBody } from './request-body';

const server: ServerMeta = {
  recordId: '2b7f3c1e-9a4d-4e8f-b6a5-0c1d2e3f4a5b',
  revision: 1,
  source: 'VN',
  recipient: 'VN',
  recordType: 'AlertHit',
  status: 'ACTIVE',
  issuedAt: Date.UTC(2026, 0, 5, 3),
  redactedPaths: [],
  retraction: null,
};
const hitBody = (reportingAuthority: unknown) => ({ ...requestBody('AlertHit', dakTaOocHit), meta: { ...requestBody('AlertHit', dakTaOocHit).meta, issuingOffice: 'VN-NGI' }, reportingAuthority });

describe('reportingAuthority of a submitted hit', () => {
  it('is this authority; an absent one is left to the contract\'s own check', () => {
    expect(reportingAuthorityErrors('AlertHit', { reportingAuthority: 'VN' }, 'VN')).toEqual([]);
    expect(reportingAuthorityErrors('AlertHit', { reportingAuthority: null }, 'VN')).toEqual([]);
    expect(reportingAuthorityErrors('AlertHit', {}, 'VN')).toEqual([]);
  });

  it('refuses another authority, naming the field', () => {
    expect(reportingAuthorityErrors('AlertHit', { reportingAuthority: 'LA' }, 'VN')).toEqual([{ path: 'reportingAuthority', message: expect.stringContaining('own authority') }]);
  });

  it('does not concern other record types', () => {
    expect(reportingAuthorityErrors('VehicleRiskAlert', { ...truckAlert, reportingAuthority: 'LA' }, 'VN')).toEqual([]);
  });

  it('makes a draft of a hit in another authority\'s name fail at reportingAuthority, and one in its own pass', () => {
    expect(draftRecord(schemaOf('AlertHit'), hitBody('LA'), server)).toEqual({ ok: false, errors: [{ path: 'reportingAuthority', message: expect.any(String) }] });
    expect(draftRecord(schemaOf('AlertHit'), hitBody('VN'), server).ok).toBe(true);
    // None, or a value that is no authority at all, is named once, by the contract's own checks.
    for (const bad of [null, 'XX']) {
      const draft = draftRecord(schemaOf('AlertHit'), hitBody(bad), server);
      expect(draft.ok ? [] : draft.errors.map((e) => e.path)).toEqual(['reportingAuthority']);
    }
  });
});

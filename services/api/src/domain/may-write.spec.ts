import { botenSeizure, dakTaOocHit } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import { mayWrite } from './may-write';

const seizure = botenSeizure as unknown as AnyRecord; // issued by LA-BTN
const hit = dakTaOocHit as unknown as AnyRecord; // seen at LA-DTO, issued by LA-DTO
const moved = (r: AnyRecord, issuingOffice: string) => ({ ...r, meta: { ...r.meta, issuingOffice } }) as AnyRecord;
const atGate = (r: AnyRecord, gateCode: string) => ({ ...r, location: { ...(r.location as object), gateCode } }) as AnyRecord;

describe('mayWrite', () => {
  it('lets an officer write the records of its own office only', () => {
    expect(mayWrite({ roles: ['officer'], office: 'LA-BTN' }, [seizure])).toEqual({ ok: true });
    const refused = mayWrite({ roles: ['officer'], office: 'LA-DTO' }, [seizure]);
    expect(refused).toEqual({ ok: false, detail: expect.stringContaining('LA-BTN') });
  });

  it('does not let an officer take over another office\'s record by amending its issuing office', () => {
    expect(mayWrite({ roles: ['officer'], office: 'LA-DTO' }, [seizure, moved(seizure, 'LA-DTO')]).ok).toBe(false);
    expect(mayWrite({ roles: ['officer'], office: 'LA-BTN' }, [seizure, moved(seizure, 'LA-DTO')]).ok).toBe(false);
  });

  it('lets a border branch write hits at its own gate only, and nothing else', () => {
    expect(mayWrite({ roles: ['border-branch'], office: 'LA-DTO', gate: 'LA-DTO' }, [hit])).toEqual({ ok: true });
    expect(mayWrite({ roles: ['border-branch'], office: 'LA-BTN', gate: 'LA-BTN' }, [hit]).ok).toBe(false);
    expect(mayWrite({ roles: ['border-branch'], office: 'LA-DTO', gate: 'LA-DTO' }, [hit, atGate(hit, 'LA-BTN')]).ok).toBe(false);
    expect(mayWrite({ roles: ['border-branch'], office: 'LA-BTN', gate: 'LA-BTN' }, [seizure])).toEqual({ ok: false, detail: 'a border branch writes only alert hits' });
  });

  it('lets an admin write any record, and nobody without a writing role', () => {
    expect(mayWrite({ roles: ['admin'], office: 'LA-HQ' }, [seizure, moved(seizure, 'LA-DTO')])).toEqual({ ok: true });
    expect(mayWrite({ roles: ['analyst'], office: 'LA-HQ' }, [seizure]).ok).toBe(false);
  });

  it('takes the role that allows the write when a token has several', () => {
    expect(mayWrite({ roles: ['border-branch', 'officer'], office: 'LA-DTO', gate: 'LA-DTO' }, [moved(hit, 'LA-HQ')])).toEqual({ ok: true });
  });

  it('binds a token that carries border-branch to its gate whatever other role would allow the write', () => {
    const dto = { office: 'LA-DTO', gate: 'LA-DTO' };
    expect(mayWrite({ roles: ['border-branch', 'officer'], ...dto }, [moved(atGate(seizure, 'LA-DTO'), 'LA-DTO')])).toEqual({ ok: true });
    expect(mayWrite({ roles: ['border-branch', 'officer'], ...dto }, [moved(seizure, 'LA-DTO')])).toEqual({ ok: false, detail: 'the SeizureCase is at LA-BTN; your token is bound to gate LA-DTO' });
    expect(mayWrite({ roles: ['border-branch', 'admin'], ...dto }, [atGate(hit, 'LA-BTN')]).ok).toBe(false);
    expect(mayWrite({ roles: ['border-branch', 'admin'], ...dto }, [hit, atGate(hit, 'LA-BTN')]).ok).toBe(false);
    expect(mayWrite({ roles: ['officer'], office: 'LA-BTN', gate: 'LA-DTO' }, [seizure])).toEqual({ ok: true });
  });
});

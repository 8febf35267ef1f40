import type { Agreement } from './agreement';
import { GATE_EXTRACTORS } from './gates';
import { mayShare } from './may-share';

const AT = new Date('2026-06-15T00:00:00Z');

const laToCn: Agreement = {
  source: 'LA',
  recipient: 'CN',
  recordTypes: ['SeizureCase', 'VehicleRiskAlert', 'PolicyChange'],
  maxHandlingCode: 'H2',
  removePaths: [],
  gateScope: ['LA-BOTEN'],
  validFrom: new Date('2025-01-01T00:00:00Z'),
  validUntil: new Date('2030-01-01T00:00:00Z'),
  legalBasis: 'test',
  file: 'la-to-cn.json',
};

function meta(over: Record<string, unknown> = {}) {
  return { recordId: 'r1', revision: 1, source: 'LA', recordType: 'SeizureCase', handlingCode: 'H2', ...over };
}

describe('mayShare', () => {
  it('lets the originator share under an agreement in force', () => {
    const seizure = { meta: meta(), location: { gateCode: 'LA-BOTEN' } };
    expect(mayShare(seizure, 'LA', laToCn, AT)).toEqual({ ok: true });
  });

  it('never lets a relay pass on what it received, H2 or not', () => {
    for (const handlingCode of ['H0', 'H1', 'H2']) {
      const received = { meta: meta({ source: 'VN', recipient: 'LA', handlingCode }), location: { gateCode: 'LA-BOTEN' } };
      expect(mayShare(received, 'LA', laToCn, AT)).toMatchObject({ ok: false, reason: 'not-originator' });
    }
  });

  it('fails closed on a handling code it does not know', () => {
    const odd = { meta: meta({ handlingCode: 'H9' }), location: { gateCode: 'LA-BOTEN' } };
    expect(mayShare(odd, 'LA', laToCn, AT)).toMatchObject({
      reason: 'handling-code-too-high',
    });
  });

  it('shares an alert only when every target gate is in scope', () => {
    const alert = (targetGates: string[]) => ({ meta: meta({ recordType: 'VehicleRiskAlert' }), targetGates });
    expect(mayShare(alert(['LA-BOTEN']), 'LA', laToCn, AT)).toEqual({ ok: true });
    expect(mayShare(alert(['LA-BOTEN', 'LA-DANSAVANH']), 'LA', laToCn, AT)).toMatchObject({ reason: 'outside-gate-scope' });
    expect(mayShare(alert([]), 'LA', laToCn, AT)).toMatchObject({ reason: 'outside-gate-scope' });
  });

  it('ignores gates when the agreement has no scope', () => {
    const { gateScope: _none, ...unscoped } = laToCn;
    expect(mayShare({ meta: meta({ recordType: 'PolicyChange' }) }, 'LA', unscoped, AT)).toEqual({ ok: true });
  });

  it('reads the gate of each record type from one table', () => {
    expect(GATE_EXTRACTORS.SeizureCase({ location: { gateCode: 'G1' } })).toEqual(['G1']);
    expect(GATE_EXTRACTORS.VehicleRiskAlert({ targetGates: ['G1', 'G2'] })).toEqual(['G1', 'G2']);
    expect(GATE_EXTRACTORS.AlertHit({ location: { gateCode: 'G3' } })).toEqual(['G3']);
    expect(GATE_EXTRACTORS.PolicyChange({ affectedGates: ['G4'] })).toEqual(['G4']);
    expect(GATE_EXTRACTORS.SeizureCase({ location: null })).toEqual([]);
  });
});

import { avroType, botenSeizure } from '@bex/schemas';
import { tombstone, type Agreement, type AnyRecord, type AuthorityCode } from '@bex/shared';
import { planDeliveries, type Plan } from './plan-deliveries';

const AT = new Date('2026-06-15T00:00:00Z');
const agreement = (recipient: AuthorityCode, over: Partial<Agreement> = {}): Agreement => ({
  source: 'LA',
  recipient,
  recordTypes: ['SeizureCase'],
  maxHandlingCode: 'H2',
  removePaths: ['persons[].fullName'],
  validFrom: new Date('2025-01-01T00:00:00Z'),
  validUntil: new Date('2027-01-01T00:00:00Z'),
  legalBasis: 'test',
  file: `la-to-${recipient.toLowerCase()}.json`,
  ...over,
});
const agreements = [agreement('VN'), agreement('CN', { gateScope: ['LA-BTN'], maxHandlingCode: 'H1' })];
const schema = avroType('SeizureCase');
const seizure = (over: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): AnyRecord =>
  ({ ...botenSeizure, ...over, meta: { ...botenSeizure.meta, source: 'LA', recipient: 'LA', handlingCode: 'H1', ...meta } }) as unknown as AnyRecord;
const plan = (record: AnyRecord, heldBy: AuthorityCode[] = [], at = AT, list = agreements): Plan =>
  planDeliveries(record, { self: 'LA', partners: list.map((a) => a.recipient), agreements: list, at, heldBy: new Set(heldBy), schema });
const to = (p: Plan) => Object.fromEntries(p.deliveries.map((d) => [d.recipient, d.retraction ?? 'content']));

describe('planDeliveries', () => {
  it('sends content where the agreement allows and remembers who now holds it', () => {
    const p = plan(seizure());
    expect(to(p)).toEqual({ LA: 'content', VN: 'content', CN: 'content' });
    expect(p.nowHolding.sort()).toEqual(['CN', 'VN']);
  });

  it('sends a withdrawal to every partner that held the record, even outside the gate scope', () => {
    const stone = tombstone(schema, seizure(), { revision: 2, status: 'WITHDRAWN', retraction: 'WITHDRAWN' });
    const p = plan(stone, ['VN', 'CN']);
    expect(to(p)).toEqual({ LA: 'content', VN: 'WITHDRAWN', CN: 'WITHDRAWN' });
    const cn = p.deliveries.find((d) => d.recipient === 'CN')!.record;
    expect(cn.meta).toMatchObject({ recipient: 'CN', revision: 2, status: 'WITHDRAWN', retraction: 'WITHDRAWN', redactedPaths: [] });
    expect(p.nowHolding).toEqual([]);
  });

  it('tells a partner that never held the record nothing of its withdrawal', () => {
    const stone = tombstone(schema, seizure(), { revision: 2, status: 'WITHDRAWN', retraction: 'WITHDRAWN' });
    const p = plan(stone, ['VN']);
    expect(to(p)).toEqual({ LA: 'content', VN: 'WITHDRAWN' });
    expect(p.withheld).toEqual([expect.objectContaining({ recipient: 'CN', reason: 'never-held' })]);
  });

  it.each([
    ['an amendment to H3', seizure({}, { revision: 2, handlingCode: 'H3' }), ['VN', 'CN'], { VN: 'NO_LONGER_SHARED', CN: 'NO_LONGER_SHARED' }],
    ['an amendment to H2 (above CN\'s H1)', seizure({}, { revision: 2, handlingCode: 'H2' }), ['VN', 'CN'], { VN: 'content', CN: 'NO_LONGER_SHARED' }],
    ['an amendment out of CN\'s gate scope', seizure({ location: { ...botenSeizure.location!, gateCode: 'LA-DTO' } }, { revision: 2 }), ['VN', 'CN'], { VN: 'content', CN: 'NO_LONGER_SHARED' }],
  ])('retracts %s from the partners that held it', (_what, record, heldBy, expected) => {
    const p = plan(record, heldBy as AuthorityCode[]);
    expect(to(p)).toEqual({ LA: 'content', ...expected });
    for (const d of p.deliveries.filter((x) => x.retraction)) {
      expect(d.record.meta).toMatchObject({ status: 'WITHDRAWN', retraction: 'NO_LONGER_SHARED', revision: 2 });
      expect(JSON.stringify(d.record)).not.toContain('Boten');
    }
  });

  it('retracts from a partner whose agreement lapsed or was revoked', () => {
    const after = new Date('2027-06-01T00:00:00Z');
    expect(to(plan(seizure({}, { revision: 2 }), ['VN', 'CN'], after))).toEqual({ LA: 'content', VN: 'NO_LONGER_SHARED', CN: 'NO_LONGER_SHARED' });
    const revoked = [agreement('VN')];
    const stone = tombstone(schema, seizure(), { revision: 3, status: 'WITHDRAWN', retraction: 'WITHDRAWN' });
    expect(to(plan(stone, ['VN', 'CN'], AT, revoked))).toEqual({ LA: 'content', VN: 'WITHDRAWN', CN: 'WITHDRAWN' });
  });

  it('never passes on what it received from a partner, held or not', () => {
    const received = seizure({}, { source: 'VN' });
    expect(plan(received, ['CN']).deliveries).toEqual([]);
  });
});

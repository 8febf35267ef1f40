import type { ViewDocument } from '@bex/view';
import { pickHolder } from './pick-holder';

const doc = (source: string) => ({ _id: `${source}:r1`, recordId: 'r1', source }) as ViewDocument;

describe('pickHolder', () => {
  it('answers with the only holder, and with nothing when none holds the id', () => {
    expect(pickHolder([doc('VN')], 'LA')).toEqual({ ok: true, doc: doc('VN') });
    expect(pickHolder([], 'LA')).toEqual({ ok: false, sources: [] });
  });

  it('prefers this authority\'s own record over a partner\'s copy of its id', () => {
    expect(pickHolder([doc('VN'), doc('LA')], 'LA')).toEqual({ ok: true, doc: doc('LA') });
  });

  it('asks which source is meant when only partners hold the id', () => {
    expect(pickHolder([doc('VN'), doc('CN')], 'LA')).toEqual({ ok: false, sources: ['CN', 'VN'] });
  });
});

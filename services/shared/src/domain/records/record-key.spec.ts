import { parseRecordKey, recordKey } from './record-key';

describe('record key', () => {
  it('joins source and id, and reads them back', () => {
    expect(recordKey('LA', 'b6f1')).toBe('LA:b6f1');
    expect(parseRecordKey('LA:b6f1')).toEqual({ source: 'LA', recordId: 'b6f1' });
    expect(parseRecordKey('VN:a:b')).toEqual({ source: 'VN', recordId: 'a:b' });
  });

  it('refuses a key without a known source or an id', () => {
    expect(parseRecordKey('b6f1')).toBeUndefined();
    expect(parseRecordKey('XX:b6f1')).toBeUndefined();
    expect(parseRecordKey('LA:')).toBeUndefined();
  });
});

import { deadLetterTopic, inboxTopic, inboxTopics, recordTypeOfTopic } from './record-types';

describe('inbox topics', () => {
  it('names the inbox of a recipient per record type, lower-case', () => {
    expect(inboxTopic('VN', 'SeizureCase')).toBe('bex.vn.seizure-cases');
    expect(inboxTopic('LA', 'VehicleRiskAlert')).toBe('bex.la.vehicle-alerts');
    expect(deadLetterTopic('CN')).toBe('bex.cn.dead-letters');
    expect(inboxTopics('VN')).toEqual(['bex.vn.seizure-cases', 'bex.vn.vehicle-alerts', 'bex.vn.alert-hits', 'bex.vn.policy-changes']);
  });

  it('reads the record type back from a topic name, also under a test prefix', () => {
    expect(recordTypeOfTopic('bex.vn.alert-hits')).toBe('AlertHit');
    expect(recordTypeOfTopic(`${'t-1.x'}.vn.policy-changes`)).toBe('PolicyChange');
    expect(recordTypeOfTopic('bex.vn.dead-letters')).toBeUndefined();
  });
});

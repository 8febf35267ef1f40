import { unacknowledged } from './unacknowledged';

const ack = (topicName: string, partition: number, errorCode = 0) => ({ topicName, partition, errorCode });

describe('unacknowledged', () => {
  it('finds nothing missing when every placed partition was acknowledged', () => {
    const placed = [
      { topic: 'a', partition: 0 },
      { topic: 'a', partition: 0 },
      { topic: 'b', partition: 2 },
    ];
    expect(unacknowledged(placed, [ack('a', 0), ack('b', 2)])).toEqual([]);
  });

  it('names every message of a partition the answer leaves out (a leader that moved to a broker already answered)', () => {
    const placed = [
      { topic: 'a', partition: 0 },
      { topic: 'a', partition: 1 },
      { topic: 'a', partition: 0 },
      { topic: 'a', partition: 2 },
    ];
    expect(unacknowledged(placed, [ack('a', 1), ack('a', 2)])).toEqual([0, 2]);
  });

  it('does not take one topic’s partition for another’s', () => {
    expect(unacknowledged([{ topic: 'b', partition: 0 }], [ack('a', 0)])).toEqual([0]);
  });

  it('counts an acknowledgement carrying an error as no acknowledgement', () => {
    expect(unacknowledged([{ topic: 'a', partition: 0 }], [ack('a', 0, 6)])).toEqual([0]);
  });

  it('counts a message the partitioner never placed as not written', () => {
    expect(unacknowledged([{ topic: 'a', partition: undefined }], [ack('a', 0)])).toEqual([0]);
  });
});

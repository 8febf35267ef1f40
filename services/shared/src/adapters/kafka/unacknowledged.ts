// Which messages of a send no broker acknowledged. kafkajs answers a sendBatch with one entry per
// topic-partition a broker wrote; a message whose topic-partition is missing from the answer was
// not written, whatever sendBatch's promise says (acknowledged-producer.ts says when that happens).

/** Where the partitioner put one message; undefined if it was never placed. */
export interface Placement {
  topic: string;
  partition: number | undefined;
}

/** One entry of a produce answer (kafkajs' RecordMetadata). */
export interface PartitionAck {
  topicName: string;
  partition: number;
  errorCode: number;
}

/** Indexes of the placements that no error-free acknowledgement covers, in their order. */
export function unacknowledged(placements: readonly Placement[], acks: readonly PartitionAck[]): number[] {
  const written = new Set(acks.filter((a) => a.errorCode === 0).map((a) => `${a.partition}@${a.topicName}`));
  const missed: number[] = [];
  placements.forEach((p, i) => {
    if (p.partition === undefined || !written.has(`${p.partition}@${p.topic}`)) missed.push(i);
  });
  return missed;
}

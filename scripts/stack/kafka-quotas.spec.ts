import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAgreements, type Agreement } from '@bex/shared';
import { deriveQuotas, quotaChanges } from './kafka-quotas';

const MiB = 1_048_576;
const ROOT = join(__dirname, '..', '..');
const pair = (source: Agreement['source'], recipient: Agreement['recipient'], limits?: Agreement['limits']) => ({ source, recipient, ...(limits === undefined ? {} : { limits }) });

describe('Kafka client quotas derived from the agreements', () => {
  it('gives each authority of the development agreements its own allowance plus 1 MiB/s and 50 % per agreement it is the source of', () => {
    const quotas = deriveQuotas(loadAgreements(join(ROOT, 'deploy', 'agreements')));
    // LA, VN and CN each share with the two others; TH and KH share with nobody.
    expect(quotas).toEqual([
      { user: 'bex-la', producerByteRate: 3 * MiB, requestPercentage: 150 },
      { user: 'bex-vn', producerByteRate: 3 * MiB, requestPercentage: 150 },
      { user: 'bex-cn', producerByteRate: 3 * MiB, requestPercentage: 150 },
      { user: 'bex-th', producerByteRate: MiB, requestPercentage: 50 },
      { user: 'bex-kh', producerByteRate: MiB, requestPercentage: 50 },
    ]);
  });

  it('sums what the agreements allow, with the largest of them again for the own inbox', () => {
    const [la] = deriveQuotas([pair('LA', 'VN', { produceBytesPerSecond: 8 * MiB, requestPercentage: 200 }), pair('LA', 'CN', { produceBytesPerSecond: 2048, requestPercentage: 5 })], ['LA']);
    expect(la).toEqual({ user: 'bex-la', producerByteRate: 16 * MiB + 2048, requestPercentage: 405 });
  });

  it('counts only agreements where the authority is the source: a partner sharing more with it gives it nothing', () => {
    const [vn] = deriveQuotas([pair('LA', 'VN', { produceBytesPerSecond: 64 * MiB, requestPercentage: 500 })], ['VN']);
    expect(vn).toEqual({ user: 'bex-vn', producerByteRate: MiB, requestPercentage: 50 });
  });

  it('keeps the own-inbox allowance at the default at least, however small the agreements', () => {
    const [la] = deriveQuotas([pair('LA', 'VN', { produceBytesPerSecond: 1024, requestPercentage: 1 })], ['LA']);
    expect(la).toEqual({ user: 'bex-la', producerByteRate: MiB + 1024, requestPercentage: 51 });
  });

  it('is what the Strimzi example gives LA', () => {
    const [la] = deriveQuotas(loadAgreements(join(ROOT, 'deploy', 'agreements')), ['LA']);
    const user = readFileSync(join(ROOT, 'deploy', 'kubernetes', 'examples', 'strimzi-la.yaml'), 'utf8').split('\n---\n').find((d) => /^kind: KafkaUser$/m.test(d)) ?? '';
    const quotas = /^ {2}quotas:\n {4}producerByteRate: (\d+)\n {4}requestPercentage: (\d+)$/m.exec(user);
    expect(quotas?.slice(1).map(Number)).toEqual([la?.producerByteRate, la?.requestPercentage]);
  });

  it('changes only quotas that are missing or differ', () => {
    const desired = [
      { user: 'bex-la', producerByteRate: 3 * MiB, requestPercentage: 150 },
      { user: 'bex-vn', producerByteRate: 3 * MiB, requestPercentage: 150 },
      { user: 'bex-cn', producerByteRate: 3 * MiB, requestPercentage: 150 },
    ];
    const existing = new Map([
      ['bex-la', { producerByteRate: 3 * MiB, requestPercentage: 150 }],
      ['bex-vn', { producerByteRate: 3 * MiB }],
    ]);
    expect(quotaChanges(desired, existing).map((q) => q.user)).toEqual(['bex-vn', 'bex-cn']);
  });
});

import { join } from 'node:path';
import { loadAgreements } from '@bex/shared';
import { aclKey, deriveAcls, inPrefix, planAcls, type AclBinding } from './kafka-acls';

const agreements = loadAgreements(join(__dirname, '..', '..', 'deploy', 'agreements'));
const acls = deriveAcls(agreements, 'bex');
const ops = (principal: string, resourceName: string): string[] =>
  acls.filter((b) => b.principal === principal && b.resourceName === resourceName).map((b) => b.operation).sort();
const topicsOf = (principal: string, operation: string): string[] =>
  acls.filter((b) => b.principal === principal && b.resourceType === 'TOPIC' && b.operation === operation).map((b) => b.resourceName).sort();

describe('Kafka ACLs derived from the agreements', () => {
  it('VN reads only its own inbox and receipts: never bex.la.* or bex.cn.*', () => {
    expect(topicsOf('User:bex-vn', 'READ')).toEqual(['bex.vn.alert-hits', 'bex.vn.policy-changes', 'bex.vn.receipts', 'bex.vn.seizure-cases', 'bex.vn.vehicle-alerts']);
    expect(acls.filter((b) => b.principal === 'User:bex-vn' && /^bex\.(la|cn)\./.test(b.resourceName) && b.operation === 'READ')).toEqual([]);
  });

  it('VN writes to CN only the types vn-to-cn.json covers (PolicyChange)', () => {
    const toCn = topicsOf('User:bex-vn', 'WRITE').filter((t) => t.startsWith('bex.cn.') && t !== 'bex.cn.receipts');
    expect(toCn).toEqual(['bex.cn.policy-changes']);
    expect(ops('User:bex-vn', 'bex.cn.seizure-cases')).toEqual([]);
  });

  it('writes to a partner follow each agreement; its own inbox and dead letters are writable too', () => {
    const laToVn = agreements.find((a) => a.source === 'LA' && a.recipient === 'VN')!;
    const expected = laToVn.recordTypes.map((t) => ({ SeizureCase: 'seizure-cases', VehicleRiskAlert: 'vehicle-alerts', AlertHit: 'alert-hits', PolicyChange: 'policy-changes' })[t]);
    expect(topicsOf('User:bex-la', 'WRITE').filter((t) => t.startsWith('bex.vn.') && t !== 'bex.vn.receipts').sort()).toEqual(expected.map((s) => `bex.vn.${s}`).sort());
    expect(ops('User:bex-la', 'bex.la.seizure-cases')).toEqual(['CREATE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'READ', 'WRITE']);
    expect(ops('User:bex-la', 'bex.la.dead-letters')).toEqual(['CREATE', 'DESCRIBE', 'WRITE']);
    expect(ops('User:bex-la', 'bex.vn.dead-letters')).toEqual([]);
  });

  it('groups: only its own projector group; the cluster: IdempotentWrite only', () => {
    expect(acls.filter((b) => b.principal === 'User:bex-cn' && b.resourceType === 'GROUP')).toEqual([
      { principal: 'User:bex-cn', resourceType: 'GROUP', resourceName: 'bex-projector-cn', operation: 'READ' },
      { principal: 'User:bex-cn', resourceType: 'GROUP', resourceName: 'bex-projector-cn', operation: 'DESCRIBE' },
      { principal: 'User:bex-cn', resourceType: 'GROUP', resourceName: 'bex-projector-cn', operation: 'DELETE' },
    ]);
    expect(acls.filter((b) => b.resourceType === 'CLUSTER').map((b) => `${b.principal} ${b.operation}`)).toEqual(
      ['User:bex-la', 'User:bex-vn', 'User:bex-cn', 'User:bex-th', 'User:bex-kh'].map((p) => `${p} IDEMPOTENT_WRITE`),
    );
  });

  it('every topic and group binding lies inside the prefix; a test prefix gets its own', () => {
    const t = deriveAcls(agreements, 't_x1');
    expect(t.every((b) => b.resourceType === 'CLUSTER' || inPrefix(b.resourceName, 't_x1'))).toBe(true);
    expect(t).toHaveLength(acls.length);
    expect(inPrefix('t_x1.la.alert-hits', 't_x')).toBe(false);
    expect(inPrefix('t_x-projector-la', 't_x')).toBe(true);
  });

  it('a recipient writes to its source only receipts; nobody writes to a receipts topic of one it receives nothing from', () => {
    const fewer = deriveAcls([{ source: 'LA', recipient: 'VN', recordTypes: ['AlertHit'] }], 'bex', ['LA', 'VN']);
    expect(fewer.filter((b) => b.operation === 'WRITE' && b.resourceName.startsWith('bex.la.') && b.principal === 'User:bex-vn').map((b) => b.resourceName)).toEqual(['bex.la.receipts']);
    expect(fewer.filter((b) => b.resourceName === 'bex.vn.receipts' && b.principal === 'User:bex-la')).toEqual([]);
    expect(fewer.filter((b) => b.resourceName === 'bex.la.receipts' && b.operation === 'READ').map((b) => b.principal)).toEqual(['User:bex-la']);
    expect(fewer.filter((b) => b.operation === 'WRITE' && b.resourceName.startsWith('bex.vn.') && b.principal === 'User:bex-la').map((b) => b.resourceName)).toEqual(['bex.vn.alert-hits']);
  });
});

describe('planning an ACL update', () => {
  const b = (principal: string, resourceName: string, operation: AclBinding['operation'] = 'WRITE'): AclBinding => ({ principal, resourceType: 'TOPIC', resourceName, operation });

  it('creates what is missing and removes stale bindings of the prefix, leaving others alone', () => {
    const desired = [b('User:bex-vn', 'bex.cn.policy-changes')];
    const existing = [
      b('User:bex-vn', 'bex.cn.policy-changes'),
      b('User:bex-vn', 'bex.cn.seizure-cases'), // the agreement no longer covers it: stale
      b('User:bex-vn', 't_other.cn.seizure-cases'), // another prefix
      b('User:someone-else', 'bex.cn.seizure-cases'), // not an authority principal
      { principal: 'User:bex-vn', resourceType: 'CLUSTER', resourceName: 'kafka-cluster', operation: 'IDEMPOTENT_WRITE' },
    ] satisfies AclBinding[];
    const plan = planAcls([...desired, b('User:bex-la', 'bex.vn.alert-hits')], existing, 'bex');
    expect(plan.create.map(aclKey)).toEqual([aclKey(b('User:bex-la', 'bex.vn.alert-hits'))]);
    expect(plan.remove.map(aclKey)).toEqual([aclKey(b('User:bex-vn', 'bex.cn.seizure-cases'))]);
  });

  it('with nothing desired, removes every binding of the prefix (a test exchange that ends)', () => {
    const existing = [b('User:bex-la', 't_a.la.alert-hits', 'READ'), b('User:bex-la', 't_ab.la.alert-hits', 'READ')];
    expect(planAcls([], existing, 't_a').remove).toEqual([existing[0]]);
  });
});

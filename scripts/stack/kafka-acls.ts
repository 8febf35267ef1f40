// Which Kafka ACLs the agreements imply: a pure function from the agreements and a topic prefix to
// ACL bindings, one principal per authority. Applied by kafka-acl-admin.ts (`npm run stack -- acls`
// for the local exchange, the test harness per test exchange); a real cluster applies the same list.
//
// Per authority A (principal User:bex-a), under prefix P:
//   - its inbox P.a.<type> (every type) : Read, Write (its own unredacted copy), Describe, DescribeConfigs, Create
//   - its dead letters P.a.dead-letters : Write, Describe, Create
//   - P.<partner>.<type>                : Write, Describe, DescribeConfigs, Create, only where an
//                                         agreement source=A, recipient=partner lists the type
//   - group P-projector-a                : Read, Describe, Delete (a view rebuild deletes the group)
//   - the cluster                        : IdempotentWrite (the producer is idempotent)
// Nothing else: no other inbox, no other group, no prefixed or wildcard pattern, so a partner's
// inbox (which holds that partner's own unredacted copy) is invisible to A. Every binding is LITERAL.
// Create is granted on exactly the topics the authority may use, because each authority creates
// the topics it needs at start (ensureTopics); it cannot create anything else.
import { AUTHORITIES, deadLetterTopic, inboxTopic, inboxTopics, receiptTopic, type Agreement, type AuthorityCode } from '@bex/shared';

export type AclResource = 'TOPIC' | 'GROUP' | 'CLUSTER';
export type AclOperation = 'READ' | 'WRITE' | 'CREATE' | 'DELETE' | 'DESCRIBE' | 'DESCRIBE_CONFIGS' | 'IDEMPOTENT_WRITE';

/** One ALLOW binding for a principal on a LITERAL resource, from any host. */
export interface AclBinding {
  principal: string;
  resourceType: AclResource;
  resourceName: string;
  operation: AclOperation;
}

export const CLUSTER_RESOURCE = 'kafka-cluster';

export const principalOf = (authority: AuthorityCode): string => `User:bex-${authority.toLowerCase()}`;
export const projectorGroup = (authority: AuthorityCode, prefix: string): string => `${prefix}-projector-${authority.toLowerCase()}`;

/**
 * Whether a topic or group belongs to the namespace of a prefix: `P.` topics and `P-` groups. The
 * separator matters: prefix t_a owns t_a.la.alert-hits, not t_ab.la.alert-hits.
 */
export function inPrefix(resourceName: string, prefix: string): boolean {
  return resourceName.startsWith(`${prefix}.`) || resourceName.startsWith(`${prefix}-`);
}

export function deriveAcls(agreements: readonly Pick<Agreement, 'source' | 'recipient' | 'recordTypes'>[], prefix: string, authorities: readonly AuthorityCode[] = AUTHORITIES): AclBinding[] {
  const bindings: AclBinding[] = [];
  const add = (principal: string, resourceType: AclResource, resourceName: string, operations: AclOperation[]): void => {
    for (const operation of operations) bindings.push({ principal, resourceType, resourceName, operation });
  };
  for (const self of authorities) {
    const principal = principalOf(self);
    for (const topic of inboxTopics(self, prefix)) add(principal, 'TOPIC', topic, ['READ', 'WRITE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'CREATE']);
    add(principal, 'TOPIC', deadLetterTopic(self, prefix), ['WRITE', 'DESCRIBE', 'CREATE']);
    const outgoing = new Set<string>();
    for (const a of agreements.filter((x) => x.source === self && x.recipient !== self)) {
      for (const type of a.recordTypes) outgoing.add(inboxTopic(a.recipient, type, prefix));
    }
    for (const topic of [...outgoing].sort()) add(principal, 'TOPIC', topic, ['WRITE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'CREATE']);
    // Receipts: read (and create) only its own; write to the receipts topic of each source that shares with it.
    add(principal, 'TOPIC', receiptTopic(self, prefix), ['READ', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'CREATE']);
    const sources = [...new Set(agreements.filter((x) => x.recipient === self && x.source !== self).map((x) => x.source))].sort();
    for (const source of sources) add(principal, 'TOPIC', receiptTopic(source, prefix), ['WRITE', 'DESCRIBE']);
    add(principal, 'GROUP', projectorGroup(self, prefix), ['READ', 'DESCRIBE', 'DELETE']);
    add(principal, 'CLUSTER', CLUSTER_RESOURCE, ['IDEMPOTENT_WRITE']);
  }
  return dedupe(bindings);
}

export const aclKey = (b: AclBinding): string => `${b.principal}|${b.resourceType}|${b.resourceName}|${b.operation}`;

function dedupe(bindings: AclBinding[]): AclBinding[] {
  const seen = new Map<string, AclBinding>();
  for (const b of bindings) seen.set(aclKey(b), b);
  return [...seen.values()];
}

/**
 * What to change so that the bindings of a prefix are exactly `desired`: existing bindings of the
 * authorities' principals on topics and groups in the prefix's namespace that are no longer desired
 * are stale. Cluster bindings are shared by every prefix, so they are only ever added.
 */
export function planAcls(desired: readonly AclBinding[], existing: readonly AclBinding[], prefix: string, authorities: readonly AuthorityCode[] = AUTHORITIES): { create: AclBinding[]; remove: AclBinding[] } {
  const principals = new Set(authorities.map(principalOf));
  const wanted = new Set(desired.map(aclKey));
  const present = new Set(existing.map(aclKey));
  return {
    create: desired.filter((b) => !present.has(aclKey(b))),
    remove: existing.filter((b) => principals.has(b.principal) && b.resourceType !== 'CLUSTER' && inPrefix(b.resourceName, prefix) && !wanted.has(aclKey(b))),
  };
}

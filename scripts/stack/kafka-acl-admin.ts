// Applies the ACLs kafka-acls.ts derives: reads the bindings the cluster holds, creates the missing
// ones and deletes the stale ones of the prefix, as the admin principal (kafkajs admin), then waits
// until the broker's authorizer answers with the new set, so a client started next sees it.
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type AclEntry, type Kafka } from 'kafkajs';
import { AUTHORITIES, type AuthorityCode } from '@bex/shared';
import { aclKey, planAcls, type AclBinding } from './kafka-acls';

const toEntry = (b: AclBinding): AclEntry => ({
  principal: b.principal,
  host: '*',
  resourceType: AclResourceTypes[b.resourceType],
  resourceName: b.resourceName,
  resourcePatternType: ResourcePatternTypes.LITERAL,
  operation: AclOperationTypes[b.operation],
  permissionType: AclPermissionTypes.ALLOW,
});

const RESOURCE_NAMES = new Map<number, AclBinding['resourceType']>([
  [AclResourceTypes.TOPIC, 'TOPIC'],
  [AclResourceTypes.GROUP, 'GROUP'],
  [AclResourceTypes.CLUSTER, 'CLUSTER'],
]);
const OPERATION_NAMES = new Map<number, AclBinding['operation']>(
  (['READ', 'WRITE', 'CREATE', 'DELETE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'IDEMPOTENT_WRITE'] as const).map((op) => [AclOperationTypes[op], op]),
);

/** The LITERAL ALLOW bindings for any host the cluster holds now (the only kind BEX creates). */
export async function readAcls(kafka: Kafka): Promise<AclBinding[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const answer = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.LITERAL,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ALLOW,
    });
    const bindings: AclBinding[] = [];
    for (const r of answer.resources) {
      const resourceType = RESOURCE_NAMES.get(r.resourceType);
      if (!resourceType) continue;
      for (const acl of r.acls) {
        const operation = OPERATION_NAMES.get(acl.operation);
        if (operation && acl.host === '*') bindings.push({ principal: acl.principal, resourceType, resourceName: r.resourceName, operation });
      }
    }
    return bindings;
  } finally {
    await admin.disconnect();
  }
}

export interface AclChange {
  created: number;
  removed: number;
  total: number;
}

/** Makes the prefix's bindings exactly `desired` (stale ones of the authorities' principals go). */
export async function applyAcls(kafka: Kafka, desired: AclBinding[], prefix: string, authorities: readonly AuthorityCode[] = AUTHORITIES, timeoutMs = 15_000): Promise<AclChange> {
  const plan = planAcls(desired, await readAcls(kafka), prefix, authorities);
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (plan.remove.length > 0) await admin.deleteAcls({ filters: plan.remove.map(toEntry) });
    if (plan.create.length > 0) await admin.createAcls({ acl: plan.create.map(toEntry) });
  } finally {
    await admin.disconnect();
  }
  // The controller commits the change; the broker's authorizer applies it from the metadata log a
  // moment later. DescribeAcls is answered by the broker, so once it agrees, so does the authorizer.
  const deadline = Date.now() + timeoutMs;
  const wanted = new Set(plan.create.map(aclKey));
  const gone = new Set(plan.remove.map(aclKey));
  for (;;) {
    const now = new Set((await readAcls(kafka)).map(aclKey));
    if ([...wanted].every((k) => now.has(k)) && [...gone].every((k) => !now.has(k))) break;
    if (Date.now() > deadline) throw new Error(`the broker did not show the new ACLs of prefix ${prefix} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { created: plan.create.length, removed: plan.remove.length, total: desired.length };
}

/** Removes every binding of the prefix (a test exchange that ends); cluster bindings stay. */
export async function removeAcls(kafka: Kafka, prefix: string, authorities: readonly AuthorityCode[] = AUTHORITIES): Promise<number> {
  return (await applyAcls(kafka, [], prefix, authorities)).removed;
}

// Plays a partner that is faulty or hostile but holds a genuine key: encodes any record it likes
// with the real registry and signs it with the development key of the authority it holds, claiming
// whatever source the record says. What such a partner can put on a topic, these messages are.
import { avroType, receiptType } from '@bex/schemas';
import { AvroSerde, DEV_SIGNING_KEY_IDS, RECEIPT_DOMAIN_TAG, RegistryClient, devPrivateKey, recordKey, signRecord, type AnyRecord, type AuthorityCode, type Receipt, type SignatureDomain } from '@bex/shared';
import type { RawMessage } from './inbox-tools';
import { stackEnv } from './stack-env';

export async function signedWithKeyOf(holder: AuthorityCode, anyRecord: object): Promise<RawMessage> {
  const record = anyRecord as AnyRecord;
  const { meta } = record;
  const writer = await new AvroSerde(new RegistryClient({ baseUrl: stackEnv().registryUrl })).writer(avroType(meta.recordType));
  const value = writer.encode(record);
  const keyId = DEV_SIGNING_KEY_IDS[holder];
  const { headers } = signRecord(
    { source: meta.source as AuthorityCode, recipient: meta.recipient as AuthorityCode, recordId: meta.recordId, revision: meta.revision, value },
    devPrivateKey(holder, keyId),
    keyId,
  );
  return { key: Buffer.from(recordKey(meta.source, meta.recordId)), value, headers: { ...headers } };
}

/** A receipt as a partner holding `holder`'s key could sign it, claiming whatever the receipt says. */
export async function receiptSignedWithKeyOf(holder: AuthorityCode, receipt: Receipt, opts: { domain?: SignatureDomain; recipient?: AuthorityCode } = {}): Promise<RawMessage> {
  const writer = await new AvroSerde(new RegistryClient({ baseUrl: stackEnv().registryUrl })).writer(receiptType());
  const value = writer.encode(receipt);
  const keyId = DEV_SIGNING_KEY_IDS[holder];
  const { headers } = signRecord(
    { source: receipt.from, recipient: opts.recipient ?? receipt.recordSource, recordId: receipt.recordId, revision: receipt.revision, value, domain: opts.domain ?? RECEIPT_DOMAIN_TAG },
    devPrivateKey(holder, keyId),
    keyId,
  );
  return { key: Buffer.from(recordKey(receipt.recordSource, receipt.recordId)), value, headers: { ...headers } };
}

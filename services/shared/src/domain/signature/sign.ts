// Signs one record for one recipient. The relay calls it once per recipient, after redaction and
// encoding, because what each recipient receives (and so what is signed) differs.
import { sign, type KeyObject } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import type { AuthorityCode } from '../records/record-types';
import type { SignatureHeaders } from './headers';
import { signedMessage, type SignatureDomain } from './signed-message';
import { KEY_ID } from './trust-store';

export interface RecordToSign {
  source: AuthorityCode;
  recipient: AuthorityCode;
  recordId: string;
  revision: number;
  /** The full Kafka message value (Confluent frame and Avro body). */
  value: Buffer;
  /** Defaults to now; tests pass it to stay deterministic. */
  signedAt?: Date;
  /** A record when absent; receipts are signed with RECEIPT_DOMAIN_TAG. */
  domain?: SignatureDomain;
}

export function signRecord(record: RecordToSign, privateKey: KeyObject, keyId: string): { headers: SignatureHeaders } {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AppError('signature-bad-key', `signing needs an ed25519 private key, got ${privateKey.asymmetricKeyType} ${privateKey.type}`);
  }
  if (!KEY_ID.test(keyId)) throw new AppError('signature-bad-key', `key id "${keyId}" must match ${KEY_ID}`);
  const signedAt = (record.signedAt ?? new Date()).toISOString();
  const message = signedMessage({ ...record, keyId, signedAt });
  return {
    headers: {
      'bex-key-id': keyId,
      'bex-signature': sign(null, message, privateKey).toString('base64'),
      'bex-source': record.source,
      'bex-recipient': record.recipient,
      'bex-signed-at': signedAt,
    },
  };
}

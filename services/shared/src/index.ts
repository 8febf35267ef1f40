// @bex/shared: the rules every role shares (domain/, pure) and the thin adapters to Kafka, the
// schema registry and MongoDB (adapters/).
export * from './errors/app-error';
export * from './errors/cause-chain';
export * from './config/env-config';
export * from './config/repository-root';
export * from './logging/logger';

export * from './domain/records/record-types';
export * from './domain/records/record';
export * from './domain/records/plate';
export * from './domain/records/revision';
export * from './domain/records/record-key';
export * from './domain/retraction/retraction-reason';
export * from './domain/retraction/tombstone';
export * from './domain/wire/confluent-frame';
export * from './domain/liveness/heartbeat';

export * from './domain/agreement/agreement';
export * from './domain/agreement/limits';
export * from './domain/agreement/may-share';
export * from './domain/agreement/parse-agreement';
export * from './domain/agreement/gates';
export * from './domain/agreement/record-shape';
export * from './adapters/files/load-agreements';
export * from './domain/redaction/redact';
export { parsePath, presentPaths, type PathStep } from './domain/redaction/path';
export * from './domain/redaction/received-redaction';
export * from './domain/signature/sign';
export * from './domain/signature/verify';
export * from './domain/signature/trust-store';
export * from './domain/signature/dev-keys';
export * from './domain/signature/headers';
export * from './adapters/files/load-trust-store';
export { SIGNATURE_DOMAIN_TAG, RECEIPT_DOMAIN_TAG, type SignatureDomain } from './domain/signature/signed-message';
export * from './domain/receipts/receipt';

export * from './adapters/schema-registry/registry-client';
export * from './adapters/schema-registry/avro-serde';
export * from './adapters/kafka/kafka-client';
export * from './adapters/kafka/acknowledged-producer';
export * from './adapters/mongo/outbox-store';
export * from './adapters/mongo/database-unavailable';
export * from './adapters/mongo/recipient-ledger';
export * from './adapters/mongo/receipt-outbox';
export * from './adapters/mongo/relay-lease';
export * from './adapters/mongo/group-commit';
export * from './concurrency/coalescer';
export * from './domain/crossings/crossings';

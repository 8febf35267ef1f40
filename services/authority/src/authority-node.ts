// Wires one authority: the roles named in its configuration, sharing one database connection, one
// Kafka client and one registry client. Used by start.ts (a process) and by tests (in-process).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, jwksSource, kafkaAnswers, registryAnswers } from '@bex/api';
import { DeadLetterStore, InboxConsumer, ViewStore, ViewSweeper } from '@bex/projector';
import { RecordPublisher, RelayLoop } from '@bex/relay';
import {
  AvroSerde,
  OutboxStore,
  RecipientLedger,
  RegistryClient,
  createKafka,
  deadLetterTopic,
  ensureTopics,
  inboxTopic,
  inboxTopics,
  loadAgreements,
  loadTrustStore,
  smallestMessageLimit,
  type Logger,
} from '@bex/shared';
import mongoose from 'mongoose';
import type { AuthorityConfig } from './config';

import { assertProductionReady } from './production-mode';
import { signingKey } from './signing-key';

export interface RunningAuthority {
  apiUrl: string | undefined;
  connection: mongoose.Connection;
  views: ViewStore;
  outbox: OutboxStore;
  relay: RelayLoop | undefined;
  projector: InboxConsumer | undefined;
  sweeper: ViewSweeper | undefined;
  deadLetters: DeadLetterStore;
  stop(): Promise<void>;
}

export interface AuthorityOptions {
  /** The clock agreements, retention and expiry are judged by; tests move it. Default: the system clock. */
  clock?: () => Date;
}

export async function startAuthority(cfg: AuthorityConfig, logger: Logger, opts: AuthorityOptions = {}): Promise<RunningAuthority> {
  if (cfg.mode === 'production') assertProductionReady(cfg);
  const clock = opts.clock ?? (() => new Date());
  const self = cfg.authority;
  const has = (role: string): boolean => (cfg.roles as string[]).includes(role);
  const agreements = loadAgreements(cfg.agreementsDir);
  const partners = [...new Set(agreements.filter((a) => a.source === self).map((a) => a.recipient))];

  const connection = await mongoose.createConnection(cfg.mongoUrl, { dbName: cfg.dbName }).asPromise();
  const outbox = new OutboxStore(connection);
  const views = new ViewStore(connection);
  const deadLetters = new DeadLetterStore(connection);
  await Promise.all([outbox.init(), views.init(), deadLetters.init()]);

  const kafka = createKafka({ clientId: `bex-${self.toLowerCase()}`, brokers: cfg.kafkaBrokers, security: cfg.kafkaSecurity, logger });
  const needsKafka = has('relay') || has('projector');
  let maxMessageBytes: number | undefined;
  // Retries stay bounded (kafkajs warns that this weakens exactly-once): an outage must surface as
  // a failed batch so the relay backs off and stop() never hangs; a re-sent batch is harmless
  // because views apply a revision once.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const serde = new AvroSerde(new RegistryClient({ baseUrl: cfg.registryUrl }));
  if (needsKafka) {
    // Only the inboxes an agreement lets this authority write to: under ACLs nothing else is visible.
    const relayTopics = agreements.filter((a) => a.source === self).flatMap((a) => a.recordTypes.map((t) => inboxTopic(a.recipient, t, cfg.topicPrefix)));
    // Dead letters may hold bytes that could not be verified: the topic keeps them no longer than the store.
    const deadLetterSettings = { [deadLetterTopic(self, cfg.topicPrefix)]: { 'retention.ms': String(cfg.deadLetterRetentionDays * 24 * 60 * 60 * 1000) } };
    await ensureTopics(kafka, [...inboxTopics(self, cfg.topicPrefix), deadLetterTopic(self, cfg.topicPrefix), ...relayTopics], cfg.topicPartitions, 30_000, deadLetterSettings);
    await producer.connect();
    if (has('relay')) {
      // The relay never sends a request the broker would refuse; 5 % is left for record overhead.
      const limit = await smallestMessageLimit(kafka, [...new Set([...inboxTopics(self, cfg.topicPrefix), ...relayTopics])]);
      if (limit !== undefined) maxMessageBytes = Math.floor(limit * 0.95);
    }
  }

  let relay: RelayLoop | undefined;
  if (has('relay')) {
    const publisher = new RecordPublisher(producer, serde, self, signingKey(self, cfg.signingKeyId, cfg.signingKeyFile, logger), cfg.topicPrefix);
    relay = new RelayLoop({ self, partners, agreements, outbox, ledger: new RecipientLedger(connection), publisher, now: clock, logger: logger.child({ role: 'relay' }), ...(maxMessageBytes === undefined ? {} : { maxMessageBytes }) });
    relay.start();
  }

  let consumer: InboxConsumer | undefined;
  let recordsApplied = 0;
  let sweeper: ViewSweeper | undefined;
  if (has('projector')) {
    const trustStore = loadTrustStore(cfg.trustDir);
    consumer = new InboxConsumer({
      self, kafka, producer, serde, trustStore, agreements, views, deadLetters, topicPrefix: cfg.topicPrefix, now: clock,
      deadLetterBytesRetentionMs: cfg.deadLetterRetentionDays * 24 * 60 * 60 * 1000,
      logger: logger.child({ role: 'projector' }),
      onApplied: (count) => {
        recordsApplied += count;
      },
    });
    await consumer.start();
    sweeper = new ViewSweeper(views, deadLetters, logger.child({ role: 'sweeper' }), clock);
    sweeper.start();
  }

  let server: http.Server | undefined;
  let apiUrl: string | undefined;
  if (has('api')) {
    server = http.createServer(createApp({
        authority: self,
        outbox,
        logger: logger.child({ role: 'api' }),
        auth: { jwks: jwksSource(cfg.jwks), issuer: cfg.jwtIssuer, audience: cfg.jwtAudience },
        views: connection,
        metrics: {
          relayBacklog: () => outbox.backlog(),
          deadLetters: () => deadLetters.count(),
          ...(consumer === undefined ? {} : { consumerLag: () => consumer!.lag(), recordsApplied: () => recordsApplied }),
        },
        // Without Kafka and the registry the relay and the projector stall; the api alone does not.
        readiness: needsKafka ? { kafka: () => kafkaAnswers(kafka), registry: () => registryAnswers(cfg.registryUrl) } : {},
      }));
    await new Promise<void>((resolve) => server!.listen(cfg.apiPort, cfg.apiHost, resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  logger.info({ authority: self, roles: cfg.roles, apiUrl, partners }, 'authority started');

  return {
    apiUrl, connection, views, outbox, relay, deadLetters, projector: consumer, sweeper,
    // Order matters: stop taking requests, let the relay finish its batch, let the consumer commit.
    async stop() {
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await relay?.stop();
      sweeper?.stop();
      await consumer?.stop();
      if (needsKafka) await producer.disconnect();
      await connection.close();
      logger.info({ authority: self }, 'authority stopped');
    },
  };
}

// Wires one authority: the roles named in its configuration, sharing one database connection, one
// Kafka client and one registry client. Used by start.ts (a process) and by tests (in-process).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import { ApiMetrics, cachedCheck, createApp, createMetricsApp, jwksSource, kafkaAnswers, registryAnswers, type LivenessCheck } from '@bex/api';
import { InboxConsumer, ViewSweeper } from '@bex/projector';
import { DeadLetterStore, MatchStore, ReceiptStore, ViewStore } from '@bex/view';
import { NUDGED_POLL_MS, ReceiptSender, RecordPublisher, RelayLoop } from '@bex/relay';
import {
  AcknowledgedProducer,
  AvroSerde,
  OutboxStore,
  ReceiptOutbox,
  RecipientLedger,
  RelayLease,
  RegistryClient,
  createKafka,
  deadLetterTopic,
  ensureTopics,
  inboxTopic,
  inboxTopics,
  loadAgreements,
  loadTrustStore,
  receiptTopic,
  smallestMessageLimit,
  type Logger,
} from '@bex/shared';
import mongoose from 'mongoose';
import type { AuthorityConfig } from './config';
import { ConsumerLiveness, watchedKafka } from './consumer-liveness';

import { assertProductionReady } from './production-mode';
import { signingKey } from './signing-key';

export interface RunningAuthority {
  apiUrl: string | undefined;
  /** The operations listener: /metrics and /healthz of the roles, apart from the public api. */
  metricsUrl: string;
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

/** How long an operation waits for a database that does not answer (a restart takes 1-3 s). */
const DATABASE_WAIT_MS = 5_000;

export async function startAuthority(cfg: AuthorityConfig, logger: Logger, opts: AuthorityOptions = {}): Promise<RunningAuthority> {
  if (cfg.mode === 'production') assertProductionReady(cfg);
  const clock = opts.clock ?? (() => new Date());
  const self = cfg.authority;
  const has = (role: string): boolean => (cfg.roles as string[]).includes(role);
  const agreements = loadAgreements(cfg.agreementsDir);
  const partners = [...new Set(agreements.filter((a) => a.source === self).map((a) => a.recipient))];

  // While the database is down an operation waits this long for it, not the driver's 30 s: an
  // officer gets the 503 within seconds, and with writes committed one batch at a time, 30 s per
  // batch held every later request behind it. The relay and the projector retry anyway.
  const connection = await mongoose.createConnection(cfg.mongoUrl, { dbName: cfg.dbName, serverSelectionTimeoutMS: DATABASE_WAIT_MS }).asPromise();
  const outbox = new OutboxStore(connection);
  const views = new ViewStore(connection);
  const deadLetters = new DeadLetterStore(connection, { perSourceHour: cfg.deadLettersPerSourceHour });
  const receiptsOwed = new ReceiptOutbox(connection);
  const receiptsReceived = new ReceiptStore(connection, { actionedPerRecordAndPartner: cfg.actionedReceiptsPerRecord });
  const ledger = new RecipientLedger(connection);
  const matches = new MatchStore(connection);
  await Promise.all([outbox.init(), views.init(), deadLetters.init(), receiptsOwed.init(), receiptsReceived.init(), matches.init()]);

  const kafka = createKafka({ clientId: `bex-${self.toLowerCase()}`, brokers: cfg.kafkaBrokers, security: cfg.kafkaSecurity, logger });
  const needsKafka = has('relay') || has('projector');
  let maxMessageBytes: number | undefined;
  // Retries stay bounded (kafkajs warns that this weakens exactly-once): an outage must surface as
  // a failed batch so the relay backs off and stop() never hangs; a re-sent batch is harmless
  // because views apply a revision once.
  const newProducer = () =>
    new AcknowledgedProducer(kafka, { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false }, (missing, round) =>
      logger.warn({ missing, round }, 'the broker left partitions of a send unacknowledged (a leader moved); sending them again'),
    );
  const producer = newProducer();
  const serde = new AvroSerde(new RegistryClient({ baseUrl: cfg.registryUrl }));
  if (needsKafka) {
    // Only the inboxes an agreement lets this authority write to: under ACLs nothing else is visible.
    const relayTopics = agreements.filter((a) => a.source === self).flatMap((a) => a.recordTypes.map((t) => inboxTopic(a.recipient, t, cfg.topicPrefix)));
    // Receipts come in on this authority's own topic; each source creates its own, which its
    // partners only write to.
    const receiptTopics = [receiptTopic(self, cfg.topicPrefix)];
    // Dead letters may hold bytes that could not be verified: the topic keeps them no longer than the store.
    const deadLetterSettings: Record<string, Record<string, string>> = { [deadLetterTopic(self, cfg.topicPrefix)]: { 'retention.ms': String(cfg.deadLetterRetentionDays * 24 * 60 * 60 * 1000) } };
    // Inboxes keep every record for good (the broker default is 7 days): a partner offline for a
    // week must not lose records, and a view is rebuilt from its whole inbox.
    const inboxSettings: Record<string, Record<string, string>> = Object.fromEntries([...inboxTopics(self, cfg.topicPrefix), ...relayTopics, ...receiptTopics].map((t) => [t, { 'retention.ms': '-1' }]));
    const ownTopics = [...inboxTopics(self, cfg.topicPrefix), deadLetterTopic(self, cfg.topicPrefix), ...relayTopics, ...receiptTopics];
    // A topic this authority creates on a cluster carries the durability the deployment asks for
    // (rf 3, min ISR 2): acks=all then means two nodes hold a record before the outbox marks it sent.
    const durability: Record<string, string> = cfg.topicMinInsyncReplicas > 0 ? { 'min.insync.replicas': String(cfg.topicMinInsyncReplicas) } : {};
    const settings: Record<string, Record<string, string>> = Object.fromEntries(ownTopics.map((t) => [t, { ...durability, ...inboxSettings[t], ...deadLetterSettings[t] }]));
    await ensureTopics(kafka, ownTopics, cfg.topicPartitions, 30_000, settings, cfg.topicReplicationFactor);
    await producer.connect();
    if (has('relay')) {
      // The relay never sends a request the broker would refuse; 5 % is left for record overhead.
      const limit = await smallestMessageLimit(kafka, [...new Set([...inboxTopics(self, cfg.topicPrefix), ...relayTopics])]);
      if (limit !== undefined) maxMessageBytes = Math.floor(limit * 0.95);
    }
  }

  let relay: RelayLoop | undefined;
  let publisher: RecordPublisher | undefined;
  let receiptPublisher: RecordPublisher | undefined;
  if (has('relay')) {
    // The relay has a producer of its own, which it replaces when the broker refuses a topic
    // (record-publisher.ts says why): the projector's dead letters must not go down with it.
    const key = signingKey(self, cfg.signingKeyId, cfg.signingKeyFile, logger);
    publisher = new RecordPublisher(newProducer(), serde, self, key, cfg.topicPrefix, newProducer);
    await publisher.connect();
    // Receipts have a publisher (and producer) of their own: a source's topic that fails must not hold up records.
    receiptPublisher = new RecordPublisher(newProducer(), serde, self, key, cfg.topicPrefix, newProducer);
    await receiptPublisher.connect();
    relay = new RelayLoop({ self, partners, agreements, outbox, ledger, receipts: new ReceiptSender(receiptsOwed, receiptPublisher, logger.child({ role: 'relay' })), lease: new RelayLease(connection, `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, cfg.relayLeaseMs), publisher, now: clock, logger: logger.child({ role: 'relay' }), ...(maxMessageBytes === undefined ? {} : { maxMessageBytes }), ...(has('api') ? { idleMs: NUDGED_POLL_MS } : {}) });
    relay.start();
    // The api in this process wakes the relay as soon as an append is durable, instead of the relay
    // finding it at its next poll; the poll stays, slower, for what other processes append.
    const wakeRelay = relay;
    outbox.onAppended(() => wakeRelay.nudge());
    receiptsOwed.onAdded(() => wakeRelay.nudge());
  }

  let consumer: InboxConsumer | undefined;
  let consumerStarting: Promise<void> | undefined;
  let recordsApplied = 0;
  let sweeper: ViewSweeper | undefined;
  const consumerLiveness = new ConsumerLiveness((err, restart) => logger.error({ role: 'projector', err, restart }, 'kafka consumer crashed'), cfg.livenessMaxSilenceMs);
  if (has('projector')) {
    const trustStore = loadTrustStore(cfg.trustDir);
    consumer = new InboxConsumer({
      self, kafka: watchedKafka(kafka, consumerLiveness), producer, serde, trustStore, agreements, views, deadLetters, topicPrefix: cfg.topicPrefix, now: clock,
      matches,
      receipts: { owed: receiptsOwed, received: receiptsReceived, facts: { revisionsOf: (ids) => outbox.revisionsOf(ids), holderSince: (ids) => ledger.holderSince(ids) } },
      deadLetterBytesRetentionMs: cfg.deadLetterRetentionDays * 24 * 60 * 60 * 1000,
      logger: logger.child({ role: 'projector' }),
      onApplied: (count) => {
        recordsApplied += count;
      },
    });
    // Joining the group waits out a killed predecessor's session (30 s): the api listens meanwhile,
    // so officers can submit and read while the projector catches up. Start-up still fails if the
    // consumer cannot start (awaited below); the no-op catch only keeps the rejection from counting
    // as unhandled until then.
    consumerStarting = consumer.start();
    consumerStarting.catch(() => undefined);
    sweeper = new ViewSweeper(views, deadLetters, logger.child({ role: 'sweeper' }), clock);
    sweeper.start();
  }

  const metrics = new ApiMetrics({
    relayBacklog: () => outbox.backlog(),
    deadLetters: () => deadLetters.count(),
    ...(consumer === undefined ? {} : { consumerLag: () => consumer!.lag(), recordsApplied: () => recordsApplied }),
  });
  const liveness: Record<string, LivenessCheck> = {};
  // Alive means turning: a loop that ended or has made no turn within the allowed silence fails
  // the probe and the orchestrator restarts the process (the outbox and the offsets keep the work).
  if (relay !== undefined) liveness.relay = () => relay!.isRunning() && !relay!.heartbeat.stalled(cfg.livenessMaxSilenceMs);
  if (consumer !== undefined) liveness.projector = () => consumerLiveness.alive();
  if (sweeper !== undefined) liveness.sweeper = () => !sweeper!.heartbeat.stalled(Math.max(cfg.livenessMaxSilenceMs, 4 * sweeper!.everyMs));
  const metricsServer = http.createServer(createMetricsApp({ metrics, liveness, logger: logger.child({ role: 'metrics' }) }));
  await listen(metricsServer, cfg.metricsPort, cfg.metricsHost);
  const metricsUrl = `http://${urlHost(cfg.metricsHost)}:${(metricsServer.address() as AddressInfo).port}`;

  let server: http.Server | undefined;
  let apiUrl: string | undefined;
  if (has('api')) {
    server = http.createServer(createApp({
        authority: self,
        outbox,
        logger: logger.child({ role: 'api' }),
        auth: { jwks: jwksSource(cfg.jwks, { maxStaleMs: cfg.jwksMaxStaleMs }), issuer: cfg.jwtIssuer, audience: cfg.jwtAudience },
        views: connection,
        agreements,
        receiptOutbox: receiptsOwed,
        metrics,
        rateLimit: { perMinute: cfg.rateLimitPerMinute, burst: cfg.rateLimitBurst },
        addressRateLimit: { perMinute: cfg.addressRateLimitPerMinute, burst: cfg.addressRateLimitBurst, trustedProxyHops: cfg.trustProxyHops },
        // Without Kafka and the registry the relay and the projector stall; the api alone does not.
        // Cached: a storm of probes makes one broker round trip per interval, not one each.
        readiness: needsKafka ? { kafka: cachedCheck(() => kafkaAnswers(kafka)), registry: cachedCheck(() => registryAnswers(cfg.registryUrl)) } : {},
      }));
    await listen(server, cfg.apiPort, cfg.apiHost).catch(async (err: unknown) => {
      await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      throw err;
    });
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  await consumerStarting?.catch(async (err: unknown) => {
    await Promise.all([server, metricsServer].map((srv) => new Promise<void>((resolve) => (srv ? srv.close(() => resolve()) : resolve()))));
    throw err;
  });
  logger.info({ authority: self, roles: cfg.roles, apiUrl, metricsUrl, partners }, 'authority started');

  return {
    apiUrl, metricsUrl, connection, views, outbox, relay, deadLetters, projector: consumer, sweeper,
    // Order matters: stop taking requests, let the relay finish its batch, let the consumer commit.
    async stop() {
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
      await relay?.stop();
      await publisher?.disconnect();
      await receiptPublisher?.disconnect();
      sweeper?.stop();
      await consumer?.stop();
      if (needsKafka) await producer.disconnect();
      // Last, so the gauges are scraped until the roles are done; keep-alive scrapers are cut off.
      metricsServer.closeAllConnections();
      await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      await connection.close();
      logger.info({ authority: self }, 'authority stopped');
    },
  };
}

/** Listens, or fails start-up with the listener's error (a port in use) instead of hanging. */
function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** A URL host for a bind address: the wildcard binds are reached on loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

// How an integration test reaches the real stack. The global setup exports these variables after
// it has found or started the stack; a test that runs without them fails with that explanation.
export interface StackEnv {
  kafkaBrokers: string[];
  /** The test stack's SCRAM password files, one per principal (bex-admin, bex-la, ...). */
  kafkaCredentialsDir: string;
  registryUrl: string;
  mongoUrl: string;
}

export function stackEnv(env: NodeJS.ProcessEnv = process.env): StackEnv {
  const { BEX_KAFKA_BROKERS, BEX_KAFKA_CREDENTIALS_DIR, BEX_REGISTRY_URL, BEX_MONGO_URL } = env;
  if (!BEX_KAFKA_BROKERS || !BEX_KAFKA_CREDENTIALS_DIR || !BEX_REGISTRY_URL || !BEX_MONGO_URL) {
    throw new Error('integration tests need the local stack: run them with `npm test` (its global setup starts the stack)');
  }
  return { kafkaBrokers: BEX_KAFKA_BROKERS.split(','), kafkaCredentialsDir: BEX_KAFKA_CREDENTIALS_DIR, registryUrl: BEX_REGISTRY_URL, mongoUrl: BEX_MONGO_URL };
}

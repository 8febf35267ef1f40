export { stackEnv, type StackEnv } from './stack-env';
export { uniqueName } from './unique-name';
export { startTestExchange, eventually, fullTurnAfter, movableClock, type TestExchange } from './test-exchange';
export { callJson, type Answer } from './http';
export { produceRaw, readAll, type RawMessage } from './inbox-tools';
export { kafkaAs, kafkaOfAuthority, authorityKafkaVars, grantPrefixAcls, revokePrefixAcls } from './kafka-access';

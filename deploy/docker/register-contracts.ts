// One-shot task of a deployment: registers every committed version of every contract, oldest first,
// under its record-name subject with FULL_TRANSITIVE (scripts/exchange/register-contracts.ts, the
// step `npm start` runs locally). Run it before relays start, after each release that adds a version:
//
//   node --import tsx deploy/docker/register-contracts.ts      (BEX_REGISTRY_URL names the registry)
//
// Safe to repeat: a version already registered keeps its id.
import { registerContracts } from '../../scripts/exchange/register-contracts';

const registryUrl = process.env.BEX_REGISTRY_URL ?? 'http://127.0.0.1:8081/apis/ccompat/v7';

registerContracts(registryUrl).then(
  (lines) => {
    for (const line of lines) console.log(line);
    console.log(`registered ${lines.length} contract versions at ${registryUrl}`);
  },
  (err: unknown) => {
    console.error(`cannot register the contracts at ${registryUrl}: ${(err as Error).message}`);
    process.exit(1);
  },
);

// Registers every committed version of every contract, oldest first, under its record-name subject
// with FULL_TRANSITIVE: the deployment step that makes the registry's history match schemas/.
// Writers then only ever find their version already there, whatever order authorities start in.
import { CONTRACT_NAMES, avroType, versionsOf } from '@bex/schemas';
import { AvroSerde, RegistryClient } from '@bex/shared';

export async function registerContracts(registryUrl: string): Promise<string[]> {
  const serde = new AvroSerde(new RegistryClient({ baseUrl: registryUrl }));
  const registered: string[] = [];
  for (const name of CONTRACT_NAMES) {
    for (const version of versionsOf(name)) {
      const writer = await serde.writer(avroType(name, version));
      registered.push(`${writer.subject} v${version} -> id ${writer.schemaId}`);
    }
  }
  return registered;
}

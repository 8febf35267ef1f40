// FULL_TRANSITIVE, as the registry enforces it: every version reads data written with every
// earlier one (backward) and every earlier one reads data written with it (forward). avsc's
// createResolver(writer) throws exactly when the reader cannot read the writer's data.
import avro from 'avsc';
import type { JsonObject } from '../bundle/json';

export interface SchemaVersion {
  version: number;
  schema: JsonObject;
}

export interface CompatibilityProblem {
  reader: number;
  writer: number;
  message: string;
}

/** Problems when `reader` cannot read data written with `writer`; empty when it can. */
export function canRead(reader: avro.Type, writer: avro.Type): string | null {
  try {
    reader.createResolver(writer);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export function checkFullTransitive(history: readonly SchemaVersion[]): CompatibilityProblem[] {
  const typed = history.map(({ version, schema }) => ({ version, type: avro.Type.forSchema(schema as avro.Schema) }));
  const problems: CompatibilityProblem[] = [];
  const check = (reader: (typeof typed)[number], writer: (typeof typed)[number]): void => {
    const error = canRead(reader.type, writer.type);
    if (error !== null) {
      problems.push({ reader: reader.version, writer: writer.version,
        message: `v${reader.version} cannot read data written with v${writer.version}: ${error}` });
    }
  };
  typed.forEach((newer, i) => {
    for (const older of typed.slice(0, i)) {
      check(newer, older);
      check(older, newer);
    }
  });
  return problems;
}

// The file side of bundling: sources live in schemas/avro, one file per type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractName } from '../records';
import { bundleSchema, type TypeSources } from './bundle';
import { isJsonObject, type JsonObject } from './json';

export const AVRO_DIR = join(__dirname, '..', '..', 'avro');

function readJsonObject(file: string): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${file} does not hold a JSON object`);
  return parsed as JsonObject;
}

export function loadTypeSources(dir = join(AVRO_DIR, 'types')): TypeSources {
  const types: Record<string, JsonObject> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.avsc')).sort()) {
    const name = file.slice(0, -'.avsc'.length);
    const schema = readJsonObject(join(dir, file));
    const declared = schema.name ?? schema.typeAlias;
    // A reference is resolved by file name, so a file must be named after what it declares.
    if (declared !== name) throw new Error(`${file} declares "${String(declared)}"; name the file after it`);
    types[name] = schema;
  }
  return types;
}

export function loadRecordSource(recordName: ContractName, dir = join(AVRO_DIR, 'records')): JsonObject {
  return readJsonObject(join(dir, `${recordName}.avsc`));
}

/** The self-contained schema the current sources produce for a record. */
export function bundleFromSources(recordName: ContractName, types: TypeSources = loadTypeSources()): JsonObject {
  return bundleSchema(loadRecordSource(recordName), types);
}

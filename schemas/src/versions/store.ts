// Committed versions: schemas/versions/<RecordName>/v<N>.avsc. They are immutable once committed,
// because the registry and every partner's decoder may already hold them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, schemaText, type JsonObject } from '../bundle/json';
import type { ContractName } from '../records';

export const VERSIONS_DIR = join(__dirname, '..', '..', 'versions');

const VERSION_FILE = /^v([1-9][0-9]*)\.avsc$/;

export function listVersions(recordName: ContractName, dir = VERSIONS_DIR): number[] {
  const recordDir = join(dir, recordName);
  if (!existsSync(recordDir)) return [];
  return readdirSync(recordDir)
    .map((file) => VERSION_FILE.exec(file)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function readVersion(recordName: ContractName, version: number, dir = VERSIONS_DIR): JsonObject {
  const file = join(dir, recordName, `v${version}.avsc`);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${file} does not hold a schema object`);
  return parsed;
}

export function writeVersion(recordName: ContractName, version: number, schema: JsonObject, dir = VERSIONS_DIR): string {
  const recordDir = join(dir, recordName);
  mkdirSync(recordDir, { recursive: true });
  const file = join(recordDir, `v${version}.avsc`);
  // 'wx' refuses to overwrite: an existing version is never rewritten.
  writeFileSync(file, schemaText(schema), { flag: 'wx' });
  return file;
}

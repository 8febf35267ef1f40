// @bex/schemas: the Avro contracts every authority shares, the TypeScript types generated from
// them, validation for the HTTP API, the FULL_TRANSITIVE check, and realistic samples.
export { RECORD_NAMES, CONTRACT_NAMES, NAMESPACE, isRecordName, type RecordName, type ContractName } from './records';
export { loadSchema, latestVersion, latestVersions, versionsOf } from './versions/load-schema';
export { avroType, seizureCaseType, vehicleRiskAlertType, alertHitType, policyChangeType, receiptType } from './avro-types';
export type { Json, JsonObject } from './bundle/json';
export { bundleSchema, type TypeSources } from './bundle/bundle';
export * from './generated/types';
export { validateRecord } from './validate/validate-record';
export { boundOf, EARLIEST_TIME_MS, EARLIEST_YEAR, FIELD_BOUNDS, LATEST_TIME_MS, LATEST_YEAR, type FieldBound } from './validate/bounds';
export type { FieldError, FieldSteps } from './validate/field-error';
export { childPath, renderSteps, stepInto } from './validate/field-error';
export { recordSchema, rulesOf, formatSchema, DATE_SCHEMA, DATE_TIME_SCHEMA, type RecordRule, type RecordSchema, type RecordSchemaOptions } from './json-schema';
export { canRead, checkFullTransitive, type CompatibilityProblem, type SchemaVersion } from './compat/check-compatibility';
export { checkCommittedVersions, type RecordCompatibilityProblem } from './compat/check-committed';
export * as codes from './codes';
export * from './samples';

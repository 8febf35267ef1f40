// Why a copy of a record is a tombstone. The first three travel in meta.retraction (the Avro enum
// RetractionReason); a view also purges on its own when meta.retainUntil has passed.
export const RETRACTION_REASONS = ['WITHDRAWN', 'NO_LONGER_SHARED', 'RETENTION_ENDED', 'OTHER'] as const;
export type RetractionReason = (typeof RETRACTION_REASONS)[number];

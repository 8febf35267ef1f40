// The Kafka headers that carry a signature. Record id and revision are not among them: the
// verifier takes those from the decoded record, so there is only one place they can come from.
export const HEADER = {
  keyId: 'bex-key-id',
  signature: 'bex-signature',
  source: 'bex-source',
  recipient: 'bex-recipient',
  signedAt: 'bex-signed-at',
} as const;

/** A type alias rather than an interface, so it fits kafkajs's indexed header type as it is. */
export type SignatureHeaders = {
  'bex-key-id': string;
  'bex-signature': string;
  'bex-source': string;
  'bex-recipient': string;
  'bex-signed-at': string;
};

/** Kafka headers as kafkajs hands them over (Buffers when consumed, strings when produced). */
export type KafkaHeaders = Readonly<Record<string, Buffer | string | ReadonlyArray<Buffer | string> | undefined>>;

export type HeaderRead = { ok: true; value: string } | { ok: false; problem: 'missing' | 'repeated' };

export function readHeader(headers: KafkaHeaders | undefined, name: string): HeaderRead {
  const raw = headers?.[name];
  if (raw === undefined) return { ok: false, problem: 'missing' };
  // Two values for one header leave it open which one was meant, so neither is believed.
  if (Array.isArray(raw)) {
    if (raw.length !== 1) return { ok: false, problem: raw.length === 0 ? 'missing' : 'repeated' };
    return readHeader({ [name]: raw[0] as Buffer | string }, name);
  }
  return { ok: true, value: Buffer.isBuffer(raw) ? raw.toString('utf8') : (raw as string) };
}

/** Signed-at as Date#toISOString writes it; one spelling only, since the string itself is signed. */
export const SIGNED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

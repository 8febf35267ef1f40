// The local cluster's TLS listener (BEX_KAFKA_TLS=true): a self-signed certificate for 127.0.0.1,
// made once with the JDK's keytool (the stack already needs a JDK, so no other tool), that the
// brokers serve and that clients trust as their CA (NODE_EXTRA_CA_CERTS=<ca.pem>, as a deployment
// trusts its cluster's CA). Production mode insists on TLS to the broker; this is how it is run here.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StackConfig } from './config';
import { findJava } from './java';

export interface KafkaTlsFiles {
  /** PKCS12 keystore with the broker's key and certificate. */
  keystore: string;
  /** PKCS12 truststore holding that certificate as a trusted entry (Java's clients of the listener). */
  truststore: string;
  password: string;
  /** The certificate in PEM: what clients trust. */
  caPem: string;
}

export const kafkaTlsDir = (cfg: StackConfig): string => join(cfg.dataDir, 'kafka-tls');

/** Creates the certificate on first use and returns its files; later calls only read them. */
export async function ensureKafkaTls(cfg: StackConfig): Promise<KafkaTlsFiles> {
  const dir = kafkaTlsDir(cfg);
  const files: KafkaTlsFiles = {
    keystore: join(dir, 'broker.p12'),
    truststore: join(dir, 'truststore.p12'),
    password: '',
    caPem: join(dir, 'ca.pem'),
  };
  const passwordFile = join(dir, 'store.password');
  if (existsSync(files.caPem) && existsSync(passwordFile)) return { ...files, password: readFileSync(passwordFile, 'utf8').trim() };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  for (const f of [files.keystore, files.truststore, files.caPem]) rmSync(f, { force: true });
  const password = randomBytes(18).toString('hex');
  const keytool = join(dirname(await findJava(cfg)), 'keytool');
  const run = (args: string[]) => execFileSync(keytool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  run([
    '-genkeypair', '-alias', 'broker', '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '3650',
    '-dname', 'CN=127.0.0.1,O=BEX local stack', '-ext', 'SAN=ip:127.0.0.1,dns:localhost', '-ext', 'BC=ca:true',
    '-keystore', files.keystore, '-storetype', 'PKCS12', '-storepass', password,
  ]);
  writeFileSync(files.caPem, run(['-exportcert', '-rfc', '-alias', 'broker', '-keystore', files.keystore, '-storepass', password]));
  run(['-importcert', '-noprompt', '-alias', 'bex-local-ca', '-file', files.caPem, '-keystore', files.truststore, '-storetype', 'PKCS12', '-storepass', password]);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return { ...files, password };
}

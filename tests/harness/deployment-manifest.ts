// What a Kubernetes deployment of one authority runs, read from the manifest the cluster applies
// (deploy/kubernetes/authority-<a>.yaml): the shared environment (ConfigMap bex-<a>-env), the
// agreements it mounts (ConfigMap bex-<a>-agreements), and per Deployment its roles, replicas and
// own variables. The production-shape test runs exactly this, so the settings have one source.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

export interface RoleDeployment {
  name: string;
  replicas: number;
  /** Literal variables of the container (BEX_ROLES, ports, …). */
  env: Record<string, string>;
  /** Variables the container takes from Secrets: the test must supply each of them. */
  fromSecrets: string[];
}

export interface AuthorityManifest {
  env: Record<string, string>;
  agreements: Record<string, string>;
  deployments: RoleDeployment[];
}

interface K8sObject {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec?: {
    replicas?: number;
    template?: { spec: { containers: Array<{ env?: Array<{ name: string; value?: string; valueFrom?: unknown }> }> } };
  };
}

export function readAuthorityManifest(file: string, authority: string): AuthorityManifest {
  const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS() as K8sObject).filter((o) => o !== null);
  const configMap = (name: string): Record<string, string> => {
    const found = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);
    if (!found?.data) throw new Error(`${file}: no ConfigMap ${name}`);
    return found.data;
  };
  const a = authority.toLowerCase();
  const deployments = objects
    .filter((o) => o.kind === 'Deployment')
    .map((o): RoleDeployment => {
      const container = o.spec!.template!.spec.containers[0]!;
      const env = container.env ?? [];
      return {
        name: o.metadata.name,
        replicas: o.spec!.replicas ?? 1,
        env: Object.fromEntries(env.filter((e) => e.value !== undefined).map((e) => [e.name, e.value!])),
        fromSecrets: env.filter((e) => e.valueFrom !== undefined).map((e) => e.name),
      };
    });
  return { env: configMap(`bex-${a}-env`), agreements: configMap(`bex-${a}-agreements`), deployments };
}

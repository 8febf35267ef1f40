// What the stack needs to know about each real component it runs.
import type { StackConfig } from './config';
import type { LaunchSpec } from './processes';

export interface Component {
  /** kafka (node 1), kafka-2, kafka-3, registry, database: also the name of its pid and log files. */
  name: string;
  port(cfg: StackConfig): number;
  /** Fetch and unpack what the component needs; cached, so a second call only checks a stamp. */
  install(cfg: StackConfig): Promise<void>;
  /** One-time preparation of its data (e.g. formatting Kafka's log directory). */
  prepare(cfg: StackConfig): Promise<void>;
  launchSpec(cfg: StackConfig): Promise<LaunchSpec>;
  /** Resolves with a one-line description (version, cluster id) once the component serves requests. */
  probe(cfg: StackConfig): Promise<string>;
}

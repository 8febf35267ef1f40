// How busy this process was during a scenario. All authorities share its event loop and two-ish
// cores, so a long event-loop delay means api latency comes from the in-process relay/projectors,
// not from the database. Sampled every 1 ms, so about 1 ms is the floor of every figure.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProcessLoad {
  cpuPercentOfOneCore: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
}

const ms = (ns: number): number => Number((ns / 1e6).toFixed(1));

export function watchProcessLoad(): { stop(): ProcessLoad } {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  return {
    stop() {
      delay.disable();
      const cpu = process.cpuUsage(cpu0);
      const wallUs = (performance.now() - t0) * 1000;
      return {
        cpuPercentOfOneCore: Math.round(((cpu.user + cpu.system) / wallUs) * 100),
        eventLoopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      };
    },
  };
}

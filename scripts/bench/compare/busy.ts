// Whether the machine was busy with something else while the benchmark ran, judged from the load
// average before and after and the CPU that processes other than the benchmark's used meanwhile.
export interface MachineLoad {
  cores: number;
  loadAvgBefore: [number, number, number];
  loadAvgAfter: [number, number, number];
  /** Mean CPU of processes not started by this run, in % of one core, over the run. */
  othersCpuPercentMean: number;
  /** The busiest sample interval's figure. */
  othersCpuPercentMax: number;
  topOthers: Array<{ pid: number; command: string; cpuPercent: number }>;
}

export function busyWarnings(l: MachineLoad): string[] {
  const warnings: string[] = [];
  if (l.loadAvgBefore[0] > l.cores * 0.5) {
    warnings.push(`load average ${l.loadAvgBefore[0]} before the run on ${l.cores} cores: the machine was already busy`);
  }
  if (l.othersCpuPercentMean > 25) {
    warnings.push(`other processes used ${l.othersCpuPercentMean} % of a core on average during the run (max ${l.othersCpuPercentMax} %): figures are low and noisy`);
  } else if (l.othersCpuPercentMax > 75) {
    warnings.push(`other processes used up to ${l.othersCpuPercentMax} % of a core at times during the run: some figures may be low`);
  }
  return warnings;
}

// The shape of one bench:compare run's result: what it ran on, the comparisons with their ratios,
// each stage's figures (or why it failed), and the memory of every process per stage.
import type { MachineLoad } from './busy';
import type { CompareStack } from './compare-stack';
import type { Machine } from './machine';
import type { CompareOptions, Stage } from './options';
import type { Comparison } from './ratio';
import type { RssFigure } from './rss-watch';
import type { ApiStageResult } from './stage-api';
import type { LatencyStageResult } from './stage-latency';
import type { LookupStageResult } from './stage-lookup';
import type { ProjectorStageResult } from './stage-projector';
import type { RebuildStageResult } from './stage-rebuild';
import type { RelayStageResult } from './stage-relay';

export interface StageResults {
  api?: ApiStageResult;
  relay?: RelayStageResult;
  projector?: ProjectorStageResult;
  latency?: LatencyStageResult;
  rebuild?: RebuildStageResult;
  lookup?: LookupStageResult;
}

export interface CompareReport {
  benchmark: 'compare';
  startedAt: string;
  durationS: number;
  command: string;
  options: CompareOptions;
  machine: Machine;
  load: MachineLoad;
  warnings: string[];
  stack: CompareStack['describe'] & { versions: Record<string, string> };
  comparisons: Comparison[];
  stages: StageResults;
  stageSeconds: Partial<Record<Stage, number>>;
  errors: Partial<Record<Stage, string>>;
  rssMb: Partial<Record<Stage | 'stack-idle', Record<string, RssFigure>>>;
}

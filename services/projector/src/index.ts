export { DEFAULT_REBUILD_MAX_SILENCE_MS, InboxConsumer, type ProjectorOptions, type RebuildOptions } from './entry-points/inbox-consumer';
export { ViewSweeper, type SweepResult } from './entry-points/view-sweeper';

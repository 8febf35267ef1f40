// Stops the throwaway stack the global setup started (never a stack the user started).
import { loadStackConfig } from '../../scripts/stack/config';
import { down } from '../../scripts/stack/stack';

export default async function globalTeardown(): Promise<void> {
  const home = process.env.BEX_TEST_STACK_HOME;
  if (!home || process.env.BEX_KEEP_TEST_STACK === '1') return;
  await down(loadStackConfig({ ...process.env, BEX_HOME: home }));
}

// Stops the throwaway stack the global setup started, then checks that the user's stack (if one
// was running) still runs the same processes: a test that touched it fails the run here.
import { down } from '../../scripts/stack/stack';
import { testStackConfig, userStackConfig } from './test-stack';
import { compareUserStack, snapshotUserStack, type UserStackSnapshot } from './user-stack-guard';

export default async function globalTeardown(): Promise<void> {
  if (process.env.BEX_TEST_STACK_STARTED === '1' && process.env.BEX_KEEP_TEST_STACK !== '1') await down(testStackConfig());
  const before = JSON.parse(process.env.BEX_USER_STACK_SNAPSHOT ?? '{"components":[]}') as UserStackSnapshot;
  const problems = compareUserStack(before, await snapshotUserStack(userStackConfig()));
  if (problems.length > 0) throw new Error(`the tests touched the stack they did not start: ${problems.join('; ')}`);
}

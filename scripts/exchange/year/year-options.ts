// The environment variables that size the demo year `npm start` seeds, checked with a message naming the bad one.
import { ConfigError } from '../../stack/config';

/**
 * How much of a year of exchange `npm start` seeds: BEX_DEMO_YEAR_SCALE (default 1: about 300
 * seizures, 48 alerts with their changes and hits, the year's checkpoint changes; 0: none) and
 * BEX_DEMO_SEED (default 2026), which makes the year the same every time.
 */
export function demoYearOptions(env: NodeJS.ProcessEnv = process.env): { scale: number; seed: number } {
  const scale = Number(env.BEX_DEMO_YEAR_SCALE ?? '1');
  if (!Number.isFinite(scale) || scale < 0 || scale > 20) throw new ConfigError(`BEX_DEMO_YEAR_SCALE must be a number from 0 to 20, got "${env.BEX_DEMO_YEAR_SCALE}"`);
  const seed = Number(env.BEX_DEMO_SEED ?? '2026');
  if (!Number.isSafeInteger(seed) || seed < 0) throw new ConfigError(`BEX_DEMO_SEED must be a whole number >= 0, got "${env.BEX_DEMO_SEED}"`);
  return { scale, seed };
}

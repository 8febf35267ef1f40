// Console progress for long first-time steps: what is happening and how long it took.
export function step(message: string): void {
  console.log(`[bex] ${message}`);
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  step(`${label} ...`);
  const result = await work();
  step(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

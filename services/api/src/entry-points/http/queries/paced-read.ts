// A gauge whose reading costs the database in proportion to what it counts: on SecantusDB a count
// of pending revisions decodes every one of them (1.5 s of its lock at 20,000 pending), and a
// scrape every few seconds during a backlog would slow the very relay it watches. Such a figure
// is read again only once `1 / share` times its last reading's duration has passed; until then a
// scrape gets the last value. A cheap reading (a few ms when little is pending) is fresh at every
// scrape; an expensive one never takes more than `share` of the database's time. Scrapes that
// arrive during a reading share it.

/** `read`, paced so that it spends at most `share` of the time reading. */
export function pacedRead(read: () => Promise<number>, share = 0.05, now: () => number = () => performance.now()): () => Promise<number> {
  let last: { value: number; readyAt: number } | undefined;
  let reading: Promise<number> | undefined;
  return () => {
    if (reading !== undefined) return reading;
    if (last !== undefined && now() < last.readyAt) return Promise.resolve(last.value);
    const started = now();
    reading = read().then(
      (value) => {
        const ended = now();
        last = { value, readyAt: ended + (ended - started) / share };
        reading = undefined;
        return value;
      },
      (err: unknown) => {
        reading = undefined;
        throw err;
      },
    );
    return reading;
  };
}

/**
 * Median CPU time of one call in nanoseconds, over `rounds` batches of `batch` calls. CPU time, not
 * wall time, so other processes on a shared machine do not count against the figure.
 */
export function timeNs(fn: () => unknown, batch: number, rounds = 7): number {
  for (let i = 0; i < batch; i += 1) fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const started = process.cpuUsage();
    for (let i = 0; i < batch; i += 1) fn();
    const used = process.cpuUsage(started);
    samples.push(((used.user + used.system) * 1000) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

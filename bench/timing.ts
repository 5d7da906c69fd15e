/** Repeated timing for the benches: warm-up rounds, then p50/p95/max over the measured runs. */
export interface Timing {
  label: string;
  p50: number;
  p95: number;
  max: number;
  answer: string;
}

/** Runs `work` `warmup` times unmeasured and `runs` times measured; `answer` is what it last said. */
export async function timeRuns(
  label: string,
  work: () => Promise<string>,
  counts: { warmup: number; runs: number },
): Promise<Timing> {
  let answer = '';
  for (let i = 0; i < counts.warmup; i++) answer = await work();
  const times: number[] = [];
  for (let i = 0; i < counts.runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { label, p50: at(0.5), p95: at(0.95), max: times.at(-1)!, answer };
}

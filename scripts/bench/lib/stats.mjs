// Summary figures of a benchmark's samples, in ms.

/** Mean (to 0.01) and the 50th and 95th percentiles (to 1, WebKit's timer precision) of the finite values. */
export function stats(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { mean: Math.round(mean * 100) / 100, p50: Math.round(at(0.5)), p95: Math.round(at(0.95)) };
}

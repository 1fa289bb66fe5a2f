// Small statistics for bench samples.

/** The q-quantile (0..1) by linear interpolation between closest ranks. */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);
export const p90 = (values) => quantile(values, 0.9);

/** "0: 3, 1: 17" — how often each value occurs. */
export function histogram(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([v, n]) => `${v}: ${n}`).join(', ');
}

/**
 * A distribution-free confidence interval for the median (order statistics, binomial), at least
 * `level` coverage; null when there are too few values for one.
 */
export function medianInterval(values, level = 0.95) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  const tail = (1 - level) / 2;
  // P(Binomial(n, 1/2) <= k), accumulated.
  let cumulative = 0;
  let k = -1;
  for (let i = 0; i <= n; i++) {
    cumulative += binomial(n, i) / 2 ** n;
    if (cumulative > tail) break;
    k = i;
  }
  if (k < 0) return null;
  return [sorted[k], sorted[n - 1 - k]];
}

function binomial(n, k) {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

// The value axis of a chart: a round maximum and evenly spaced ticks people can read at a glance.

/**
 * Ticks from 0 to a round maximum at or above `max`, about `target` steps apart. Integer data (counts)
 * never gets fractional ticks; an all-zero chart still gets an axis up to one step.
 */
export function valueTicks(max: number, options: { integer: boolean; target?: number }): number[] {
  const target = options.target ?? 4;
  const raw = max > 0 ? max / target : 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalized = raw / magnitude;
  let step = (normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10) * magnitude;
  if (options.integer) step = Math.max(1, Math.round(step));
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const count = Math.round(top / step);
  // Multiplying, not adding: 0.1 + 0.2 would drift away from the round numbers the axis shows.
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

const STEPS: Array<[number, string]> = [
  [525960, 'years'], [43830, 'months'], [10080, 'weeks'], [1440, 'days'],
];

/** "2 h 30 min", "30 days", "3 years": minutes in the largest unit that reads naturally. */
export function formatMinutes(minutes: number): string {
  for (const [size, name] of STEPS) {
    const n = minutes / size;
    if (minutes >= size && Math.abs(n * 4 - Math.round(n * 4)) < 1e-6) return `${Number(n.toFixed(2))} ${n === 1 ? name.slice(0, -1) : name}`;
  }
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  const h = Math.floor(minutes / 60);
  const min = Math.round(minutes - h * 60);
  if (!h) return `${min} min`;
  return min ? `${h} h ${min} min` : `${h} h`;
}

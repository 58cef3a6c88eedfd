/** A byte count for people: "1.4 MB (1,441,792 bytes)". */
export function formatSize(bytes: number): string {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const exact = `${new Intl.NumberFormat("en").format(bytes)} bytes`;
  if (unit === 0) return exact;
  return `${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(value)} ${units[unit]} (${exact})`;
}

// Hours are estimated from words, never measured: Tandem does not watch anyone work. The rate is the
// one the certificate and the profile print ("about 4 hours, estimated at 250 words an hour").

/**
 * Words a volunteer translates in an hour, research and checking included. Professional
 * translators are usually quoted at 300 to 500 words an hour; volunteers, often translating outside
 * their day job, are counted more slowly so the estimate never flatters the work.
 */
export const WORDS_PER_HOUR = 250;

/**
 * Hours for `words`, to one decimal under ten hours and whole hours above (more would be false
 * precision). Any work at all is at least 0.1 hour: "about 0 hours" would thank nobody.
 */
export function estimatedHours(words: number): number {
  if (words <= 0) return 0;
  const hours = words / WORDS_PER_HOUR;
  return hours < 10 ? Math.max(0.1, Math.round(hours * 10) / 10) : Math.round(hours);
}

/**
 * What personal data looks like in a log line: an e-mail address, or a Finnish phone number (+358 or 0 and at least
 * seven more digits, spaced or not). The logs of every browser run are read for these (issue 11 B8).
 */
export const PERSONAL_DATA_PATTERNS = [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/, /(?:\+358|\b0)[ -]?\d{1,3}[ -]?\d{3}[ -]?\d{3,4}\b/];

/** The log lines of a run that hold something that looks like personal data. */
export function linesWithPersonalData(lines: readonly string[]): string[] {
  return lines.filter((line) => PERSONAL_DATA_PATTERNS.some((p) => p.test(line)));
}

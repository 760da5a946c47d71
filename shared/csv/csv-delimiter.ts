export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const SAMPLE_LINES = 20;

/** Per line of the sample, how often each delimiter occurs outside quotes. */
function countsPerLine(text: string): Map<CsvDelimiter, number>[] {
  const lines: Map<CsvDelimiter, number>[] = [];
  let counts = new Map<CsvDelimiter, number>();
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') {
      lines.push(counts);
      counts = new Map();
    } else if ((CSV_DELIMITERS as readonly string[]).includes(char)) {
      const delimiter = char as CsvDelimiter;
      counts.set(delimiter, (counts.get(delimiter) ?? 0) + 1);
    }
  }
  if (lines.length < SAMPLE_LINES && counts.size > 0) lines.push(counts);
  return lines;
}

/**
 * The delimiter of a CSV file, from its first lines: the one found on the header line that
 * splits the most lines into as many cells as the header. A file with one column gets a comma.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const lines = countsPerLine(text);
  const header = lines[0];
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = header?.get(delimiter) ?? 0;
    if (count === 0) continue;
    const score = lines.filter((line) => line.get(delimiter) === count).length;
    if (score > bestScore || (score === bestScore && count > bestCount)) {
      best = delimiter;
      bestScore = score;
      bestCount = count;
    }
  }
  return best;
}

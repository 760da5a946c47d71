/** Sentences in a row: Latin scripts put a space between them, Chinese does not. */
export function joinSentences(sentences: string[], language: string): string {
  return sentences.join(language.startsWith('zh') ? '' : ' ');
}

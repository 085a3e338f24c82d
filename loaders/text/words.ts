/** Counts words as runs of letters or digits (with inner apostrophes, hyphens, dots or commas). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

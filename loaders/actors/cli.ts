/** `dossier actors …` (issue 4: `--suggest` lists merges the extractor was unsure about). */
export function actorsCommand(_args: string[]): number {
  console.error("dossier actors: not built yet");
  return 2;
}

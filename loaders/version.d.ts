/** The source tree's loaders/ folder, also when running from a bundle. */
export const LOADERS: string;
/** A hash of every file under loaders/: the extractor's version in cache keys. */
export function extractorVersion(): string;
/** The hash of every file under `dir`, from the memo at `memo` while no file's path, size, times or inode moved. */
export function versionOf(dir: string, memo: string, settledMs?: number): string;
/** The folder of this version's bundle (bin/bundle.js): cli.js and worker.js. */
export function bundleDir(): string;

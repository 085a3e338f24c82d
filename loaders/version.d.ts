/** The source tree's loaders/ folder, also when running from a bundle. */
export const LOADERS: string;
/** A hash of every file under loaders/: the extractor's version in cache keys. */
export function extractorVersion(): string;
/** The folder of this version's bundle (bin/bundle.js): cli.js and worker.js. */
export function bundleDir(): string;

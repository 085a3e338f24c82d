/** The source tree's loaders/ folder, also when running from the JavaScript mirror. */
export const LOADERS: string;
/** A hash of every file under loaders/: the extractor's version in cache keys. */
export function extractorVersion(): string;

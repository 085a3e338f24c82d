// Types for build/csp.js (plain JS so that postbuild.js can import it without a loader).
export const DIRECTIVES: [string, string][];
export const HEADER_ONLY: [string, string][];
export const META_PREFIX: string;
export function policy(hashes?: string[], options?: { header?: boolean }): string;
export function cspMeta(hashes?: string[]): string;
export function inlineScriptHashes(html: string): string[];

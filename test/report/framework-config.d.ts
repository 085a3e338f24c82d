// Framework ships no types for its internals; the links test reads its path normalizer.
declare module "@observablehq/framework/dist/config.js" {
  export function normalizeConfig(spec: unknown, defaultRoot?: string): { normalizePath: (path: string) => string };
}

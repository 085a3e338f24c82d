// Types of boundaries.js (plain JavaScript: bundle.js runs it before any TypeScript loader exists).
export function fastBoundaries(source: string, flags: string): string;
export function rewriteModule(code: string, parse: (code: string, options: { ecmaVersion: "latest"; sourceType: "module" }) => unknown): string;

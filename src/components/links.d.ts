// Types for links.js (plain JavaScript so the report's pages load it as it is).
export function pageHref(page: string, params?: Record<string, string | number | null | undefined>): string;

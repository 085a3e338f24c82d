import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".wasm": "application/wasm", ".arrow": "application/vnd.apache.arrow.file", ".svg": "image/svg+xml",
  ".csv": "text/csv", ".png": "image/png", ".woff2": "font/woff2",
};

export interface ServeOptions {
  /**
   * Exact files only, as nginx, Apache, S3 and `python3 -m http.server` serve a folder
   * by default: `/dir/` → `dir/index.html` is the one fallback; `/x` is not `x.html`.
   * Off, `/x` falls back to `x.html` too (clean URLs, as Netlify or Vercel map them).
   */
  strict?: boolean;
  /** The folder the site is published under, e.g. `/graphics/dossier/`; anything outside it is a 404. */
  base?: string;
}

/** The file a request names under `root`, or null (a 404). */
function fileFor(root: string, pathname: string, { strict = false, base = "/" }: ServeOptions): string | null {
  if (!pathname.startsWith(base)) return null;
  const path = normalize(`/${pathname.slice(base.length)}`);
  if (path.includes("..")) return null;
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    // A folder without its trailing slash would resolve the page's relative links one level up.
    if (strict && !pathname.endsWith("/")) return null;
    file = join(file, "index.html");
  } else if (!strict && !existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A static server for dist/ on 127.0.0.1; `url` is the site's folder, without its trailing slash. */
export async function serve(root: string, options: ServeOptions = {}): Promise<{ url: string; server: Server }> {
  const base = `/${(options.base ?? "").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const file = fileFor(root, pathname, { ...options, base });
    if (!file) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base.slice(0, -1)}`, server };
}

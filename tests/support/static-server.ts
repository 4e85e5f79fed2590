/**
 * A small static file server for the built site, as a production host would serve it: directory indexes,
 * a redirect to the trailing slash, and 404.html with status 404 for unknown paths. The tests and benchmarks
 * use it instead of `astro preview`, which allows only one running instance per project.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

/** Resolves a URL path to a file inside `root`, or a redirect, or nothing. */
function resolve(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const local = normalize(join(root, decoded));
  if (local !== root && !local.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(local)) return undefined;
  if (statSync(local).isDirectory()) {
    if (!urlPath.endsWith("/")) return { redirect: `${urlPath}/` };
    const index = join(local, "index.html");
    return existsSync(index) ? { file: index } : undefined;
  }
  return { file: local };
}

/** Serves `root` on localhost:`port`; resolves once listening. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const found = resolve(root, url.pathname);
    if (found && "redirect" in found) {
      response.writeHead(301, { location: found.redirect + url.search });
      response.end();
      return;
    }
    const file = found?.file ?? join(root, "404.html");
    const status = found ? 200 : 404;
    response.writeHead(status, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    if (request.method === "HEAD" || !existsSync(file)) response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "localhost", () => done(server));
  });
}

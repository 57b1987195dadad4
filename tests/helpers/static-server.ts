// A tiny static file server for built sites, serving a folder under a path prefix the way a plain web host would.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface StaticServer {
  /** Where the site lives, ending in "/": e.g. "http://127.0.0.1:40123/news/". */
  url: string;
  /** Origin only, e.g. "http://127.0.0.1:40123". */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json; charset=utf-8",
};

/** Serves `folder` at `prefix` ("/" or e.g. "/news/") on 127.0.0.1, on a random free port. */
export async function serveStatic(folder: string, prefix = "/"): Promise<StaticServer> {
  if (!prefix.startsWith("/") || !prefix.endsWith("/")) throw new Error(`prefix must start and end with "/": ${prefix}`);
  const root = path.resolve(folder);
  const server = createServer((request, response) => {
    handle(root, prefix, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`500 ${String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("400 bad request");
    return;
  }
  if (`${pathname}/` === prefix) return redirect(response, `${url.pathname}/${url.search}`);
  if (!pathname.startsWith(prefix)) return notFound(root, request, response, false);
  let file = path.join(root, pathname.slice(prefix.length));
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(root, request, response, true);
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith("/")) return redirect(response, `${url.pathname}/${url.search}`);
    file = path.join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return notFound(root, request, response, true);
  response.writeHead(200, {
    "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": info.size,
    "cache-control": "no-store",
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location }).end();
}

/** Inside the site: its 404.html with status 404. Outside the prefix the site does not exist, so a bare 404. */
async function notFound(root: string, request: IncomingMessage, response: ServerResponse, inSite: boolean): Promise<void> {
  const page = inSite ? await readFile(path.join(root, "404.html")).catch(() => null) : null;
  const body = page ?? Buffer.from("404 not found");
  response.writeHead(404, {
    "content-type": page ? TYPES[".html"] : TYPES[".txt"],
    "content-length": body.length,
    "cache-control": "no-store",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

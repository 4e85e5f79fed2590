/** `node tests/support/serve.ts [port]`: serves dist/ on localhost for the end-to-end tests. */
import { fileURLToPath } from "node:url";
import { serveStatic } from "./static-server.ts";

const port = Number(process.argv[2] ?? 4399);
const root = fileURLToPath(new URL("../../dist", import.meta.url));
await serveStatic(root, port);
console.log(`Serving ${root} at http://localhost:${port}/`);

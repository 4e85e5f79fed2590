/**
 * What a page costs on first load, measured in Chromium: every response, grouped by type, with its size
 * gzipped (as a server would send it) and the number of requests. An optional interaction (opening search)
 * is measured separately, so the cost before and after it can be compared with the budgets.
 */
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

/** Bytes gzipped per kind of resource, and the request count. */
export type Weight = { html: number; css: number; js: number; other: number; requests: number };

const empty = (): Weight => ({ html: 0, css: 0, js: 0, other: 0, requests: 0 });

function kindOf(response: Response): keyof Omit<Weight, "requests"> {
  const type = response.headers()["content-type"] ?? "";
  const url = response.url();
  if (type.includes("text/html")) return "html";
  if (type.includes("css") || url.endsWith(".css")) return "css";
  if (type.includes("javascript") || /\.m?js(\?|$)/.test(url)) return "js";
  return "other";
}

/** Starts recording responses on a page; call the returned function to read what was loaded since. */
export function recordWeight(page: Page): () => Promise<Weight> {
  const responses: Response[] = [];
  const listener = (response: Response) => responses.push(response);
  page.on("response", listener);
  return async () => {
    page.off("response", listener);
    const weight = empty();
    for (const response of responses) {
      weight.requests++;
      const body = await response.body().catch(() => Buffer.alloc(0));
      weight[kindOf(response)] += gzipSync(body, { level: 9 }).length;
    }
    return weight;
  };
}

/** Kilobytes with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

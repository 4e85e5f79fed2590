import { chromium } from "@playwright/test";
const [, , url, selector, out, width = "1280", scheme = "light"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as "light" | "dark" });
await page.goto(url!);
await page.locator(selector!).first().screenshot({ path: out! });
await browser.close();

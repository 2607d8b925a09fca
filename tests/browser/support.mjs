// Shared pieces of the browser suite: a loopback static server for dist/ and a headless Debian Chromium.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const DIST = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` under `prefix` (e.g. "/" or "/blog/quiz/") on 127.0.0.1 at a free port.
 * Every request is recorded in `requests`; anything outside the prefix or the root is a 404.
 * `headers` are added to every file response (e.g. `Access-Control-Allow-Origin` for a sandboxed frame);
 * `pages` maps a path to HTML served as it is (e.g. a host page that embeds the quiz), or to a function
 * of the request's URL returning that HTML.
 */
export async function startServer({ root = DIST, prefix = '/', headers = {}, pages = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (Object.hasOwn(pages, url.pathname)) {
      const page = pages[url.pathname];
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(typeof page === 'function' ? page(url) : page);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page that records console errors and warnings, page errors and every request that leaves `origin` (or, given
 * `origins`, all of them: a page that embeds the quiz from another origin).
 */
export async function openPage(browser, { origin, origins = [origin], colorScheme = 'light', viewport } = {}) {
  const context = await browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const problems = { consoleErrors: [], consoleWarnings: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') problems.consoleWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!origins.includes(url.origin)) problems.foreignRequests.push(req.url());
  });
  return { context, page, problems };
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) and returns its violations, summarised. `include` and
 * `exclude` are CSS selectors that narrow what is checked, e.g. to an embedded frame or to the page around it.
 */
export async function axeViolations(page, { include, exclude } = {}) {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Answers every remaining question as a person would: clicks the radio `pick(step, count)`, then Next,
 * and finally "See my result". Waits for the result page and returns its heading.
 */
export async function answerAll(page, pick = () => 0) {
  for (let step = 0; step < 40; step++) {
    const radios = page.getByRole('radio');
    await radios.nth(pick(step, await radios.count())).check();
    const next = page.getByRole('button', { name: /^(Next|See my result)$/ });
    const label = await next.innerText();
    await next.click();
    if (label === 'See my result') break;
  }
  await page.waitForURL(/#\/result\//);
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/**
 * Runs `body(page, context)` in a fresh context on `origin`, then fails on any page error, console error or
 * request that left the origin; the context is closed either way.
 */
export async function withCheckedPage(browser, origin, options, body) {
  const { context, page, problems } = await openPage(browser, { origin, ...options });
  try {
    await body(page, context);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

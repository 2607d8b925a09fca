// Shared pieces of the browser suite: a loopback static server for dist/ and a headless Debian Chromium.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const DIST = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const run = promisify(execFile);

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

/** The headers a build's `_headers` gives every file (`/*`), names lower-cased, as a static host that reads it sends them. */
export async function generatedHeaders(dir = DIST) {
  const text = await readFile(join(dir, '_headers'), 'utf8');
  const headers = {};
  for (const line of text.split('\n').slice(1)) {
    const [, name, value] = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/) ?? [];
    if (name) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * The release build in `root` (built without the site's public address, as `./x build` and `./x test` build it),
 * copied and finished as tools/post-build.sh finishes a build told its address, that address being the server
 * this starts for the copy: src/bin/publish.rs (oEmbed, and the origin in the CSP), then the host headers, the
 * offline worker and the compressed copies again, in the hook's order. The server sends `headersOf(dir)`, by
 * default the host headers the copy generated. Returns `startServer`'s server, with `dir`; `close` removes the copy.
 */
export async function startPublished({ root = DIST, headersOf = generatedHeaders } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mlpath-published-'));
  let server;
  try {
    await cp(root, dir, { recursive: true });
    const headers = {};
    server = await startServer({ root: dir, headers });
    const env = { ...process.env, MLPATH_PUBLIC_URL: server.url };
    await run('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'publish', '--', dir], { cwd: ROOT, env });
    for (const tool of ['headers', 'service-worker', 'precompress']) await run('node', [`tools/${tool}.mjs`, dir], { cwd: ROOT });
    Object.assign(headers, await headersOf(dir));
    return {
      ...server,
      dir,
      close: async () => {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
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
export async function openPage(browser, { origin, origins = [origin], colorScheme = 'light', viewport, locale = 'en-US' } = {}) {
  // English unless asked: the boot script moves a reader to the language of their browser (src/boot.js).
  const context = await browser.newContext({ colorScheme, viewport, locale });
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

/** The four paths a result can recommend, as its heading names them. */
export const PATH_NAMES = /^(Data scientist|Applied ML engineer|ML software engineer|Core ML engineer)$/;

/** The button that moves on from a question: Next, or "See my result" on the last one. */
export const nextButton = (page) => page.getByRole('button', { name: /^(Next|See my result)$/ });

/** The button that makes a "who usually does this?" pick its answer, for good, and shows the explanation. */
export const checkButton = (page) => page.getByRole('button', { name: 'Check my answer' });

/**
 * Presses "Check my answer" where a pick waits for it (once `settle()` has resolved), then waits for the
 * explanation. Says whether it did.
 */
export async function checkIfAsked(page, settle = async () => {}) {
  const check = checkButton(page);
  if ((await check.count()) === 0) return false;
  await settle();
  await check.click();
  await page.locator('.feedback .verdict').waitFor();
  return true;
}

/** Waits until question `n` is shown (in a page or a frame). */
export const questionShown = (page, n) =>
  page.locator('.step', { hasText: new RegExp(`^Question ${n} of \\d+$`) }).waitFor();

/** Presses "Start the quiz" (in a page or a frame) and waits for the first question. */
export async function startQuiz(page) {
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await questionShown(page, 1);
}

/**
 * Presses Next or "See my result" on the question shown (after "Check my answer" where a pick waits for it),
 * once `settle()` has resolved; after Next, waits for the next question. Says whether it was the last question.
 */
async function pressNext(page, settle) {
  const [, at] = (await page.locator('.step').innerText()).match(/^Question (\d+) of \d+$/);
  await checkIfAsked(page, settle);
  const next = nextButton(page);
  const label = await next.innerText();
  await settle();
  await next.click();
  if (label === 'Next') await questionShown(page, Number(at) + 1);
  return label === 'See my result';
}

/**
 * Answers the next `n` questions as a person would: clicks the radio `pick(step, count)`, then Check where
 * asked and Next, and waits for the question after it. `settle()` is awaited before each click, for a page
 * whose layout may still move (an embed whose frame is being resized to its new content).
 */
export async function answerQuestions(page, n, pick = () => 0, { settle = async () => {} } = {}) {
  for (let step = 0; step < n; step++) {
    const radios = page.getByRole('radio');
    const index = pick(step, await radios.count());
    await settle();
    await radios.nth(index).check();
    assert.equal(await pressNext(page, settle), false, `question ${step + 1} of the ${n} is not the last`);
  }
}

/**
 * Answers every remaining question as a person would: `each(step)` runs on each question as it is shown,
 * then it clicks the radio `pick(step, count)`, then Check where asked and Next, and finally "See my result"
 * (a question already checked keeps its answer: its other radios are disabled). `settle()` is awaited before
 * each click, as for `answerQuestions`. Waits for the result page and returns its heading.
 */
export async function answerAll(page, pick = () => 0, { each = async () => {}, settle = async () => {} } = {}) {
  for (let step = 0; step < 40; step++) {
    await page.locator('.step').waitFor();
    await each(step);
    const radios = page.getByRole('radio');
    const index = pick(step, await radios.count());
    await settle();
    if (await radios.nth(index).isEnabled()) await radios.nth(index).check();
    if (await pressNext(page, settle)) break;
  }
  await page.waitForURL(/#\/result\//);
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/**
 * Holds back every request of `page` whose URL matches `pattern` (by default the wasm) until the
 * returned function is called, so the moment before the app starts can be looked at and used.
 */
export async function holdRequests(page, pattern = /\.wasm$/) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/**
 * Waits until the app's service worker has installed (fetching every asset it precaches) and taken
 * the page or frame: the last thing a page does of its own accord, once it has been idle.
 */
export const workerInControl = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** Presses Tab until the focused element has this accessible name, as a keyboard user would. */
export async function tabTo(page, name) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.getAttribute('aria-label') || el?.innerText || el?.closest('label')?.innerText || '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
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

/**
 * A string of the interface or content in a language, by its table and key: English's from
 * src/content/content.toml (its `[ui.*]` tables), the others' from src/content/lang/<code>.toml.
 */
export async function translated(lang, table, key) {
  const file = await readFile(join(ROOT, 'src', 'content', lang === 'en' ? 'content.toml' : `lang/${lang}.toml`), 'utf8');
  const start = file.indexOf(`\n[${table}]\n`);
  assert.ok(start !== -1, `${lang}: [${table}]`);
  const value = file.slice(start).match(new RegExp(`\\n${key} = "((?:[^"\\\\]|\\\\.)*)"`));
  assert.ok(value, `${lang}: ${table}.${key}`);
  return JSON.parse(`"${value[1]}"`);
}

/**
 * Makes every page of `context` opened from now on note when its app has started (Trunk's
 * `TrunkApplicationStarted`), for [`appStarted`]: on the landing page it keeps, the app changes nothing to see.
 */
export const noteAppStart = (context) =>
  context.addInitScript(() => window.addEventListener('TrunkApplicationStarted', () => { window.appStarted = true; }));

/** Waits until the app of a page whose context [`noteAppStart`] prepared has started. */
export const appStarted = (page) => page.waitForFunction(() => window.appStarted === true);

/**
 * A content security policy as a map of directive to its list of sources, for comparing the host headers'
 * policy (every language's pages under one header: their inline scripts' hashes together) with a page's.
 */
export const directives = (policy) =>
  Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));

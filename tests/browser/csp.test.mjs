// The release build's Content-Security-Policy: strict, met by the whole app, and really enforced.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAll, DIST, launchBrowser, openPage, startQuiz, startServer } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
  });
};

test('the policy is strict: no unsafe-inline, no unsafe-eval, no nonce', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, 'index.html carries a CSP meta');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+ 'wasm-unsafe-eval'/);
  assert.match(policy, /style-src 'self'(;|$)/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'nonce-/);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy precedes every script');
  // Chromium's preload scanner fetches nothing early behind a CSP <meta>: the preloads must come first.
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/g)];
  assert.equal(preloads.length, 2, 'the JS glue and the wasm are preloaded');
  for (const link of preloads) assert.ok(link.index < html.indexOf('Content-Security-Policy'), `${link[0]} precedes the policy`);
});

test('landing, quiz, result, sharing, a bad link, the roles and the embed pages raise no violation, send nothing away and set no cookie', async () => {
  const server = await startServer();
  const { context, page, problems } = await openPage(browser, { origin: server.origin });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await context.addInitScript(recordViolations);
    await page.goto(server.url);
    await startQuiz(page);
    await answerAll(page, (step, count) => count - 1);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result card' }).click()]);
    await page.goto(`${server.url}#/result/not-a-code`);
    await page.getByRole('alert').waitFor();
    await page.goto(`${server.url}#/roles`);
    await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Put this quiz on your site' }).click();
    await page.getByRole('button', { name: 'Copy script tag' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    // Privacy over the same flow: nothing left the origin, and nothing set a cookie.
    assert.deepEqual(problems.foreignRequests, []);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.consoleWarnings, [], 'a clean console: nothing for a blogger or a reader to wonder about');
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

const recordStart = () => {
  window.addEventListener('TrunkApplicationStarted', () => { window.__started = true; });
};

/**
 * Clicks the landing page's Start and says whether something in the page took the click before it reached
 * the window: a running app follows its own links itself, preventing the browser's default.
 */
async function startTaken(page) {
  await page.evaluate(() => {
    window.addEventListener('click', (event) => { window.__taken = event.defaultPrevented; }, { once: true });
  });
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  return (await page.waitForFunction(() => window.__taken !== undefined && [window.__taken])).evaluate(([taken]) => taken);
}

test("negative control: without 'wasm-unsafe-eval' the app cannot start", async () => {
  // First, with the policy whole: the app starts, and takes the click on Start itself.
  const whole = await startServer();
  const { context: wholeContext, page: wholePage } = await openPage(browser, { origin: whole.origin });
  try {
    await wholeContext.addInitScript(recordStart);
    await wholePage.goto(whole.url);
    await wholePage.waitForFunction(() => window.__started);
    assert.equal(await startTaken(wholePage), true, 'the running app took the click');
    await wholePage.getByRole('progressbar').waitFor();
  } finally {
    await wholeContext.close();
    await whole.close();
  }

  const root = await mkdtemp(join(tmpdir(), 'mlpath-csp-'));
  await cp(DIST, root, { recursive: true });
  const index = join(root, 'index.html');
  const html = await readFile(index, 'utf8');
  assert.ok(html.includes(" 'wasm-unsafe-eval'"));
  await writeFile(index, html.replace(" 'wasm-unsafe-eval'", ''));
  const server = await startServer({ root });
  const { context, page, problems } = await openPage(browser, { origin: server.origin });
  try {
    await context.addInitScript(recordViolations);
    await context.addInitScript(recordStart);
    const failed = page.waitForEvent('pageerror');
    await page.goto(server.url);
    assert.match(String(await failed), /WebAssembly|Content Security Policy|wasm/i);
    assert.equal(await page.evaluate(() => window.__started ?? false), false);
    assert.ok((await page.evaluate(() => window.__violations)).some((v) => v.startsWith('script-src')));
    // The prerendered Start is a plain link: it changes the address, and no app is there to follow (one
    // that had started would have taken the click, as in the control above).
    assert.equal(await startTaken(page), false, 'no app took the click');
    await page.waitForURL(/#\/quiz$/);
    assert.equal(await page.getByRole('progressbar').count(), 0, 'no question: no app is running');
    assert.ok(problems.pageErrors.length > 0);
  } finally {
    await context.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});

test('with the generated host headers, the app and the demo page with its embed raise no violation', async () => {
  const headersFile = await readFile(join(DIST, '_headers'), 'utf8');
  const policy = headersFile.match(/Content-Security-Policy: (.+)/)[1];
  const server = await startServer({ headers: { 'content-security-policy': policy } });
  const { context, page, problems } = await openPage(browser, { origin: server.origin });
  try {
    await context.addInitScript(recordViolations);
    await page.goto(`${server.url}demo.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('link', { name: 'Start the quiz' }).waitFor();
    // The blog's theme switch (its own script) and the message it sends the quiz.
    await page.getByRole('button', { name: 'Dark' }).click();
    await page.frames()[1].waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await startQuiz(frame);
    await frame.getByRole('progressbar').waitFor();
    const frames = page.frames();
    assert.equal(frames.length, 2);
    for (const f of frames) assert.deepEqual(await f.evaluate(() => window.__violations), [], f.url());
    await page.goto(server.url);
    // The embed saved its progress on this origin, so the page offers to continue it.
    await page.getByRole('link', { name: 'Continue at question 1' }).click();
    await page.getByRole('progressbar').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(await context.cookies(), []);
  } finally {
    await context.close();
    await server.close();
  }
});

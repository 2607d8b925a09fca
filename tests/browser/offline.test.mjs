// Offline use: after one visit the service worker has this build cached, and the quiz works with no network.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { answerAll, DIST, launchBrowser, openPage, startQuiz, startServer, workerInControl } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const prefix of ['/', '/blog/quiz/']) {
  test(`after one visit the quiz loads and completes offline (served at ${prefix})`, async () => {
    const server = await startServer({ prefix });
    const { context, page, problems } = await openPage(browser, { origin: server.origin });
    try {
      await page.goto(server.url);
      await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, server.url, 'the worker is scoped to the directory the app is served from');
      await workerInControl(page);

      await context.setOffline(true);
      await page.reload();
      await startQuiz(page);
      await answerAll(page);
      await page.getByRole('heading', { name: 'Why this path' }).waitFor();
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.foreignRequests, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('the worker precaches exactly this build, under a cache named after it', async () => {
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const assets = JSON.parse(worker.match(/const ASSETS = (\[.*\]);/)[1]);
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  for (const ref of html.matchAll(/(?:href|src)=["']?\.?\/?([^"'\s>#]+\.(?:js|wasm|css|svg|webmanifest))/g)) {
    assert.ok(assets.includes(ref[1]), `${ref[1]} is precached`);
  }
  assert.ok(assets.includes('index.html'));
  assert.ok(!assets.some((name) => /\.(gz|br)$/.test(name) || name === 'sw.js'));
  assert.match(worker, /const CACHE = 'mlpath-en-[0-9a-f]{16}';/);
  // Each other language's folder has a worker of its own, with its own cache; this one leaves them alone.
  assert.ok(!assets.some((name) => /^[a-z]{2}\//.test(name)), 'no other language\'s files');
  for (const lang of ['es', 'de']) {
    const theirs = await readFile(join(DIST, lang, 'sw.js'), 'utf8');
    assert.match(theirs, new RegExp(`const CACHE = 'mlpath-${lang}-[0-9a-f]{16}';`));
    assert.ok(JSON.parse(theirs.match(/const ASSETS = (\[.*\]);/)[1]).includes('index.html'));
  }
});

test('the web app manifest makes it installable from a sub-path', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  for (const icon of manifest.icons) await readFile(join(DIST, icon.src));
});

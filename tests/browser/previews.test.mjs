// Result links that travel: what a link unfurler sees of each path's share page (fetched without the fragment,
// without running scripts), with and without the site's public address, and what a person sees of share pages
// in the browser: the new link form everywhere, old links moved to it, a lost or mismatched code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  answerAll, appStarted, axeViolations, DIST, holdRequests, launchBrowser, noteAppStart, PATH_NAMES, startQuiz, startServer,
  tabTo, translated, withCheckedPage,
} from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const PATHS = ['applied-ml-engineer', 'data-scientist', 'ml-software-engineer', 'core-ml-engineer'];

let browser;
let server; // dist/ as built: relative addresses only
let site; // a copy published with MLPATH_PUBLIC_URL set to its own address
let published;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  published = await mkdtemp(join(tmpdir(), 'mlpath-previews-'));
  await cp(DIST, published, { recursive: true });
  site = await startServer({ root: published });
  const env = { ...process.env, MLPATH_PUBLIC_URL: site.url };
  await run('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'publish', '--', published], { cwd: ROOT, env });
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), site?.close()]);
  if (published) await rm(published, { recursive: true, force: true });
});

const unescape = (text) =>
  text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The head of `url` as a crawler reads it: plain HTTP, no fragment, no scripts. Every meta tag by property or name. */
async function crawl(url) {
  assert.ok(!url.includes('#'), 'crawlers drop the fragment');
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  assert.match(response.headers.get('content-type'), /^text\/html/);
  const html = await response.text();
  const head = html.slice(0, html.indexOf('<body') === -1 ? html.length : html.indexOf('<body'));
  const tags = {};
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = tag.match(/\b(?:property|name)=(?:"([^"]+)"|([^\s>]+))/);
    const content = tag.match(/\bcontent=(?:"([^"]*)"|([^\s>]+))/);
    if (key && content) tags[key[1] ?? key[2]] = unescape(content[1] ?? content[2]);
  }
  const canonical = head.match(/<link rel="canonical" href="([^"]+)">/)?.[1];
  const title = unescape(head.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
  return { tags, canonical, title, html };
}

/** The width and height a PNG's IHDR gives. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('each path\'s share page previews as that path, for a crawler without the fragment or scripts', async () => {
  const names = new Set();
  for (const id of PATHS) {
    const { tags, title } = await crawl(`${server.url}${id}.html`);
    const name = tags['og:title'].replace(/^Best fit: /, '');
    assert.match(name, PATH_NAMES, `${id}: ${tags['og:title']}`);
    names.add(name);
    assert.ok(title.startsWith(name), title);
    assert.equal(tags['og:type'], 'website');
    assert.equal(tags['twitter:card'], 'summary_large_image');
    assert.equal(tags['twitter:title'], tags['og:title']);
    assert.ok(tags['og:description'].length > 40 && tags.description === tags['og:description']);
    assert.equal(tags['og:image:width'], '1200');
    assert.equal(tags['og:image:height'], '630');
    assert.ok(tags['og:image:alt'].includes(name));
    // Relative addresses are no use to an unfurler: without the setting, none at all.
    assert.equal(tags['og:url'], undefined);
    assert.equal(tags['og:image'], undefined);
  }
  assert.equal(names.size, PATHS.length, 'four pages, four paths');
  const landing = await crawl(server.url);
  assert.equal(landing.tags['og:title'], 'Data scientist or machine-learning engineer?');
  assert.equal(landing.tags['twitter:card'], 'summary_large_image');
});

test('with the public address, every address in the tags is absolute and on it, and the images are there', async () => {
  const pages = [['', 'quiz'], ...PATHS.map((id) => [`${id}.html`, id])];
  for (const [file, image] of pages) {
    const { tags, canonical, html } = await crawl(`${site.url}${file}`);
    assert.equal(tags['og:url'], `${site.url}${file}`);
    assert.equal(canonical, tags['og:url']);
    assert.equal(tags['og:image'], `${site.url}preview/${image}.png`);
    assert.equal(tags['twitter:image'], tags['og:image']);
    for (const [key, value] of Object.entries(tags)) {
      if (/^(https?:|\/\/)/.test(value) || /(:url|:image)$/.test(key)) {
        assert.ok(value.startsWith(site.url), `${file} ${key}: ${value} is on ${site.url}`);
      }
    }
    // A pasted result link embeds the quiz on WordPress and Ghost as the landing page's address does.
    assert.match(html, /<link[^>]+type="application\/json\+oembed"/, `${file || 'index.html'}: oEmbed discovery`);
    const response = await fetch(tags['og:image']);
    assert.equal(response.status, 200, tags['og:image']);
    assert.equal(response.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
    assert.ok(bytes.length < 300 * 1024, `${tags['og:image']}: ${bytes.length} bytes`);
  }
});

test('every way to share gives the share page\'s link, and the address bar shows it', async () => {
  await withCheckedPage(browser, server.origin, {}, async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(server.url);
    await startQuiz(page);
    const title = await answerAll(page);
    const id = PATHS.find((p) => p.replace(/-/g, ' ') === title.toLowerCase().replace(/-/g, ' '));
    assert.ok(id, title);
    await page.waitForURL(new RegExp(`/${id}\\.html#/result/[A-Za-z0-9_-]+$`));
    const link = page.url();
    await page.getByRole('button', { name: 'Copy link' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    const encoded = encodeURIComponent(link);
    for (const name of ['LinkedIn', 'X', 'E-mail']) {
      const href = await page.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
      assert.ok(href.includes(encoded), `${name}: ${href}`);
    }
    assert.equal(await page.locator('.print-link').innerText(), `Result link: ${link}`);
  });
});

test('an old #/result/CODE link opens and moves to the share page; a share page of another path shows the code\'s', async () => {
  let code;
  let title;
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    title = await answerAll(page);
    code = page.url().split('#/result/')[1];
  });
  const id = PATHS.find((p) => p.replace(/-/g, ' ') === title.toLowerCase());
  const other = PATHS.find((p) => p !== id);
  for (const start of [`${server.url}#/result/${code}`, `${server.url}index.html#/result/${code}`, `${server.url}${other}.html#/result/${code}`]) {
    await withCheckedPage(browser, server.origin, {}, async (page) => {
      await page.goto(start);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForURL(`${server.url}${id}.html#/result/${code}`);
      // One answer on the page: the code's, never the page's own path.
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    });
  }
});

test('a share page without its code says so, and offers the quiz', async () => {
  for (const tail of ['', '#']) {
    await withCheckedPage(browser, server.origin, {}, async (page) => {
      await page.goto(`${server.url}data-scientist.html${tail}`);
      await page.getByRole('heading', { level: 1, name: 'This result link cannot be opened' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'This link has no quiz answers in it.' }).waitFor();
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await page.getByRole('heading', { level: 1, name: /^Question 1 of/ }).waitFor();
    });
  }
});

test('the share pages are what the build says: one per path, next to index.html, with the same CSP', async () => {
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const csp = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  for (const id of PATHS) {
    const page = await readFile(join(DIST, `${id}.html`), 'utf8');
    assert.ok(page.includes(`data-share-page="${id}"`), id);
    assert.equal(page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1], csp, id);
  }
});

/** Takes the whole quiz with the first choice everywhere; returns the result's code, path id and heading. */
async function ownResult() {
  let result;
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    const title = await answerAll(page);
    const id = PATHS.find((p) => p.replace(/-/g, ' ') === title.toLowerCase());
    await page.waitForURL(new RegExp(`/${id}\\.html#/result/`));
    result = { code: page.url().split('#/result/')[1], id, title };
  });
  return result;
}

test('a shared link shows its path before the wasm, then the code\'s result in its place, nothing moved, axe clean in both', async () => {
  const { code, id, title } = await ownResult();
  for (const colorScheme of ['light', 'dark']) {
    await withCheckedPage(browser, server.origin, { colorScheme, viewport: { width: 390, height: 844 } }, async (page, context) => {
      await noteAppStart(context);
      const release = await holdRequests(page);
      await page.goto(`${server.url}${id}.html#/result/${code}`, { waitUntil: 'domcontentloaded' });
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      assert.equal((await heading.innerText()).trim(), title, 'the path\'s name, before the wasm');
      assert.equal(await page.getByText('Someone shared this result with you').isVisible(), true);
      assert.equal(await page.locator('main > p.body-theirs').isVisible(), true);
      assert.equal(await page.locator('main > p.body-own').isVisible(), false);
      assert.deepEqual(await axeViolations(page), [], 'before the wasm');
      const places = () => page.evaluate(() =>
        ['main h1', '.first-screen .lede', '.chart-figure', '.share-now'].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top)));
      const before = await places();
      release();
      await appStarted(page);
      await page.getByRole('button', { name: 'Copy link' }).waitFor();
      assert.equal(await page.locator('[data-prerendered]').count(), 0, 'the prerendered page is gone');
      assert.deepEqual(await places(), before, 'nothing moved');
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), title);
      assert.deepEqual(await axeViolations(page), [], 'after the wasm');
    });
  }
});

test('in every frame from the prerendered page to the app\'s, the first screen and the text under it stay put', async () => {
  // Frame by frame, not only before and after: a share panel empty for one frame pulled the privacy
  // note under it up into view and back, a shift a reader sees and a paint larger than the
  // prerendered page's (it became the shared link's largest contentful paint).
  const { code, id } = await ownResult();
  // Also in a browser with a share sheet (as phones have), whose panel has one button more.
  for (const [viewport, share] of [[{ width: 390, height: 844 }, false], [{ width: 1280, height: 800 }, false], [{ width: 390, height: 844 }, true]]) {
    await withCheckedPage(browser, server.origin, { viewport }, async (page, context) => {
      await noteAppStart(context);
      if (share) {
        await context.addInitScript(() => {
          Object.defineProperty(Navigator.prototype, 'share', { value: async () => {}, configurable: true });
          // Headless Linux Chromium's policy refuses web-share, which a phone's browser allows.
          const allows = FeaturePolicy.prototype.allowsFeature;
          FeaturePolicy.prototype.allowsFeature = function (feature) {
            return feature === 'web-share' || allows.call(this, feature);
          };
        });
      }
      await page.addInitScript(() => {
        window.__frames = [];
        const look = () => {
          const tops = ['main h1', '.chart-figure', '.share-now', '.share-privacy']
            .map((selector) => document.querySelector(selector)?.getBoundingClientRect().top);
          if (tops.every((top) => top !== undefined)) window.__frames.push(tops.map(Math.round));
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const release = await holdRequests(page);
      await page.goto(`${server.url}${id}.html#/result/${code}`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      release();
      await appStarted(page);
      await page.getByRole('button', { name: 'Copy link' }).waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.length > 2, `frames seen: ${frames.length}`);
      const moved = frames.filter((tops) => tops.join() !== frames[0].join());
      assert.deepEqual(moved, [], `at ${viewport.width} px${share ? ', with a share sheet' : ''}, first frame ${frames[0]}`);
      if (share) assert.equal(await page.getByRole('button', { name: 'Share…' }).count(), 1);
    });
  }
});

test('in Spanish and German on a laptop, where the note\'s words and button differ between the share page and the app, nothing moves either', async () => {
  const { code, id } = await ownResult();
  for (const lang of ['es', 'de']) {
    await withCheckedPage(browser, server.origin, { viewport: { width: 1280, height: 800 }, locale: lang }, async (page, context) => {
      await noteAppStart(context);
      const release = await holdRequests(page);
      await page.goto(`${server.url}${lang}/${id}.html#/result/${code}`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const places = () => page.evaluate(() =>
        ['main h1', '.first-screen .lede', '.chart-figure', '.share-now'].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top)));
      const before = await places();
      release();
      await appStarted(page);
      await page.getByRole('button', { name: await translated(lang, 'ui.share', 'copy_link') }).waitFor();
      assert.equal(await page.locator('[data-prerendered]').count(), 0, 'the prerendered page is gone');
      assert.deepEqual(await places(), before, `${lang}: nothing moved`);
    });
  }
});

test('a share page opened on one\'s own result shows no "shared with you" note, before the wasm or after', async () => {
  const { code, id } = await ownResult();
  await withCheckedPage(browser, server.origin, {}, async (page, context) => {
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mlpath.result', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, `1:${code}`);
    await noteAppStart(context);
    const release = await holdRequests(page);
    await page.goto(`${server.url}${id}.html#/result/${code}`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getByText('Someone shared this result with you').isVisible(), false);
    // The paragraph under the first screen speaks to them, as the app's will.
    assert.equal(await page.locator('main > p.body-own').isVisible(), true);
    assert.equal(await page.locator('main > p.body-theirs').isVisible(), false);
    const top = await page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top);
    release();
    await appStarted(page);
    await page.getByText('Your best fit').waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top), top);
  });
});

test('focus given before the wasm stays on its link when the app puts in the result', async () => {
  const { code, id } = await ownResult();
  await withCheckedPage(browser, server.origin, {}, async (page, context) => {
    await noteAppStart(context);
    const release = await holdRequests(page);
    await page.goto(`${server.url}${id}.html#/result/${code}`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, 'Take the quiz yourself');
    release();
    await appStarted(page);
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    // The app's link doing the same job, which also offers the comparison once the quiz is done.
    await page.waitForFunction(() => document.activeElement?.innerText?.trim() === 'Take the quiz and compare');
  });
});

test('away from a result, the address goes back to index.html: a copied page address never previews as a result', async () => {
  const { code, id } = await ownResult();
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    await page.goto(`${server.url}${id}.html#/result/${code}`);
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    await page.getByRole('link', { name: 'How the two roles differ' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'The two roles' }).waitFor();
    assert.equal(page.url(), `${server.url}index.html#/roles`);
    await page.goBack();
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    assert.equal(page.url(), `${server.url}${id}.html#/result/${code}`);
  });
});

// The quiz in the reader's language: each language's pages in their own folder (English at the top,
// dist/es/, dist/de/), linked to each other by hreflang, and the boot script (src/boot.js) moving a
// reader to theirs before anything paints: an asked-for language (an embed's, a language switch's),
// one chosen before, or the browser's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  answerAll, appStarted, DIST, launchBrowser, noteAppStart, startQuiz, startServer, withCheckedPage,
} from './support.mjs';

const LANGUAGES = ['en', 'es', 'de'];
const folder = (lang) => (lang === 'en' ? '' : `${lang}/`);

let browser;
let server;
let host;
const blog = {};
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  // Another site, whose posts embed the quiz with embed.js.
  host = await startServer({ root: '/nonexistent', pages: blog });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

const language = (page) => page.evaluate(() => document.documentElement.lang);
const kept = (page) => page.evaluate(() => localStorage.getItem('mlpath.lang'));

test('each language\'s pages are in their folder, in that language, each linking every version of itself', async () => {
  for (const lang of LANGUAGES) {
    for (const file of ['index.html', 'data-scientist.html']) {
      const html = await readFile(join(DIST, folder(lang), file), 'utf8');
      assert.match(html, new RegExp(`<html[^>]* lang="?${lang}"?[ >]`), `${lang}/${file}`);
      const links = Object.fromEntries(
        [...html.matchAll(/<link rel="?alternate"? hreflang="?([a-z-]+)"? href="?([^" >]*)"?>/g)].map((m) => [m[1], m[2]]),
      );
      const up = lang === 'en' ? '' : '../';
      const name = file === 'index.html' ? '' : file;
      const expected = Object.fromEntries(
        [...LANGUAGES.map((other) => [other, `${up}${folder(other)}${name}`]), ['x-default', `${up}${name}`]]
          .map(([key, href]) => [key, href === '' ? './' : href]),
      );
      assert.deepEqual(links, expected, `${lang}/${file}`);
    }
  }
});

test('a first visit opens in the browser\'s language, at the same place; one the quiz lacks stays', async () => {
  for (const [locale, lang] of [['de-DE', 'de'], ['es-MX', 'es'], ['en-GB', 'en'], ['fr-FR', 'en']]) {
    await withCheckedPage(browser, server.origin, { locale }, async (page) => {
      await page.goto(`${server.url}#/roles`);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
      assert.equal(new URL(page.url()).pathname, `/${folder(lang)}`, locale);
      assert.equal(new URL(page.url()).hash, '#/roles', `${locale}: the page asked for`);
      assert.equal(await kept(page), null, 'a browser\'s language is followed, not kept');
    });
  }
  // A page of a language's own folder stays in it for whoever was sent there (and for search engines),
  // whatever the browser's languages.
  for (const locale of ['fr-FR', 'de-DE', 'en-US']) {
    await withCheckedPage(browser, server.origin, { locale }, async (page) => {
      await page.goto(`${server.url}es/#/roles`);
      assert.equal(await language(page), 'es', locale);
      assert.equal(new URL(page.url()).pathname, '/es/', locale);
    });
  }
});

test('a result link opens in the reader\'s language, with the same result', async () => {
  let link;
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    await answerAll(page);
    await page.waitForURL(/\.html#\/result\//);
    link = page.url();
  });
  const { pathname, hash } = new URL(link);
  // Made in English or in Spanish: a result link is the same in every language.
  for (const made of [link, link.replace(pathname, `/es${pathname}`)]) await withCheckedPage(browser, server.origin, { locale: 'de-DE' }, async (page, context) => {
    await noteAppStart(context);
    await page.goto(made);
    await page.waitForURL((url) => url.pathname === `/de${pathname}`);
    assert.equal(new URL(page.url()).hash, hash, 'the code kept');
    await appStarted(page);
    assert.equal(await language(page), 'de');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The same result: the app moved nothing and names the same share page.
    assert.equal(new URL(page.url()).pathname, `/de${pathname}`);
  });
});

test('a language asked for in the address is kept (a language switch), and the address no longer says it', async () => {
  await withCheckedPage(browser, server.origin, { locale: 'de-DE' }, async (page) => {
    await page.goto(`${server.url}?lang=es#/roles`);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.equal(new URL(page.url()).pathname, '/es/');
    assert.equal(new URL(page.url()).search, '', 'the choice is not in the address to copy');
    assert.equal(new URL(page.url()).hash, '#/roles');
    assert.equal(await kept(page), 'es');
    // Kept: the next visit opens in Spanish though the browser says German.
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.equal(new URL(page.url()).pathname, '/es/');
    // A language the quiz lacks, asked for, is ignored.
    await page.goto(`${server.url}es/?lang=fr`);
    assert.equal(await language(page), 'es');
    assert.equal(await kept(page), 'es');
  });
});

test('an embed\'s language is its own and is not kept; without storage the browser\'s language still decides', async () => {
  await withCheckedPage(browser, server.origin, { locale: 'de-DE' }, async (page) => {
    await page.goto(`${server.url}demo.html`);
    const frame = page.frameLocator('iframe').first();
    await frame.locator('main').first().waitFor();
    // The demo blog's embed asks for no language: the reader's browser decides.
    const src = await page.locator('iframe').first().getAttribute('src');
    assert.ok(!src.includes('lang='), src);
    const embedded = page.frames().find((f) => f !== page.mainFrame());
    await embedded.waitForFunction(() => document.documentElement.lang === 'de');
    // Asked for by the embed (data-lang): Spanish, in the frame only.
    await embedded.goto(`${server.url}?embed=1&lang=es`);
    await embedded.waitForFunction(() => document.documentElement.lang === 'es');
    assert.match(embedded.url(), /\/es\/\?embed=1&lang=es$/, 'the embed\'s address keeps its options');
    assert.equal(await embedded.evaluate(() => localStorage.getItem('mlpath.lang')), null);
  });
  await withCheckedPage(browser, server.origin, { locale: 'es-ES' }, async (page, context) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await page.goto(`${server.url}?lang=de`);
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    // Not kept (no storage): the next visit follows the browser.
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
  });
});

test('an embed by script tag takes its language from data-lang, exactly, or leaves it to the reader', async () => {
  const cases = [
    ['de', 'de', 'Karriere-Quiz: Data Scientist oder Machine-Learning-Engineer?'],
    ['es', 'es', 'Cuestionario de carrera: ¿científico de datos o ingeniero de machine learning?'],
    ['fr', 'en', 'Career quiz: data scientist or machine-learning engineer?'],
    ['DE', 'en', 'Career quiz: data scientist or machine-learning engineer?'],
  ];
  for (const [asked, lang, title] of cases) {
    blog[`/post-${asked}.html`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>
<body><main><h1>A post</h1><script src="${server.url}embed.js" data-lang="${asked}"></script></main></body></html>`;
    await withCheckedPage(browser, host.origin, { origins: [host.origin, server.origin] }, async (page) => {
      await page.goto(`${host.url}post-${asked}.html`);
      const frame = page.locator(`iframe[title="${title}"]`);
      await frame.waitFor();
      const src = new URL(await frame.getAttribute('src'));
      assert.equal(src.pathname, `/${folder(lang)}index.html`, asked);
      assert.equal(src.searchParams.get('lang'), lang === 'en' ? null : lang, asked);
      const embedded = page.frames().find((f) => f !== page.mainFrame());
      await embedded.waitForFunction((lang) => document.documentElement.lang === lang, lang);
      await embedded.locator('main').first().waitFor();
    });
  }
});

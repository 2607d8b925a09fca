// The words around the app in each language: what the boot script (src/boot.js) says before and
// without the app, the page's title, description and note for browsers without scripts, the web
// manifest, and the links between a page's versions, absolute where the build is told the site's
// address. Each language's words are its translation's ([ui.boot], [ui.page], [ui.manifest] of
// src/content/lang/<code>.toml), written into its pages by the build (src/content/shell.rs).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  axeViolations, DIST, holdRequests, launchBrowser, openPage, startPublished, startServer,
} from './support.mjs';

const ROOT = new URL('../../', import.meta.url);
const run = promisify(execFile);
const folder = (lang) => (lang === 'en' ? '' : `${lang}/`);
const LOCALES = { en: 'en-US', es: 'es-ES', de: 'de-DE' };

/**
 * The texts of a `[ui.<group>]` table of a content file (`content.toml` for English, else
 * `lang/<code>.toml`): its `key = "…"` lines, whose TOML basic strings read as JSON strings.
 */
async function table(lang, group) {
  const file = lang === 'en' ? 'src/content/content.toml' : `src/content/lang/${lang}.toml`;
  const text = await readFile(new URL(file, ROOT), 'utf8');
  const start = text.indexOf(`\n[ui.${group}]\n`);
  assert.ok(start >= 0, `${file} has [ui.${group}]`);
  const body = text.slice(start + 1).split(/\n\[/)[0];
  return Object.fromEntries([...body.matchAll(/^([a-z_]+) = (".*")$/gm)].map(([, key, value]) => [key, JSON.parse(value)]));
}

/** The intro's title of a language (the page's title is it, then " · mlpath"). */
async function introTitle(lang) {
  const file = lang === 'en' ? 'src/content/content.toml' : `src/content/lang/${lang}.toml`;
  const text = await readFile(new URL(file, ROOT), 'utf8');
  const intro = text.slice(text.indexOf('\n[intro]\n'));
  return JSON.parse(intro.match(/^title = (".*")$/m)[1]);
}

// Every CSP violation in a page, noted before any of its own scripts runs.
const noteViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
  });
};

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `address` in a fresh context of a reader whose browser is in `lang` (so the boot script keeps
 * them on that language's pages), runs `body`, then fails on any CSP violation; closed either way.
 */
async function inLanguage(lang, { colorScheme = 'light', viewport, prepare = async () => {} } = {}, body) {
  const { context, page, problems } = await openPage(browser, { origin: server.origin, locale: LOCALES[lang], colorScheme, viewport });
  try {
    await page.addInitScript(noteViolations);
    await prepare(page, context);
    await body(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

test('with WebAssembly turned off, each language\'s pages say so in that language, in light and dark', async () => {
  for (const lang of ['es', 'de']) {
    const words = await table(lang, 'boot');
    for (const [colorScheme, hash] of [['light', ''], ['dark', '#/quiz']]) {
      const prepare = (page) => page.addInitScript(() => { delete window.WebAssembly; });
      await inLanguage(lang, { colorScheme, prepare }, async (page) => {
        await page.goto(`${server.url}${folder(lang)}${hash}`);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.equal(await alert.innerText(), words.no_wasm, `${lang}${hash}`);
        assert.equal(await alert.getByRole('button').count(), 0, 'trying again would not help');
        assert.deepEqual(await axeViolations(page), [], `${lang} ${colorScheme}`);
      });
    }
  }
});

test('when the app\'s files do not load, each language says so and offers to try again in it', async () => {
  for (const lang of ['es', 'de']) {
    const words = await table(lang, 'boot');
    const prepare = (page) => page.route(/\.wasm$/, (route) => route.abort());
    await inLanguage(lang, { prepare }, async (page) => {
      await page.goto(`${server.url}${folder(lang)}#/roles`);
      const alert = page.getByRole('alert');
      await alert.getByRole('button', { name: words.try_again, exact: true }).waitFor();
      assert.equal(await alert.getByRole('paragraph').first().innerText(), words.not_loaded);
    });
  }
});

test('while the app is slow to come, each language says it is loading, then slow, in that language', async () => {
  for (const lang of ['es', 'de']) {
    const words = await table(lang, 'boot');
    const prepare = async (page, context) => {
      await context.clock.install({ time: 0 });
      await context.clock.pauseAt(1000);
    };
    await inLanguage(lang, { prepare }, async (page) => {
      const release = await holdRequests(page);
      await page.goto(`${server.url}${folder(lang)}#/roles`, { waitUntil: 'commit' });
      const status = page.locator('main.loading [role=status]');
      await status.waitFor({ state: 'attached' });
      await page.clock.fastForward(1000);
      await status.getByRole('heading', { level: 1, name: words.loading, exact: true }).waitFor();
      await page.clock.fastForward(9000);
      await status.getByText(words.slow, { exact: true }).waitFor();
      await page.getByRole('main').getByRole('button', { name: words.try_again, exact: true }).waitFor();
      await page.clock.resume();
      release();
      await status.waitFor({ state: 'detached' });
    });
  }
});

test('each language\'s pages have their title, description and note without scripts in it', async () => {
  for (const lang of ['en', 'es', 'de']) {
    const page = await (await fetch(`${server.url}${folder(lang)}`)).text();
    const words = await table(lang, 'page');
    const title = page.match(/<title>([^<]*)<\/title>/)[1];
    assert.equal(title, `${await introTitle(lang)} · mlpath`.replace(/&/g, '&amp;'), lang);
    const description = page.match(/<meta name="description" content="([^"]*)">/)[1];
    assert.equal(description, words.description.replace(/&/g, '&amp;').replace(/"/g, '&quot;'), lang);
    const note = page.match(/<noscript><p[^>]*>([^<]*)<\/p><\/noscript>/)[1];
    assert.equal(note, words.noscript, lang);
    // Only one set of boot words, and it is this language's.
    const json = [...page.matchAll(/<script type="application\/json" id="boot-words">([^<]*)<\/script>/g)];
    assert.equal(json.length, 1, lang);
    assert.deepEqual(JSON.parse(json[0][1]), await table(lang, 'boot'), lang);
    // A share page's title and words are its language's too.
    const share = await (await fetch(`${server.url}${folder(lang)}data-scientist.html`)).text();
    assert.match(share, new RegExp(`<html[^>]* lang="${lang}"`));
    assert.deepEqual(JSON.parse(share.match(/id="boot-words">([^<]*)</)[1]), await table(lang, 'boot'), lang);
    assert.ok(share.includes(words.noscript), lang);
  }
  // Without scripts, the note shows in the page's language.
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}de/`);
    await page.getByText((await table('de', 'page')).noscript, { exact: true }).waitFor();
    assert.equal(await page.title(), `${await introTitle('de')} · mlpath`);
  } finally {
    await context.close();
  }
});

/** The keys the boot script reads as `words.<key>` (src/boot.js), sorted. */
async function bootKeys() {
  const script = await readFile(new URL('src/boot.js', ROOT), 'utf8');
  return [...new Set([...script.matchAll(/\bwords\.([a-z_]+)/g)].map(([, key]) => key))].sort();
}

test('every page of every language in dist that runs the boot script has its complete words right before it', async () => {
  // src/boot.js says what its words say and nothing of its own: a page without its words, or
  // with some missing, would show empty alerts and buttons. The blog demo is a blog's page,
  // embedding the quiz, and runs no boot script; every other page of a language is the app's.
  const keys = await bootKeys();
  assert.ok(keys.length >= 8, `the keys src/boot.js reads: ${keys}`);
  const langs = ['en', ...(await readdir(new URL('src/content/lang/', ROOT))).filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -5))];
  assert.deepEqual(langs.sort(), ['de', 'en', 'es']);
  let pages = 0;
  for (const lang of langs) {
    const words = await table(lang, 'boot');
    const dir = join(DIST, folder(lang));
    const files = (await readdir(dir)).filter((name) => name.endsWith('.html'));
    assert.ok(files.includes('index.html') && files.includes('data-scientist.html'), `${lang}: ${files}`);
    for (const name of files) {
      const where = `${folder(lang)}${name}`;
      const html = await readFile(join(dir, name), 'utf8');
      // The boot script: the page's one inline classic script (no attributes).
      const boot = html.indexOf('<script>');
      if (name === 'demo.html') {
        assert.equal(boot, -1, `${where} runs no boot script`);
        continue;
      }
      assert.ok(boot > 0, `${where} runs the boot script`);
      const blocks = [...html.matchAll(/<script type="application\/json" id="boot-words">([^<]*)<\/script>/g)];
      assert.equal(blocks.length, 1, `${where}: one <script type="application/json" id="boot-words">`);
      assert.equal(blocks[0].index + blocks[0][0].length, boot, `${where}: the words right before the boot script`);
      const json = JSON.parse(blocks[0][1]);
      assert.deepEqual(Object.keys(json).sort(), keys, `${where}: a word for each key src/boot.js reads, and no other`);
      for (const key of keys) {
        assert.ok(json[key].trim(), `${where}: words.${key} is empty`);
        assert.equal(json[key], words[key], `${where}: words.${key} is its language's [ui.boot] ${key}`);
      }
      pages += 1;
    }
  }
  assert.ok(pages >= 15, `${pages} pages checked: each language's landing and share pages`);
});

test('each language\'s web manifest names and describes the quiz in it', async () => {
  for (const lang of ['en', 'es', 'de']) {
    const words = await table(lang, 'manifest');
    const html = await (await fetch(`${server.url}${folder(lang)}`)).text();
    // The page links its own folder's manifest.
    const href = html.match(/<link href="?([^" >]+)"? rel="?manifest"?/)[1];
    const response = await fetch(new URL(href, `${server.url}${folder(lang)}`));
    assert.equal(response.status, 200);
    const manifest = await response.json();
    assert.equal(manifest.name, words.name, lang);
    assert.equal(manifest.description, words.description, lang);
    assert.equal(manifest.short_name, 'mlpath');
    assert.equal(manifest.lang, lang);
    assert.equal(manifest.start_url, './');
  }
});

test('told the site\'s address, each language\'s pages link their versions absolutely, and the boot script follows them', async () => {
  const published = await startPublished();
  try {
    // startPublished finishes the top (English) folder; each language's folder is finished as its own build's
    // is, told that folder's address (here by the English build's publish, which reads the pages' language
    // from their <html lang> for these links).
    for (const lang of ['es', 'de']) {
      const env = { ...process.env, MLPATH_PUBLIC_URL: `${published.url}${lang}/` };
      await run('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'publish', '--', join(published.dir, lang)], { cwd: ROOT, env });
    }
    for (const lang of ['en', 'es', 'de']) {
      for (const file of ['', 'core-ml-engineer.html']) {
        const html = await (await fetch(`${published.url}${folder(lang)}${file}`)).text();
        const links = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]*)">/g)].map((m) => [m[1], m[2]]));
        assert.deepEqual(links, {
          en: `${published.url}${file}`,
          es: `${published.url}es/${file}`,
          de: `${published.url}de/${file}`,
          'x-default': `${published.url}${file}`,
        }, `${lang}/${file}`);
      }
    }
    // A German reader on the English page moves to the German one, which stays, with no violation.
    const { context, page } = await openPage(browser, { origin: published.origin, locale: 'de-DE' });
    try {
      await page.addInitScript(noteViolations);
      await page.goto(`${published.url}#/roles`);
      await page.waitForURL(`${published.url}de/#/roles`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
    } finally {
      await context.close();
    }
  } finally {
    await published.close();
  }
});

test('the embed-code page in Spanish and German gives snippets that open the quiz in that language', async () => {
  for (const lang of ['en', 'es', 'de']) {
    await inLanguage(lang, {}, async (page) => {
      await page.goto(`${server.url}${folder(lang)}#/embed`);
      const fields = page.locator('.snippet textarea');
      await fields.first().waitFor();
      const [script, plain] = await Promise.all([0, 1].map((i) => fields.nth(i).inputValue()));
      const directory = `${server.url}${folder(lang)}`;
      assert.ok(script.startsWith(`<script src="${directory}embed.js" async data-theme="auto"`), script);
      assert.ok(plain.includes(`src="${directory}index.html?embed=1`), plain);
      if (lang === 'en') {
        assert.ok(!script.includes('data-lang') && !plain.includes('lang='), 'English leaves it to the reader\'s browser');
      } else {
        assert.ok(script.includes(` data-lang="${lang}"`), script);
        assert.ok(plain.includes(`index.html?embed=1&amp;lang=${lang}"`), plain);
      }
    });
  }
  // The script snippet copied from the German page, on a blog read by a Spanish reader: the quiz is in German.
  const post = `<!doctype html><html lang="en"><title>Blog</title><main><script src="${server.url}de/embed.js" async data-theme="auto" data-lang="de"></script></main></html>`;
  const blog = await startServer({ root: '/nonexistent', pages: { '/post': post } });
  try {
    const { context, page } = await openPage(browser, { origins: [server.origin, blog.origin], locale: 'es-ES' });
    try {
      await page.goto(`${blog.origin}/post`);
      const frame = page.frameLocator('iframe');
      await frame.locator('html[lang="de"]').waitFor({ state: 'attached' });
      await frame.getByRole('heading', { level: 1 }).waitFor();
    } finally {
      await context.close();
    }
  } finally {
    await blog.close();
  }
});

test('without the address, the links stay relative, as the build must be movable', async () => {
  const html = await readFile(join(DIST, 'es', 'index.html'), 'utf8');
  assert.match(html, /<link rel="alternate" hreflang="de" href="\.\.\/de\/">/);
});

// The quiz in the reader's language: each language's pages in their own folder (English at the top,
// dist/es/, dist/de/), linked to each other by hreflang, and the boot script (src/boot.js) moving a
// reader to theirs before anything paints: an asked-for language (an embed's, a language switch's),
// one chosen before, or the browser's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  answerAll, answerQuestions, appStarted, axeViolations, DIST, launchBrowser, noteAppStart, startQuiz, startServer,
  translated, withCheckedPage,
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

/** Takes the whole quiz in English, in a page of its own; returns the result's link. */
async function englishResultLink() {
  let link;
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    await answerAll(page);
    await page.waitForURL(/\.html#\/result\//);
    link = page.url();
  });
  return link;
}

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
  // Spanish lists join with "e" before a word that starts with the sound /i/ ("… e ingeniero …"), never "y".
  const preview = await readFile(join(DIST, folder('es'), 'index.html'), 'utf8');
  const alt = preview.match(/<meta property="og:image:alt" content="([^"]*)"/)?.[1] ?? '';
  assert.match(alt, / e [Ii]ngeniero/, alt);
  assert.doesNotMatch(alt, / y [Ii]/, alt);
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
  const link = await englishResultLink();
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

/** The step shown, as a number (each language words it its own way, with the number first). */
const stepNumber = async (page) => Number((await page.locator('.step').innerText()).match(/\d+/)[0]);

test('each language\'s prerendered page, without scripts, is in that language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  try {
    const page = await context.newPage();
    for (const lang of ['es', 'de']) {
      const title = await translated(lang, 'intro', 'title');
      await page.goto(`${server.url}${folder(lang)}`);
      assert.equal(await language(page), lang);
      assert.equal((await page.locator('h1').innerText()).trim(), title, `${lang}: the heading`);
      assert.ok((await page.title()).startsWith(title), `${lang}: the title`);
      const start = await translated(lang, 'ui.landing', 'start');
      assert.equal(await page.getByRole('link', { name: start }).count(), 1, `${lang}: ${start}`);
    }
  } finally {
    await context.close();
  }
});

test('a whole quiz by keyboard in each language, axe clean in light and dark, no sideways scroll at 320 px', async () => {
  for (const [lang, colorScheme, width] of [['es', 'light', 1280], ['de', 'dark', 320], ['es', 'dark', 320], ['de', 'light', 1280]]) {
    await withCheckedPage(browser, server.origin, { locale: lang, colorScheme, viewport: { width, height: 800 } }, async (page) => {
      await page.goto(server.url);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
      const start = page.getByRole('link', { name: await translated(lang, 'ui.landing', 'start') });
      await start.focus();
      await page.keyboard.press('Enter');
      await page.locator('.step').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${lang} ${colorScheme}: a question`);
      for (let step = 1; !/#\/result\//.test(page.url()); step++) {
        assert.ok(step < 60, 'the quiz ends');
        assert.equal(await stepNumber(page), step);
        await page.locator('input[type=radio]').first().focus();
        await page.keyboard.press('Space');
        const primary = page.locator('.quiz-nav .primary');
        await primary.focus();
        await page.keyboard.press('Enter');
        // A "who usually does this?" item: the button has become Next, with the explanation shown.
        if (await page.locator('.feedback .verdict').count()) await page.keyboard.press('Enter');
        await page.waitForFunction((step) => location.hash.startsWith('#/result/') || Number(document.querySelector('.step')?.innerText.match(/\d+/)?.[0]) === step + 1, step);
      }
      await page.locator('h1').waitFor();
      const names = [];
      for (const id of ['ml-software-engineer', 'applied-ml-engineer', 'core-ml-engineer', 'data-scientist']) {
        names.push(await translated(lang, `paths.${id}`, 'name'));
      }
      assert.ok(names.includes((await page.locator('h1').innerText()).trim()), `${lang}: the path's name in ${lang}`);
      assert.deepEqual(await axeViolations(page), [], `${lang} ${colorScheme}: the result`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, `${lang} at ${width} px: no sideways scroll`);
    });
  }
});

test('the language switch moves mid-quiz to the same question, keeps the answers, and is kept', async () => {
  await withCheckedPage(browser, server.origin, {}, async (page, context) => {
    await noteAppStart(context);
    await page.goto(server.url);
    await appStarted(page);
    await startQuiz(page);
    await answerQuestions(page, 2);
    assert.equal(await stepNumber(page), 3);
    const checked = await page.evaluate(() => localStorage.getItem('mlpath.progress'));
    const spanish = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
    // Back from another page changes the address, not the switch: focus on it stays there.
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'The two roles' }).click();
    await page.locator('.step').waitFor({ state: 'detached' });
    await spanish.focus();
    await page.goBack();
    await page.locator('.step').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Español', 'focus kept on the switch');
    // A link opened elsewhere or copied (its menu) carries the place too.
    await spanish.dispatchEvent('contextmenu');
    assert.equal(new URL(await spanish.getAttribute('href'), page.url()).hash, new URL(page.url()).hash);
    await spanish.click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    // The app's question is there once the boot script has run (it drops `lang` from the address):
    // `lang` alone is the page's from its first byte.
    await page.locator('.step').waitFor();
    assert.equal(new URL(page.url()).pathname, '/es/');
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await stepNumber(page), 3, 'the same question');
    assert.equal(await page.evaluate(() => localStorage.getItem('mlpath.progress')), checked, 'the answers kept');
    assert.equal(await kept(page), 'es');
    const current = page.getByRole('navigation', { name: await translated('es', 'ui.site', 'languages_label') });
    assert.equal((await current.locator('[aria-current]').innerText()).trim(), 'Español');
    // Back in English by the switch, at the same question.
    await current.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('.step').waitFor();
    assert.equal(await stepNumber(page), 3);
    assert.equal(await kept(page), 'en');
  });
});

/** A list of a translation's table and key, as the value of `translated` is a string. */
const translatedTemplate = async (lang, table, key) => (await translated(lang, table, key)).split(/\{[a-z_]+\}/);

/**
 * English phrases of the result page, its share panel and its card, none of which may be left on
 * a page in another language (each a whole English wording of content.toml's [ui.result] or
 * [ui.share], or of the old code, without what is filled in).
 */
const ENGLISH_ON_A_RESULT = [
  'Copy link', 'Download result card', 'Share on', 'E-mail', 'Why this path', 'Skills to build', 'Courses and books',
  'Runner-up', 'Tied with', 'best fit', 'Best fit', 'Your profile', 'Profile of these answers', 'On the axis from',
  'Fit per path', 'of the way from the middle', 'this path asks for', 'Start with', 'Not asked about in the quiz',
  'Who usually does this?', 'matched how the two roles', 'Someone shared this result', 'Take the quiz',
  'Compare with', 'The link carries the answers', 'Retake', 'See the full result', 'How the two roles differ',
  'Reading the answers', 'Fit:', 'Show all', 'Result link', 'a result',
];

/** The page's main text, visible or for screen readers (the chart's words too), without what is marked English (the courses' and books' titles). */
const mainTextOutsideEnglish = (page) => page.evaluate(() => {
  const main = document.querySelector('main').cloneNode(true);
  for (const english of main.querySelectorAll('[lang="en"]')) english.remove();
  const labels = [...main.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
  return [main.textContent, ...labels, document.title].join('\n');
});

const englishLeft = (text) => ENGLISH_ON_A_RESULT.filter((phrase) => text.includes(phrase));

test('a result in Spanish and German has no English left: share panel, chart, plan, card and a bad link\'s message', async () => {
  const link = new URL(await englishResultLink());
  for (const lang of ['es', 'de']) {
    const ui = (table, key) => translated(lang, table, key);
    await withCheckedPage(browser, server.origin, { locale: lang }, async (page, context) => {
      await context.addInitScript(() => {
        const fill = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
          window.drawn?.push(String(text));
          return fill.call(this, text, ...rest);
        };
      });
      await noteAppStart(context);
      await page.goto(`${server.url}${lang}${link.pathname}${link.hash}`);
      await appStarted(page);
      await page.getByRole('heading', { level: 2, name: await ui('ui.result', 'why_heading') }).waitFor();
      // The share panel, by role and name, in the page's language.
      const share = page.locator('.share-now');
      await share.getByRole('button', { name: await ui('ui.share', 'copy_link') }).waitFor();
      const card = share.getByRole('button', { name: await ui('ui.share', 'download_card') });
      const social = share.getByRole('list', { name: await ui('ui.share', 'share_on') });
      assert.equal(await social.getByRole('link', { name: await ui('ui.share', 'email') }).count(), 1, `${lang}: e-mail`);
      // The share message on X, in the page's language, naming the path as the page does.
      const x = new URL(await social.getByRole('link', { name: /^X/ }).getAttribute('href'));
      const [opening] = await translatedTemplate(lang, 'ui.share', 'text_theirs');
      assert.ok(x.searchParams.get('text').startsWith(opening), `${lang}: ${x.searchParams.get('text')}`);
      // The fit explanation, the plan's heading, a fit as the language writes percentages.
      await page.getByText(await ui('ui.site', 'fit_meaning')).waitFor();
      await page.getByRole('heading', { level: 2, name: await ui('ui.result', 'gaps_heading') }).waitFor();
      assert.match(await page.locator('.chart-value').first().textContent(), /^\d+\u00a0%$/, `${lang}: "42 %"`);
      // The courses keep their titles, marked English and saying so.
      const note = await ui('ui.resources', 'in_english');
      assert.ok((await page.locator('.start-with').first().innerText()).includes(note.slice(1, -1)), `${lang}: ${note}`);
      assert.ok((await page.locator('.resource').first().innerText()).includes(note), `${lang}: ${note}`);
      assert.equal(await page.locator('.start-with a').first().getAttribute('lang'), 'en');
      assert.deepEqual(englishLeft(await mainTextOutsideEnglish(page)), [], `${lang}: English left on the result`);
      // The card: its words in the page's language too.
      await page.evaluate(() => { window.drawn = []; });
      const [download] = await Promise.all([page.waitForEvent('download'), card.click()]);
      await page.getByRole('status').filter({ hasText: await ui('ui.share', 'card_saved') }).waitFor();
      // Saved under the language's own file name, not English's.
      assert.equal(download.suggestedFilename(), await ui('ui.share', 'card_file'), `${lang}: the card's file name`);
      assert.notEqual(download.suggestedFilename(), 'mlpath-result.png', lang);
      const drawn = (await page.evaluate(() => window.drawn)).join(' ');
      assert.ok(drawn.includes(await ui('ui.result', 'eyebrow_unknown')), `${lang}: ${drawn}`);
      assert.ok(drawn.includes(await ui('ui.result', 'card_fit_note')), `${lang}: ${drawn}`);
      assert.deepEqual(englishLeft(drawn), [], `${lang}: English left on the card`);
      // A link cut short says so in the page's language.
      await page.goto(`${server.url}${lang}/#/result/abc`);
      await page.getByRole('heading', { level: 1, name: await ui('ui.result', 'bad_link_heading') }).waitFor();
      assert.equal((await page.getByRole('alert').innerText()).trim(), await ui('ui.link', 'too_short'));
      assert.equal(await page.getByRole('link', { name: await ui('ui.landing', 'start') }).count(), 1);
    });
  }
});

test('each language\'s prerendered share page, without scripts, is in that language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  try {
    const page = await context.newPage();
    for (const lang of ['es', 'de']) {
      const ui = (table, key) => translated(lang, table, key);
      await page.goto(`${server.url}${lang}/data-scientist.html`);
      assert.equal(await language(page), lang);
      const name = await translated(lang, 'paths.data-scientist', 'name');
      assert.equal((await page.locator('h1').innerText()).trim(), name);
      assert.ok((await page.title()).startsWith(`${name}: `), `${lang}: ${await page.title()}`);
      await page.getByRole('complementary', { name: await ui('ui.result', 'shared_label') }).waitFor();
      assert.equal(await page.getByRole('link', { name: await ui('ui.result', 'take_quiz_yourself') }).count(), 1);
      await page.getByText(await ui('ui.result', 'shared_note')).waitFor();
      // The visitor's paragraph under the first screen is there for the app, hidden: it points to the gaps
      // below, which only the app shows.
      assert.equal(await page.locator('main > p.body-theirs').count(), 1, `${lang}: no visitor's paragraph in the page`);
      assert.equal(await page.locator('main > p.body-theirs').isVisible(), false, `${lang}: the visitor's paragraph shows`);
      // Nor the places kept for the chart and the share actions, which only the app fills.
      const kept = await page.locator('main .pending').all();
      assert.equal(kept.length, 2, `${lang}: the chart's and the share actions' places`);
      for (const place of kept) assert.equal(await place.isVisible(), false, `${lang}: an empty place shows`);
      assert.deepEqual(englishLeft(await mainTextOutsideEnglish(page)), [], `${lang}: English left on the share page`);
    }
  } finally {
    await context.close();
  }
});

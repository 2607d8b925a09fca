// Comparing two results (#/compare/A/B) in the release build: the view from its link in a fresh context, by
// keyboard, at 320 px, light and dark, on paper; every kind of bad pair; taking the quiz from someone's result and
// then comparing; one's own result meeting someone else's; storage that refuses.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  answerAll, axeViolations, DIST, launchBrowser, startQuiz, startServer, tabTo, withCheckedPage,
} from './support.mjs';

let browser;
let server;
// Two results with different answers: every first choice, and every last one.
let first;
let second;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  first = await quizCode(() => 0);
  second = await quizCode((_, count) => count - 1);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const withPage = (options, body) => withCheckedPage(browser, server.origin, options, body);
const heading = (page) => page.getByRole('heading', { level: 1 });
const compareLink = (a, b) => `${server.url}index.html#/compare/${a}/${b}`;

/** Takes the whole quiz in a fresh context, choosing `pick(step, count)`; returns the result's code. */
async function quizCode(pick) {
  let code;
  await withPage({}, async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    await answerAll(page, pick);
    code = page.url().match(/#\/result\/(.+)$/)[1];
  });
  return code;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `code` made by a content version later than any this build has, its checksum (CRC-16/CCITT-FALSE) made again. */
function newerContent(code) {
  const body = `B__${code.slice(3, -3)}`;
  let crc = 0xffff;
  for (const byte of Buffer.from(body, 'latin1')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return body + ALPHABET[(crc >> 12) & 63] + ALPHABET[(crc >> 6) & 63] + ALPHABET[crc & 63];
}

/** Whether the page fits its width: nothing to scroll sideways. */
const fits = (page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('the compare view opens from its link in a fresh context, both results in one neutral voice', async () => {
  await withPage({}, async (page) => {
    await page.goto(compareLink(first, second));
    await heading(page).filter({ hasText: 'Two results side by side' }).waitFor();
    assert.equal(await page.title(), 'Two results side by side · mlpath');
    // Both markers on the axis, each labelled; both sets of fits, side by side, with what a fit is.
    const chart = page.getByRole('img', { name: 'Two results side by side' });
    assert.deepEqual(await chart.locator('.chart-you').allTextContents(), ['First', 'Second']);
    const table = page.getByRole('table');
    assert.match(await table.locator('caption').innerText(), /^Fit: of the points these answers could give a path/);
    assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['Path', 'First', 'Second']);
    assert.equal(await table.getByRole('row').count(), 5);
    assert.equal(await table.getByText(', best fit').count(), 2);
    assert.match(await page.locator('.lede').innerText(), /^The first result's best fit: .+\. The second's: .+\.$/);
    await page.getByRole('heading', { level: 2, name: 'Where they differ most' }).waitFor();
    assert.equal(await page.locator('.differences li').count(), 3);
    // Neither is this browser's: nothing the comparison says of them speaks to "you".
    const said = [
      await page.locator('.lede').innerText(),
      ...(await page.getByRole('heading').allInnerTexts()),
      await chart.locator('desc').textContent(),
    ].join(' ');
    assert.doesNotMatch(said, /\byou/i);
    // Each result on its own, from here.
    await page.getByRole('link', { name: 'See the second result' }).click();
    await page.waitForURL(new RegExp(`#/result/${second}$`));
    await heading(page).waitFor();
  });
});

test('the compare view by keyboard at 320 px, light and dark: axe clean, nothing sideways, Copy link copies it', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withPage({ colorScheme, viewport: { width: 320, height: 640 } }, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const link = compareLink(first, second);
      await page.goto(link);
      await page.getByRole('button', { name: 'Copy link' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], colorScheme);
      assert.ok(await fits(page), `nothing scrolls sideways at 320 px (${colorScheme})`);
      // The table reads as rows on a narrow screen, each fit named by its column.
      assert.equal(
        await page.locator('tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content),
        '"First: "',
      );
      await tabTo(page, 'Copy link');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
      await tabTo(page, 'See the first result');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`#/result/${first}$`));
      // A move: focus on the new page's heading.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    });
  }
});

test('on paper the comparison prints its link instead of its buttons', async () => {
  await withPage({}, async (page) => {
    const link = compareLink(first, second);
    await page.goto(link);
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-link').innerText(), `Comparison link: ${link}`);
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).isVisible(), false);
    assert.equal(await page.getByRole('table').isVisible(), true);
  });
});

test('every kind of bad pair says what is wrong, with a way into the quiz', async () => {
  const cases = [
    [`${first}`, /^This comparison link has only one result in it\./, true],
    ['', /^This comparison link has no results in it\./, false],
    [`${first}/${second}/${first}`, /^This comparison link has more than two results in it\./, false],
    [`${first}/${first}`, /^Both results in this link are the same result/, true],
    [`${first.slice(0, 4)}+${first.slice(5)}/${second}`, /^The first result in this link cannot be compared\. It is damaged: character 5 /, true],
    [`${first}/${second.slice(0, -2)}`, /^The second result in this link cannot be compared\. It is damaged: part of it may have been cut off/, true],
    [`${first.slice(0, -2)}/${second.slice(0, 2)}`, /^The first result in this link cannot be compared\. It is damaged.+ The second result in this link cannot be compared\. It is too short/, false],
    [`${first}/${newerContent(second)}`, /^The second result in this link cannot be compared\. It was made by a newer version of the quiz\. Reload the page to get it\.$/, true],
  ];
  await withPage({}, async (page) => {
    for (const [codes, message, alone] of cases) {
      await page.goto(`${server.url}index.html#/compare/${codes}`);
      await heading(page).filter({ hasText: 'This comparison link cannot be opened' }).waitFor();
      assert.match(await page.getByRole('alert').innerText(), message, codes);
      assert.equal(await page.title(), 'Comparison link cannot be opened · mlpath');
      await page.getByRole('link', { name: 'Take the quiz' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'See the one result' }).count(), alone ? 1 : 0, codes);
      if (codes === first) assert.deepEqual(await axeViolations(page), []);
      await page.goto('about:blank');
    }
  });
});

test('someone who opens a shared result can take the quiz and then compare, from one link to send back', async () => {
  await withPage({}, async (page) => {
    await page.goto(`${server.url}index.html#/result/${second}`);
    await page.getByText('Someone shared this result with you').waitFor();
    await page.getByRole('link', { name: 'Take the quiz and compare' }).first().click();
    await page.locator('.step').waitFor();
    await answerAll(page);
    const own = page.url().match(/#\/result\/(.+)$/)[1];
    assert.equal(own, first, 'the same answers, the same code');
    // After a reload too: the friend's result is kept beside one's own.
    await page.reload();
    await page.getByRole('link', { name: 'Compare with theirs' }).click();
    await heading(page).filter({ hasText: 'Your result and theirs' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(page.url(), compareLink(first, second));
    assert.deepEqual(await page.getByRole('img', { name: 'Your result and theirs' }).locator('.chart-you').allTextContents(), ['You', 'Them']);
    assert.deepEqual(await page.getByRole('columnheader').allInnerTexts(), ['Path', 'You', 'Them']);
    assert.equal(await page.title(), 'Your result and theirs · mlpath');
    await page.getByRole('heading', { level: 2, name: 'Where you differ most' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    // Their result waited for one's own: a quiz begun after it ("Retake the quiz") forgets it.
    const kept = () => page.evaluate(() => localStorage.getItem('mlpath.compare'));
    assert.equal(await kept(), `1:${second}`);
    await page.getByRole('link', { name: 'See your result' }).click();
    await page.getByRole('button', { name: 'Retake the quiz' }).click();
    await page.locator('.step').waitFor();
    await page.waitForFunction(() => localStorage.getItem('mlpath.compare') === null);
    await answerAll(page);
    // The result page (a question's heading is an h1 too).
    await page.getByRole('button', { name: 'Retake the quiz' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Compare with theirs' }).count(), 0);
  });
});

test("one's own result meets someone else's: compare at once, one's own first, the address on index.html", async () => {
  await withPage({}, async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    await answerAll(page);
    // Their link, which moves to its path's share page.
    await page.goto(`${server.url}index.html#/result/${second}`);
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    assert.doesNotMatch(page.url(), /index\.html/);
    await page.getByRole('link', { name: 'Compare with your result' }).first().click();
    await heading(page).filter({ hasText: 'Your result and theirs' }).waitFor();
    assert.equal(page.url(), compareLink(first, second));
    // The link in the other order speaks the same way: one's own result first.
    await page.goto(compareLink(second, first));
    await page.reload();
    await heading(page).filter({ hasText: 'Your result and theirs' }).waitFor();
    assert.deepEqual(await page.getByRole('columnheader').allInnerTexts(), ['Path', 'You', 'Them']);
    await page.getByRole('link', { name: 'See their result' }).click();
    await page.waitForURL(new RegExp(`#/result/${second}$`));
  });
});

test('where storage refuses, taking the quiz to compare still works in the tab, and the quiz says answers are not kept', async () => {
  await withPage({}, async (page, context) => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.goto(`${server.url}index.html#/result/${second}`);
    await page.getByRole('link', { name: 'Take the quiz and compare' }).first().click();
    await page.getByText('This browser does not let the page keep your answers').waitFor();
    await answerAll(page);
    await page.getByRole('link', { name: 'Compare with theirs' }).click();
    await heading(page).filter({ hasText: 'Your result and theirs' }).waitFor();
  });
});

/** `[ui.compare]`'s `key` in `lang`'s translation (src/content/lang/LANG.toml). */
async function said(lang, key) {
  const file = await readFile(join(DIST, '..', 'src', 'content', 'lang', `${lang}.toml`), 'utf8');
  const table = file.slice(file.indexOf('\n[ui.compare]\n'));
  const value = table.match(new RegExp(`\\n${key} = "((?:[^"\\\\]|\\\\.)*)"`));
  assert.ok(value, `${lang}: ui.compare.${key}`);
  return JSON.parse(`"${value[1]}"`);
}

// The words of the compare page that English says, none of which may be left in another language's page.
const ENGLISH = [
  'Two results side by side', 'Where they differ most', 'best fit', 'See the first result', 'See the second result',
  'Take the quiz', 'cannot be compared', 'This comparison link',
];

for (const lang of ['es', 'de']) {
  test(`the compare view in ${lang}: its words, by keyboard, axe clean in light and dark, and a bad pair's`, async () => {
    const heading1 = await said(lang, 'heading');
    const [path, firstLabel, secondLabel] = [await said(lang, 'path'), await said(lang, 'first'), await said(lang, 'second')];
    const seeFirst = await said(lang, 'see_first');
    for (const colorScheme of ['light', 'dark']) {
      await withPage({ colorScheme, locale: lang, viewport: { width: 320, height: 640 } }, async (page) => {
        const link = `${server.url}${lang}/index.html#/compare/${first}/${second}`;
        await page.goto(link);
        await heading(page).filter({ hasText: heading1 }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.equal(await page.title(), `${heading1} · mlpath`);
        const chart = page.getByRole('img', { name: heading1 });
        assert.deepEqual(await chart.locator('.chart-you').allTextContents(), [firstLabel, secondLabel]);
        // At 320 px the head row is hidden and each fit says its column's name.
        assert.deepEqual(await page.locator('thead th').allTextContents(), [path, firstLabel, secondLabel]);
        assert.equal(
          await page.locator('tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content),
          `"${firstLabel}: "`,
        );
        const bestFit = (await said(lang, 'best_fit')).split(', ').pop();
        assert.equal(await page.getByRole('table').getByText(bestFit).count(), 2);
        // Each fit as the result page writes a percentage: a no-break space before the sign.
        for (const fit of await page.locator('tbody td').allTextContents()) {
          assert.match(fit, /^\d+\u00a0%(, .+)?$/, `${lang}: ${fit}`);
        }
        await page.getByRole('heading', { level: 2, name: await said(lang, 'differ') }).waitFor();
        await page.getByRole('heading', { level: 2, name: await said(lang, 'share_heading') }).waitFor();
        await page.getByRole('link', { name: await said(lang, 'take_quiz') }).waitFor();
        assert.equal(await page.locator('.differences li').count(), 3);
        // The page's own words are this language's. (The share panel's are its component's.)
        const main = [
          await page.locator('main h1, main .lede, main table, main h2, main .differences, main .actions').allInnerTexts(),
          await chart.locator('desc').textContent(),
        ].flat().join('\n');
        for (const english of ENGLISH) assert.ok(!main.includes(english), `${lang}: "${english}" left in English`);
        assert.deepEqual(await axeViolations(page), [], `${lang} ${colorScheme}`);
        if (colorScheme === 'dark') return;
        // By keyboard, to the first result on its own.
        await tabTo(page, seeFirst);
        await page.keyboard.press('Enter');
        await page.waitForURL(new RegExp(`#/result/${first}$`));
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      });
    }
    // A pair with a damaged second result: which one, then why, in this language.
    await withPage({ locale: lang }, async (page) => {
      await page.goto(`${server.url}${lang}/index.html#/compare/${first}/${second.slice(0, 2)}`);
      await heading(page).filter({ hasText: await said(lang, 'bad_heading') }).waitFor();
      assert.equal(
        await page.getByRole('alert').innerText(),
        `${await said(lang, 'second_bad')} ${await said(lang, 'too_short')}`,
      );
      assert.equal(await page.title(), `${await said(lang, 'bad_title')} · mlpath`);
      await page.getByRole('link', { name: await said(lang, 'see_one') }).waitFor();
      assert.deepEqual(await axeViolations(page), [], lang);
    });
  });
}

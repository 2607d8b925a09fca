// Sharing in the release build: copy link (and its fallback), the result card, shared results, social
// links, and a thousand malformed links that must each get a clear message and a way to start.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answerAll, answerQuestions, launchBrowser, startQuiz, startServer, withCheckedPage } from './support.mjs';

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

const heading = (page) => page.getByRole('heading', { level: 1 });

const withPage = (body, options = {}) => withCheckedPage(browser, server.origin, options, body);

/** Takes the whole quiz with the first choice everywhere; returns the result URL. */
async function finishQuiz(page) {
  await page.goto(server.url);
  await startQuiz(page);
  await answerAll(page);
  return page.url();
}

test('Copy link puts the result link on the clipboard and says so', async () => {
  await withPage(async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const url = await finishQuiz(page);
    assert.equal(await page.getByText('Someone shared this result with you').count(), 0, 'your own result');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  });
});

test('without a Clipboard API the link is shown selected for copying by hand', async () => {
  await withPage(async (page, context) => {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    const url = await finishQuiz(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Result link' });
    await field.waitFor();
    assert.equal(await field.inputValue(), url);
    assert.deepEqual(
      await field.evaluate((el) => [document.activeElement === el, el.selectionStart, el.selectionEnd]),
      [true, 0, url.length],
    );
    await page.getByRole('status').filter({ hasText: 'press Ctrl+C' }).waitFor();
  });
});

test('Download result card saves a 1200 x 630 PNG', async () => {
  await withPage(async (page) => {
    await finishQuiz(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download result card' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'mlpath-result.png');
    const png = await readFile(await download.path());
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.ok(png.length > 10_000, `${png.length} bytes: the card has content`);
    await page.getByRole('status').filter({ hasText: 'Result card downloaded.' }).waitFor();
  });
});

test('the card says "My best fit" and "You" only on the person\'s own result, with the hook and what a fit is', async () => {
  /** Downloads the card on the page's result and returns every text drawn on it. */
  async function drawnTexts(page) {
    await page.evaluate(() => { window.drawn = []; });
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download result card' }).click(),
    ]);
    return page.evaluate(() => window.drawn);
  }
  const recordDrawing = (context) => context.addInitScript(() => {
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      window.drawn?.push(String(text));
      return fill.call(this, text, ...rest);
    };
  });
  let url;
  let path;
  await withPage(async (page, context) => {
    await recordDrawing(context);
    url = await finishQuiz(page);
    path = (await heading(page).innerText()).trim();
    const drawn = await drawnTexts(page);
    assert.ok(drawn.includes('My best fit') && drawn.some((t) => path.startsWith(t)), JSON.stringify(drawn));
    // The hook as on the page, "You" on the marker as on the page's chart, and what a fit is.
    const hook = (await page.locator('.first-screen .lede').innerText()).trim();
    const all = drawn.join(' ');
    assert.ok(all.includes(hook), `${hook} in ${all}`);
    assert.ok(drawn.includes('You'), JSON.stringify(drawn));
    assert.ok(all.includes('Fit: of the points the answers could give each path, the share it got.'), all);
  });
  await withPage(async (page, context) => {
    await recordDrawing(context);
    await page.goto(url);
    await page.getByText('Someone shared this result with you').waitFor();
    const drawn = await drawnTexts(page);
    assert.ok(drawn.includes('Best fit') && !drawn.includes('My best fit'), JSON.stringify(drawn));
    assert.ok(drawn.includes('Answers') && !drawn.includes('You'), JSON.stringify(drawn));
  });
});

test('on a phone, every control of the share section and the filters is at least 44 px square to touch', async () => {
  await withPage(async (page) => {
    await finishQuiz(page);
    // The filters show with the whole list.
    await page.getByRole('button', { name: /^Show all \d+ courses and books$/ }).click();
    await page.getByRole('checkbox', { name: 'Free only' }).waitFor();
    const small = await page.evaluate(() => [
      ...document.querySelectorAll('.share button, .share a, .resources > button, .filters label, .filters select'),
    ].map((el) => {
      const { width, height } = el.getBoundingClientRect();
      return { name: el.innerText.trim(), width, height };
    }).filter(({ width, height }) => width < 44 || height < 44));
    assert.deepEqual(small, []);
  }, { viewport: { width: 320, height: 640 } });
});

test('a shared link opened elsewhere says it is shared, and invites taking the quiz', async () => {
  let url;
  let title;
  await withPage(async (page) => {
    url = await finishQuiz(page);
    title = await heading(page).innerText();
    await page.reload();
    await heading(page).waitFor();
    // The share page's prerendered note is in the page until the app replaces it, hidden for one's own result.
    const note = page.getByText('Someone shared this result with you');
    assert.equal(await note.filter({ visible: true }).count(), 0, 'still yours after a reload, before the app');
    await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
    assert.equal(await note.count(), 0, 'still yours after a reload');
  });
  await withPage(async (page) => {
    await page.goto(url);
    assert.equal(await heading(page).innerText(), title);
    await page.getByText('Someone shared this result with you').waitFor();
    // The app's page, which has replaced the share page's prerendered first screen (the note is in both).
    await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
    assert.match(await page.title(), /: a shared result · mlpath$/);
    const links = page.getByRole('list', { name: 'Share on' }).getByRole('link');
    assert.deepEqual(await links.allTextContents(), ['LinkedIn (opens in a new tab)', 'X (opens in a new tab)', 'E-mail']);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
      assert.ok(href.includes(encodeURIComponent(url)), href);
    }
    // In the note at the top and again at the end of the page: the quiz, then a comparison with this result.
    assert.equal(await page.getByRole('link', { name: 'Take the quiz and compare' }).count(), 2);
    await page.getByRole('link', { name: 'Take the quiz and compare' }).first().click();
    await page.waitForURL(/#\/quiz$/);
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '0');
  });
});

test("a shared result never wipes the viewer's own quiz under way: its link continues it", async () => {
  let url;
  await withPage(async (page) => {
    url = await finishQuiz(page);
  });
  // Someone else's browser, with a quiz of its own under way at question 4.
  await withPage(async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    await answerQuestions(page, 3, () => 1);
    await page.locator('.step', { hasText: 'Question 4 of' }).waitFor();
    await page.goto(url);
    await page.reload();
    await page.getByText('Someone shared this result with you').waitFor();
    // The app's page, not the share page's prerendered first screen (which has the note too).
    const links = page.getByRole('link', { name: 'Continue your quiz at question 4' });
    await links.first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Retake the quiz' }).count(), 0, 'nothing offers to wipe it');
    assert.equal(await links.count(), 2, 'in the note and at the end of the page');
    await links.first().click();
    await page.waitForURL(/#\/quiz$/);
    await page.locator('.step', { hasText: 'Question 4 of' }).waitFor();
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '3');
  });
});

test('every preference question skipped: no path is recommended, and the page says what would make one', async () => {
  await withPage(async (page) => {
    await page.goto(server.url);
    await startQuiz(page);
    for (let step = 0; step < 40; step++) {
      const label = await page.locator('.step').innerText();
      await page.getByRole('button', { name: 'Skip' }).click();
      const [, at, of] = label.match(/^Question (\d+) of (\d+)$/);
      if (at === of) break;
      await page.locator('.step', { hasText: `Question ${Number(at) + 1} of` }).waitFor();
    }
    await page.waitForURL(/#\/result\//);
    assert.equal(await heading(page).innerText(), 'Not enough answers for a recommendation');
    assert.match(await page.title(), /^No recommendation yet · mlpath$/);
    assert.equal(await page.getByRole('img', { name: /profile/i }).count(), 0, 'no chart of nothing');
    assert.equal(await page.getByText(/% fit/).count(), 0);
    await page.getByRole('link', { name: 'Take the quiz again' }).click();
    await page.waitForURL(/#\/quiz$/);
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '0');
  });
});

// ---- malformed links ------------------------------------------------------------------------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function crc16(text) {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'latin1')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
const seal = (body) => {
  const sum = crc16(body);
  return body + ALPHABET[(sum >> 12) & 63] + ALPHABET[(sum >> 6) & 63] + ALPHABET[sum & 63];
};

/** A seeded generator (mulberry32): the same thousand links on every run, so nothing is flaky. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function malformedLinks(valid, count) {
  const rand = random(20261128);
  const pick = (s) => {
    const chars = Array.from(s); // code points, so emoji are never split into lone surrogates
    return chars[Math.floor(rand() * chars.length)];
  };
  const body = valid.slice(0, -3);
  const kinds = [
    // Truncated: cut anywhere but the full length.
    () => [valid.slice(0, 1 + Math.floor(rand() * (valid.length - 2))), /cut off|damaged/],
    // Tampered: one character changed.
    () => {
      const i = Math.floor(rand() * valid.length);
      let c;
      do c = pick(ALPHABET); while (c === valid[i]);
      return [valid.slice(0, i) + c + valid.slice(i + 1), /damaged/];
    },
    // Random alphabet text of a plausible length.
    () => [Array.from({ length: 6 + Math.floor(rand() * 40) }, () => pick(ALPHABET)).join(''), /damaged|match|too long/],
    // Characters no code uses, unicode included.
    () => [valid.slice(0, 4) + pick('!*.~é€😀 %\'"<>{}') + valid.slice(5), /damaged/],
    // Over-long: pasted twice, or padded.
    () => [valid.repeat(5 + Math.floor(rand() * 5)), /too long/],
    // Made by a newer format or newer content, correctly sealed.
    () => [seal(pick('CDEFGH') + body.slice(1)), /newer version/],
    () => [seal(body.slice(0, 1) + pick('BCDEF') + pick(ALPHABET) + body.slice(3)), /newer version/],
  ];
  const links = [];
  while (links.length < count) {
    const [code, expected] = kinds[links.length % kinds.length]();
    if (code && code !== valid) links.push({ code, expected });
  }
  return links;
}

test('1 000 malformed result links each show an alert saying what is wrong, and a start button', async () => {
  await withPage(async (page) => {
    const valid = (await finishQuiz(page)).split('#/result/')[1];
    const links = malformedLinks(valid, 1000);
    let opened = 0;
    for (const [i, { code, expected }] of links.entries()) {
      const target = `${server.url}#/result/${encodeURIComponent(code)}`;
      if (i % 50 === 0) {
        await page.goto(target); // a cold load now and then, as a link opened in a new tab
      } else {
        // Through another page first, so each link is a fresh render, not a stale one.
        await page.evaluate(() => { location.hash = '#/roles'; });
        await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
        await page.evaluate((t) => { location.href = t; }, target);
      }
      await page.getByRole('heading', { name: 'This result link cannot be opened', level: 1 }).waitFor();
      const alert = await page.getByRole('alert').innerText();
      assert.match(alert, expected, `${JSON.stringify(code)} -> ${alert}`);
      assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).count(), 1);
      opened++;
    }
    assert.equal(opened, 1000);
  });
});

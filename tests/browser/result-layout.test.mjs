// The result's layout as a person first sees it: the first screen is the result (its name, hook, chart and the
// way to share it) on a phone and a laptop, and in a blog's frame the result stays compact.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerAll, axeViolations, launchBrowser, startQuiz, startServer, translated, withCheckedPage } from './support.mjs';

let browser;
let server;
let host; // a blog on another origin, framing the quiz
const blog = {};
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  host = await startServer({ pages: blog });
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), host?.close()]);
});

/** Takes the whole quiz with the first choice everywhere, on `page`; returns the result's code. */
async function finishQuiz(page) {
  await page.goto(server.url);
  await startQuiz(page);
  await answerAll(page);
  return new URL(page.url()).hash.replace('#/result/', '');
}

/** What lies below the first screen, by name, of what a person must see there without scrolling. */
async function belowTheFold(page) {
  const parts = {
    name: page.getByRole('heading', { level: 1 }),
    hook: page.locator('.first-screen .lede'),
    chart: page.getByRole('img', { name: /profile/i }),
    'Copy link': page.getByRole('button', { name: 'Copy link' }),
    'Download result card': page.getByRole('button', { name: 'Download result card' }),
  };
  const { height } = page.viewportSize();
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the result opens at its top');
  const below = [];
  for (const [name, locator] of Object.entries(parts)) {
    const box = await locator.boundingBox();
    assert.ok(box, `${name} is shown`);
    if (box.y + box.height > height) below.push(`${name} ends at ${Math.round(box.y + box.height)} px`);
  }
  return below;
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`at ${viewport.width}×${viewport.height}, the first screen is the result: name, hook, chart and sharing`, async () => {
    await withCheckedPage(browser, server.origin, { viewport }, async (page) => {
      await finishQuiz(page);
      assert.deepEqual(await belowTheFold(page), []);
    });
  });
}

test('a shared result, opened elsewhere, shows the same first screen under its note, at 390×844', async () => {
  let url;
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    await finishQuiz(page);
    url = page.url();
  });
  await withCheckedPage(browser, server.origin, { viewport: { width: 390, height: 844 } }, async (page) => {
    await page.goto(url);
    await page.getByText('Someone shared this result with you').waitFor();
    // The app's first screen, once it has replaced the share page's prerendered one.
    await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
    assert.deepEqual(await belowTheFold(page), []);
  });
});

/** A code for each path: every question answered toward it (`Content::answers_toward`). */
const PATH_CODES = {
  'applied-ml-engineer': 'BADZhhEiijUKjJnE',
  'data-scientist': 'BADJRiEKhiURjGc1',
  'ml-software-engineer': 'BADRJjEajhUjjAad',
  'core-ml-engineer': 'BADhpkESkkUcjExX',
};

// The longest words are Spanish's and German's: a shared result's first screen, under its note, fits in every
// language, for every path, on a phone and a laptop.
for (const lang of ['en', 'es', 'de']) {
  test(`${lang}: a shared result of each path shows its first screen under its note, at 390×844 and 1280×800`, async () => {
    const word = (table, key) => translated(lang, table, key);
    const parts = {
      name: (page) => page.getByRole('heading', { level: 1 }),
      hook: (page) => page.locator('.first-screen .lede'),
      chart: async (page) => page.getByRole('img', { name: await word('ui.result', 'profile_theirs') }),
      // The first of the share actions: the rest of the row may wrap under it on a phone, as it does wherever
      // the share sheet's button joins it.
      'Copy link': async (page) => page.getByRole('button', { name: await word('ui.share', 'copy_link') }),
    };
    const note = await word('ui.result', 'shared_note');
    const below = [];
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await withCheckedPage(browser, server.origin, { viewport, locale: lang }, async (page) => {
        for (const [id, code] of Object.entries(PATH_CODES)) {
          await page.goto(`${server.url}${lang === 'en' ? '' : `${lang}/`}${id}.html#/result/${code}`);
          await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
          assert.ok(page.url().includes(`${id}.html#/result/`), `${lang}: the code of ${id} opens its own page (${page.url()})`);
          assert.equal(await page.getByText(note).isVisible(), true, `${lang}: the note on ${id}`);
          for (const [name, locate] of Object.entries(parts)) {
            const box = await (await locate(page)).boundingBox();
            assert.ok(box, `${lang}, ${id}: ${name} is shown`);
            const bottom = Math.round(box.y + box.height);
            if (bottom > viewport.height) below.push(`${viewport.width}px, ${id}: ${name} ends at ${bottom} px`);
          }
        }
      });
    }
    assert.deepEqual(below, []);
  });
}

test('in a blog\'s frame, the result is compact and leads to the full result', async () => {
  let code;
  await withCheckedPage(browser, server.origin, {}, async (page) => {
    code = await finishQuiz(page);
  });
  // A plain frame of the result, as the frame's own address after the quiz: its document's height is what a
  // blog that sizes the frame gives it.
  blog['/post.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body style="margin:0"><main><h1>A blog post</h1><iframe title="Career quiz" style="border:0;width:100%;height:600px"
src="${server.url}index.html?embed=1#/result/${code}"></iframe></main></body></html>`;
  for (const width of [320, 390, 700]) {
    for (const colorScheme of ['light', 'dark']) {
      await withCheckedPage(browser, host.origin, { viewport: { width, height: 800 }, colorScheme, origins: [host.origin, server.origin] }, async (page) => {
        await page.goto(`${host.url}post.html`);
        const frame = page.frameLocator('iframe');
        await frame.getByRole('heading', { level: 1 }).waitFor();
        const link = frame.getByRole('link', { name: /^See the full result/ });
        const href = await link.getAttribute('href');
        assert.ok(href.startsWith(server.url) && href.endsWith(`#/result/${code}`) && !href.includes('embed'), href);
        // The courses and the plan are on the full page only.
        assert.equal(await frame.getByRole('heading', { name: 'Courses and books' }).count(), 0);
        const content = await frame.locator('html').evaluate((html) => html.scrollHeight);
        assert.ok(content <= 1600, `${content} px at ${width} px wide`);
        if (colorScheme === 'dark' || width === 320) {
          assert.deepEqual(await axeViolations(page), []);
        }
      });
    }
  }
});

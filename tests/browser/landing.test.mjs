// The landing page of the release build, as a person meets it in headless Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerAll, answerQuestions, appStarted, axeViolations, holdRequests, launchBrowser, noteAppStart, openPage, PATH_NAMES,
  startQuiz, startServer, tabTo, withCheckedPage, workerInControl,
} from './support.mjs';

let browser;
let server; // dist/ at the root, for every block that needs no other sub-path
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const prefix of ['/', '/blog/quiz/']) {
  describe(`landing page served at ${prefix}`, () => {
    let server;
    before(async () => {
      server = await startServer({ prefix });
    });
    after(async () => {
      await server?.close();
    });

    for (const colorScheme of ['light', 'dark']) {
      test(`shows its heading and Start button, passes axe, stays on its origin (${colorScheme})`, async () => {
        const { context, page, problems } = await openPage(browser, { origin: server.origin, colorScheme });
        try {
          await page.goto(server.url);
          const heading = page.getByRole('heading', { level: 1 });
          await heading.waitFor();
          assert.match(await heading.innerText(), /data scientist or machine-learning engineer/i);
          const start = page.getByRole('link', { name: 'Start the quiz' });
          assert.equal(await start.isVisible(), true);
          assert.equal(await start.isEnabled(), true);

          assert.deepEqual(await axeViolations(page), []);
          // Everything the page fetches of its own accord, up to its worker's precache, once it is idle.
          await workerInControl(page);
          assert.deepEqual(problems.consoleErrors, []);
          assert.deepEqual(problems.pageErrors, []);
          assert.deepEqual(problems.foreignRequests, []);
          const outside = server.requests.filter((path) => !path.startsWith(prefix));
          assert.deepEqual(outside, [], 'every asset URL is relative to the page');
        } finally {
          await context.close();
        }
      });
    }
  });
}

describe('what the landing page shows', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`an example result, marked as one; facts that read as a list, not as buttons (${colorScheme})`, async () => {
      await withCheckedPage(browser, server.origin, { colorScheme, viewport: { width: 390, height: 844 } }, async (page) => {
        await page.goto(server.url);
        const example = page.getByRole('region', { name: 'Example result' });
        await example.waitFor();
        // Below the way to start, which a phone shows without scrolling.
        const start = await page.getByRole('link', { name: 'Start the quiz' }).boundingBox();
        assert.ok(start.y + start.height <= 844, `Start ends at ${start.y + start.height}px`);
        assert.ok((await example.boundingBox()).y > start.y);
        // A result's first screen: the path's name a heading below the example's own, its chart drawn.
        const name = example.getByRole('heading', { level: 3 });
        assert.match(await name.innerText(), PATH_NAMES);
        assert.equal(await example.getByRole('img', { name: 'Profile of these answers' }).count(), 1);
        assert.equal(await example.locator('svg.emblem').isVisible(), true);
        assert.equal(await example.locator('.example-hook q').count(), 1, 'the hook, quoted');
        // The facts: no box, no fill, no pointer, nothing to press.
        const facts = await page.locator('ul.facts li').evaluateAll((items) => items.map((li) => {
          const css = getComputedStyle(li);
          return [css.borderTopWidth, css.borderBottomWidth, css.backgroundColor, css.cursor, css.borderRadius];
        }));
        assert.equal(facts.length, 3);
        for (const fact of facts) assert.deepEqual(fact, ['0px', '0px', 'rgba(0, 0, 0, 0)', 'auto', '0px']);
        assert.deepEqual(await axeViolations(page), []);
      });
    });
  }
});

describe('moving between the landing, roles, embed and unknown pages', () => {
  test('Start on the page the app kept records the start: back on the landing page, the quiz continues', async () => {
    const { context, page, problems } = await openPage(browser, { origin: server.origin });
    try {
      await noteAppStart(context);
      await page.goto(server.url);
      await appStarted(page);
      assert.equal(await page.locator('[data-prerendered]').count(), 1, 'the prerendered page is kept');
      await startQuiz(page);
      await page.goBack();
      await page.getByRole('link', { name: 'Continue at question 1' }).waitFor();
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test('an address that is the landing page with something after "#/" shows it, kept', async () => {
    const { context, page } = await openPage(browser, { origin: server.origin });
    try {
      await noteAppStart(context);
      await page.goto(`${server.url}#/?ref=newsletter`);
      await appStarted(page);
      await page.getByRole('link', { name: 'Start the quiz' }).waitFor({ state: 'visible' });
      assert.equal(await page.locator('[data-prerendered]').count(), 1);
    } finally {
      await context.close();
    }
  });

  test('embed options on a page that is not in a frame change nothing', async () => {
    const { context, page } = await openPage(browser, { origin: server.origin });
    try {
      await noteAppStart(context);
      await page.goto(`${server.url}?embed=1&theme=dark`);
      await appStarted(page);
      await page.getByRole('navigation', { name: 'Site' }).waitFor();
      await page.getByRole('contentinfo').getByRole('link', { name: 'Put this quiz on your site' }).waitFor();
      assert.equal(await page.getByRole('region', { name: 'Example result' }).count(), 1);
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), null);
    } finally {
      await context.close();
    }
  });

  test('each page names itself in the title; the embed page opens by the footer\'s link, with the snippets for here', async () => {
    const { context, page, problems } = await openPage(browser, { origin: server.origin });
    try {
      await page.goto(server.url);
      assert.equal(await page.title(), 'Data scientist or machine-learning engineer? · mlpath');

      await page.getByRole('link', { name: 'How the two roles differ' }).click();
      await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
      assert.equal(await page.title(), 'The two roles · mlpath');

      await page.goto(`${server.url}#/no-such-page`);
      await page.getByRole('heading', { name: 'This page does not exist', level: 1 }).waitFor();
      assert.equal(await page.title(), 'Page not found · mlpath');

      await page.getByRole('link', { name: 'Go to the start' }).click();
      await page.getByRole('heading', { name: /data scientist or machine-learning engineer/i, level: 1 }).waitFor();
      assert.equal(await page.title(), 'Data scientist or machine-learning engineer? · mlpath');

      // The footer leads site owners to the code, a page of its own, with focus on its heading.
      await page.getByRole('contentinfo').getByRole('link', { name: 'Put this quiz on your site' }).click();
      const heading = page.getByRole('heading', { name: 'Put this quiz on your site', level: 1 });
      await heading.waitFor();
      await page.waitForURL(/#\/embed$/);
      assert.equal(await page.title(), 'Put this quiz on your site · mlpath');
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      assert.equal(await page.getByRole('textbox', { name: 'Script tag' }).inputValue(),
        `<script src="${server.url}embed.js" async data-theme="auto"></script>`);
      assert.equal(await page.getByRole('heading', { name: 'Example result' }).count(), 0);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});

for (const prefix of ['/', '/blog/quiz/']) {
  describe(`the embed page opened by its address, served at ${prefix}`, () => {
    let server;
    before(async () => {
      server = await startServer({ prefix });
    });
    after(async () => {
      await server?.close();
    });

    for (const colorScheme of ['light', 'dark']) {
      test(`shows the code for where it is hosted, its options and the demo, and passes axe (${colorScheme})`, async () => {
        await withCheckedPage(browser, server.origin, { colorScheme }, async (page) => {
          await page.goto(`${server.url}#/embed`);
          await page.getByRole('heading', { name: 'Put this quiz on your site', level: 1 }).waitFor();
          assert.equal(await page.title(), 'Put this quiz on your site · mlpath');
          assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).isVisible(), false, 'no landing page under it');
          const script = page.getByRole('textbox', { name: 'Script tag' });
          assert.equal(await script.inputValue(), `<script src="${server.url}embed.js" async data-theme="auto"></script>`);
          const plain = await page.getByRole('textbox', { name: /Plain iframe/ }).inputValue();
          assert.ok(plain.startsWith(`<iframe src="${server.url}index.html?embed=1" `), plain);
          for (const option of ['data-theme', 'data-accent', 'data-max-width']) {
            assert.equal(await page.getByRole('term').filter({ hasText: option }).count(), 1, option);
          }
          const demo = page.getByRole('link', { name: 'A sample blog post with the quiz in it' });
          assert.equal(new URL(await demo.evaluate((a) => a.href)).href, `${server.url}demo.html`);
          assert.deepEqual(await axeViolations(page), []);
        });
      });
    }
  });
}

describe('the landing page before the wasm has loaded', () => {
  let server;
  before(async () => {
    server = await startServer({ prefix: '/blog/quiz/' });
  });
  after(async () => {
    await server?.close();
  });

  test('is real HTML in index.html, with hash links that work under a sub-path', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const heading = page.getByRole('heading', { level: 1 });
      assert.match(await heading.innerText(), /data scientist or machine-learning engineer/i);
      assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).count(), 1);
      // The app keeps this page when it opens on it, so it carries the title the app gives it.
      assert.equal(await page.title(), 'Data scientist or machine-learning engineer? · mlpath');
      const hrefs = await page.locator('[data-prerendered] a').evaluateAll((links) =>
        links.filter((a) => !a.closest('.languages')).map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length > 0);
      for (const href of hrefs) assert.match(href, /^#\//, `${href} stays on this page`);
      // But the language switch's, each to this page in another language, relative, choosing it.
      const languages = await page.locator('[data-prerendered] .languages a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(languages, ['es/?lang=es', 'de/?lang=de']);
    } finally {
      await context.close();
    }
  });
});

describe('a deep link before the wasm has loaded', () => {
  /**
   * Runs `body(page, release)` on a fresh page opened at `url` whose wasm is held back until `release()`,
   * so the moment before the app starts can be looked at and used; `prepare(context)` runs first.
   */
  async function withHeldWasm(url, body, prepare = async () => {}) {
    // No service worker: one that `prepare` installed would serve the wasm past the hold.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      await prepare(context);
      const page = await context.newPage();
      const release = await holdRequests(page);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await body(page, release);
    } finally {
      await context.close();
    }
  }

  test('does not flash the landing page, and the app then shows the linked page', async () => {
    await withHeldWasm(`${server.url}#/roles`, async (page, release) => {
      assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).isVisible(), false);
      release();
      await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
      await page.goto(server.url);
      await page.getByRole('link', { name: 'Start the quiz' }).waitFor({ state: 'visible' });
    });
  });

  for (const [what, held] of [['its wasm is', /\.wasm$/], ['its JS glue and wasm are', /(\.wasm|mlpath-[0-9a-f]+\.js)$/]]) {
    test(`while ${what} slow to come: "Loading" after a second, slow with Try again after ten, gone when the app starts`, async () => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        // The page's clock stands still but when moved forward here.
        await context.clock.install({ time: 0 });
        await context.clock.pauseAt(1000);
        const page = await context.newPage();
        const release = await holdRequests(page, held);
        await page.goto(`${server.url}#/roles`, { waitUntil: 'commit' });
        const status = page.locator('main.loading [role=status]');
        const loading = status.getByRole('heading', { level: 1, name: 'Loading the quiz…', exact: true });
        const slow = status.getByText('The connection seems slow: the quiz opens as soon as it has arrived, or you can try again.');
        const again = page.getByRole('main').getByRole('button', { name: 'Try again', exact: true });
        // The live region is in the page before it says anything, so that what it says is announced.
        await status.waitFor({ state: 'attached' });
        await page.clock.fastForward(999);
        assert.equal(await status.innerText(), '');
        await page.clock.fastForward(1);
        await loading.waitFor();
        assert.equal(await slow.count(), 0);
        await page.clock.fastForward(8999);
        assert.equal(await slow.count(), 0);
        await page.clock.fastForward(1);
        await slow.waitFor();
        assert.equal(await loading.count(), 1);
        // (axe needs timers that run.)
        await page.clock.resume();
        assert.deepEqual(await axeViolations(page), []);
        // Someone on Try again when the app starts after all: focus goes to the app's heading, not to nowhere.
        await again.focus();
        release();
        const heading = page.getByRole('heading', { name: 'The two roles', level: 1 });
        await heading.waitFor();
        await status.waitFor({ state: 'detached' });
        assert.equal(await again.count(), 0);
        assert.equal(await heading.evaluate((h1) => h1 === document.activeElement), true);
      } finally {
        await context.close();
      }
    });
  }

  test('the landing page itself says nothing of loading: it is already there', async () => {
    await withHeldWasm(server.url, async (page) => {
      await page.clock.fastForward(11000);
      assert.equal(await page.locator('.loading').count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).isVisible(), true);
    }, (context) => context.clock.install());
  });

  test('a link in the prerendered page works before the app has started', async () => {
    await withHeldWasm(server.url, async (page, release) => {
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'The two roles' }).click();
      await page.waitForURL(/#\/roles$/);
      release();
      await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
    });
  });

  test('the app keeps the prerendered page it opens on: focus stays, and its links are the app\'s', async () => {
    await withHeldWasm(server.url, async (page, release) => {
      await tabTo(page, 'How the two roles differ');
      release();
      await appStarted(page);
      const focused = await page.evaluate(() => [document.activeElement.textContent, !!document.activeElement.closest('[data-prerendered]')]);
      assert.deepEqual(focused, ['How the two roles differ', true], 'the same link has focus');
      assert.equal(await page.locator('main').count(), 1);
      // A move: the roles page replaces the kept one for good, with focus on its heading.
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      assert.equal(await page.locator('[data-prerendered]').count(), 0);
      assert.equal(await page.locator('main').count(), 1);
      await page.goBack();
      // The app's own landing page now, as it was rendered at build time.
      await page.getByRole('region', { name: 'Example result' }).waitFor();
      assert.equal(await page.locator('[data-prerendered]').count(), 0);
      assert.equal(await page.locator('main').count(), 1);
    }, noteAppStart);
  });

  test('where the app replaces the prerendered page, focus moves to the control doing the same', async () => {
    const answerOne = async (context) => {
      const page = await context.newPage();
      await page.goto(server.url);
      await startQuiz(page);
      await answerQuestions(page, 1);
      await page.close();
    };
    await withHeldWasm(server.url, async (page, release) => {
      await tabTo(page, 'Start the quiz');
      release();
      await page.getByRole('link', { name: 'Continue at question 2' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Continue at question 2');
      assert.equal(await page.locator('[data-prerendered]').count(), 0);
      assert.equal(await page.locator('main').count(), 1);
    }, answerOne);
  });

  test('Start pressed with the keyboard before the app has started opens the first question, focused', async () => {
    await withHeldWasm(server.url, async (page, release) => {
      await tabTo(page, 'Start the quiz');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/quiz$/);
      release();
      await page.locator('.step', { hasText: /^Question 1 of \d+$/ }).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '0');
    });
  });
});

describe('when the app cannot start', () => {
  const alert = (page) => page.getByRole('alert');

  test('a result link whose wasm does not load shows the page and says so; Try again then shows the result', async () => {
    // A real result link, from a quiz taken first.
    const first = await browser.newContext();
    const taker = await first.newPage();
    await taker.goto(server.url);
    await startQuiz(taker);
    const heading = await answerAll(taker, (step, count) => step % count);
    const link = taker.url();
    await first.close();

    const { context, page } = await openPage(browser, { origin: server.origin });
    try {
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(link);
      await alert(page).waitFor();
      assert.equal(await alert(page).getByRole('paragraph').first().innerText(),
        'The quiz could not start: part of it did not load. Check your connection and try again.');
      // Not a blank page: the landing page shows under the message.
      assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), true);
      assert.deepEqual(await axeViolations(page), []);
      await page.unroute(/\.wasm$/);
      await alert(page).getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      assert.equal(await alert(page).count(), 0);
    } finally {
      await context.close();
    }
  });

  for (const [name, prepare] of [
    ['its JS glue does not load', (page) => page.route(/mlpath-[0-9a-f]+\.js$/, (route) => route.abort())],
    ['the server answers 404 for its wasm', (page) => page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }))],
  ]) {
    test(`a deep link says so when ${name}`, async () => {
      const { context, page } = await openPage(browser, { origin: server.origin });
      try {
        await prepare(page);
        await page.goto(`${server.url}#/roles`);
        await alert(page).getByRole('button', { name: 'Try again' }).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).isVisible(), true);
        assert.equal(await page.locator('.loading').count(), 0, 'the alert says it instead of "Loading"');
      } finally {
        await context.close();
      }
    });
  }

  test('a browser with WebAssembly turned off is told so, on the landing page and on a deep link', async () => {
    for (const hash of ['', '#/quiz']) {
      const { context, page } = await openPage(browser, { origin: server.origin, colorScheme: 'dark' });
      try {
        await page.addInitScript(() => { delete window.WebAssembly; });
        await page.goto(`${server.url}${hash}`);
        await alert(page).waitFor();
        assert.match(await alert(page).innerText(), /needs WebAssembly, which this browser has turned off/);
        assert.equal(await alert(page).getByRole('button').count(), 0, 'trying again would not help');
        assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), true);
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    }
  });

  /** Adds a script element that fails to load, as an error of a script served next to the app. */
  const brokenScript = (page, name) => page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.head.append(script);
  }, `${server.url}${name}`);

  // Each error and unhandled rejection reaching the window is noted with whether an alert was up just before
  // the page's own listeners for it ran and just after: the inline script raises its alarm from its
  // listener, at once, so an error of ours is seen to raise it, and any other to leave it down.
  /** Added before the page's scripts run, so its listeners come first. */
  const noteAlarmsBefore = () => {
    for (const type of ['error', 'unhandledrejection']) {
      window.addEventListener(type, (event) => { event.alarmBefore = document.querySelector('[role=alert]') !== null; }, true);
    }
  };
  /** Added once the page's scripts have added theirs, so its listeners come last. */
  const noteAlarmsAfter = () => {
    window.alarms = [];
    for (const type of ['error', 'unhandledrejection']) {
      window.addEventListener(type, (event) => {
        const what = event.reason?.message ?? event.message ?? event.target?.src;
        window.alarms.push({ what: String(what), before: event.alarmBefore, after: document.querySelector('[role=alert]') !== null });
      }, true);
    }
  };
  /** Waits for the note of the error whose message (or failed script's URL) has `what` in it: was an alert up, before and after? */
  const alarmWhen = async (page, what) => {
    const note = await page.waitForFunction((what) => window.alarms.find((n) => n.what.includes(what)), what);
    return note.evaluate(({ before, after }) => ({ before, after }));
  };
  const LEFT_DOWN = { before: false, after: false };

  test('errors that do not stop the app raise no alarm, or drop it once the app has started', async () => {
    const { context, page } = await openPage(browser, { origin: server.origin });
    try {
      const release = await holdRequests(page);
      await page.addInitScript(noteAlarmsBefore);
      await page.goto(`${server.url}#/roles`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(noteAlarmsAfter);
      // Not the app's: an error from a script that is not served from here.
      await page.evaluate(() => setTimeout(() => { throw new Error('a stranger\'s script'); }));
      await page.evaluate(() => { Promise.reject(new Error('a stranger\'s promise')); });
      assert.deepEqual(await alarmWhen(page, 'a stranger\'s script'), LEFT_DOWN);
      assert.deepEqual(await alarmWhen(page, 'a stranger\'s promise'), LEFT_DOWN);
      assert.equal(await alert(page).count(), 0);
      // One of ours failing before the start: this very error raises the alarm, at once (so the checks above
      // would have seen one), and it stays until the app starts after all.
      await brokenScript(page, 'missing-before-the-start.js');
      assert.deepEqual(await alarmWhen(page, 'missing-before-the-start.js'), { before: false, after: true });
      await alert(page).waitFor();
      release();
      await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
      await alert(page).waitFor({ state: 'detached' });
      // After the start, nothing the page's scripts do raises it.
      await brokenScript(page, 'missing-after-the-start.js');
      assert.deepEqual(await alarmWhen(page, 'missing-after-the-start.js'), LEFT_DOWN);
      assert.equal(await alert(page).count(), 0);
    } finally {
      await context.close();
    }
  });

  test('an embed whose app cannot start shows the message, not the site\'s page', async () => {
    const host = await startServer({
      pages: { '/post.html': `<!doctype html><title>post</title><iframe title="quiz" src="${server.url}index.html?embed=1"></iframe>` },
    });
    const { context, page } = await openPage(browser, { origin: host.origin, origins: [host.origin, server.origin] });
    try {
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(`${host.origin}/post.html`);
      const frame = page.frameLocator('iframe');
      await frame.getByRole('alert').waitFor();
      assert.equal(await frame.getByRole('button', { name: 'Try again' }).isVisible(), true);
      assert.equal(await frame.getByRole('link', { name: 'Start the quiz' }).isVisible(), false);
      assert.equal(await frame.getByRole('navigation', { name: 'Site' }).isVisible(), false);
    } finally {
      await context.close();
      await host.close();
    }
  });
});

// The core flows in Firefox ESR and WebKitGTK, through WebDriver (selenium-webdriver, drivers.mjs), against the
// release build in dist/ served with the README's host headers. Each engine runs its flows in one session, plus
// a fresh one (a result link opened elsewhere, bad links) and one of a browser that refuses storage.
// docs/TESTING.md has the table of flows and engines, and what differs between them.
//   ENGINES=webkit node --test tests/engines/   one engine only
//   ENGINES_DIST=/tmp/broken node --test tests/engines/   another copy of dist/ (to see a test fail)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Key } from 'selenium-webdriver';
import {
  chord, click, FIREFOX_BINARY, launch, MINIBROWSER, nameOf, quit, reload, transportErrors, waitFor,
} from './drivers.mjs';
import {
  answerAll, answerShown, byRole, errorMark, FRAME_TITLE, hasText, hostHeaders, keyboardQuiz, PATH_NAMES, queryByRole,
  resultHeading, startPublished, startReportCollector, startServer, uncaughtErrors, waitForText,
} from './support.mjs';
import { discover, newSecret, WORDPRESS_MAX, wordpressFrame, wordpressPost } from '../browser/wordpress.mjs';

const NOT_KEPT = 'This browser does not let the page keep your answers';
// In a frame sandboxed without allow-same-origin: the site around the quiz refuses it storage, not the browser.
const SANDBOX_NOT_KEPT = 'The site showing this quiz does not let it keep your answers';

/**
 * What each engine has and does, as found here. The tests check every line, so an engine version that
 * changes one fails until this table and docs/TESTING.md say so.
 */
const FACTS = {
  firefox: {
    idleCallback: true, // requestIdleCallback
    shareSheet: false, // navigator.share: none on Linux desktop
    clipboard: 'copied', // Copy link, clicked, on a loopback address
    // A frame of another site: storage of its own, partitioned by the blog's site (Total Cookie Protection).
    frameStorage: 'partitioned',
    // A frame sandboxed with allow-scripts only, of a build without the site's address: 'self' in the quiz's
    // CSP matches the frame's address.
    sandboxedFrame: 'runs',
  },
  webkit: {
    // No requestIdleCallback: the app's idle work runs on its setTimeout fallback.
    idleCallback: false,
    shareSheet: false,
    clipboard: 'copied',
    // Partitioned too (ITP on, as Safari has it): the frame keeps storage of its own; its cookies are off.
    frameStorage: 'partitioned',
    // 'self' is matched against the sandboxed frame's opaque origin, so its own scripts, stylesheet and wasm
    // are refused: without the site's address in its build (which names the origin next to 'self'), the quiz
    // cannot start there, and the frame says so (docs/EMBEDDING.md).
    sandboxedFrame: 'blocked',
  },
};

/**
 * A browser whose reader locked it down: Firefox in a private window with every cookie blocked (then
 * localStorage throws) and service workers off in private windows (as older releases have them: then
 * navigator.serviceWorker is missing); WebKitGTK with local storage turned off (then localStorage is null).
 */
const LOCKED_DOWN = {
  firefox: {
    'moz:firefoxOptions': {
      binary: FIREFOX_BINARY,
      args: ['-headless', '-private'],
      prefs: {
        'browser.privatebrowsing.autostart': true,
        'network.cookie.cookieBehavior': 2,
        'dom.serviceWorkers.privateBrowsing.enabled': false,
        'devtools.console.stdout.content': true,
      },
    },
  },
  webkit: {
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--enable-itp', '--enable-html5-local-storage=false'] },
  },
};

const engines = (process.env.ENGINES ?? 'firefox,webkit').split(',');

for (const engine of engines) {
  describe(engine, () => {
    const facts = FACTS[engine];
    let s; // the main session
    let fresh; // a second one, which has seen nothing
    let locked; // a locked-down browser
    let collector; // CSP reports from every page and frame of every session
    let quiz; // dist/ with the README's host headers
    let published; // a copy of dist/ built as if told its public address (this server's), with its host headers
    let blog; // a blog on another site (localhost, where the quiz is on 127.0.0.1)
    let blogOrigin;
    let own; // the result the keyboard flow reached: { url, title }
    const posts = {};

    before(async () => {
      collector = await startReportCollector();
      quiz = await startServer({ headers: await hostHeaders(collector.url) });
      published = await startPublished(collector.url);
      blog = await startServer({ prefix: '/no-files/', pages: posts });
      blogOrigin = blog.origin.replace('127.0.0.1', 'localhost');
      // All three at once: a browser takes seconds to start, most of them waiting.
      [s, fresh, locked] = await Promise.all([
        launch(engine),
        launch(engine),
        launch(engine, { capabilities: LOCKED_DOWN[engine] }),
      ]);
      for (const session of [s, fresh, locked]) await session.manage().window().setRect({ width: 1280, height: 900 });
    });
    after(async () => {
      await Promise.all([s, fresh, locked].filter(Boolean).map(quit));
      await Promise.all([quiz?.close(), published?.close(), blog?.close(), collector?.close()]);
    });

    /**
     * A test that also fails on an uncaught error of a page (Firefox prints them; support.mjs), and on any
     * error on the connections to the session's driver (which selenium's transport would try again).
     */
    const flow = (name, body, session = () => s) => test(name, async () => {
      const mark = errorMark(session());
      await body();
      assert.deepEqual(uncaughtErrors(session(), mark, [quiz.origin, published.origin, blogOrigin]), []);
      assert.deepEqual(transportErrors(session()), [], `${nameOf(session())}: errors talking to the driver`);
    });

    async function landing(session = s) {
      await session.get(quiz.url);
      return byRole(session, 'link', { name: 'Start the quiz' });
    }

    /** Publishes `page` on the blog's site; returns its address. */
    let postCount = 0;
    function publishPage(page) {
      const path = `/post-${++postCount}.html`;
      posts[path] = page;
      return `${blogOrigin}${path}`;
    }

    /** Publishes a blog post on the blog's site holding `embed`; returns its address. */
    function publish(embed) {
      return publishPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<link rel="icon" href="data:,"></head><body><main><h1>A blog post</h1><p>Some words before the quiz.</p>
${embed}<p>Some words after it.</p></main></body></html>`);
    }
    const scriptTag = () => `<script src="${quiz.url}embed.js" async></script>`;

    /** Into the quiz's frame (scrolled to, as it loads lazily), once the quiz's page (from `site`) is in it. */
    async function enterFrame(session = s, site = quiz) {
      // A window as tall as the quiz's longest question in its frame: WebKitWebDriver's click misses an element
      // outside the top window's view, and a blog's frame sized to its content can run past a 900-px window.
      await session.manage().window().setRect({ width: 1280, height: 2800 });
      const frame = await waitFor(session, (title) => document.querySelector(`iframe[title="${title}"]`), { args: [FRAME_TITLE] });
      await session.executeScript((el) => el.scrollIntoView(), frame);
      await session.switchTo().frame(frame);
      await waitFor(session, (origin) => location.origin === origin && document.readyState === 'complete', {
        args: [site.origin], message: 'the quiz in its frame',
      });
      return frame;
    }

    /** Waits until the frame is as tall as its content, with no scrollbar of its own; returns that height. */
    async function fitted(frame) {
      await waitFor(s, () => {
        const root = document.documentElement;
        const content = Math.ceil(root.getBoundingClientRect().height);
        const expected = Math.min(20000, Math.max(200, content));
        return Math.abs(window.innerHeight - expected) <= 2 && root.scrollHeight <= root.clientHeight + 1;
      }, { message: 'the frame fitting its content' });
      const inside = await s.executeScript(() => document.documentElement.scrollHeight);
      await s.switchTo().parentFrame();
      const outside = await s.executeScript((el) => el.getBoundingClientRect().height, frame);
      await s.switchTo().frame(frame);
      assert.ok(Math.abs(outside - inside) <= 3, `iframe ${outside}px for a document of ${inside}px`);
      return outside;
    }

    flow('a CSP violation is reported here (the control for the last test)', async () => {
      await landing();
      await s.executeScript(() => document.body.setAttribute('style', 'outline: 1px solid red'));
      for (let i = 0; i < 100 && !collector.reports.length; i++) await sleep(50);
      assert.equal(collector.reports.length, 1, 'the inline style attribute is reported');
      assert.match(collector.reports[0], /^style-src/);
      collector.reports.length = 0;
    });

    flow('the whole quiz by keyboard, focus on each question\'s heading', async () => {
      await landing();
      await reload(s); // without the control's style attribute
      await byRole(s, 'link', { name: 'Start the quiz' });
      own = { title: await keyboardQuiz(s) };
      own.url = await s.getCurrentUrl();
      assert.match(own.title, PATH_NAMES);
      assert.match(own.url, /#\/result\/[A-Za-z0-9_-]{6,40}$/);
      await byRole(s, 'heading', { name: 'Why this path' });
      assert.equal(await hasText(s, 'Someone shared this result with you'), false, 'the reader\'s own result');
    });

    flow(`Copy link puts the link on the clipboard; ${facts.shareSheet ? 'a' : 'no'} Share… button`, async () => {
      assert.ok(own, 'the keyboard flow reached a result');
      await s.get(own.url);
      await byRole(s, 'heading', { level: 1, name: own.title });
      // The app's page, once it has replaced the share page's prerendered first screen.
      await waitFor(s, () => !document.querySelector('[data-prerendered]'), { message: 'the app' });
      assert.equal(await s.executeScript(() => typeof navigator.share === 'function'), facts.shareSheet);
      assert.equal((await queryByRole(s, 'button', { name: 'Share…' })).length, facts.shareSheet ? 1 : 0);
      await click(s, await byRole(s, 'button', { name: 'Copy link' }));
      if (facts.clipboard === 'copied') {
        await waitForText(s, 'Link copied to the clipboard.', '[role=status]');
        // Pasted into a field with the keyboard: the link itself.
        await s.executeScript(() => {
          const field = document.createElement('textarea');
          field.id = 'paste-here';
          document.body.append(field);
          field.focus();
        });
        await chord(s, Key.CONTROL, 'v');
        assert.equal(await s.executeScript(() => document.getElementById('paste-here').value), own.url);
      } else {
        await waitForText(s, 'Your browser did not allow copying.', '[role=status]');
        const field = await byRole(s, 'textbox', { name: 'Result link' });
        assert.equal(await field.getProperty('value'), own.url);
      }
    });

    flow(`work that waits for an idle moment happens ${facts.idleCallback ? 'through requestIdleCallback' : 'on the fallback timer (no requestIdleCallback)'}; the embed code below the fold is named`, async () => {
      // A window of ordinary height, so that the plain iframe's snippet is below the fold.
      await s.manage().window().setRect({ width: 1280, height: 900 });
      await landing();
      assert.equal(await s.executeScript(() => typeof window.requestIdleCallback === 'function'), facts.idleCallback);
      // The service worker registers once the browser is idle after the app's start.
      await waitFor(s, () => navigator.serviceWorker.controller !== null, { timeout: 20000, message: 'the service worker in control' });
      // The page for site owners, from the footer's link.
      await click(s, await byRole(s, 'link', { name: 'Put this quiz on your site' }));
      await waitFor(s, () => document.querySelector('#embed-iframe')?.value, { message: 'the embed snippets' });
      assert.ok(await s.executeScript(() => document.querySelector('#embed-iframe').getBoundingClientRect().top > innerHeight), 'below the fold');
      // Named for assistive technology there, without being scrolled to (the engine's accessibility tree).
      await byRole(s, 'heading', { level: 2, name: 'Where scripts are not allowed' });
      const plain = await byRole(s, 'textbox', { name: /^Plain iframe/ });
      await byRole(s, 'button', { name: 'Copy iframe' });
      assert.match(await plain.getProperty('value'), new RegExp(`^<iframe src="${quiz.url}index\\.html\\?embed=1" `));
      const script = await byRole(s, 'textbox', { name: 'Script tag' });
      assert.equal(await script.getProperty('value'), `<script src="${quiz.url}embed.js" async data-theme="auto"></script>`);
    });

    flow('storage that is full (writes throw): the quiz completes from memory and says answers are not kept', async () => {
      await landing();
      const filled = await s.executeScript(() => {
        localStorage.clear();
        let n = 0;
        for (const size of [1 << 20, 1 << 10, 1]) {
          for (;;) {
            try { localStorage.setItem(`fill.${n++}`, 'x'.repeat(size)); } catch { break; }
          }
        }
        try { localStorage.setItem('mlpath.probe', '1'); return 'still room'; } catch (error) { return error.name; }
      });
      assert.equal(filled, 'QuotaExceededError');
      try {
        await reload(s);
        await click(s, await byRole(s, 'link', { name: 'Start the quiz' }));
        await waitForText(s, NOT_KEPT);
        assert.match(await answerAll(s, (i, n) => i % n), PATH_NAMES);
      } finally {
        await s.executeScript(() => localStorage.clear());
      }
    });

    flow(`the embed on a blog of another site: height follows content, the quiz completes, storage is ${facts.frameStorage}`, async () => {
      const post = publish(scriptTag());
      await s.get(post);
      let frame = await enterFrame();
      await byRole(s, 'link', { name: 'Start the quiz' });
      const landingHeight = await fitted(frame);
      const storage = await s.executeScript(() => { try { return typeof localStorage.length === 'number'; } catch { return false; } });
      assert.equal(storage ? 'partitioned' : 'refused', facts.frameStorage);
      await click(s, await byRole(s, 'link', { name: 'Start the quiz' }));
      for (let step = 1; step <= 2; step++) {
        await waitFor(s, (n) => document.querySelector('.step')?.textContent.startsWith(`Question ${n} `), { args: [step] });
        await fitted(frame);
        assert.equal(await hasText(s, NOT_KEPT), facts.frameStorage === 'refused');
        await answerShown(s);
      }
      // Question 3 shown, so the answers are kept, before the page is left.
      await waitFor(s, () => document.querySelector('.step')?.textContent.startsWith('Question 3 '));
      if (facts.frameStorage === 'partitioned') {
        // The quiz's own site does not see what the frame kept; the frame, reloaded on the blog, does.
        await s.switchTo().parentFrame();
        await landing();
        assert.equal((await queryByRole(s, 'link', { name: /^Continue/ })).length, 0, 'first-party storage is apart');
        await s.get(post);
        frame = await enterFrame();
        await click(s, await byRole(s, 'link', { name: 'Continue at question 3' }));
      }
      const title = await answerAll(s, (i, n) => n - 1);
      assert.match(title, PATH_NAMES);
      await byRole(s, 'link', { name: /^See the full result/ });
      const resultHeight = await fitted(frame);
      assert.ok(resultHeight > landingHeight && resultHeight > 600, `landing ${landingHeight}px, result ${resultHeight}px`);
      await s.switchTo().parentFrame();
    });

    flow(facts.sandboxedFrame === 'runs'
      ? 'a frame sandboxed with allow-scripts only (no storage): the quiz completes and says answers are not kept; with allow-same-origin too'
      : 'a frame sandboxed with allow-scripts only: the CSP refuses the quiz its files, and the frame says it cannot run there; with allow-same-origin it starts', async () => {
      await s.get(publish(`<iframe sandbox="allow-scripts" src="${quiz.url}index.html?embed=1" title="${FRAME_TITLE}" width="100%" height="720"></iframe>`));
      await enterFrame();
      assert.equal(await s.executeScript(() => { try { return typeof localStorage; } catch (error) { return error.name; } }), 'SecurityError');
      if (facts.sandboxedFrame === 'runs') {
        await click(s, await byRole(s, 'link', { name: 'Start the quiz' }));
        await waitForText(s, SANDBOX_NOT_KEPT);
        assert.match(await answerAll(s), PATH_NAMES);
      } else {
        // Refused by the policy (and reported: taken out of the collector, which the last test checks).
        const kinds = () => new Set(collector.reports.map((report) => report.split(' ')[0]));
        for (let i = 0; i < 100 && kinds().size < 3; i++) await sleep(50);
        await sleep(300); // the rest of the page's refusals
        assert.deepEqual([...kinds()].sort(), ['connect-src', 'script-src-elem', 'style-src-elem'], 'the wasm, the JS, the stylesheet');
        collector.reports.length = 0;
        // Not "check your connection and try again": trying again cannot help, the full page can.
        const alert = await byRole(s, 'alert');
        await waitFor(s, (el) => !/Try again/.test(el.innerText), { args: [alert], message: 'the alert without Try again' });
        assert.match(await alert.getText(), /^The quiz cannot run in this frame: this browser refuses its files here\.\s*Open the quiz on its own page$/);
        const full = await byRole(s, 'link', { name: 'Open the quiz on its own page' });
        assert.equal(await full.getProperty('href'), `${quiz.url}index.html#/`);
      }
      await s.switchTo().parentFrame();
      // What docs/EMBEDDING.md tells a blog that sandboxes its frames: with allow-same-origin, the quiz starts.
      await s.get(publish(`<iframe sandbox="allow-scripts allow-same-origin" src="${quiz.url}index.html?embed=1" title="${FRAME_TITLE}" width="100%" height="720"></iframe>`));
      await enterFrame();
      // (It shares the storage of the frames above, from the same blog: it may offer to continue.)
      await click(s, await byRole(s, 'link', { name: /^(Start the quiz|Continue at question \d+)$/ }));
      await byRole(s, 'progressbar');
      await s.switchTo().parentFrame();
    });

    flow('a build told its public address: WordPress\'s frame of a pasted link (allow-scripts only) runs the quiz to its result, sized by WordPress\'s messages, and says the site keeps no answers', async () => {
      const secret = newSecret();
      const { document } = await discover(published.url);
      await s.get(publishPage(wordpressPost(wordpressFrame(document, secret))));
      const frame = await enterFrame(s, published);
      assert.equal(await s.executeScript(() => window.origin), 'null');
      // The app has started (its embed bar), where WebKit refuses the same build without the address its files.
      await byRole(s, 'link', { name: 'Open the full page' });
      await click(s, await byRole(s, 'link', { name: 'Start the quiz' }));
      await waitForText(s, SANDBOX_NOT_KEPT);
      assert.equal(await hasText(s, NOT_KEPT), false);
      assert.match(await answerAll(s), PATH_NAMES);
      await byRole(s, 'link', { name: /^See the full result/ });
      // The result runs past WordPress's clamp: the post made the frame as tall as it allows, from the frame's messages.
      await s.switchTo().parentFrame();
      await waitFor(s, (el, max) => el.getAttribute('height') === String(max), { args: [frame, WORDPRESS_MAX], message: 'the frame at WordPress\'s clamp' });
    });

    flow('after one visit, the quiz reloads and completes with the network gone (a service worker on 127.0.0.1)', async () => {
      const server = await startServer();
      let closed = false;
      try {
        await s.get(server.url);
        await byRole(s, 'link', { name: 'Start the quiz' });
        await waitFor(s, () => navigator.serviceWorker.controller !== null, { timeout: 20000, message: 'the service worker in control' });
        await server.close();
        closed = true;
        await reload(s);
        await click(s, await byRole(s, 'link', { name: 'Start the quiz' }));
        assert.match(await answerAll(s, (i, n) => i % n), PATH_NAMES);
        await byRole(s, 'heading', { name: 'Why this path' });
      } finally {
        if (!closed) await server.close();
      }
    });

    flow('in a fresh session, the result link shows the same result, as someone else\'s', async () => {
      assert.ok(own, 'the keyboard flow reached a result');
      await fresh.get(own.url);
      assert.equal(await resultHeading(fresh), own.title);
      await waitForText(fresh, 'Someone shared this result with you');
    }, () => fresh);

    flow('a bad link says what is wrong, and offers a way into the quiz', async () => {
      const code = own?.url.split('/').pop() ?? 'BACKaKMKcKMKYPwo';
      for (const [bad, expected] of [['not-a-code', /damaged/], [code.slice(0, 5), /cut off|damaged/]]) {
        await fresh.get(`${quiz.url}#/result/${bad}`);
        const alert = await byRole(fresh, 'alert');
        assert.match(await alert.getText(), expected, bad);
        await byRole(fresh, 'link', { name: 'Start the quiz' });
      }
    }, () => fresh);

    const lockedName = engine === 'firefox' ? 'a private window with cookies blocked (storage throws, no service worker)' : 'local storage turned off (storage is null)';
    flow(`${lockedName}: the quiz completes from memory and says answers are not kept, on the page and in an embed`, async () => {
      await landing(locked);
      const storage = await locked.executeScript(() => { try { return String(localStorage); } catch (error) { return error.name; } });
      assert.equal(storage, engine === 'firefox' ? 'SecurityError' : 'null');
      if (engine === 'firefox') assert.equal(await locked.executeScript(() => typeof navigator.serviceWorker), 'undefined');
      await click(locked, await byRole(locked, 'link', { name: 'Start the quiz' }));
      await waitForText(locked, NOT_KEPT);
      const title = await answerAll(locked, (i, n) => i % n);
      assert.match(title, PATH_NAMES);
      // Reloaded, the page cannot know whose result this is, and does not claim either way.
      await reload(locked);
      assert.equal(await resultHeading(locked), title);
      await waitForText(locked, 'This result comes from the answers in its link.');
      assert.equal(await hasText(locked, 'Someone shared this result with you'), false);
      // The frame on a blog gets no storage either.
      await locked.get(publish(scriptTag()));
      await enterFrame(locked);
      await click(locked, await byRole(locked, 'link', { name: 'Start the quiz' }));
      await waitForText(locked, NOT_KEPT);
      assert.match(await answerAll(locked), PATH_NAMES);
      await locked.switchTo().parentFrame();
    }, () => locked);

    test('no CSP violation anywhere in these flows, in any session (the host headers\' policy, with report-uri)', async () => {
      await sleep(500);
      assert.deepEqual(collector.reports, []);
    });
  });
}

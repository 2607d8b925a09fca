// oEmbed: a build told its public address (MLPATH_PUBLIC_URL) names an oEmbed document in its landing
// page, and WordPress embeds the quiz from a pasted link. The suite's own build has no address (dist/
// stays relocatable), so this file serves a copy finished as a build with the setting is, with this
// test's server as the address (`startPublished`, support.mjs), and the host headers that copy generated.
// The blog is tests/browser/wordpress.mjs: a post that behaves as WordPress does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  answerAll, answerQuestions, axeViolations, checkButton, checkIfAsked, directives, DIST, generatedHeaders, launchBrowser,
  nextButton, openPage, PATH_NAMES, questionShown, startPublished, startQuiz, startServer,
} from './support.mjs';
import {
  discover, discoveryHref, newSecret, WORDPRESS_MAX, WORDPRESS_MIN, wordpressFrame, wordpressPost,
} from './wordpress.mjs';

let browser;
let quiz; // the published copy of dist/, with the host headers it generated
let blog; // the blog, on another origin; `localhost` for the same server is another site still
const posts = {};

before(async () => {
  browser = await launchBrowser();
  quiz = await startPublished();
  // Only the posts: no file of the root is under that prefix.
  blog = await startServer({ root: quiz.dir, prefix: '/none/', pages: posts });
});
after(async () => {
  await browser?.close();
  await Promise.all([quiz?.close(), blog?.close()]);
});

let postCount = 0;
/** Publishes `html` on the blog; returns its address on `host` (127.0.0.1 or localhost). */
function publish(html, host = '127.0.0.1') {
  const path = `/post-${++postCount}.html`;
  posts[path] = html;
  return `${blog.origin.replace('127.0.0.1', host)}${path}`;
}

/** The oEmbed document of the quiz's landing page, as WordPress finds it. */
const oembed = async () => (await discover(quiz.url)).document;

/**
 * Publishes a WordPress post that embeds the pasted landing page (or `src`, followed by `tail` in place
 * of the secret); returns its address and secret.
 */
async function wordpressPostOf({ src, tail, extra, host } = {}) {
  const secret = newSecret();
  const url = publish(wordpressPost(wordpressFrame(await oembed(), secret, { src, tail }), { extra }), host);
  return { url, secret };
}

/** Every message the quiz frame has posted to the post so far (the post keeps them). */
const heardFromQuiz = (page) => page.evaluate(() => window.heard);

/**
 * Runs in the frame: how far down the page what a reader needs first reaches, in CSS pixels from the
 * top: on the landing page its Start, on a question its Next, on a result the verdict before the first
 * section, elsewhere the first section (or what follows the heading).
 */
function firstViewBottom() {
  const path = location.hash.replace(/^#/, '').split(/[?#]/)[0];
  const main = document.querySelector('main');
  const first = path === '/quiz' ? main.querySelector('.quiz-nav')
    : path === '' || path === '/' ? main.querySelector('.actions')
    : path.startsWith('/result/') ? main.querySelector('section').previousElementSibling
    : main.querySelector('section') ?? main.querySelector('h1').nextElementSibling;
  return Math.ceil(first.getBoundingClientRect().bottom + window.scrollY);
}

/**
 * Runs `body(page, problems)` on a fresh page that may load from the blog and the quiz only, then fails on
 * any page error, console error or request that left them.
 */
async function withBlogPage({ viewport, colorScheme } = {}, body) {
  const origins = [blog.origin, blog.origin.replace('127.0.0.1', 'localhost'), quiz.origin];
  const { context, page, problems } = await openPage(browser, { origin: blog.origin, origins, viewport, colorScheme });
  try {
    await body(page, problems);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, [], 'no request leaves the blog and the quiz');
  } finally {
    await context.close();
  }
}

/** The embedded quiz's iframe element and frame (in `page`, or in a frame), once its app has rendered a heading. */
async function embedded(page) {
  const element = page.locator('iframe.embedded');
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.getByRole('heading', { level: 1 }).waitFor();
  return { element, frame };
}

/** Runs in the frame: whether its height is its content's, clamped as WordPress clamps it. */
function followsContent([min, max]) {
  const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
  return Math.abs(window.innerHeight - Math.min(max, Math.max(min, content))) <= 1;
}
const CLAMP = [WORDPRESS_MIN, WORDPRESS_MAX];

/** Waits until the frame is as tall as its content allows; returns [frame height, content height]. */
async function followed({ frame }) {
  await frame.waitForFunction(followsContent, CLAMP, { polling: 50 });
  return frame.evaluate(() => [window.innerHeight, Math.ceil(document.documentElement.getBoundingClientRect().height)]);
}

/** Presses Tab until focus, in the page or its frame, is on the control with this name. */
async function tabTo(page, frame, name) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await frame.evaluate(() => {
      const el = document.hasFocus() ? document.activeElement : null;
      return (el?.getAttribute('aria-label') || el?.innerText || el?.closest('label')?.innerText || '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('the landing page, fetched as a server fetches it, names a rich oEmbed 1.0 document with one iframe', async () => {
  const response = await fetch(quiz.url);
  const html = await response.text();
  const href = discoveryHref(html);
  assert.equal(href, `${quiz.url}oembed.json`, 'an absolute address, in the first 150 KB of the head');
  // WordPress adds its own query; a static file ignores it.
  const { response: answer, document } = await discover(quiz.url);
  assert.equal(answer.status, 200);
  assert.match(answer.headers.get('content-type'), /^application\/json/);
  // oEmbed 1.0 (2.3.4): required of every response, then of a rich one.
  assert.equal(document.version, '1.0');
  assert.equal(document.type, 'rich');
  assert.equal(typeof document.html, 'string');
  for (const name of ['width', 'height']) {
    assert.ok(Number.isInteger(document[name]) && document[name] > 0, `${name}: ${document[name]}`);
  }
  // The optional fields it has, as oEmbed types them.
  for (const name of ['title', 'provider_name', 'provider_url']) assert.equal(typeof document[name], 'string', name);
  assert.equal(document.provider_url, quiz.url);
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((name) => name in document);
  assert.ok(thumbnail.length === 0 || thumbnail.length === 3, 'a thumbnail\'s three fields come together');
  if (thumbnail.length) {
    const png = Buffer.from(await (await fetch(document.thumbnail_url)).arrayBuffer());
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [document.thumbnail_width, document.thumbnail_height]);
  }
  // The html is one iframe and nothing else, whose address is the quiz's.
  const { context, page } = await openPage(browser, { origin: quiz.origin });
  try {
    const parsed = await page.evaluate((markup) => {
      const body = new DOMParser().parseFromString(markup, 'text/html').body;
      return {
        elements: [...body.querySelectorAll('*')].map((el) => el.tagName),
        text: body.textContent.trim(),
        src: body.querySelector('iframe')?.getAttribute('src'),
      };
    }, document.html);
    assert.deepEqual(parsed, { elements: ['IFRAME'], text: '', src: `${quiz.url}index.html?embed=1` });
  } finally {
    await context.close();
  }
});

test('without the public address a build has no discovery link and no oembed.json, and stays relative', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.equal(discoveryHref(html), null);
  assert.doesNotMatch(html, /json\+oembed/);
  await assert.rejects(readFile(join(DIST, 'oembed.json')), { code: 'ENOENT' });
  // With the address, the page differs by that one link, the absolute preview tags (its address and image), its
  // links to its versions in the other languages made absolute, and the site's origin next to 'self' in its
  // policy, where WebKit needs it in a sandboxed frame (the host headers copy it).
  const told = await readFile(join(quiz.dir, 'index.html'), 'utf8');
  const policy = told.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  for (const directive of policy.split('; ').filter((d) => d.includes("'self'"))) {
    assert.ok(directive.includes(`'self' ${quiz.origin}`), directive);
  }
  // The host headers copy it (each directive's sources, and more scripts: every language's pages').
  const header = directives((await generatedHeaders(quiz.dir))['content-security-policy']);
  for (const [name, sources] of Object.entries(directives(policy))) {
    assert.deepEqual(header[name].filter((source) => sources.includes(source)), sources, name);
  }
  assert.equal(
    told
      .replace(/<link rel="alternate" type="application\/json\+oembed" href="[^"]+" title="[^"]+">/, '')
      .replace(/<meta property="og:url" content="[^"]+"><link rel="canonical" href="[^"]+"><meta property="og:image" content="[^"]+"><meta name="twitter:image" content="[^"]+">/, '')
      .replaceAll(` ${quiz.origin}`, '')
      .replace(/(<link rel="alternate" hreflang="[a-z-]+" href=")([^"]*)"/g, (_, link, href) =>
        `${link}${href.startsWith(quiz.url) ? href.slice(quiz.url.length) || './' : `NOT ABSOLUTE ${href}`}"`),
    html,
  );
});

test('WordPress embeds a pasted link: its sandboxed frame follows the content up to 1000 px and is taken by keyboard', async () => {
  await withBlogPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
    const { url, secret } = await wordpressPostOf();
    await page.goto(url);
    const embed = await embedded(page);
    const attributes = await embed.element.evaluate((el) => ({ sandbox: el.getAttribute('sandbox'), src: el.src }));
    assert.equal(attributes.sandbox, 'allow-scripts');
    assert.ok(attributes.src.endsWith(`#?secret=${secret}`), attributes.src);
    assert.equal(await embed.frame.evaluate(() => window.origin), 'null', 'an opaque origin');
    const [landing] = await followed(embed);
    assert.ok(await embed.frame.evaluate(firstViewBottom) <= landing, 'Start is in the frame');
    assert.deepEqual(await axeViolations(page), [], 'landing');

    // By keyboard: into the frame, Start, then each question.
    await tabTo(page, embed.frame, 'Start the quiz');
    await page.keyboard.press('Enter');
    let first;
    for (let step = 1; step <= 40; step++) {
      await embed.frame.waitForFunction((n) => document.activeElement?.tagName === 'H1'
        && document.querySelector('.step')?.textContent.startsWith(`Question ${n} `), step);
      const [height] = await followed(embed);
      assert.ok(await embed.frame.evaluate(firstViewBottom) <= height, `question ${step}: Next is in the frame`);
      if (step === 1) {
        first = height;
        assert.deepEqual(await axeViolations(page), [], 'first question');
      }
      await page.keyboard.press('Tab');
      await page.keyboard.press(step % 2 ? 'ArrowDown' : 'Space');
      assert.equal(await embed.frame.getByRole('radio', { checked: true }).count(), 1, `question ${step}`);
      // A "who usually does this?" pick is checked first; the same button, still focused, then moves on.
      const asked = (await checkButton(embed.frame).count()) > 0;
      if (asked) {
        await tabTo(page, embed.frame, 'Check my answer');
        await page.keyboard.press('Enter');
        await embed.frame.locator('.feedback .verdict').waitFor();
      }
      const last = (await nextButton(embed.frame).innerText()) === 'See my result';
      if (!asked) await tabTo(page, embed.frame, last ? 'See my result' : 'Next');
      await page.keyboard.press('Enter');
      if (last) break;
    }
    await embed.frame.waitForURL(/#\/result\//);
    assert.match((await embed.frame.getByRole('heading', { level: 1 }).innerText()).trim(), PATH_NAMES);
    await embed.frame.getByRole('link', { name: /^See the full result/ }).waitFor();
    const [result, content] = await followed(embed);
    assert.ok(landing >= WORDPRESS_MIN && first >= WORDPRESS_MIN, `landing ${landing}, question ${first}`);
    // The result is longer than WordPress allows: the frame stops at 1000 px and scrolls inside.
    assert.ok(content > WORDPRESS_MAX, `the result is ${content} px`);
    assert.equal(result, WORDPRESS_MAX);
    assert.ok(await embed.frame.evaluate(firstViewBottom) <= WORDPRESS_MAX, 'the verdict is in the first 1000 px');
    const scrolled = await embed.frame.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    assert.ok(scrolled >= content - WORDPRESS_MAX - 1, `scrolled ${scrolled}`);
    await embed.frame.evaluate(() => window.scrollTo(0, 0));
    assert.deepEqual(await axeViolations(page), [], 'result');

    // WordPress's messages carry its secret, and only its own fields.
    const messages = await heardFromQuiz(page);
    const wordpress = messages.filter((m) => m && m.message === 'height');
    assert.ok(wordpress.length >= 3, `${wordpress.length} height messages`);
    for (const message of wordpress) {
      assert.deepEqual(Object.keys(message).sort(), ['message', 'secret', 'value']);
      assert.equal(message.secret, secret);
      assert.ok(Number.isInteger(message.value) && message.value > 0, String(message.value));
    }
    // Nothing the reader sees or copies carries the secret.
    assert.equal(await embed.frame.evaluate((s) => document.documentElement.outerHTML.includes(s), secret), false);
    assert.equal(await embed.frame.evaluate((s) => location.href.includes(s), secret), false);
  });
});

// Each page's first view, on a phone: a 320-px one leaves the frame 280 px of the post's column, the narrowest
// width, where a long question runs tallest.
const PHONES = [
  { phone: 'a 390-px phone, in the dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
  { phone: 'a 320-px phone', viewport: { width: 320, height: 568 }, colorScheme: 'light' },
];
for (const { phone, viewport, colorScheme } of PHONES) {
  test(`on ${phone}, each page's first view fits the 1000 px WordPress allows, and axe finds nothing`, async () => {
    await withBlogPage({ viewport, colorScheme }, async (page) => {
      const { url } = await wordpressPostOf();
      await page.goto(url);
      const embed = await embedded(page);
      const fits = async (what) => {
        const [height] = await followed(embed);
        const bottom = await embed.frame.evaluate(firstViewBottom);
        assert.ok(bottom <= Math.min(height, WORDPRESS_MAX), `${what}: ${bottom} px in a frame of ${height}`);
      };
      await fits('landing');
      assert.deepEqual(await axeViolations(page), [], 'landing');
      await startQuiz(embed.frame);
      for (let step = 1; step <= 40; step++) {
        await fits(`question ${step}`);
        if (step === 1) assert.deepEqual(await axeViolations(page), [], 'first question');
        await embed.frame.getByRole('radio').last().check();
        await checkIfAsked(embed.frame);
        await followed(embed);
        const next = nextButton(embed.frame);
        const last = (await next.innerText()) === 'See my result';
        await next.click();
        if (last) break;
        await questionShown(embed.frame, step + 1);
      }
      await embed.frame.getByRole('link', { name: /^See the full result/ }).waitFor();
      await fits('result');
      assert.deepEqual(await axeViolations(page), [], 'result');
      await embed.frame.getByRole('link', { name: 'How the two roles differ' }).click();
      await embed.frame.getByRole('heading', { level: 1, name: 'The two roles' }).waitFor();
      await fits('roles');
      assert.equal(await embed.frame.evaluate(() => window.scrollY), 0, 'a new page opens at its top');
    });
  });
}

test('"Open the full page" asks WordPress to open the quiz, where it was, in the reader\'s tab', async () => {
  await withBlogPage({}, async (page) => {
    const { url, secret } = await wordpressPostOf();
    await page.goto(url);
    const embed = await embedded(page);
    const full = embed.frame.getByRole('link', { name: 'Open the full page' });
    // No new tab: the sandbox has no allow-popups.
    assert.equal(await full.getAttribute('target'), null);
    await startQuiz(embed.frame);
    await answerQuestions(embed.frame, 3, (i, n) => n - 1, { settle: () => followed(embed) });
    const href = await full.getAttribute('href');
    assert.match(href, new RegExp(`^${quiz.url}index\\.html#/quiz\\?progress=`));
    assert.ok(!href.includes(secret), href);
    await full.click();
    await page.waitForURL(`${quiz.url}index.html#/quiz`);
    await questionShown(page, 4);
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '3');
  });
});

test('a frame address with a damaged secret, a second # or a route still opens its page, and only a good secret is posted', async () => {
  // A result code, from a quiz taken on the full page.
  const code = await (async () => {
    const { context, page } = await openPage(browser, { origin: quiz.origin });
    try {
      await page.goto(quiz.url);
      await startQuiz(page);
      await answerAll(page);
      return page.url().split('#/result/')[1];
    } finally {
      await context.close();
    }
  })();
  const frameAddress = `${quiz.url}index.html?embed=1`;
  // The landing page in an embed: its start card, whose heading says what the quiz is.
  const EMBED_START = /^A short quiz about the work you enjoy/;
  const cases = [
    { tail: '#?secret=', heading: EMBED_START, posts: false },
    { tail: '#?secret=ab-cd', heading: EMBED_START, posts: false },
    { tail: '#?secret=<b>x</b>', heading: EMBED_START, posts: false },
    { tail: '#?secret=abc#more', heading: EMBED_START, posts: false },
    { tail: '#?Secret=abc', heading: EMBED_START, posts: false },
    { tail: '##?secret=SECRET', heading: EMBED_START, posts: true },
    { src: `${frameAddress}#/roles`, tail: '#?secret=SECRET', heading: /^The two roles$/, posts: true },
    { src: `${frameAddress}#/result/${code}`, tail: '#?secret=SECRET', heading: PATH_NAMES, posts: true },
  ];
  for (const { src, tail, heading, posts } of cases) {
    await withBlogPage({}, async (page) => {
      const secret = newSecret();
      const url = publish(wordpressPost(wordpressFrame(await oembed(), secret, { src, tail: tail.replace('SECRET', secret) })));
      await page.goto(url);
        const embed = await embedded(page);
      const name = `${src ?? frameAddress}${tail}`;
      assert.match((await embed.frame.getByRole('heading', { level: 1 }).innerText()).trim(), heading, name);
      if (posts) {
        await followed(embed);
      } else {
        // The app's own message arrives; WordPress's never does, so the frame keeps the html's height.
        await page.waitForFunction(() => window.heard.some((m) => m?.type === 'mlpath:resize'));
        assert.equal(await embed.element.getAttribute('height'), '720', name);
      }
      const wordpress = (await heardFromQuiz(page)).filter((m) => m?.message !== undefined);
      assert.equal(wordpress.length > 0, posts, `${name}: ${JSON.stringify(wordpress)}`);
      for (const message of wordpress) assert.equal(message.secret, secret, name);
      if (heading === PATH_NAMES) {
        // The result's link, as Copy link gives it (here by hand: the sandbox has no clipboard), has no secret.
        await embed.frame.getByRole('button', { name: 'Copy link' }).click();
        const field = embed.frame.getByRole('textbox', { name: 'Result link' });
        await field.waitFor();
        // The path's share page, with the code and nothing after it.
        const link = await field.inputValue();
        assert.match(link.slice(quiz.url.length), new RegExp(`^[a-z-]+\\.html#/result/${code}$`), link);
        assert.ok(link.startsWith(quiz.url), link);
      }
    });
  }
});

test('a rogue frame\'s look-alike messages change nothing, and the secret goes to no other window', async () => {
  // The post, framed in turn by a page of a third origin: only the post, the quiz's parent, may hear it.
  const rogue = `${blog.origin.replace('127.0.0.1', 'localhost')}/rogue.html`;
  posts['/rogue.html'] = '<!doctype html><title>rogue</title><link rel="icon" href="data:,"><script>window.heard = []; addEventListener("message", (e) => heard.push(e.data));</script>';
  const { url, secret } = await wordpressPostOf({ extra: `<iframe id="rogue" title="rogue" src="${rogue}"></iframe>` });
  const outer = publish(`<!doctype html><html lang="en"><title>outer</title><link rel="icon" href="data:,"><script>window.heard = []; addEventListener("message", (e) => heard.push(e.data));</script><iframe title="the post" src="${url}" width="1200" height="1800"></iframe>`, 'localhost');
  await withBlogPage({ viewport: { width: 1280, height: 900 } }, async (top) => {
    await top.goto(outer);
    const post = await (await top.locator('iframe').elementHandle()).contentFrame();
    const embed = await embedded(post);
    const rogueFrame = await (await post.locator('#rogue').elementHandle()).contentFrame();
    await followed(embed);
    await startQuiz(embed.frame);
    const [height] = await followed(embed);
    const before = (await heardFromQuiz(post)).length;
    const theme = () => embed.frame.evaluate(() => document.documentElement.getAttribute('data-theme'));
    assert.equal(await theme(), null);

    // Resolves once the quiz has handled every message posted to it before the sentinel.
    await embed.frame.evaluate(() => {
      window.sentinel = new Promise((resolve) => addEventListener('message', (e) => e.data === 'sentinel' && resolve()));
    });
    // The rogue knows the secret (as a page's own scripts could): to the post, and to the quiz.
    await rogueFrame.evaluate((s) => {
      const quizWindow = parent.frames[0];
      for (const value of [300, 5000, '1000', -1, null]) {
        parent.postMessage({ message: 'height', value, secret: s }, '*');
        quizWindow.postMessage({ message: 'height', value, secret: s }, '*');
      }
      parent.postMessage({ message: 'link', value: location.href, secret: s }, '*');
      for (const message of [
        { message: 'ready', secret: s },
        { message: 'link', value: 'https://example.org/', secret: s },
        { type: 'mlpath:theme', version: 1, theme: 'dark' },
        { type: 'mlpath:resize', version: 1, height: 5000 },
        'height', null, 42,
      ]) quizWindow.postMessage(message, '*');
    }, secret);
    // And the post itself, in WordPress's shape, which the quiz does not listen to.
    await post.evaluate((s) => {
      const quizWindow = document.querySelector('iframe.embedded').contentWindow;
      quizWindow.postMessage({ message: 'ready', secret: s }, '*');
      quizWindow.postMessage({ message: 'height', value: 100, secret: s }, '*');
    }, secret);
    // Everything posted before this has been handled by both.
    await rogueFrame.evaluate(() => parent.frames[0].postMessage('sentinel', '*'));
    await embed.frame.evaluate(() => window.sentinel);
    await post.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

    assert.equal(await embed.frame.evaluate(() => window.innerHeight), height);
    assert.equal(post.url(), url, 'the post stays');
    assert.equal(await theme(), null);
    assert.equal((await heardFromQuiz(post)).length, before, 'the quiz answered nothing');
    const everywhere = JSON.stringify([
      await top.evaluate(() => window.heard),
      await rogueFrame.evaluate(() => window.heard),
    ]);
    assert.ok(!everywhere.includes(secret), everywhere);
    // Still the quiz it was, and it still follows its content.
    await embed.frame.getByRole('radio').first().check();
    await nextButton(embed.frame).click();
    await questionShown(embed.frame, 2);
    await followed(embed);
    const later = JSON.stringify([await top.evaluate(() => window.heard), await rogueFrame.evaluate(() => window.heard)]);
    assert.ok(!later.includes(secret), later);
  });
});

// What the engine tests share: finding things by role and accessible name as the engine's own
// accessibility tree has them, answering the quiz, the servers (dist/ as a host that sends the README's
// headers, a blog on another site, a collector of CSP reports), and Firefox's record of uncaught errors.
// Each `s` is a session, selenium-webdriver's WebDriver (drivers.mjs).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Key } from 'selenium-webdriver';
import { DIST as BUILT, startPublished as startAnyPublished, startServer as startAnyServer } from '../browser/support.mjs';
import { click, nameOf, press, printedErrors, waitFor, waitUntil } from './drivers.mjs';

/** The site under test: dist/, or another copy of it in ENGINES_DIST (e.g. a broken one, to see a test fail). */
export const DIST = process.env.ENGINES_DIST ? resolve(process.env.ENGINES_DIST) : BUILT;

/** `startServer` of the browser suite, serving DIST. */
export const startServer = (options = {}) => startAnyServer({ root: DIST, ...options });

/**
 * A copy of DIST finished as a build told its public address (the server this starts: `startPublished` of the
 * browser suite), served with its own host headers and violations reported to `reportUri`.
 */
export const startPublished = (reportUri) => startAnyPublished({ root: DIST, headersOf: (dir) => hostHeaders(reportUri, dir) });

export const PATH_NAMES = /^(Data scientist|Applied ML engineer|ML software engineer|Core ML engineer)$/;
export const FRAME_TITLE = 'Career quiz: data scientist or machine-learning engineer?';

/** The elements that can have each role the tests look for, before the engine is asked which they have. */
const CANDIDATES = {
  alert: '[role=alert]',
  button: 'button, [role=button], input[type=button], input[type=submit]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  img: 'img, svg, [role=img]',
  link: 'a[href], [role=link]',
  progressbar: 'progress, [role=progressbar]',
  radio: 'input[type=radio], [role=radio]',
  status: '[role=status], output',
  textbox: 'input:not([type]), input[type=text], input[type=url], textarea, [role=textbox]',
};

/**
 * The shown elements of the current frame with this role and name, as the engine computes them (WebDriver's
 * Get Computed Role and Get Computed Label). `name` is a string (exact) or a RegExp; `level` is a heading's.
 * The page only narrows the candidates (by selector, visibility and a name-bearing text that matches); the
 * engine decides.
 */
export async function queryByRole(s, role, { name, level } = {}) {
  const pattern = name instanceof RegExp ? { source: name.source, flags: name.flags } : null;
  const text = typeof name === 'string' ? name : null;
  // An element the page replaced while the driver was handing them back: nothing this time (null), as while
  // a frame is between two documents; a caller that waits asks again.
  const candidates = await s.executeScript((selector, pattern, text, level) => {
    const norm = (t) => (t ?? '').replace(/\s+/g, ' ').trim();
    const regex = pattern && new RegExp(pattern.source, pattern.flags);
    const fits = (t) => (regex ? regex.test(norm(t)) : text === null || norm(t).includes(text));
    return [...document.querySelectorAll(selector)].filter((el) => {
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden' || el.closest('[aria-hidden=true]')) return false;
      if (level && Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) !== level) return false;
      const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent);
      const pieces = [el.textContent, el.getAttribute('aria-label'), labelledBy.join(' '), el.title, el.alt, el.value,
        ...[...(el.labels ?? [])].map((label) => label.textContent)];
      return pieces.some(fits);
    });
  }, CANDIDATES[role], pattern, text, level ?? null).catch((error) => {
    if (error?.name === 'StaleElementReferenceError') return null;
    throw error;
  });
  const found = [];
  // Nothing (null) while the frame is between two documents.
  for (const el of candidates ?? []) {
    try {
      if ((await el.getAriaRole()) !== role) continue;
      const label = (await el.getAccessibleName()).replace(/\s+/g, ' ').trim();
      if (name === undefined || (name instanceof RegExp ? name.test(label) : label === name)) found.push(el);
    } catch (error) {
      // Gone between the two calls: the app re-rendered it (a share page's prerendered result, replaced
      // by the app's). Not this element, then; a caller that waits asks again.
      if (error.name !== 'StaleElementReferenceError') throw error;
    }
  }
  return found;
}

/** Waits (10 s at most) for an element with this role and name; returns the first. */
export function byRole(s, role, options = {}, { timeout = 10000 } = {}) {
  return waitUntil(s, async () => (await queryByRole(s, role, options))[0], {
    timeout, message: `${nameOf(s)}: no ${role} ${options.name ?? ''} within ${timeout} ms`,
  });
}

/** Whether the current frame shows text containing `text` (in a `selector` element, if given). */
export function hasText(s, text, selector = 'body') {
  return s.executeScript((t, sel) => [...document.querySelectorAll(sel)].some((el) => el.innerText.includes(t)), text, selector);
}

/** Waits for the current frame to show `text`. */
export function waitForText(s, text, selector = 'body') {
  return waitFor(s, (t, sel) => [...document.querySelectorAll(sel)].some((el) => el.innerText.includes(t)), {
    args: [text, selector],
    message: `the text "${text}"`,
  });
}

const waitForQuestion = (s, n) => waitFor(s, (n) => document.querySelector('[role=progressbar]') !== null
  && document.querySelector('.step')?.textContent.startsWith(`Question ${n} `), { args: [n], message: `question ${n}` });

/**
 * Where a "who usually does this?" pick waits for "Check my answer", presses it (by `press`, a click by
 * default) and waits for the explanation. Says whether it did.
 */
export async function checkIfAsked(s, press = (button) => click(s, button)) {
  const [check] = await queryByRole(s, 'button', { name: 'Check my answer' });
  if (!check) return false;
  await withinReach(s, check);
  await press(check);
  await waitFor(s, () => document.querySelector('.feedback .verdict') !== null, { message: 'the explanation' });
  return true;
}

/** Waits for the next frame: the app has rendered what the last input changed (a "who usually does this?"
 * item's Next becomes Check once a choice is picked). */
const rendered = (s) => s.executeAsyncScript((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Answers the quiz from whichever question it shows by clicking: the radio `pick(i, count)` for the i-th
 * question answered here, then Check where asked and Next, and finally "See my result". Returns the result
 * page's heading.
 */
export async function answerAll(s, pick = () => 0) {
  for (let i = 0; i < 40; i++) {
    const step = await waitFor(s, () => document.querySelector('[role=progressbar]') !== null
      && document.querySelector('.step')?.textContent.match(/^Question (\d+) of/)?.[1], { message: 'a question' });
    if (await answerShown(s, (count) => pick(i, count))) break;
    await waitForQuestion(s, Number(step) + 1);
  }
  return resultHeading(s);
}

/**
 * Answers the question on screen by clicking: the radio `pick(count)`, Check where asked, then Next (or "See my
 * result"), each once the app has rendered what the last click changed. Says whether it was the last question.
 */
export async function answerShown(s, pick = () => 0) {
  const radios = await queryByRole(s, 'radio');
  await click(s, radios[pick(radios.length)]);
  // A "who usually does this?" item's Next becomes Check once a choice is picked.
  await rendered(s);
  // An explanation shown makes the page taller: in an embed, the blog resizes the frame a frame or two
  // later, and WebKit's click on a Next that moves meanwhile misses without a word.
  if (await checkIfAsked(s)) {
    await rendered(s);
    await rendered(s);
  }
  const next = await byRole(s, 'button', { name: /^(Next|See my result)$/ });
  await withinReach(s, next);
  await steady(s, next);
  const last = (await next.getAccessibleName()) === 'See my result';
  await click(s, next);
  return last;
}

/** Waits (1.5 s at most) until `el` and the view stay where they are for two frames: in an embed, the blog
 * resizes the frame a frame or two after the page's height changes, and WebKit's click on a button that
 * moves meanwhile misses without a word. */
export function steady(s, el) {
  return s.executeAsyncScript((el, done) => {
    const start = performance.now();
    let last = '';
    let same = 0;
    const tick = () => {
      const r = el.getBoundingClientRect();
      const now = `${innerWidth} ${innerHeight} ${r.left} ${r.top}`;
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 2 || performance.now() - start > 1500) done();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, el);
}

/**
 * Waits until `el` can be reached: in an embed sized by its blog (no scrollbar of its own), a choice that
 * reveals text pushes Next down until the blog has grown the frame, tens of milliseconds later, as a person
 * sees it. (WebKitWebDriver's click on an element out of a frame's view misses, and says nothing.)
 */
export function withinReach(s, el) {
  return waitFor(s, (el) => getComputedStyle(document.documentElement).overflowY !== 'hidden'
    || el.getBoundingClientRect().bottom <= innerHeight, { args: [el], message: 'the element within the frame\'s view' });
}

/** Waits for a result page; returns its h1. */
export async function resultHeading(s) {
  // The app's page: a share page shows its prerendered result first, which the app then replaces.
  await waitFor(s, () => /#\/result\//.test(location.hash) && document.querySelector('main h1') !== null
    && document.querySelector('[data-prerendered]') === null, { message: 'the result page' });
  return (await (await byRole(s, 'heading', { level: 1 })).getText()).trim();
}

/** The accessible name of whatever has focus. */
async function focusedName(s) {
  return (await (await s.switchTo().activeElement()).getAccessibleName()).replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the focused element has this accessible name, as a keyboard user would. */
export async function tabTo(s, name) {
  for (let i = 0; i < 12; i++) {
    await press(s, Key.TAB);
    if ((await focusedName(s)) === name) return;
  }
  throw new Error(`${nameOf(s)}: Tab never reached "${name}" (focus is on "${await focusedName(s)}")`);
}

/**
 * Takes the whole quiz with the keyboard alone from the landing page: Tab to Start, then for each question
 * Tab into the choices, an arrow key or Space to choose, Tab to Next, Enter (on a "who usually does this?"
 * item, Tab to Check, Enter, and Enter again on the same button, now Next). Checks that focus lands on each
 * question's heading, which names the step. Returns the result's heading.
 */
export async function keyboardQuiz(s) {
  await tabTo(s, 'Start the quiz');
  await press(s, Key.ENTER);
  for (let step = 1; step <= 40; step++) {
    await waitForQuestion(s, step);
    await waitFor(s, () => document.activeElement?.matches('main h1'), { message: `focus on question ${step}'s heading` });
    assert.match(await focusedName(s), new RegExp(`^Question ${step} of \\d+: \\S`), `${nameOf(s)}: focus on question ${step}`);
    await press(s, Key.TAB);
    // Arrow keys move between radios and select; Space selects the focused one.
    await press(s, step % 2 ? Key.ARROW_DOWN : Key.SPACE);
    const checked = await s.executeScript(() => document.querySelectorAll('input[type=radio]:checked').length);
    assert.equal(checked, 1, `${nameOf(s)}: question ${step} has one answer`);
    await rendered(s);
    const asked = await checkIfAsked(s, async () => {
      await tabTo(s, 'Check my answer');
      await press(s, Key.ENTER);
    });
    const progress = await byRole(s, 'progressbar');
    assert.equal(await progress.getDomAttribute('aria-valuenow'), String(step));
    const last = (await queryByRole(s, 'button', { name: 'See my result' })).length === 1;
    if (asked) {
      assert.match(await focusedName(s), /^(Next|See my result)$/, `${nameOf(s)}: focus stays on the button`);
    } else {
      await tabTo(s, last ? 'See my result' : 'Next');
    }
    await press(s, Key.ENTER);
    if (last) break;
  }
  return resultHeading(s);
}

/**
 * The headers the README asks a host to send, from a build's `_headers` (DIST's, or `dir`'s), plus where to
 * report a violation.
 */
export async function hostHeaders(reportUri, dir = DIST) {
  const file = await readFile(join(dir, '_headers'), 'utf8');
  const policy = file.match(/Content-Security-Policy: (.+)/)[1];
  return {
    'content-security-policy': `${policy}; report-uri ${reportUri}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // For a frame sandboxed without allow-same-origin, as the README asks (docs/EMBEDDING.md).
    'access-control-allow-origin': '*',
  };
}

/**
 * A loopback server that records the CSP violation reports browsers POST to it (`report-uri`). A report is
 * how an engine tells of a violation wherever it happened: any page, any frame, before or after a reload.
 */
export async function startReportCollector() {
  const reports = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      try {
        const report = JSON.parse(body)['csp-report'] ?? JSON.parse(body);
        reports.push(`${report['violated-directive'] ?? report['effective-directive']} ${report['blocked-uri']} on ${report['document-uri']}${report['script-sample'] ? ` (${report['script-sample']})` : ''}`);
      } catch {
        reports.push(`unreadable report: ${body.slice(0, 200)}`);
      }
      res.writeHead(204).end();
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/csp`,
    reports,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

/**
 * Firefox prints the uncaught errors of the pages it shows ("JavaScript error: URL, line N: …"); these are
 * the ones from the test's own origins since `mark` (a count of such lines, from `errorMark`). WebKitGTK's
 * MiniBrowser prints nothing of its pages under WebDriver: there the flows' own checks stand alone.
 */
export function uncaughtErrors(s, mark, origins) {
  return printedErrors(s).slice(mark).filter((line) => origins.some((origin) => line.includes(origin)));
}

export const errorMark = (s) => printedErrors(s).length;

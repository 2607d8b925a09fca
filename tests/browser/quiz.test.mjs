// Taking the quiz in the release build: mouse, keyboard, Back, resume, blocked storage, shared results,
// accessibility in both themes and a 320-px phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerAll, answerQuestions, axeViolations, checkButton, checkIfAsked, launchBrowser, nextButton, PATH_NAMES,
  questionShown, startQuiz, startServer, tabTo, withCheckedPage,
} from './support.mjs';

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
const progress = (page) => page.getByRole('progressbar');

const withPage = (options, body) => withCheckedPage(browser, server.origin, options, body);

/** Opens the landing page and starts the quiz: the first question is shown. */
async function start(page) {
  await page.goto(server.url);
  await startQuiz(page);
}

test('links, the browser\'s Back and Forward and an edited address all move between pages', async () => {
  await withPage({}, async (page) => {
    await page.goto(server.url);
    await heading(page).waitFor();
    const landingTitle = await heading(page).innerText();
    const where = () => page.evaluate(() => ({ y: window.scrollY, focused: document.activeElement?.textContent, entries: history.length }));
    // A link far down the landing page opens the next page at its top, with focus on its heading.
    await page.getByRole('link', { name: 'How the two roles differ' }).click();
    await page.waitForURL(/#\/roles$/);
    await page.getByRole('heading', { level: 1, name: 'The two roles' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('main h1'));
    const onRoles = await where();
    assert.equal(onRoles.y, 0);
    assert.equal(onRoles.focused, 'The two roles');
    // Back is a traversal: the browser restores where the reader was, and focus is not pulled anywhere.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: landingTitle }).waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    assert.notEqual((await where()).focused, landingTitle);
    // A link to the page being shown adds no history entry; a modified click is left to the browser.
    await page.getByRole('link', { name: 'mlpath' }).click();
    assert.equal((await where()).entries, onRoles.entries);
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'How the two roles differ' }).click({ modifiers: ['Control'] }),
    ]);
    await tab.close();
    assert.doesNotMatch(page.url(), /#\/roles$/);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'The two roles' }).click();
    await page.waitForURL(/#\/roles$/);
    await page.getByRole('heading', { level: 1, name: 'The two roles' }).waitFor();
    // Straight into the quiz, as the link says; with a quiz under way, it offers to continue it.
    await page.getByRole('link', { name: 'Take the quiz' }).click();
    await page.waitForURL(/#\/quiz$/);
    await progress(page).waitFor();
    await answerQuestions(page, 1);
    await page.evaluate(() => { location.hash = '#/roles'; });
    await page.getByRole('link', { name: 'Continue your quiz at question 2' }).click();
    await page.waitForURL(/#\/quiz$/);
    await page.waitForFunction(() => document.title.startsWith('Question 2 of'));
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/#\/quiz$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'The two roles' }).waitFor();
    await page.goForward();
    await page.waitForURL(/#\/quiz$/);
    await progress(page).waitFor();
    await page.evaluate(() => { location.hash = '#/no-such-page'; });
    await page.getByRole('link', { name: 'Go to the start' }).waitFor();
    await page.evaluate(() => { location.hash = '#/roles'; });
    await page.getByRole('heading', { level: 1, name: 'The two roles' }).waitFor();
  });
});

test('the quiz can be completed with the mouse, ending on a result with its share link', async () => {
  await withPage({}, async (page) => {
    await start(page);
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '0');
    const total = Number(await progress(page).getAttribute('aria-valuemax'));
    assert.ok(total >= 12 && total <= 20, `${total} questions`);
    assert.equal(await page.title(), `Question 1 of ${total} · mlpath`);
    const title = await answerAll(page, (i, n) => i % n);
    assert.equal(await page.title(), `${title}: your result · mlpath`);
    assert.match(title, PATH_NAMES);
    assert.match(page.url(), /#\/result\/[A-Za-z0-9_-]{6,40}$/);
    await page.getByRole('heading', { name: 'Why this path' }).waitFor();
    await page.getByRole('img', { name: /Your profile/ }).waitFor();
  });
});

test('the quiz can be completed with the keyboard alone, focus following each step', async () => {
  await withPage({}, async (page) => {
    await page.goto(server.url);
    await heading(page).waitFor();
    await tabTo(page, 'Start the quiz');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/quiz$/);
    for (let step = 1; step <= 40; step++) {
      await page.waitForFunction((n) => document.activeElement?.tagName === 'H1'
        && document.querySelector('[role=progressbar]') !== null
        && document.querySelector('.step')?.textContent.startsWith(`Question ${n} `), step);
      // What a screen reader reads on arriving, the first question included: the step, then the prompt.
      const focused = page.getByRole('heading', { level: 1, name: new RegExp(`^Question ${step} of \\d+: \\S`) });
      assert.equal(await focused.evaluate((h1) => h1 === document.activeElement), true, `question ${step}`);
      await page.keyboard.press('Tab');
      // Arrow keys move between radios and select; Space selects the focused one.
      await page.keyboard.press(step % 2 ? 'ArrowDown' : 'Space');
      const checked = await page.getByRole('radio', { checked: true }).count();
      assert.equal(checked, 1, `question ${step} has one answer`);
      // A "who usually does this?" pick counts once checked; the same button then moves on, focus staying on it.
      const asked = (await checkButton(page).count()) > 0;
      if (asked) {
        await tabTo(page, 'Check my answer');
        await page.keyboard.press('Enter');
        await page.locator('.feedback .verdict').waitFor();
        const focused = await page.evaluate(() => document.activeElement?.innerText.trim());
        assert.match(focused, /^(Next|See my result)$/, `question ${step}: focus stays on the button`);
      }
      assert.equal(await progress(page).getAttribute('aria-valuenow'), String(step));
      const last = (await nextButton(page).innerText()) === 'See my result';
      if (!asked) await tabTo(page, last ? 'See my result' : 'Next');
      await page.keyboard.press('Enter');
      if (last) break;
    }
    await page.waitForURL(/#\/result\//);
    assert.match((await heading(page).innerText()).trim(), PATH_NAMES);
  });
});

test('each next question starts at the top on a small phone: progress bar in view, heading focused', async () => {
  await withPage({ viewport: { width: 320, height: 568 } }, async (page) => {
    await start(page);
    for (let step = 1; step <= 3; step++) {
      await page.getByRole('radio').last().check();
      // The last choice is at the bottom: the page is scrolled down to reach it.
      assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the question is taller than the screen');
      await checkIfAsked(page);
      await nextButton(page).click();
      await page.waitForFunction((n) => document.title.startsWith(`Question ${n + 1} of`), step);
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      const top = await progress(page).evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(top >= 0, `question ${step + 1}: the progress bar is ${top}px from the top of the screen`);
    }
  });
});

test('Back keeps answers, and "who usually does this?" items reveal the usual split, never marking "both" wrong', async () => {
  await withPage({}, async (page) => {
    await start(page);
    const first = await heading(page).innerText();
    await page.getByRole('radio').nth(1).check();
    await nextButton(page).click();
    await page.getByRole('radio').first().check();
    await checkIfAsked(page);
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await heading(page).innerText(), first);
    assert.equal(await page.getByRole('radio').nth(1).isChecked(), true);
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '2');
    // A short Skip: with an answer given, its name says it forgets it; without one, it is a plain Skip.
    const skip = page.getByRole('button', { name: /^Skip/ });
    assert.equal(await skip.innerText(), 'Skip');
    assert.equal(await page.getByRole('button', { name: 'Skip', exact: true }).count(), 0);
    await page.getByRole('button', { name: 'Skip and clear my answer' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await heading(page).innerText(), first);
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Skip', exact: true }).count(), 1);
    await page.getByRole('radio').nth(1).check();

    // Each unanswered item explains itself once checked: some with their first choice (a role), the others
    // with their last, the honest "both", which is right where the work is shared and else partly right.
    const verdicts = [
      /^((Right|Not quite)\. This is usually the .+'s job\.|Partly\. The .+ does this, but not alone: both roles usually do\.)\n+\S.+/,
      /^(Partly\. Teams differ, but as the roles are usually split, this is the .+'s job\.|Right\. Both roles usually do this\.)\n+\S.+/,
    ];
    let revealed = 0;
    for (let i = 0; i < 40; i++) {
      const status = page.getByRole('status');
      const unanswered = (await page.getByRole('radio', { checked: true }).count()) === 0;
      if (unanswered && (await status.count())) {
        assert.equal((await status.innerText()).trim(), '', 'nothing is revealed before answering');
        const [radio, verdict] = revealed % 2 ? [page.getByRole('radio').last(), verdicts[1]] : [page.getByRole('radio').first(), verdicts[0]];
        await radio.check();
        assert.equal((await status.innerText()).trim(), '', 'nor before checking');
        await checkButton(page).click();
        assert.match(await status.innerText(), verdict);
        // Once explained, the answer is final: the other choices are out of play, and there is nothing to skip.
        assert.equal(await page.getByRole('radio', { disabled: true }).count(), 2);
        assert.equal(await page.getByRole('button', { name: /^Skip/ }).count(), 0);
        revealed++;
      }
      const label = await nextButton(page).innerText();
      if (label === 'See my result') break;
      await nextButton(page).click();
    }
    assert.ok(revealed >= 3, `${revealed} who-does-it items`);
  });
});

// On a 320 x 568 phone the explanation used to appear above the row of buttons, pushing Next below the screen.
test('on a small phone, Next stays on screen once a "who usually does this?" answer is explained', async () => {
  await withPage({ viewport: { width: 320, height: 568 } }, async (page) => {
    await start(page);
    let explained = 0;
    for (let i = 0; i < 40; i++) {
      await page.locator('.step').waitFor();
      if (await page.getByRole('status').count()) {
        await page.getByRole('radio').nth(explained % 3).check();
        await checkIfAsked(page);
        await page.locator('.feedback .verdict').waitFor();
        const next = nextButton(page);
        const box = await next.boundingBox();
        assert.ok(box.y >= 0 && box.y + box.height <= 568, `item ${explained + 1}: Next spans ${box.y} to ${box.y + box.height} px`);
        // On screen and not under anything: a tap at its middle reaches it.
        const reached = await next.evaluate((button) => {
          const r = button.getBoundingClientRect();
          return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
        });
        assert.ok(reached, `item ${explained + 1}: Next can be tapped`);
        explained++;
        if (explained === 3) break;
      } else {
        await page.getByRole('radio').first().check();
      }
      await nextButton(page).click();
      await questionShown(page, i + 2);
    }
    assert.equal(explained, 3);
  });
});

test('a "who usually does this?" answer changed after its explanation does not count, after a reload too', async () => {
  let url;
  let expected = 0;
  let items = 0;
  await withPage({}, async (page) => {
    await start(page);
    for (let i = 0; i < 40; i++) {
      await page.locator('.step').waitFor();
      const status = page.getByRole('status');
      const last = async () => (await nextButton(page).count()) > 0 && (await nextButton(page).innerText()) === 'See my result';
      if (await status.count()) {
        await page.getByRole('radio').first().check();
        await checkIfAsked(page);
        const said = await status.innerText();
        if (said.startsWith('Right.')) expected++;
        items++;
        if (items === 1) {
          await page.reload();
          await status.locator('.verdict').waitFor();
          assert.equal(await status.innerText(), said, 'the explanation stays after a reload');
        }
        // Trying every other choice, as someone who has just read the explanation might.
        for (const other of [1, 2]) await page.getByRole('radio').nth(other).click({ force: true });
        assert.equal(await page.getByRole('radio').first().isChecked(), true);
        assert.equal(await status.innerText(), said);
      } else {
        await page.getByRole('radio').first().check();
      }
      if (await last()) {
        await nextButton(page).click();
        break;
      }
      await nextButton(page).click();
    }
    await page.waitForURL(/#\/result\//);
    url = page.url();
    const line = page.getByText(/^Your answers to "Who usually does this\?": \d+ of \d+ matched/);
    assert.match(await line.innerText(), new RegExp(`: ${expected} of ${items} matched .*Each counts as you gave it, before its explanation\\.$`));
  });
  // The link carries the answer that counted.
  await withPage({}, async (page) => {
    await page.goto(url);
    const line = page.getByText(/^The answers to "Who usually does this\?": \d+ of \d+ matched/);
    assert.match(await line.innerText(), new RegExp(`: ${expected} of ${items} matched`));
  });
});

// Were the radios of the question left reused for the one shown (Yew matches unkeyed children), the one still
// checked would be renamed into the new question's group after that question's answer was checked, and so uncheck it
// (a checked radio joining a group unchecks the rest). ChoiceList keys each choice by question and choice id. Since
// "who usually does this?" items have three choices between questions of four, it showed on Back then Next.
test('Back then Next shows the answer given checked, wherever the two answers sit', async () => {
  await withPage({}, async (page) => {
    await start(page);
    await page.getByRole('radio').nth(2).check();
    await nextButton(page).click();
    await questionShown(page, 2);
    await page.getByRole('radio').last().check();
    await checkIfAsked(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await questionShown(page, 1);
    await nextButton(page).click();
    await questionShown(page, 2);
    assert.equal(await page.getByRole('radio').last().isChecked(), true);
  });
});

test('a reload mid-quiz resumes at the same question with the same answers', async () => {
  await withPage({}, async (page) => {
    await start(page);
    await answerQuestions(page, 3, () => 1);
    const before = await heading(page).innerText();
    await page.reload();
    await page.waitForFunction((text) => document.querySelector('h1')?.innerText === text, before);
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '3');
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await page.getByRole('radio').nth(1).isChecked(), true);

    await page.goto(server.url);
    await page.getByRole('link', { name: 'Continue at question 3' }).waitFor();

    // Start over forgets the answers, so it is a button: no link to open in a new tab by mistake.
    assert.equal(await page.getByRole('button', { name: 'Start over' }).count(), 1);
  });
});

test('Start over can be undone until the fresh quiz is begun, and loses nothing on a reload until then', async () => {
  await withPage({}, async (page) => {
    await start(page);
    await answerQuestions(page, 3, () => 1);
    const atFour = await heading(page).innerText();
    const undo = page.getByRole('button', { name: 'Bring back my 3 answers', exact: true });
    const note = 'You started over, so your 3 earlier answers were cleared.';
    const startOver = async () => {
      await page.getByRole('link', { name: 'mlpath' }).click();
      await page.getByRole('button', { name: 'Start over' }).click();
      await undo.waitFor();
    };
    await startOver();
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '0');
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
    // Focus is on the heading, which the note describes: a screen reader hears it.
    const focused = page.getByRole('heading', { level: 1, description: note });
    assert.equal(await focused.evaluate((h1) => h1 === document.activeElement), true);
    assert.deepEqual(await axeViolations(page), []);
    await undo.click();
    await page.waitForFunction((text) => document.activeElement?.tagName === 'H1' && document.activeElement.innerText === text, atFour);
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '3');
    assert.equal(await undo.count(), 0);
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await page.getByRole('radio').nth(1).isChecked(), true);
    await page.reload();
    await page.getByRole('radio').nth(1).waitFor();
    assert.equal(await page.getByRole('radio').nth(1).isChecked(), true, 'what Undo brought back is kept');

    // A reload while the offer stands keeps the earlier quiz, as nothing of the fresh one was given yet.
    await startOver();
    await page.reload();
    await page.getByRole('radio').first().waitFor();
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '3');

    // Once an answer of the fresh quiz is given, the earlier one is gone for good.
    await startOver();
    await page.getByRole('radio').first().check();
    await undo.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('radio').first().waitFor();
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '1');
    assert.equal(await undo.count(), 0);
  });
});

test('Start opened in a new tab leaves this tab as it was', async () => {
  await withPage({}, async (page, context) => {
    await page.goto(server.url);
    await heading(page).waitFor();
    const [other] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Start the quiz' }).click({ modifiers: ['ControlOrMeta'] }),
    ]);
    await other.locator('.step', { hasText: /^Question 1 of/ }).waitFor();
    await other.close();
    assert.equal(page.url(), server.url);
    assert.equal(await page.getByRole('link', { name: 'Start the quiz' }).count(), 1, 'not "Continue at question 1"');
  });
});

test('corrupt saved progress is dropped without a crash', async () => {
  await withPage({}, async (page, context) => {
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mlpath.progress', '1:4:not-a-code!!');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Start the quiz' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('mlpath.progress')), null);
  });
});

test('progress saved by a newer version is never overwritten', async () => {
  await withPage({}, async (page, context) => {
    await context.addInitScript(() => localStorage.setItem('mlpath.progress', '99:future data'));
    await start(page);
    await answerQuestions(page, 1);
    assert.equal(await page.evaluate(() => localStorage.getItem('mlpath.progress')), '99:future data');
  });
});

test('with localStorage throwing, the quiz still completes from memory', async () => {
  await withPage({}, async (page, context) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await start(page);
    await page.getByText('This browser does not let the page keep your answers').waitFor();
    const title = await answerAll(page, (i, n) => i % n);
    assert.match(title, PATH_NAMES);
    await page.locator('.eyebrow', { hasText: /^Your best fit$/ }).waitFor();
    // Reloaded, the page cannot know whose result this is, and does not claim either way.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.eyebrow', { hasText: /^Best fit$/ }).waitFor();
    await page.getByText('This result comes from the answers in its link.').waitFor();
    assert.equal(await page.getByText('Someone shared this result with you').count(), 0);
    assert.equal(await page.title(), `${title}: a result · mlpath`);
  });
});

test('with storage that opens but refuses writes (full, or no quota), the quiz says answers are not kept', async () => {
  const refuseWrites = (after) => {
    let writes = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) {
      if (++writes > after) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.apply(this, args);
    };
  };
  // From the start: the page finds out as it opens.
  await withPage({}, async (page, context) => {
    await context.addInitScript(refuseWrites, 0);
    await start(page);
    await page.getByText('This browser does not let the page keep your answers').waitFor();
    const title = await answerAll(page, (i, n) => i % n);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Its own result could not be remembered, so the page does not claim it is someone else's.
    await page.getByText('This result comes from the answers in its link.').waitFor();
    assert.equal(await page.getByText('Someone shared this result with you').count(), 0);
  });
  // Only later (storage filled up meanwhile): the first write that fails.
  await withPage({}, async (page, context) => {
    await context.addInitScript(refuseWrites, 1);
    await start(page);
    await answerQuestions(page, 1);
    await page.getByText('This browser does not let the page keep your answers').waitFor();
  });
});

test('a result link opened in a fresh browser context shows the same result', async () => {
  let url;
  let title;
  await withPage({}, async (page) => {
    await start(page);
    title = await answerAll(page, (i, n) => (i * 7 + 3) % n);
    url = page.url();
  });
  await withPage({}, async (page) => {
    await page.goto(url);
    assert.equal((await heading(page).innerText()).trim(), title);
  });
});

test('result filters narrow the resources, and print hides the controls', async () => {
  await withPage({}, async (page) => {
    await start(page);
    await answerAll(page, () => 0);
    // The plan names where to start; the whole list opens with one press.
    const items = page.locator('.resource-list > li');
    assert.equal(await items.first().isVisible(), false, 'the list starts shut');
    const toggle = page.getByRole('button', { name: /^Show all \d+ courses and books$/ });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await page.getByRole('button', { name: 'Hide the list' }).getAttribute('aria-expanded'), 'true');
    const all = await items.count();
    assert.ok(all > 0);
    await page.getByRole('checkbox', { name: 'Free only' }).check();
    const free = await items.count();
    assert.ok(free > 0 && free <= all);
    for (const tag of await page.locator('.resource-list .tag:first-child').allInnerTexts()) {
      assert.match(tag, /^Free/);
    }
    await page.getByRole('combobox', { name: 'Level' }).selectOption('advanced');
    await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+$/ }).waitFor();
    const link = page.url();
    assert.equal(await page.getByText(`Result link: ${link}`).isVisible(), false, 'on screen, the Copy link button');
    await page.getByRole('button', { name: 'Hide the list' }).click();
    assert.equal(await items.first().isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await items.first().isVisible(), true, 'on paper the whole list, shut or not');
    assert.equal(await page.getByRole('button', { name: /^Show all/ }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Retake the quiz' }).isVisible(), false);
    assert.equal(await page.getByRole('img', { name: /Your profile/ }).isVisible(), true);
    // On paper the link itself, so the printout can reopen the result.
    assert.equal(await page.getByText(`Result link: ${link}`).isVisible(), true);
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).isVisible(), false);
  });
});

test('the profile chart keeps its text readable from a phone to a desktop, its labels inside and apart', async () => {
  // Both ends of the axis, on a result and the landing page's example, in every language: Spanish
  // has the longest path name.
  const urls = [];
  for (const pick of [() => 0, (i, n) => n - 1]) {
    await withPage({}, async (page) => {
      await start(page);
      await answerAll(page, pick);
      const hash = new URL(page.url()).hash;
      for (const lang of ['en', 'es', 'de']) urls.push([lang, hash]);
    });
  }
  for (const lang of ['en', 'es', 'de']) urls.push([lang, '']);
  for (const [lang, hash] of urls) {
    // The narrowest: a 280 px embed; 320 px phones; a desktop.
    for (const viewport of [{ width: 280, height: 640 }, { width: 320, height: 640 }, { width: 1280, height: 800 }]) {
      // A result link opens in the reader's language.
      await withPage({ viewport, locale: lang }, async (page) => {
        const path = lang === 'en' ? '/' : `/${lang}/`;
        await page.goto(`${server.url}${path.slice(1)}${hash}`);
        const chart = page.locator('svg.chart');
        await chart.waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        const url = page.url();
        assert.equal(new URL(url).pathname.replace(/[^/]*\.html$/, ''), path, `${url}: still in ${lang}`);
        const { scaled, sizes, body, outside, overlaps } = await chart.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          // Every text, and the bars and the marker, which no words may cross.
          const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
          const shapes = [...svg.querySelectorAll('.chart-track, .chart-marker')].map((t, i) => ({ t: `${t.getAttribute('class')} ${i + 1}`, r: t.getBoundingClientRect() }));
          const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          const parts = [...texts, ...shapes];
          return {
            scaled: svg.viewBox.baseVal !== null && svg.viewBox.baseVal.width > 0,
            sizes: [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
            body: parseFloat(getComputedStyle(document.body).fontSize),
            outside: texts.filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1).map(({ t }) => t),
            overlaps: texts.flatMap((a, i) => parts.slice(i + 1).filter((b) => !apart(a.r, b.r)).map((b) => `${a.t} / ${b.t}`)),
          };
        });
        const where = `${url} at ${viewport.width}px`;
        assert.ok(!scaled, `${where}: the chart is not scaled, so its text is set in the page's own sizes`);
        for (const size of sizes) {
          assert.ok(size >= 12 && size <= body * 1.05, `${where}: chart text ${size.toFixed(1)}px`);
        }
        assert.deepEqual(outside, [], `${where}: every label inside the chart`);
        assert.deepEqual(overlaps, [], `${where}: no two labels overlap`);
      });
    }
  }
});

test('Retake the quiz starts again from an empty sheet', async () => {
  await withPage({}, async (page) => {
    await start(page);
    await answerAll(page, (i, n) => i % n);
    await page.getByRole('button', { name: 'Retake the quiz' }).click();
    await page.waitForURL(/#\/quiz$/);
    assert.equal(await progress(page).getAttribute('aria-valuenow'), '0');
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  });
});

for (const colorScheme of ['light', 'dark']) {
  describe(`accessibility (${colorScheme})`, () => {
    test('axe finds nothing on a question, an answered role item, the result and the roles page', async () => {
      await withPage({ colorScheme }, async (page) => {
        await start(page);
        assert.deepEqual(await axeViolations(page), [], 'first question');
        await page.getByRole('radio').first().check();
        for (let i = 0; i < 40 && !(await page.getByRole('status').count()); i++) {
          await nextButton(page).click();
        }
        await page.getByRole('radio').first().check();
        assert.deepEqual(await axeViolations(page), [], 'who-does-it item picked, not checked');
        await checkButton(page).click();
        await page.locator('.feedback .verdict').waitFor();
        assert.deepEqual(await axeViolations(page), [], 'answered who-does-it item');
        await answerAll(page, (i, n) => i % n);
        assert.deepEqual(await axeViolations(page), [], 'result');
        await page.getByRole('link', { name: 'The two roles', exact: true }).click();
        await page.getByRole('heading', { name: 'The two roles', level: 1 }).waitFor();
        assert.deepEqual(await axeViolations(page), [], 'roles page');
      });
    });
  });
}

test('no screen scrolls sideways at 320 x 640, and the quiz\'s buttons keep their words whole', async () => {
  await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    await page.goto(server.url);
    await heading(page).waitFor();
    assert.equal(await fits(), true, 'landing');
    const start = await page.getByRole('link', { name: 'Start the quiz' }).boundingBox();
    assert.ok(start.y + start.height <= 640, `Start is on the first screen of a phone (bottom at ${start.y + start.height})`);
    await startQuiz(page);
    // Nor does a button of the quiz's row break its word over two lines.
    const oneLine = () => page.evaluate(() => [...document.querySelectorAll('.quiz-nav .button')]
      .every((button) => button.getBoundingClientRect().height < 56));
    await answerAll(page, (i, n) => n - 1, {
      each: async (i) => {
        assert.equal(await fits(), true, `question ${i + 1}`);
        assert.equal(await oneLine(), true, `question ${i + 1}: each button on one line`);
      },
    });
    await heading(page).waitFor();
    assert.equal(await fits(), true, 'result');
    await page.goto(`${server.url}#/roles`);
    await heading(page).waitFor();
    assert.equal(await fits(), true, 'roles');
  });
});

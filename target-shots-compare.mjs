import { chromium } from 'playwright-core';
import { startServer, startQuiz, answerAll } from './tests/browser/support.mjs';
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const base = server.url;
async function code(pick) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.goto(base); await startQuiz(page); await answerAll(page, pick);
  const c = page.url().match(/#\/result\/(.+)$/)[1]; await ctx.close(); return c;
}
const a = await code(() => 0), b = await code((_, n) => n - 1);
const pages = [
  ['neutral', `index.html#/compare/${a}/${b}`, null, true],
  ['own', `index.html#/compare/${b}/${a}`, a, true],
  ['shared', `index.html#/result/${b}`, a, false],
  ['friend', `index.html#/result/${a}`, a, false, b],
  ['bad', `index.html#/compare/${a.slice(0, -2)}/${b.slice(0, 2)}`, null, true],
];
for (const [w, h] of [[390, 844], [1280, 800], [320, 640]]) for (const scheme of ['light', 'dark']) {
  if (w === 320 && scheme === 'dark') continue;
  for (const [name, hash, own, full, friend] of pages) {
    if (w === 320 && name !== 'neutral') continue;
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(base);
    await page.evaluate(([o, f]) => { if (o) localStorage.setItem('mlpath.result', '1:' + o); if (f) localStorage.setItem('mlpath.compare', '1:' + f); }, [own, friend]);
    await page.goto(base + hash);
    await page.waitForSelector('main h1');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shots-compare/${name}-${w}-${scheme}.png`, fullPage: full });
    if (name === 'neutral' && w === 1280 && scheme === 'light') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `/tmp/shots-compare/print-${w}.png`, fullPage: true });
    }
    await ctx.close();
  }
}
console.log(a, b);
await browser.close(); await server.close?.(); process.exit(0);

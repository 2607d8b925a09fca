// Makes the README's pictures of a result from the release build (./x build first):
//   node tools/readme-images.mjs [CODE]   (CODE: a share code; by default the worked example's)
// The site is served under a made-up public address, so the card prints a real-looking one. It also copies two
// of the build's link previews (dist/preview/), which the README shows as what a pasted link looks like.
import { chromium } from 'playwright-core';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from '../tests/browser/support.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const code = process.argv[2] ?? 'BADZqZDhSTSMaFHD';
const site = 'https://mlpath.example/';
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, acceptDownloads: true, serviceWorkers: 'block' });
await ctx.route(site + '**', (route) => {
  let path = new URL(route.request().url()).pathname.slice(1) || 'index.html';
  route.fulfill({ path: join(DIST, path), contentType: path.endsWith('.wasm') ? 'application/wasm' : undefined });
});
const page = await ctx.newPage();
await page.goto(site);
await page.evaluate((c) => localStorage.setItem('mlpath.result', '1:' + c), code);
await page.goto(site + '#/result/' + code);
await page.reload();
await page.getByText('Your best fit').waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/images/result-phone.png' });
// The same first screen on a laptop, in two columns.
await page.setViewportSize({ width: 1280, height: 800 });
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/images/result-desktop.png' });
await page.setViewportSize({ width: 390, height: 844 });
const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result card' }).click()]);
await download.saveAs('docs/images/result-card.png');
for (const name of ['data-scientist', 'quiz']) await copyFile(join(DIST, 'preview', `${name}.png`), `docs/images/preview-${name}.png`);
await browser.close(); process.exit(0);

// `./x bench`'s measuring half: mlpath's release dist against two baselines built in the same run,
// a bare Yew counter (the framework floor) and the prerendered landing page without any script (the
// platform floor). Prints one table and writes the same figures to bench-out/bench.json.
// Usage (./x builds first): node bench/run.mjs [--runs N]
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { launchBrowser, openPage, startServer } from '../tests/browser/support.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-out');
const THROTTLES = [1, 4];
const LIGHTHOUSE_VERSION = '12.2.3';

const VARIANTS = [
  { id: 'app', name: 'mlpath', dir: join(OUT, 'app') },
  { id: 'yew', name: 'bare Yew', dir: join(OUT, 'yew-hello') },
  { id: 'static', name: 'static page', dir: join(OUT, 'static') },
];
const BASELINES = ['yew', 'static'];
// The app's other languages (src/content/languages.rs): each its own build in its folder of dist/, served
// from the app's server at that folder (their pages link the others relative to it), and loaded by a reader
// whose browser is in it. Measured at 4× CPU beside English, against the same baselines.
const LANGUAGES = [
  { lang: 'es', locale: 'es-ES' },
  { lang: 'de', locale: 'de-DE' },
];
const LANGUAGE_THROTTLE = 4;
// The size record (bench/size-budget.json): the English page may grow by at most this over its figure there.
const SIZE_RECORD = JSON.parse(await readFile(join(ROOT, 'bench', 'size-budget.json'), 'utf8'));

// --- arguments ---------------------------------------------------------------------------

function parseArgs(argv) {
  let runs = Number(process.env.BENCH_RUNS ?? 9);
  let sizesOnly = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i].startsWith('--runs=')) runs = Number(argv[i].slice('--runs='.length));
    else if (argv[i] === '--sizes') sizesOnly = true;
    else throw new Error(`unknown argument ${argv[i]}; usage: node bench/run.mjs [--runs N] [--sizes]`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');
  return { runs, sizesOnly };
}

// --- the static baseline and the bytes on the wire ------------------------------------------

/** Relative URLs of the files a page references (stylesheet, icon, module, wasm preload). */
function referencedFiles(html) {
  // Attributes of tags only: inline scripts' text (the boot script's `a.href=…`) names no file.
  html = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
  // Nor do the links to the page's other languages (hreflang): pages, loaded only when a reader goes there.
  html = html.replace(/<link\b[^>]*\bhreflang=[^>]*>/g, '');
  const urls = [...html.matchAll(/\b(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((url) => !/^([a-z]+:|#|\/\/)/i.test(url))
    // A folder's address (the language switch's `es/?lang=es`) is a page to go to, not a file of this one.
    .filter((url) => !url.split(/[?#]/)[0].endsWith('/'));
  return [...new Set(urls.map((url) => url.replace(/^\.\//, '').split(/[?#]/)[0]))];
}

async function isFile(path) {
  return stat(path).then((s) => s.isFile(), () => false);
}

/**
 * A copy of dist/ taken before measuring, so a rebuild during the bench cannot change what is measured;
 * fails if dist/ is caught half-written (index.html naming a file that is not there).
 */
async function snapshotDist() {
  const dist = join(ROOT, 'dist');
  const dir = VARIANTS[0].dir;
  if (!(await isFile(join(dist, 'index.html')))) throw new Error('dist/index.html is missing: run ./x bench');
  await rm(dir, { recursive: true, force: true });
  await cp(dist, dir, { recursive: true });
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  for (const file of referencedFiles(html)) {
    if (!(await isFile(join(dir, file)))) throw new Error(`dist/index.html names ${file}, which dist/ lacks: rebuild`);
  }
}

/** The app's index.html with its scripts and script preloads removed: the same landing markup and CSS, no JS. */
async function buildStaticPage() {
  const app = VARIANTS[0].dir;
  const dir = VARIANTS[2].dir;
  const html = (await readFile(join(app, 'index.html'), 'utf8'))
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), html);
  for (const file of referencedFiles(html)) {
    if (await isFile(join(app, file))) await copyFile(join(app, file), join(dir, file));
  }
}

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const KIND = { html: 'html', css: 'css', js: 'js', mjs: 'js', wasm: 'wasm', svg: 'icon', ico: 'icon', png: 'icon', webmanifest: 'manifest' };
const KINDS = ['html', 'css', 'js', 'wasm', 'icon', 'manifest'];

/**
 * Every file of a variant (but the .gz/.br copies), brotli-compressed under its own name into
 * bench-out/wire/<id>/, so the loopback server sends what a well-configured static host would (Chromium
 * asks for br even over plain http on loopback). Returns each file's sizes: raw, gzip -9, brotli 11.
 */
async function wireFiles(variant) {
  const wire = join(OUT, 'wire', variant.id);
  await rm(wire, { recursive: true, force: true });
  const files = {};
  const entries = await readdir(variant.dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || /\.(gz|br)$/.test(entry.name)) continue;
    const file = relative(variant.dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/');
    const buf = await readFile(join(variant.dir, file));
    const compressed = brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
    const ext = file.split('.').pop();
    files[file] = { file, kind: KIND[ext] ?? ext, raw: buf.length, gzip: gzip(buf), brotli: compressed.length };
    await mkdir(dirname(join(wire, file)), { recursive: true });
    await writeFile(join(wire, file), compressed);
  }
  return { wire, files };
}

/** The bytes of a page of `dir` (its `index.html` and the files it references), each file once: raw, gzip -9, brotli 11. */
async function pageAssets(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const assets = [];
  for (const file of ['index.html', ...referencedFiles(html)]) {
    if (!(await isFile(join(dir, file)))) continue;
    const buf = await readFile(join(dir, file));
    const ext = file.split('.').pop();
    assets.push({ file, kind: KIND[ext] ?? ext, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf), page: true });
  }
  return assets;
}

/**
 * The English page's total (gzip) against the record in bench/size-budget.json: issue #21 lets the languages
 * grow it by at most `english_page_growth_bytes`. Returns the row's figures and the limit.
 */
function englishGrowth(assets) {
  const total = assets.reduce((n, a) => n + a.gzip, 0);
  const recorded = SIZE_RECORD.english_page_gzip_bytes;
  const limit = recorded + SIZE_RECORD.english_page_growth_bytes;
  return { total, recorded, limit, growth: total - recorded, met: total <= limit };
}

/** `node bench/run.mjs --sizes`: the page's bytes in each language and the English growth check, without a browser. */
async function printSizes() {
  const dist = join(ROOT, 'dist');
  const rows = [];
  for (const { lang } of [{ lang: 'en' }, ...LANGUAGES]) {
    const assets = await pageAssets(lang === 'en' ? dist : join(dist, lang));
    for (const enc of ['raw', 'gzip', 'brotli']) rows.push([`${lang} page total ${enc}`, kB(assets.reduce((n, a) => n + a[enc], 0))]);
    if (lang === 'en') {
      const g = englishGrowth(assets);
      rows.push([`en page growth over the record (${kB(g.recorded)})`, `${g.growth} B`, `≤ ${SIZE_RECORD.english_page_growth_bytes} B`, g.met ? 'PASS' : 'MISS']);
    }
  }
  printTable(rows.map((r) => [...r, '', '', ''].slice(0, 4)), ['', 'dist/', 'budget', '']);
}

/**
 * The bytes over the wire of a first visit, each file once: the page (index.html and what it references,
 * `page: true`) and whatever else the loads requested (a service worker and what it precaches, say).
 */
async function wireAssets(variant, files, requested) {
  const html = await readFile(join(variant.dir, 'index.html'), 'utf8');
  const page = ['index.html', ...referencedFiles(html)].filter((name) => files[name]);
  const later = requested
    .map((path) => decodeURIComponent(path.slice(1)) || 'index.html')
    .filter((name) => files[name] && !page.includes(name));
  return [
    ...page.map((name) => ({ ...files[name], page: true })),
    ...[...new Set(later)].sort().map((name) => ({ ...files[name], page: false })),
  ];
}

// --- one cold load in Chromium ----------------------------------------------------------------

/** Runs in the page before any of its own scripts: FCP, the app's start, a paint helper. */
function instrument() {
  const bench = (window.__bench = {});
  // A frame after everything queued so far: rAF runs before the next paint, the message after it.
  bench.afterPaint = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  // Each milestone is also logged, so the harness can wait for it without touching the page: its first
  // evaluate() injects Playwright's helper script (about 35 ms of main-thread work at 4× CPU), which
  // would otherwise land inside whatever is being timed.
  const report = (name) => (value) => {
    console.debug(`__bench:${name}`);
    return value;
  };
  bench.fcp = new Promise((done) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) {
        observer.disconnect();
        done(entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true });
  }).then(report('fcp'));
  // The largest contentful paint so far (the last entry: later, larger ones replace earlier ones).
  bench.lcp = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Trunk's loader dispatches this once init() has run the wasm's main(); Yew renders in a microtask
  // queued by main(), so the next frame after the event is the first with the mounted app in it.
  bench.interactive = new Promise((done) => {
    addEventListener(
      'TrunkApplicationStarted',
      (event) => {
        bench.wasm = event.detail?.wasm;
        bench.afterPaint().then(done);
      },
      { once: true },
    );
  }).then(report('interactive'));
  /** Resolves once `condition()` holds, checking after every DOM change. */
  bench.until = (condition, what) =>
    new Promise((done, fail) => {
      if (condition()) return done();
      const observer = new MutationObserver(() => {
        if (!condition()) return;
        observer.disconnect();
        clearTimeout(guard);
        done();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      // Not a synchronisation delay: a run that never gets there fails instead of hanging the bench.
      const guard = setTimeout(() => {
        observer.disconnect();
        fail(new Error(`never saw ${what}`));
      }, 60_000);
    });
  /**
   * Milliseconds from a click to the end of the frame that shows its effect. The click is dispatched
   * at the start of a frame (in a rAF callback); Yew renders in the microtasks right after it, then
   * the browser styles, lays out and paints that frame, and only then runs the posted message. So
   * this is the main thread's work for the update, without the wait for the next vsync that a click
   * landing mid-frame would add (0–16.7 ms, depending only on when it lands).
   */
  bench.timeClick = (button, changed, what) =>
    new Promise((done, fail) => {
      requestAnimationFrame(() => {
        const start = performance.now();
        button.click();
        const channel = new MessageChannel();
        channel.port1.onmessage = async () => {
          try {
            if (changed()) return done(performance.now() - start);
            // Not in that frame (e.g. a route change that settles later): the frame after it shows.
            await bench.until(changed, what);
            done((await bench.afterPaint()) - start);
          } catch (error) {
            fail(error);
          }
        };
        channel.port2.postMessage(null);
      });
    });
}

/** Answers every question with its first choice; times each Next and the last "See my result". */
async function takeQuiz() {
  const { afterPaint, until, timeClick } = window.__bench;
  const nav = () => [...document.querySelectorAll('button')].find((b) => /^(Next|See my result)$/.test(b.textContent.trim()));
  // A "who usually does this?" answer is checked before Next (its explanation then shows): not timed.
  const check = () => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check');
  const screen = () => `${document.querySelector('.step')?.textContent}|${document.querySelector('h1')?.textContent}`;
  const next = [];
  for (let step = 0; step < 100; step++) {
    await until(() => document.querySelector('input[type=radio]') && (nav() || check()), 'a question');
    const radio = document.querySelector('input[type=radio]');
    radio.click();
    await until(() => radio.checked || !radio.isConnected, 'the answer chosen');
    await afterPaint();
    if (check()) {
      check().click();
      await until(() => nav(), 'the answer checked');
      await afterPaint();
    }
    const button = nav();
    if (button.textContent.trim() === 'See my result') {
      const result = await timeClick(
        button,
        () => location.hash.startsWith('#/result/') && document.querySelector('h1') && !document.querySelector('input[type=radio]'),
        'the result',
      );
      return { next, result };
    }
    const before = screen();
    next.push(await timeClick(button, () => screen() !== before, 'the next question'));
  }
  throw new Error('no "See my result" after 100 questions');
}

/** The framework floor's analogue of Next: a click that re-renders one component. */
async function pressCounter() {
  const { timeClick } = window.__bench;
  const button = document.querySelector('button');
  const times = [];
  for (let i = 0; i < 5; i++) {
    const before = document.querySelector('.step').textContent;
    times.push(await timeClick(button, () => document.querySelector('.step').textContent !== before, 'the count'));
  }
  return times;
}

async function coldLoad(browser, variant, server, rate) {
  const { context, page, problems } = await openPage(browser, { origin: server.origin, locale: variant.locale });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(instrument);
    // The last milestone of a load: the app's (or bare Yew's) interactive frame, the static page's FCP.
    const settled = page.waitForEvent('console', {
      predicate: (msg) => msg.text() === (variant.id === 'static' ? '__bench:fcp' : '__bench:interactive'),
      timeout: 60_000,
    });
    await page.goto(`${server.url}${variant.folder ?? ''}`, { waitUntil: 'load' });
    await settled;
    const sample = { fcp: await page.evaluate(() => window.__bench.fcp) };
    // Another language's page: its first paint and its start only (the quiz is English's to time).
    if (variant.lang && page.url() !== `${server.url}${variant.folder}`) throw new Error(`${variant.name} moved to ${page.url()}`);
    if (variant.id === 'static') {
      sample.lcp = await page.evaluate(async () => {
        await window.__bench.afterPaint();
        return window.__bench.lcp;
      });
    }
    if (variant.id === 'app') {
      sample.interactive = await page.evaluate(() => window.__bench.interactive);
      // Proof that the app is interactive: Start leads to the first question.
      await page.getByRole('link', { name: 'Start the quiz' }).click();
      await page.waitForURL(/#\/quiz$/);
      const { next, result } = await page.evaluate(takeQuiz);
      Object.assign(sample, { next, result });
      // The result link as Copy link gives it (the path's share page): the shared-link load's address.
      await page.waitForURL(/\.html#\/result\//);
      sample.link = page.url();
    } else if (variant.lang) {
      sample.interactive = await page.evaluate(() => window.__bench.interactive);
    } else if (variant.id === 'yew') {
      sample.interactive = await page.evaluate(() => window.__bench.interactive);
      sample.next = await page.evaluate(pressCounter);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    sample.jsHeap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    sample.wasmMemory = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? null);
    const errors = [...problems.pageErrors, ...problems.consoleErrors, ...problems.foreignRequests];
    if (errors.length) throw new Error(`${variant.name}: ${errors.join('; ')}`);
    return sample;
  } finally {
    await context.close();
  }
}

/**
 * A shared result link opened cold (the path's share page, with the code): its first and largest contentful
 * paints, the latter taken once the app has put the code's result in (the prerendered page paints first).
 */
async function sharedLoad(browser, server, rate, link) {
  const { context, page, problems } = await openPage(browser, { origin: server.origin });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(instrument);
    const started = page.waitForEvent('console', { predicate: (msg) => msg.text() === '__bench:interactive', timeout: 60_000 });
    await page.goto(link, { waitUntil: 'load' });
    await started;
    const sample = await page.evaluate(async () => {
      await window.__bench.afterPaint();
      return { fcp: await window.__bench.fcp, lcp: window.__bench.lcp };
    });
    // Proof that it is the result: the app's share panel is there.
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    const errors = [...problems.pageErrors, ...problems.consoleErrors, ...problems.foreignRequests];
    if (errors.length) throw new Error(`shared link: ${errors.join('; ')}`);
    return sample;
  } finally {
    await context.close();
  }
}

// --- Lighthouse -------------------------------------------------------------------------------

function lighthouse(url, variant) {
  const cli = process.env.BENCH_LIGHTHOUSE;
  if (!cli || !existsSync(cli)) return Promise.resolve({ error: `not installed (${cli ?? 'BENCH_LIGHTHOUSE unset'})` });
  const output = join(OUT, 'lighthouse', `${variant.id}.json`);
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync';
  const args = [cli, url, '--only-categories=performance', '--output=json', `--output-path=${output}`, `--chrome-flags=${flags}`, '--quiet'];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  return new Promise((done) => {
    execFile(process.execPath, args, { env, maxBuffer: 1 << 26 }, async (error, _stdout, stderr) => {
      if (error) return done({ error: (stderr.trim().split('\n').pop() || error.message).slice(0, 200) });
      try {
        const report = JSON.parse(await readFile(output, 'utf8'));
        const score = report.categories.performance.score;
        if (score === null) return done({ error: report.runtimeError?.message ?? 'no score' });
        done({ score: Math.round(score * 100), version: report.lighthouseVersion, formFactor: report.configSettings.formFactor });
      } catch (e) {
        done({ error: String(e.message ?? e).slice(0, 200) });
      }
    });
  });
}

// --- statistics and the table -------------------------------------------------------------------

function quantile(values, q) {
  const xs = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!xs.length) return null;
  const at = (xs.length - 1) * q;
  const lo = Math.floor(at);
  return xs[lo] + (xs[Math.min(lo + 1, xs.length - 1)] - xs[lo]) * (at - lo);
}
const median = (values) => quantile(values, 0.5);
const spread = (samples) =>
  samples.some((v) => v !== null && v !== undefined)
    ? { median: median(samples), p25: quantile(samples, 0.25), p75: quantile(samples, 0.75), samples }
    : null;

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = (v) => (v < 10 ? v.toFixed(1) : v.toFixed(0));

function cell(value, unit) {
  if (!value) return 'n/a';
  if (unit === 'ms') return `${ms(value.median)} (${ms(value.p25)}–${ms(value.p75)})`;
  if (unit === 'bytes') return value.median >= 1e6 ? MB(value.median) : kB(value.median);
  return String(Math.round(value.median));
}

function printTable(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// --- main ----------------------------------------------------------------------------------------

async function main() {
  const { runs, sizesOnly } = parseArgs(process.argv.slice(2));
  if (sizesOnly) return printSizes();
  const began = Date.now();
  if (!(await isFile(join(VARIANTS[1].dir, 'index.html')))) throw new Error('bench-out/yew-hello is missing: run ./x bench');
  await snapshotDist();
  await buildStaticPage();
  await mkdir(join(OUT, 'lighthouse'), { recursive: true });

  const servers = {};
  const files = {};
  for (const v of VARIANTS) {
    const { wire, files: all } = await wireFiles(v);
    files[v.id] = all;
    servers[v.id] = await startServer({ root: wire, headers: { 'content-encoding': 'br' } });
  }

  const browser = await launchBrowser();
  const samples = Object.fromEntries(VARIANTS.map((v) => [v.id, Object.fromEntries(THROTTLES.map((t) => [t, []]))]));
  const languages = LANGUAGES.map(({ lang, locale }) => ({ id: `app-${lang}`, name: `mlpath ${lang}`, lang, locale, folder: `${lang}/` }));
  const languageSamples = Object.fromEntries(languages.map((v) => [v.lang, []]));
  // A shared result link (the path's share page with the code), against the static page's paints.
  const shared = Object.fromEntries(THROTTLES.map((t) => [t, []]));
  let link;
  try {
    // One unrecorded round first: the browser's first contexts and the OS's cold file caches are not
    // what a cold page load means. Then interleaved (app, Yew, static, app, ...) so drift hits all alike.
    for (const v of VARIANTS) {
      const sample = await coldLoad(browser, v, servers[v.id], 1);
      if (v.id === 'app') link = sample.link.replace(/^https?:\/\/[^/]+\//, servers.app.url);
    }
    for (const v of languages) await coldLoad(browser, v, servers.app, 1);
    await sharedLoad(browser, servers.app, 1, link);
    for (const s of Object.values(servers)) s.requests.length = 0;
    for (let run = 0; run < runs; run++) {
      for (const rate of THROTTLES) {
        for (const v of VARIANTS) {
          samples[v.id][rate].push(await coldLoad(browser, v, servers[v.id], rate));
          // Each language right after English, so the same drift hits them alike.
          if (v.id === 'app' && rate === LANGUAGE_THROTTLE) {
            for (const l of languages) languageSamples[l.lang].push(await coldLoad(browser, l, servers.app, rate));
          }
        }
        shared[rate].push(await sharedLoad(browser, servers.app, rate, link));
      }
      process.stderr.write(`\r  run ${run + 1} of ${runs} done`);
    }
    process.stderr.write('\n');
  } finally {
    await browser.close().catch(() => {});
  }
  const sizes = {};
  const requested = {};
  for (const v of VARIANTS) {
    // The languages' loads go to the same server as English's: their folders are their own figures.
    const ownFolder = (path) => v.id !== 'app' || !languages.some((l) => path.startsWith(`/${l.folder}`));
    requested[v.id] = [...new Set(servers[v.id].requests.filter(ownFolder))];
    sizes[v.id] = await wireAssets(v, files[v.id], requested[v.id]);
  }
  const languageSizes = {};
  for (const l of languages) languageSizes[l.lang] = await pageAssets(join(VARIANTS[0].dir, l.lang));
  const chromium = await launchBrowser().then(async (b) => [await b.version(), await b.close()][0]);

  // One at a time, after the timed runs, so no two Chromiums compete for the CPU.
  const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  const lh = {};
  for (const v of VARIANTS) {
    const results = [];
    for (let i = 0; i < lighthouseRuns; i++) results.push(await lighthouse(servers[v.id].url, v));
    const scores = results.filter((r) => r.score !== undefined).map((r) => r.score);
    lh[v.id] = { scores, errors: results.filter((r) => r.error).map((r) => r.error), ...results.find((r) => r.score !== undefined) };
  }
  for (const s of Object.values(servers)) await s.close();

  // --- the rows: one per figure, the same in the table and in the JSON ---
  const rows = [];
  const add = (metric, unit, values, budget) => {
    const ratio = {};
    for (const b of BASELINES) {
      ratio[b] = values.app && values[b] && values[b].median ? values.app.median / values[b].median : null;
    }
    let status = null;
    if (budget && values.app) {
      const base = budget.baseline ? values[budget.baseline]?.median : 1;
      const limit = base === undefined || base === null ? null : base * budget.factor;
      status = limit === null ? null : budget.atLeast ? values.app.median >= limit : values.app.median <= limit;
    }
    rows.push({ metric, unit, values, ratio, budget: budget ? { ...budget, met: status } : null });
  };
  const seen = new Set(Object.values(sizes).flat().filter((a) => a.page).map((a) => a.kind));
  const kinds = [...KINDS.filter((k) => seen.has(k)), ...[...seen].filter((k) => !KINDS.includes(k)).sort()];
  const sum = (assets, enc) => (assets.length ? { median: assets.reduce((n, a) => n + a[enc], 0), files: assets.map((a) => a.file) } : null);
  const sizeRow = (label, enc, pick, budget) =>
    add(label, 'bytes', Object.fromEntries(VARIANTS.map((v) => [v.id, sum(sizes[v.id].filter(pick), enc)])), budget);
  for (const enc of ['raw', 'gzip', 'brotli']) {
    for (const kind of kinds) sizeRow(`${kind} ${enc}`, enc, (a) => a.page && a.kind === kind);
    const budget = enc === 'gzip' ? { text: '≤ 2.0× bare Yew', baseline: 'yew', factor: 2.0 } : undefined;
    sizeRow(`page total ${enc}`, enc, (a) => a.page, budget);
    if (Object.values(sizes).flat().some((a) => !a.page)) {
      sizeRow(`+ fetched after load ${enc}`, enc, (a) => !a.page);
      sizeRow(`first visit total ${enc}`, enc, () => true);
    }
  }

  // Each language's page beside English's (a reader downloads one), and the English page against its record.
  for (const l of languages) {
    add(`page total gzip, ${l.lang}`, 'bytes', { ...Object.fromEntries(BASELINES.map((b) => [b, sum(sizes[b].filter((a) => a.page), 'gzip')])), app: sum(languageSizes[l.lang], 'gzip') }, { text: '≤ 2.0× bare Yew', baseline: 'yew', factor: 2.0 });
  }
  const growth = englishGrowth(sizes.app.filter((a) => a.page));
  add(
    `page total gzip, en, against the record (${kB(growth.recorded)})`,
    'bytes',
    { app: { median: growth.total } },
    { text: `≤ +${SIZE_RECORD.english_page_growth_bytes} B (now ${growth.growth >= 0 ? '+' : ''}${growth.growth} B)`, factor: growth.limit },
  );

  const timing = [
    ['first contentful paint', 'fcp'],
    ['interactive (app mounted, painted)', 'interactive'],
    ['Next → next question painted', 'next'],
    ['See my result → result painted', 'result'],
  ];
  const BUDGETS = {
    'fcp@4': { text: '≤ 1.2× static', baseline: 'static', factor: 1.2 },
    'interactive@4': { text: '≤ 1.3× bare Yew', baseline: 'yew', factor: 1.3 },
    'next@1': { text: '≤ 16 ms', factor: 16 },
  };
  for (const rate of THROTTLES) {
    for (const [label, key] of timing) {
      // Next is pressed many times per load: every press of every load is one sample.
      const values = Object.fromEntries(VARIANTS.map((v) => [v.id, spread(samples[v.id][rate].flatMap((s) => s[key] ?? []))]));
      add(`${label}, ${rate}× CPU`, 'ms', values, BUDGETS[`${key}@${rate}`]);
      if (rate !== LANGUAGE_THROTTLE || !['fcp', 'interactive'].includes(key)) continue;
      // The same figure for each language's page, against the same baselines and budget.
      for (const l of languages) {
        const own = { ...values, app: spread(languageSamples[l.lang].map((s) => s[key])) };
        add(`${label}, ${rate}× CPU, ${l.lang}`, 'ms', own, BUDGETS[`${key}@${rate}`]);
      }
    }
  }
  for (const rate of THROTTLES) {
    for (const [label, key] of [['first contentful paint', 'fcp'], ['largest contentful paint', 'lcp']]) {
      const values = { app: spread(shared[rate].map((s) => s[key])), static: spread(samples.static[rate].map((s) => s[key])) };
      const budget = rate === 4 ? { text: '≤ 1.2× static', baseline: 'static', factor: 1.2 } : undefined;
      add(`shared link: ${label}, ${rate}× CPU`, 'ms', values, budget);
    }
  }
  for (const [label, key] of [['JS heap after the run (after GC)', 'jsHeap'], ['WASM memory after the run', 'wasmMemory']]) {
    const values = Object.fromEntries(VARIANTS.map((v) => [v.id, spread(samples[v.id][1].map((s) => s[key]))]));
    add(label, 'bytes', values);
  }
  add(
    `Lighthouse performance (${lh.app.formFactor ?? 'mobile'}, median of ${lighthouseRuns})`,
    'score',
    Object.fromEntries(VARIANTS.map((v) => [v.id, lh[v.id].scores.length ? { median: median(lh[v.id].scores), samples: lh[v.id].scores } : null])),
    { text: '≥ 98', factor: 98, atLeast: true },
  );

  const names = Object.fromEntries(VARIANTS.map((v) => [v.id, v.name]));
  const header = ['', names.app, names.yew, names.static, 'app÷Yew', 'app÷static', 'budget', ''];
  const ratioCell = (r) => (r === null ? '' : `${r.toFixed(2)}×`);
  const statusCell = (b) => (!b ? '' : b.met === null ? 'n/a' : b.met ? 'PASS' : 'MISS');
  printTable(
    rows.map((r) => [
      r.metric,
      ...VARIANTS.map((v) => cell(r.values[v.id], r.unit)),
      ratioCell(r.ratio.yew),
      ratioCell(r.ratio.static),
      r.budget?.text ?? '',
      statusCell(r.budget),
    ]),
    header,
  );
  console.log(`\nTimes in ms: median (p25–p75) of ${runs} cold loads each, interleaved; sizes in kB (1000 bytes).`);
  console.log('Sizes per kind: index.html and what it references; "fetched after load": other requests (e.g. a service worker\'s precache).');
  console.log('Next: every press of every load (click at a frame start → that frame painted, no vsync wait).');
  console.log('bare Yew\'s "Next" is a click that re-renders its counter; its "interactive" is its first render.');
  for (const v of VARIANTS) {
    if (lh[v.id].errors.length) console.log(`Lighthouse on ${v.name}: ${lh[v.id].errors[0]}`);
  }
  if (runs < 9) console.log(`Only ${runs} runs: at least 9 are needed for figures worth quoting.`);

  const seconds = Math.round((Date.now() - began) / 1000);
  const report = {
    generated: new Date().toISOString(),
    seconds,
    runs,
    throttling: THROTTLES,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium },
    server: 'loopback, brotli 11 content-encoding, cache-control: no-store; a new browser context per load',
    lighthouse: { version: lh.app.version ?? LIGHTHOUSE_VERSION, formFactor: lh.app.formFactor ?? 'mobile', runs: lighthouseRuns, results: lh },
    variants: Object.fromEntries(VARIANTS.map((v) => [v.id, { name: v.name, dir: v.dir, assets: sizes[v.id], requested: requested[v.id] }])),
    samples,
    shared: { link, samples: shared },
    languages: Object.fromEntries(languages.map((l) => [l.lang, { throttling: LANGUAGE_THROTTLE, assets: languageSizes[l.lang], samples: languageSamples[l.lang] }])),
    englishPage: growth,
    rows,
  };
  await writeFile(join(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${join(OUT, 'bench.json')} (measuring took ${seconds} s).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

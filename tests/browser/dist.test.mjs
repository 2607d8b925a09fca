// The built dist as a static host receives it: precompressed copies that match, relative URLs only.
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { directives, DIST } from './support.mjs';

const originals = (await readdir(DIST)).filter((name) => !/\.(gz|br)$/.test(name));
const SIZE = JSON.parse(await readFile(new URL('../../bench/size-budget.json', import.meta.url), 'utf8'));

test('the wasm is the size last recorded, within the slack, or the change records its new size', async () => {
  const wasm = originals.filter((name) => name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, wasm.join(' '));
  const size = gzipSync(await readFile(join(DIST, wasm[0])), { level: 9 }).length;
  const change = size - SIZE.wasm_gzip_bytes;
  assert.ok(
    Math.abs(change) <= SIZE.slack_bytes,
    `the wasm is ${size} bytes gzip -9, ${change > 0 ? 'up' : 'down'} ${Math.abs(change)} from the ${SIZE.wasm_gzip_bytes} ` +
      `recorded in bench/size-budget.json (slack ${SIZE.slack_bytes}): record the new size there in this change, and say why`,
  );
});

test('every asset has gzip and brotli copies that decompress to it', async () => {
  const assets = originals.filter((name) => /\.(html|js|css|wasm|svg)$/.test(name));
  assert.ok(assets.some((name) => name.endsWith('.wasm')));
  for (const name of assets) {
    const body = await readFile(join(DIST, name));
    assert.ok(gunzipSync(await readFile(join(DIST, `${name}.gz`))).equals(body), `${name}.gz`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${name}.br`))).equals(body), `${name}.br`);
  }
});

test('index.html refers to its assets by relative URLs only', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/\s(?:href|src)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  assert.ok(urls.length >= 4, urls.join(' '));
  for (const url of urls) assert.doesNotMatch(url, /^(\/|[a-z]+:)/i, `${url} is relative`);
});

test('every script, module preload and stylesheet carries an integrity hash; the wasm preload none', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
  const fetches = tags.filter((tag) => /\brel=["']?preload\b/.test(tag) && /\bas=["']?fetch\b/.test(tag));
  const external = tags.filter((tag) => /\bsrc=|rel=["']?(?:stylesheet|modulepreload|preload)\b/.test(tag) && !fetches.includes(tag));
  assert.ok(external.length >= 2, external.join('\n'));
  for (const tag of external) assert.match(tag, /\bintegrity=["']?sha384-[A-Za-z0-9+/]+=*/, tag);
  // Chromium ignores `integrity` on an `as=fetch` preload, and warns in the console that it does.
  assert.equal(fetches.length, 1, 'the wasm is preloaded');
  assert.match(fetches[0], /\.wasm\b/);
  assert.doesNotMatch(fetches[0], /\bintegrity=/);
});

test('every integrity hash matches its file, and the JS glue is shipped minified', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\bintegrity=/.test(tag));
  assert.ok(tags.length >= 2, tags.join('\n'));
  for (const tag of tags) {
    const [, href] = tag.match(/\shref=["']?([^"'\s>]+)/);
    const [, expected] = tag.match(/\bintegrity=["']?sha384-([A-Za-z0-9+/]+=*)/);
    const body = await readFile(join(DIST, href));
    assert.equal(createHash('sha384').update(body).digest('base64'), expected, href);
  }
  // Trunk's own minifier gives up on wasm-bindgen's glue; tools/minify-js.mjs must not.
  const glue = originals.find((name) => /^mlpath-[0-9a-f]+\.js$/.test(name));
  const js = await readFile(join(DIST, glue), 'utf8');
  assert.ok(!js.includes('/*') && js.split('\n').length < 10, `${glue} is minified`);
});

test('the host headers carry the same policy as the pages, every language\'s scripts allowed, plus frame-ancestors', async () => {
  const policyOf = async (folder) =>
    (await readFile(join(DIST, folder, 'index.html'), 'utf8')).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const policy = await policyOf('');
  const headers = await readFile(join(DIST, '_headers'), 'utf8');
  const header = headers.match(/Content-Security-Policy: (.+)/)[1];
  // The same policy but for the inline scripts of every language's pages (src/content/languages.rs).
  const scripts = new Set();
  for (const folder of ['', 'es', 'de']) for (const source of directives(await policyOf(folder))['script-src']) scripts.add(source);
  assert.deepEqual(
    { ...directives(header), 'script-src': [...directives(header)['script-src']].sort() },
    { ...directives(policy), 'script-src': [...scripts].sort(), 'frame-src': ["'self'"], 'frame-ancestors': ['*'] },
  );
  for (const name of [
    'Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer',
    // For a frame sandboxed without allow-same-origin (WordPress's), whose every load is a CORS request.
    'Access-Control-Allow-Origin: *',
  ]) {
    assert.ok(headers.includes(name), name);
  }
  const nginx = await readFile(join(DIST, 'nginx-headers.conf'), 'utf8');
  assert.ok(nginx.includes(`add_header Content-Security-Policy "${header}" always;`));
  assert.ok(nginx.includes('add_header Access-Control-Allow-Origin "*" always;'));
  // A types block replaces nginx's whole table in its location: every kind of file in dist/ is in it.
  const types = nginx.match(/^types \{([^}]*)\}/m)[1];
  const extensions = new Set([...(await readdir(DIST, { recursive: true }))]
    .map((name) => name.match(/\.([a-z]+)$/)?.[1])
    .filter((ext) => ext && !['gz', 'br', 'conf'].includes(ext)));
  for (const ext of extensions) assert.match(types, new RegExp(`\\s${ext}[\\s;]`), `nginx serves .${ext} with its type`);
});

test('every share page paints whole: its first paint waits for the element its expect link names, which follows the main content', async () => {
  const pages = [];
  for (const folder of ['', 'es/', 'de/']) {
    for (const name of await readdir(join(DIST, folder))) if (/^[a-z-]+-[a-z-]+\.html$/.test(name) && name !== 'demo.html') pages.push(folder + name);
  }
  assert.equal(pages.length, 12, pages.join(' '));
  // Not the landing page, where waiting for the whole page held its first paint back.
  for (const folder of ['', 'es/', 'de/']) {
    assert.doesNotMatch(await readFile(join(DIST, folder, 'index.html'), 'utf8'), /rel="?expect/, `${folder}index.html`);
  }
  for (const page of pages) {
    const html = await readFile(join(DIST, page), 'utf8');
    const expect = html.match(/<link (?=[^>]*rel="?expect"?)(?=[^>]*blocking="?render"?)[^>]*href="?#([\w-]+)"?[^>]*>/);
    assert.ok(expect, `${page}: a render-blocking expect link`);
    const target = html.search(new RegExp(`\\sid="?${expect[1]}"?[\\s>]`));
    assert.ok(target > html.lastIndexOf('</main>'), `${page}: #${expect[1]} comes after the prerendered main content`);
    assert.ok(html.lastIndexOf('</main>') > html.indexOf('<main'), `${page}: a prerendered main`);
  }
});

test('the link previews are built: a 1200×630 PNG under 300 KB per path and for the landing page', async () => {
  const content = await readFile(new URL('../../src/content/content.toml', import.meta.url), 'utf8');
  const paths = [...content.matchAll(/^\[\[paths\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]);
  assert.ok(paths.length >= 2, paths.join(' '));
  const built = (await readdir(join(DIST, 'preview'))).filter((name) => !/\.(gz|br)$/.test(name)).sort();
  assert.deepEqual(built, [...paths, 'quiz'].map((name) => `${name}.png`).sort());
  for (const name of built) {
    const png = await readFile(join(DIST, 'preview', name));
    assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${name} is a PNG`);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR', name);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `${name} is 1200×630`);
    assert.ok(png.length < 300 * 1024, `${name} is ${png.length} bytes`);
  }
  // Only unfurlers fetch them: the offline worker leaves them out.
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(worker, /preview\//);
});

// The built dist as a static host receives it: precompressed copies that match, relative URLs only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST } from './support.mjs';

const originals = (await readdir(DIST)).filter((name) => !/\.(gz|br)$/.test(name));

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

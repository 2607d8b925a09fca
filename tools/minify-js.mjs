// Minifies the JS glue of a release build and updates its integrity in index.html. Trunk 0.21's own
// minifier cannot parse wasm-bindgen's `export { … as default }` ("Failed to minify JS") and ships the
// glue as written, comments and all. Usage: node tools/minify-js.mjs DIST_DIR
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/minify-js.mjs DIST_DIR');
  process.exit(2);
}
const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
const fail = (why) => {
  console.error(`${indexPath}: ${why}: is it a Trunk release build?`);
  process.exit(1);
};

// Trunk preloads the glue it loads: <link rel=modulepreload href=./NAME.js integrity=sha384-…>.
const link = html.match(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/i)?.[0];
const value = (name) => link?.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const href = value('href');
if (!href?.endsWith('.js')) fail('no modulepreload of the JS glue');
const integrity = value('integrity');

const path = join(dir, href);
const source = await readFile(path, 'utf8');
// Top-level names are mangled, exported names and properties (the wasm's imports) are not.
const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
if (!code || code.length >= source.length) fail(`terser did not shrink ${href}`);
await writeFile(path, code);

if (integrity) {
  const algorithm = integrity.split('-')[0];
  const digest = createHash(algorithm).update(code, 'utf8').digest('base64');
  await writeFile(indexPath, html.replace(integrity, `${algorithm}-${digest}`));
}

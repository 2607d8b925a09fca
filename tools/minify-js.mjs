// Minifies a release build's scripts with terser. The boot script inlined in every page (src/boot.js): Trunk's
// minifier gives it a different (and larger) text from one build to the next, and with it the CSP hash; terser's
// is the same for the same source. Then the JS glue, updating its integrity in index.html and the share pages:
// Trunk 0.21's own minifier cannot parse wasm-bindgen's `export { … as default }` ("Failed to minify JS") and
// ships the glue as written, comments and all. Usage: node tools/minify-js.mjs DIST_DIR (before tools/csp.mjs,
// which hashes the inline scripts)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/minify-js.mjs DIST_DIR');
  process.exit(2);
}
// The boot script: the inline script right after the page's words block (src/content/shell.rs), in every page
// that has one (index.html, the share pages; not demo.html).
const boot = await minify(await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'boot.js'), 'utf8'), {
  compress: { passes: 2 },
  format: { comments: false },
});
const afterWords = /(<script type="application\/json" id="boot-words">[\s\S]*?<\/script>\s*<script>)([\s\S]*?)(<\/script>)/;
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
  const page = await readFile(join(dir, file), 'utf8');
  const found = afterWords.exec(page);
  if (!found && page.includes('id="boot-words"')) {
    console.error(`${join(dir, file)}: the words block is not followed by the inline boot script`);
    process.exit(1);
  }
  if (!found) continue;
  if (!found[2].includes('boot-words')) {
    console.error(`${join(dir, file)}: the script after the words block is not the boot script`);
    process.exit(1);
  }
  await writeFile(join(dir, file), page.replace(afterWords, (_, open, _script, close) => open + boot.code + close));
}

const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
const fail = (why) => {
  console.error(`${indexPath}: ${why}: is it a Trunk release build?`);
  process.exit(1);
};

// The glue is what Trunk's inline loader imports (`import init, * as bindings from './NAME.js'`), and
// Trunk preloads it: <link rel=modulepreload href=./NAME.js integrity=sha384-…>. Its file sits at the
// root of the dist whatever the public URL.
const imported = html.match(/<script type=["']?module["']?>\s*import init, \* as bindings from '([^']+\.js)'/)?.[1];
if (!imported) fail("no inline module importing Trunk's JS glue");
const name = basename(imported);
const value = (tag, attribute) =>
  tag.match(new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const link = (html.match(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi) ?? []).find((tag) => basename(value(tag, 'href') ?? '') === name);
const integrity = link && value(link, 'integrity');

const path = join(dir, name);
const source = await readFile(path, 'utf8');
// Top-level names are mangled, exported names and properties (the wasm's imports) are not.
const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
if (!code || code.length >= source.length) {
  console.warn(`tools/minify-js.mjs: ${name} is already as small as terser makes it; left as it is`);
  process.exit(0);
}
await writeFile(path, code);

if (integrity) {
  const algorithm = integrity.split('-')[0];
  const digest = createHash(algorithm).update(code, 'utf8').digest('base64');
  // index.html and the share pages (<path-id>.html), which are copies of it: the same preload.
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
    const page = await readFile(join(dir, file), 'utf8');
    if (page.includes(integrity)) await writeFile(join(dir, file), page.replace(integrity, `${algorithm}-${digest}`));
  }
}

// Writes gzip (-9) and brotli (11) copies next to every text and wasm asset of a built dist, for hosts
// that serve precompressed files. The originals are untouched, so SRI hashes stay valid.
// Usage: node tools/precompress.mjs DIR   (Trunk runs it as the last post_build hook)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/precompress.mjs DIR');
  process.exit(2);
}
for await (const path of files(dir)) {
  const body = await readFile(path);
  await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  await writeFile(
    `${path}.br`,
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  );
}

// The boot script (src/boot.js) on its own, in Node: what it decides before the first paint for every
// address of tests/start-up.json (the table the app's Rust is checked against too), and the one message
// an embed accepts. The browser suite checks the same script in Chromium, in the built page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import vm from 'node:vm';

const root = new URL('../../', import.meta.url);
const BOOT = await readFile(new URL('src/boot.js', root), 'utf8');
const TABLE = JSON.parse(await readFile(new URL('tests/start-up.json', root), 'utf8'));

/** Runs the boot script as a page at `address` would, at the top or `framed` in another page. */
function boot(address, { framed = false, sharePage = false } = {}) {
  const url = new URL(address);
  const classes = new Set();
  const attributes = new Map(sharePage ? [['data-share-page', 'data-scientist']] : []);
  const listeners = [];
  const html = {
    classList: {
      add: (name) => classes.add(name),
      remove: (name) => classes.delete(name),
      contains: (name) => classes.has(name),
    },
    setAttribute: (name, value) => attributes.set(name, String(value)),
    removeAttribute: (name) => attributes.delete(name),
    getAttribute: (name) => attributes.get(name) ?? null,
    hasAttribute: (name) => attributes.has(name),
  };
  const parent = { name: 'the page around the frame' };
  const window = {
    addEventListener: (type, listener) => listeners.push({ target: 'window', type, listener }),
  };
  window.parent = framed ? parent : window;
  const document = {
    documentElement: html,
    // Not parsed yet: the script waits for the body before it places anything.
    body: null,
    // A page without language versions (hreflang links): the script chooses no other.
    querySelectorAll: () => [],
    addEventListener: (type, listener) => listeners.push({ target: 'document', type, listener }),
  };
  const location = { href: url.href, search: url.search, hash: url.hash };
  vm.runInNewContext(BOOT, { window, document, location, URL, URLSearchParams, WebAssembly, setTimeout: () => 0 });
  const on = (type) => listeners.filter((l) => l.target === 'window' && l.type === type).map((l) => l.listener);
  return {
    waits: classes.has('wait-for-app'),
    // What makes an embed, to the script: it listens to messages from its parent.
    embedded: on('message').length > 0,
    theme: () => html.getAttribute('data-theme'),
    post: (data, source = parent) => on('message').forEach((listener) => listener({ source, data })),
  };
}

test('every address of the start-up table is read as the app reads it', () => {
  assert.ok(TABLE.cases.length >= 20);
  for (const { address, framed, share_page: sharePage = false, embedded, waits, why } of TABLE.cases) {
    const page = boot(address, { framed, sharePage });
    const name = `${address} (framed: ${framed}, share page: ${sharePage}): ${why}`;
    assert.equal(page.embedded, embedded, `embedded? ${name}`);
    assert.equal(page.waits, waits, `waits for the app? ${name}`);
  }
});

test("an embed paints in the theme its address asks for, and only an embed", () => {
  assert.equal(boot('https://example.org/q/?embed=1&theme=dark', { framed: true }).theme(), 'dark');
  assert.equal(boot('https://example.org/q/?embed=1&theme=light&theme=dark', { framed: true }).theme(), 'light');
  assert.equal(boot('https://example.org/q/?embed=1&theme=purple', { framed: true }).theme(), null);
  assert.equal(boot('https://example.org/q/?embed=1&theme=Dark', { framed: true }).theme(), null);
  assert.equal(boot('https://example.org/q/?embed=1&theme=dark').theme(), null, 'a top-level page ignores it');
  assert.equal(boot('https://example.org/q/?theme=dark', { framed: true }).theme(), null, 'a plain frame ignores it');
});

test('an embed follows its blog\'s theme, told in exactly one message shape from its parent', () => {
  const page = boot('https://example.org/q/?embed=1', { framed: true });
  const message = (theme) => ({ type: 'mlpath:theme', version: 1, theme });
  page.post(message('dark'));
  assert.equal(page.theme(), 'dark');
  page.post(message('light'));
  assert.equal(page.theme(), 'light');
  page.post(message('auto'));
  assert.equal(page.theme(), null, 'auto leaves it to the reader\'s own');
  for (const odd of [
    { ...message('dark'), version: 2 },
    { ...message('dark'), version: '1' },
    { ...message('dark'), type: 'mlpath:resize' },
    message('purple'),
    message(undefined),
    'mlpath:theme dark',
    null,
  ]) {
    page.post(odd);
    assert.equal(page.theme(), null, JSON.stringify(odd));
  }
  page.post(message('dark'), { name: 'another frame of the blog' });
  assert.equal(page.theme(), null, 'only from the parent');
});

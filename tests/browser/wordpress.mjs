// A blog post that embeds a pasted link the way WordPress does for a provider it does not list.
// Written from what WordPress is known to do, not from its code:
// - it finds `<link rel="alternate" type="application/json+oembed" href="…">` in the first 150 KB of
//   the pasted page, and fetches that document, adding maxwidth, maxheight, url and format;
// - it keeps one `<iframe>` of a `rich` (or `video`) document's html, with only its src, width,
//   height, frameborder, marginwidth, marginheight, scrolling and title;
// - it adds `sandbox="allow-scripts"` and `security="restricted"`, and appends `#?secret=<ten random
//   letters and digits>` to the frame's address;
// - on the page, a message counts only from that frame's window, with its secret: `height` sets the
//   frame's height to the value, clamped to 200–1000 px; `link` opens the value in this tab, if it is
//   on the frame's own host and the frame has focus.
// For the tests, the page also keeps every message its frames post in `window.heard`.
// Used by tests/browser/oembed.test.mjs.

export const WORDPRESS_MIN = 200;
export const WORDPRESS_MAX = 1000;
const DISCOVERY_LIMIT = 150 * 1024;
const KEPT = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];

const decode = (text) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const encode = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes of one start tag, names lower-cased, values decoded; the first of a name counts. */
export function attributes(tag) {
  const inner = tag.replace(/^<\s*[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  const found = new Map();
  for (const [, name, dq, sq, bare] of inner.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const key = name.toLowerCase();
    if (!found.has(key)) found.set(key, decode(dq ?? sq ?? bare ?? ''));
  }
  return found;
}

/** The oEmbed discovery link's href in the head of `html` (its first 150 KB), or null. */
export function discoveryHref(html) {
  const head = html.slice(0, DISCOVERY_LIMIT).split(/<\/head>/i)[0];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const rels = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('alternate') && (attrs.get('type') ?? '').toLowerCase() === 'application/json+oembed') {
      return attrs.get('href') ?? null;
    }
  }
  return null;
}

/** Ten random letters and digits. */
export function newSecret() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

/**
 * Finds and fetches the oEmbed document of `pastedUrl`, as WordPress does when an author pastes it.
 * Returns `{ href, response, document }`; throws if the page names none.
 */
export async function discover(pastedUrl) {
  const page = await (await fetch(pastedUrl)).text();
  const href = discoveryHref(page);
  if (!href) throw new Error(`${pastedUrl} names no oEmbed document`);
  // Used as it is: a relative href would not be fetched.
  const request = new URL(href);
  for (const [name, value] of [['maxwidth', '640'], ['maxheight', '1000'], ['url', pastedUrl], ['format', 'json']]) {
    request.searchParams.set(name, value);
  }
  const response = await fetch(request);
  return { href, response, document: await response.json() };
}

/**
 * The frame WordPress puts in a post for an oEmbed document's html: its first iframe with the
 * attributes WordPress keeps, sandboxed, its address carrying the secret. `src` replaces the
 * frame's address (before the secret), to embed another address the app serves; `tail` what
 * follows it, to put a damaged secret there.
 */
export function wordpressFrame(document, secret, { src, tail = `#?secret=${secret}` } = {}) {
  if (!['rich', 'video'].includes(document.type) || typeof document.html !== 'string') throw new Error('no html to embed');
  const tag = document.html.match(/<iframe\b[^>]*>\s*<\/iframe>/i)?.[0];
  if (!tag) throw new Error('no iframe in the html');
  const attrs = attributes(tag);
  const kept = KEPT.filter((name) => attrs.has(name) && name !== 'src').map((name) => `${name}="${encode(attrs.get(name))}"`);
  const address = `${src ?? attrs.get('src')}${tail}`;
  return `<iframe class="embedded" sandbox="allow-scripts" security="restricted" src="${encode(address)}" data-secret="${secret}" ${kept.join(' ')}></iframe>`;
}

/** What the post's page runs for its embedded frames. */
const LISTENER = `
(function () {
  // For the tests: everything the embedded frames post, as it arrives.
  window.heard = [];
  window.addEventListener('message', function (event) {
    var data = event.data;
    var frames = document.querySelectorAll('iframe.embedded');
    for (var i = 0; i < frames.length; i++) {
      if (event.source === frames[i].contentWindow) window.heard.push(data);
    }
    if (!data || typeof data !== 'object') return;
    for (var j = 0; j < frames.length; j++) {
      var frame = frames[j];
      if (event.source !== frame.contentWindow || data.secret !== frame.getAttribute('data-secret')) continue;
      if (data.message === 'height') {
        var px = parseInt(data.value, 10);
        frame.height = String(Math.min(${WORDPRESS_MAX}, Math.max(${WORDPRESS_MIN}, px || 0)));
      }
      if (data.message === 'link') {
        var target = new URL(String(data.value), location.href);
        if (target.host === new URL(frame.src).host && document.activeElement === frame) location.href = target.href;
      }
    }
  });
})();
`;

/** A blog's styles, light and dark, in the look of a block theme's single post. */
const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --text: #1e1e1e; --muted: #5a5a5a; --line: #e0e0e0; --link: #1d4ed8; }
@media (prefers-color-scheme: dark) { :root { --bg: #111214; --text: #ececec; --muted: #a8a8a8; --line: #2d2f33; --link: #93b4ff; } }
body { margin: 0; background: var(--bg); color: var(--text); font: 1.125rem/1.7 Georgia, "Times New Roman", serif; }
a { color: var(--link); }
.site { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; max-width: 1200px; margin: 0 auto; padding: 1.25rem 1.5rem; border-bottom: 1px solid var(--line); font: 600 1rem/1.4 system-ui, sans-serif; }
.site nav a { margin-left: 1rem; color: var(--text); text-decoration: none; }
main { max-width: 640px; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2.4rem; line-height: 1.15; margin: 0 0 0.5rem; }
.meta { color: var(--muted); font: 0.9rem/1.4 system-ui, sans-serif; margin: 0 0 2rem; }
figure { margin: 2rem 0; }
iframe.embedded { display: block; max-width: 100%; }
figcaption { color: var(--muted); font: 0.85rem/1.4 system-ui, sans-serif; margin-top: 0.5rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); text-align: center; padding: 2rem 1rem; font: 0.9rem system-ui, sans-serif; }
`;

/** A whole post with `frame` in a figure, between paragraphs; `extra` goes after the article. */
export function wordpressPost(frame, { extra = '' } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Should I be a data scientist? – Notes from a data team</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body>
<header class="site"><a href="#">Notes from a data team</a><nav aria-label="Blog"><a href="#">Archive</a><a href="#">About</a></nav></header>
<main>
<article>
<h1>Should I be a data scientist?</h1>
<p class="meta">By Sam · 12 June · 4 min read</p>
<p>Every few weeks someone on the team asks whether they should move towards data science or towards machine-learning engineering. The honest answer depends on the work you enjoy.</p>
<p>This short quiz asks about exactly that. It runs entirely in your browser: nothing you answer leaves the page.</p>
<figure>${frame}<figcaption>The quiz, embedded from its own site.</figcaption></figure>
<p>Whatever it says, talk to people in both roles before you decide.</p>
</article>
${extra}
</main>
<footer>Notes from a data team</footer>
<script>${LISTENER}</script>
</body></html>`;
}

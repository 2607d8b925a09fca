// The boot script: runs before the first paint, inlined into index.html by Trunk
// (`<link data-trunk rel="inline">`), and allowed by the build's CSP by its hash (tools/csp.mjs
// hashes every inline script). It works before and without the app:
// - Two cases where the landing page rendered at build time must not show until the app has
//   rendered: an address of another page (a question or a result: it would flash the wrong page),
//   and an embed (it would flash the site's header and the reader's own theme in place of the
//   blog's). Which addresses those are is one table, tests/start-up.json, that the Rust tests
//   (tests/embed.rs) and this script's (tests/browser/boot.test.mjs) both check.
// - An embed's theme is this script's alone: it forces one asked for in the address
//   (`theme=light|dark`, the first occurrence, exactly), so even the empty frame paints in it, and
//   it follows the theme a blog switches to later (static/embed.js sends the message).
// - While a deep link or an embed waits, it says the quiz is loading, once that takes a second
//   (and offers to try again after ten).
// - If the app fails to start, it says so (over the page, or alone in an embed), and why where it
//   knows: WebAssembly turned off, or the app's own files refused by the page's security policy.
// The app's side of the start-up is src/app/startup.rs.
// Its messages are the [ui.boot] table of src/content/content.toml (translated in
// src/content/lang/<code>.toml), which the build writes into each page in its language, just
// before this script, as JSON (src/content/shell.rs): the script itself is the same in every
// language, so its hash in the security policy is too.
(function () {
  var root = document.documentElement;
  var words = {};
  try {
    words = JSON.parse(document.getElementById("boot-words").textContent);
  } catch (error) {
    // A page the build did not finish: the messages are empty, the rest works.
  }
  var query = new URLSearchParams(location.search);
  var embedded = query.get("embed") === "1" && window.parent !== window;
  // The reader's language (src/content/languages.rs). Each page links its own version in every
  // language (hreflang, written by src/bin/prerender.rs). The language asked for in the address
  // (`lang`: an embed's data-lang, or a language switch, whose choice is kept and then dropped from
  // the address so a copied link never forces it), else one chosen before. Else, where the page's
  // language was nobody's choice (the default pages at the top of the site, and a result or
  // comparison link, which is the same in every language: a Spanish result reads in German to a
  // German reader), the first of the browser's languages the quiz has; a page of a language's own
  // folder otherwise stays in it, for whoever was sent there (and for search engines). Another
  // language than the page's: its version of the page, at the same place (query and fragment
  // kept), before anything paints.
  var here = root.getAttribute("lang");
  var versions = {};
  var neutral = /^#\/(result|compare)\//.test(location.hash);
  var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
  for (var i = 0; i < links.length; i++) {
    var hreflang = links[i].getAttribute("hreflang");
    if (hreflang !== "x-default") versions[hreflang] = links[i].href;
    else if (links[i].href.replace(/index\.html$/, "") === location.href.split(/[?#]/)[0].replace(/index\.html$/, "")) neutral = true;
  }
  var asked = query.get("lang");
  var wanted = null;
  if (links.length === 0) {
    // A page without versions (a development build): nothing to choose.
  } else if (asked !== null && versions.hasOwnProperty(asked)) {
    wanted = asked;
  } else {
    try {
      var kept = window.localStorage.getItem("mlpath.lang");
      if (kept !== null && versions.hasOwnProperty(kept)) wanted = kept;
    } catch (error) {
      // No storage: the browser's languages decide.
    }
    var preferred = (neutral && window.navigator.languages) || [];
    for (var j = 0; wanted === null && j < preferred.length; j++) {
      var code = String(preferred[j]).toLowerCase().split("-")[0];
      if (versions.hasOwnProperty(code)) wanted = code;
    }
  }
  // A host that answers a missing folder with the top page (a "single-page app" fallback) would
  // send each move one folder deeper, for ever: one move at most.
  if (wanted !== null && versions[wanted].indexOf("/" + wanted + "/" + wanted + "/") !== -1) wanted = null;
  if (wanted !== null && wanted !== here) {
    // The address keeps `lang`, so the page moved to keeps the choice (or still knows it without storage).
    root.classList.add("changing-language");
    location.replace(versions[wanted] + location.search + location.hash);
    return;
  }
  if (asked !== null && wanted === asked && !embedded) {
    try {
      window.localStorage.setItem("mlpath.lang", asked);
    } catch (error) {
      // Not kept: the next visit follows the browser's languages again.
    }
    query.delete("lang");
    var rest = query.toString();
    window.history.replaceState(window.history.state, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
  }
  // The language switch's links (src/components/language_switch.rs) name this page in each language;
  // the place in the quiz, the address's fragment, which the app changes without reloading, is added
  // as a link is followed, opened elsewhere or copied.
  function samePlace(event) {
    var link = event.target && event.target.closest && event.target.closest("nav.languages a[hreflang]");
    if (link) link.href = link.href.split("#")[0] + location.hash;
  }
  document.addEventListener("click", samePlace, true);
  document.addEventListener("auxclick", samePlace, true);
  document.addEventListener("contextmenu", samePlace, true);
  // Whether the browser has a share sheet this page may open (as src/web/device.rs decides it): a
  // share page's placeholder share panel then keeps a place for its button (src/components/share_panel.rs).
  var policy = document.featurePolicy;
  if (window.navigator && typeof window.navigator.share === "function" && !(policy && policy.allowsFeature && policy.allowsFeature("web-share") === false)) {
    root.classList.add("can-share");
  }
  var theme = query.get("theme");
  if (embedded && (theme === "light" || theme === "dark")) root.setAttribute("data-theme", theme);
  // The landing page's addresses, read as the app's router reads them (Route::recognize in
  // src/route.rs): an empty path or "/", whatever query follows (`#/?ref=x`), one trailing slash
  // ignored. tests/start-up.json lists addresses with what both must make of them.
  var path = location.hash.replace(/^#/, "").split(/[?#]/)[0];
  if (path.length > 1 && path.charAt(path.length - 1) === "/") path = path.slice(0, -1);
  // A path's share page (<path-id>.html, marked data-share-page) previews a result: it shows at a
  // result with a code (not only the punctuation a pasted link picks up, which the app drops: see
  // ResultCode), the app then putting in the code's own; it waits anywhere else, including
  // with no fragment at all, where the code was lost and the app says so (Route::from_address).
  // The code as the app reads it (Route::recognize, ResultCode): percent-decoded where it can be,
  // without the punctuation a link pasted at the end of a sentence picks up.
  var coded = /^\/result\/([^\/]+)$/.exec(path);
  var code = "";
  if (coded) {
    try {
      code = decodeURIComponent(coded[1]);
    } catch (error) {
      code = coded[1];
    }
    code = code.replace(/[.,;:!?)\]"' ]+$/, "");
  }
  var shows = root.hasAttribute("data-share-page") ? code !== "" : path === "" || path === "/";
  if (embedded || !shows) root.classList.add("wait-for-app");
  // The person's own result (as src/storage.rs keeps it: "VERSION:CODE") says no "shared with you"
  // note, so the prerendered one goes before the first paint rather than vanish when the app starts.
  try {
    var own = code && window.localStorage.getItem("mlpath.result");
    if (own && own.slice(own.indexOf(":") + 1) === code) root.classList.add("own-result");
  } catch (error) {
    // No storage here: the app cannot tell whose result it is either, and says so.
  }
  // The one message an embed accepts: its blog switched theme (embed.js watches the tag's data-theme).
  if (embedded) window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.type !== "mlpath:theme" || data.version !== 1) return;
    if (data.theme === "light" || data.theme === "dark") root.setAttribute("data-theme", data.theme);
    else if (data.theme === "auto") root.removeAttribute("data-theme");
  });
  // The app never started (WebAssembly turned off, a file that did not load, a crash on the way):
  // show a message saying so, and the page under it (not in an embed, whose frame would show the
  // site's header), rather than a blank or silently dead page.
  var base = new URL(".", location.href).href;
  var started = false;
  var box = null;
  window.addEventListener("TrunkApplicationStarted", function () {
    started = true;
    // An error that did not stop the start after all: the app runs, so no alarm.
    if (box) box.remove();
    done();
  });
  // The app's own scripts or wasm refused by the page's security policy: trying again cannot help.
  // WebKit does this in a frame sandboxed without allow-same-origin, where it matches 'self' against
  // the frame's opaque origin (docs/EMBEDDING.md). The violation may come before or after the
  // failure it causes.
  var refused = false;
  var reason = null;
  var again = null;
  document.addEventListener("securitypolicyviolation", function (event) {
    if (started || !ours(event.blockedURI) || !/^(script-src|connect-src)/.test(event.effectiveDirective)) return;
    refused = true;
    if (box) explain();
  }, true);
  function explain() {
    reason.textContent = typeof WebAssembly !== "object"
      ? words.no_wasm
      : !refused ? words.not_loaded
      : embedded ? words.refused_in_frame
      : words.refused;
    if (refused && again) {
      again.remove();
      again = null;
    }
    if (refused && embedded && !reason.nextSibling) {
      var link = box.firstChild.appendChild(document.createElement("p")).appendChild(document.createElement("a"));
      link.href = base + "index.html#/";
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = words.own_page;
    }
  }
  function fail() {
    if (started || box) return;
    box = document.createElement("div");
    box.className = "page start-failed";
    var alert = box.appendChild(document.createElement("div"));
    alert.className = "alert";
    alert.setAttribute("role", "alert");
    reason = alert.appendChild(document.createElement("p"));
    if (typeof WebAssembly === "object" && !refused) again = tryAgain(alert);
    explain();
    function show() {
      if (started) return;
      done();
      if (!embedded) root.classList.remove("wait-for-app");
      document.body.insertBefore(box, document.body.firstChild);
    }
    whenBody(show);
  }
  // While a deep link or an embed waits for the app, a slow download would leave the page blank:
  // after a second, say it is loading; after ten, that it is slow but still coming, with the
  // choice to try again (a download can also stall for good). Gone once the
  // app starts, or when it fails (the alert above says so instead).
  // (The status region is in the page, empty, before it says anything, so screen readers announce it.)
  var loading = null;
  var status = null;
  function waiting() { return !started && !box && root.classList.contains("wait-for-app"); }
  function placeStatus() {
    if (!waiting() || loading) return;
    loading = document.createElement("main");
    loading.className = "page loading";
    status = loading.appendChild(document.createElement("div"));
    status.setAttribute("role", "status");
    document.body.insertBefore(loading, document.body.firstChild);
  }
  whenBody(placeStatus);
  // Adds a line to the status, if it is still waiting; says whether it did.
  function say(tag, text) {
    if (!loading || !waiting()) return false;
    status.appendChild(document.createElement(tag)).textContent = text;
    return true;
  }
  // Focus on the loading page's Try again when the app starts goes to the app's heading.
  function done() {
    if (!loading) return;
    var hadFocus = loading.contains(document.activeElement);
    loading.remove();
    loading = null;
    var heading = hadFocus && document.querySelector("main h1[tabindex]");
    if (heading) heading.focus();
  }
  setTimeout(function () { say("h1", words.loading); }, 1000);
  setTimeout(function () {
    if (say("p", words.slow)) tryAgain(loading);
  }, 10000);
  // Once the page is parsed, not on DOMContentLoaded: that waits for the app's own module script,
  // which may be what is slow to come.
  function whenBody(then) {
    if (document.body) then();
    else document.addEventListener("readystatechange", then, { once: true });
  }
  // Adds a Try again button that reloads the page; returns its paragraph.
  function tryAgain(parent) {
    var line = parent.appendChild(document.createElement("p"));
    var button = line.appendChild(document.createElement("button"));
    button.type = "button";
    button.className = "button";
    button.textContent = words.try_again;
    button.addEventListener("click", function () { location.reload(); });
    return line;
  }
  if (typeof WebAssembly !== "object") fail();
  // Only the app's own scripts count: an error thrown by its loader, its JS or its wasm (all
  // served from here), or one of its script elements failing to load. Not images or styles,
  // and not scripts from anywhere else.
  // (A wasm trap may name the module as wasm://…, where it was compiled from bytes.)
  function ours(url) { return typeof url === "string" && (url.indexOf(base) === 0 || url.indexOf("wasm://") === 0); }
  window.addEventListener("error", function (event) {
    var target = event.target;
    if (target === window ? ours(event.filename) : target && target.tagName === "SCRIPT" && (!target.src || ours(target.src))) fail();
  }, true);
})();

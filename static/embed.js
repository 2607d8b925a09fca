/*! mlpath embed.js (MIT): puts the mlpath quiz where this script tag stands, in an iframe that fits
    its content. No dependencies, no cookies, nothing sent anywhere.
    <script src="https://HOST/PATH/embed.js" async data-theme="auto" data-accent="0b5fad" data-max-width="40rem" data-lang="es"></script>
    A blog that switches its own theme sets data-theme on this tag again (light, dark or auto, or removes it
    for auto): the quiz follows at once, without reloading. */
(function () {
  'use strict';

  // The only message the quiz posts: { type: 'mlpath:resize', version: 1, height: <px> }.
  var MESSAGE_TYPE = 'mlpath:resize';
  var MESSAGE_VERSION = 1;
  // The only message the quiz accepts, from its parent: { type: 'mlpath:theme', version: 1, theme }.
  var THEME_MESSAGE_TYPE = 'mlpath:theme';
  var THEME_MESSAGE_VERSION = 1;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;
  var INITIAL_HEIGHT = 600;
  var TITLE = 'Career quiz: data scientist or machine-learning engineer?';
  // The quiz's languages (src/content/languages.rs), English's pages at the top and each other's in its
  // folder, and the frame's title in each. Without data-lang, the reader's browser decides (src/boot.js).
  var LANGUAGES = { en: '', es: 'es/', de: 'de/' };
  var TITLES = {
    es: 'Cuestionario de carrera: ¿científico de datos o ingeniero de machine learning?',
    de: 'Karriere-Quiz: Data Scientist oder Machine-Learning-Engineer?',
  };
  var THEMES = ['light', 'dark', 'auto'];
  var ACCENT = /^#?([0-9a-fA-F]{6})$/;
  // A number with a unit, or a bare number of pixels (as the width attribute of an image takes it).
  var LENGTH = /^\d{1,5}(\.\d{1,3})?(px|rem|em|%)?$/;

  // Set while this script runs, `async` or not; several tags on a page each get their own quiz.
  var script = document.currentScript;
  if (!script || !script.parentNode || !script.src) return;

  /** The data- attribute `name` when `isValid` accepts it exactly; anything else is ignored. */
  function option(name, isValid) {
    var value = script.getAttribute('data-' + name);
    return typeof value === 'string' && isValid(value) ? value : null;
  }
  function isTheme(v) { return THEMES.indexOf(v) !== -1; }
  var theme = option('theme', isTheme);
  var accent = option('accent', function (v) { return ACCENT.test(v); });
  var maxWidth = option('max-width', function (v) { return LENGTH.test(v) && parseFloat(v) > 0; });
  if (maxWidth && /\d$/.test(maxWidth)) maxWidth += 'px';
  var lang = option('lang', function (v) { return LANGUAGES.hasOwnProperty(v); });

  var src;
  try {
    // The top of the site, where English is: this script may be a language folder's copy (es/embed.js).
    var top = new URL('.', script.src);
    for (var code in LANGUAGES) {
      var folder = LANGUAGES[code];
      if (folder && top.pathname.slice(-folder.length - 1) === '/' + folder) top = new URL('..', top);
    }
    src = new URL((lang ? LANGUAGES[lang] : '') + 'index.html', top);
  } catch (unusable) {
    return;
  }
  src.searchParams.set('embed', '1');
  // Tells the quiz that this script sizes the frame, so the quiz needs no scrollbar of its own.
  src.searchParams.set('autosize', '1');
  if (theme) src.searchParams.set('theme', theme);
  if (accent) src.searchParams.set('accent', accent.replace('#', ''));
  if (lang) src.searchParams.set('lang', lang);

  var frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = (lang && TITLES[lang]) || TITLE;
  frame.setAttribute('width', '100%');
  frame.setAttribute('allow', 'clipboard-write; web-share');
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Inline, so the blog's stylesheet (`iframe { width: 300px }`, `* { box-sizing: content-box }`) cannot
  // squeeze, hide or pad the quiz.
  var style = frame.style;
  style.display = 'block';
  style.boxSizing = 'border-box';
  style.width = '100%';
  style.minWidth = '0';
  style.maxWidth = maxWidth || '100%';
  style.height = INITIAL_HEIGHT + 'px';
  style.minHeight = MIN_HEIGHT + 'px';
  style.maxHeight = 'none';
  style.margin = '1.5em auto';
  style.padding = '0';
  style.border = '0';
  style.float = 'none';
  style.position = 'static';
  style.visibility = 'visible';
  style.opacity = '1';
  script.parentNode.insertBefore(frame, script.nextSibling);

  // A theme set on the tag later follows into the quiz as a message; the address keeps the one the frame
  // opened with, and the frame reloads for nothing. A change before the quiz has loaded is sent on load.
  var openedTheme = theme || 'auto';
  var currentTheme = openedTheme;
  function sendTheme() {
    try {
      var own = frame.contentWindow;
      // To any origin: a theme name is no secret, and the quiz's address may redirect (to https, to www).
      if (own) own.postMessage({ type: THEME_MESSAGE_TYPE, version: THEME_MESSAGE_VERSION, theme: currentTheme }, '*');
    } catch (ignored) {
      // A frame that has gone or navigated elsewhere keeps the theme it has.
    }
  }
  if (typeof MutationObserver === 'function') {
    new MutationObserver(function () {
      var value = script.getAttribute('data-theme');
      // Removed means the default; a value that is not exactly valid is ignored, as on first read.
      var next = value === null ? 'auto' : (isTheme(value) ? value : null);
      if (next === null || next === currentTheme) return;
      currentTheme = next;
      sendTheme();
    }).observe(script, { attributes: true, attributeFilter: ['data-theme'] });
  }
  frame.addEventListener('load', function () {
    if (currentTheme !== openedTheme) sendTheme();
  });

  var lastHeight = null;
  window.addEventListener('message', function (event) {
    try {
      // Only this frame's own window; a sandboxed quiz has origin "null", so the source, not the
      // origin, identifies it. A detached frame has no window and so accepts nothing.
      var own = frame.contentWindow;
      if (!own || event.source !== own) return;
      var data = event.data;
      if (!data || typeof data !== 'object') return;
      if (data.type !== MESSAGE_TYPE || data.version !== MESSAGE_VERSION) return;
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height)) return;
      height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
      if (height === lastHeight) return;
      lastHeight = height;
      style.height = height + 'px';
    } catch (ignored) {
      // Nothing a message carries may break the page it arrives in.
    }
  });
})();

// A minimal W3C WebDriver client over fetch, and the two drivers it talks to: geckodriver for Firefox ESR
// and WebKitWebDriver for WebKitGTK's MiniBrowser (under an Xvfb display of its own: MiniBrowser has no
// headless mode). Both drivers are started here on free loopback ports and stopped by `quit`. Nothing here
// downloads anything, retries anything, or reaches beyond 127.0.0.1. Why a client of our own rather than a
// package: docs/TESTING.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const FIREFOX_BINARY = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `name` on PATH, or in ~/.cargo/bin, where `cargo install` puts it. */
function installed(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), join(homedir(), '.cargo', 'bin')];
  return dirs.filter((dir) => dir !== '').map((dir) => join(dir, name)).find((path) => existsSync(path)) ?? name;
}
export const GECKODRIVER = process.env.GECKODRIVER_PATH ?? installed('geckodriver');
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
// Debian installs it under the machine's multiarch directory, e.g. x86_64-linux-gnu.
const MULTIARCH = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? `/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`;

/** The W3C special keys the tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
export const Key = {
  Tab: '\uE004',
  Control: '\uE009',
  Enter: '\uE007',
  Space: '\uE00D',
  ArrowDown: '\uE015',
};

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A WebDriver error, with the driver's error code (`no such element`, `javascript error`, …). */
export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** The drivers and displays started here and not yet stopped: stopped too if this process is ended. */
const running = new Set();
/** Directories to remove then too (Firefox profiles, which geckodriver removes only when it ends well). */
const leftovers = new Set();
const killAll = () => {
  for (const child of running) { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }
  for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
};
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { killAll(); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
}

/** Spawns a process in a group of its own (so its children stop with it), keeping the tail of its output. */
function start(command, args, env = {}) {
  if (!existsSync(command)) throw new Error(`${command} is missing: run ./x setup`);
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.output = '';
  child.errors = [];
  let line = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-20000);
    const lines = (line + chunk).split('\n');
    line = lines.pop();
    child.errors.push(...lines.filter((l) => l.startsWith('JavaScript error: ')));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((ok) => child.once('exit', ok));
  running.add(child);
  child.exited.then(() => running.delete(child));
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
  await child.exited;
  clearTimeout(timer);
}

/** Starts Xvfb on the first free display; resolves to the process and its `:N`. */
async function startXvfb() {
  const xvfb = start('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1280x3000x24', '-nolisten', 'tcp']);
  const display = await new Promise((ok, fail) => {
    let text = '';
    xvfb.stdout.on('data', (chunk) => {
      text += chunk;
      const match = text.match(/^(\d+)\n/);
      if (match) ok(`:${match[1]}`);
    });
    xvfb.exited.then((code) => fail(new Error(`Xvfb exited (${code}): ${xvfb.output}`)));
  });
  return { xvfb, display };
}

/** What each engine needs: its driver's command line and the capabilities of a new session. */
const ENGINES = {
  firefox: {
    name: 'Firefox ESR',
    binary: FIREFOX_BINARY,
    async driver(port) {
      // Its fresh profiles go in a directory of the test's own, removed with the driver.
      const profiles = mkdtempSync(join(tmpdir(), 'mlpath-firefox-'));
      leftovers.add(profiles);
      const gecko = start(GECKODRIVER, ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', '0', '--profile-root', profiles]);
      const cleanUp = () => { rmSync(profiles, { recursive: true, force: true }); leftovers.delete(profiles); };
      return { processes: [gecko], cleanUp };
    },
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX_BINARY,
        args: ['-headless'],
        // A fresh profile (geckodriver makes one per session); these keep it off the network.
        prefs: {
          'app.update.auto': false,
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'datareporting.healthreport.uploadEnabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'extensions.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'toolkit.telemetry.enabled': false,
          // Prints the pages' uncaught errors, which the tests read (support.mjs, uncaughtErrors).
          'devtools.console.stdout.content': true,
        },
      },
    },
  },
  webkit: {
    name: 'WebKitGTK',
    binary: MINIBROWSER,
    async driver(port) {
      const { xvfb, display } = await startXvfb();
      const driver = start(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], { DISPLAY: display });
      return { processes: [driver, xvfb] };
    },
    capabilities: {
      browserName: 'MiniBrowser',
      // ITP on, as Safari has it.
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--enable-itp'] },
    },
  },
};

/**
 * Starts the engine's driver and opens one session; `quit()` ends the session and stops the driver (and
 * Xvfb). `capabilities` are merged into the engine's own.
 */
export async function launch(engine, { capabilities = {} } = {}) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  if (!existsSync(spec.binary)) throw new Error(`${spec.binary} is missing: run ./x setup`);
  const port = await freePort();
  const { processes, cleanUp = () => {} } = await spec.driver(port);
  const base = `http://127.0.0.1:${port}`;
  const stopAll = async () => {
    for (const p of processes) await stop(p);
    cleanUp();
  };
  try {
    // Wait (at most 20 s) for the driver to listen.
    for (let i = 0; ; i++) {
      if (processes[0].exitCode !== null) throw new Error(`${engine} driver exited: ${processes[0].output}`);
      try {
        const res = await fetch(`${base}/status`);
        if (res.ok) break;
      } catch {}
      if (i > 200) throw new Error(`${engine} driver did not start: ${processes[0].output}`);
      await sleep(100);
    }
    const always = { ...spec.capabilities, ...capabilities };
    const { sessionId, capabilities: granted } = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: always } });
    return new Session(base, sessionId, granted, spec.name, stopAll, processes[0]);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function request(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { throw new WebDriverError(`${method} ${path}`, { message: text }); }
  if (!res.ok || json.value?.error) throw new WebDriverError(`${method} ${path}`, json.value);
  return json.value;
}

/** One browser session. Element references are `{ [ELEMENT]: id }` objects, as scripts return them. */
export class Session {
  constructor(base, id, capabilities, name, stopAll, driver) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
    this.name = name;
    this.version = `${capabilities.browserName} ${capabilities.browserVersion}`;
    this.stopAll = stopAll;
    this.driverProcess = driver;
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    try { await this.cmd('DELETE', ''); } catch {}
    await this.stopAll();
  }

  navigate(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  title() { return this.cmd('GET', '/title'); }
  /**
   * Reloads the page as its reader would (`location.reload()`), and waits for the new document. Not
   * WebDriver's Refresh: geckodriver's bypasses the service worker, as a forced reload does.
   */
  async reload() {
    await this.execute(() => { window.beforeReload = true; setTimeout(() => location.reload()); });
    await this.waitFor(() => !window.beforeReload && document.readyState === 'complete', { message: 'the reloaded page' });
  }
  windowRect(rect) { return this.cmd('POST', '/window/rect', rect); }

  /** Runs `fn` (a function, or its source) in the current frame with `args`; returns what it returns. */
  execute(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Like `execute`, for a function returning a promise: resolves to what it resolves to. */
  executeAsync(fn, ...args) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ ok: value }), (error) => done({ error: error instanceof Error ? error.name + ': ' + error.message : String(error) }));`,
      args,
    }).then((result) => {
      if (result && 'error' in result) throw new Error(`in the page: ${result.error}`);
      return result?.ok;
    });
  }

  /** Every element matching `css` in the current frame. */
  async findAll(css) {
    return this.cmd('POST', '/elements', { using: 'css selector', value: css });
  }

  /** The engine's own accessibility tree: the element's computed role and accessible name. */
  role(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/computedrole`); }
  label(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/computedlabel`); }
  text(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/text`); }
  attribute(el, name) { return this.cmd('GET', `/element/${el[ELEMENT]}/attribute/${name}`); }
  property(el, name) { return this.cmd('GET', `/element/${el[ELEMENT]}/property/${name}`); }
  /**
   * Clicks the element's centre. Fails, rather than missing, where that centre cannot be scrolled into the
   * frame's view (WebKitWebDriver's click then misses without an error, e.g. in a frame with no scrollbar).
   */
  async click(el) {
    const inView = await this.execute((el) => {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      return x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
    }, el);
    if (!inView) throw new WebDriverError('click', { error: 'element out of view', message: await this.execute((el) => el.outerHTML.slice(0, 120), el) });
    await this.cmd('POST', `/element/${el[ELEMENT]}/click`, {});
  }
  activeElement() { return this.cmd('GET', '/element/active'); }

  /** Into the frame of an iframe element, or back to the top document with `null`. */
  switchToFrame(el) { return this.cmd('POST', '/frame', { id: el }); }
  switchToParentFrame() { return this.cmd('POST', '/frame/parent', {}); }

  /** Presses each key in turn (a W3C key action: down, then up), on whatever has focus. */
  async press(...keys) {
    const actions = keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Holds down every key but the last, presses the last, then lets go: `chord(Key.Control, 'v')`. */
  async chord(...keys) {
    const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /**
   * Polls `fn` in the page until it returns something truthy; returns that. Fails after `timeout` ms
   * with `message` and what the last call threw, if anything.
   */
  async waitFor(fn, { args = [], timeout = 10000, message = String(fn) } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await this.execute(fn, ...args);
        if (value) return value;
        last = undefined;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end) throw new Error(`${this.name}: timed out waiting for ${message}${last ? ` (${last.message})` : ''}`);
      await sleep(50);
    }
  }
}

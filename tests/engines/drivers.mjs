// The engines' drivers, and sessions on them through selenium-webdriver (why that client: docs/TESTING.md).
// This file starts geckodriver for Firefox ESR, and WebKitWebDriver for WebKitGTK's MiniBrowser under an Xvfb
// display of its own (MiniBrowser has no headless mode), on free loopback ports, and connects selenium to them
// with `usingServer`: selenium starts, finds and downloads nothing, and Selenium Manager never runs. What
// selenium lacks, or does otherwise than these tests need, is here too: waiting for a page function, reloading
// as a reader does, a click that fails where WebKitWebDriver's would miss, key presses. Nothing here retries a
// command, and a connection selenium's transport had to make again fails the flow (`transportErrors`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder } from 'selenium-webdriver';

// Selenium Manager (the binary in node_modules/selenium-webdriver/bin/, which finds and downloads browsers and
// drivers) runs only where selenium is asked to start a driver itself, which this file never does. Should
// anything reach for it all the same, selenium looks for it here, finds nothing and fails
// (common/seleniumManager.js: a path under /dev/null cannot exist); and were it found, it would be told to
// stay offline.
process.env.SE_MANAGER_PATH = '/dev/null/selenium-manager-must-not-run';
process.env.SE_OFFLINE = 'true';

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

async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * The drivers and displays started here and not yet stopped, each with its process group (what it started,
 * a browser among them): stopped too if this process is ended, even one whose own process has ended.
 */
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
  return child;
}

async function stop(child) {
  if (!child) return;
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) {
    // A driver that has ended (crashed, or was killed) can leave its browser running in its group.
    try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    return;
  }
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
          // English, whatever the machine's: the quiz opens in the browser's language (src/boot.js).
          'intl.accept_languages': 'en-US, en',
        },
      },
    },
  },
  webkit: {
    name: 'WebKitGTK',
    binary: MINIBROWSER,
    async driver(port) {
      const { xvfb, display } = await startXvfb();
      // English, whatever the machine's: WebKitGTK's languages are the process's locale, and the quiz opens
      // in the browser's language (src/boot.js).
      const driver = start(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], { DISPLAY: display, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' });
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
 * Keeps the sockets to one driver, and records any error on them. selenium-webdriver's transport sends a
 * request again, up to three times, when its connection is refused, reset or times out (http/index.js); such
 * an error is recorded here, and fails the flow (`transportErrors`), so that retry hides nothing.
 */
class WatchedAgent extends Agent {
  constructor() {
    super({ keepAlive: true });
    this.errors = [];
  }

  createConnection(options, callback) {
    const socket = super.createConnection(options, callback);
    socket.on('error', (error) => this.errors.push(`${error.code ?? ''} ${error.message}`.trim()));
    return socket;
  }
}

/** What this file keeps of each session it opened: the engine's name, the driver process, how to stop it. */
const sessions = new WeakMap();
const info = (driver) => {
  const found = sessions.get(driver);
  if (!found) throw new Error('not a session opened by launch()');
  return found;
};

/**
 * Starts the engine's driver (and Xvfb) and opens one session on it: resolves to selenium-webdriver's
 * `WebDriver`. `capabilities` are merged into the engine's own. `quit(driver)` ends both.
 */
export async function launch(engine, { capabilities = {} } = {}) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`unknown engine ${engine}`);
  if (!existsSync(spec.binary)) throw new Error(`${spec.binary} is missing: run ./x setup`);
  const port = await freePort();
  const { processes, cleanUp = () => {} } = await spec.driver(port);
  const url = `http://127.0.0.1:${port}`;
  const stopAll = async () => {
    for (const p of processes) await stop(p);
    cleanUp();
  };
  try {
    // Wait (at most 20 s) for the driver to listen, before selenium sends it anything.
    for (let i = 0; ; i++) {
      if (processes[0].exitCode !== null) throw new Error(`${engine} driver exited: ${processes[0].output}`);
      try {
        const res = await fetch(`${url}/status`);
        if (res.ok) break;
      } catch {}
      if (i > 200) throw new Error(`${engine} driver did not start: ${processes[0].output}`);
      await sleep(100);
    }
    const agent = new WatchedAgent();
    const driver = await new Builder()
      // Not SELENIUM_REMOTE_URL, SELENIUM_SERVER_JAR or SELENIUM_BROWSER from the environment: this driver.
      .disableEnvironmentOverrides()
      .usingServer(url)
      .usingHttpAgent(agent)
      .withCapabilities({ ...spec.capabilities, ...capabilities })
      .build();
    sessions.set(driver, { name: spec.name, process: processes[0], agent, stopAll });
    return driver;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Ends the session, then stops its driver (and Xvfb). */
export async function quit(driver) {
  const { stopAll, agent } = info(driver);
  try { await driver.quit(); } catch {}
  agent.destroy();
  await stopAll();
}

/** The engine's name, for messages: "Firefox ESR", "WebKitGTK". */
export const nameOf = (driver) => info(driver).name;

/** The lines "JavaScript error: …" the driver's browser has printed so far (Firefox prints its pages' errors). */
export const printedErrors = (driver) => info(driver).process.errors;

/** The errors on the connections to the driver so far: none, or the flow fails. */
export const transportErrors = (driver) => info(driver).agent.errors;

/**
 * selenium's `wait`: calls `condition` every 50 ms until it resolves to something truthy, and resolves to that;
 * rejects as soon as it throws. A timeout fails with `message` (a string or a function), from the caller's own
 * stack (selenium's error comes from a timer, with none).
 */
export async function waitUntil(driver, condition, { timeout = 10000, message }) {
  try {
    return await driver.wait(condition, timeout, message, 50);
  } catch (error) {
    if (error.name === 'TimeoutError') throw new Error(error.message, { cause: error });
    throw error;
  }
}

/**
 * Polls `fn` in the page until it returns something truthy; returns that. A call that throws (the frame
 * between two documents) counts as a falsy one. Fails after `timeout` ms with `message` and what the last
 * call threw, if anything.
 */
export function waitFor(driver, fn, { args = [], timeout = 10000, message = String(fn) } = {}) {
  let last;
  const attempt = async () => {
    try {
      const value = await driver.executeScript(fn, ...args);
      last = undefined;
      return value;
    } catch (error) {
      last = error;
      return false;
    }
  };
  return waitUntil(driver, attempt, {
    timeout,
    message: () => `${nameOf(driver)}: timed out waiting for ${message}${last ? ` (${last.message})` : ''}`,
  }).catch(async (error) => {
    // What the page showed when the wait gave up: a flake on a shared machine is rare, and says little alone.
    const shown = await driver.executeScript(() => JSON.stringify({
      href: location.href,
      html: document.documentElement.className,
      readyState: document.readyState,
      h1: document.querySelector('h1')?.textContent.trim().slice(0, 80),
      prerendered: document.querySelector('[data-prerendered]') !== null,
      text: document.body?.innerText.replace(/\s+/g, ' ').trim().slice(0, 200),
    })).catch((cause) => `(the page could not be read: ${cause.message})`);
    error.message += `\n  the page then: ${shown}`;
    throw error;
  });
}

/**
 * Reloads the page as its reader would (`location.reload()`), and waits for the new document. Not WebDriver's
 * Refresh: geckodriver's bypasses the service worker, as a forced reload does.
 */
export async function reload(driver) {
  await driver.executeScript(() => { window.beforeReload = true; setTimeout(() => location.reload()); });
  await waitFor(driver, () => !window.beforeReload && document.readyState === 'complete', { message: 'the reloaded page' });
}

/**
 * Clicks the element's centre. Fails, rather than missing, where that centre cannot be scrolled into the
 * frame's view (WebKitWebDriver's click then misses without an error, e.g. in a frame with no scrollbar).
 */
export async function click(driver, el) {
  const inView = await driver.executeScript((el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    return x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
  }, el);
  if (!inView) {
    throw new Error(`${nameOf(driver)}: element out of view: ${await driver.executeScript((el) => el.outerHTML.slice(0, 120), el)}`);
  }
  await el.click();
}

/** Presses each key in turn (down, then up), on whatever has focus: `press(driver, Key.TAB)`. */
export async function press(driver, ...keys) {
  const actions = driver.actions();
  for (const key of keys) actions.keyDown(key).keyUp(key);
  await actions.perform();
  await actions.clear();
}

/** Holds down every key but the last, presses the last, then lets go: `chord(driver, Key.CONTROL, 'v')`. */
export async function chord(driver, ...keys) {
  const actions = driver.actions();
  for (const key of keys) actions.keyDown(key);
  for (const key of [...keys].reverse()) actions.keyUp(key);
  await actions.perform();
  await actions.clear();
}

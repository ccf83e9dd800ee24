// Launching the real inkstone-app for one test: its own tauri-driver, its own XDG dirs,
// its own copy of a fixture site; on failure a screenshot and the app's log are kept.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync, createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session } from './webdriver.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const APP = join(REPO, 'target', 'debug', process.platform === 'win32' ? 'inkstone-app.exe' : 'inkstone-app');
const ARTIFACTS = join(REPO, 'tests', 'e2e', 'artifacts');

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitForDriver(base, ms = 20000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`tauri-driver did not start at ${base}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Launch options: the small e2e site with one more post, `text` at `path` (relative to the site). */
export function smallSiteWith(path, text) {
  return { site: 'e2e-small', prepare: (site) => writeFileSync(join(site, path), text) };
}

/** Copies tests/fixtures/sites/<name> into a fresh temp folder and returns its path. */
export function copyFixture(name, into) {
  const dest = join(into, name);
  cpSync(join(REPO, 'tests', 'fixtures', 'sites', name), dest, { recursive: true });
  return dest;
}

/**
 * Starts the app. `args` are passed to inkstone-app; `site` names a fixture to copy and
 * pass as the site argument; `prepare(sitePath)` may change that copy before launch;
 * `settings` seeds the UI settings (e.g. { autosaveSeconds: 0 }); `home` relaunches on the
 * dirs of an earlier launch (its settings and its copy of the site); `again: { home, site }`
 * relaunches on an earlier launch's dirs with a site folder anywhere (e.g. on a small tmpfs);
 * `watchLimit: n` runs the driver and the app in a Linux user namespace whose inotify watch
 * limit is n (`/proc/sys/user/max_inotify_watches`), so the app really hits the platform limit (`withApp` skips
 * such a test where user namespaces are unavailable).
 * Returns { session, home, site, stop(testContext), appPid() }.
 */
export async function launch({ site, args = [], prepare, home: reuse, settings, again, watchLimit } = {}) {
  // `home` relaunches on the dirs (settings, demo copy, site copy) of an earlier launch.
  const home = again?.home ?? reuse ?? mkdtempSync(join(tmpdir(), 'inkstone-e2e-'));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_STATE_HOME: join(home, 'state'),
    HOME: join(home, 'home'),
    // The WebKit sandbox needs user namespaces, which CI containers often lack.
    WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  };
  for (const d of ['config', 'data', 'cache', 'state', 'home']) mkdirSync(join(home, d), { recursive: true });
  const sitePath =
    again?.site ?? (site ? (reuse && existsSync(join(home, site)) ? join(home, site) : copyFixture(site, home)) : undefined);
  if (prepare && sitePath && !reuse && !again) prepare(sitePath);
  if (settings) seedSettings(home, settings);
  const appArgs = sitePath ? [sitePath, ...args] : args;

  const port = await freePort();
  const nativePort = await freePort();
  const logPath = join(home, 'app.log');
  const log = createWriteStream(logPath);
  // Its own process group, so that stopping it also stops WebKitWebDriver and the app.
  const driverArgs = ['--port', String(port), '--native-port', String(nativePort)];
  const driver = spawn(...underWatchLimit(watchLimit, 'tauri-driver', driverArgs), {
    env,
    detached: process.platform !== 'win32',
  });
  driver.stdout.pipe(log);
  driver.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  let session;
  try {
    await waitForDriver(base);
    session = await Session.start(base, APP, appArgs);
  } catch (e) {
    killTree(driver);
    throw new Error(`${e.message}\n--- app log ---\n${safeRead(logPath)}`);
  }

  async function stop(t) {
    const failed = t && t.passed === false;
    if (failed) await saveArtifacts(t.name, session, logPath);
    await session.end();
    killTree(driver);
    log.end();
  }
  /** The app's own process id: it runs under WebKitWebDriver, under tauri-driver (for `kill -9` tests). */
  const appPid = () => descendantNamed(driver.pid, 'inkstone-app');
  return { session, home, site: sitePath, env, stop, logPath, appPid };
}

/**
 * The command that runs `command args` with at most `limit` inotify watches (none: as it is). The limit is set in a
 * fresh user namespace, where it is the namespace owner's to set; nothing outside it changes.
 */
function underWatchLimit(limit, command, args) {
  if (limit === undefined) return [command, args];
  const script = `echo ${Number(limit)} > /proc/sys/user/max_inotify_watches && exec "$0" "$@"`;
  return ['unshare', ['--user', '--map-root-user', 'sh', '-c', script, command, ...args]];
}

/**
 * Why this machine cannot run a command under its own inotify limit, or null when it can: the probe is the same
 * `unshare` call `underWatchLimit` makes, doing nothing. Docker's default seccomp profile and Ubuntu 24.04's
 * AppArmor rule for unprivileged users refuse it.
 */
export function userNamespacesUnavailable() {
  const probe = spawnSync('unshare', ['--user', '--map-root-user', 'true'], { encoding: 'utf8' });
  if (probe.error) return `\`unshare\` (util-linux) could not run: ${probe.error.message}`;
  if (probe.status !== 0) return `\`unshare --user --map-root-user true\` failed (exit ${probe.status ?? probe.signal}): ${probe.stderr.trim()}`;
  return null;
}

/** The first process below `root` whose name is `name`, walking /proc (Linux); null when none. */
export function descendantNamed(root, name) {
  const children = new Map();
  const names = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      names.set(Number(entry), comm);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while listing.
    }
  }
  const pending = [...(children.get(root) ?? [])];
  while (pending.length > 0) {
    const pid = pending.shift();
    // comm is cut to 15 characters by the kernel.
    if (names.get(pid) === name.slice(0, 15)) return pid;
    pending.push(...(children.get(pid) ?? []));
  }
  return null;
}

/** The settings file the app reads at launch (tauri-plugin-store keeps it in the app's data dir). */
export function settingsFile(home) {
  return join(home, 'data', 'app.inkstone.editor', 'settings.json');
}

/** Writes the UI settings (`ui` key: theme, language, autosaveSeconds, …) before the app starts. */
function seedSettings(home, ui) {
  const file = settingsFile(home);
  mkdirSync(dirname(file), { recursive: true });
  let stored = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // no settings yet
  }
  writeFileSync(file, JSON.stringify({ ...stored, ui: { ...(stored.ui || {}), ...ui } }));
}

function killTree(child) {
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function safeRead(p) {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

async function saveArtifacts(name, session, logPath) {
  const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  mkdirSync(ARTIFACTS, { recursive: true });
  try {
    // A wedged webview must not hang the suite: give the screenshot ten seconds.
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error('screenshot timed out')), 10000).unref());
    writeFileSync(join(ARTIFACTS, `${slug}.png`), await Promise.race([session.screenshot(), timeout]));
  } catch (e) {
    writeFileSync(join(ARTIFACTS, `${slug}.screenshot-error.txt`), String(e));
  }
  writeFileSync(join(ARTIFACTS, `${slug}.log`), safeRead(logPath));
}

/**
 * Runs `body(app)` against a freshly launched app and always stops it; on failure the
 * screenshot and log land in tests/e2e/artifacts/.
 */
export async function withApp(t, options, body) {
  // A test that needs a small watch limit is skipped, with the reason, where user namespaces are unavailable;
  // INKSTONE_REQUIRE_USERNS=1 makes that a failure instead.
  if (options.watchLimit !== undefined) {
    const unavailable = userNamespacesUnavailable();
    if (unavailable !== null) {
      if (process.env.INKSTONE_REQUIRE_USERNS === '1') {
        throw new Error(`INKSTONE_REQUIRE_USERNS=1 but unprivileged user namespaces are unavailable: ${unavailable}`);
      }
      t.skip(`needs unprivileged user namespaces for a small inotify watch limit: ${unavailable} (INKSTONE_REQUIRE_USERNS=1 makes this a failure)`);
      return;
    }
  }
  const app = await launch(options);
  let ok = false;
  try {
    await body(app);
    ok = true;
  } finally {
    await app.stop({ name: t.name, passed: ok });
  }
}

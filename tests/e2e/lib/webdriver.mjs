// A small W3C WebDriver client: just the calls Inkstone's end-to-end tests make.
// tauri-driver forwards these to WebKitWebDriver (Linux) or msedgedriver (Windows).

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver's codes for keys that are not characters. */
export const KEY = {
  tab: '\uE004',
  enter: '\uE007',
  escape: '\uE00C',
  backspace: '\uE003',
  shift: '\uE008',
  control: '\uE009',
  arrowUp: '\uE013',
  arrowDown: '\uE015',
  home: '\uE011',
  end: '\uE010',
};

export class WebDriverError extends Error {}

export class Session {
  /** @param {string} base e.g. http://127.0.0.1:4444  @param {string} id */
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app given by `application` with `args` and returns its session. */
  static async start(base, application, args) {
    const body = { capabilities: { alwaysMatch: { 'tauri:options': { application, args } } } };
    const value = await request('POST', `${base}/session`, body);
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return request(method, `${this.base}/session/${this.id}${path}`, body);
  }

  async end() {
    await this.cmd('DELETE', '').catch(() => {});
  }

  /** The first element matching `css`, or null. */
  async find(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.length ? new Element(this, found[0][ELEMENT]) : null;
  }

  async findAll(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.map((f) => new Element(this, f[ELEMENT]));
  }

  /** Runs `script` (a function body) in the page and returns its value. */
  exec(script, ...args) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** The textContent of the first element matching `css` ('' when none). WebKitWebDriver's
   *  own element-text call returns '' for some visible elements, so tests read the DOM. */
  textOf(css) {
    return this.exec('const el = document.querySelector(arguments[0]); return el ? el.textContent : "";', css);
  }

  title() {
    return this.cmd('GET', '/title');
  }

  /**
   * Presses keys on whatever has focus, as a person would: each entry of `keys` is one key
   * (a character or a KEY constant) pressed and released; an array is a chord, pressed in
   * order and released in reverse (e.g. [KEY.control, 's']).
   */
  async press(...keys) {
    const actions = [];
    for (const key of keys) {
      const chord = Array.isArray(key) ? key : [key];
      for (const k of chord) actions.push({ type: 'keyDown', value: k });
      for (const k of [...chord].reverse()) actions.push({ type: 'keyUp', value: k });
    }
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Sets the outer window size in CSS pixels. */
  setWindowSize(width, height) {
    return this.cmd('POST', '/window/rect', { width, height });
  }

  /** A PNG of the window, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  /** Polls `probe` until it returns a truthy value; fails with `what` after `ms`. */
  async waitFor(what, probe, ms = 15000) {
    const until = Date.now() + ms;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > until) throw new WebDriverError(`timed out waiting for ${what} (last: ${last})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits for the element matching `css` and returns it. */
  waitForElement(css, ms) {
    return this.waitFor(`element ${css}`, () => this.find(css), ms);
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  attr(name) {
    return this.session.cmd('GET', `/element/${this.id}/attribute/${name}`);
  }
  text() {
    return this.session.cmd('GET', `/element/${this.id}/text`);
  }
  click() {
    return this.session.cmd('POST', `/element/${this.id}/click`, {});
  }
  type(text) {
    return this.session.cmd('POST', `/element/${this.id}/value`, { text });
  }
}

async function request(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new WebDriverError(`${method} ${url}: ${v.error || res.status}: ${v.message || ''}`);
  }
  return json.value;
}

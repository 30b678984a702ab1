// A small W3C WebDriver client over fetch: just what Sapar's end-to-end tests need to
// drive the real app through tauri-driver (sessions, elements, clicks, typing, scripts,
// screenshots), with every wait bounded.
import { writeFile } from 'node:fs/promises';

/** The key W3C WebDriver gives every element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** How long a wait may take unless told otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Sleeps `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A WebDriver error with the command that failed. */
export class WebDriverError extends Error {
  constructor(method, path, status, body) {
    const value = body?.value ?? {};
    super(`${method} ${path} → ${status} ${value.error ?? ''}: ${value.message ?? ''}`);
    this.code = value.error;
  }
}

/** Calls the driver; returns the response's `value`. */
async function request(base, method, path, body, timeoutMs = 60_000) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new WebDriverError(method, path, response.status, json);
  return json.value;
}

/** Waits until the driver answers `/status` with `ready`. */
export async function waitForDriver(base, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const status = await request(base, 'GET', '/status', undefined, 2_000);
      if (status?.ready !== false) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`no WebDriver at ${base} after ${timeoutMs} ms`);
}

/** One element of the page. */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  #path(suffix) {
    return `/element/${this.id}${suffix}`;
  }

  /** Clicks the element as a user would (it must be visible and not covered). */
  click() {
    return this.session.send('POST', this.#path('/click'), {});
  }

  /** Types `text` into the element. */
  type(text) {
    return this.session.send('POST', this.#path('/value'), { text });
  }

  /** Empties an input or text area. */
  clear() {
    return this.session.send('POST', this.#path('/clear'), {});
  }

  /** The rendered text. */
  text() {
    return this.session.send('GET', this.#path('/text'));
  }

  /** An attribute's value, or `null`. */
  attribute(name) {
    return this.session.send('GET', this.#path(`/attribute/${encodeURIComponent(name)}`));
  }

  /** A DOM property's value (`value` of an input, `checked`…). */
  property(name) {
    return this.session.send('GET', this.#path(`/property/${encodeURIComponent(name)}`));
  }

  /** The elements inside this one matching a CSS selector. */
  async findAll(css) {
    const found = await this.session.send('POST', this.#path('/elements'), {
      using: 'css selector',
      value: css,
    });
    return found.map((ref) => new Element(this.session, ref[ELEMENT]));
  }
}

/** Starts repainting one corner pixel every 30 ms (see `Session.screenshot`). */
const KEEP_PAINTING = `
  const dot = document.createElement('div');
  dot.id = 'webdriver-repaint';
  dot.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;pointer-events:none;';
  let odd = false;
  const tick = () => { odd = !odd; dot.style.background = odd ? 'rgba(0,0,0,0.01)' : 'rgba(0,0,0,0.02)'; };
  tick();
  dot.dataset.timer = String(setInterval(tick, 30));
  document.body.appendChild(dot);
`;
const STOP_PAINTING = `
  const dot = document.getElementById('webdriver-repaint');
  if (dot) { clearInterval(Number(dot.dataset.timer)); dot.remove(); }
`;

/** A session: one running app under the driver. */
export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app at `application` (with `args`) and opens a session on its window. */
  static async start(base, application, args = []) {
    const value = await request(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'wry',
          'tauri:options': { application, args },
        },
      },
    });
    return new Session(base, value.sessionId);
  }

  /** Sends a command of this session; returns its value. */
  send(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Ends the session; the driver closes the app. */
  async end() {
    await request(this.base, 'DELETE', `/session/${this.id}`).catch(() => undefined);
  }

  /** Every element matching a CSS selector, now. */
  async findAll(css) {
    const found = await this.send('POST', '/elements', { using: 'css selector', value: css });
    return found.map((ref) => new Element(this, ref[ELEMENT]));
  }

  /** Waits for an element matching `css` (and `accept`, if given) and returns it. */
  async find(css, { timeoutMs = DEFAULT_TIMEOUT_MS, accept } = {}) {
    let last = [];
    const found = await this.waitFor(
      async () => {
        last = await this.findAll(css);
        for (const element of last) {
          if (!accept || (await accept(element))) return element;
        }
        return null;
      },
      { timeoutMs, what: `an element ${css}` },
    );
    return found;
  }

  /** The first element matching `css` whose text contains `text`. */
  findWithText(css, text, options = {}) {
    return this.find(css, {
      ...options,
      accept: async (element) => (await element.text()).includes(text),
    });
  }

  /** Polls `check` until it returns something truthy; fails after `timeoutMs`. */
  async waitFor(check, { timeoutMs = DEFAULT_TIMEOUT_MS, what = 'a condition' } = {}) {
    const end = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < end) {
      try {
        const result = await check();
        if (result) return result;
      } catch (error) {
        lastError = error;
      }
      await sleep(50);
    }
    throw new Error(
      `gave up waiting for ${what} after ${timeoutMs} ms${lastError ? `: ${lastError.message}` : ''}`,
    );
  }

  /** Runs `script` (a function body) in the page with `args`; returns its result. */
  execute(script, args = []) {
    return this.send('POST', '/execute/sync', { script, args });
  }

  /** Runs an async `script` that calls `arguments[arguments.length - 1]` with its result. */
  executeAsync(script, args = []) {
    return this.send('POST', '/execute/async', { script, args });
  }

  /** The visible text of the whole page. */
  async pageText() {
    return this.execute('return document.body.innerText;');
  }

  /** Resolves after the page has painted its latest changes (two animation frames). */
  async painted() {
    await this.executeAsync(
      'const done = arguments[arguments.length - 1];' +
        'requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
    );
  }

  /**
   * Saves a PNG screenshot of the window, once the page has painted. WebKit takes it at
   * the page's next paint, and a page painted without compositing (as Sapar's window is
   * on Linux) with nothing left to paint would never answer: one corner pixel keeps
   * changing between two near-invisible shades while the screenshot is taken.
   */
  async screenshot(path) {
    await this.painted();
    await sleep(150);
    await this.execute(KEEP_PAINTING);
    try {
      const base64 = await this.send('GET', '/screenshot');
      await writeFile(path, Buffer.from(base64, 'base64'));
    } finally {
      await this.execute(STOP_PAINTING);
    }
  }
}

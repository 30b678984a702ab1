// Performance of Sapar's desktop app, measured on the real app build (release unless SAPAR_PERF_PROFILE says otherwise) under a virtual
// display (run by scripts/perf.sh, which builds, seeds a 10 000-ticket wallet and starts
// tauri-driver):
//
// - cold start: from the app's process start (/proc) to the wallet's first page shown
//   (the UI's `sapar-wallet-shown` performance mark), over several launches;
// - opening a ticket: from the click on a ticket to its screen painted with the QR code,
//   measured in the page;
// - idle memory: proportional set size (PSS, /proc/PID/smaps_rollup) of the app and its
//   WebKit processes, beside a bare Tauri window measured in the same run (as WebKit paints
//   it by default, and painted without compositing like Sapar's window);
// - growth: PSS after opening and closing 200 tickets, against before.
//
// It prints a table and writes the figures as JSON to $SAPAR_PERF_OUT.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { Session, sleep, waitForDriver } from './webdriver.mjs';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set: run scripts/perf.sh`);
  return value;
};

const DRIVER = env('SAPAR_E2E_DRIVER');
const APP = realpathSync(env('SAPAR_E2E_APP'));
const BARE = realpathSync(env('SAPAR_PERF_BARE'));
const OUT = env('SAPAR_PERF_OUT');
const TICKETS = Number(env('SAPAR_PERF_TICKETS'));
const LAUNCHES = Number(env('SAPAR_PERF_LAUNCHES', '5'));
const OPENS = Number(env('SAPAR_PERF_OPENS', '200'));
/** How long a window is left alone before its idle memory is read. */
const IDLE_MS = Number(env('SAPAR_PERF_IDLE_MS', '8000'));
/** Clock ticks per second of /proc/PID/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

// ---- /proc ------------------------------------------------------------------------

/** pid → parent pid, for every process we can see. */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** `pid` and every process below it. */
function tree(pid) {
  const parentOf = parents();
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    for (const [child, parent] of parentOf) if (parent === found[i]) found.push(child);
  }
  return found;
}

function commandName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** PSS of one process in KiB. */
function pssKib(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** PSS of a process and everything below it, in MiB, with the parts by name. */
function treePss(pid) {
  const parts = {};
  let total = 0;
  for (const p of tree(pid)) {
    const kib = pssKib(p);
    const name = commandName(p);
    parts[name] = Math.round(((parts[name] ?? 0) + kib / 1024) * 10) / 10;
    total += kib;
  }
  return { total: Math.round((total / 1024) * 10) / 10, parts };
}

/** The running processes of an executable. */
function processesOf(binary) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/exe`).replace(/ \(deleted\)$/, '') === binary) {
        pids.push(Number(name));
      }
    } catch {
      // Not ours to read, or gone.
    }
  }
  return pids;
}

/** When a process started, in milliseconds since the epoch (10 ms resolution). */
function startedAtMs(pid) {
  const boot = Number(/^btime (\d+)/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 22 of stat is the start time; `fields` begins at field 3.
  return boot * 1000 + (Number(fields[19]) / CLOCK_TICKS) * 1000;
}

async function waitUntilGone(binary, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (processesOf(binary).length > 0 && Date.now() < end) await sleep(100);
  // WebKit's helper processes linger a moment after their app.
  await sleep(1_500);
}

// ---- statistics -------------------------------------------------------------------

const round = (ms) => Math.round(ms * 10) / 10;

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    n: values.length,
    first: round(values[0]),
    median: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1)),
  };
}

// ---- in-page scripts --------------------------------------------------------------

/** Clicks ticket `arguments[0]` and reports the ms until its screen shows the QR code. */
const OPEN_TICKET = `
  const number = arguments[0];
  const done = arguments[arguments.length - 1];
  const button = document.querySelector('button.open[data-ticket="' + number + '"]');
  if (!button) return done({ error: 'no ticket ' + number + ' on the page' });
  const t0 = performance.now();
  button.click();
  const poll = () => {
    const img = document.querySelector('button.qr img');
    if (img && img.complete) requestAnimationFrame(() => done({ ms: performance.now() - t0 }));
    else if (performance.now() - t0 > 10000) done({ error: 'the ticket did not show' });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

/** Ticket buttons of the wallet while it is shown (it stays built, hidden, behind a ticket). */
const SHOWN_TICKETS = 'main > .wallet:not([hidden]) button.open';

/** Goes back to the wallet and reports the ms until its list shows. */
const BACK_TO_WALLET = `
  const done = arguments[arguments.length - 1];
  const t0 = performance.now();
  document.querySelector('button.back').click();
  const poll = () => {
    if (document.querySelector('${SHOWN_TICKETS}')) requestAnimationFrame(() => done({ ms: performance.now() - t0 }));
    else if (performance.now() - t0 > 10000) done({ error: 'the wallet did not show' });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

/** Opens and closes `arguments[1]` tickets in turn from `arguments[0]`, in the page. */
const OPEN_AND_CLOSE_MANY = `
  const [numbers, count] = arguments;
  const done = arguments[arguments.length - 1];
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const until = async (check) => {
    const t0 = performance.now();
    while (!check()) {
      if (performance.now() - t0 > 10000) throw new Error('timed out');
      await frame();
    }
  };
  (async () => {
    for (let i = 0; i < count; i++) {
      const number = numbers[i % numbers.length];
      document.querySelector('button.open[data-ticket="' + number + '"]').click();
      await until(() => document.querySelector('button.qr img')?.complete);
      document.querySelector('button.back').click();
      await until(() => document.querySelector('${SHOWN_TICKETS}[data-ticket="' + number + '"]'));
    }
  })().then(() => done({ ok: true }), (e) => done({ error: String(e) }));
`;

async function inPage(app, script, args = []) {
  const result = await app.executeAsync(script, args);
  if (result?.error) throw new Error(result.error);
  return result;
}

// ---- measurements -----------------------------------------------------------------

/** Launches the app over WebDriver and measures its start; returns the open session. */
async function launch() {
  const asked = Date.now();
  const app = await Session.start(DRIVER, APP);
  await app.find('button.open', { timeoutMs: 60_000 });
  const seen = Date.now();
  const shownAt = await app.execute(
    'const m = performance.getEntriesByName("sapar-wallet-shown")[0];' +
      'return m ? performance.timeOrigin + m.startTime : null;',
  );
  const [pid] = processesOf(APP);
  return {
    app,
    pid,
    processToWalletMs: shownAt && pid ? shownAt - startedAtMs(pid) : null,
    sessionToWalletMs: seen - asked,
  };
}

/** Runs an executable directly (no WebDriver), lets it settle and reads its memory. */
async function idleMemory(binary, extraEnv = {}) {
  const child = spawn(binary, [], { env: { ...process.env, ...extraEnv }, stdio: 'ignore' });
  await sleep(IDLE_MS);
  const pss = treePss(child.pid);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await waitUntilGone(binary);
  return pss;
}

async function main() {
  await waitForDriver(DRIVER);
  const figures = { build: process.env.HARNESS_PROFILE ?? 'debug', tickets: TICKETS };

  // Idle memory first, with nothing else running: a bare window as WebKit paints it by
  // default, the same window painted the way Sapar's is (no GPU compositing), then Sapar.
  figures.bare_window_pss_mib = await idleMemory(BARE);
  figures.bare_window_uncomposited_pss_mib = await idleMemory(BARE, {
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  });
  figures.sapar_idle_pss_mib = await idleMemory(APP);

  // Cold start, several launches; the last session stays open for the rest.
  const starts = [];
  let session;
  for (let i = 0; i < LAUNCHES; i++) {
    session = await launch();
    starts.push(session);
    if (i < LAUNCHES - 1) {
      await session.app.end();
      await waitUntilGone(APP);
    }
  }
  figures.start_process_to_wallet_ms = summary(
    starts.map((s) => s.processToWalletMs).filter((v) => v !== null),
  );
  figures.start_session_to_wallet_ms = summary(starts.map((s) => s.sessionToWalletMs));

  const { app, pid } = session;
  await app.send('POST', '/timeouts', { script: 600_000 });
  const numbers = await app.execute(
    'return [...document.querySelectorAll("button.open")].map((b) => b.dataset.ticket);',
  );

  // Opening a ticket, one at a time from the wallet's first page.
  const opens = [];
  const backs = [];
  for (let i = 0; i < 30; i++) {
    opens.push((await inPage(app, OPEN_TICKET, [numbers[i % numbers.length]])).ms);
    backs.push((await inPage(app, BACK_TO_WALLET)).ms);
  }
  figures.open_ticket_ms = summary(opens);
  figures.back_to_wallet_ms = summary(backs);

  // Memory growth over many opens and closes.
  await sleep(3_000);
  const before = treePss(pid);
  const t0 = Date.now();
  await inPage(app, OPEN_AND_CLOSE_MANY, [numbers, OPENS]);
  const loopMs = Date.now() - t0;
  await sleep(5_000);
  const after = treePss(pid);
  // The page must still be there: a web process that died would look like a saving.
  const alive = await app.execute('return document.querySelectorAll("button.open").length;');
  if (!(alive > 0) || !Object.keys(after.parts).some((name) => name.startsWith('WebKitWebProc'))) {
    throw new Error(`the page did not survive ${OPENS} opens: ${JSON.stringify(after.parts)}`);
  }
  figures.growth = {
    opens: OPENS,
    before_mib: before.total,
    after_mib: after.total,
    growth_mib: round(after.total - before.total),
    per_open_kib: round(((after.total - before.total) * 1024) / OPENS),
    loop_ms_per_open_and_close: round(loopMs / OPENS),
    parts_after: after.parts,
  };
  await app.end();
  await waitUntilGone(APP);

  writeFileSync(OUT, `${JSON.stringify(figures, null, 2)}\n`);
  const f = figures;
  const ratio = (bare) => (f.sapar_idle_pss_mib.total / bare.total).toFixed(2);
  console.log(`
Sapar performance, ${TICKETS} tickets in the wallet (${process.env.HARNESS_PROFILE ?? "debug"} build, Xvfb, software rendering)

cold start, process start → wallet shown   median ${f.start_process_to_wallet_ms.median} ms, first ${f.start_process_to_wallet_ms.first} ms, max ${f.start_process_to_wallet_ms.max} ms (${f.start_process_to_wallet_ms.n} launches; target < 1500 ms)
  (WebDriver session request → wallet)     median ${f.start_session_to_wallet_ms.median} ms
open a ticket, click → QR painted          median ${f.open_ticket_ms.median} ms, p95 ${f.open_ticket_ms.p95} ms, max ${f.open_ticket_ms.max} ms (target < 100 ms)
back to the wallet                         median ${f.back_to_wallet_ms.median} ms
idle PSS, bare Tauri window                ${f.bare_window_pss_mib.total} MiB  ${JSON.stringify(f.bare_window_pss_mib.parts)}
  (painted like Sapar's, no compositing)   ${f.bare_window_uncomposited_pss_mib.total} MiB  ${JSON.stringify(f.bare_window_uncomposited_pss_mib.parts)}
idle PSS, Sapar                            ${f.sapar_idle_pss_mib.total} MiB  ${JSON.stringify(f.sapar_idle_pss_mib.parts)}
  Sapar ÷ bare window                      ${ratio(f.bare_window_pss_mib)}× (WebKit's default), ${ratio(f.bare_window_uncomposited_pss_mib)}× (painted alike); target ≤ 1.15×
PSS growth over ${OPENS} opens and closes        ${f.growth.growth_mib} MiB (${f.growth.before_mib} → ${f.growth.after_mib} MiB, ${f.growth.per_open_kib} KiB per open)
`);
}

await main();

// Dependency-free harness for driving the real Briefdesk app: a private X server (Xvfb),
// WebKitWebDriver (WebKitGTK's own WebDriver, which launches the Tauri binary because the
// binary sets up its webview for automation when TAURI_WEBVIEW_AUTOMATION=true), and a
// small W3C WebDriver client over node:http.
//
// Every process started here is tracked by pid and killed in `stop()`, including the app
// processes WebKitWebDriver launched (found through /proc, never by name).

import { spawn, execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = path.join(REPO, 'tests/.out');
export const APP_BINARY = process.env.BRIEFDESK_APP_BINARY
  ? path.resolve(process.env.BRIEFDESK_APP_BINARY)
  : path.join(REPO, 'target/debug/briefdesk-app');

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export function log(...args) {
  if (process.env.E2E_QUIET) return;
  console.error(`[e2e ${new Date().toISOString().slice(11, 23)}]`, ...args);
}

/** A fresh, isolated home for one app run: XDG dirs (0700) and a database path. */
export function makeSandbox() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdesk-e2e-'));
  const dirs = {};
  for (const name of ['data', 'config', 'cache', 'runtime']) {
    dirs[name] = path.join(root, name);
    fs.mkdirSync(dirs[name], { mode: 0o700 });
    fs.chmodSync(dirs[name], 0o700);
  }
  // A steady text caret, so screenshots of a focused input settle at once.
  fs.mkdirSync(path.join(dirs.config, 'gtk-3.0'));
  fs.writeFileSync(path.join(dirs.config, 'gtk-3.0/settings.ini'), '[Settings]\ngtk-cursor-blink=false\n');
  return {
    root,
    db: path.join(dirs.data, 'briefdesk-e2e', 'library.db'),
    env: {
      XDG_DATA_HOME: dirs.data,
      XDG_CONFIG_HOME: dirs.config,
      XDG_CACHE_HOME: dirs.cache,
      XDG_RUNTIME_DIR: dirs.runtime,
    },
  };
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Direct children of `pid` (all threads), from /proc. */
function childrenOf(pid) {
  const out = [];
  let tasks = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    } catch {
      /* thread gone */
    }
  }
  return out;
}

export function descendantsOf(pid) {
  const all = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const c of childrenOf(p)) {
      if (!all.includes(c)) {
        all.push(c);
        queue.push(c);
      }
    }
  }
  return all;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0; treat it as gone.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
}

function exeOf(pid) {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return '';
  }
}

/**
 * Starts Xvfb on a display it picks itself (-displayfd), unless the caller set DISPLAY.
 * Returns { display, proc|null }.
 */
export async function startDisplay() {
  if (process.env.DISPLAY) {
    log(`using the caller's DISPLAY=${process.env.DISPLAY}`);
    return { display: process.env.DISPLAY, proc: null };
  }
  const proc = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let got = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start:\n${stderr}`)), 15000);
    proc.stdio[3].on('data', (d) => {
      got += d;
      if (got.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${got.trim()}`);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}):\n${stderr}`));
    });
  });
  log(`Xvfb on ${display} (pid ${proc.pid})`);
  return { display, proc };
}

/** A dropped connection is retried; an HTTP answer (even an error) is not. */
function httpJson(port, method, urlPath, body, { timeoutMs = 60000 } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent: false, // a new connection per request: no stale keep-alive sockets
        headers: payload
          ? { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length }
          : {},
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode, json, text });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${urlPath}`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export class WebDriverError extends Error {
  constructor(method, urlPath, status, value) {
    super(`${method} ${urlPath} -> ${status} ${value?.error ?? ''}: ${value?.message ?? JSON.stringify(value)}`);
    this.status = status;
    this.error = value?.error;
  }
}

/** WebKitWebDriver plus one app session at a time. */
export class Driver {
  constructor({ env, logFile }) {
    this.env = env;
    this.logFile = logFile;
    this.port = null;
    this.proc = null;
    this.sessionId = null;
    this.appPids = new Set();
  }

  async start() {
    this.port = await freePort();
    const logFd = fs.openSync(this.logFile, 'a');
    this.proc = spawn('WebKitWebDriver', [`--port=${this.port}`, '--host=127.0.0.1'], {
      env: this.env,
      stdio: ['ignore', logFd, logFd],
    });
    fs.closeSync(logFd);
    this.proc.on('exit', (code, sig) => log(`WebKitWebDriver exited (${code ?? sig})`));
    const deadline = Date.now() + 20000;
    for (;;) {
      try {
        const r = await httpJson(this.port, 'GET', '/status', undefined, { timeoutMs: 2000 });
        if (r.status === 200 && r.json?.value?.ready !== false) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not come up; see ${this.logFile}`);
      await sleep(100);
    }
    log(`WebKitWebDriver on 127.0.0.1:${this.port} (pid ${this.proc.pid})`);
  }

  /** One WebDriver command; a dropped connection is retried `retries` times. */
  async cmd(method, urlPath, body, { retries = 3, timeoutMs } = {}) {
    for (let attempt = 0; ; attempt++) {
      let r;
      try {
        r = await httpJson(this.port, method, urlPath, body, { timeoutMs });
      } catch (e) {
        if (attempt >= retries) throw e;
        log(`retrying ${method} ${urlPath} after: ${e.message}`);
        await sleep(250 * (attempt + 1));
        continue;
      }
      if (r.status >= 200 && r.status < 300) return r.json?.value;
      throw new WebDriverError(method, urlPath, r.status, r.json?.value ?? r.text);
    }
  }

  s(p) {
    return `/session/${this.sessionId}${p}`;
  }

  /** Launches the app in a new session. */
  async launch(binary = APP_BINARY) {
    if (!fs.existsSync(binary)) {
      throw new Error(`${binary} does not exist: run \`cargo build -p briefdesk-app\` (after the UI build) first`);
    }
    const caps = {
      capabilities: {
        alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: [] } },
      },
    };
    // Not retried on a dropped connection: a retry could start a second app.
    const value = await this.cmd('POST', '/session', caps, { retries: 0, timeoutMs: 90000 });
    this.sessionId = value.sessionId;
    for (const pid of descendantsOf(this.proc.pid)) {
      if (exeOf(pid) === binary || exeOf(pid).endsWith('/briefdesk-app')) this.appPids.add(pid);
    }
    log(`session ${this.sessionId}; app pid(s) ${[...this.appPids].join(',') || '?'}`);
    return value;
  }

  /** Ends the session (which closes the app) and waits until the app process is gone. */
  async quit() {
    if (!this.sessionId) return;
    const live = [...this.appPids].filter(isAlive);
    try {
      await this.cmd('DELETE', this.s(''), undefined, { retries: 1, timeoutMs: 20000 });
    } catch (e) {
      log(`ending the session failed: ${e.message}`);
    }
    this.sessionId = null;
    const deadline = Date.now() + 10000;
    while (live.some(isAlive) && Date.now() < deadline) await sleep(100);
    for (const pid of live.filter(isAlive)) {
      log(`app pid ${pid} still running after the session ended; killing it`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }

  async execute(script, args = []) {
    return this.cmd('POST', this.s('/execute/sync'), { script, args });
  }

  /** `script` gets the args and a `done` callback as its last argument. */
  async executeAsync(script, args = []) {
    await this.cmd('POST', this.s('/timeouts'), { script: 60000 });
    return this.cmd('POST', this.s('/execute/async'), { script, args }, { timeoutMs: 70000 });
  }

  async find(css) {
    const v = await this.cmd('POST', this.s('/element'), { using: 'css selector', value: css });
    return v[ELEMENT_KEY];
  }

  async findAll(css) {
    const v = await this.cmd('POST', this.s('/elements'), { using: 'css selector', value: css });
    return v.map((e) => e[ELEMENT_KEY]);
  }

  async text(elementId) {
    return this.cmd('GET', this.s(`/element/${elementId}/text`));
  }

  async click(elementId) {
    return this.cmd('POST', this.s(`/element/${elementId}/click`), {}, { retries: 0 });
  }

  async clear(elementId) {
    return this.cmd('POST', this.s(`/element/${elementId}/clear`), {});
  }

  /** Real key events into the element (not retried: a retry would type twice). */
  async type(elementId, text) {
    return this.cmd('POST', this.s(`/element/${elementId}/value`), { text }, { retries: 0 });
  }

  async title() {
    return this.cmd('GET', this.s('/title'));
  }

  async stop() {
    await this.quit().catch(() => {});
    const pids = new Set(this.appPids);
    if (this.proc) for (const p of descendantsOf(this.proc.pid)) pids.add(p);
    for (const pid of pids) {
      if (isAlive(pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((r) => this.proc.once('exit', r));
      this.proc.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    }
  }
}

export function hasXdotool() {
  try {
    execFileSync('xdotool', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs xdotool on `display`; returns its stdout. */
export function xdotool(display, ...args) {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 20000 });
}

/** Ids of the visible top-level X windows. */
export function visibleWindows(display) {
  try {
    return xdotool(display, 'search', '--onlyvisible', '--name', '.').trim().split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** Polls `fn` until it returns a truthy value; throws the last error / `what` on timeout. */
export async function waitFor(what, fn, { timeoutMs = 20000, intervalMs = 150 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = undefined;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

function run(cmd, args) {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 20000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} failed: ${stderr || err.message}`)) : resolve(stdout),
    ),
  );
}

/**
 * Screenshot of the whole X screen (no window manager: the app window is all there is).
 * WebKit paints to the X window some time after the DOM changes (longer on a busy machine),
 * so this first lets the page render two frames (`driver`, optional), then waits until
 * three captures 300 ms apart are identical and not one flat colour (an unpainted window).
 */
export async function screenshot(display, name, { driver = null, timeoutMs = 20000 } = {}) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `e2e-${name}.png`);
  const tmp = `${file}.tmp.png`;
  if (driver?.sessionId) {
    await driver.executeAsync(
      'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
    );
  }
  const capture = async (to) => {
    await run('import', ['-display', display, '-window', 'root', to]);
    const [sig, colours] = (await run('/usr/bin/identify', ['-format', '%# %k', to])).trim().split(' ');
    return { sig, colours: Number(colours) };
  };
  const deadline = Date.now() + timeoutMs;
  let prev = await capture(file);
  let same = 0;
  for (;;) {
    await sleep(300);
    const cur = await capture(tmp);
    fs.renameSync(tmp, file);
    same = cur.sig === prev.sig && cur.colours > 1 ? same + 1 : 0;
    if (same >= 2) break;
    if (Date.now() > deadline) {
      log(`screenshot ${name}: screen still changing or blank after ${timeoutMs} ms; keeping the last capture`);
      break;
    }
    prev = cur;
  }
  log(`screenshot ${path.relative(REPO, file)}`);
  return file;
}

export async function stopProcess(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await Promise.race([exited, sleep(3000)]);
  if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
}

// Shared pieces of the UI tests: a static server for ui/dist (with a strict CSP, as Tauri
// applies), Debian's Chromium through playwright-core, and a fake Tauri backend installed
// in the page as window.__TAURI_INTERNALS__ (see tauriMock below).

import { createServer } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');
export const DIST = join(REPO, 'ui', 'dist');
export const OUT = join(REPO, 'tests', '.out');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// As strict as the app's (src-tauri/tauri.conf.json): no inline scripts or styles, nothing
// from outside.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves ui/dist on 127.0.0.1 at a random port. */
export async function startServer() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `ui/dist/index.html is missing: build the UI first (npm --prefix ui install && npm --prefix ui run build)`,
    );
  }
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(DIST, rel));
      if (!file.startsWith(DIST + sep)) {
        res.writeHead(403).end();
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function shotPath(name) {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, `ui-${name}.png`);
}

// ---- Fixtures -------------------------------------------------------------------------

const XSS = '<b>bold</b><img src=x onerror="window.__pwned=1">';

/** A few Vietnamese articles, as the backend would hold them. */
export function sampleArticles() {
  return [
    {
      id: 1,
      title: 'Chỉ thị 12/CT-TTg về tăng cường quản lý thị trường bất động sản',
      published: '2024-03-12',
      needsDate: false,
      sourceName: 'chi-thi-12.txt',
      sourcePath: '/home/lan/tin-tuc/chi-thi-12.txt',
      isSample: false,
      importedAt: '2024-04-01T08:30:00Z',
      body:
        'Thủ tướng Chính phủ vừa ký ban hành Chỉ thị 12/CT-TTg yêu cầu các bộ, ngành và địa phương tăng cường quản lý thị trường bất động sản.\n\n' +
        'Theo chỉ thị, Bộ Xây dựng chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng trước ngày 30 tháng 6.\n\n' +
        'Ngân hàng Nhà nước được giao theo dõi sát tín dụng vào lĩnh vực bất động sản, bảo đảm an toàn hệ thống.\n\n' +
        'Các địa phương phải công khai quy hoạch, kế hoạch sử dụng đất để người dân và doanh nghiệp dễ tiếp cận.',
    },
    {
      id: 2,
      title: 'Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi',
      published: '2024-05-20',
      needsDate: false,
      sourceName: 'luat-dat-dai.md',
      sourcePath: '/home/lan/tin-tuc/luat-dat-dai.md',
      isSample: false,
      importedAt: '2024-05-21T02:00:00Z',
      body:
        'Sáng nay, Quốc hội thảo luận tại hội trường về dự thảo Luật Đất đai (sửa đổi).\n\n' +
        'Nhiều đại biểu đề nghị làm rõ cơ chế định giá đất và bảo đảm quyền lợi của người dân khi thu hồi đất.',
    },
    {
      id: 3,
      title: 'Tin mẫu: Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long',
      published: '2023-11',
      needsDate: false,
      sourceName: 'mau-xuc-tien-dau-tu.txt',
      sourcePath: null,
      isSample: true,
      importedAt: '2024-01-01T00:00:00Z',
      body:
        'Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long thu hút hơn 500 doanh nghiệp tham dự.\n\n' +
        'Các tỉnh giới thiệu danh mục dự án ưu tiên về hạ tầng, năng lượng tái tạo và nông nghiệp công nghệ cao.',
    },
    {
      id: 4,
      title: 'Ghi chép chưa rõ ngày: thẻ ' + XSS,
      published: null,
      needsDate: true,
      sourceName: 'ghi-chep.txt',
      sourcePath: '/home/lan/tin-tuc/ghi-chep.txt',
      isSample: false,
      importedAt: '2024-06-02T09:15:00Z',
      body:
        'Đoạn đầu có mã HTML phải hiện nguyên văn: ' + XSS + '\n\n' +
        'Đoạn thứ hai của ghi chép, không có ngày đăng rõ ràng.',
    },
  ];
}

/** What the fake "Import files…" dialog returns, and how the fake import treats each. */
export const IMPORT_PICK = [
  '/home/lan/Tải xuống/bao-cao-kinh-te-quy-1.txt',
  '/home/lan/tin-tuc/chi-thi-12.txt',
  '/home/lan/Tải xuống/hong-ma-hoa.txt',
];
export const IMPORT_FAIL_MESSAGE = 'stream did not contain valid UTF-8 (byte 0xC3 at offset 17)';

// ---- The fake backend -------------------------------------------------------------------

/**
 * Runs in the page before the app (page.addInitScript). Implements the Tauri internals
 * that @tauri-apps/api uses (invoke, transformCallback, event plugin, metadata) and the
 * app's commands over an in-memory library. window.__mock lets a test look and steer.
 */
function tauriMock(cfg) {
  const articles = cfg.articles.map((a) => ({ ...a, chars: a.body.length, sha256: 'f'.repeat(64) }));
  let nextId = Math.max(0, ...articles.map((a) => a.id)) + 1;
  const failures = {}; // cmd → { error, once }
  for (const [cmd, error] of Object.entries(cfg.failures)) failures[cmd] = { error, once: false };
  const calls = [];
  let gate = null; // while set, an import pauses after its first file

  const callbacks = new Map();
  let nextCallback = 1;
  const listeners = new Map(); // event → [callback id]

  function transformCallback(cb, once) {
    const id = nextCallback++;
    callbacks.set(id, (data) => {
      if (once) callbacks.delete(id);
      if (cb) cb(data);
    });
    return id;
  }
  function emit(event, payload) {
    for (const id of listeners.get(event) ?? []) {
      const cb = callbacks.get(id);
      if (cb) cb({ event, id, payload });
    }
  }
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

  // ---- folding and highlighting, as the real backend does ----
  const fold1 = (c) => {
    const f = c.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/đ/g, 'd');
    return f.length === 1 ? f : c.toLowerCase();
  };
  const fold = (s) => Array.from(s, fold1).join('');
  const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  // Whole words match; the last word of the query also as a prefix (search as you type).
  function marks(text, terms) {
    const chars = Array.from(text);
    const f = chars.map(fold1).join('');
    const m = new Array(chars.length).fill(false);
    let any = false;
    for (const { word: term, prefix } of terms) {
      let from = 0;
      for (;;) {
        const at = f.indexOf(term, from);
        if (at < 0) break;
        from = at + 1;
        if (isWord(chars[at - 1])) continue;
        if (!prefix && isWord(chars[at + term.length])) continue;
        for (let i = at; i < at + term.length; i++) m[i] = true;
        any = true;
      }
    }
    return { chars, m, any };
  }
  function segments(chars, m, start = 0, end = chars.length) {
    const out = [];
    for (let i = start; i < end; i++) {
      const last = out[out.length - 1];
      if (last && last.hit === m[i]) last.text += chars[i];
      else out.push({ text: chars[i], hit: m[i] });
    }
    return out;
  }
  const summary = ({ body, sha256, ...s }) => s;
  function sorted() {
    return [...articles].sort((a, b) => {
      if (!a.published && !b.published) return b.id - a.id;
      if (!a.published) return 1;
      if (!b.published) return -1;
      return b.published.localeCompare(a.published);
    });
  }
  function search(query, limit) {
    const words = fold(query).split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
    if (words.length === 0) return { query, total: 0, hits: [] };
    const open = !/[\s\p{P}\p{S}]$/u.test(query);
    const terms = words.map((word, i) => ({ word, prefix: open && i === words.length - 1 }));
    const hits = [];
    for (const a of sorted()) {
      if (!terms.every((t) => marks(a.title + '\n' + a.body, [t]).any)) continue;
      const tm = marks(a.title, terms);
      const bm = marks(a.body, terms);
      const first = bm.m.indexOf(true);
      const start = Math.max(0, first < 0 ? 0 : first - 60);
      const end = Math.min(bm.chars.length, start + 200);
      const snippet = segments(bm.chars, bm.m, start, end);
      if (start > 0) snippet.unshift({ text: '…', hit: false });
      if (end < bm.chars.length) snippet.push({ text: '…', hit: false });
      const exact = (a.title + a.body).toLowerCase().includes(query.trim().toLowerCase());
      hits.push({ article: summary(a), title: segments(tm.chars, tm.m), snippet, exact });
    }
    hits.sort((x, y) => Number(y.exact) - Number(x.exact));
    return { query, total: hits.length, hits: hits.slice(0, limit) };
  }
  function stats() {
    return {
      articles: articles.length,
      needingDate: articles.filter((a) => a.needsDate).length,
      samples: articles.filter((a) => a.isSample).length,
    };
  }
  function importOne(path, date) {
    const name = path.split('/').pop();
    const dup = articles.find((a) => a.sourcePath === path);
    if (dup) {
      return {
        path, status: 'duplicate', articleId: dup.id, title: dup.title, code: null,
        message: `Same text as article ${dup.id}`, needsDate: dup.needsDate,
      };
    }
    if (/hong|bad/.test(name)) {
      return {
        path, status: 'failed', articleId: null, title: null, code: 'not_utf8',
        message: cfg.failMessage, needsDate: false,
      };
    }
    const title = 'Báo cáo kinh tế quý I: tăng trưởng GDP đạt 5,66%';
    const a = {
      id: nextId++, title, published: date, needsDate: !date, sourceName: name, sourcePath: path,
      isSample: false, importedAt: new Date().toISOString(),
      body: 'Tổng cục Thống kê công bố GDP quý I tăng 5,66% so với cùng kỳ.\n\nKhu vực công nghiệp và xây dựng phục hồi rõ nét.',
      sha256: 'e'.repeat(64),
    };
    a.chars = a.body.length;
    articles.push(a);
    return { path, status: 'imported', articleId: a.id, title, code: null, message: null, needsDate: a.needsDate };
  }

  async function command(cmd, args) {
    switch (cmd) {
      case 'library_stats':
        return stats();
      case 'list_articles':
        return sorted().map(summary);
      case 'get_article': {
        const a = articles.find((x) => x.id === args.id);
        if (!a) throw { code: 'not_found', message: `article ${args.id} not found` };
        return { ...a };
      }
      case 'search_articles':
        return search(String(args.query), Number(args.limit));
      case 'import_paths': {
        const files = [];
        for (const p of args.paths) {
          if (/\.(txt|md)$/.test(p)) files.push(p);
          else files.push(`${p}/tin-1.txt`, `${p}/tin-2.txt`);
        }
        const results = [];
        for (let i = 0; i < files.length; i++) {
          emit('import-progress', { done: i, total: files.length, path: files[i] });
          if (i === 1 && gate) await gate.promise;
          await sleep(cfg.importStepMs);
          results.push(importOne(files[i], args.date ?? null));
        }
        emit('import-progress', { done: files.length, total: files.length, path: files[files.length - 1] ?? '' });
        const count = (s) => results.filter((r) => r.status === s).length;
        return { files: results, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') };
      }
      case 'delete_article': {
        const i = articles.findIndex((x) => x.id === args.id);
        if (i < 0) throw { code: 'not_found', message: `article ${args.id} not found` };
        articles.splice(i, 1);
        return null;
      }
      case 'remove_samples': {
        let n = 0;
        for (let i = articles.length - 1; i >= 0; i--) {
          if (articles[i].isSample) {
            articles.splice(i, 1);
            n++;
          }
        }
        return n;
      }
      case 'set_article_date': {
        const a = articles.find((x) => x.id === args.id);
        if (!a) throw { code: 'not_found', message: `article ${args.id} not found` };
        if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw { code: 'invalid_date', message: `bad date ${args.date}` };
        a.published = args.date;
        a.needsDate = false;
        return summary(a);
      }
      case 'plugin:dialog|open':
        return args.options?.directory ? cfg.pickFolders : cfg.pickFiles;
      case 'plugin:event|listen': {
        if (!listeners.has(args.event)) listeners.set(args.event, []);
        listeners.get(args.event).push(args.handler);
        return args.handler;
      }
      case 'plugin:event|unlisten': {
        const l = listeners.get(args.event);
        if (l) {
          const i = l.indexOf(args.eventId);
          if (i >= 0) l.splice(i, 1);
        }
        return null;
      }
      case 'plugin:event|emit':
        emit(args.event, args.payload);
        return null;
      default:
        throw { code: 'unknown_command', message: `no such command: ${cmd}` };
    }
  }

  async function invoke(cmd, args = {}) {
    calls.push({ cmd, args: JSON.parse(JSON.stringify(args ?? {})) });
    const f = failures[cmd];
    if (f) {
      if (f.once) delete failures[cmd];
      await sleep(5);
      throw f.error;
    }
    await sleep(cfg.latencyMs);
    return command(cmd, args);
  }

  window.__TAURI_INTERNALS__ = {
    invoke,
    transformCallback,
    unregisterCallback: (id) => callbacks.delete(id),
    runCallback: (id, data) => callbacks.get(id)?.(data),
    callbacks,
    convertFileSrc: (p, protocol = 'asset') => `${protocol}://localhost/${encodeURIComponent(p)}`,
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
    plugins: { path: { sep: '/', delimiter: ':' } },
  };
  window.__TAURI_EVENT_PLUGIN_INTERNALS__ = { unregisterListener: (_event, id) => callbacks.delete(id) };

  // Tauri's "freezePrototype": true freezes Object.prototype before the app runs.
  if (cfg.freezePrototype) Object.freeze(Object.prototype);

  window.__mock = {
    calls,
    emit,
    articles,
    fail(cmd, error, once = true) {
      failures[cmd] = { error, once };
    },
    holdImport() {
      let release;
      const promise = new Promise((ok) => (release = ok));
      gate = { promise, release };
    },
    releaseImport() {
      gate?.release();
      gate = null;
    },
    callsOf: (cmd) => calls.filter((c) => c.cmd === cmd),
  };
}

/**
 * A new page on a fresh context (own localStorage) with the fake backend installed.
 * Collects page errors and CSP violations in `page.problems`.
 */
export async function openApp(browser, baseUrl, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const cfg = {
    articles: options.articles ?? sampleArticles(),
    pickFiles: options.pickFiles ?? IMPORT_PICK,
    pickFolders: options.pickFolders ?? ['/home/lan/Tải xuống/thang-3'],
    failMessage: IMPORT_FAIL_MESSAGE,
    importStepMs: options.importStepMs ?? 60,
    latencyMs: options.latencyMs ?? 5,
    failures: options.failures ?? {},
    freezePrototype: options.freezePrototype ?? true,
  };
  await context.addInitScript(tauriMock, cfg);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.problems = problems;
  await page.goto(baseUrl);
  if (options.waitFor !== false) {
    await page.waitForSelector(options.waitFor ?? '[data-testid="article-row"]');
  }
  return { page, context };
}

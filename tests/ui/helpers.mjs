// Shared pieces of the UI tests: a static server for ui/dist (with a strict CSP, as Tauri
// applies), Debian's Chromium through playwright-core, and a fake Tauri backend installed
// in the page as window.__TAURI_INTERNALS__ (see tauriMock below).

import { createServer } from 'node:http';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';

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

/**
 * What every UI test file needs: one fake-backend server and one browser (started before
 * its tests, closed after them), and `withApp(options, fn)`, which opens the app with
 * `defaults()` under `options`, runs `fn(page)`, fails on page errors or CSP violations
 * (except those matching `options.allowProblems`) and closes the page.
 */
export function uiSuite(defaults = () => ({})) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startServer();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  suite.withApp = async (options, fn) => {
    const { page, context } = await openApp(suite.browser, suite.server.url, { ...defaults(), ...options });
    try {
      await fn(page);
      const problems = page.problems.filter((p) => !(options.allowProblems ?? []).some((re) => re.test(p)));
      assert.deepEqual(problems, [], 'no page errors or CSP violations');
    } finally {
      await context.close();
    }
  };
  return suite;
}

/** Runs of white space as one space, trimmed. */
export const squash = (s) => s.replace(/\s+/g, ' ').trim();
/** The squashed text of every element a locator finds. */
export const texts = async (loc) => (await loc.allTextContents()).map(squash);

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
        // An emoji (two UTF-16 units, one character) before every span of this article.
        '📌 Thủ tướng Chính phủ vừa ký ban hành Chỉ thị 12/CT-TTg yêu cầu các bộ, ngành và địa phương tăng cường quản lý thị trường bất động sản.\n\n' +
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

/**
 * Two more articles for the extraction tests (not in the default library): the same
 * conference reported in Vietnamese and in English, two directives split from one sentence,
 * and emoji (astral characters) before spans inside a paragraph.
 */
export function extractionArticles() {
  return [
    {
      id: 5,
      title: 'Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân năm 2025',
      published: '2025-12-30',
      needsDate: false,
      sourceName: 'doi-ngoai-nhan-dan.txt',
      sourcePath: '/home/lan/tin-tuc/doi-ngoai-nhan-dan.txt',
      isSample: false,
      importedAt: '2025-12-31T01:00:00Z',
      body:
        'Sáng 30/12, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025 tại Hà Nội.\n\n' +
        'Phát biểu chỉ đạo, đồng chí Trần Cẩm Tú giao Bộ Ngoại giao chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư trước ngày 15/1/2026, tham mưu xây dựng Chiến lược đối ngoại nhân dân đến năm 2030, tầm nhìn đến năm 2045 trong quý I/2026.\n\n' +
        'Đối ngoại nhân dân 🤝 là một trụ cột của nền ngoại giao toàn diện. Các tổ chức nhân dân cần tiếp tục đẩy mạnh đối ngoại nhân dân.\n\n' +
        // Enough text that the last sentence is out of view until the reader scrolls to it.
        Array.from(
          { length: 12 },
          (_, i) =>
            `Đoạn tường thuật thứ ${i + 1}: nhiều chương trình giao lưu hữu nghị được tổ chức ở các địa phương và trong cộng đồng người Việt Nam ở nước ngoài.\n\n`,
        ).join('') +
        'Liên hiệp các tổ chức hữu nghị Việt Nam hoàn thành báo cáo tổng kết trong tháng 3/2026.',
    },
    {
      id: 6,
      title: 'People’s diplomacy conference reviews 2025',
      published: '2025-12-31',
      needsDate: false,
      sourceName: 'peoples-diplomacy.md',
      sourcePath: '/home/lan/tin-tuc/peoples-diplomacy.md',
      isSample: false,
      importedAt: '2026-01-02T01:00:00Z',
      body:
        '🌏 On December 30, the Ministry of Foreign Affairs held a conference in Hanoi to review people’s diplomacy in 2025.\n\n' +
        'Delegates reviewed the implementation of Directive No. 12-CT/TW of the Party Secretariat.\n\n' +
        'The ministry was asked to submit the new strategy to the Secretariat in 2026.',
    },
  ];
}

export const SENTENCES = {
  a1Intro:
    'Thủ tướng Chính phủ vừa ký ban hành Chỉ thị 12/CT-TTg yêu cầu các bộ, ngành và địa phương tăng cường quản lý thị trường bất động sản.',
  a1Review:
    'Theo chỉ thị, Bộ Xây dựng chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng trước ngày 30 tháng 6.',
  a1Credit: 'Ngân hàng Nhà nước được giao theo dõi sát tín dụng vào lĩnh vực bất động sản, bảo đảm an toàn hệ thống.',
  a1Local: 'Các địa phương phải công khai quy hoạch, kế hoạch sử dụng đất để người dân và doanh nghiệp dễ tiếp cận.',
  a2Debate: 'Sáng nay, Quốc hội thảo luận tại hội trường về dự thảo Luật Đất đai (sửa đổi).',
  a2Ask: 'Nhiều đại biểu đề nghị làm rõ cơ chế định giá đất và bảo đảm quyền lợi của người dân khi thu hồi đất.',
  a4Html: 'Đoạn đầu có mã HTML phải hiện nguyên văn: <b>bold</b><img src=x onerror="window.__pwned=1">',
  a5Conf: 'Sáng 30/12, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025 tại Hà Nội.',
  a5Tasks:
    'Phát biểu chỉ đạo, đồng chí Trần Cẩm Tú giao Bộ Ngoại giao chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư trước ngày 15/1/2026, tham mưu xây dựng Chiến lược đối ngoại nhân dân đến năm 2030, tầm nhìn đến năm 2045 trong quý I/2026.',
  a5General: 'Các tổ chức nhân dân cần tiếp tục đẩy mạnh đối ngoại nhân dân.',
  a5Report: 'Liên hiệp các tổ chức hữu nghị Việt Nam hoàn thành báo cáo tổng kết trong tháng 3/2026.',
  a6Conf:
    'On December 30, the Ministry of Foreign Affairs held a conference in Hanoi to review people’s diplomacy in 2025.',
  a6Submit: 'The ministry was asked to submit the new strategy to the Secretariat in 2026.',
};

/**
 * What extraction found in the fixture articles. Spans are not written here: the fake
 * backend finds each `text` in the article's body and counts code points, as Rust does.
 */
export function sampleExtraction() {
  const S = SENTENCES;
  return {
    documents: [
      {
        id: 1, kind: 'directive', number: '12', code: '12/CT-TTg', issuer: 'Thủ tướng Chính phủ', horizon: null,
        title: 'tăng cường quản lý thị trường bất động sản', label: 'Chỉ thị 12/CT-TTg',
      },
      {
        id: 2, kind: 'law', number: null, code: null, issuer: 'Quốc hội', horizon: null,
        title: 'Luật Đất đai (sửa đổi)', label: 'Luật Đất đai (sửa đổi)',
      },
      {
        id: 3, kind: 'directive', number: '12', code: '12-CT/TW', issuer: 'Ban Bí thư', horizon: null,
        title: 'tăng cường sự lãnh đạo của Đảng đối với công tác đối ngoại nhân dân', label: 'Chỉ thị 12-CT/TW',
      },
      {
        id: 4, kind: 'strategy', number: null, code: null, issuer: null, horizon: 2045,
        title: 'Chiến lược đối ngoại nhân dân đến năm 2030', label: 'Chiến lược đối ngoại nhân dân đến năm 2030',
      },
    ],
    mentions: [
      { article: 1, doc: 1, text: 'Chỉ thị 12/CT-TTg' },
      { article: 2, doc: 2, text: 'Luật Đất đai (sửa đổi)' },
      { article: 5, doc: 3, text: 'Chỉ thị số 12-CT/TW' },
      { article: 5, doc: 4, text: 'Chiến lược đối ngoại nhân dân đến năm 2030, tầm nhìn đến năm 2045' },
      { article: 6, doc: 3, text: 'Directive No. 12-CT/TW' },
    ],
    directives: [
      {
        id: 101, confidence: 0.55, article: 1, sentence: S.a1Intro, assignee: 'các bộ, ngành và địa phương',
        action: 'tăng cường quản lý thị trường bất động sản', due: null, concrete: false, docs: [1], state: 'machine',
      },
      {
        id: 102, confidence: 0.92, article: 1, sentence: S.a1Review, assignee: 'Bộ Xây dựng',
        action: 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng', due: '2024-06-30', concrete: true,
        docs: [1], state: 'machine',
        followUp: { status: 'tracking', owner: 'Chị Lan', priority: 'high', tags: ['bất động sản'] },
      },
      {
        id: 103, confidence: 0.88, article: 1, sentence: S.a1Credit, assignee: 'Ngân hàng Nhà nước',
        action: 'theo dõi sát tín dụng vào lĩnh vực bất động sản', due: null, concrete: true, docs: [], state: 'confirmed',
        followUp: { status: 'in-progress', owner: 'Anh Minh', tags: ['bất động sản', 'tín dụng'] },
      },
      {
        id: 104, confidence: 0.41, article: 1, sentence: S.a1Local, assignee: 'Các địa phương',
        action: 'công khai quy hoạch, kế hoạch sử dụng đất', due: null, concrete: false, docs: [], state: 'machine',
      },
      {
        id: 105, confidence: 0.22, article: 2, sentence: S.a2Ask, assignee: null,
        action: 'làm rõ cơ chế định giá đất', due: null, concrete: false, docs: [2], state: 'machine',
      },
      {
        id: 106, confidence: 0.7, article: 4, sentence: S.a4Html, assignee: 'Ban biên tập <i>nội bộ</i>',
        action: 'hiện nguyên văn <b>x</b>', due: '2024-Q3', concrete: true, docs: [], state: 'edited',
      },
      // Only found when a test opens article 2 with its headline as the first paragraph.
      {
        id: 108, confidence: 0.18, article: 2, sentence: 'Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi', assignee: 'Quốc hội',
        action: 'thảo luận dự thảo Luật Đất đai sửa đổi', due: null, concrete: false, docs: [], state: 'machine',
      },
      {
        id: 201, confidence: 0.95, article: 5, sentence: S.a5Tasks, assignee: 'Bộ Ngoại giao',
        action: 'chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư', due: '2026-01-15', concrete: true, docs: [3],
        state: 'machine', followUp: { status: 'tracking', tags: ['đối ngoại'] },
      },
      {
        id: 202, confidence: 0.9, article: 5, sentence: S.a5Tasks, assignee: 'Bộ Ngoại giao',
        action: 'tham mưu xây dựng Chiến lược đối ngoại nhân dân đến năm 2030, tầm nhìn đến năm 2045',
        due: '2026-Q1', concrete: true, docs: [4], state: 'machine',
      },
      {
        id: 203, confidence: 0.48, article: 5, sentence: S.a5General, assignee: 'Các tổ chức nhân dân',
        action: 'tiếp tục đẩy mạnh đối ngoại nhân dân', due: null, concrete: false, docs: [], state: 'machine',
      },
      {
        id: 204, confidence: 0.83, article: 5, sentence: S.a5Report, assignee: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
        action: 'hoàn thành báo cáo tổng kết', due: '2026-03', concrete: true, docs: [], state: 'machine',
      },
      {
        id: 205, confidence: 0.74, article: 6, sentence: S.a6Submit, assignee: 'The ministry',
        action: 'submit the new strategy to the Secretariat', due: '2026', concrete: true, docs: [4], state: 'machine',
      },
    ],
    events: [
      {
        id: 301, date: '2025-12-30', title: 'Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025', place: 'Hà Nội',
        sources: [
          { article: 5, text: S.a5Conf, title: 'Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025' },
          { article: 6, text: S.a6Conf, title: 'Conference to review people’s diplomacy in 2025' },
        ],
      },
      {
        id: 302, date: '2024-05-20', title: 'Quốc hội thảo luận dự thảo Luật Đất đai (sửa đổi)', place: 'hội trường',
        sources: [{ article: 2, text: S.a2Debate, title: 'Quốc hội thảo luận dự thảo Luật Đất đai (sửa đổi)' }],
      },
    ],
    // Checklists of the follow-up workspace (directive 103 is the user's: confirmed).
    tasks: [
      { id: 901, directive: 103, text: 'Tổng hợp số liệu tín dụng bất động sản', due: '2024-Q2', owner: 'Minh' },
      { id: 902, directive: 103, text: 'Gửi báo cáo nhanh cho lãnh đạo Vụ' },
    ],
    // What the rules find only after "Re-extract" (shows the lists were refreshed).
    afterReextract: [
      {
        id: 107, confidence: 0.6, article: 2, sentence: S.a2Ask, assignee: 'Ban soạn thảo',
        action: 'bảo đảm quyền lợi của người dân khi thu hồi đất', due: '2024-12', concrete: true, docs: [2],
        state: 'machine',
      },
    ],
  };
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
  const articles = cfg.articles.map((a) => ({ ...a, chars: Array.from(a.body).length, sha256: 'f'.repeat(64) }));
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
    // Folded text, and for each of its UTF-16 units the character it came from (an emoji
    // is two units but one character).
    let f = '';
    const origin = [];
    chars.forEach((c, i) => {
      const fc = fold1(c);
      for (let k = 0; k < fc.length; k++) origin.push(i);
      f += fc;
    });
    const m = new Array(chars.length).fill(false);
    let any = false;
    for (const { word: term, prefix } of terms) {
      let from = 0;
      for (;;) {
        const at = f.indexOf(term, from);
        if (at < 0) break;
        from = at + 1;
        const first = origin[at];
        const last = origin[at + term.length - 1];
        if (isWord(chars[first - 1])) continue;
        if (!prefix && isWord(chars[last + 1])) continue;
        for (let i = first; i <= last; i++) m[i] = true;
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

  // ---- extraction, over the fixture's items ----
  const ex = cfg.extraction;
  /** Where `text` is in article `id`'s body, in code points (as Rust counts chars); or null. */
  function spanOf(id, text) {
    const a = articles.find((x) => x.id === id);
    if (!a || !text) return null;
    const at = a.body.indexOf(text);
    if (at < 0) return null;
    const start = Array.from(a.body.slice(0, at)).length;
    return { start, end: start + Array.from(text).length };
  }
  const articleOf = (id) => articles.find((x) => x.id === id);
  const docRef = (id) => {
    const d = ex.documents.find((x) => x.id === id);
    return d ? { id: d.id, kind: d.kind, label: d.label } : null;
  };
  function libDirective(d) {
    const a = articleOf(d.article);
    const span = d.span ?? spanOf(d.article, d.sentence);
    if (!a || !span) return null;
    const inSentence = d.sentence.indexOf(d.action);
    const actionSpan =
      inSentence < 0
        ? null
        : (() => {
            const start = span.start + Array.from(d.sentence.slice(0, inSentence)).length;
            return { start, end: start + Array.from(d.action).length };
          })();
    return {
      id: d.id, articleId: a.id, articleTitle: a.title, articlePublished: a.published,
      assignee: d.assignee, action: d.action, due: d.due, concrete: d.concrete,
      documents: d.docs.map(docRef).filter(Boolean), sentence: d.sentence, span, actionSpan, state: d.state,
      // Hand-added directives have no machine confidence.
      confidence: d.state === 'manual' ? null : (d.confidence ?? 0.5),
      followUp: wsFollowUp(d),
    };
  }
  function libDirectives() {
    return ex.directives
      .filter((d) => d.state !== 'rejected')
      .map(libDirective)
      .filter(Boolean)
      .sort((x, y) => {
        const px = x.articlePublished;
        const py = y.articlePublished;
        if (px !== py) {
          if (!px) return 1;
          if (!py) return -1;
          return py.localeCompare(px);
        }
        return y.articleId - x.articleId || x.span.start - y.span.start || x.id - y.id;
      });
  }
  function libMentions() {
    return ex.mentions
      .map((m) => ({ article: m.article, document: docRef(m.doc), span: spanOf(m.article, m.text) }))
      .filter((m) => m.document && m.span);
  }
  function libEvents() {
    return ex.events
      .map((e) => ({
        id: e.id, date: e.date, title: e.title, place: e.place,
        sources: e.sources
          .map((s) => {
            const a = articleOf(s.article);
            const span = spanOf(s.article, s.text);
            return a && span
              ? { articleId: a.id, articleTitle: a.title, articlePublished: a.published, title: s.title, span }
              : null;
          })
          .filter(Boolean),
      }))
      .filter((e) => e.sources.length > 0)
      .sort((x, y) => x.date.localeCompare(y.date) || x.id - y.id);
  }
  function libDocuments() {
    const mentions = libMentions();
    const dirs = libDirectives();
    return ex.documents
      .map((d) => {
        const mine = mentions.filter((m) => m.document.id === d.id);
        return {
          ...d,
          mentions: mine.length,
          articles: new Set(mine.map((m) => m.article)).size,
          directives: dirs.filter((x) => x.documents.some((r) => r.id === d.id)).length,
        };
      })
      .filter((d) => d.mentions > 0 || d.directives > 0)
      .sort((x, y) => y.directives - x.directives || y.mentions - x.mentions || x.id - y.id);
  }

  // ---- Timeline views: preferences, due alerts, the notification plugin (stateful) ----
  // cfg.preferences: the saved Preferences; cfg.dueAlerts: the lists successive
  // take_due_alerts calls return; cfg.notificationPermission: 'granted' | 'denied' | 'default'
  // (what the system holds), cfg.notificationAnswer: what the permission prompt answers.
  // Like tauri-plugin-notification's init script, window.Notification is replaced by one that
  // calls the plugin's commands; window.__notifications lists what was shown.
  const tlState = {
    prefs: { notifications: false, ...(cfg.preferences ?? {}) },
    alerts: [...(cfg.dueAlerts ?? [])],
    permission: cfg.notificationPermission ?? 'default',
    shown: [],
  };
  const tlCommands = {
    get_preferences: () => ({ ...tlState.prefs }),
    set_preferences: (args) => (tlState.prefs = { ...args.preferences }),
    take_due_alerts: () => tlState.alerts.shift() ?? [],
    'plugin:notification|is_permission_granted': () =>
      tlState.permission === 'default' ? null : tlState.permission === 'granted',
    'plugin:notification|request_permission': () => (tlState.permission = cfg.notificationAnswer ?? 'granted'),
    'plugin:notification|notify': (args) => {
      tlState.shown.push(args.options);
      return null;
    },
  };
  window.__notifications = tlState.shown;
  (function installNotificationPlugin() {
    const call = (cmd, args = {}) => window.__TAURI_INTERNALS__.invoke(cmd, args);
    let permission = 'default';
    let writable = false;
    const setPermission = (p) => {
      writable = true;
      window.Notification.permission = p;
      writable = false;
    };
    window.Notification = function Notification(title, options) {
      void call('plugin:notification|notify', { options: { ...(options || {}), title } });
    };
    window.Notification.requestPermission = async () => {
      const p = await call('plugin:notification|request_permission');
      setPermission(p === 'prompt' || p === 'prompt-with-rationale' ? 'default' : p);
      return p;
    };
    Object.defineProperty(window.Notification, 'permission', {
      enumerable: true,
      get: () => permission,
      set: (p) => {
        if (!writable) throw new Error('Readonly property');
        permission = p;
      },
    });
    // After the fake internals exist (set further down in this script).
    Promise.resolve().then(async () => {
      const granted = await call('plugin:notification|is_permission_granted');
      setPermission(granted === null ? 'default' : granted ? 'granted' : 'denied');
    });
  })();

  // ==== Follow-up workspace (registry, directive panel, checklist, history, document page) ====
  // Stateful, over ex.directives (each may carry followUp: {status, owner, priority, tags,
  // notes}; missing fields take the backend's defaults) and ex.tasks ([{id, directive, text,
  // done, due, owner}]). "Today" is cfg.today (default 2026-01-10), so due states and
  // windows are reproducible. Every change is logged as the backend's change log does, and
  // undo_last puts back the state the newest change started from.
  const WS_TODAY = cfg.today ?? '2026-01-10';
  const WS_SOON_DAYS = 14;
  const wsTasks = (ex.tasks ?? []).map((x, i) => ({
    id: x.id, directiveId: x.directive, text: x.text, done: !!x.done,
    doneAt: x.done ? '2026-01-05T02:00:00Z' : null, due: x.due ?? null, owner: x.owner ?? null,
    position: x.position ?? i, deleted: false,
  }));
  let wsNextTask = Math.max(900, ...wsTasks.map((x) => x.id)) + 1;
  let wsNextDirective = Math.max(5000, ...ex.directives.map((d) => d.id)) + 1;
  const wsLog = [];
  let wsNextLog = 1;
  let wsClock = Date.parse(`${WS_TODAY}T02:00:00Z`);
  const wsNow = () => new Date((wsClock += 60000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const wsPad = (n) => String(n).padStart(2, '0');
  const wsMonthEnd = (y, m) => `${y}-${wsPad(m)}-${wsPad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  const wsAddDays = (iso, n) => {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  const wsErr = (code, message) => ({ code, message });
  function wsParseDue(raw) {
    const v = String(raw ?? '').trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (m) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      const dt = new Date(Date.UTC(y, mo - 1, d));
      if (y < 1900 || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
      return { value: v, precision: 'day', start: v, end: v };
    }
    m = /^(\d{4})-?[Qq]([1-4])$/.exec(v);
    if (m) {
      const [y, q] = [+m[1], +m[2]];
      if (y < 1900) return null;
      return { value: `${y}-Q${q}`, precision: 'quarter', start: `${y}-${wsPad(q * 3 - 2)}-01`, end: wsMonthEnd(y, q * 3) };
    }
    m = /^(\d{4})-(\d{2})$/.exec(v);
    if (m) {
      const [y, mo] = [+m[1], +m[2]];
      if (y < 1900 || mo < 1 || mo > 12) return null;
      return { value: v, precision: 'month', start: `${v}-01`, end: wsMonthEnd(y, mo) };
    }
    if (/^\d{4}$/.test(v) && +v > 1900) return { value: v, precision: 'year', start: `${v}-01-01`, end: `${v}-12-31` };
    return null;
  }
  /** A typed due date: undefined (not given), null (cleared) or its stored form; bad ones throw. */
  function wsNormDue(raw) {
    if (raw === undefined || raw === null) return raw === null ? null : undefined;
    if (String(raw).trim() === '') return null;
    const p = wsParseDue(raw);
    if (!p) {
      throw wsErr('invalid_date', `invalid due date "${raw}": use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY (for example 2026-03-31, 2026-03, 2026-Q1, 2026)`);
    }
    return p.value;
  }
  function wsDueState(due, closed) {
    if (!due) return 'none';
    if (closed) return 'closed';
    if (due.end < WS_TODAY) return 'overdue';
    return due.end <= wsAddDays(WS_TODAY, WS_SOON_DAYS) ? 'soon' : 'later';
  }
  function wsInWindow(w, due, state) {
    if (w.kind === 'undated') return !due;
    if (!due) return false;
    const within = (days) => state !== 'closed' && due.end >= WS_TODAY && due.end <= wsAddDays(WS_TODAY, days);
    if (w.kind === 'overdue') return state === 'overdue';
    if (w.kind === 'within') return within(w.days);
    if (w.kind === 'overdueOrWithin') return state === 'overdue' || within(w.days);
    return true;
  }
  const wsName = (s) => (s == null ? null : String(s).trim().replace(/\s+/g, ' ') || null);
  function wsTags(list) {
    const out = [];
    for (const raw of list ?? []) {
      const t = String(raw).trim().replace(/^#/, '');
      if (t && !out.some((x) => fold(x) === fold(t))) out.push(t);
    }
    return out;
  }
  function wsFu(d) {
    d.followUp = { status: 'new', owner: null, priority: 'normal', tags: [], notes: '', ...(d.followUp ?? {}) };
    return d.followUp;
  }
  const wsTaskList = (directiveId) =>
    wsTasks.filter((x) => x.directiveId === directiveId && !x.deleted).sort((a, b) => a.position - b.position || a.id - b.id);
  function wsFollowUp(d) {
    const f = wsFu(d);
    const due = d.due ? wsParseDue(d.due) : null;
    const tasks = wsTaskList(d.id);
    return {
      status: f.status, owner: f.owner, priority: f.priority, tags: [...f.tags], notes: f.notes, due,
      dueState: wsDueState(due, f.status === 'done' || f.status === 'dropped'),
      progress: { done: tasks.filter((x) => x.done).length, total: tasks.length },
    };
  }
  function wsTaskOut(x) {
    const due = x.due ? wsParseDue(x.due) : null;
    return {
      id: x.id, directiveId: x.directiveId, text: x.text, done: x.done, doneAt: x.doneAt, due,
      dueState: wsDueState(due, x.done), owner: x.owner,
      position: Math.max(0, wsTaskList(x.directiveId).findIndex((t) => t.id === x.id)),
    };
  }
  function wsDir(id) {
    const d = ex.directives.find((x) => x.id === id);
    if (!d) throw wsErr('not_found', `directive ${id} not found`);
    return d;
  }
  function wsTask(id) {
    const x = wsTasks.find((t) => t.id === id && !t.deleted);
    if (!x) throw wsErr('not_found', `task ${id} not found`);
    return x;
  }
  /** Every directive (rejected ones too) in the backend's order: newest article first. */
  function wsLibAll() {
    return ex.directives
      .map(libDirective)
      .filter(Boolean)
      .sort((x, y) => {
        const px = x.articlePublished;
        const py = y.articlePublished;
        if (px !== py) {
          if (!px) return 1;
          if (!py) return -1;
          return py.localeCompare(px);
        }
        return y.articleId - x.articleId || x.span.start - y.span.start || x.id - y.id;
      });
  }
  function wsAccepts(f, d) {
    if (!f) return d.state !== 'rejected';
    if (!f.includeRejected && d.state === 'rejected') return false;
    if (f.statuses?.length && !f.statuses.includes(d.followUp.status)) return false;
    if (f.tags?.length && !d.followUp.tags.some((t) => f.tags.some((x) => fold(x) === fold(t)))) return false;
    if (f.documentId != null && !d.documents.some((x) => x.id === f.documentId)) return false;
    if (f.assignee != null && !(d.assignee && fold(d.assignee) === fold(f.assignee))) return false;
    if (f.due && !wsInWindow(f.due, d.followUp.due, d.followUp.dueState)) return false;
    const words = fold(f.text ?? '').split(/\s+/).filter(Boolean);
    if (words.length === 0) return true;
    const hay = fold(
      [d.assignee, d.action, d.sentence, d.followUp.owner, d.followUp.notes, d.articleTitle, ...d.documents.map((x) => x.label), ...d.followUp.tags]
        .filter(Boolean)
        .join('\n'),
    );
    return words.every((w) => hay.includes(w));
  }

  // The change log.
  const wsSnap = (d) => {
    const f = wsFu(d);
    return {
      assignee: d.assignee ?? null, action: d.action, due: d.due ?? null, concrete: d.concrete, state: d.state,
      status: f.status, owner: f.owner, priority: f.priority, notes: f.notes, tags: [...f.tags],
    };
  };
  function wsWriteSnap(d, s) {
    Object.assign(d, { assignee: s.assignee, action: s.action, due: s.due, concrete: s.concrete, state: s.state });
    Object.assign(wsFu(d), { status: s.status, owner: s.owner, priority: s.priority, notes: s.notes, tags: [...s.tags] });
  }
  const wsTaskSnap = (x) => ({
    id: x.id, text: x.text, done: x.done, doneAt: x.doneAt, due: x.due, owner: x.owner, position: x.position, deleted: x.deleted,
  });
  function wsRecord(directiveId, taskId, action, change) {
    const e = {
      id: wsNextLog++, at: wsNow(), actor: cfg.actor ?? 'lan', action, directiveId, taskId: taskId ?? null,
      change: JSON.parse(JSON.stringify(change)), undoneBy: null,
    };
    wsLog.push(e);
    return e;
  }
  function wsChange(d, action, change) {
    const before = wsSnap(d);
    const after = wsSnap(d);
    change(after, before);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      wsWriteSnap(d, after);
      wsRecord(d.id, null, action, { kind: 'directive', from: before, to: after });
    }
    return libDirective(d);
  }
  const wsShown = (v) => {
    if (v === null || v === undefined) return null;
    if (Array.isArray(v)) return v.length ? v.map(wsShown).filter((x) => x !== null).join(', ') : null;
    return typeof v === 'string' ? v : String(v);
  };
  function wsChanges(c, taskId) {
    if (c.kind === 'order') {
      // The moved task's place (1-based) before and after, as the backend reports it.
      const place = (l) => {
        const i = [...l].sort((a, b) => a[1] - b[1]).findIndex((p) => p[0] === taskId);
        return i < 0 ? null : String(i + 1);
      };
      return taskId === null ? [] : [{ field: 'order', from: place(c.from), to: place(c.to) }];
    }
    const from = c.from ?? {};
    const to = c.to ?? {};
    const keys = [...Object.keys(to), ...Object.keys(from).filter((k) => !(k in to))];
    let out = keys
      .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
      .map((k) => ({ field: k, from: wsShown(from[k]), to: wsShown(to[k]) }));
    if (c.kind === 'task') {
      out = out
        .filter((x) => !['id', 'position', 'doneAt'].includes(x.field))
        .filter((x) => x.from !== null || (x.to !== null && x.to !== 'false'));
    }
    return out;
  }
  function wsEntry(e) {
    const entry = { id: e.id, at: e.at, actor: e.actor, action: e.action, directiveId: e.directiveId, changes: wsChanges(e.change, e.taskId), undone: e.undoneBy !== null };
    if (e.taskId !== null) {
      entry.taskId = e.taskId;
      const task = wsTasks.find((x) => x.id === e.taskId);
      if (task) entry.taskText = task.text;
    }
    return entry;
  }
  const wsHistory = (id) => wsLog.filter((e) => e.directiveId === id).sort((a, b) => b.id - a.id).map(wsEntry);
  /** A machine-made directive becomes the user's (recorded as a confirmation) before work is attached. */
  function wsAdopt(d) {
    if (d.state === 'machine') wsChange(d, 'confirm', (s) => (s.state = 'confirmed'));
  }
  function wsSentenceAround(body, span) {
    const chars = Array.from(body);
    const endOf = (c) => c === '.' || c === '!' || c === '?' || c === '\n';
    let s = Math.min(span.start, chars.length);
    while (s > 0 && !endOf(chars[s - 1])) s--;
    while (s < chars.length && /\s/.test(chars[s])) s++;
    let e = Math.min(span.end, chars.length);
    while (e < chars.length && !endOf(chars[e])) e++;
    if (e < chars.length && chars[e] !== '\n') e++;
    return { text: chars.slice(s, e).join('').trimEnd(), span: { start: s, end: e } };
  }

  const wsCommands = {
    list_directives: ({ filter }) => wsLibAll().filter((d) => wsAccepts(filter ?? null, d)),
    directive_detail: ({ id }) => {
      const d = wsDir(id);
      return { directive: libDirective(d), tasks: wsTaskList(id).map(wsTaskOut), history: wsHistory(id) };
    },
    update_directive: ({ id, update: u }) => {
      const d = wsDir(id);
      const due = wsNormDue(u.due);
      if (u.action !== undefined && !String(u.action).trim()) throw wsErr('invalid_input', 'a directive needs an action');
      return wsChange(d, 'edit', (s, before) => {
        if (u.assignee !== undefined) s.assignee = wsName(u.assignee);
        if (u.action !== undefined) s.action = String(u.action).trim();
        if (due !== undefined) s.due = due;
        if (u.concrete !== undefined) s.concrete = u.concrete;
        const content = JSON.stringify([s.assignee, s.action, s.due, s.concrete]) !== JSON.stringify([before.assignee, before.action, before.due, before.concrete]);
        if (u.status !== undefined) s.status = u.status;
        if (u.owner !== undefined) s.owner = wsName(u.owner);
        if (u.priority !== undefined) s.priority = u.priority;
        if (u.tags !== undefined) s.tags = wsTags(u.tags);
        if (u.notes !== undefined) s.notes = String(u.notes).trimEnd();
        if (s.state === 'machine' && JSON.stringify(s) !== JSON.stringify(before)) s.state = content ? 'edited' : 'confirmed';
      });
    },
    confirm_directive: ({ id }) => wsChange(wsDir(id), 'confirm', (s) => (s.state = 'confirmed')),
    reject_directive: ({ id }) => wsChange(wsDir(id), 'reject', (s) => (s.state = 'rejected')),
    restore_directive: ({ id }) =>
      wsChange(wsDir(id), 'restore', (s) => {
        if (s.state === 'rejected') s.state = 'confirmed';
      }),
    add_directive: ({ articleId, span, assignee, action, due }) => {
      const a = articleOf(articleId);
      if (!a) throw wsErr('not_found', `article ${articleId} not found`);
      const chars = Array.from(a.body);
      if (!(span.start < span.end && span.end <= chars.length)) {
        throw wsErr('invalid_input', `the selection ${span.start}..${span.end} is not inside the article (length ${chars.length})`);
      }
      if (!String(action ?? '').trim()) throw wsErr('invalid_input', 'a directive needs an action');
      const d = {
        id: wsNextDirective++, article: articleId, sentence: chars.slice(span.start, span.end).join(''),
        span: { start: span.start, end: span.end }, assignee: wsName(assignee), action: String(action).trim(),
        due: wsNormDue(due ?? undefined) ?? null, concrete: true, docs: [], state: 'manual',
      };
      ex.directives.push(d);
      wsRecord(d.id, null, 'add', { kind: 'directive', from: null, to: wsSnap(d) });
      return libDirective(d);
    },
    add_task: ({ directiveId, text, due, owner }) => {
      const t = String(text ?? '').trim();
      if (!t) throw wsErr('invalid_input', 'a task needs some text');
      const d = wsDir(directiveId);
      const dueValue = wsNormDue(due ?? undefined) ?? null;
      wsAdopt(d);
      const list = wsTaskList(directiveId);
      const x = {
        id: wsNextTask++, directiveId, text: t, done: false, doneAt: null, due: dueValue, owner: wsName(owner),
        position: list.length ? Math.max(...list.map((y) => y.position)) + 1 : 0, deleted: false,
      };
      wsTasks.push(x);
      wsRecord(directiveId, x.id, 'task-add', { kind: 'task', from: null, to: wsTaskSnap(x) });
      return wsTaskOut(x);
    },
    update_task: ({ id, update: u }) => {
      const text = u.text === undefined ? undefined : String(u.text).trim();
      if (text === '') throw wsErr('invalid_input', 'a task needs some text');
      const due = wsNormDue(u.due);
      const x = wsTask(id);
      const before = wsTaskSnap(x);
      const after = { ...before };
      if (text !== undefined) after.text = text;
      if (due !== undefined) after.due = due;
      if (u.owner !== undefined) after.owner = wsName(u.owner);
      if (u.done !== undefined && u.done !== before.done) {
        after.done = u.done;
        after.doneAt = u.done ? wsNow() : null;
      }
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        const onlyDone = JSON.stringify({ ...after, done: before.done, doneAt: before.doneAt }) === JSON.stringify(before);
        const action = onlyDone ? (after.done ? 'task-done' : 'task-undone') : 'task-edit';
        Object.assign(x, after);
        wsRecord(x.directiveId, x.id, action, { kind: 'task', from: before, to: after });
      }
      return wsTaskOut(x);
    },
    move_task: ({ id, index }) => {
      const x = wsTask(id);
      const list = wsTaskList(x.directiveId);
      const before = list.map((t) => [t.id, t.position]);
      const ids = list.map((t) => t.id);
      ids.splice(ids.indexOf(id), 1);
      ids.splice(Math.min(Math.max(0, index), ids.length), 0, id);
      const after = ids.map((t, i) => [t, i]);
      if (ids.join() !== before.map((p) => p[0]).join()) {
        for (const [t, pos] of after) wsTasks.find((y) => y.id === t).position = pos;
        wsRecord(x.directiveId, id, 'task-move', { kind: 'order', from: before, to: after });
      }
      return wsTaskList(x.directiveId).map(wsTaskOut);
    },
    delete_task: ({ id }) => {
      const x = wsTask(id);
      const before = wsTaskSnap(x);
      x.deleted = true;
      wsRecord(x.directiveId, id, 'task-delete', { kind: 'task', from: before, to: wsTaskSnap(x) });
      return null;
    },
    undo_last: ({ directiveId }) => {
      if (directiveId != null) wsDir(directiveId);
      const last = wsLog
        .filter((e) => (directiveId == null || e.directiveId === directiveId) && e.undoneBy === null && e.action !== 'undo')
        .sort((a, b) => b.id - a.id)[0];
      if (!last) return null;
      const c = last.change;
      if (c.kind === 'directive') {
        if (c.from) wsWriteSnap(wsDir(last.directiveId), c.from);
        else {
          const i = ex.directives.findIndex((d) => d.id === last.directiveId && d.state === 'manual');
          if (i >= 0) ex.directives.splice(i, 1);
        }
      } else if (c.kind === 'task') {
        const x = wsTasks.find((t) => t.id === (c.from ?? c.to).id);
        Object.assign(x, c.from ?? { ...wsTaskSnap(x), deleted: true });
      } else {
        for (const [t, pos] of c.from) {
          const x = wsTasks.find((y) => y.id === t);
          if (x) x.position = pos;
        }
      }
      // The undo concerns the task the undone change concerned, as the backend logs it.
      const undo = wsRecord(last.directiveId, last.taskId, 'undo', { kind: c.kind, from: c.to, to: c.from });
      last.undoneBy = undo.id;
      return wsEntry(undo);
    },
    // The review queue: untouched machine-made directives, least confident first (ties by
    // id), a page of `limit` after the keyset cursor `after`, as the backend serves it.
    review_queue: ({ after, limit }) => {
      const key = (d) => d.confidence ?? 0;
      const all = wsLibAll()
        .filter((d) => d.state === 'machine')
        .sort((x, y) => key(x) - key(y) || x.id - y.id);
      const rest = after ? all.filter((d) => key(d) > after.confidence || (key(d) === after.confidence && d.id > after.id)) : all;
      const n = Math.max(1, Math.min(500, limit ?? 50));
      const items = rest.slice(0, n);
      const last = items[items.length - 1];
      return { total: all.length, items, next: rest.length > n && last ? { confidence: key(last), id: last.id } : null };
    },
    list_tags: () => {
      const n = new Map();
      for (const d of ex.directives) for (const t of wsFu(d).tags) n.set(t, (n.get(t) ?? 0) + 1);
      return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[0]);
    },
    document_page: ({ id }) => {
      const document = libDocuments().find((d) => d.id === id);
      if (!document) throw wsErr('not_found', `document ${id} not found`);
      const mentions = libMentions().filter((m) => m.document.id === id);
      const entries = [];
      for (const d of wsLibAll().filter((x) => x.state !== 'rejected' && x.documents.some((r) => r.id === id))) {
        entries.push({
          kind: 'directive', date: d.articlePublished, articleId: d.articleId, articleTitle: d.articleTitle,
          text: d.sentence, span: d.span, directive: d,
        });
      }
      // Every mention as its sentence, once per sentence, unless a directive shows it.
      const shown = entries.map((e) => [e.articleId, e.span]);
      for (const m of [...mentions].sort((x, y) => x.article - y.article || x.span.start - y.span.start)) {
        const a = articleOf(m.article);
        const { text, span } = wsSentenceAround(a.body, m.span);
        if (shown.some(([id, s]) => id === a.id && s.start < span.end && span.start < s.end)) continue;
        shown.push([a.id, span]);
        entries.push({ kind: 'mention', date: a.published, articleId: a.id, articleTitle: a.title, text, span });
      }
      const naming = new Set(mentions.map((m) => m.article));
      for (const e of libEvents().filter((x) => x.sources.some((s) => naming.has(s.articleId)))) {
        const src = e.sources[0];
        entries.push({
          kind: 'event', date: e.date, articleId: src.articleId, articleTitle: src.articleTitle, text: e.title,
          span: src.span, event: e,
        });
      }
      const rank = { mention: 0, directive: 1, event: 2 };
      entries.sort(
        (a, b) =>
          (a.date === null) - (b.date === null) ||
          (a.date ?? '').localeCompare(b.date ?? '') ||
          a.articleId - b.articleId ||
          a.span.start - b.span.start ||
          rank[a.kind] - rank[b.kind],
      );
      return { document, entries };
    },
  };
  // ==== end of the follow-up workspace ====

  async function command(cmd, args) {
    // Canned answers (e.g. what the real backend returned), by command, or by command and id.
    if (cfg.responses && Object.hasOwn(cfg.responses, cmd)) {
      const r = cfg.responses[cmd];
      return r && r.byId ? r.byId[args.id] : r;
    }
    if (Object.hasOwn(wsCommands, cmd)) return wsCommands[cmd](args);
    switch (cmd) {
      case 'article_extraction': {
        const a = articleOf(args.id);
        if (!a) throw { code: 'not_found', message: `article ${args.id} not found` };
        return {
          articleId: a.id,
          mentions: libMentions()
            .filter((m) => m.article === a.id)
            .map(({ document, span }) => ({ document, span }))
            .sort((x, y) => x.span.start - y.span.start),
          directives: libDirectives().filter((d) => d.articleId === a.id),
          events: libEvents().filter((e) => e.sources.some((s) => s.articleId === a.id)),
        };
      }
      case 'list_documents':
        return libDocuments();
      case 'list_directives':
        return libDirectives();
      case 'list_events':
        return libEvents();
      case 'reextract_all': {
        await sleep(cfg.reextractMs);
        for (const d of ex.afterReextract ?? []) if (!ex.directives.some((x) => x.id === d.id)) ex.directives.push(d);
        const dirs = libDirectives();
        return {
          articles: articles.length,
          directives: dirs.filter((d) => d.state === 'machine').length,
          kept: ex.directives.filter((d) => d.state !== 'machine' && libDirective(d)).length,
          documents: libDocuments().length,
          events: libEvents().length,
        };
      }
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
        if (Object.hasOwn(tlCommands, cmd)) return tlCommands[cmd](args);
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
    extraction: options.extraction ?? sampleExtraction(),
    reextractMs: options.reextractMs ?? 150,
    responses: options.responses ?? null,
    today: options.today ?? '2026-01-10',
    actor: options.actor ?? 'lan',
    preferences: options.preferences ?? null,
    dueAlerts: options.dueAlerts ?? [],
    notificationPermission: options.notificationPermission ?? 'default',
    notificationAnswer: options.notificationAnswer ?? 'granted',
  };
  await context.addInitScript(tauriMock, cfg);
  // More fakes for a test's own commands (bindings, init scripts that run after tauriMock).
  if (options.setup) await options.setup(context);
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

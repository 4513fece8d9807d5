// The reader's pure helpers (ui/src/lib/library/highlights.ts, shared/format.ts), compiled on
// the fly with the UI's TypeScript: paragraphs with code-point offsets, overlapping spans laid
// as nested pieces, deadlines with their precision, diacritic-insensitive filters.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { REPO } from './helpers.mjs';

let H; // highlights.ts
let F; // format.ts

before(async () => {
  const require = createRequire(join(REPO, 'ui', 'package.json'));
  const ts = require('typescript');
  const dir = mkdtempSync(join(tmpdir(), 'briefdesk-hl-'));
  for (const [name, path] of [['highlights', 'library/highlights.ts'], ['format', 'shared/format.ts']]) {
    const src = readFileSync(join(REPO, 'ui', 'src', 'lib', ...path.split('/')), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    // format.ts imports only types; highlights.ts imports format for types too.
    writeFileSync(join(dir, `${name}.mjs`), out.replace(/from '[^']*\/format'/g, "from './format.mjs'"));
  }
  H = await import(join(dir, 'highlights.mjs'));
  F = await import(join(dir, 'format.mjs'));
});

/** The code-point span of `needle` in `body` (as the backend counts). */
function span(body, needle) {
  const at = body.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  const start = Array.from(body.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length };
}

/** A laid paragraph as a compact string: [key* text …] for nodes, * on the first piece. */
function show(pieces) {
  return pieces
    .map((p) =>
      p.kind === 'text'
        ? p.segments.map((s) => (s.hit ? `<${s.text}>` : s.text)).join('')
        : `[${p.node.key}${p.first ? '*' : ''} ${show(p.children)}]`,
    )
    .join('');
}

test('paragraphs know their code-point offsets, past emoji and CRLF', () => {
  const body = '📌 Một 🇻🇳 hai.\r\n\r\n  Ba bốn. \n \n\nNăm\nsáu';
  const paras = H.paragraphSpans(body);
  assert.deepEqual(
    paras.map((p) => p.text),
    ['📌 Một 🇻🇳 hai.', 'Ba bốn.', 'Năm\nsáu'],
  );
  const cps = Array.from(body);
  for (const p of paras) assert.equal(cps.slice(p.start, p.end).join(''), p.text);
  assert.equal(paras[1].start, span(body, 'Ba bốn.').start);
  assert.equal(H.sliceChars(body, paras[2].start, paras[2].end), 'Năm\nsáu');
});

test('a mention inside a directive sentence nests; two directives of one sentence share a node', () => {
  const body = '🤝 Thủ tướng giao Bộ A chủ trì sơ kết Chỉ thị 12, tham mưu xây dựng Chiến lược B.\n\nCâu khác.';
  const sentence = span(body, 'Thủ tướng giao Bộ A chủ trì sơ kết Chỉ thị 12, tham mưu xây dựng Chiến lược B.');
  const ex = {
    articleId: 1,
    mentions: [
      { document: { id: 7, kind: 'directive', label: 'Chỉ thị 12' }, span: span(body, 'Chỉ thị 12') },
      { document: { id: 8, kind: 'strategy', label: 'Chiến lược B' }, span: span(body, 'Chiến lược B') },
    ],
    directives: [
      { id: 1, span: sentence, state: 'machine', concrete: true },
      { id: 2, span: sentence, state: 'machine', concrete: true },
      { id: 3, span: span(body, 'Câu khác.'), state: 'rejected', concrete: false },
    ],
    events: [],
  };
  const len = Array.from(body).length;
  const nodes = H.highlightNodes(ex, 1, len);
  assert.equal(nodes.length, 3, 'one sentence node (two directives), two mentions; the rejected one is left out');
  assert.equal(nodes[0].directives.length, 2);
  const paras = H.paragraphSpans(body);
  const firsts = new Set();
  const laid = paras.map((p) => show(H.layParagraph(p, nodes, firsts)));
  const k = (s) => `${s.start}-${s.end}`;
  assert.equal(
    laid[0],
    `🤝 [${k(sentence)}* Thủ tướng giao Bộ A chủ trì sơ kết [${k(span(body, 'Chỉ thị 12'))}* Chỉ thị 12], tham mưu xây dựng [${k(
      span(body, 'Chiến lược B'),
    )}* Chiến lược B].]`,
  );
  assert.equal(laid[1], 'Câu khác.');
  // Turning directives off leaves the mentions.
  const docsOnly = H.highlightNodes(ex, 1, len, { doc: true, dir: false, event: false });
  assert.deepEqual(
    docsOnly.map((n) => n.docs[0]?.label),
    ['Chỉ thị 12', 'Chiến lược B'],
  );
});

test('a span crossing the end of another is cut in two parts of one node, only the first focusable', () => {
  const body = 'Sáng 30/12, Bộ A họp. Bộ A giao Bộ B làm X.';
  const ev = span(body, 'Sáng 30/12, Bộ A họp. Bộ A');
  const dir = span(body, 'Bộ A họp. Bộ A giao Bộ B làm X.');
  const ex = {
    articleId: 1,
    mentions: [],
    directives: [{ id: 1, span: dir, state: 'machine', concrete: true }],
    events: [{ id: 9, date: '2025-12-30', title: 'Họp', place: null, sources: [{ articleId: 1, span: ev }] }],
  };
  const nodes = H.highlightNodes(ex, 1, Array.from(body).length);
  const [p] = H.paragraphSpans(body);
  const out = show(H.layParagraph(p, nodes, new Set()));
  assert.equal(
    out,
    `[${ev.start}-${ev.end}* Sáng 30/12, [${dir.start}-${dir.end}* Bộ A họp. Bộ A]][${dir.start}-${dir.end}  giao Bộ B làm X.]`,
  );
  // Spans outside the text are dropped, not drawn.
  const bad = { ...ex, directives: [{ id: 2, span: { start: 5, end: 9999 }, state: 'machine', concrete: true }] };
  assert.equal(H.highlightNodes(bad, 1, Array.from(body).length).filter((n) => n.directives.length).length, 0);
});

test('search hits are marked inside highlights, by code point', () => {
  const body = '📌 Chỉ thị 12 yêu cầu.';
  const ex = {
    articleId: 1,
    mentions: [{ document: { id: 1, kind: 'directive', label: 'Chỉ thị 12' }, span: span(body, 'Chỉ thị 12') }],
    directives: [],
    events: [],
  };
  const [p] = H.paragraphSpans(body);
  const nodes = H.highlightNodes(ex, 1, Array.from(body).length);
  const hits = H.hitMask(F.highlight(p.text, F.queryTerms('chi thi')));
  const m = span(body, 'Chỉ thị 12');
  assert.equal(show(H.layParagraph(p, nodes, new Set(), hits)), `📌 [${m.start}-${m.end}* <Chỉ> <thị> 12] yêu cầu.`);
});

test('deadlines read with their precision, in both languages, and sort by their last day', () => {
  assert.equal(F.formatDue('2026-01-15', 'vi'), '15/01/2026');
  assert.equal(F.formatDue('2026-03', 'vi'), 'tháng 3/2026');
  assert.equal(F.formatDue('2026-Q1', 'vi'), 'quý I/2026');
  assert.equal(F.formatDue('2026-Q4', 'vi'), 'quý IV/2026');
  assert.equal(F.formatDue('2026', 'vi'), 'năm 2026');
  assert.equal(F.formatDue('2026-01-15', 'en'), '15 Jan 2026');
  assert.equal(F.formatDue('2026-03', 'en'), 'March 2026');
  assert.equal(F.formatDue('2026-Q1', 'en'), 'Q1 2026');
  assert.equal(F.formatDue('2026', 'en'), '2026');
  assert.equal(F.formatDue(null, 'vi'), '');
  const order = ['2026', '2026-Q1', '2026-03', '2026-03-31', '2026-01-15', '2025-12'].sort((a, b) =>
    F.dueSortKey(a) < F.dueSortKey(b) ? -1 : 1,
  );
  assert.deepEqual(order, ['2025-12', '2026-01-15', '2026-03-31', '2026-03', '2026-Q1', '2026']);
});

test('filters ignore diacritics and fold đ', () => {
  assert.ok(F.matchesAll('Chỉ thị 12-CT/TW Ban Bí thư', 'chi thi'));
  assert.ok(F.matchesAll('Luật Đất đai (sửa đổi)', 'dat dai'));
  assert.ok(F.matchesAll('Quyết định 86/QĐ-TTg', 'quyet dinh qd'));
  assert.ok(!F.matchesAll('Luật Đất đai', 'chi thi'));
  assert.ok(F.matchesAll('anything', '   '));
});

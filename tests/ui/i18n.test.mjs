// Both UI languages define the same message keys (en.ts is also typed against vi.ts, so
// `npm run check` fails on a mismatch), and the Vietnamese texts carry their diacritics.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers.mjs';

const dir = join(REPO, 'ui', 'src', 'lib', 'shared', 'i18n');

/** key → text of a catalogue file (one `key: '…'` entry per key, possibly over two lines). */
function catalogue(file) {
  const src = readFileSync(join(dir, file), 'utf8');
  const body = src.slice(src.indexOf('= {') + 3, src.lastIndexOf('};'));
  const entries = new Map();
  for (const m of body.matchAll(/^\s{2}(\w+):\s*\n?\s*'((?:[^'\\]|\\.)*)'/gm)) entries.set(m[1], m[2]);
  return entries;
}

test('vi.ts and en.ts have the same keys', () => {
  const vi = catalogue('vi.ts');
  const en = catalogue('en.ts');
  assert.ok(vi.size > 50, `parsed ${vi.size} Vietnamese messages`);
  assert.deepEqual([...en.keys()].sort(), [...vi.keys()].sort());
});

test('Vietnamese labels are proper Vietnamese', () => {
  const vi = catalogue('vi.ts');
  const expect = {
    library: 'Thư viện',
    searchLabel: 'Tìm kiếm',
    importFiles: 'Nhập tệp…',
    importFolder: 'Nhập thư mục…',
    needsDate: 'Cần ngày',
    statusImported: 'Đã nhập',
    statusDuplicate: 'Đã có trong thư viện',
    statusFailed: 'Lỗi',
    remove: 'Xoá',
    setDate: 'Đặt ngày',
    viewDocuments: 'Văn bản',
    viewDirectives: 'Chỉ đạo',
    viewEvents: 'Sự kiện',
    docsEmpty: 'Chưa có văn bản nào',
    reextract: 'Trích xuất lại',
    concreteOnly: 'Chỉ giao việc cụ thể',
    notNamed: 'không nêu',
    sources: '{n} nguồn',
    reportKept: 'giữ nguyên {n} mục của bạn',
  };
  for (const [k, v] of Object.entries(expect)) assert.equal(vi.get(k), v, k);
});

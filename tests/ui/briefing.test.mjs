// The Briefing view in real Chromium against a fake backend (helpers.mjs, and for `briefing`,
// `export_briefing` and the save dialog briefing-fixtures.mjs, which words the briefing as the
// Rust backend does): the form's defaults and what each change asks the backend for, the
// preview's counts, rows and sections in exact Vietnamese (and English labels around
// Vietnamese article words), markup kept as text, errors shown with the backend's message,
// the exports through the save dialog, Print and Ctrl+P, and the print stylesheet for real:
// Chromium's PDF of the view checked with poppler (A4, no app chrome, table headers on every
// page, no row split across pages, Vietnamese exact).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shotPath, squash, texts, uiSuite } from './helpers.mjs';
import {
  EXPORT_BYTES,
  addDays,
  bigLibrary,
  briefingPreview,
  briefingResponses,
  dateLabel,
  dueLabel,
  installBriefingBackend,
  nextMonth,
  nextQuarter,
  sampleLibrary,
  todayIso,
} from './briefing-fixtures.mjs';

const { withApp } = uiSuite();

/**
 * Runs `fn(page, state)` on a fresh app whose backend words briefings from `library`;
 * `state` (savePath, failures) can be changed by the test as it goes.
 */
async function withBriefing({ library = sampleLibrary(), savePath = null, storage = null, ...options }, fn) {
  const state = { library, savePath, failures: {} };
  const app = { responses: briefingResponses(library), setup: (ctx) => installBriefingBackend(ctx, state), ...options };
  await withApp(app, async (page) => {
    if (storage) {
      await page.evaluate((s) => {
        for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
      }, storage);
      await page.reload();
      await page.getByTestId('nav').waitFor();
    }
    await fn(page, state);
  });
}

/** Opens the view with Alt+7 and waits for the first preview. */
async function openBriefing(page) {
  await page.keyboard.press('Alt+7');
  await page.getByTestId('briefing-view').waitFor();
  await settled(page);
}

/** Waits until no request is pending and the preview (or the error) is on screen. */
async function settled(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="briefing-status"]');
    const busy = status && status.textContent.trim() !== '';
    const shown = document.querySelector('[data-testid="briefing-page"], [data-testid="briefing-error"]');
    return shown && !busy && !document.querySelector('.bd-sheet.stale');
  });
}

const briefingCalls = (page) => page.evaluate(() => window.__mock.callsOf('briefing').map((c) => c.args.options));
const lastOptions = async (page) => (await briefingCalls(page)).at(-1);

/** Does something that changes the options; returns the options of the request it caused. */
async function change(page, action) {
  const before = (await briefingCalls(page)).length;
  await action();
  await page.waitForFunction((n) => window.__mock.callsOf('briefing').length > n, before);
  await settled(page);
  return lastOptions(page);
}

/** The key directives table, row by row, cell by cell (whitespace squashed). */
function rows(page) {
  return page.getByTestId('bp-row').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((td) => td.textContent.replace(/\s+/g, ' ').trim())),
  );
}

async function counts(page) {
  const out = {};
  for (const key of ['new', 'done', 'overdue', 'dueSoon']) {
    const li = page.getByTestId(`bp-count-${key}`);
    out[key] = [squash(await li.locator('.n').textContent()), squash(await li.locator('.k').textContent())];
  }
  return out;
}

const DEFAULT_STATUSES = ['new', 'tracking', 'in-progress', 'done'];

describe('briefing: the preview', () => {
  test('Alt+7 opens it with the last 30 days; counts, rows, sections and sources in exact Vietnamese', async () => {
    await withBriefing({}, async (page) => {
      const rail = await texts(page.getByTestId('nav').locator('button'));
      assert.equal(rail.at(-1), 'Báo cáo', 'the rail ends with the Briefing view');
      await openBriefing(page);
      assert.equal(await page.getByTestId('nav-briefing').getAttribute('aria-current'), 'page');

      const today = todayIso();
      const from = addDays(today, -29);
      const vi = (iso) => dateLabel('vi', iso);
      assert.deepEqual(await briefingCalls(page), [
        { from, to: today, documentIds: [], assignees: [], tags: [], statuses: DEFAULT_STATUSES, lang: 'vi', includeNotes: false },
      ]);
      assert.equal(await page.getByTestId('briefing-from').inputValue(), from);
      assert.equal(await page.getByTestId('briefing-to').inputValue(), today);
      assert.equal(await page.getByTestId('briefing-last30').getAttribute('aria-pressed'), 'true');
      assert.equal(await page.getByTestId('briefing-lang-vi').getAttribute('aria-checked'), 'true');
      assert.deepEqual(
        await page.locator('[data-testid^="briefing-status-"][aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.dataset.testid)),
        DEFAULT_STATUSES.map((s) => `briefing-status-${s}`),
      );

      assert.equal(await page.getByTestId('bp-title').textContent(), 'Báo cáo tóm tắt chỉ đạo');
      assert.equal(squash(await page.getByTestId('bp-meta').textContent()), `Kỳ báo cáo: ${vi(from)} – ${vi(today)} · Lập ngày: ${vi(today)}`);
      assert.deepEqual(await texts(page.getByTestId('bp-scope')), ['Tình trạng: Mới, Đang theo dõi, Đang thực hiện, Hoàn thành']);
      assert.equal(await page.getByTestId('briefing-count').textContent(), '6 chỉ đạo');
      assert.deepEqual(await counts(page), {
        new: ['4', 'Chỉ đạo mới'],
        done: ['1', 'Hoàn thành'],
        overdue: ['1', 'Quá hạn'],
        dueSoon: ['1', 'Sắp đến hạn'],
      });
      assert.equal(squash(await page.getByTestId('bp-total').textContent()), 'Tổng số chỉ đạo trong báo cáo: 6');

      assert.deepEqual(await texts(page.getByTestId('bp-table').locator('thead th')), [
        '#', 'Chủ thể', 'Nhiệm vụ', 'Văn bản', 'Thời hạn', 'Tình trạng', 'Tiến độ', 'Nguồn',
      ]);
      const year = today.slice(0, 4);
      assert.deepEqual(await rows(page), [
        ['1', 'Bộ Xây dựng', 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng', 'Chỉ thị 12/CT-TTg', vi(addDays(today, -14)), 'Đang thực hiện · Quá hạn', '1/3', '[1]'],
        ['2', 'Bộ Ngoại giao', 'chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư', 'Chỉ thị 12-CT/TW', vi(addDays(today, 9)), 'Đang theo dõi · Sắp đến hạn', '', '[2]'],
        ['3', 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'hoàn thành báo cáo tổng kết', '', dueLabel('vi', nextMonth(today)), 'Mới', '', '[2]'],
        ['4', 'Bộ Ngoại giao', 'tham mưu xây dựng Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045', 'Chiến lược đối ngoại nhân dân đến năm 2030', dueLabel('vi', nextQuarter(today)), 'Đang thực hiện', '1/4', '[2]'],
        ['5', 'Chưa rõ chủ thể', 'tiếp tục đẩy mạnh đối ngoại nhân dân (định hướng chung)', '', '', 'Mới', '', '[2]'],
        ['6', 'Ban biên tập <i>nội bộ</i>', 'hiện nguyên văn <b>x</b>', '', `năm ${year}`, 'Hoàn thành', '2/2', '[3]'],
      ]);
      assert.match(dueLabel('vi', nextMonth(today)), /^tháng \d{2}\/\d{4}$/);
      assert.match(dueLabel('vi', nextQuarter(today)), /^quý (I|II|III|IV)\/\d{4}$/);
      assert.equal(await page.locator('tr.overdue[data-no="1"]').count(), 1, 'the overdue row is marked');

      // Per document: its directives (by row number) and latest events.
      const docs = page.getByTestId('bp-document');
      assert.deepEqual(await texts(docs.locator('h3')), ['Chỉ thị 12/CT-TTg', 'Chỉ thị 12-CT/TW', 'Chiến lược đối ngoại nhân dân đến năm 2030']);
      assert.equal(
        squash(await docs.nth(0).locator('p.muted').textContent()),
        'tăng cường quản lý thị trường bất động sản · Cơ quan ban hành: Thủ tướng Chính phủ',
      );
      assert.equal(squash(await docs.nth(2).locator('p.muted').textContent()), 'tầm nhìn 2045');
      assert.deepEqual(await texts(docs.nth(1).getByTestId('bp-doc-directive')), [
        `#2 Bộ Ngoại giao: chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư — ${vi(addDays(today, 9))} · Đang theo dõi · Sắp đến hạn [2]`,
      ]);
      assert.deepEqual(await texts(docs.nth(1).getByTestId('bp-event')), [
        `${vi(addDays(today, -6))} — Hội nghị Ngoại giao lần thứ 32 (Hà Nội) [4]`,
        `${vi(addDays(today, -21))} — Hội nghị tổng kết công tác đối ngoại nhân dân (Hà Nội) [2][5]`,
      ]);
      // Events of the period, oldest first (the one 250 days ago is outside it).
      assert.deepEqual(await texts(page.getByTestId('bp-events').getByTestId('bp-event')), [
        `${vi(addDays(today, -21))} — Hội nghị tổng kết công tác đối ngoại nhân dân (Hà Nội) [2][5]`,
        `${vi(addDays(today, -6))} — Hội nghị Ngoại giao lần thứ 32 (Hà Nội) [4]`,
      ]);
      assert.equal(await page.getByTestId('bp-notes').count(), 0, 'no notes unless asked for');
      assert.deepEqual(await texts(page.getByTestId('bp-source')), [
        `${vi(addDays(today, -250))} — Chỉ thị 12/CT-TTg về tăng cường quản lý thị trường bất động sản (chi-thi-12.txt)`,
        `${vi(addDays(today, -20))} — Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân (doi-ngoai-nhan-dan.txt)`,
        'Chưa rõ ngày — Ghi chép chưa rõ ngày: thẻ <b>bold</b><img src=x onerror="window.__pwned=1"> (ghi-chep.txt)',
        `${vi(addDays(today, -5))} — Hội nghị Ngoại giao lần thứ 32 bàn triển khai nhiệm vụ (hoi-nghi-ngoai-giao-32.txt)`,
        `${vi(addDays(today, -19))} — People’s diplomacy conference reviews the year (peoples-diplomacy.md)`,
      ]);
      assert.deepEqual(await page.getByTestId('bp-source').evaluateAll((li) => li.map((x) => x.value)), [1, 2, 3, 4, 5]);

      // Markup in article words stays text.
      const sheet = page.getByTestId('briefing-page');
      assert.equal(await sheet.locator('i, img').count(), 0, 'no <i> or <img> made from article text');
      assert.equal(await sheet.locator('b', { hasText: /^(x|bold)$/ }).count(), 0, 'no <b> made from article text');
      assert.equal(await page.evaluate(() => window.__pwned), undefined);

      // A source reference leads to its source.
      await page.getByTestId('bp-row').nth(5).locator('a.ref').click();
      await page.waitForFunction(() => {
        const r = document.getElementById('bd-src-3').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.equal(new URL(page.url()).hash, '', 'the app’s address is left alone');
      await page.screenshot({ path: shotPath('briefing') });
    });
  });

  test('the sheet stays white paper in the dark theme; English UI → English briefing by default', async () => {
    await withBriefing({ colorScheme: 'dark' }, async (page) => {
      await page.getByTestId('lang-en').click();
      await openBriefing(page);
      assert.equal((await lastOptions(page)).lang, 'en', 'the briefing follows the UI language by default');
      const look = await page.getByTestId('briefing-page').evaluate((el) => {
        const s = getComputedStyle(el);
        return { bg: s.backgroundColor, fg: s.color, root: document.documentElement.dataset.theme };
      });
      assert.deepEqual(look, { bg: 'rgb(255, 255, 255)', fg: 'rgb(29, 35, 48)', root: 'dark' });
      assert.equal(await page.getByTestId('nav-briefing').textContent().then(squash), 'Briefing');
      assert.equal(await page.getByTestId('bp-title').textContent(), 'Directive briefing');
      await page.screenshot({ path: shotPath('briefing-en-dark') });
    });
  });
});

describe('briefing: the form', () => {
  test('each change asks the backend with the new options; labels change, article words stay; remembered', async () => {
    await withBriefing({}, async (page) => {
      await openBriefing(page);
      const today = todayIso();

      // Language: the labels are English, the article's words are not translated.
      let o = await change(page, () => page.getByTestId('briefing-lang-en').click());
      assert.equal(o.lang, 'en');
      assert.equal(await page.getByTestId('bp-title').textContent(), 'Directive briefing');
      assert.deepEqual(await texts(page.getByTestId('bp-table').locator('thead th')), [
        '#', 'Assignee', 'Action', 'Documents', 'Due', 'Status', 'Progress', 'Source',
      ]);
      const first = (await rows(page))[0];
      assert.deepEqual(first, [
        '1', 'Bộ Xây dựng', 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng', 'Chỉ thị 12/CT-TTg',
        dateLabel('en', addDays(today, -14)), 'In progress · Overdue', '1/3', '[1]',
      ]);
      assert.equal((await rows(page))[4][1], 'No assignee named');
      assert.equal((await rows(page))[4][2], 'tiếp tục đẩy mạnh đối ngoại nhân dân (general guidance)');
      assert.deepEqual(await counts(page), {
        new: ['4', 'New directives'], done: ['1', 'Done'], overdue: ['1', 'Overdue'], dueSoon: ['1', 'Due soon'],
      });
      assert.equal(await page.getByTestId('briefing-count').textContent(), '6 chỉ đạo', 'the app’s own words stay Vietnamese');

      // Statuses: three toggles at once make one request (debounced).
      const before = (await briefingCalls(page)).length;
      await page.evaluate(() => {
        for (const s of ['done', 'dropped', 'new']) document.querySelector(`[data-testid="briefing-status-${s}"]`).click();
      });
      await page.waitForFunction((n) => window.__mock.callsOf('briefing').length > n, before);
      await settled(page);
      await page.waitForTimeout(300);
      assert.equal((await briefingCalls(page)).length, before + 1, 'one request for three quick changes');
      o = await lastOptions(page);
      assert.deepEqual(o.statuses, ['tracking', 'in-progress', 'dropped']);
      assert.deepEqual(
        (await rows(page)).map((r) => [r[1], r[2], r[5]]),
        [
          ['Bộ Xây dựng', 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng', 'In progress · Overdue'],
          ['Bộ Ngoại giao', 'chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư', 'Tracking · Due soon'],
          ['Bộ Ngoại giao', 'tham mưu xây dựng Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045', 'In progress'],
          ['The ministry', 'submit the new strategy to the Secretariat', 'Dropped'],
        ],
      );
      assert.deepEqual(await texts(page.getByTestId('bp-scope')), ['Status: Tracking, In progress, Dropped']);
      // The last status cannot be taken away (none would mean "the default" to the backend).
      await change(page, () => page.getByTestId('briefing-status-tracking').click());
      await change(page, () => page.getByTestId('briefing-status-in-progress').click());
      assert.deepEqual((await lastOptions(page)).statuses, ['dropped']);
      const n = (await briefingCalls(page)).length;
      assert.equal(await page.getByTestId('briefing-status-dropped').getAttribute('aria-disabled'), 'true');
      await page.getByTestId('briefing-status-dropped').click({ force: true });
      await page.waitForTimeout(400);
      assert.equal((await briefingCalls(page)).length, n, 'nothing asked');
      assert.equal(await page.getByTestId('briefing-status-dropped').getAttribute('aria-pressed'), 'true');
      await change(page, () => page.getByTestId('briefing-status-new').click());
      await change(page, () => page.getByTestId('briefing-status-tracking').click());
      await change(page, () => page.getByTestId('briefing-status-in-progress').click());
      o = await change(page, () => page.getByTestId('briefing-status-dropped').click());
      assert.deepEqual(o.statuses, ['new', 'tracking', 'in-progress']);

      // Documents: ticking one narrows to it and names it in the scope.
      o = await change(page, () => page.locator('[data-testid="briefing-doc"][data-id="3"]').click());
      assert.deepEqual(o.documentIds, [3]);
      assert.deepEqual(await texts(page.getByTestId('briefing-doc-chip')), ['Chỉ thị 12-CT/TW']);
      assert.deepEqual(await texts(page.getByTestId('bp-scope')), ['Documents: Chỉ thị 12-CT/TW', 'Status: New, Tracking, In progress']);
      assert.deepEqual((await rows(page)).map((r) => r[2]), ['chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư']);
      // The list filters without diacritics.
      await page.getByTestId('briefing-doc-find').fill('chien luoc');
      assert.deepEqual(await texts(page.getByTestId('briefing-doc').locator('.doc-label')), ['Chiến lược đối ngoại nhân dân đến năm 2030']);
      o = await change(page, () => page.locator('[data-testid="briefing-doc"][data-id="4"]').click());
      assert.deepEqual(o.documentIds, [3, 4]);
      o = await change(page, () => page.getByTestId('briefing-doc-chip').first().click());
      assert.deepEqual(o.documentIds, [4]);

      // Assignees: suggestions from the directives' assignees, found without diacritics.
      await page.getByTestId('briefing-assignee-input').fill('ngoai giao');
      assert.deepEqual(await texts(page.getByTestId('briefing-assignee-suggestion')), ['Bộ Ngoại giao']);
      o = await change(page, () => page.getByTestId('briefing-assignee-suggestion').click());
      assert.deepEqual(o.assignees, ['Bộ Ngoại giao']);
      assert.deepEqual(await texts(page.getByTestId('briefing-assignee-chip')), ['Bộ Ngoại giao']);
      // A name typed in full is taken as is (Enter).
      o = await change(page, async () => {
        await page.getByTestId('briefing-assignee-input').fill('Ủy ban nhân dân Thành phố Hà Nội');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Enter');
      });
      assert.deepEqual(o.assignees, ['Bộ Ngoại giao', 'Ủy ban nhân dân Thành phố Hà Nội']);

      // Tags and notes.
      o = await change(page, () => page.locator('[data-testid="briefing-tag"][data-tag="chiến lược"]').click());
      assert.deepEqual(o.tags, ['chiến lược']);
      o = await change(page, () => page.getByTestId('briefing-notes').check());
      assert.equal(o.includeNotes, true);
      assert.deepEqual(
        await texts(page.getByTestId('bp-scope')),
        [
          'Documents: Chiến lược đối ngoại nhân dân đến năm 2030',
          'Assignees: Bộ Ngoại giao, Ủy ban nhân dân Thành phố Hà Nội',
          'Tags: chiến lược',
          'Status: New, Tracking, In progress',
        ],
      );
      assert.deepEqual((await rows(page)).map((r) => r[2]), ['tham mưu xây dựng Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045']);

      // Back to every document and assignee: the notes of the chosen directives show, as text.
      await change(page, () => page.getByTestId('briefing-doc-chip').click());
      await change(page, () => page.getByTestId('briefing-assignee-chip').nth(1).click());
      await change(page, () => page.getByTestId('briefing-assignee-chip').click());
      await change(page, () => page.locator('[data-testid="briefing-tag"][data-tag="chiến lược"]').click());
      await change(page, () => page.getByTestId('briefing-status-done').click());
      assert.deepEqual(await texts(page.getByTestId('bp-note')), [
        '#1 Bộ Xây dựng: chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng Hỏi lại Vụ Quản lý nhà về danh sách dự án. Đã có 12/40 dự án được rà soát.',
        '#2 Bộ Ngoại giao: chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư Đã gửi Vụ Tổng hợp dự thảo đề cương sơ kết; chờ ý kiến lãnh đạo Bộ.',
        '#6 Ban biên tập <i>nội bộ</i>: hiện nguyên văn <b>x</b> Giữ nguyên <b>thẻ</b> khi in.',
      ]);
      assert.equal(await page.getByTestId('bp-notes').locator('h2').textContent(), 'Notes');
      assert.equal(await page.getByTestId('bp-notes').locator('b, i').count(), 0);

      // The period: an earlier month has only what is still overdue.
      const from = addDays(today, -90);
      const to = addDays(today, -60);
      await change(page, () => page.getByTestId('briefing-from').fill(from));
      o = await change(page, () => page.getByTestId('briefing-to').fill(to));
      assert.equal(o.from, from);
      assert.equal(o.to, to);
      assert.equal(await page.getByTestId('briefing-last30').getAttribute('aria-pressed'), 'false');
      assert.equal(
        squash(await page.getByTestId('bp-meta').textContent()),
        `Period: ${dateLabel('en', from)} – ${dateLabel('en', to)} · Prepared on: ${dateLabel('en', today)}`,
      );
      assert.deepEqual((await rows(page)).map((r) => r[2]), ['chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng']);
      assert.equal(squash(await page.getByTestId('bp-events').textContent()), 'Events in the period No events in the period.');

      // Remembered between starts.
      const remembered = await lastOptions(page);
      await page.reload();
      await page.getByTestId('briefing-page').waitFor();
      await settled(page);
      assert.deepEqual(await lastOptions(page), remembered);
      assert.equal(await page.getByTestId('briefing-lang-en').getAttribute('aria-checked'), 'true');
      assert.equal(await page.getByTestId('briefing-from').inputValue(), from);
      assert.equal(await page.getByTestId('briefing-notes').isChecked(), true);

      // "Last 30 days" and "Reset" bring the defaults back (the language follows the UI again).
      o = await change(page, () => page.getByTestId('briefing-last30').click());
      assert.deepEqual([o.from, o.to], [addDays(today, -29), today]);
      o = await change(page, () => page.getByTestId('briefing-reset').click());
      assert.deepEqual(o, {
        from: addDays(today, -29), to: today, documentIds: [], assignees: [], tags: [], statuses: DEFAULT_STATUSES,
        lang: 'vi', includeNotes: false,
      });
      assert.equal(await page.getByTestId('bp-title').textContent(), 'Báo cáo tóm tắt chỉ đạo');
    });
  });

  test('a bad period shows the backend’s message in place of the preview; a failure can be retried', async () => {
    await withBriefing({}, async (page, state) => {
      await openBriefing(page);
      const today = todayIso();
      const late = addDays(today, 5);
      await change(page, () => page.getByTestId('briefing-from').fill(late));
      const error = page.getByTestId('briefing-error');
      await error.waitFor();
      assert.equal(
        squash(await error.locator('p').textContent()),
        `Không soạn được báo cáo: the period starts (${late}) after it ends (${today})`,
      );
      assert.equal(await page.getByTestId('briefing-page').count(), 0, 'no stale preview under the error');
      assert.equal(await page.getByTestId('briefing-print').isDisabled(), true);
      assert.equal(await page.getByTestId('briefing-export-pdf').isDisabled(), true);
      assert.equal(await page.getByTestId('briefing-form').isVisible(), true, 'the form stays to fix it');
      // Ctrl+P does nothing either.
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => window.__printed++;
      });
      await page.keyboard.press('Control+p');
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => window.__printed), 0);

      await change(page, () => page.getByTestId('briefing-last30').click());
      await page.getByTestId('briefing-page').waitFor();
      assert.equal(await error.count(), 0);

      // The backend fails once: its message, then Retry.
      state.failures.briefing = { code: 'database', message: 'database is locked' };
      await change(page, () => page.getByTestId('briefing-notes').check());
      assert.equal(squash(await error.locator('p').textContent()), 'Không soạn được báo cáo: database is locked');
      await change(page, () => error.getByRole('button', { name: 'Thử lại' }).click());
      await page.getByTestId('briefing-page').waitFor();
    });
  });
});

describe('briefing: print and export', () => {
  test('Print and Ctrl+P call window.print() in this view only', async () => {
    await withBriefing({}, async (page) => {
      await openBriefing(page);
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => window.__printed++;
        // After the view's own handler: sees whether it stopped the browser's print.
        window.addEventListener('keydown', (e) => {
          if (e.key === 'p') window.__prevented = e.defaultPrevented;
        });
      });
      await page.getByTestId('briefing-print').click();
      await page.waitForFunction(() => window.__printed === 1);
      assert.equal(await page.getByTestId('briefing-print').getAttribute('title'), 'In báo cáo (Ctrl+P)');
      await page.getByTestId('briefing-doc-find').focus();
      await page.keyboard.press('Control+p');
      await page.waitForFunction(() => window.__printed === 2);
      assert.equal(await page.evaluate(() => window.__prevented), true, 'the browser’s own print is not started too');
      // A change still waiting for its preview is fetched before printing.
      const before = (await briefingCalls(page)).length;
      await page.getByTestId('briefing-lang-en').click();
      await page.keyboard.press('Control+p');
      await page.waitForFunction(() => window.__printed === 3);
      assert.equal((await briefingCalls(page)).length, before + 1);
      assert.equal(await page.getByTestId('bp-title').textContent(), 'Directive briefing');

      await page.keyboard.press('Alt+1');
      await page.getByTestId('article-row').first().waitFor();
      await page.keyboard.press('Control+p');
      await page.waitForTimeout(150);
      assert.equal(await page.evaluate(() => window.__printed), 3, 'other views keep Ctrl+P to themselves');
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('bd-briefing-open')), false);
    });
  });

  test('PDF, HTML and Markdown through the save dialog; cancel does nothing; errors say why', async () => {
    await withBriefing({ savePath: '/home/lan/Báo cáo/bao-cao-thang-11.pdf' }, async (page, state) => {
      await openBriefing(page);
      const today = todayIso();
      const calls = (cmd) => page.evaluate((c) => window.__mock.callsOf(c).map((x) => x.args), cmd);

      await page.getByTestId('briefing-export-pdf').click();
      const toast = page.getByTestId('info-toast');
      await toast.waitFor();
      assert.equal(
        squash(await toast.textContent()),
        'Đã lưu báo cáo PDF (47,1 KB) vào /home/lan/Báo cáo/bao-cao-thang-11.pdf',
      );
      assert.deepEqual(await calls('plugin:dialog|save'), [
        { options: { defaultPath: `bao-cao-${today}.pdf`, filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }] } },
      ]);
      const options = await lastOptions(page);
      assert.deepEqual(await calls('export_briefing'), [{ options, path: '/home/lan/Báo cáo/bao-cao-thang-11.pdf' }]);
      await toast.getByRole('button').click();

      // An English briefing of another period, as Markdown.
      await change(page, () => page.getByTestId('briefing-lang-en').click());
      const to = addDays(today, -1);
      await change(page, () => page.getByTestId('briefing-to').fill(to));
      state.savePath = '/home/lan/briefing.md';
      await page.getByTestId('briefing-export-markdown').click();
      await toast.waitFor();
      assert.equal(squash(await toast.textContent()), 'Đã lưu báo cáo Markdown (812 byte) vào /home/lan/briefing.md');
      const saves = await calls('plugin:dialog|save');
      assert.deepEqual(saves.at(-1), {
        options: { defaultPath: `briefing-${to}.md`, filters: [{ name: 'Văn bản Markdown', extensions: ['md'] }] },
      });
      const exported = (await calls('export_briefing')).at(-1);
      assert.equal(exported.options.lang, 'en');
      assert.equal(exported.options.to, to);
      assert.equal(exported.path, '/home/lan/briefing.md');
      await toast.getByRole('button').click();

      // Cancelled: no export, no message.
      state.savePath = null;
      const exportsBefore = (await calls('export_briefing')).length;
      await page.getByTestId('briefing-export-html').click();
      await page.waitForFunction((n) => window.__mock.callsOf('plugin:dialog|save').length === n, saves.length + 1);
      await page.waitForTimeout(200);
      assert.equal((await calls('export_briefing')).length, exportsBefore);
      assert.equal(await toast.count(), 0);
      assert.equal(await page.getByTestId('briefing-export-error').count(), 0);
      assert.equal((await calls('plugin:dialog|save')).at(-1).options.filters[0].name, 'Trang HTML');

      // A file name the backend cannot write: its message, naming the file.
      state.savePath = '/home/lan/bao-cao.docx';
      await page.getByTestId('briefing-export-html').click();
      const err = page.getByTestId('briefing-export-error');
      await err.waitFor();
      assert.equal(
        squash(await err.textContent()),
        'Không lưu được báo cáo: /home/lan/bao-cao.docx: cannot write a briefing as “.docx”; use a file name ending in .pdf, .html or .md',
      );
      assert.equal(await toast.count(), 0);
      // An I/O failure.
      state.savePath = '/mnt/usb/bao-cao.html';
      state.failures.export_briefing = { code: 'io', message: 'cannot write /mnt/usb/bao-cao.html: Read-only file system (os error 30)' };
      await page.getByTestId('briefing-export-html').click();
      await err.getByText('Read-only file system (os error 30)').waitFor();
      await err.getByRole('button').click();
      assert.equal(await err.count(), 0);
      // And one that works, in HTML.
      state.savePath = '/home/lan/bao-cao.html';
      await page.getByTestId('briefing-export-html').click();
      await toast.getByText(`(${EXPORT_BYTES.html / 1024} KB) vào /home/lan/bao-cao.html`).waitFor();
    });
  });
});

// ---- the printed briefing, for real ---------------------------------------------------------

/** Text of each PDF page (pdftotext -layout), and pdfinfo's fields. */
function readPdf(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const pages = layout.split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return { info, pages, raw };
}

/** Mean grey level (0 black … 255 white) of page 1 rendered at 20 dpi. */
function pageOneBrightness(file, dir) {
  execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'p1')]);
  const pgm = readFileSync(join(dir, 'p1.pgm'));
  // "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  let at = 0;
  const fields = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[at]))) at++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(pgm[at]))) s += String.fromCharCode(pgm[at++]);
    fields.push(s);
  }
  const pixels = pgm.subarray(at + 1);
  let sum = 0;
  for (const p of pixels) sum += p;
  return sum / pixels.length;
}

describe('briefing: printed on A4', () => {
  test('200 directives: only the sheet, table headers on every page, no row split, Vietnamese exact', async () => {
    const library = bigLibrary(200);
    await withBriefing({ library, colorScheme: 'dark', viewport: { width: 1280, height: 800 } }, async (page) => {
      await openBriefing(page);
      await page.locator('[data-testid="bp-row"][data-no="200"]').waitFor();
      const options = await lastOptions(page);
      const expected = briefingPreview(options, library).briefing.directives;
      assert.equal(expected.length, 200);

      // In print media the app's chrome is gone and the sheet is black on white.
      await page.emulateMedia({ media: 'print' });
      const look = await page.evaluate(() => {
        const shown = (sel) => {
          const el = document.querySelector(sel);
          return !!el && getComputedStyle(el).display !== 'none';
        };
        const sheet = getComputedStyle(document.querySelector('[data-testid="briefing-page"]'));
        return {
          header: shown('header.top'),
          rail: shown('[data-testid="nav"]'),
          form: shown('[data-testid="briefing-form"]'),
          toolbar: shown('.bd-toolbar'),
          sheet: shown('[data-testid="briefing-page"]'),
          color: sheet.color,
          background: sheet.backgroundColor,
          theadGroup: getComputedStyle(document.querySelector('[data-testid="bp-table"] thead')).display,
          rowBreak: getComputedStyle(document.querySelector('[data-testid="bp-row"]')).breakInside,
        };
      });
      assert.deepEqual(look, {
        header: false, rail: false, form: false, toolbar: false, sheet: true,
        color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', theadGroup: 'table-header-group', rowBreak: 'avoid',
      });

      const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
      try {
        const file = join(dir, 'briefing.pdf');
        writeFileSync(file, await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true, printBackground: true }));
        const { info, pages, raw } = readPdf(file);

        // A4 (Chromium lays pages out in whole CSS pixels: within a point of 595.28 x 841.89).
        const size = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info);
        assert.ok(size, `A4 pages: ${info}`);
        assert.ok(Math.abs(Number(size[1]) - 595.28) < 1 && Math.abs(Number(size[2]) - 841.89) < 1, info);
        assert.equal(Number(/Pages:\s+(\d+)/.exec(info)[1]), pages.length);
        assert.ok(pages.length >= 10, `200 rows take many pages (${pages.length})`);

        // Nothing of the app around the sheet.
        const all = pages.join('\n');
        for (const chrome of ['Thư viện', 'Nhập tệp', 'Nhập thư mục', 'Dòng thời gian', 'Tìm kiếm trong thư viện', 'Ngôn ngữ báo cáo', 'Kèm ghi chú của tôi', '30 ngày gần nhất', 'Markdown']) {
          assert.ok(!all.includes(chrome), `"${chrome}" is not printed`);
        }
        assert.match(pages[0], /Báo cáo tóm tắt chỉ đạo/);
        assert.match(pages[0], /Tổng số chỉ đạo trong báo cáo: 200/);
        // In the page margins: the title and period from page 2 on, page numbers ("Trang 3 / 28").
        const head = `Báo cáo tóm tắt chỉ đạo · ${dateLabel('vi', options.from)} – ${dateLabel('vi', options.to)}`;
        pages.forEach((p, i) => {
          assert.match(p, new RegExp(`Trang ${i + 1} / ${pages.length}`), `page ${i + 1} is numbered`);
          assert.equal(p.includes(head), i > 0, `page ${i + 1} ${i > 0 ? 'has' : 'has no'} the running head`);
        });

        // The key directives table: a header on every page with rows, each row once, whole.
        const HEADER = /#\s+Chủ thể\s+Nhiệm vụ\s+Văn bản\s+Thời hạn\s+Tình trạng\s+Tiến độ\s+Nguồn/;
        const ROW = /^\s{0,4}(\d{1,3})\s+\S/;
        const seen = [];
        let open = false; // the table runs on from the previous page
        pages.forEach((text, i) => {
          let rowsHere = false;
          let headerHere = false;
          const found = [];
          const table = [];
          for (const line of text.split('\n')) {
            if (HEADER.test(line)) {
              headerHere = true;
              rowsHere = open = true;
            } else if (/^\s*(Theo văn bản|Sự kiện trong kỳ)\s*$/.test(line)) {
              rowsHere = open = false;
            } else if (rowsHere) {
              table.push(line);
              const m = ROW.exec(line);
              if (m) found.push(Number(m[1]));
            } else if (open) {
              assert.doesNotMatch(line, ROW, `page ${i + 1}: no row before the repeated table header`);
            }
          }
          if (found.length > 0) assert.ok(headerHere, `page ${i + 1} has rows: its table header is repeated`);
          for (const no of found) {
            // The row's own dispatch number ("Công văn số 5xyz/…", its last words) is on the same page.
            const code = /Công văn số (\d+)\//.exec(expected[no - 1].action)[1];
            assert.match(table.join('\n'), new RegExp(`(?<!\\d)${code}(?!\\d)`), `row ${no} is whole on page ${i + 1}`);
          }
          seen.push(...found);
        });
        assert.deepEqual(seen, Array.from({ length: 200 }, (_, i) => i + 1), 'every row number printed exactly once, in order');

        // Headings are kept with what follows them.
        for (const heading of ['Tóm tắt', 'Các chỉ đạo chính', 'Theo văn bản', 'Sự kiện trong kỳ', 'Nguồn']) {
          const at = pages.findIndex((p) => new RegExp(`^\\s*${heading}\\s*$`, 'm').test(p));
          assert.ok(at >= 0, `"${heading}" is printed`);
          const after = pages[at].split(new RegExp(`^\\s*${heading}\\s*$`, 'm'))[1];
          assert.ok(after.split('\n').some((l) => l.trim() && !/^\s*Trang \d+ \/ \d+\s*$/.test(l)), `"${heading}" is not alone at the foot of page ${at + 1}`);
        }

        // Vietnamese exact, diacritics and all.
        const flat = raw.replace(/\s+/g, ' ');
        for (const words of ['Chỉ thị 12', 'Bộ Ngoại giao', 'tầm nhìn đến năm 2045', 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'Ủy ban nhân dân các tỉnh, thành phố', 'Quá hạn', 'Sắp đến hạn']) {
          assert.ok(flat.includes(words), `"${words}" printed exactly`);
        }

        // White paper although the app is dark.
        assert.ok(pageOneBrightness(file, dir) > 225, 'page 1 is mostly white');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

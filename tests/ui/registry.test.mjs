// The directive registry as a user works with it: grouping, the shared filter bar (words
// without diacritics, status, tags, due window, rejected), the follow-up panel (status and
// its history, undo, a bad due date, notes that survive a failed save) and a directive added
// from a selection in the reader. Real Chromium against the stateful fake backend
// (helpers.mjs), "today" fixed at 2026-01-10.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractionArticles, sampleArticles, shotPath, texts, uiSuite } from './helpers.mjs';

const ALL = () => [...sampleArticles(), ...extractionArticles()];

const { withApp } = uiSuite(() => ({ articles: ALL() }));

const rowIds = (page) =>
  page.getByTestId('directive-row').evaluateAll((els) => [...new Set(els.map((e) => Number(e.dataset.id)))].sort((a, b) => a - b));
const row = (page, id) => page.locator(`[data-testid="directive-row"][data-id="${id}"]`).first();

async function registry(page) {
  await page.getByTestId('nav-directives').click();
  await page.getByTestId('directive-row').first().waitFor();
}

/** Waits until the registry lists exactly `ids`. */
async function expectRows(page, ids) {
  const want = [...ids].sort((a, b) => a - b);
  await page.waitForFunction(
    (w) =>
      JSON.stringify(
        [...new Set([...document.querySelectorAll('[data-testid="directive-row"]')].map((e) => Number(e.dataset.id)))].sort(
          (a, b) => a - b,
        ),
      ) === JSON.stringify(w),
    want,
    { timeout: 5000 },
  ).catch(async () => assert.deepEqual(await rowIds(page), want));
}

async function openPanel(page, id) {
  await row(page, id).getByTestId('dir-open').click();
  await page.locator(`[data-testid="directive-panel"][data-id="${id}"]`).waitFor();
  await page.getByTestId('history').waitFor();
}

describe('registry', () => {
  test('grouping by document, assignee or status changes the group headers and is remembered', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      const heads = () => texts(page.getByTestId('group-head'));
      assert.equal(await page.getByTestId('group-document').getAttribute('aria-checked'), 'true');
      assert.deepEqual(await heads(), [
        'Chỉ thị 12-CT/TW',
        'Chỉ thị 12/CT-TTg',
        'Chiến lược đối ngoại nhân dân đến năm 2030',
        'Luật Đất đai (sửa đổi)',
        'Không gắn văn bản',
      ]);
      await page.getByTestId('group-assignee').click();
      const byAssignee = await heads();
      assert.ok(byAssignee.includes('Bộ Ngoại giao') && byAssignee.includes('Bộ Xây dựng'), byAssignee.join(' | '));
      assert.equal(byAssignee.at(-1), 'Chưa rõ chủ thể');
      // Bộ Ngoại giao has two directives in one group.
      const bng = page.locator('[data-testid="group"]', { has: page.getByTestId('group-head').getByText('Bộ Ngoại giao', { exact: true }) });
      assert.equal(await bng.getByTestId('directive-row').count(), 2);
      assert.equal(await bng.getByTestId('group-count').textContent(), '2 chỉ đạo');

      // Arrow keys move through the segmented control.
      await page.getByTestId('group-assignee').focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.getByTestId('group-status').getAttribute('aria-checked'), 'true');
      assert.deepEqual(await heads(), ['Mới', 'Đang theo dõi', 'Đang thực hiện']);
      assert.deepEqual(await texts(page.locator('[data-testid="group"][data-key="tracking"] [data-testid="dir-assignee"]')), [
        'Bộ Ngoại giao',
        'Bộ Xây dựng',
      ]);

      await page.reload();
      await registry(page);
      assert.equal(await page.getByTestId('group-status').getAttribute('aria-checked'), 'true', 'remembered for the session');
    });
  });

  test('each row shows assignee, action, documents, due with its precision and badge, status, owner, tags, progress, sentence', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      const r = row(page, 102);
      assert.equal((await r.getByTestId('dir-assignee').textContent()).trim(), 'Bộ Xây dựng');
      assert.equal(await r.getByTestId('dir-action').textContent(), 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng');
      assert.deepEqual(await texts(r.getByTestId('dir-doc')), ['Chỉ thị 12/CT-TTg']);
      assert.equal(await r.getByTestId('due-when').textContent(), '30/06/2024');
      assert.equal(await r.getByTestId('due-badge').textContent(), 'Quá hạn');
      assert.equal((await r.getByTestId('dir-status').textContent()).trim(), 'Đang theo dõi');
      assert.equal((await r.getByTestId('dir-owner').textContent()).includes('Chị Lan'), true);
      assert.deepEqual(await texts(r.getByTestId('dir-tag')), ['#bất động sản']);
      assert.equal((await r.getByTestId('dir-priority').textContent()).trim(), 'Ưu tiên cao');
      assert.match(await r.getByTestId('dir-sentence').textContent(), /^“Theo chỉ thị, Bộ Xây dựng chủ trì/);
      // Precisions: a day, a quarter, a month, a year; due soon on 2026-01-10.
      assert.equal(await row(page, 201).getByTestId('due-when').textContent(), '15/01/2026');
      assert.equal(await row(page, 201).getByTestId('due-badge').textContent(), 'Sắp đến hạn');
      assert.equal(await row(page, 202).getByTestId('due-when').textContent(), 'quý I/2026');
      assert.equal(await row(page, 204).getByTestId('due-when').textContent(), 'tháng 3/2026');
      assert.equal(await row(page, 205).getByTestId('due-when').textContent(), 'năm 2026');
      assert.equal(await row(page, 202).getByTestId('due-badge').count(), 0);
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '0/2');
      assert.equal(await row(page, 104).getByTestId('dir-progress').count(), 0, 'no checklist, no progress');

      // The sentence opens the article at its span, the directive's panel open.
      await row(page, 102).getByTestId('dir-sentence').click();
      await page.locator('[data-testid="reader"][data-id="1"]').waitFor();
      await page.getByTestId('hl-panel').getByTestId('panel-assignee').getByText('Bộ Xây dựng').waitFor();
      assert.equal((await page.getByTestId('hl-panel').getByTestId('panel-status').textContent()).trim(), 'Đang theo dõi');
    });
  });

  test('the filter bar: words without diacritics, status, tags, due window, clear', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      const text = page.getByTestId('filter-text');
      await text.fill('bo ngoai giao');
      await expectRows(page, [201, 202, 203, 204]); // the assignee, or the article's title
      assert.ok((await texts(page.getByTestId('dir-assignee'))).includes('Bộ Ngoại giao'));
      const sent = await page.evaluate(() => window.__mock.callsOf('list_directives').at(-1).args.filter);
      assert.equal(sent.text, 'bo ngoai giao', 'the backend folds the words');
      await text.fill('Đất đai');
      await expectRows(page, [105]);
      await text.fill('dat dai');
      await expectRows(page, [105]);
      await text.fill('');
      await expectRows(page, [101, 102, 103, 104, 105, 106, 201, 202, 203, 204, 205]);

      await page.getByTestId('filter-status-tracking').click();
      assert.equal(await page.getByTestId('filter-status-tracking').getAttribute('aria-pressed'), 'true');
      await expectRows(page, [102, 201]);
      await page.getByTestId('filter-status-in-progress').click();
      await expectRows(page, [102, 103, 201]);
      await page.getByTestId('filter-status-tracking').click();
      await page.getByTestId('filter-status-in-progress').click();
      await expectRows(page, [101, 102, 103, 104, 105, 106, 201, 202, 203, 204, 205]);

      // Tags in use, most used first.
      assert.deepEqual(await texts(page.getByTestId('filter-tag')), ['#bất động sản', '#tín dụng', '#đối ngoại']);
      await page.locator('[data-testid="filter-tag"][data-tag="tín dụng"]').click();
      await expectRows(page, [103]);
      await page.locator('[data-testid="filter-tag"][data-tag="tín dụng"]').click();

      await page.getByTestId('filter-due-overdue').click();
      await expectRows(page, [102, 106]);
      await page.getByTestId('filter-due-week').click();
      assert.equal(await page.getByTestId('filter-due-overdue').getAttribute('aria-pressed'), 'false', 'one window at a time');
      await expectRows(page, [201]);
      await page.getByTestId('filter-due-month').click();
      await expectRows(page, [201]);
      await page.getByTestId('filter-due-undated').click();
      await expectRows(page, [101, 103, 104, 105, 203]);
      await page.getByTestId('filter-clear').click();
      await expectRows(page, [101, 102, 103, 104, 105, 106, 201, 202, 203, 204, 205]);
      assert.equal(await page.getByTestId('filter-clear').count(), 0);
      assert.equal(await text.inputValue(), '');
    });
  });

  test('a rejected directive is hidden, shown with the toggle, and restored', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      await openPanel(page, 204);
      await page.getByTestId('dp-reject').click();
      await page.getByTestId('dp-rejected-note').waitFor();
      await row(page, 204).waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('dp-state').textContent(), 'Đã loại');
      await page.getByTestId('filter-rejected').check();
      await row(page, 204).waitFor();
      assert.match(await row(page, 204).getAttribute('class'), /rejected/);
      await page.getByTestId('filter-rejected').uncheck();
      await row(page, 204).waitFor({ state: 'detached' });
      await page.getByTestId('dp-restore').click();
      await row(page, 204).waitFor();
      assert.equal(await page.getByTestId('dp-state').textContent(), 'Đã xác nhận');
      // The history tells both, newest first.
      assert.deepEqual((await texts(page.getByTestId('history-action'))).slice(0, 2), ['khôi phục chỉ đạo', 'loại chỉ đạo']);
    });
  });

  test('a status change is in the history; undo (button or Ctrl+Z) puts it back', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      await openPanel(page, 204);
      await page.getByTestId('dp-confirm').click();
      await page.getByTestId('dp-state').getByText('Đã xác nhận').waitFor();
      await page.getByTestId('dp-status').selectOption('tracking');
      const first = page.getByTestId('history-entry').first();
      await first.getByTestId('history-change').getByText('Đang theo dõi').waitFor();
      assert.equal(await first.getByTestId('history-action').textContent(), 'sửa chỉ đạo');
      assert.equal((await first.getByTestId('history-change').textContent()).replace(/\s+/g, ' ').trim(), 'tình trạng: Mới → Đang theo dõi');
      assert.match(await first.locator('time').textContent(), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      assert.equal((await first.locator('.actor').textContent()).trim(), 'lan');
      assert.equal((await row(page, 204).getByTestId('dir-status').textContent()).trim(), 'Đang theo dõi');

      // Ctrl+Z with the focus in the panel (not in a text field) undoes it.
      await page.getByTestId('directive-panel').focus();
      await page.keyboard.press('Control+z');
      await page.locator('[data-testid="history-entry"].undone').first().waitFor();
      assert.equal(await page.getByTestId('dp-status').inputValue(), 'new');
      assert.equal((await row(page, 204).getByTestId('dir-status').textContent()).trim(), 'Mới');
      assert.equal(await page.getByTestId('history-entry').first().getAttribute('data-action'), 'undo');
      // Ctrl+Z in a text field is the field's own undo.
      await page.getByTestId('dp-owner').focus();
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(150);
      assert.equal(await page.evaluate(() => window.__mock.callsOf('undo_last').length), 1);
      // The button undoes the confirmation next.
      await page.getByTestId('history-undo').click();
      await page.getByTestId('dp-state').getByText('Máy trích xuất').waitFor();
      assert.equal(await page.locator('[data-testid="history-entry"].undone').count(), 2);
      await page.screenshot({ path: shotPath('registry-history') });
    });
  });

  test('a bad due date is explained beside the field and the typed text stays; a good one is saved', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      await openPanel(page, 204);
      const due = page.getByTestId('dp-due');
      assert.equal(await due.inputValue(), '2026-03');
      await due.fill('2026-13');
      await due.press('Enter');
      const err = page.getByTestId('dp-due-error');
      await err.waitFor();
      assert.match(await err.textContent(), /Thời hạn không hợp lệ/);
      assert.equal(await due.inputValue(), '2026-13', 'the typed text is kept');
      assert.equal(await due.getAttribute('aria-invalid'), 'true');
      await due.fill('2026-q2');
      await due.press('Tab');
      await page.locator('[data-testid="dp-due-error"]').waitFor({ state: 'detached' });
      await row(page, 204).getByTestId('due-when').getByText('quý II/2026').waitFor();
      assert.equal(await due.inputValue(), '2026-Q2', 'as the backend stores it');
      // The action cannot be emptied.
      await page.getByTestId('dp-action').fill('');
      await page.getByTestId('dp-action').press('Control+Enter');
      await page.getByTestId('dp-action-error').waitFor();
      await page.getByTestId('dp-action').press('Escape');
      assert.equal(await page.getByTestId('dp-action').inputValue(), 'hoàn thành báo cáo tổng kết');
    });
  });

  test('notes save on leaving the field; a failed save keeps the text and says why', async () => {
    await withApp({}, async (page) => {
      await registry(page);
      await openPanel(page, 201);
      await page.evaluate(() => window.__mock.fail('update_directive', { code: 'database', message: 'database is locked' }));
      const notes = page.getByTestId('dp-notes');
      await notes.fill('Gọi Vụ Tổng hợp trước thứ Sáu.\nXin số liệu quý IV.');
      await page.getByTestId('dp-owner').focus();
      const err = page.getByTestId('dp-notes-error');
      await err.waitFor();
      assert.match(await err.textContent(), /database is locked/);
      assert.equal(await notes.inputValue(), 'Gọi Vụ Tổng hợp trước thứ Sáu.\nXin số liệu quý IV.');
      await notes.focus();
      await notes.press('Control+Enter');
      await page.locator('[data-testid="dp-notes-error"]').waitFor({ state: 'detached' });
      await page.getByTestId('history-change').getByText('Xin số liệu quý IV.', { exact: false }).first().waitFor();
      // Owner, priority and tags.
      await page.getByTestId('dp-owner').fill('Anh Minh');
      await page.getByTestId('dp-owner').press('Enter');
      await row(page, 201).getByTestId('dir-owner').getByText('Anh Minh', { exact: true }).waitFor();
      await page.getByTestId('dp-priority-high').click();
      await row(page, 201).getByTestId('dir-priority').waitFor();
      await page.getByTestId('dp-tag-input').fill('sơ kết');
      await page.getByTestId('dp-tag-input').press('Enter');
      await row(page, 201).getByTestId('dir-tag').getByText('#sơ kết').waitFor();
      assert.deepEqual(await texts(page.getByTestId('dp-tag')), ['#đối ngoại', '#sơ kết']);
      await page.locator('[data-testid="dp-tag"]', { hasText: 'đối ngoại' }).getByTestId('dp-tag-remove').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="dp-tag"]').length === 1);
      // The words filter finds notes and owners too.
      await page.getByTestId('filter-text').fill('so lieu quy iv');
      await expectRows(page, [201]);
    });
  });
});

describe('adding a directive from the reader', () => {
  test('a selection offers "Add directive"; the form adds it with the code-point span; it shows in the registry', async () => {
    await withApp({}, async (page) => {
      await page.locator('[data-testid="article-row"]', { hasText: 'Chỉ thị 12/CT-TTg' }).click();
      await page.locator('[data-testid="reader-body"] [data-testid="hl-doc"]').first().waitFor();
      // Select from inside the mention to the end of "các bộ, ngành" (the body starts with an
      // emoji: one code point, two UTF-16 units).
      const phrase = '12/CT-TTg yêu cầu các bộ, ngành';
      await page.evaluate((phrase) => {
        const body = document.querySelector('[data-testid="reader-body"]');
        const p = body.querySelector('p');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const nodes = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        const full = nodes.map((n) => n.data).join('');
        const at = full.indexOf(phrase);
        const locate = (i) => {
          for (const n of nodes) {
            if (i <= n.data.length) return [n, i];
            i -= n.data.length;
          }
          throw new Error('out of range');
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + phrase.length));
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, phrase);
      await page.getByTestId('add-directive').click();
      const form = page.getByTestId('add-directive-form');
      await form.waitFor();
      assert.equal(await page.getByTestId('add-action').inputValue(), phrase);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'add-action');
      await page.getByTestId('add-action').fill('rà soát thị trường bất động sản');
      await page.getByTestId('add-assignee').fill('Bộ Tài chính');
      await page.getByTestId('add-due').fill('2026-Q5');
      await page.getByTestId('add-save').click();
      await page.getByTestId('add-due-error').waitFor();
      assert.equal(await page.getByTestId('add-due').inputValue(), '2026-Q5', 'kept');
      assert.equal(await page.getByTestId('add-action').inputValue(), 'rà soát thị trường bất động sản', 'kept');
      await page.screenshot({ path: shotPath('reader-add-directive') });
      await page.getByTestId('add-due').fill('2026-Q2');
      await page.getByTestId('add-save').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId('info-toast').getByText('Đã thêm chỉ đạo.').waitFor();

      const call = await page.evaluate(() => window.__mock.callsOf('add_directive').at(-1).args);
      const body = sampleArticles()[0].body;
      const chars = Array.from(body);
      const start = Array.from(body.slice(0, body.indexOf(phrase))).length;
      assert.deepEqual(call.span, { start, end: start + Array.from(phrase).length });
      assert.equal(chars.slice(call.span.start, call.span.end).join(''), phrase);
      assert.equal(call.articleId, 1);
      assert.equal(call.assignee, 'Bộ Tài chính');
      assert.equal(call.due, '2026-Q2');

      // The reader highlights it; the registry lists it, made by hand.
      await page.locator('[data-testid="hl-dir"]', { hasText: '12/CT-TTg yêu cầu' }).first().waitFor();
      await page.getByTestId('nav-directives').click();
      const added = page.locator('[data-testid="directive-row"]', { hasText: 'Bộ Tài chính' }).first();
      await added.waitFor();
      assert.equal(await added.getByTestId('dir-action').textContent(), 'rà soát thị trường bất động sản');
      assert.equal(await added.getByTestId('due-when').textContent(), 'quý II/2026');
      assert.equal(await added.getByTestId('dir-state').textContent(), 'Thêm thủ công');
      assert.equal(await added.getByTestId('dir-sentence').textContent(), `“${phrase}”`);
    });
  });

  test('a collapsed selection offers nothing; Esc closes the form', async () => {
    await withApp({}, async (page) => {
      await page.locator('[data-testid="article-row"]', { hasText: 'Quốc hội thảo luận' }).click();
      await page.locator('[data-testid="reader-body"] p').first().waitFor();
      await page.locator('[data-testid="reader-body"] p').nth(1).dblclick();
      await page.getByTestId('add-directive').click();
      await page.getByTestId('add-directive-form').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('add-directive-form').waitFor({ state: 'detached' });
      await page.evaluate(() => window.getSelection().removeAllRanges());
      await page.locator('[data-testid="reader-body"] p').first().click();
      assert.equal(await page.getByTestId('add-directive').count(), 0);
    });
  });
});

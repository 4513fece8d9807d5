// A directive's checklist in the follow-up panel: tick (progress moves at once, on the row,
// the panel and the reader), add, edit in place, reorder by keyboard, buttons and drag,
// delete with Undo. Real Chromium against the stateful fake backend (helpers.mjs); directive
// 103 ("Ngân hàng Nhà nước") starts with two open tasks.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractionArticles, sampleArticles, shotPath, texts, uiSuite } from './helpers.mjs';

const { withApp } = uiSuite(() => ({ articles: [...sampleArticles(), ...extractionArticles()] }));

const row = (page, id) => page.locator(`[data-testid="directive-row"][data-id="${id}"]`).first();
const taskTexts = (page) => texts(page.getByTestId('task-text'));
const T1 = 'Tổng hợp số liệu tín dụng bất động sản';
const T2 = 'Gửi báo cáo nhanh cho lãnh đạo Vụ';

async function openChecklist(page, id = 103) {
  await page.getByTestId('nav-directives').click();
  await row(page, id).getByTestId('dir-open').click();
  await page.locator(`[data-testid="directive-panel"][data-id="${id}"]`).waitFor();
  await page.getByTestId('checklist').waitFor();
}

describe('checklist', () => {
  test('ticking a task moves the progress at once on the row, the panel and the reader', async () => {
    // A slow backend: the progress must not wait for it.
    await withApp({ latencyMs: 400 }, async (page) => {
      await openChecklist(page);
      const panelProgress = page.getByTestId('directive-panel').getByTestId('panel-progress');
      assert.equal((await panelProgress.textContent()).trim(), '0/2');
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '0/2');
      await page.getByTestId('task').first().getByTestId('task-done').check();
      // Before the backend answers (400 ms).
      assert.equal((await panelProgress.textContent()).trim(), '1/2');
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '1/2');
      assert.equal(await page.getByTestId('task').first().getByTestId('task-done').isChecked(), true);
      await page.locator('[data-testid="history-entry"][data-action="task-done"]').waitFor();
      assert.equal(
        (await page.locator('[data-testid="history-entry"][data-action="task-done"] [data-testid="history-task"]').textContent()).trim(),
        `“${T1}”`,
      );
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '1/2');
      // The reader's panel shows it too.
      await page.getByTestId('dp-open-article').click();
      await page.locator('[data-testid="reader"][data-id="1"]').waitFor();
      const hp = page.getByTestId('hl-panel');
      await hp.getByTestId('panel-progress').waitFor();
      assert.equal((await hp.getByTestId('panel-progress').textContent()).trim(), '1/2');
      assert.equal((await hp.getByTestId('panel-status').textContent()).trim(), 'Đang thực hiện');
      // And back to the follow-up from there.
      await hp.getByTestId('panel-open-follow-up').click();
      await page.locator('[data-testid="directive-panel"][data-id="103"]').waitFor();
      // Unticking.
      await page.getByTestId('task').first().getByTestId('task-done').uncheck();
      assert.equal((await page.getByTestId('directive-panel').getByTestId('panel-progress').textContent()).trim(), '0/2');
    });
  });

  test('adding and editing tasks; due dates keep their precision; a bad one is explained', async () => {
    await withApp({}, async (page) => {
      await openChecklist(page);
      await page.getByTestId('task-new-text').fill('Họp với Vụ Tín dụng các ngành kinh tế');
      await page.getByTestId('task-new-due').fill('2026-02');
      await page.getByTestId('task-new-owner').fill('Hà');
      await page.getByTestId('task-new-text').press('Enter');
      await page.getByTestId('task').nth(2).waitFor();
      assert.deepEqual(await taskTexts(page), [T1, T2, 'Họp với Vụ Tín dụng các ngành kinh tế']);
      const third = page.getByTestId('task').nth(2);
      assert.equal(await third.getByTestId('due-when').textContent(), 'tháng 2/2026');
      assert.equal((await third.getByTestId('task-owner').textContent()).trim(), 'Hà');
      assert.equal(await page.getByTestId('task-new-text').inputValue(), '', 'the form is ready for the next one');
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '0/3');
      // An overdue task is flagged.
      assert.equal(await page.getByTestId('task').first().getByTestId('due-badge').textContent(), 'Quá hạn');

      // A bad due date keeps what was typed.
      await page.getByTestId('task-new-text').fill('Một việc khác');
      await page.getByTestId('task-new-due').fill('sắp tới');
      await page.getByTestId('task-add').click();
      await page.getByTestId('task-add-error').waitFor();
      assert.equal(await page.getByTestId('task-new-text').inputValue(), 'Một việc khác');
      assert.equal(await page.getByTestId('task-new-due').inputValue(), 'sắp tới');

      // Edit in place: click the text.
      await page.getByTestId('task').nth(1).getByTestId('task-text').click();
      const edit = page.getByTestId('task-edit-text');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'task-edit-text');
      await edit.fill('Gửi báo cáo nhanh cho lãnh đạo Vụ và Văn phòng');
      await page.getByTestId('task-edit-due').fill('2026-Q1');
      await edit.press('Enter');
      await page.getByTestId('task').nth(1).getByText('Gửi báo cáo nhanh cho lãnh đạo Vụ và Văn phòng').waitFor();
      assert.equal(await page.getByTestId('task').nth(1).getByTestId('due-when').textContent(), 'quý I/2026');
      const entry = page.locator('[data-testid="history-entry"][data-action="task-edit"]').first();
      assert.deepEqual(await texts(entry.getByTestId('history-change')), [
        'nội dung: Gửi báo cáo nhanh cho lãnh đạo Vụ → Gửi báo cáo nhanh cho lãnh đạo Vụ và Văn phòng',
        'thời hạn: (trống) → quý I/2026',
      ]);
      // Esc leaves the edit without saving.
      await page.getByTestId('task').first().getByTestId('task-edit').click();
      await page.getByTestId('task-edit-text').fill('xxx');
      await page.getByTestId('task-edit-text').press('Escape');
      assert.equal((await taskTexts(page))[0], T1);
      assert.equal(await page.locator('[data-testid="directive-panel"]').count(), 1, 'Esc in the task does not close the panel');
    });
  });

  test('reorder by keyboard (Alt+↑/↓), by the move buttons and by dragging the handle', async () => {
    await withApp({}, async (page) => {
      await openChecklist(page);
      await page.getByTestId('task-new-text').fill('Việc thứ ba');
      await page.getByTestId('task-new-text').press('Enter');
      await page.getByTestId('task').nth(2).waitFor();
      assert.deepEqual(await taskTexts(page), [T1, T2, 'Việc thứ ba']);

      // Alt+ArrowDown on the focused first task moves it down; the focus follows it.
      await page.getByTestId('task').first().getByTestId('task-text').focus();
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForFunction((t) => document.querySelectorAll('[data-testid="task-text"]')[1]?.textContent === t, T1);
      assert.deepEqual(await taskTexts(page), [T2, T1, 'Việc thứ ba']);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), T1);
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForFunction((t) => document.querySelectorAll('[data-testid="task-text"]')[2]?.textContent === t, T1);
      assert.deepEqual(await taskTexts(page), [T2, 'Việc thứ ba', T1]);
      await page.keyboard.press('Alt+ArrowUp');
      await page.waitForFunction((t) => document.querySelectorAll('[data-testid="task-text"]')[1]?.textContent === t, T1);
      const moves = await page.evaluate(() => window.__mock.callsOf('move_task').map((c) => c.args.index));
      assert.deepEqual(moves, [1, 2, 1]);
      // Saved: the order survives a reload of the panel.
      await page.getByTestId('dp-close').click();
      await row(page, 103).getByTestId('dir-open').click();
      await page.getByTestId('task').nth(2).waitFor();
      assert.deepEqual(await taskTexts(page), [T2, T1, 'Việc thứ ba']);

      // The visible buttons.
      await page.getByTestId('task').nth(2).getByTestId('task-up').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="task-text"]')[1]?.textContent === 'Việc thứ ba');
      assert.deepEqual(await taskTexts(page), [T2, 'Việc thứ ba', T1]);
      assert.equal(await page.getByTestId('task').first().getByTestId('task-up').isDisabled(), true);

      // Dragging the handle of the last task above the first.
      await page.getByTestId('task').nth(2).getByTestId('task-handle').dragTo(page.getByTestId('task').first(), {
        targetPosition: { x: 40, y: 4 },
      });
      await page.waitForFunction((t) => document.querySelectorAll('[data-testid="task-text"]')[0]?.textContent === t, T1);
      assert.deepEqual(await taskTexts(page), [T1, T2, 'Việc thứ ba']);
      assert.equal(await page.locator('[data-testid="history-entry"][data-action="task-move"]').count(), 5);
      assert.equal(
        (await page.locator('[data-testid="history-entry"][data-action="task-move"] [data-testid="history-action"]').first().textContent()).trim(),
        'đổi thứ tự việc',
      );
      // The newest move names the task and its places: the last task went to the top.
      const lastMove = page.locator('[data-testid="history-entry"][data-action="task-move"]').first();
      assert.equal((await lastMove.getByTestId('history-task').textContent()).trim(), `“${T1}”`);
      assert.equal((await lastMove.getByTestId('history-change').textContent()).replace(/\s+/g, ' ').trim(), 'thứ tự: 3 → 1');
    });
  });

  test('delete, then Undo brings the task back; the history shows it undone', async () => {
    await withApp({}, async (page) => {
      await openChecklist(page);
      await page.getByTestId('task').nth(1).getByTestId('task-delete').click();
      await page.getByTestId('task-deleted').waitFor();
      assert.deepEqual(await taskTexts(page), [T1]);
      assert.match(await page.getByTestId('task-deleted').textContent(), /Đã xoá việc “Gửi báo cáo nhanh cho lãnh đạo Vụ”/);
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '0/1');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'task-undo', 'Undo has the focus');
      await page.screenshot({ path: shotPath('checklist-deleted') });
      await page.getByTestId('task-undo').click();
      await page.getByTestId('task').nth(1).waitFor();
      assert.deepEqual(await taskTexts(page), [T1, T2]);
      assert.equal(await page.getByTestId('task-deleted').count(), 0);
      assert.equal((await row(page, 103).getByTestId('dir-progress').textContent()).trim(), '0/2');
      const deleted = page.locator('[data-testid="history-entry"][data-action="task-delete"]');
      assert.match(await deleted.getAttribute('class'), /undone/);
      assert.equal((await deleted.getByTestId('history-task').textContent()).trim(), `“${T2}”`);
    });
  });

  test('English and dark', async () => {
    await withApp({ colorScheme: 'dark' }, async (page) => {
      await page.getByTestId('lang-en').click();
      await openChecklist(page);
      await page.getByTestId('task').first().getByTestId('task-done').check();
      await page.locator('[data-testid="history-entry"][data-action="task-done"]').waitFor();
      assert.equal(await page.getByTestId('checklist').locator('h3').textContent(), 'Tasks');
      assert.equal(
        (await page.locator('[data-testid="history-entry"][data-action="task-done"] [data-testid="history-change"]').textContent())
          .replace(/\s+/g, ' ')
          .trim(),
        'done: no → yes',
      );
      assert.equal(await page.getByTestId('task').first().getByTestId('task-done').getAttribute('aria-label'), `Done: ${T1}`);
      const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      const bg = await page.getByTestId('directive-panel').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.ok(lum(bg) < 60, `dark panel: ${bg}`);
      await page.screenshot({ path: shotPath('checklist-en-dark') });
    });
  });
});

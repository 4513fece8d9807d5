// The review queue of the Directives view and the confidence badges, as a user works them
// from the keyboard: least confident first, J/K move, Y confirms, N rejects, E opens the
// edit form, Undo brings an item back, counts follow, the reader beside the list shows the
// selected directive's sentence highlighted, and the keys do nothing while typing.
// Real Chromium against the stateful fake backend (helpers.mjs).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SENTENCES, extractionArticles, sampleArticles, shotPath, squash, texts, uiSuite } from './helpers.mjs';

const ALL = () => [...sampleArticles(), ...extractionArticles()];
const { withApp } = uiSuite(() => ({ articles: ALL() }));

/** The queue of the fixtures: machine-made directives by confidence (see helpers.mjs). */
const QUEUE = [105, 104, 203, 101, 205, 204, 202, 102, 201];

const itemIds = (page) =>
  page.getByTestId('review-item').evaluateAll((els) => els.map((e) => Number(e.dataset.id)));
const selectedId = (page) =>
  page.locator('[data-testid="review-item"][aria-selected="true"]').evaluate((e) => Number(e.dataset.id));

async function openQueue(page) {
  await page.getByTestId('nav-directives').click();
  await page.getByTestId('mode-review').click();
  await page.getByTestId('review-item').first().waitFor();
}

async function expectSelected(page, id) {
  await page
    .waitForFunction(
      (want) => document.querySelector('[data-testid="review-item"][aria-selected="true"]')?.getAttribute('data-id') === String(want),
      id,
      { timeout: 5000 },
    )
    .catch(async () => assert.equal(await selectedId(page), id));
}

/** Waits until the reader beside the queue shows `sentence` highlighted as the open directive. */
async function expectHighlighted(page, articleId, sentence) {
  const reader = page.getByTestId('review-reader');
  await reader.locator(`[data-testid="reader"][data-id="${articleId}"]`).waitFor();
  await page
    .waitForFunction(
      (s) => {
        const el = document.querySelector('[data-testid="review-reader"] .hl-dir.open');
        return !!el && el.textContent.replace(/\s+/g, ' ').trim().includes(s);
      },
      sentence,
      { timeout: 5000 },
    )
    .catch(async () => {
      const got = await reader.locator('.hl-dir.open').allTextContents();
      assert.fail(`expected "${sentence}" highlighted, got ${JSON.stringify(got)}`);
    });
}

async function expectCount(page, n) {
  await page
    .waitForFunction((want) => document.querySelector('[data-testid="review-count"]')?.textContent?.trim() === String(want), n, {
      timeout: 5000,
    })
    .catch(async () => assert.equal(squash(await page.getByTestId('review-count').textContent()), String(n)));
}

const calls = (page, cmd) => page.evaluate((c) => window.__mock.callsOf(c).map((x) => x.args.id), cmd);

describe('review queue', () => {
  test('least confident first, worked by J/K/Y/N with the sentence highlighted beside it, and Undo', async () => {
    await withApp({}, async (page) => {
      await openQueue(page);
      assert.deepEqual(await itemIds(page), QUEUE, 'ordered by confidence');
      await expectCount(page, 9);
      assert.equal(squash(await page.getByTestId('rv-count').textContent()), '9 chỉ đạo cần xem lại');
      assert.equal(squash(await page.getByTestId('mode-review').textContent()), 'Cần xem lại9');
      assert.deepEqual((await texts(page.getByTestId('rv-confidence'))).slice(0, 4), [
        'Chắc chắn thấp',
        'Chắc chắn thấp',
        'Chắc chắn thấp',
        'Chắc chắn vừa',
      ]);
      assert.equal(await page.getByTestId('rv-confidence').first().getAttribute('title'), 'Độ chắc chắn của máy: 22%');
      assert.match(squash(await page.getByTestId('rv-keys').textContent()), /J\/K.*Y.*N.*E/);

      // The first is selected and its sentence highlighted in its article.
      await expectSelected(page, 105);
      await expectHighlighted(page, 2, SENTENCES.a2Ask);
      await page.keyboard.press('j');
      await expectSelected(page, 104);
      await expectHighlighted(page, 1, SENTENCES.a1Local);
      await page.keyboard.press('k');
      await expectSelected(page, 105);
      await page.keyboard.press('j');
      await expectSelected(page, 104);

      // Y confirms: the item leaves, the next is selected, the count goes down.
      await page.keyboard.press('y');
      await expectSelected(page, 203);
      await expectCount(page, 8);
      assert.deepEqual(await calls(page, 'confirm_directive'), [104]);
      assert.ok(!(await itemIds(page)).includes(104));
      await expectHighlighted(page, 5, SENTENCES.a5General);
      assert.match(squash(await page.getByTestId('rv-last').textContent()), /Đã xác nhận: công khai quy hoạch/);

      // N rejects.
      await page.keyboard.press('n');
      await expectSelected(page, 101);
      await expectCount(page, 7);
      assert.deepEqual(await calls(page, 'reject_directive'), [203]);
      await expectHighlighted(page, 1, SENTENCES.a1Intro);

      // Undo (through the change log) brings the rejected one back, selected.
      await page.getByTestId('rv-undo').click();
      await expectCount(page, 8);
      await expectSelected(page, 203);
      assert.deepEqual(await page.evaluate(() => window.__mock.callsOf('undo_last').map((c) => c.args.directiveId)), [203]);
      assert.deepEqual(await itemIds(page), [105, 203, 101, 205, 204, 202, 102, 201]);

      // Ctrl+Z outside a field undoes too: confirm 203, then undo it.
      await page.keyboard.press('y');
      await expectCount(page, 7);
      await page.keyboard.press('Control+z');
      await expectCount(page, 8);
      await expectSelected(page, 203);
      await expectHighlighted(page, 5, SENTENCES.a5General);

      await page.screenshot({ path: shotPath('review-vi') });
    });
  });

  test('keys are ignored while typing in a field; E opens the edit form, and the edit leaves the queue', async () => {
    await withApp({}, async (page) => {
      await openQueue(page);
      await expectSelected(page, 105);
      // Typing in a text field (a textarea, or an input, put beside the queue for the
      // test): no move, no confirm, no reject, no edit form.
      for (const tag of ['input', 'textarea']) {
        await page.evaluate((t) => {
          const el = document.createElement(t);
          el.id = 'typing-here';
          document.querySelector('[data-testid="review-queue"]').prepend(el);
        }, tag);
        await page.locator('#typing-here').click();
        await page.keyboard.type('jkynejkyne');
        await page.waitForTimeout(300);
        assert.equal(await page.locator('#typing-here').inputValue(), 'jkynejkyne');
        await page.evaluate(() => document.getElementById('typing-here').remove());
      }
      await expectSelected(page, 105);
      assert.deepEqual(await calls(page, 'confirm_directive'), []);
      assert.deepEqual(await calls(page, 'reject_directive'), []);
      assert.equal(await page.getByTestId('directive-panel').count(), 0);
      await page.getByTestId('review-item').first().locator('button').focus();

      // E: the follow-up panel with the action field focused.
      await page.keyboard.press('e');
      const panel = page.locator('[data-testid="directive-panel"][data-id="105"]');
      await panel.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'dp-action', null, { timeout: 5000 });
      // Typing there is typing, not queue keys.
      await page.keyboard.press('Control+a');
      await page.keyboard.type('làm rõ cơ chế định giá đất (jkyne)');
      await page.waitForTimeout(200);
      assert.deepEqual(await calls(page, 'confirm_directive'), []);
      assert.deepEqual(await calls(page, 'reject_directive'), []);
      await page.keyboard.press('Control+Enter');
      await page.locator('[data-testid="directive-panel"] [data-testid="dp-state"][data-state="edited"]').waitFor();
      await panel.getByTestId('dp-close').click();
      await panel.waitFor({ state: 'detached' });
      await expectCount(page, 8);
      assert.ok(!(await itemIds(page)).includes(105), 'an edited directive is no longer to review');
      await expectSelected(page, 104);
      // And the keys work again.
      await page.keyboard.press('j');
      await expectSelected(page, 203);
    });
  });

  test('confidence badges in the registry and the panel; English labels; text is never HTML', async () => {
    const articles = ALL();
    await withApp({ articles }, async (page) => {
      await page.getByTestId('nav-directives').click();
      await page.getByTestId('directive-row').first().waitFor();
      const row = (id) => page.locator(`[data-testid="directive-row"][data-id="${id}"]`).first();
      assert.equal(squash(await row(105).getByTestId('dir-confidence').textContent()), 'Chắc chắn thấp');
      assert.equal(squash(await row(102).getByTestId('dir-confidence').textContent()), 'Chắc chắn cao');
      assert.equal(await row(103).getByTestId('dir-confidence').count(), 0, 'a confirmed directive shows its state instead');
      await row(101).getByTestId('dir-open').click();
      const panel = page.locator('[data-testid="directive-panel"][data-id="101"]');
      await panel.waitFor();
      assert.equal(squash(await panel.getByTestId('dp-confidence').textContent()), 'Chắc chắn vừa');
      assert.equal(await panel.getByTestId('dp-confidence').getAttribute('title'), 'Độ chắc chắn của máy: 55%');

      await page.getByTestId('lang-en').click();
      assert.equal(squash(await panel.getByTestId('dp-confidence').textContent()), 'Medium confidence');
      assert.equal(squash(await row(105).getByTestId('dir-confidence').textContent()), 'Low confidence');
      assert.equal(squash(await page.getByTestId('mode-registry').textContent()), 'Registry');
      await page.getByTestId('mode-review').click();
      await page.getByTestId('review-item').first().waitFor();
      assert.equal(squash(await page.getByTestId('rv-count').textContent()), '9 directives to review');
      assert.equal(squash(await page.getByTestId('rv-keys').textContent()), 'Keys: J/K move · Y confirm · N reject · E edit');
      assert.equal(squash(await page.getByTestId('rv-confirm').textContent()), 'Confirm (Y)');
      assert.equal(await page.getByTestId('rv-confidence').first().getAttribute('title'), 'Machine confidence: 22%');
      await page.screenshot({ path: shotPath('review-en') });
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    });
  });

  test('an HTML-looking action in the queue is shown as text; the last item confirmed leaves an empty queue', async () => {
    const extraction = (await import('./helpers.mjs')).sampleExtraction();
    // Only one directive to review, with markup in its fields.
    for (const d of extraction.directives) if (d.state === 'machine') d.state = 'confirmed';
    const d = extraction.directives.find((x) => x.id === 106);
    d.state = 'machine';
    d.confidence = 0.3;
    await withApp({ extraction }, async (page) => {
      await openQueue(page);
      assert.deepEqual(await itemIds(page), [106]);
      assert.equal(squash(await page.getByTestId('rv-action').textContent()), 'hiện nguyên văn <b>x</b>');
      assert.equal(squash(await page.getByTestId('rv-assignee').textContent()), 'Ban biên tập <i>nội bộ</i>');
      assert.equal(await page.locator('[data-testid="review-list"] b, [data-testid="review-list"] i').count(), 0);
      await page.keyboard.press('y');
      await page.getByTestId('rv-empty').waitFor();
      await expectCount(page, 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    });
  });
});

// A policy document's page in the Documents view: its header and everything the library
// says about it in date order (mentions, directives with status and progress, events); an
// entry opens its article at the span; the registry can be narrowed to the document.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractionArticles, sampleArticles, sampleExtraction, shotPath, texts, uiSuite } from './helpers.mjs';

/** Directive 202 (about the strategy) has a checklist, one of two tasks done. */
function extraction() {
  const ex = sampleExtraction();
  ex.tasks.push(
    { id: 950, directive: 202, text: 'Lấy ý kiến các bộ, ngành', done: true },
    { id: 951, directive: 202, text: 'Trình Ban Bí thư dự thảo Chiến lược', due: '2026-03' },
  );
  return ex;
}

const { withApp } = uiSuite(() => ({ articles: [...sampleArticles(), ...extractionArticles()], extraction: extraction() }));


async function openDocument(page, label) {
  await page.getByTestId('nav-documents').click();
  await page.locator('[data-testid="doc-row"]', { hasText: label }).click();
  await page.getByTestId('doc-entry').first().waitFor();
}

describe('document page', () => {
  test('the header, then every entry in date order; directives with status, due and progress', async () => {
    await withApp({}, async (page) => {
      await openDocument(page, 'Chiến lược đối ngoại nhân dân');
      const detail = page.getByTestId('doc-detail');
      assert.equal(await detail.getByTestId('doc-detail-label').textContent(), 'Chiến lược đối ngoại nhân dân đến năm 2030');
      assert.equal(await detail.getByTestId('doc-detail-kind').textContent(), 'Chiến lược');
      // Dates ascend; each date once.
      const dates = await detail.getByTestId('doc-day').evaluateAll((els) => els.map((e) => e.dataset.date));
      assert.deepEqual(dates, ['2025-12-30', '2025-12-31']);
      assert.deepEqual(await texts(detail.getByTestId('doc-day-date')), ['30/12/2025', '31/12/2025']);
      const kinds = await detail.getByTestId('doc-entry').evaluateAll((els) => els.map((e) => e.dataset.kind));
      // The strategy is named only inside its directives' sentences: those sentences are
      // listed once, as directives, not again as mentions. Within one article, the order of
      // its text: the conference it reports, then the assignment made there.
      assert.deepEqual(kinds, ['event', 'directive', 'directive']);
      const entries = detail.getByTestId('doc-entry');
      const d202 = entries.nth(1);
      assert.match(await d202.getByTestId('doc-entry-text').textContent(), /^Bộ Ngoại giao\s+tham mưu xây dựng Chiến lược/);
      assert.equal((await d202.getByTestId('doc-entry-status').textContent()).trim(), 'Mới');
      assert.equal(await d202.getByTestId('due-when').textContent(), 'quý I/2026');
      assert.equal((await d202.getByTestId('doc-entry-progress').textContent()).trim(), '1/2');
      assert.equal(await entries.nth(0).getByTestId('doc-entry-text').textContent(), 'Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025');
      assert.equal((await entries.nth(2).getByTestId('doc-entry-article').textContent()).trim(), 'People’s diplomacy conference reviews 2025');
      assert.equal(await entries.nth(2).getByTestId('doc-entry-progress').count(), 0, 'no checklist, no progress');
      await page.screenshot({ path: shotPath('document-page') });
    });
  });

  test('an entry opens its article at the span: a mention, a directive, an event', async () => {
    await withApp({}, async (page) => {
      await openDocument(page, 'Chỉ thị 12-CT/TW');
      const entries = page.getByTestId('doc-entry');
      // The mention in the English article.
      await entries.last().click();
      await page.locator('[data-testid="reader"][data-id="6"]').waitFor();
      const active = page.locator('[data-testid="hl-doc"].active');
      await active.waitFor();
      assert.equal(await active.textContent(), 'Directive No. 12-CT/TW');
      await page.getByTestId('reader-back').click();
      // The directive: the reader opens its panel.
      await page.locator('[data-testid="doc-entry"][data-kind="directive"]').click();
      await page.locator('[data-testid="reader"][data-id="5"]').waitFor();
      await page.getByTestId('hl-panel').locator('.card.current[data-id="201"]').waitFor();
      await page.getByTestId('reader-back').click();
      // The event.
      await page.locator('[data-testid="doc-entry"][data-kind="event"]').click();
      await page.getByTestId('hl-panel').getByTestId('panel-event-date').getByText('30/12/2025').waitFor();
    });
  });

  test('the registry narrowed to the document; a status change shows on the page', async () => {
    await withApp({}, async (page) => {
      await openDocument(page, 'Chiến lược đối ngoại nhân dân');
      await page.getByTestId('doc-to-registry').click();
      await page.getByTestId('filter-document').waitFor();
      assert.equal((await page.getByTestId('filter-document').textContent()).trim(), 'Văn bản: Chiến lược đối ngoại nhân dân đến năm 2030');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]').length === 2);
      const ids = await page.getByTestId('directive-row').evaluateAll((els) => els.map((e) => Number(e.dataset.id)).sort());
      assert.deepEqual(ids, [202, 205]);
      await page.locator('[data-testid="directive-row"][data-id="202"] [data-testid="dir-open"]').click();
      await page.getByTestId('dp-status').selectOption('in-progress');
      await page.locator('[data-testid="directive-row"][data-id="202"] [data-testid="dir-status"]').getByText('Đang thực hiện').waitFor();
      // Removing the document from the filter lists everything again.
      await page.getByTestId('filter-document').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]').length === 11);
      await page.getByTestId('nav-documents').click();
      await page
        .locator('[data-testid="doc-entry"][data-kind="directive"]')
        .first()
        .getByTestId('doc-entry-status')
        .getByText('Đang thực hiện')
        .waitFor();
    });
  });

  test('English', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('lang-en').click();
      await openDocument(page, 'Chiến lược đối ngoại nhân dân');
      assert.deepEqual(await texts(page.getByTestId('doc-day-date')), ['30 Dec 2025', '31 Dec 2025']);
      assert.deepEqual(await texts(page.locator('[data-testid="doc-entry"] .kind-tag')), ['Event', 'Directive', 'Directive']);
      assert.equal(await page.locator('[data-kind="directive"] [data-testid="due-when"]').first().textContent(), 'Q1 2026');
    });
  });
});

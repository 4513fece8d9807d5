// The Timeline view in real Chromium against the fake backend (helpers.mjs) with canned
// `timeline` and `list_documents` answers (timeline-fixtures.mjs): the rail, every kind of
// item with its text (HTML-looking titles stay literal), grouping, kind toggles, the shared
// filter, the side panel, zooming. Every test also fails on page errors and CSP violations
// (vis-timeline must run under the app's strict CSP and frozen Object.prototype).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shotPath, uiSuite } from './helpers.mjs';
import { DOCUMENTS, bigDocuments, bigTimeline, sampleUpcoming, seedTimeline } from './timeline-fixtures.mjs';

const SEED = () => ({ timeline: seedTimeline(), list_documents: DOCUMENTS, upcoming: sampleUpcoming() });

const { withApp } = uiSuite(() => ({ responses: SEED() }));

/** Opens the timeline from the rail and waits until vis-timeline has drawn its items. */
async function openTimeline(page) {
  await page.getByTestId('nav-timeline').click();
  await page.locator('[data-testid="timeline"][data-ready="true"]').waitFor();
  await page.locator('[data-testid="timeline"] .vis-item .tl-label').first().waitFor();
  // vis-timeline's loading screen (which would swallow clicks and the wheel) is gone.
  await page.locator('[data-testid="timeline"] .vis-loading-screen').waitFor({ state: 'detached' });
}

/** The text of every item drawn on the timeline. */
const labels = (page) => page.locator('[data-testid="timeline"] .vis-item .tl-label').allTextContents();
/** The group labels, top to bottom. */
const groupLabels = (page) => page.locator('[data-testid="timeline"] .vis-labelset .tl-group').allTextContents();
const item = (page, text) => page.locator('[data-testid="timeline"] .vis-item', { hasText: text }).first();
const windowOf = async (page) => {
  const el = page.getByTestId('timeline');
  return { start: Number(await el.getAttribute('data-window-start')), end: Number(await el.getAttribute('data-window-end')) };
};

describe('timeline', () => {
  test('the rail has Upcoming and Timeline; Alt+4 and Alt+5 open them', async () => {
    await withApp({}, async (page) => {
      const rail = (await page.getByTestId('nav').locator('button').allTextContents()).map((s) => s.trim());
      assert.deepEqual(rail, ['Thư viện', 'Văn bản', 'Chỉ đạo', 'Sắp đến hạn', 'Dòng thời gian', 'Sự kiện', 'Báo cáo']);
      await page.keyboard.press('Alt+5');
      await page.getByTestId('timeline-view').waitFor();
      assert.equal(await page.getByTestId('nav-timeline').getAttribute('aria-current'), 'page');
      await page.keyboard.press('Alt+4');
      await page.getByTestId('upcoming-view').waitFor();
      await page.keyboard.press('Alt+6');
      await page.getByTestId('events-view').waitFor();
    });
  });

  test('shows articles, events (with their source count), directives, tasks and horizons as text', async () => {
    await withApp({}, async (page) => {
      await openTimeline(page);
      const shown = await labels(page);
      for (const text of [
        'Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi', // article
        'Hội nghị tổng kết công tác đối ngoại nhân dân ×3', // event, three sources
        'Quốc hội thảo luận dự thảo Luật Đất đai (sửa đổi)', // event, one source: no count
        'Bộ Ngoại giao: chủ trì sơ kết Chỉ thị số 12-CT/TW', // directive, day
        'The ministry: submit the new strategy', // directive, a year
        'Gửi dự thảo báo cáo cho Vụ Tổng hợp', // task
        'Chiến lược đối ngoại nhân dân đến năm 2030', // horizon
      ]) {
        assert.ok(shown.includes(text), `${text} in ${JSON.stringify(shown)}`);
      }
      // Markup in a title is text.
      assert.ok(shown.includes('Ghi chép: thẻ <b>x</b> & "ký tự" đặc biệt'));
      assert.equal(await page.locator('[data-testid="timeline"] .vis-item b').count(), 0);
      // Kinds and due states are classes; a due period is a range, a day a point.
      assert.match(await item(page, 'Bộ Xây dựng: chủ trì rà soát').getAttribute('class'), /tl-directive.*due-overdue|due-overdue.*tl-directive/);
      assert.match(await item(page, 'The ministry').getAttribute('class'), /vis-range/);
      assert.match(await item(page, 'Bộ Ngoại giao: chủ trì sơ kết').getAttribute('class'), /vis-point/);
      assert.match(await item(page, /^Chiến lược đối ngoại/).getAttribute('class'), /tl-horizon/);
      // The horizon runs to the end of 2045.
      await page.getByTestId('tl-fit').click();
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="timeline"]');
        return Number(el.dataset.windowEnd) > new Date(2045, 11, 31).getTime();
      });
      assert.ok(await page.locator('.vis-current-time').count(), 'a line marks today');
      assert.deepEqual(await groupLabels(page), ['Chỉ đạo', 'Việc cần làm', 'Sự kiện', 'Bài viết', 'Tầm nhìn']);
      assert.equal(await page.getByTestId('timeline-count').textContent(), '16 mục');
      await page.screenshot({ path: shotPath('timeline') });
    });
  });

  test('groups by document and by assignee, with "Other" for the rest', async () => {
    await withApp({}, async (page) => {
      await openTimeline(page);
      await page.getByTestId('tl-group-document').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="timeline"]').dataset.groupBy === 'document');
      await page.locator('.tl-group', { hasText: 'Chỉ thị 12/CT-TTg' }).waitFor();
      const docs = await groupLabels(page);
      assert.deepEqual([...docs].sort(), ['Chiến lược đối ngoại nhân dân đến năm 2030', 'Chỉ thị 12-CT/TW', 'Chỉ thị 12/CT-TTg', 'Khác'].sort());
      assert.equal(docs[docs.length - 1], 'Khác', 'Other comes last');
      // An article naming two documents is in both rows.
      assert.equal(await page.locator('.vis-item', { hasText: 'Bộ Ngoại giao tổng kết công tác' }).count(), 2);

      await page.getByTestId('tl-group-assignee').click();
      await page.locator('.tl-group', { hasText: 'Bộ Xây dựng' }).waitFor();
      const people = await groupLabels(page);
      for (const a of ['Bộ Xây dựng', 'Bộ Ngoại giao', 'The ministry', 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'Khác']) {
        assert.ok(people.includes(a), `${a} in ${JSON.stringify(people)}`);
      }
      // An assignee with markup is a text label too.
      assert.ok(people.includes('Ban biên tập <i>nội bộ</i>'));
      assert.equal(await page.locator('.vis-labelset i').count(), 0);

      await page.getByTestId('tl-group-kind').click();
      await page.locator('.tl-group', { hasText: 'Tầm nhìn' }).waitFor();
    });
  });

  test('kind toggles hide and show their items', async () => {
    await withApp({}, async (page) => {
      await openTimeline(page);
      const articles = page.locator('[data-testid="timeline"] .vis-item.tl-article');
      assert.ok((await articles.count()) > 0);
      await page.getByTestId('tl-kind-article').click();
      assert.equal(await page.getByTestId('tl-kind-article').getAttribute('aria-pressed'), 'false');
      await page.waitForFunction(() => !document.querySelector('[data-testid="timeline"] .vis-item.tl-article'));
      assert.ok(!(await labels(page)).includes('Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi'));
      assert.equal(await page.getByTestId('timeline-count').textContent(), '11 mục');
      for (const k of ['event', 'directive', 'task', 'horizon']) await page.getByTestId(`tl-kind-${k}`).click();
      await page.getByTestId('timeline-all-hidden').waitFor();
      await page.getByTestId('tl-kind-article').click();
      await articles.first().waitFor();
      assert.equal(await page.getByTestId('timeline-all-hidden').count(), 0);
    });
  });

  test('the shared filter bar reloads the timeline with the filter', async () => {
    await withApp({}, async (page) => {
      await openTimeline(page);
      const before = await page.evaluate(() => window.__mock.callsOf('timeline').length);
      await page.getByTestId('filter-bar').getByTestId('filter-text').fill('ngoai giao');
      await page.waitForFunction(
        (n) => {
          const calls = window.__mock.callsOf('timeline');
          return calls.length > n && calls[calls.length - 1].args.filter?.text === 'ngoai giao';
        },
        before,
      );
      await page.getByTestId('filter-status-tracking').click();
      await page.waitForFunction(() => {
        const calls = window.__mock.callsOf('timeline');
        const f = calls[calls.length - 1].args.filter;
        return f.text === 'ngoai giao' && f.statuses.includes('tracking');
      });
    });
  });

  test('a click shows the item in the side panel, which opens its directive or article', async () => {
    await withApp({}, async (page) => {
      await openTimeline(page);
      await item(page, 'Bộ Xây dựng: chủ trì rà soát').click();
      const panel = page.getByTestId('tl-panel');
      await panel.waitFor();
      assert.equal(await panel.getByTestId('tl-panel-title').textContent(), 'Bộ Xây dựng: chủ trì rà soát các dự án chậm triển khai');
      assert.equal(await panel.getByTestId('tl-panel-kind').textContent(), 'Chỉ đạo');
      assert.equal(await panel.getByTestId('tl-panel-due-state').textContent(), 'Quá hạn');
      assert.equal(await panel.getByTestId('tl-panel-assignee').textContent(), 'Bộ Xây dựng');
      assert.equal(await panel.getByTestId('tl-panel-status').textContent(), 'Đang thực hiện');
      assert.match(await panel.getByTestId('tl-panel-progress').textContent(), /1\/3 việc đã xong/);
      assert.match(await panel.getByTestId('tl-panel-documents').textContent(), /Chỉ thị 12\/CT-TTg/);

      // An event: its date and how many articles report it.
      await item(page, 'Hội nghị tổng kết công tác').click();
      await panel.getByTestId('tl-panel-sources').getByText('3 bài viết đưa tin').waitFor();
      assert.equal(await panel.getByTestId('tl-open-directive').count(), 0);

      // A directive due in a quarter shows the quarter.
      await item(page, 'Bộ Ngoại giao: tham mưu').click();
      await panel.getByTestId('tl-panel-date').getByText(/quý [IV]+\/\d{4}/).waitFor();

      // A title with markup stays literal in the panel too.
      await item(page, 'Ghi chép: thẻ').click();
      assert.equal(await panel.getByTestId('tl-panel-title').textContent(), 'Ghi chép: thẻ <b>x</b> & "ký tự" đặc biệt');

      await panel.getByTestId('tl-panel-close').click();
      await panel.waitFor({ state: 'detached' });

      await item(page, 'Bộ Xây dựng: chủ trì rà soát').click();
      await panel.getByTestId('tl-open-article').click();
      await page.locator('[data-testid="reader"][data-id="1"]').waitFor();

      await openTimeline(page);
      await item(page, 'Bộ Xây dựng: chủ trì rà soát').click();
      await page.getByTestId('tl-open-directive').click();
      await page.getByTestId('directives-view').waitFor();
      assert.equal(await page.getByTestId('nav-directives').getAttribute('aria-current'), 'page');
      await page.locator('[data-testid="directive-panel"][data-id="102"]').waitFor();
    });
  });

  test('zoom buttons narrow and widen the window; Today centres on today', async () => {
    await withApp({}, async (page) => {
      await openTimeline(page);
      const w0 = await windowOf(page);
      await page.getByTestId('tl-zoom-in').click();
      await page.waitForFunction((span) => {
        const el = document.querySelector('[data-testid="timeline"]');
        return Number(el.dataset.windowEnd) - Number(el.dataset.windowStart) < span * 0.8;
      }, w0.end - w0.start);
      const w1 = await windowOf(page);
      await page.getByTestId('tl-zoom-out').click();
      await page.waitForFunction((span) => {
        const el = document.querySelector('[data-testid="timeline"]');
        return Number(el.dataset.windowEnd) - Number(el.dataset.windowStart) > span * 1.5;
      }, w1.end - w1.start);
      // Far away, then back to today.
      await page.getByTestId('tl-fit').click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="timeline"]').dataset.windowEnd) > new Date(2045, 0, 1).getTime());
      await page.getByTestId('tl-today').click();
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="timeline"]');
        const mid = (Number(el.dataset.windowStart) + Number(el.dataset.windowEnd)) / 2;
        return Math.abs(mid - Date.now()) < 3 * 86_400_000;
      });
    });
  });

  test('crowded periods are drawn as bins with their count; a click on one zooms into it', async () => {
    await withApp({ responses: { timeline: bigTimeline(3000), list_documents: bigDocuments(), upcoming: sampleUpcoming() } }, async (page) => {
      await page.getByTestId('nav-timeline').click();
      await page.locator('[data-testid="timeline"][data-ready="true"]').waitFor();
      assert.equal(await page.getByTestId('timeline-count').textContent(), '3.000 mục');
      await page.getByTestId('tl-fit').click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="timeline"]').dataset.windowEnd) > new Date(2040, 0, 1).getTime());
      const bins = page.locator('[data-testid="timeline"] .vis-item.tl-bin');
      await bins.first().waitFor();
      const counts = (await page.locator('[data-testid="timeline"] .tl-bin-n').allTextContents()).map(Number);
      assert.ok(counts.length > 0 && counts.every((n) => n > 3), JSON.stringify(counts));
      assert.ok((await page.locator('[data-testid="timeline"] .vis-item').count()) < 400, 'a few hundred elements at most');
      const w0 = await windowOf(page);
      await bins.first().click();
      await page.waitForFunction((span) => {
        const el = document.querySelector('[data-testid="timeline"]');
        return Number(el.dataset.windowEnd) - Number(el.dataset.windowStart) < span / 2;
      }, w0.end - w0.start);
      assert.equal(await page.getByTestId('tl-panel').count(), 0, 'a bin opens no panel');
    });
  });

  test('English and dark; an empty library says so', async () => {
    await withApp({ colorScheme: 'dark' }, async (page) => {
      await page.getByTestId('lang-en').click().catch(async () => page.getByRole('button', { name: 'EN' }).click());
      await openTimeline(page);
      await page.getByTestId('tl-group-document').click();
      await page.locator('.tl-group', { hasText: 'Other' }).waitFor();
      assert.equal(await page.getByTestId('tl-group-kind').textContent(), 'Kind');
      assert.equal(await page.getByTestId('timeline-count').textContent(), '16 items');
      // Axis labels follow the language.
      const axis = await page.locator('.vis-time-axis .vis-text').allTextContents();
      assert.ok(axis.some((s) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(s)), JSON.stringify(axis));
      await page.screenshot({ path: shotPath('timeline-en-dark') });
    });
    await withApp({ responses: { timeline: [], list_documents: [] } }, async (page) => {
      await page.getByTestId('nav-timeline').click();
      await page.getByTestId('timeline-empty').getByText('Dòng thời gian còn trống').waitFor();
    });
  });
});

// What the user sees of extraction: highlights in the reader and the panel a directive
// opens, the Documents, Directives and Events views, re-extraction, English, dark mode, a
// narrow window. Real Chromium against the fake backend (helpers.mjs), whose spans count
// code points; articles 1, 5 and 6 have emoji before their spans.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  extractionArticles,
  sampleArticles,
  sampleExtraction,
  SENTENCES as S,
  shotPath,
  texts,
  uiSuite,
} from './helpers.mjs';

const ALL = () => [...sampleArticles(), ...extractionArticles()];

const { withApp } = uiSuite(() => ({ articles: ALL() }));

/** Opens an article from the library list and waits for its highlights. */
async function openArticle(page, titleText, { waitFor = '[data-testid="hl-legend"] [data-testid="hl-count-dir"]' } = {}) {
  await page.getByTestId('nav-library').click();
  await page.locator('[data-testid="article-row"]', { hasText: titleText }).click();
  await page.getByTestId('reader-title').getByText(titleText).waitFor();
  if (waitFor) await page.locator(waitFor).waitFor();
}

/** The text of each highlight node of a kind, in order (parts of one node joined). */
function hlTexts(page, testid) {
  return page.evaluate((tid) => {
    const out = new Map();
    for (const el of document.querySelectorAll(`[data-testid="reader-body"] [data-testid="${tid}"]`)) {
      const key = el.dataset.key;
      if (el.parentElement?.closest(`[data-key="${key}"]`)) continue;
      out.set(key, (out.get(key) ?? '') + el.textContent);
    }
    return [...out.values()];
  }, testid);
}

/** The first piece of the highlight whose text starts with `text`. */
const hl = (page, testid, text) =>
  page.locator(`[data-testid="reader-body"] [data-testid="${testid}"][data-first="true"]`, { hasText: text }).first();

const panelText = async (page, id) => (await page.getByTestId('hl-panel').getByTestId(id).first().textContent()).trim();

describe('reader highlights', () => {
  test('mentions, directive sentences and events are highlighted with their exact text', async () => {
    await withApp({}, async (page) => {
      await openArticle(page, 'Chỉ thị 12/CT-TTg');
      // The body starts with "📌": spans count it as one character, the browser as two.
      assert.deepEqual(await hlTexts(page, 'hl-doc'), ['Chỉ thị 12/CT-TTg']);
      assert.deepEqual(await hlTexts(page, 'hl-dir'), [S.a1Intro, S.a1Review, S.a1Credit, S.a1Local]);
      assert.equal(await page.locator('[data-testid="reader-body"] > p').count(), 4, 'paragraphs are kept');
      assert.match(await page.locator('[data-testid="reader-body"] > p').first().textContent(), /^📌 Thủ tướng/);
      // The mention sits inside its directive sentence.
      assert.equal(await page.locator('[data-testid="hl-dir"] [data-testid="hl-doc"]').count(), 1);
      // Concrete solid, general dotted; mentions a tinted background.
      const deco = (loc) => loc.evaluate((el) => getComputedStyle(el).textDecorationStyle);
      assert.equal(await deco(hl(page, 'hl-dir', 'Thủ tướng Chính phủ')), 'dotted');
      assert.equal(await deco(hl(page, 'hl-dir', 'Theo chỉ thị')), 'solid');
      const bg = await hl(page, 'hl-doc', 'Chỉ thị 12').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
      assert.deepEqual(
        [
          await page.getByTestId('hl-count-doc').textContent(),
          await page.getByTestId('hl-count-dir').textContent(),
          await page.getByTestId('hl-count-event').textContent(),
        ],
        ['1', '4', '0'],
      );

      // Emoji inside a paragraph before a span; two directives from one sentence; an event.
      await openArticle(page, 'Bộ Ngoại giao tổng kết');
      assert.deepEqual(await hlTexts(page, 'hl-event'), [S.a5Conf]);
      assert.deepEqual(await hlTexts(page, 'hl-dir'), [S.a5Tasks, S.a5General, S.a5Report]);
      assert.deepEqual(await hlTexts(page, 'hl-doc'), [
        'Chỉ thị số 12-CT/TW',
        'Chiến lược đối ngoại nhân dân đến năm 2030, tầm nhìn đến năm 2045',
      ]);
      const eventBg = await hl(page, 'hl-event', 'Sáng 30/12').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(eventBg, bg, 'events and mentions look different');

      await openArticle(page, 'People’s diplomacy');
      assert.deepEqual(await hlTexts(page, 'hl-event'), [S.a6Conf]);
      assert.deepEqual(await hlTexts(page, 'hl-doc'), ['Directive No. 12-CT/TW']);
    });
  });

  test('a click on a directive shows its fields; Enter on a focused one too; Esc closes', async () => {
    await withApp({}, async (page) => {
      await openArticle(page, 'Chỉ thị 12/CT-TTg');
      await hl(page, 'hl-dir', 'Theo chỉ thị').click();
      const panel = page.getByTestId('hl-panel');
      await panel.waitFor();
      assert.equal(await panelText(page, 'panel-heading'), 'Chỉ đạo');
      assert.equal(await panelText(page, 'panel-assignee'), 'Bộ Xây dựng');
      assert.equal(await panelText(page, 'panel-action'), 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng');
      assert.equal(await panelText(page, 'panel-due'), '30/06/2024');
      assert.equal(await panelText(page, 'panel-type'), 'Giao việc cụ thể');
      assert.equal(await panelText(page, 'panel-state'), 'Máy trích xuất');
      assert.equal(await panelText(page, 'panel-documents'), 'Chỉ thị 12/CT-TTg');
      assert.equal(await panelText(page, 'panel-sentence'), S.a1Review);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        S.a1Review,
        'focus returns to the highlight',
      );

      // Keyboard: the general directive, reached by focus, opened with Enter.
      await hl(page, 'hl-dir', 'Thủ tướng Chính phủ').focus();
      await page.keyboard.press('Enter');
      await panel.waitFor();
      assert.equal(await panelText(page, 'panel-assignee'), 'các bộ, ngành và địa phương');
      assert.equal(await panelText(page, 'panel-type'), 'Định hướng chung');
      assert.equal(await panelText(page, 'panel-due'), 'không nêu');
      // A confirmed one says so.
      await hl(page, 'hl-dir', 'Ngân hàng Nhà nước').click();
      await panel.getByTestId('panel-assignee').getByText('Ngân hàng Nhà nước').waitFor();
      assert.equal(await panelText(page, 'panel-state'), 'Đã xác nhận');

      // Two directives split from one sentence: both, each with its due date.
      await openArticle(page, 'Bộ Ngoại giao tổng kết');
      await hl(page, 'hl-dir', 'Phát biểu chỉ đạo').click();
      await panel.waitFor();
      assert.equal(await panelText(page, 'panel-heading'), '2 chỉ đạo trong câu này');
      assert.deepEqual(await texts(panel.getByTestId('panel-due')), ['15/01/2026', 'quý I/2026']);
      assert.deepEqual(await texts(panel.getByTestId('panel-assignee')), ['Bộ Ngoại giao', 'Bộ Ngoại giao']);
      assert.deepEqual(await texts(panel.getByTestId('panel-doc')), [
        'Chỉ thị 12-CT/TW',
        'Chiến lược đối ngoại nhân dân đến năm 2030',
      ]);
      await page.screenshot({ path: shotPath('reader-panel') });

      // No assignee in the sentence.
      await page.keyboard.press('Escape');
      await openArticle(page, 'Quốc hội thảo luận');
      await hl(page, 'hl-dir', 'Nhiều đại biểu').click();
      await panel.waitFor();
      assert.equal(await panelText(page, 'panel-assignee'), 'không nêu');
    });
  });

  test('a mention opens its document; a document link in the panel too', async () => {
    await withApp({}, async (page) => {
      await openArticle(page, 'Chỉ thị 12/CT-TTg');
      // The mention inside the directive sentence: the document, not the directive panel.
      await hl(page, 'hl-doc', 'Chỉ thị 12/CT-TTg').click();
      await page.getByTestId('doc-detail-label').getByText('Chỉ thị 12/CT-TTg').waitFor();
      assert.equal(await page.getByTestId('nav-documents').getAttribute('aria-current'), 'page');
      assert.equal(await page.getByTestId('hl-panel').count(), 0);

      await openArticle(page, 'Bộ Ngoại giao tổng kết');
      await hl(page, 'hl-dir', 'Phát biểu chỉ đạo').click();
      await page.getByTestId('hl-panel').getByTestId('panel-doc').getByText('Chiến lược').click();
      await page.getByTestId('doc-detail-label').getByText('Chiến lược đối ngoại nhân dân đến năm 2030').waitFor();
    });
  });

  test('an event shows its date, place and sources; a source opens the other article', async () => {
    await withApp({}, async (page) => {
      await openArticle(page, 'Quốc hội thảo luận');
      await hl(page, 'hl-event', 'Sáng nay').click();
      const panel = page.getByTestId('hl-panel');
      await panel.waitFor();
      assert.equal(await panelText(page, 'panel-event-date'), '20/05/2024');
      assert.equal(await panelText(page, 'panel-event-place'), 'hội trường');
      assert.equal(await panelText(page, 'panel-event-sources'), '1 nguồn');

      await openArticle(page, 'Bộ Ngoại giao tổng kết');
      await hl(page, 'hl-event', 'Sáng 30/12').click();
      await panel.waitFor();
      assert.equal(await panelText(page, 'panel-event-sources'), '2 nguồn');
      assert.equal(await panelText(page, 'panel-event-title'), 'Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025');
      await panel.getByTestId('panel-source').getByText('People’s diplomacy').click();
      await page.locator('[data-testid="reader"][data-id="6"]').waitFor();
      await page.getByTestId('hl-panel').getByTestId('panel-event-sources').getByText('2 nguồn').waitFor();
      assert.equal(await page.locator('[data-testid="hl-event"].open').textContent(), S.a6Conf);
    });
  });

  test('a headline shown once as the title keeps its highlights there', async () => {
    const articles = ALL().map((a) => (a.id === 2 ? { ...a, body: `${a.title}\n\n${a.body}` } : a));
    await withApp({ articles }, async (page) => {
      await openArticle(page, 'Quốc hội thảo luận');
      assert.equal(await page.locator('[data-testid="reader-body"] > p').count(), 2);
      const inTitle = page.getByTestId('reader-title').getByTestId('hl-dir');
      assert.equal(await inTitle.textContent(), 'Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi');
      await inTitle.click();
      assert.equal(await panelText(page, 'panel-assignee'), 'Quốc hội');
      // The body's spans are still in place after the hidden headline.
      assert.deepEqual(await hlTexts(page, 'hl-event'), [S.a2Debate]);
    });
  });

  test('the legend turns each kind on and off', async () => {
    await withApp({}, async (page) => {
      await openArticle(page, 'Chỉ thị 12/CT-TTg');
      await page.getByTestId('hl-toggle-dir').click();
      assert.equal(await page.getByTestId('hl-toggle-dir').getAttribute('aria-pressed'), 'false');
      assert.equal(await page.locator('[data-testid="reader-body"] .hl-dir').count(), 0);
      assert.deepEqual(await hlTexts(page, 'hl-doc'), ['Chỉ thị 12/CT-TTg']);
      await page.getByTestId('hl-toggle-doc').click();
      assert.equal(await page.locator('[data-testid="reader-body"] .hl').count(), 0);
      // The text is whole without highlights.
      assert.match(await page.getByTestId('reader-body').textContent(), /Chỉ thị 12\/CT-TTg yêu cầu các bộ/);
      await page.getByTestId('hl-toggle-dir').click();
      await page.getByTestId('hl-toggle-doc').click();
      assert.equal((await hlTexts(page, 'hl-dir')).length, 4);
    });
  });

  test('search marks and extraction highlights show together', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('search-input').fill('chi thi 12');
      await page.locator('[data-testid="result-row"]', { hasText: 'Chỉ thị 12/CT-TTg' }).click();
      await page.getByTestId('hl-count-doc').waitFor();
      const marks = await page.locator('[data-testid="hl-doc"] mark').allTextContents();
      assert.deepEqual(marks, ['Chỉ', 'thị', '12']);
      assert.deepEqual(await hlTexts(page, 'hl-doc'), ['Chỉ thị 12/CT-TTg']);
    });
  });

  test('markup in extracted fields is shown as text, never as HTML', async () => {
    await withApp({}, async (page) => {
      await openArticle(page, 'Ghi chép');
      await hl(page, 'hl-dir', 'Đoạn đầu').click();
      await page.getByTestId('hl-panel').waitFor();
      assert.equal(await panelText(page, 'panel-action'), 'hiện nguyên văn <b>x</b>');
      assert.equal(await panelText(page, 'panel-assignee'), 'Ban biên tập <i>nội bộ</i>');
      assert.equal(await panelText(page, 'panel-due'), 'quý III/2024');
      assert.equal(await panelText(page, 'panel-state'), 'Đã chỉnh sửa');
      assert.ok((await panelText(page, 'panel-sentence')).includes('<img src=x onerror="window.__pwned=1">'));
      await page.getByTestId('nav-directives').click();
      const row = page.locator('[data-testid="directive-row"][data-id="106"]');
      assert.equal((await row.getByTestId('dir-action').textContent()).trim(), 'hiện nguyên văn <b>x</b>');
      for (const tag of ['b', 'i', 'img']) assert.equal(await page.locator(tag).count(), 0, `no <${tag}> element`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    });
  });

  test('a failed extraction leaves the article readable and says why', async () => {
    await withApp({}, async (page) => {
      await page.evaluate(() => window.__mock.fail('article_extraction', { code: 'database', message: 'disk I/O error' }));
      await openArticle(page, 'Chỉ thị 12/CT-TTg', { waitFor: '[data-testid="hl-error"]' });
      assert.match(await page.getByTestId('hl-error').textContent(), /disk I\/O error/);
      assert.equal(await page.locator('[data-testid="reader-body"] > p').count(), 4);
      assert.equal(await page.locator('[data-testid="reader-body"] .hl').count(), 0);
    });
  });
});

describe('documents view', () => {
  test('lists the registry; the filter ignores diacritics; a document shows its directives and articles', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-documents').click();
      const labels = () => texts(page.getByTestId('doc-label'));
      await page.getByTestId('doc-row').first().waitFor();
      // Most mentioned first, then by name.
      assert.deepEqual(await labels(), [
        'Chỉ thị 12-CT/TW',
        'Chỉ thị 12/CT-TTg',
        'Chiến lược đối ngoại nhân dân đến năm 2030',
        'Luật Đất đai (sửa đổi)',
      ]);
      assert.equal(await page.getByTestId('docs-count').textContent(), '4 văn bản');
      assert.deepEqual(await texts(page.getByTestId('doc-kind')), ['Chỉ thị', 'Chỉ thị', 'Chiến lược', 'Luật']);
      const first = page.getByTestId('doc-row').first();
      assert.equal(
        (await first.getByTestId('doc-counts').textContent()).replace(/\s+/g, ' ').trim(),
        '2 lần nhắc·2 bài·1 chỉ đạo',
      );

      const filter = page.getByTestId('docs-filter');
      await filter.fill('chi thi');
      assert.deepEqual(await labels(), ['Chỉ thị 12-CT/TW', 'Chỉ thị 12/CT-TTg']);
      await filter.fill('dat dai');
      assert.deepEqual(await labels(), ['Luật Đất đai (sửa đổi)']);
      await filter.fill('ban bi thu');
      assert.deepEqual(await labels(), ['Chỉ thị 12-CT/TW']);
      await filter.fill('không có xyz');
      await page.getByTestId('docs-no-match').waitFor();
      await filter.fill('');
      await page.getByTestId('docs-sort').selectOption('kind');
      assert.deepEqual(await labels(), [
        'Luật Đất đai (sửa đổi)',
        'Chỉ thị 12-CT/TW',
        'Chỉ thị 12/CT-TTg',
        'Chiến lược đối ngoại nhân dân đến năm 2030',
      ]);
      await page.getByTestId('docs-sort').selectOption('mentions');

      await page.locator('[data-testid="doc-row"]', { hasText: 'Chỉ thị 12-CT/TW' }).click();
      const detail = page.getByTestId('doc-detail');
      await detail.waitFor();
      assert.equal(await page.getByTestId('doc-detail-label').textContent(), 'Chỉ thị 12-CT/TW');
      assert.equal(await page.getByTestId('doc-detail-code').textContent(), '12-CT/TW');
      assert.equal(await page.getByTestId('doc-detail-issuer').textContent(), 'Ban Bí thư');
      // Everything about it in date order: the event, its directive (whose sentence names
      // it), the other article naming it.
      const entries = detail.getByTestId('doc-entry');
      await entries.nth(2).waitFor();
      assert.deepEqual(await entries.evaluateAll((els) => els.map((e) => e.dataset.kind)), ['event', 'directive', 'mention']);
      assert.deepEqual(await texts(detail.getByTestId('doc-day-date')), ['30/12/2025', '31/12/2025']);
      const dir = await texts(detail.locator('[data-testid="doc-entry"][data-kind="directive"] [data-testid="doc-entry-text"]'));
      assert.match(dir[0], /^Bộ Ngoại giao chủ trì sơ kết Chỉ thị số 12-CT\/TW/);
      assert.equal(await detail.locator('[data-kind="directive"] [data-testid="due-when"]').textContent(), '15/01/2026');
      assert.deepEqual(await texts(detail.getByTestId('doc-entry-article')), [
        'Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân năm 2025',
        'Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân năm 2025',
        'People’s diplomacy conference reviews 2025',
      ]);
      await page.screenshot({ path: shotPath('documents') });

      // An article opens in the reader at the mention.
      await entries.last().click();
      await page.locator('[data-testid="reader"][data-id="6"]').waitFor();
      const active = page.locator('[data-testid="hl-doc"].active');
      await active.waitFor();
      assert.equal(await active.textContent(), 'Directive No. 12-CT/TW');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Directive No. 12-CT/TW');
      // And back, with the selection kept.
      assert.equal((await page.getByTestId('reader-back').textContent()).trim(), 'Quay lại Văn bản');
      await page.getByTestId('reader-back').click();
      await page.getByTestId('doc-detail-label').getByText('Chỉ thị 12-CT/TW').waitFor();
    });
  });

  test('a document\u2019s directive opens the reader at its sentence', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-documents').click();
      await page.locator('[data-testid="doc-row"]', { hasText: 'Chỉ thị 12/CT-TTg' }).click();
      const dirs = page.getByTestId('doc-detail').locator('[data-testid="doc-entry"][data-kind="directive"]');
      await dirs.nth(1).waitFor();
      assert.equal(await dirs.count(), 2);
      await dirs.filter({ hasText: 'Bộ Xây dựng' }).click();
      await page.getByTestId('hl-panel').getByTestId('panel-assignee').getByText('Bộ Xây dựng').waitFor();
    });
  });
});

describe('directives view', () => {
  test('the registry sorts by due date, filters without diacritics and hides general guidance', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-directives').click();
      const rows = page.getByTestId('directive-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 11);
      assert.equal(await page.getByTestId('dirs-count').textContent(), '11/11 chỉ đạo');
      // Grouped by status, newest article first within a group.
      await page.getByTestId('group-status').click();
      const fresh = page.locator('[data-testid="group"][data-key="new"]');
      assert.equal((await fresh.getByTestId('dir-assignee').first().textContent()).trim(), 'The ministry');
      const source = (await fresh.getByTestId('dir-source').first().textContent()).replace(/\s+/g, ' ').trim();
      assert.equal(source, 'People’s diplomacy conference reviews 2025 · 31/12/2025');

      await page.getByTestId('dirs-sort').selectOption('due');
      assert.deepEqual(await texts(fresh.getByTestId('due-when')), ['quý III/2024', 'tháng 3/2026', 'quý I/2026', 'năm 2026']);
      assert.equal(await fresh.getByTestId('directive-row').last().getByTestId('due-when').count(), 0, 'undated last');
      await page.screenshot({ path: shotPath('directives') });

      await page.getByTestId('concrete-only').check();
      assert.equal(await rows.count(), 7);
      assert.equal(await page.getByTestId('dir-type').count(), 0, 'no general guidance');
      assert.equal(await page.getByTestId('dirs-count').textContent(), '7/11 chỉ đạo');

      await page.getByTestId('filter-text').fill('ngan hang nha nuoc');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]').length === 1);
      assert.deepEqual(await texts(page.getByTestId('dir-assignee')), ['Ngân hàng Nhà nước']);
      await page.getByTestId('filter-text').fill('xay dung');
      await page.locator('[data-testid="dir-assignee"]', { hasText: 'Bộ Xây dựng' }).waitFor();
      await page.getByTestId('concrete-only').uncheck();
      await page.getByTestId('filter-text').fill('luat dat dai');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]').length === 1);
      assert.equal((await rows.first().getByTestId('dir-assignee').textContent()).trim(), 'không nêu', 'filters by document too');
      await page.getByTestId('filter-text').fill('');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]').length === 11);
    });
  });

  test('a row\u2019s sentence opens the reader scrolled to it, panel open; Back returns with the filters kept', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-directives').click();
      await page.getByTestId('concrete-only').check();
      await page.locator('[data-testid="directive-row"][data-id="204"] [data-testid="dir-sentence"]').click();
      await page.locator('[data-testid="reader"][data-id="5"]').waitFor();
      const panel = page.getByTestId('hl-panel');
      await panel.waitFor();
      assert.equal(await panel.locator('.card.current').getAttribute('data-id'), '204');
      assert.equal(await panelText(page, 'panel-due'), 'tháng 3/2026');
      // The sentence is far down the article: the reader scrolled to it.
      const sentence = page.locator('[data-testid="hl-dir"].open');
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="hl-dir"].open');
        const box = document.querySelector('.reader')?.getBoundingClientRect();
        if (!el || !box) return false;
        const r = el.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      });
      assert.equal(await sentence.textContent(), S.a5Report);
      assert.ok(await page.locator('.reader').evaluate((el) => el.scrollTop > 200), 'scrolled down');
      // Focus is in the panel (Esc goes back to the sentence).
      assert.equal(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="hl-panel"]')), true);
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), S.a5Report);
      await page.locator('[data-testid="directive-row"][data-id="204"]').waitFor({ state: 'detached' });
      await page.getByTestId('nav-directives').click();
      await page.locator('[data-testid="directive-row"][data-id="204"] [data-testid="dir-sentence"]').click();
      await page.getByTestId('hl-panel').waitFor();
      await page.screenshot({ path: shotPath('reader-from-table') });

      assert.equal((await page.getByTestId('reader-back').textContent()).trim(), 'Quay lại Chỉ đạo');
      await page.getByTestId('reader-back').click();
      await page.getByTestId('directive-row').first().waitFor();
      assert.equal(await page.getByTestId('concrete-only').isChecked(), true);
    });
  });

  test('re-extract runs over the library, reports, and the lists refresh', async () => {
    await withApp({ reextractMs: 300 }, async (page) => {
      await page.getByTestId('nav-directives').click();
      await page.getByTestId('directive-row').first().waitFor();
      assert.equal(await page.getByTestId('directive-row').count(), 11);
      await page.getByTestId('reextract').click();
      await page.getByTestId('reextract').getByText('Đang trích xuất…').waitFor();
      assert.equal(await page.getByTestId('reextract').isDisabled(), true);
      const report = page.getByTestId('reextract-report');
      await report.waitFor();
      assert.equal(
        (await report.textContent()).trim(),
        'Đã trích xuất lại: 6 bài, 10 chỉ đạo, 4 văn bản, 2 sự kiện; giữ nguyên 2 mục của bạn',
      );
      await page.locator('[data-testid="directive-row"]', { hasText: 'Ban soạn thảo' }).waitFor();
      assert.equal(await page.getByTestId('directive-row').count(), 12);
      assert.equal(await page.evaluate(() => window.__mock.callsOf('reextract_all').length), 1);
      await page.screenshot({ path: shotPath('reextract') });
      // The documents view shows the new counts without another click.
      await page.getByTestId('nav-documents').click();
      const luat = page.locator('[data-testid="doc-row"]', { hasText: 'Luật Đất đai' });
      await luat.getByTestId('doc-counts').getByText('2 chỉ đạo').waitFor();
    });
  });
});

describe('large libraries', () => {
  test('long lists render a page at a time', async () => {
    const extraction = sampleExtraction();
    for (let i = 0; i < 440; i++) {
      extraction.directives.push({
        id: 1000 + i, article: 2, sentence: S.a2Ask, assignee: `Sở số ${i + 1}`, action: `báo cáo việc ${i + 1}`,
        due: null, concrete: i % 2 === 0, docs: [2], state: 'machine',
      });
    }
    await withApp({ extraction }, async (page) => {
      await page.getByTestId('nav-directives').click();
      const rows = page.getByTestId('directive-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 200);
      assert.equal(await page.getByTestId('dirs-count').textContent(), '451/451 chỉ đạo');
      const more = page.getByTestId('show-more');
      assert.match(await more.textContent(), /Đang hiện 200 trên 451/);
      await more.getByRole('button', { name: 'Hiện thêm 200' }).click();
      assert.equal(await rows.count(), 400);
      await more.getByRole('button', { name: 'Hiện thêm 51' }).click();
      assert.equal(await rows.count(), 451);
      assert.equal(await more.count(), 0);
      // A filter starts from the first page again; it matches without diacritics.
      await page.getByTestId('filter-text').fill('so so 43'); // 43, 143, 243, 343, 430–439
      await page.getByTestId('dirs-count').getByText('14/451 chỉ đạo').waitFor();
      assert.equal(await rows.count(), 14);
      await page.getByTestId('concrete-only').check();
      assert.equal(await rows.count(), 9);
    });
  });
});

describe('events view', () => {
  test('events by date with place, sources count and source articles', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-events').click();
      const rows = page.getByTestId('event-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 2);
      assert.deepEqual(await texts(page.getByTestId('event-date')), ['30/12/2025', '20/05/2024']);
      const merged = rows.first();
      assert.equal(await merged.getByTestId('event-title').textContent(), 'Hội nghị tổng kết công tác đối ngoại nhân dân năm 2025');
      assert.equal((await merged.getByTestId('event-place').textContent()).trim(), 'Hà Nội');
      assert.equal(await merged.getByTestId('event-sources').textContent(), '2 nguồn');
      assert.deepEqual(await texts(merged.getByTestId('event-source')), [
        'Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân năm 2025',
        'People’s diplomacy conference reviews 2025',
      ]);
      assert.equal(await rows.nth(1).getByTestId('event-sources').textContent(), '1 nguồn');
      await page.screenshot({ path: shotPath('events') });

      await page.getByTestId('events-filter').fill('quoc hoi');
      assert.equal(await rows.count(), 1);
      await page.getByTestId('events-filter').fill('');
      await merged.getByTestId('event-source').nth(1).click();
      await page.locator('[data-testid="reader"][data-id="6"]').waitFor();
      await page.getByTestId('hl-panel').getByTestId('panel-event-date').getByText('30/12/2025').waitFor();
    });
  });
});

describe('views', () => {
  test('the rail switches views by click and keyboard; the view is remembered for the session', async () => {
    await withApp({}, async (page) => {
      assert.deepEqual(await texts(page.getByTestId('nav').locator('button')), [
        'Thư viện',
        'Văn bản',
        'Chỉ đạo',
        'Sắp đến hạn',
        'Dòng thời gian',
        'Sự kiện',
        'Báo cáo',
      ]);
      assert.equal(await page.getByTestId('nav-library').getAttribute('aria-current'), 'page');
      await page.getByTestId('nav-library').focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'nav-documents');
      await page.keyboard.press('Enter');
      await page.getByTestId('documents-view').waitFor();
      await page.keyboard.press('Alt+3');
      await page.getByTestId('directives-view').waitFor();
      await page.keyboard.press('Alt+6');
      await page.getByTestId('events-view').waitFor();

      await page.reload();
      await page.getByTestId('events-view').waitFor();
      assert.equal(await page.getByTestId('nav-events').getAttribute('aria-current'), 'page');

      // Typing a search goes to the library's results.
      await page.getByTestId('search-input').fill('chi thi');
      await page.getByTestId('result-row').first().waitFor();
      assert.equal(await page.getByTestId('nav-library').getAttribute('aria-current'), 'page');
    });
  });

  test('each view says when there is nothing yet', async () => {
    await withApp({ articles: [], waitFor: '[data-testid="empty-state"]' }, async (page) => {
      await page.getByTestId('nav-documents').click();
      assert.match(await page.getByTestId('docs-empty').textContent(), /Chưa có văn bản nào/);
      await page.screenshot({ path: shotPath('documents-empty') });
      await page.getByTestId('nav-directives').click();
      assert.match(await page.getByTestId('dirs-empty').textContent(), /Chưa có chỉ đạo nào/);
      await page.getByTestId('nav-events').click();
      assert.match(await page.getByTestId('events-empty').textContent(), /Chưa có sự kiện nào/);
    });
    const none = { documents: [], mentions: [], directives: [], events: [] };
    await withApp({ extraction: none }, async (page) => {
      await openArticle(page, 'Quốc hội thảo luận', { waitFor: '[data-testid="hl-none"]' });
      assert.equal(await page.getByTestId('hl-none').textContent(), 'Không có mục nào được trích xuất từ bài này.');
    });
  });

  test('a list that fails to load says so and can be retried', async () => {
    await withApp({}, async (page) => {
      await page.evaluate(() => window.__mock.fail('list_documents', { code: 'database', message: 'database is locked' }));
      await page.getByTestId('nav-documents').click();
      await page.getByTestId('docs-error').getByText('database is locked').waitFor();
      await page.getByTestId('docs-error').getByRole('button').click();
      await page.getByTestId('doc-row').first().waitFor();
    });
  });
});

describe('language, theme, width', () => {
  test('English labels throughout', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('lang-en').click();
      assert.deepEqual(await texts(page.getByTestId('nav').locator('button')), [
        'Library',
        'Documents',
        'Directives',
        'Upcoming',
        'Timeline',
        'Events',
        'Briefing',
      ]);
      await page.getByTestId('nav-documents').click();
      await page.getByTestId('doc-row').first().waitFor();
      assert.deepEqual(await texts(page.getByTestId('doc-kind')), ['Directive', 'Directive', 'Strategy', 'Law']);
      assert.equal(
        (await page.getByTestId('doc-counts').first().textContent()).replace(/\s+/g, ' ').trim(),
        '2 mentions·2 articles·1 directive',
      );
      await page.getByTestId('nav-directives').click();
      await page.getByTestId('dirs-sort').selectOption('due');
      await page.getByTestId('group-assignee').click();
      assert.deepEqual(await texts(page.locator('[data-testid="group"][data-key^="a:bo ngoai"] [data-testid="due-when"]')), [
        '15 Jan 2026',
        'Q1 2026',
      ]);
      assert.deepEqual(await texts(page.getByTestId('group-by').locator('button')), ['Document', 'Assignee', 'Status']);
      assert.equal(await page.getByTestId('dirs-count').textContent(), '11 of 11 directives');
      await page.screenshot({ path: shotPath('english-directives') });
      await page.getByTestId('nav-events').click();
      assert.equal(await page.getByTestId('event-sources').first().textContent(), '2 sources');

      await openArticle(page, 'Quốc hội thảo luận');
      assert.equal(await page.getByTestId('hl-toggle-dir').locator('span').nth(1).textContent(), 'Directives');
      // The highlight's tooltip speaks the UI's language, also after a switch back and forth.
      assert.equal(await hl(page, 'hl-dir', 'Nhiều đại biểu').getAttribute('title'), 'Directive — click for details');
      await page.getByTestId('lang-vi').click();
      assert.equal(await hl(page, 'hl-dir', 'Nhiều đại biểu').getAttribute('title'), 'Chỉ đạo — nhấn để xem chi tiết');
      await page.getByTestId('lang-en').click();
      assert.equal(await hl(page, 'hl-dir', 'Nhiều đại biểu').getAttribute('title'), 'Directive — click for details');
      await hl(page, 'hl-dir', 'Nhiều đại biểu').click();
      await page.getByTestId('hl-panel').waitFor();
      assert.equal(await panelText(page, 'panel-assignee'), 'not named');
      assert.equal(await panelText(page, 'panel-type'), 'General guidance');
      assert.equal(await panelText(page, 'panel-heading'), 'Directive');
      assert.ok(await page.getByTestId('hl-panel').getByText('Source sentence').isVisible());
      await page.screenshot({ path: shotPath('english-reader') });
    });
  });

  test('dark mode: highlights and the panel read well', async () => {
    await withApp({ colorScheme: 'dark' }, async (page) => {
      await openArticle(page, 'Bộ Ngoại giao tổng kết');
      await hl(page, 'hl-dir', 'Phát biểu chỉ đạo').click();
      await page.getByTestId('hl-panel').waitFor();
      const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      const doc = hl(page, 'hl-doc', 'Chỉ thị số');
      const [bg, fg] = await doc.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
      assert.ok(lum(bg) < 110 && lum(fg) > 180, `dark mention chip with light text: ${bg} / ${fg}`);
      const panelBg = await page.getByTestId('hl-panel').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.ok(lum(panelBg) < 60, `dark panel, got ${panelBg}`);
      await page.screenshot({ path: shotPath('dark-reader') });
      await page.getByTestId('nav-directives').click();
      await page.getByTestId('directive-row').first().waitFor();
      await page.screenshot({ path: shotPath('dark-directives') });
    });
  });

  test('usable at 900 px: the panel fits on screen, the table scrolls inside its pane', async () => {
    await withApp({ viewport: { width: 900, height: 700 } }, async (page) => {
      const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      await openArticle(page, 'Bộ Ngoại giao tổng kết');
      await hl(page, 'hl-dir', 'Phát biểu chỉ đạo').click();
      const panel = page.getByTestId('hl-panel');
      await panel.waitFor();
      const box = await panel.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 900 && box.y + box.height <= 700, JSON.stringify(box));
      // The sentence stays in view above the sheet.
      await page.waitForFunction(() => {
        const s = document.querySelector('[data-testid="hl-dir"].open')?.getBoundingClientRect();
        const p = document.querySelector('[data-testid="hl-panel"]')?.getBoundingClientRect();
        const r = document.querySelector('.reader')?.getBoundingClientRect();
        return s && p && r && s.top >= r.top && s.bottom <= p.top;
      });
      assert.ok(await noOverflow(), 'no horizontal overflow (reader)');
      await page.screenshot({ path: shotPath('narrow-panel') });
      for (const v of ['documents', 'directives', 'events']) {
        await page.getByTestId(`nav-${v}`).click();
        await page.getByTestId(`${v}-view`).waitFor();
        assert.ok(await noOverflow(), `no horizontal overflow (${v})`);
        const r = await page.getByTestId('reextract').first().boundingBox();
        assert.ok(r && r.x + r.width <= 900, `re-extract is on screen in ${v}`);
      }
      await page.screenshot({ path: shotPath('narrow-events') });
      await page.getByTestId('nav-directives').click();
      await page.getByTestId('directive-row').first().waitFor();
      await page.screenshot({ path: shotPath('narrow-directives') });
    });
  });
});

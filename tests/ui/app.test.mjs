// The Briefdesk UI in a real browser (Debian Chromium) against a fake backend.
// Run from tests/: `node --test ui/` (needs ui/dist: `npm --prefix ../ui run build`).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { IMPORT_FAIL_MESSAGE, sampleArticles, shotPath, uiSuite } from './helpers.mjs';

const { withApp } = uiSuite();

const rowTitles = (page) => page.locator('[data-testid="article-row"] [data-testid="row-title"]').allTextContents();

describe('library', () => {
  test('lists articles newest first with dates, badges and counts', async () => {
    await withApp({}, async (page) => {
      const titles = await rowTitles(page);
      assert.equal(titles.length, 4);
      assert.match(titles[0], /^Quốc hội thảo luận/);
      assert.match(titles[1], /^Chỉ thị 12\/CT-TTg/);
      assert.match(titles[2], /^Tin mẫu/);
      assert.match(titles[3], /^Ghi chép chưa rõ ngày/); // undated last

      const rows = page.locator('[data-testid="article-row"]');
      assert.equal(await rows.nth(0).locator('[data-testid="row-date"]').textContent(), '20/05/2024');
      assert.equal(await rows.nth(1).locator('[data-testid="row-date"]').textContent(), '12/03/2024');
      assert.equal(await rows.nth(2).locator('[data-testid="row-date"]').textContent(), '11/2023');
      assert.equal(await rows.nth(2).locator('[data-testid="row-sample"]').textContent(), 'Mẫu');
      assert.equal(await rows.nth(3).locator('[data-testid="row-needs-date"]').textContent(), 'Cần ngày');
      assert.equal(await rows.nth(1).locator('[data-testid="row-source"]').textContent(), 'chi-thi-12.txt');

      const stats = (await page.getByTestId('library-stats').textContent()).replace(/\s+/g, ' ').trim();
      assert.equal(stats, '4 bài viết · 1 cần ngày · 1 bài mẫu');

      // Vietnamese is the default language.
      assert.equal(await page.getByTestId('import-files').textContent(), 'Nhập tệp…');
      assert.equal(await page.getByTestId('import-folder').textContent(), 'Nhập thư mục…');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
      // Runs with Object.prototype frozen, as Tauri's freezePrototype does.
      assert.equal(await page.evaluate(() => Object.isFrozen(Object.prototype)), true);

      await rows.nth(1).click();
      await page.getByTestId('reader-title').getByText('Chỉ thị 12/CT-TTg').waitFor();
      await page.screenshot({ path: shotPath('library') });
    });
  });

  test('opens an article as plain-text paragraphs with its metadata', async () => {
    await withApp({}, async (page) => {
      await page.locator('[data-testid="article-row"]', { hasText: 'Chỉ thị 12' }).click();
      const reader = page.getByTestId('reader');
      await reader.waitFor();
      assert.equal(
        (await page.getByTestId('reader-title').textContent()).trim(),
        'Chỉ thị 12/CT-TTg về tăng cường quản lý thị trường bất động sản',
      );
      const paras = page.locator('[data-testid="reader-body"] > p');
      assert.equal(await paras.count(), 4);
      assert.match(await paras.nth(1).textContent(), /^Theo chỉ thị, Bộ Xây dựng chủ trì/);
      assert.equal((await page.getByTestId('reader-date').textContent()).trim(), '12/03/2024');
      assert.equal((await page.getByTestId('reader-source').textContent()).trim(), 'chi-thi-12.txt');
      // Comfortable line height for diacritics.
      const lh = await paras.first().evaluate((p) => {
        const cs = getComputedStyle(p);
        return parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
      });
      assert.ok(lh >= 1.5, `line-height ratio ${lh}`);
    });
  });

  test('a headline that opens the text is not shown twice', async () => {
    const articles = sampleArticles().map((a) =>
      a.id === 2 ? { ...a, body: `${a.title}\n\n${a.body}` } : a,
    );
    await withApp({ articles }, async (page) => {
      await page.locator('[data-testid="article-row"]', { hasText: 'Luật Đất đai' }).click();
      const paras = page.locator('[data-testid="reader-body"] > p');
      await paras.first().waitFor();
      assert.equal(await paras.count(), 2);
      assert.match(await paras.first().textContent(), /^Sáng nay, Quốc hội thảo luận/);
    });
  });

  test('shows markup in titles and text literally, never as HTML', async () => {
    await withApp({}, async (page) => {
      const row = page.locator('[data-testid="article-row"]', { hasText: 'Ghi chép' });
      assert.match(await row.textContent(), /<b>bold<\/b><img src=x onerror="window.__pwned=1">/);
      await row.click();
      await page.getByTestId('reader').waitFor();
      const body = await page.getByTestId('reader-body').textContent();
      assert.ok(body.includes('<b>bold</b><img src=x onerror="window.__pwned=1">'), body);
      const title = await page.getByTestId('reader-title').textContent();
      assert.ok(title.includes('<b>bold</b>'), title);
      assert.equal(await page.locator('img').count(), 0, 'no <img> element was created');
      assert.equal(await page.locator('[data-testid="reader"] b').count(), 0, 'no <b> element was created');
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    });
  });

  test('keyboard: arrows move the selection, Enter opens, Ctrl+K focuses search', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('article-list').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByTestId('reader-title').getByText('Chỉ thị 12/CT-TTg').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByTestId('reader-title').getByText('Tin mẫu').waitFor();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp'); // stays on the first row
      await page.keyboard.press('Enter');
      await page.getByTestId('reader-title').getByText('Quốc hội thảo luận').waitFor();

      await page.keyboard.press('Control+k');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'search-input');
      await page.getByTestId('article-list').focus();
      await page.keyboard.press('Control+f');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'search-input');
    });
  });

  test('shows the empty state when the library is empty', async () => {
    await withApp({ articles: [], waitFor: '[data-testid="empty-state"]' }, async (page) => {
      const empty = page.getByTestId('empty-state');
      assert.match(await empty.textContent(), /Thư viện còn trống/);
      assert.match(await empty.textContent(), /kéo thả/);
      assert.ok(await page.getByTestId('empty-import-files').isVisible());
      assert.ok(await page.getByTestId('empty-import-folder').isVisible());
      await page.screenshot({ path: shotPath('empty') });
    });
  });
});

describe('search', () => {
  test('typing shows highlighted results and a count; a result opens in the reader', async () => {
    await withApp({}, async (page) => {
      const input = page.getByTestId('search-input');
      await input.pressSequentially('chi thi 12', { delay: 25 });
      const row = page.getByTestId('result-row').first();
      await row.waitFor();
      await page.getByTestId('result-count').getByText('1 kết quả').waitFor();
      assert.equal(await page.getByTestId('result-row').count(), 1);

      // The results of the whole query (a slow machine may still show those of "chi th").
      await page.waitForFunction(() => window.__mock.callsOf('search_articles').at(-1)?.args.query === 'chi thi 12');
      await page
        .waitForFunction(() => document.querySelectorAll('[data-testid="result-row"] [data-testid="result-title"] mark').length === 4, null, {
          timeout: 5000,
        })
        .catch(() => {});
      const marks = await row.locator('[data-testid="result-title"] mark').allTextContents();
      // "Chỉ thị 12/CT-TTg về … quản lý thị trường": every word that matches is marked.
      assert.deepEqual(marks, ['Chỉ', 'thị', '12', 'thị']);
      const snippetMarks = await row.locator('[data-testid="result-snippet"] mark').allTextContents();
      assert.ok(snippetMarks.length > 0, 'snippet has highlighted hits');
      // Debounced: not one search per keystroke.
      const searches = await page.evaluate(() => window.__mock.callsOf('search_articles').length);
      assert.ok(searches <= 3, `${searches} searches for 10 keystrokes`);
      const last = await page.evaluate(() => window.__mock.callsOf('search_articles').at(-1).args);
      assert.equal(last.query, 'chi thi 12');
      assert.equal(typeof last.limit, 'number');

      await row.click();
      await page.getByTestId('reader').waitFor();
      assert.equal(await page.locator('[data-testid="reader-body"] > p').count(), 4);
      assert.match(await page.getByTestId('reader-body').textContent(), /Ngân hàng Nhà nước được giao theo dõi/);
      // The query is highlighted in the reader too.
      const readerMarks = await page.locator('[data-testid="reader-body"] mark').allTextContents();
      assert.ok(readerMarks.includes('Chỉ') && readerMarks.includes('thị'), readerMarks.join(','));
      await page.screenshot({ path: shotPath('search') });

      // Esc clears the search and brings the library back.
      await input.focus();
      await page.keyboard.press('Escape');
      assert.equal(await input.inputValue(), '');
      await page.getByTestId('article-row').first().waitFor();
      assert.equal(await page.getByTestId('article-row').count(), 4);
    });
  });

  test('arrow keys in the search box move through results, Enter opens', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('search-input').fill('dat');
      await page.getByTestId('result-count').getByText('2 kết quả').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const second = await page.getByTestId('result-row').nth(1).getAttribute('data-id');
      await page.locator(`[data-testid="reader"][data-id="${second}"]`).waitFor();
    });
  });

  test('no results says so', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('search-input').fill('không có từ này xyz');
      await page.getByTestId('no-results').waitFor();
      assert.match(await page.getByTestId('no-results').textContent(), /Không tìm thấy bài viết nào/);
      assert.equal(await page.getByTestId('result-count').textContent(), '0 kết quả');
    });
  });
});

describe('import', () => {
  test('shows progress, then a per-file list with the failed file in red', async () => {
    await withApp({ importStepMs: 120 }, async (page) => {
      await page.evaluate(() => window.__mock.holdImport());
      await page.getByTestId('import-files').click();

      // Progress while it runs.
      const bar = page.getByTestId('import-progress');
      await page.getByTestId('import-progress-text').getByText('Đang nhập 1/3').waitFor();
      assert.equal(await bar.getAttribute('max'), '3');
      assert.equal(await bar.getAttribute('value'), '1');
      assert.match(await page.getByTestId('import-current').textContent(), /chi-thi-12\.txt/);
      await page.screenshot({ path: shotPath('import-progress') });
      await page.evaluate(() => window.__mock.releaseImport());

      // The picker was asked for text files.
      const open = await page.evaluate(() => window.__mock.callsOf('plugin:dialog|open')[0].args.options);
      assert.equal(open.multiple, true);
      assert.deepEqual(open.filters[0].extensions, ['txt', 'md']);

      // Results.
      await page.getByTestId('import-summary').waitFor();
      assert.match(await page.getByTestId('import-summary').textContent(), /1 đã nhập, 1 đã có sẵn, 1 lỗi/);
      const results = page.getByTestId('import-result');
      assert.equal(await results.count(), 3);

      const failed = page.locator('[data-testid="import-result"][data-status="failed"]');
      assert.match(await failed.textContent(), /hong-ma-hoa\.txt/);
      assert.match(await failed.getByTestId('import-status').textContent(), /Lỗi/);
      assert.ok((await failed.getByTestId('import-error').textContent()).includes(IMPORT_FAIL_MESSAGE));
      const color = await failed.getByTestId('import-error').evaluate((el) => getComputedStyle(el).color);
      const [r, g, b] = color.match(/\d+/g).map(Number);
      assert.ok(r > 150 && g < 80 && b < 80, `error text is red, got ${color}`);

      const imported = page.locator('[data-testid="import-result"][data-status="imported"]');
      assert.match(await imported.getByTestId('import-status').textContent(), /Đã nhập/);
      assert.match(await imported.textContent(), /Báo cáo kinh tế quý I/);
      const dup = page.locator('[data-testid="import-result"][data-status="duplicate"]');
      assert.match(await dup.getByTestId('import-status').textContent(), /Đã có trong thư viện/);
      await page.screenshot({ path: shotPath('import') });

      // The call carried the picked paths; the library refreshed.
      const args = await page.evaluate(() => window.__mock.callsOf('import_paths')[0].args);
      assert.equal(args.paths.length, 3);
      assert.equal(args.date, null);
      await page.getByTestId('import-close').click();
      await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
      await page.locator('[data-testid="article-row"]', { hasText: 'Báo cáo kinh tế quý I' }).waitFor();
      const stats = (await page.getByTestId('library-stats').textContent()).replace(/\s+/g, ' ').trim();
      assert.equal(stats, '5 bài viết · 2 cần ngày · 1 bài mẫu');
    });
  });

  test('dropping files on the window shows an overlay, then imports them', async () => {
    await withApp({}, async (page) => {
      await page.evaluate(() =>
        window.__mock.emit('tauri://drag-enter', { paths: ['/tmp/x.txt'], position: { x: 10, y: 10 } }),
      );
      await page.getByTestId('drop-overlay').waitFor();
      await page.screenshot({ path: shotPath('drop') });
      await page.evaluate(() => window.__mock.emit('tauri://drag-leave', null));
      await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
      await page.evaluate(() =>
        window.__mock.emit('tauri://drag-enter', { paths: ['/tmp/x.txt'], position: { x: 10, y: 10 } }),
      );
      await page.evaluate(() =>
        window.__mock.emit('tauri://drag-drop', {
          paths: ['/tmp/bao-cao.txt', '/tmp/bad.txt'],
          position: { x: 10, y: 10 },
        }),
      );
      await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
      await page.getByTestId('import-summary').waitFor();
      assert.equal(await page.getByTestId('import-result').count(), 2);
      const args = await page.evaluate(() => window.__mock.callsOf('import_paths')[0].args);
      assert.deepEqual(args.paths, ['/tmp/bao-cao.txt', '/tmp/bad.txt']);
    });
  });

  test('importing a folder asks for a directory', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('import-folder').click();
      await page.getByTestId('import-summary').waitFor();
      const open = await page.evaluate(() => window.__mock.callsOf('plugin:dialog|open')[0].args.options);
      assert.equal(open.directory, true);
      assert.match(await page.getByTestId('import-summary').textContent(), /2 đã nhập/);
      await page.keyboard.press('Escape');
      await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    });
  });
});

describe('editing', () => {
  test('setting a date on a needs-date article updates the row and counts', async () => {
    await withApp({}, async (page) => {
      await page.locator('[data-testid="article-row"]', { hasText: 'Ghi chép' }).click();
      const editor = page.getByTestId('date-editor');
      await editor.waitFor();
      assert.match(await editor.textContent(), /chưa có ngày đăng/);
      await page.getByTestId('date-input').fill('2024-06-01');
      await page.getByTestId('date-save').click();
      await editor.waitFor({ state: 'detached' });

      const call = await page.evaluate(() => window.__mock.callsOf('set_article_date')[0].args);
      assert.deepEqual(call, { id: 4, date: '2024-06-01' });
      const row = page.locator('[data-testid="article-row"]', { hasText: 'Ghi chép' });
      await row.locator('[data-testid="row-date"]').getByText('01/06/2024').waitFor();
      assert.equal(await row.locator('[data-testid="row-needs-date"]').count(), 0);
      // Now the newest: first in the list.
      assert.match((await rowTitles(page))[0], /^Ghi chép/);
      const stats = (await page.getByTestId('library-stats').textContent()).replace(/\s+/g, ' ').trim();
      assert.equal(stats, '4 bài viết · 1 bài mẫu');
      assert.equal((await page.getByTestId('reader-date').textContent()).trim(), '01/06/2024');
    });
  });

  test('removing an article asks first, then removes it', async () => {
    await withApp({}, async (page) => {
      await page.locator('[data-testid="article-row"]', { hasText: 'Quốc hội' }).click();
      await page.getByTestId('reader').waitFor();
      await page.getByTestId('reader-remove').click();
      const dlg = page.getByTestId('confirm-dialog');
      await dlg.waitFor();
      assert.match(await dlg.textContent(), /Quốc hội thảo luận/);
      await page.getByTestId('confirm-cancel').click();
      await dlg.waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('article-row').count(), 4);

      await page.getByTestId('reader-remove').click();
      await page.getByTestId('confirm-ok').click();
      await page.locator('[data-testid="article-row"]', { hasText: 'Quốc hội' }).waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('article-row').count(), 3);
      await page.getByTestId('reader-empty').waitFor();
      const del = await page.evaluate(() => window.__mock.callsOf('delete_article')[0].args);
      assert.deepEqual(del, { id: 2 });
    });
  });

  test('remove samples is offered when there are samples', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('remove-samples').click();
      await page.getByTestId('confirm-ok').click();
      await page.locator('[data-testid="article-row"]', { hasText: 'Tin mẫu' }).waitFor({ state: 'detached' });
      await page.getByTestId('remove-samples').waitFor({ state: 'detached' });
      await page.getByTestId('info-toast').getByText('Đã xoá 1 bài mẫu.').waitFor();
    });
  });
});

describe('errors', () => {
  test('a failed command is shown in words, with friendly texts for known codes', async () => {
    await withApp({}, async (page) => {
      await page.evaluate(() => window.__mock.fail('get_article', { code: 'not_found', message: 'article 2 not found' }));
      await page.getByTestId('article-row').first().click();
      const toast = page.getByTestId('error-toast');
      await toast.getByText('Không tìm thấy bài viết này').waitFor();

      // A plain-string rejection still becomes a message.
      await page.evaluate(() => window.__mock.fail('search_articles', 'database is locked'));
      await page.getByTestId('search-input').fill('dat');
      await page.getByTestId('error-toast').getByText('Đã xảy ra lỗi: database is locked').waitFor();
      assert.match(await page.getByTestId('search-error').textContent(), /database is locked/);
      await page.screenshot({ path: shotPath('error') });

      // invalid_date from the backend.
      await page.getByTestId('search-input').fill('');
      await page.locator('[data-testid="article-row"]', { hasText: 'Ghi chép' }).click();
      await page.getByTestId('date-editor').waitFor();
      await page.evaluate(() =>
        window.__mock.fail('set_article_date', { code: 'invalid_date', message: 'day out of range' }),
      );
      await page.getByTestId('date-input').fill('2024-02-03');
      await page.getByTestId('date-save').click();
      await page.getByTestId('error-toast').getByText('Ngày không hợp lệ').waitFor();
      assert.ok(await page.getByTestId('date-editor').isVisible(), 'the editor stays open after a failure');
    });
  });

  test('a library from a newer version is explained', async () => {
    const failures = {
      library_stats: { code: 'newer_library', message: 'library schema 9 is newer than 3' },
      list_articles: { code: 'newer_library', message: 'library schema 9 is newer than 3' },
    };
    await withApp({ failures, waitFor: '[data-testid="error-toast"]' }, async (page) => {
      const toast = page.getByTestId('error-toast');
      assert.match(await toast.textContent(), /phiên bản Briefdesk mới hơn/);
      assert.match(await toast.textContent(), /library schema 9 is newer than 3/);
      assert.equal(await page.getByTestId('article-row').count(), 0);
      // Not the empty library (no import buttons): an error state with the message.
      await page.getByTestId('library-error').waitFor();
      assert.match(await page.getByTestId('library-error-message').textContent(), /library schema 9 is newer than 3/);
      assert.equal(await page.getByTestId('empty-state').count(), 0);
      await page.screenshot({ path: shotPath('library-error') });
    });
  });
});

describe('language and theme', () => {
  test('switching to English changes the labels and persists across a reload', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('lang-en').click();
      assert.equal(await page.getByTestId('import-files').textContent(), 'Import files…');
      assert.equal(await page.getByTestId('import-folder').textContent(), 'Import folder…');
      const stats = (await page.getByTestId('library-stats').textContent()).replace(/\s+/g, ' ').trim();
      assert.equal(stats, '4 articles · 1 needs a date · 1 sample');
      const row = page.getByTestId('article-row').first();
      assert.equal(await row.locator('[data-testid="row-date"]').textContent(), '20 May 2024');

      await page.reload();
      await page.getByTestId('article-row').first().waitFor();
      assert.equal(await page.getByTestId('import-files').textContent(), 'Import files…');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
      await page.locator('[data-testid="article-row"]', { hasText: 'Ghi chép' }).click();
      await page.getByTestId('date-editor').waitFor();
      assert.match(await page.getByTestId('date-editor').textContent(), /no publication date/);
      await page.getByTestId('search-input').fill('chi thi');
      await page.getByTestId('result-count').getByText('1 result').waitFor();
      await page.screenshot({ path: shotPath('english') });

      await page.getByTestId('lang-vi').click();
      assert.equal(await page.getByTestId('import-files').textContent(), 'Nhập tệp…');
    });
  });

  test('follows a dark system theme; the toggle overrides it', async () => {
    await withApp({ colorScheme: 'dark' }, async (page) => {
      const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      assert.ok(lum(await bg()) < 60, `dark background, got ${await bg()}`);
      await page.getByTestId('search-input').fill('chi thi 12');
      await page.getByTestId('result-row').first().click();
      await page.getByTestId('reader').waitFor();
      await page.screenshot({ path: shotPath('dark') });
      await page.getByTestId('theme-toggle').click(); // system → light
      assert.ok(lum(await bg()) > 200, `light background, got ${await bg()}`);
    });
  });

  test('stays usable at 900 px wide', async () => {
    await withApp({ viewport: { width: 900, height: 700 } }, async (page) => {
      await page.getByTestId('article-row').nth(1).click();
      await page.getByTestId('reader').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'no horizontal overflow');
      for (const id of ['search-input', 'import-files', 'import-folder', 'lang-switch']) {
        const box = await page.getByTestId(id).boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 900, `${id} is on screen`);
      }
      await page.screenshot({ path: shotPath('narrow') });
    });
  });
});

test('sample fixtures are Vietnamese and sorted as the backend would', () => {
  // Guards the fixtures the tests above rely on.
  const a = sampleArticles();
  assert.ok(a.every((x) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(x.title + x.body)));
});

// The Upcoming view and due-date notifications in real Chromium against the fake backend
// (helpers.mjs): overdue and soon items in their sections with dates as precise as they are
// known, the empty state, opening a directive or its article, and the opt-in notifications
// (permission prompt, saved preference, one notification per alert or a summary).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shotPath, squash, uiSuite } from './helpers.mjs';
import { DOCUMENTS, EMPTY_UPCOMING, sampleUpcoming, seedTimeline } from './timeline-fixtures.mjs';

const RESPONSES = () => ({ upcoming: sampleUpcoming(), timeline: seedTimeline(), list_documents: DOCUMENTS });

const { withApp } = uiSuite(() => ({ responses: RESPONSES() }));


/** Each row of a section as { due, days, kind, assignee, text, status, progress }. */
async function rows(page, section) {
  return page.getByTestId(section).getByTestId('upcoming-item').evaluateAll((els) =>
    els.map((el) => {
      const q = (id) => el.querySelector(`[data-testid="${id}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
      return {
        due: q('upcoming-due'),
        days: q('upcoming-days'),
        kind: q('upcoming-kind'),
        assignee: q('upcoming-assignee'),
        text: q('upcoming-open'),
        status: q('upcoming-status'),
        progress: q('upcoming-progress'),
      };
    }),
  );
}

/** "dd/mm/yyyy" of today + days, as the Vietnamese UI writes it. */
function viDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

describe('upcoming', () => {
  test('overdue and soon items in their sections, with precise dates, days, kind, assignee, progress, status', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-upcoming').click();
      await page.getByTestId('upcoming-item').first().waitFor();
      assert.equal(await page.getByTestId('upcoming-count').textContent(), '5 mục');
      const now = new Date();
      const ROMAN = ['I', 'II', 'III', 'IV'];
      const lq = Math.floor(now.getMonth() / 3) - 1;
      const lastQuarter = lq < 0 ? `quý IV/${now.getFullYear() - 1}` : `quý ${ROMAN[lq]}/${now.getFullYear()}`;
      const overdue = await rows(page, 'upcoming-overdue');
      assert.deepEqual(
        overdue.map((r) => [r.due, r.kind, r.assignee, r.text]),
        [
          [lastQuarter, 'Chỉ đạo', 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'hoàn thành báo cáo tổng kết'],
          [viDay(-14), 'Chỉ đạo', 'Bộ Xây dựng', 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng'],
        ],
      );
      assert.equal(overdue[1].days, 'quá hạn 14 ngày');
      assert.match(overdue[0].days, /^quá hạn \d+ ngày$/);
      assert.equal(overdue[1].status, 'Đang thực hiện');
      assert.equal(overdue[1].progress, '1/3 việc');
      assert.equal(overdue[0].progress, null, 'no checklist, no progress');

      const soon = await rows(page, 'upcoming-soon');
      assert.deepEqual(
        soon.map((r) => [r.due, r.days, r.kind, r.text]),
        [
          [viDay(5), 'còn 5 ngày', 'Việc của chỉ đạo', 'Gửi dự thảo báo cáo cho Vụ Tổng hợp'],
          [`tháng ${now.getMonth() + 1}/${now.getFullYear()}`, `còn ${new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate() - now.getDate()} ngày`.replace('còn 0 ngày', 'hạn chót hôm nay'), 'Chỉ đạo', 'tham mưu xây dựng Chiến lược đối ngoại nhân dân <b>x</b>'],
          [viDay(12), 'còn 12 ngày', 'Chỉ đạo', 'chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư'],
        ],
      );
      assert.equal(await page.getByTestId('upcoming-soon').locator('b').count(), 0, 'markup stays text');
      assert.match(squash(await page.getByTestId('upcoming-parent').first().textContent()), /thuộc chỉ đạo: chủ trì rà soát/);
      assert.match(squash(await page.getByTestId('upcoming-soon').locator('h3').textContent()), /Đến hạn trong 30 ngày tới/);
      await page.screenshot({ path: shotPath('upcoming') });
    });
  });

  test('a row opens its directive; the article button opens the reader at it', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-upcoming').click();
      await page.getByTestId('upcoming-item').first().waitFor();
      await page.locator('[data-testid="upcoming-item"][data-key="d102"]').getByTestId('upcoming-open').click();
      await page.getByTestId('directives-view').waitFor();
      assert.equal(await page.getByTestId('nav-directives').getAttribute('aria-current'), 'page');
      await page.locator('[data-testid="directive-panel"][data-id="102"]').waitFor();

      await page.getByTestId('nav-upcoming').click();
      await page.locator('[data-testid="upcoming-item"][data-key="d102"]').getByTestId('upcoming-article').click();
      await page.locator('[data-testid="reader"][data-id="1"]').waitFor();
    });
  });

  test('nothing due: an empty state; English', async () => {
    await withApp({ responses: { ...RESPONSES(), upcoming: EMPTY_UPCOMING() } }, async (page) => {
      await page.getByTestId('nav-upcoming').click();
      await page.getByTestId('upcoming-empty').getByText('Không có việc nào quá hạn hoặc sắp đến hạn').waitFor();
      await page.getByTestId('lang-en').click();
      await page.getByTestId('upcoming-empty').getByText('Nothing is overdue or due soon').waitFor();
    });
    await withApp({ colorScheme: 'dark' }, async (page) => {
      await page.getByTestId('lang-en').click();
      await page.getByTestId('nav-upcoming').click();
      await page.getByTestId('upcoming-item').first().waitFor();
      const soon = await rows(page, 'upcoming-soon');
      assert.equal(soon[0].days, '5 days left');
      assert.equal(soon[0].kind, 'Task of directive');
      assert.match(squash(await page.getByTestId('upcoming-overdue').locator('h3').textContent()), /^Overdue\s*2$/);
      await page.screenshot({ path: shotPath('upcoming-en-dark') });
    });
  });
});

describe('due notifications', () => {
  test('turning them on asks for permission and saves the preference; turning off saves it too', async () => {
    await withApp({}, async (page) => {
      await page.getByTestId('nav-upcoming').click();
      const toggle = page.getByTestId('notify-toggle');
      await page.waitForFunction(() => !document.querySelector('[data-testid="notify-toggle"]').disabled);
      assert.equal(await toggle.isChecked(), false);
      assert.equal(squash(await page.locator('label.notify').textContent()), 'Báo cho tôi khi đến hạn');
      await page.locator('label.notify').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="notify-toggle"]').checked);
      const calls = await page.evaluate(() => window.__mock.calls.map((c) => c.cmd));
      const ask = calls.indexOf('plugin:notification|request_permission');
      const save = calls.indexOf('set_preferences');
      assert.ok(ask >= 0 && save > ask, `asks first, then saves: ${calls.join(', ')}`);
      assert.deepEqual((await page.evaluate(() => window.__mock.callsOf('set_preferences')))[0].args, {
        preferences: { notifications: true },
      });
      // Switched on: due alerts are asked for.
      await page.waitForFunction(() => window.__mock.callsOf('take_due_alerts').length > 0);

      await page.locator('label.notify').click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="notify-toggle"]').checked);
      const saved = await page.evaluate(() => window.__mock.callsOf('set_preferences').map((c) => c.args.preferences));
      assert.deepEqual(saved, [{ notifications: true }, { notifications: false }]);
    });
  });

  test('refused permission: stays off and says why', async () => {
    await withApp({ notificationAnswer: 'denied' }, async (page) => {
      await page.getByTestId('nav-upcoming').click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="notify-toggle"]').disabled);
      await page.locator('label.notify').click();
      await page.getByTestId('notify-problem').getByText(/không cho phép Briefdesk hiện thông báo/).waitFor();
      assert.equal(await page.getByTestId('notify-toggle').isChecked(), false);
      assert.equal((await page.evaluate(() => window.__mock.callsOf('set_preferences'))).length, 0, 'nothing saved');
    });
  });

  test('when on, due alerts at start become one notification each', async () => {
    const up = sampleUpcoming();
    const alerts = [up.overdue[1], up.soon[0]];
    await withApp(
      { preferences: { notifications: true }, notificationPermission: 'granted', dueAlerts: [alerts] },
      async (page) => {
        await page.waitForFunction(() => window.__notifications.length === 2);
        const shown = await page.evaluate(() => window.__notifications.map((n) => ({ title: n.title, body: n.body })));
        assert.equal(shown[0].title, `Quá hạn (${viDay(-14)}): Bộ Xây dựng`);
        assert.equal(shown[0].body, 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng');
        assert.equal(shown[1].title, `Đến hạn (${viDay(5)}): Vụ Kế hoạch`);
        assert.equal(shown[1].body, 'Gửi dự thảo báo cáo cho Vụ Tổng hợp — chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng');
        await page.getByTestId('nav-upcoming').click();
        assert.equal(await page.getByTestId('notify-toggle').isChecked(), true);
      },
    );
  });

  test('more than three alerts become one summary; none when off', async () => {
    const up = sampleUpcoming();
    const alerts = [...up.overdue, ...up.soon];
    await withApp(
      { preferences: { notifications: true }, notificationPermission: 'granted', dueAlerts: [alerts] },
      async (page) => {
        await page.evaluate(() => localStorage.setItem('briefdesk.lang', 'en'));
        await page.reload();
        await page.waitForFunction(() => window.__notifications.length === 1);
        await page.waitForTimeout(200);
        const shown = await page.evaluate(() => window.__notifications.map((n) => ({ title: n.title, body: n.body })));
        assert.deepEqual(shown, [
          { title: '5 items falling due', body: '2 overdue, 3 due soon. See Upcoming in Briefdesk.' },
        ]);
      },
    );
    await withApp({ dueAlerts: [alerts] }, async (page) => {
      await page.getByTestId('nav-upcoming').click();
      await page.getByTestId('upcoming-item').first().waitFor();
      await page.waitForTimeout(300);
      assert.equal((await page.evaluate(() => window.__mock.callsOf('take_due_alerts'))).length, 0);
      assert.equal(await page.evaluate(() => window.__notifications.length), 0);
    });
  });
});

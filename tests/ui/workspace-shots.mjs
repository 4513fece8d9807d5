// The follow-up workspace's screenshots (1280×800, against the fake backend, "today"
// 2026-01-10): the registry, a directive's panel with its checklist, a document page, in
// Vietnamese and English, light and dark.
// `node ui/workspace-shots.mjs [outdir]` from tests/ (default: ui/screenshots/). Needs ui/dist.

import { join } from 'node:path';
import { REPO, extractionArticles, launchBrowser, openApp, sampleArticles, sampleExtraction, startServer } from './helpers.mjs';

const out = process.argv[2] ?? join(REPO, 'ui', 'screenshots');

function extraction() {
  const ex = sampleExtraction();
  ex.tasks.push(
    { id: 950, directive: 202, text: 'Lấy ý kiến các bộ, ngành về dự thảo Chiến lược', done: true },
    { id: 951, directive: 202, text: 'Trình Ban Bí thư dự thảo Chiến lược', due: '2026-03', owner: 'Anh Minh' },
    { id: 952, directive: 201, text: 'Đề nghị các đơn vị gửi báo cáo sơ kết', done: true, owner: 'Chị Lan' },
    { id: 953, directive: 201, text: 'Tổng hợp, dự thảo báo cáo sơ kết Chỉ thị 12-CT/TW', due: '2026-01-12', owner: 'Chị Lan' },
    { id: 954, directive: 201, text: 'Xin ý kiến lãnh đạo Bộ trước khi gửi Ban Bí thư', due: '2026-01-14' },
  );
  for (const d of ex.directives) {
    if (d.id === 201) d.followUp = { ...d.followUp, owner: 'Chị Lan', priority: 'high', notes: 'Gọi Vụ Tổng hợp trước thứ Sáu.' };
    if (d.id === 204) d.followUp = { status: 'done', owner: 'Anh Minh' };
  }
  return ex;
}

const server = await startServer();
const browser = await launchBrowser();

async function shoot(name, { dark = false, en = false }, go) {
  const { page, context } = await openApp(browser, server.url, {
    articles: [...sampleArticles(), ...extractionArticles()],
    extraction: extraction(),
    colorScheme: dark ? 'dark' : 'light',
  });
  try {
    if (en) await page.getByTestId('lang-en').click();
    await go(page);
    await page.mouse.move(0, 799);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(out, `${name}.png`) });
    if (page.problems.length) throw new Error(`${name}: ${page.problems.join('; ')}`);
    console.log(`wrote ${name}.png`);
  } finally {
    await context.close();
  }
}

async function registry(page) {
  await page.getByTestId('nav-directives').click();
  await page.getByTestId('directive-row').first().waitFor();
}

async function panel(page) {
  await registry(page);
  await page.locator('[data-testid="directive-row"][data-id="201"] [data-testid="dir-open"]').click();
  await page.getByTestId('checklist').waitFor();
  await page.getByTestId('dp-status').selectOption('in-progress');
  await page.locator('[data-testid="history-entry"]').first().waitFor();
  await page.getByTestId('checklist').scrollIntoViewIfNeeded();
  await page.getByTestId('directive-panel').evaluate((el) => el.scrollBy(0, -60));
}

async function documentPage(page) {
  await page.getByTestId('nav-documents').click();
  await page.locator('[data-testid="doc-row"]', { hasText: 'Chiến lược đối ngoại nhân dân' }).click();
  await page.getByTestId('doc-entry').first().waitFor();
}

try {
  await shoot('registry-vi', {}, registry);
  await shoot('registry-en-dark', { en: true, dark: true }, async (page) => {
    await registry(page);
    await page.getByTestId('group-status').click();
  });
  await shoot('directive-checklist-vi', {}, panel);
  await shoot('directive-checklist-en-dark', { en: true, dark: true }, panel);
  await shoot('document-page-vi', {}, documentPage);
  await shoot('document-page-en', { en: true }, documentPage);
} finally {
  await browser.close();
  await server.close();
}

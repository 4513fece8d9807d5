// Screenshots of the Timeline and Upcoming views (1280x800) for the README and for a look:
// `node ui/timeline-shots.mjs [outdir]` from tests/ (default: ui/screenshots/). Needs ui/dist.

import { join } from 'node:path';
import { REPO, launchBrowser, openApp, startServer } from './helpers.mjs';
import { DOCUMENTS, bigDocuments, bigTimeline, sampleUpcoming, seedTimeline } from './timeline-fixtures.mjs';

const out = process.argv[2] ?? join(REPO, 'ui', 'screenshots');
const server = await startServer();
const browser = await launchBrowser();

async function shot(name, { lang = 'vi', dark = false, view, responses, prepare }) {
  const { page, context } = await openApp(browser, server.url, {
    colorScheme: dark ? 'dark' : 'light',
    responses,
    waitFor: '[data-testid="nav"]',
  });
  try {
    await page.evaluate(
      ([l, v]) => {
        localStorage.setItem('briefdesk.lang', l);
        sessionStorage.setItem('briefdesk.view', v);
      },
      [lang, view],
    );
    await page.reload();
    await page.getByTestId(`${view}-view`).waitFor();
    if (prepare) await prepare(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${name}.png`) });
    if (page.problems.length) console.error(name, page.problems);
    console.log('wrote', join(out, `${name}.png`));
  } finally {
    await context.close();
  }
}

const seed = { timeline: seedTimeline(), list_documents: DOCUMENTS, upcoming: sampleUpcoming() };
const pickItem = (id) => async (page) => {
  await page.locator(`.vis-item.tl-directive`).first().waitFor();
  await page.locator(`[data-testid="timeline"] .vis-item`, { hasText: id }).first().click();
  await page.getByTestId('tl-panel').waitFor();
};
await shot('timeline-vi', { view: 'timeline', responses: seed, prepare: pickItem('chủ trì sơ kết') });
await shot('timeline-en-dark', {
  view: 'timeline', lang: 'en', dark: true, responses: seed,
  prepare: async (page) => {
    await page.getByTestId('tl-group-document').click();
    await page.locator('.vis-item.tl-directive').first().waitFor();
  },
});
await shot('timeline-10k', {
  view: 'timeline',
  responses: { timeline: bigTimeline(10_000), list_documents: bigDocuments(), upcoming: sampleUpcoming() },
  prepare: async (page) => {
    await page.locator('.vis-item').first().waitFor();
    await page.getByTestId('tl-fit').click();
  },
});
await shot('upcoming-vi', { view: 'upcoming', responses: seed });
await shot('upcoming-en-dark', { view: 'upcoming', lang: 'en', dark: true, responses: seed });

await browser.close();
await server.close();

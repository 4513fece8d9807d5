// Screenshots of the Briefing view (1280x800) and of its printed first page, for the README
// and for a look: `node ui/briefing-shots.mjs [outdir]` from tests/ (default: ui/screenshots/).
// Needs ui/dist, Chromium and poppler's pdftoppm. Writes briefing-vi.png (light, Vietnamese),
// briefing-en-dark.png (dark, English) and briefing-print-vi.png (page 1 of Chromium's PDF of
// the printed view, at 60 dpi).

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, launchBrowser, openApp, startServer } from './helpers.mjs';
import { briefingResponses, installBriefingBackend, sampleLibrary } from './briefing-fixtures.mjs';

const out = process.argv[2] ?? join(REPO, 'ui', 'screenshots');
const server = await startServer();
const browser = await launchBrowser();
const library = sampleLibrary();

async function open({ lang = 'vi', dark = false, options }) {
  const { page, context } = await openApp(browser, server.url, {
    colorScheme: dark ? 'dark' : 'light',
    responses: briefingResponses(library),
    waitFor: '[data-testid="nav"]',
    setup: (ctx) => installBriefingBackend(ctx, { library }),
  });
  await page.evaluate(
    ([l, o]) => {
      localStorage.setItem('briefdesk.lang', l);
      localStorage.setItem('briefdesk.briefing', JSON.stringify(o));
      sessionStorage.setItem('briefdesk.view', 'briefing');
    },
    [lang, options],
  );
  await page.reload();
  await page.getByTestId('briefing-page').waitFor();
  await page.waitForTimeout(400);
  return { page, context };
}

async function shot(name, settings) {
  const { page, context } = await open(settings);
  try {
    await page.screenshot({ path: join(out, `${name}.png`) });
    if (page.problems.length) console.error(name, page.problems);
    console.log('wrote', join(out, `${name}.png`));
  } finally {
    await context.close();
  }
}

const scope = { period: null, documentIds: [], assignees: [], tags: [], includeNotes: true };
await shot('briefing-vi', { options: { ...scope, lang: 'vi' } });
await shot('briefing-en-dark', { lang: 'en', dark: true, options: { ...scope, lang: 'en', documentIds: [3, 4] } });

// The printed first page: Chromium's PDF of the view in print media, page 1 as a PNG.
{
  const { page, context } = await open({ options: { ...scope, lang: 'vi' } });
  const dir = mkdtempSync(join(tmpdir(), 'briefing-shot-'));
  try {
    const pdf = join(dir, 'briefing.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true, printBackground: true }));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    copyFileSync(join(dir, 'page.png'), join(out, 'briefing-print-vi.png'));
    console.log('wrote', join(out, 'briefing-print-vi.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
}

await browser.close();
await server.close();

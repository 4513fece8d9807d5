// How the Timeline view copes with 10,000 items, in real Chromium (not a timed test: it
// prints figures). From tests/: `node ui/timeline-bench.mjs [N]` (needs ui/dist).
//
// The fake backend answers `timeline` with N generated items (timeline-fixtures.mjs: 60 %
// articles, 15 % events, 15 % directives, ~10 % tasks, a few horizons over 2016–2030). For
// each grouping it prints the time from the click on the rail to the first drawn items,
// the frame times (requestAnimationFrame deltas: mean, 95th percentile, worst, and frames
// over 50 ms) while zooming with Ctrl+wheel from days out to decades and back, and while
// dragging to pan; then the JS heap and DOM size (CDP Performance.getMetrics, after GC).

import { cpus, loadavg } from 'node:os';
import { launchBrowser, openApp, startServer } from './helpers.mjs';
import { bigDocuments, bigTimeline, sampleUpcoming } from './timeline-fixtures.mjs';

const N = Number(process.argv[2] ?? 10_000);
const server = await startServer();
const browser = await launchBrowser();

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : String(x));
const stats = (deltas) => {
  const s = [...deltas].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  const p95 = s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
  return { frames: s.length, mean, p95, max: s[s.length - 1] ?? NaN, over50: s.filter((d) => d > 50).length };
};

async function recordFrames(page, action) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      if (!window.__recording) return;
      window.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  await action();
  await page.waitForTimeout(300);
  return stats(
    await page.evaluate(() => {
      window.__recording = false;
      return window.__frames;
    }),
  );
}

async function zoomAcross(page, box) {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  // In to about a day …
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(16);
  }
  // … out to decades …
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(16);
  }
  // … and back to a few months.
  for (let i = 0; i < 25; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(16);
  }
  await page.keyboard.up('Control');
}

async function panAcross(page, box) {
  const y = box.y + Math.min(120, box.height / 2);
  for (let round = 0; round < 4; round++) {
    const dir = round % 2 === 0 ? -1 : 1;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(box.x + box.width / 2 + dir * i * 15, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
}

const rows = [];
for (const groupBy of (process.env.TL_GROUPS ?? 'kind,document,assignee').split(',')) {
  const { page, context } = await openApp(browser, server.url, {
    responses: { timeline: bigTimeline(N), list_documents: bigDocuments(), upcoming: sampleUpcoming() },
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    if (groupBy !== 'kind') {
      // Choose the grouping first, then measure opening the view with it.
      await page.getByTestId('nav-timeline').click();
      await page.locator('[data-testid="timeline"] .vis-item').first().waitFor({ state: 'attached', timeout: 60_000 });
      await page.getByTestId(`tl-group-${groupBy}`).click();
      await page.getByTestId('nav-library').click();
    }
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('nav-timeline').click();
    const t1 = await page.waitForFunction(
      () => document.querySelector('[data-testid="timeline"] .vis-item') && performance.now(),
      null,
      { polling: 'raf', timeout: 60_000 },
    );
    const firstRender = (await t1.jsonValue()) - t0;
    await page.waitForTimeout(500);
    const box = await page.getByTestId('timeline').boundingBox();
    const zoom = await recordFrames(page, () => zoomAcross(page, box));
    const pan = await recordFrames(page, () => panAcross(page, box));
    // The widest view: everything from 2016 to the horizons.
    const fit = await recordFrames(page, async () => {
      await page.getByTestId('tl-fit').click();
      await page.waitForTimeout(600);
      await panAcross(page, box);
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const drawn = await page.locator('[data-testid="timeline"] .vis-item').count();
    rows.push({ groupBy, firstRender, zoom, pan, fit, heapMB: m.JSHeapUsedSize / 1048576, nodes: m.Nodes, drawn });
    if (page.problems.length) console.error(groupBy, page.problems);
  } finally {
    await context.close();
  }
}

console.log(`Timeline bench: ${N} items, Chromium headless, viewport 1280x800`);
console.log(`(${cpus().length} cores; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} — frame times suffer when other work shares the cores)`);
for (const r of rows) {
  console.log(`\ngroup by ${r.groupBy}`);
  console.log(`  first render (click on the rail → items drawn): ${fmt(r.firstRender)} ms`);
  for (const [name, s] of [['zoom (Ctrl+wheel, day ↔ decades)', r.zoom], ['pan (drag)', r.pan], ['fit all + pan', r.fit]]) {
    console.log(
      `  ${name}: ${s.frames} frames, mean ${fmt(s.mean)} ms, p95 ${fmt(s.p95)} ms, worst ${fmt(s.max)} ms, >50 ms: ${s.over50}`,
    );
  }
  console.log(`  JS heap after GC: ${fmt(r.heapMB)} MB, DOM nodes: ${r.nodes}, items drawn at the end: ${r.drawn}`);
}

await browser.close();
await server.close();

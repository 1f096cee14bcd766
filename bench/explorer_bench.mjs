// explorer_bench.mjs — explorer.html in Debian's Chromium: how long the page takes to open, and
// how long a frame takes while the analyst pans (mouse drag) and zooms (wheel).
//
//   node bench/explorer_bench.mjs PAGE [RUNS]      (run by bench/explorer_bench.sh)
//
// Open: navigation start to the page's first drawn frame after it is ready (the data parsed, the
// graph built, sigma's first render done), the median of RUNS fresh page loads.
// Frames: the interval between successive animation frames while real mouse input pans the
// drawing (a drag of 40 steps that starts on empty stage, at least 24 px from any actor), zooms it
// (20 wheel steps) and drags an actor (40 steps), i.e. what the analyst sees; sigma's own render
// time per frame (beforeRender -> afterRender) beside it. As in any sigma page with many ties,
// ties are not drawn while the view moves above 5,000 ties and are drawn again when it rests:
// "rest" is the longest frame interval in the 600 ms after the gesture (the frame that draws every
// tie again). "refresh_ms" is one full reprocessing of the graph (what a filter change costs).
// Chromium runs headless with --disable-gpu, so WebGL is SwiftShader (software) on the CPU: a
// machine with a GPU draws faster.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { chromium } = createRequire(join(process.cwd(), "/"))("playwright-core");
const [pagePath, runsText] = process.argv.slice(2);
const runs = +(runsText || 5);
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const quantile = (xs, q) => { const s = xs.slice().sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN; };
const round = (x) => Math.round(x * 10) / 10;

async function withPage(body) {
  const profile = mkdtempSync(join(tmpdir(), "actornet-bench-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true,
    viewport: { width: 1400, height: 900 }, args: flags });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const result = await body(page);
    if (errors.length) throw new Error("page errors: " + errors.join("; "));
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function open(page) {
  await page.goto("file://" + pagePath, { timeout: 300000 });
  await page.waitForFunction(() => window.actornetExplorer && window.actornetExplorer.ready, null, { timeout: 300000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
    resolve({ ...window.actornetExplorer.timings, frame: performance.now() })))));
}

// where an opening goes: the page's own marks (explorer/src/main.js), as durations of each step
const steps = [["script", "start"], ["parse", "parsed"], ["prepare", "prepared"], ["graph", "graph"], ["sigma", "sigma"], ["ready", "ready"], ["first_frame", "frame"]];
const loads = [];
for (let i = 0; i < runs; i++) loads.push(await withPage(open));
const opens = loads.map((t) => t.frame);
const phases = Object.fromEntries(steps.map(([name, mark], k) =>
  [name, round(quantile(loads.map((t) => t[mark] - (k ? t[steps[k - 1][1]] : 0)), 0.5))]));

const frames = await withPage(async (page) => {
  await open(page);
  const size = await page.evaluate(() => ({ n: window.actornetExplorer.model.n, m: window.actornetExplorer.model.m }));
  await page.evaluate(() => {
    const r = window.actornetExplorer.renderer;
    window.__frames = [];
    window.__renders = [];
    let started = 0;
    r.on("beforeRender", () => { started = performance.now(); });
    r.on("afterRender", () => { window.__renders.push(performance.now() - started); });
    const tick = (t) => { window.__frames.push(t); window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  const box = await page.locator("#graph").boundingBox();
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  // where to press: empty stage nearest the centre (a press on an actor drags the actor, not the
  // view), and the actor nearest the centre
  const spots = await page.evaluate(() => {
    const x = window.actornetExplorer, r = x.renderer, { width, height } = r.getDimensions();
    const points = [];
    x.graph.forEachNode((key) => { const d = r.getNodeDisplayData(key); if (d && !d.hidden) points.push([key, r.framedGraphToViewport(d)]); });
    const nearest = (px, py) => points.reduce((best, [key, p]) => { const d = Math.hypot(p.x - px, p.y - py); return d < best.d ? { key, d, p } : best; }, { d: Infinity });
    let empty = null;
    for (let ring = 0; ring < 40 && !empty; ring++)
      for (let a = 0; a < 16 && !empty; a++) {
        const px = width / 2 + ring * 8 * Math.cos(a * Math.PI / 8), py = height / 2 + ring * 8 * Math.sin(a * Math.PI / 8);
        if (nearest(px, py).d >= 24) empty = { x: px, y: py };
      }
    const actor = nearest(width / 2, height / 2).p;
    return { empty, actor: { x: actor.x, y: actor.y } };
  });
  const measure = async (action) => {
    await page.evaluate(() => { window.__frames = []; window.__renders = []; });
    await action();
    const got = await page.evaluate(() => ({ frames: window.__frames.slice(), renders: window.__renders.slice() }));
    await page.waitForTimeout(600);
    const after = await page.evaluate(() => window.__frames.slice());
    const intervals = got.frames.slice(1).map((t, i) => t - got.frames[i]);
    const tail = after.slice(got.frames.length - 1);
    const rest = Math.max(...tail.slice(1).map((t, i) => t - tail[i]));
    return { frames: intervals.length, p50: round(quantile(intervals, 0.5)), p95: round(quantile(intervals, 0.95)),
      max: round(Math.max(...intervals)), render_p50: round(quantile(got.renders, 0.5)), render_p95: round(quantile(got.renders, 0.95)),
      rest_ms: round(rest) };
  };
  const drag = (from) => async () => {
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + from.x + i * 6, box.y + from.y + i * 3);
    await page.mouse.up();
  };
  if (!spots.empty) throw new Error("no empty stage to press on");
  const pan = await measure(drag(spots.empty));
  const zoom = await measure(async () => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 20; i++) { await page.mouse.wheel(0, i < 10 ? -120 : 120); await page.waitForTimeout(30); }
  });
  await page.waitForTimeout(300);
  const actorDrag = await measure(drag(spots.actor));
  const settle = await page.evaluate(() => new Promise((resolve) => {
    const r = window.actornetExplorer.renderer;
    const t = performance.now();
    r.once("afterRender", () => resolve(performance.now() - t));
    r.refresh();
  }));
  return { ...size, pan, zoom, drag_actor: actorDrag, refresh_ms: round(settle) };
});

console.log(JSON.stringify({ page: pagePath, open_ms: { median: round(quantile(opens, 0.5)), all: opens.map(round), steps_median: phases }, ...frames }));

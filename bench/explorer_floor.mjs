// explorer_floor.mjs — the floor under explorer.html's frame times: a raw WebGL page (no sigma, no
// graphology, no reducers, no labels) in the same Chromium that draws the page's actors as points
// and its ties as one-pixel lines, at the places explorer.html shows them on opening (read from the
// page), moving them every frame (a uniform translation, as a pan does), and reports the interval
// between animation frames. With --disable-gpu WebGL is SwiftShader, so this is what rasterising
// those points and lines costs on this machine whatever the page's code does.
//
//   node bench/explorer_floor.mjs PAGE [FRAMES]     (run from a directory where playwright-core
//   resolves, e.g. BUILD_DIR/bench-explorer/npm; bench/explorer_bench.sh does)
//
// Prints one JSON line per case: points only (what a pan draws: ties are hidden while moving),
// lines only, and both (the frame drawn when the view rests).
import { createRequire } from "node:module";
import { join } from "node:path";

const { chromium } = createRequire(join(process.cwd(), "/"))("playwright-core");
const [pagePath, framesText] = process.argv.slice(2);
const frames = +(framesText || 60);
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function pageSource(nPoints, nLines, nFrames, geometry) {
  return `<!doctype html><meta charset="utf-8"><body style="margin:0"><canvas id="c" width="1400" height="900"></canvas><script>
const gl = document.getElementById("c").getContext("webgl", { antialias: false, preserveDrawingBuffer: false });
const vs = "attribute vec2 p; uniform vec2 t; void main(){ gl_Position = vec4(p + t, 0.0, 1.0); gl_PointSize = 3.0; }";
const fs = "precision mediump float; void main(){ gl_FragColor = vec4(0.2, 0.3, 0.6, 0.8); }";
const prog = gl.createProgram();
for (const [type, src] of [[gl.VERTEX_SHADER, vs], [gl.FRAGMENT_SHADER, fs]]) { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); gl.attachShader(prog, s); }
gl.linkProgram(prog); gl.useProgram(prog);
const g = ${JSON.stringify(geometry)};
const pts = new Float32Array(g.points), lns = new Float32Array(g.lines);
const buf = gl.createBuffer(); gl.bindBuffer(gl.ARRAY_BUFFER, buf);
const loc = gl.getAttribLocation(prog, "p"); gl.enableVertexAttribArray(loc);
const t = gl.getUniformLocation(prog, "t");
gl.enable(gl.BLEND); gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
const stamps = []; let k = 0;
function frame(now) {
  stamps.push(now);
  gl.clearColor(1, 1, 1, 1); gl.clear(gl.COLOR_BUFFER_BIT);
  gl.uniform2f(t, (k % 40) * 0.005, 0); k++;
  // sigma uploads each program's buffer at every render; so does this page
  if (${nLines}) { gl.bufferData(gl.ARRAY_BUFFER, lns, gl.DYNAMIC_DRAW); gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0); gl.drawArrays(gl.LINES, 0, ${nLines} * 2); }
  if (${nPoints}) { gl.bufferData(gl.ARRAY_BUFFER, pts, gl.DYNAMIC_DRAW); gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0); gl.drawArrays(gl.POINTS, 0, ${nPoints}); }
  if (stamps.length <= ${nFrames}) requestAnimationFrame(frame); else window.done = stamps;
}
requestAnimationFrame(frame);
</script>`;
}

const quantile = (xs, q) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: flags });
try {
  // the drawing's geometry in clip space, as explorer.html shows it on opening (its canvas size)
  const explorer = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await explorer.goto("file://" + pagePath);
  await explorer.waitForFunction(() => window.actornetExplorer && window.actornetExplorer.ready, null, { timeout: 300000 });
  const geometry = await explorer.evaluate(() => {
    const x = window.actornetExplorer, r = x.renderer, { width, height } = r.getDimensions();
    const clip = (key) => { const p = r.framedGraphToViewport(r.getNodeDisplayData(key)); return [(p.x / width) * 2 - 1, 1 - (p.y / height) * 2]; };
    const points = [], lines = [];
    x.graph.forEachNode((key) => points.push(...clip(key)));
    x.graph.forEachEdge((key, a, s, t) => lines.push(...clip(s), ...clip(t)));
    return { width, height, points, lines };
  });
  await explorer.close();
  const points = geometry.points.length / 2, lines = geometry.lines.length / 4;
  for (const [name, p, l] of [["points", points, 0], ["lines", 0, lines], ["points+lines", points, lines]]) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.setContent(pageSource(p, l, frames, { points: p ? geometry.points : [], lines: l ? geometry.lines : [] })
      .replace('width="1400" height="900"', `width="${geometry.width}" height="${geometry.height}"`));
    const stamps = await (await page.waitForFunction(() => window.done, null, { timeout: 300000 })).jsonValue();
    const intervals = stamps.slice(2).map((s, i) => s - stamps[i + 1]);
    const round = (x) => Math.round(x * 10) / 10;
    console.log(JSON.stringify({ floor: name, points: p, lines: l, frames: intervals.length,
      p50: round(quantile(intervals, 0.5)), p95: round(quantile(intervals, 0.95)), max: round(Math.max(...intervals)) }));
    await page.close();
  }
} finally {
  await browser.close();
}

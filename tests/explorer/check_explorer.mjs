// check_explorer.mjs — explorer.html in Debian's Chromium, driven by playwright-core (run by
// check_explorer.py, from the directory where the lock file's packages are installed).
//   node check_explorer.mjs PAGE WORK_DIR EXPECT_JSON      prints "cases: N passed, M failed"
// EXPECT_JSON holds what check_explorer.py computed independently from the GraphML file, the
// report and the CLI. Any console error, page error or request that leaves the file fails.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { chromium } = createRequire(join(process.cwd(), "/"))("playwright-core");
const [page_path, work, expect_json] = process.argv.slice(2);
const expect = JSON.parse(expect_json);
let passed = 0, failed = 0;
function check(condition, what) {
  if (condition) passed++;
  else { failed++; console.log("FAIL:", what); }
}

const profile = mkdtempSync(join(tmpdir(), "actornet-explorer-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium", headless: true, viewport: { width: 1400, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const errors = [], requests = [];
try {
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push("console: " + m.text()); });
  page.on("pageerror", (e) => errors.push("page error: " + e.message));
  page.on("dialog", (d) => { errors.push("a dialog opened: " + d.message()); d.dismiss(); });
  page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
  const url = "file://" + page_path;
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.actornetExplorer && window.actornetExplorer.ready, null, { timeout: 60000 });
  console.log("page ready in " + (Date.now() - started) + " ms");
  const shown = await status(page);
  check(shown.ties === expect.ties && shown.actors === expect.nodes, "start: " + shown.text);
  check(await page.locator("#graph canvas").count() > 0, "sigma drew no canvas");

  if (expect.hostile) await hostile(page);
  else await bundled(page);

  await page.screenshot({ path: join(work, expect.hostile ? "explorer-hostile.png" : "explorer-screenshot.png") });
  check(await page.evaluate(() => window.__pwned === undefined), "a data value ran as script");
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
for (const e of errors) console.log("  " + e);
check(errors.length === 0, errors.length + " console or page errors");
check(requests.length === 0, "requests left the file: " + requests.slice(0, 5).join(" "));
console.log("cases: " + passed + " passed, " + failed + " failed");
process.exit(failed ? 1 : 0);

async function pick(page, input, text) {
  await page.fill(input, "");
  await page.type(input, text);
  const first = await page.locator(input + " ~ ul li").first().getAttribute("data-node");
  await page.press(input, "Enter");
  return first;
}

async function bundled(page) {
  let shown;
  // search, from the keyboard: "/" focuses the box; case and diacritics folded
  await page.locator("body").press("/");
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === "search"), "'/' does not focus the search");
  for (const [query, id] of expect.searches) {
    const first = await pick(page, "#search", query);
    check(first === id, `search ${JSON.stringify(query)}: first match ${first}, expected ${id}`);
    check(await page.textContent("#actor-id") === id, `Enter on ${JSON.stringify(query)} does not open ${id}`);
  }
  await page.keyboard.press("Escape");
  await page.waitForTimeout(600);   // the camera's move to the last actor found

  // click the actor in the drawing (a real mouse click at its place on the canvas)
  const point = await page.evaluate((id) => {
    const x = window.actornetExplorer;
    const v = x.model.nodes.id.indexOf(id);
    const d = x.renderer.getNodeDisplayData(String(v));
    const p = x.renderer.framedGraphToViewport(d);
    const box = document.getElementById("graph").getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, expect.actor);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(300);
  const clicked = await page.locator("#actor-id").count() ? await page.textContent("#actor-id") : null;
  check(clicked === expect.actor, "clicking the actor in the drawing at " + JSON.stringify(point) + " selects " + clicked);
  if (clicked !== expect.actor) await page.evaluate((id) => window.actornetExplorer.select(window.actornetExplorer.model.nodes.id.indexOf(id), false), expect.actor);
  const ties = await page.$$eval("#ties .tie", (blocks) => blocks.map((b) => ({
    relation: b.dataset.relation, text: b.textContent, cite: b.querySelector(".cite").textContent,
    evidence: b.querySelector(".evidence") ? b.querySelector(".evidence").textContent : "" })));
  check(ties.length === expect.actor_ties, `the panel lists ${ties.length} ties, the file has ${expect.actor_ties}`);
  expect.actor_citations.forEach(([relation, source, locator, evidence], i) => {
    const t = ties[i] || { cite: "", evidence: "", relation: "" };
    check(t.relation === relation && t.cite.includes(source) && t.cite.includes(locator) && t.evidence.includes(evidence),
      `tie ${i}: panel shows ${JSON.stringify(t)}, file has ${relation} / ${source} / ${locator}`);
  });
  check(await page.locator("#measures tbody tr").count() >= 5, "the actor's measures are not listed");

  // the year slider: only the ties whose span meets the window remain
  const [low, high] = expect.window;
  await page.fill("#year-from", String(low));
  await page.fill("#year-to", String(high));
  shown = await status(page);
  check(shown.ties === expect.window_ties_undated, `${low}-${high} with undated: ${shown.ties} ties, expected ${expect.window_ties_undated}`);
  await page.uncheck("#undated");
  shown = await status(page);
  check(shown.ties === expect.window_ties, `${low}-${high}: ${shown.ties} ties, expected ${expect.window_ties}`);
  check(await page.locator("#ties .tie").count() === expect.actor_window_ties,
    `the actor's panel shows ${await page.locator("#ties .tie").count()} ties in ${low}-${high}, expected ${expect.actor_window_ties}`);
  const outside = await page.evaluate(([low, high]) => {
    const x = window.actornetExplorer, e = x.model.edges;
    let bad = 0;
    x.state.result.edgeOn.forEach((on, k) => {
      const y = e.year[k], z = e.end[k];
      if (on && (y === null && z === null || (z ?? y) < low || (y ?? z) > high)) bad++;
    });
    return bad;
  }, expect.window);
  check(outside === 0, outside + " shown ties lie outside the window");
  await page.click("#reset-filters");
  await page.uncheck("#confidence input[data-name=reported]");
  shown = await status(page);
  check(shown.ties === expect.stated_ties, `stated only: ${shown.ties}, expected ${expect.stated_ties}`);
  await page.click("#reset-filters");
  await page.selectOption("#lens", "conflict");
  const conflict = await page.evaluate(() => {
    const x = window.actornetExplorer;
    let bad = 0;
    x.state.result.edgeOn.forEach((on, k) => { const r = x.model.edges.relation[k]; if (on && x.model.data.relations[r].sign !== "hostile") bad++; });
    return { bad, shown: x.state.result.edges };
  });
  check(conflict.bad === 0 && conflict.shown > 0, `conflict lens: ${conflict.shown} ties, ${conflict.bad} not hostile`);
  await page.selectOption("#lens", "all");

  // the report's first chain, highlighted
  await page.selectOption("#report-chain", "0");
  const hops = await page.$$eval("#chain-hops > li", (items) => items.map((li) => li.dataset.edge));
  const chain = await page.evaluate(() => {
    const x = window.actornetExplorer;
    return { edges: Array.from(x.state.focusEdges || []).map((e) => x.model.edges.id[e]),
      nodes: x.state.chain.hops.map((h) => x.model.nodes.id[h.from]).concat(x.model.nodes.id[x.state.chain.hops.at(-1).to]) };
  });
  check(hops.length === expect.chain.edges.length && JSON.stringify(chain.nodes) === JSON.stringify(expect.chain.nodes) &&
    JSON.stringify(chain.edges.slice().sort()) === JSON.stringify(expect.chain.edges.slice().sort()),
    "report chain 1: page " + JSON.stringify(chain) + ", report " + JSON.stringify(expect.chain));

  // the shortest cited chain between two actors, picked from the keyboard
  await page.selectOption("#report-chain", "");
  await pick(page, "#chain-from", "iran");
  await pick(page, "#chain-to", "ganja_assassination_attempt_2018");
  await page.selectOption("#chain-walk", "any");
  await page.uncheck("#chain-time");
  await page.click("#chain-find");
  let found = await page.locator("#chain-hops > li").count();
  check(found === expect.any_length, `any tie, any order: ${found} hops, actornet paths --undirected gives ${expect.any_length}`);
  await page.selectOption("#chain-walk", "influence");
  await page.check("#chain-time");
  await page.click("#chain-find");
  found = await page.locator("#chain-hops > li").count();
  const rules = await page.evaluate(() => {
    const x = window.actornetExplorer, m = x.model, lens = m.data.lenses.find((l) => l.name === "influence");
    if (!x.state.chain) return { ok: false, why: "no chain" };
    let now = -Infinity;
    for (const h of x.state.chain.hops) {
      const seen = lens.ties[h.edge], forward = m.edges.source[h.edge] === h.from;
      if (!(seen === "3" || (seen === "1" && forward) || (seen === "2" && !forward))) return { ok: false, why: "against influence" };
      const y = m.edges.year[h.edge], z = m.edges.end[h.edge];
      if (y !== null || z !== null) {
        const at = Math.max(now, y ?? z);
        if (at > (z ?? y)) return { ok: false, why: "back in time" };
        now = at;
      }
    }
    return { ok: true };
  });
  check(rules.ok, "the influence chain breaks a rule: " + rules.why);
  check(found === expect.influence_length, `along influence, dates in order: ${found} hops, brute force gives ${expect.influence_length}`);

  // keyboard on the drawing, and dragging an actor
  await page.focus("#graph");
  const before = await page.evaluate(() => window.actornetExplorer.renderer.getCamera().ratio);
  await page.keyboard.press("+");
  await page.waitForTimeout(400);
  const after = await page.evaluate(() => window.actornetExplorer.renderer.getCamera().ratio);
  check(after < before, "'+' on the drawing does not zoom in");
  await page.keyboard.press("0");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(400);
  const drag = await page.evaluate((id) => {
    const x = window.actornetExplorer, v = String(x.model.nodes.id.indexOf(id));
    const p = x.renderer.framedGraphToViewport(x.renderer.getNodeDisplayData(v));
    const box = document.getElementById("graph").getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, gx: x.graph.getNodeAttribute(v, "x") };
  }, expect.actor);
  await page.mouse.move(drag.x, drag.y);
  await page.mouse.down();
  await page.mouse.move(drag.x + 60, drag.y + 40, { steps: 5 });
  await page.mouse.up();
  const moved = await page.evaluate((id) => {
    const x = window.actornetExplorer;
    return x.graph.getNodeAttribute(String(x.model.nodes.id.indexOf(id)), "x");
  }, expect.actor);
  check(moved !== drag.gx, "dragging an actor does not move it");
  await page.evaluate(() => window.actornetExplorer.select(window.actornetExplorer.model.nodes.id.indexOf("husayniyyun"), true));
  await page.waitForTimeout(500);
}

async function hostile(page) {
  const labels = await page.evaluate(() => window.actornetExplorer.model.nodes.label);
  check(JSON.stringify(labels) === JSON.stringify(expect.hostile), "labels read back differently");
  for (const [i, text] of expect.hostile.entries()) {
    await page.evaluate((v) => window.actornetExplorer.select(v, false), i);
    const name = await page.textContent("#actor-name");
    check(name === text, `actor ${i}: the panel shows ${JSON.stringify(name)}, expected ${JSON.stringify(text)}`);
    const cites = await page.$$eval("#ties .cite", (c) => c.map((x) => x.textContent));
    check(cites.some((c) => c.includes("cite " + text)), `actor ${i}: its citation is not shown as text`);
  }
  const found = await pick(page, "#search", "alias 3");
  check(found === "n3 " + expect.hostile[3], "search by a hostile actor's alias: " + found);
  check(await page.locator("img, svg, iframe, object, embed").count() === 0, "the data made an element");
  const scripts = await page.evaluate(() => Array.from(document.scripts).filter((s) => s.src || s.type !== "application/json").length);
  check(scripts === 0, "a script element appeared (" + scripts + ")");
}

async function status(page) {
  return page.evaluate(() => {
    const s = document.getElementById("status");
    return { ties: +s.dataset.shownTies, actors: +s.dataset.shownActors, text: s.textContent };
  });
}

// main.js — explorer.html: the network drawn with sigma.js (WebGL) at the positions the library
// computed, with search, filters, lenses, an actor's ties and their citations, the report's chains
// and the shortest cited chain between two actors. Everything runs offline from the one file.

import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";

import css from "./style.css";
import { el, fill, swatch } from "./dom.js";
import { fold, foldTable } from "./fold.js";
import { applyFilter, defaultFilter, prepare, search, shortestChain, sizeWeights, tieInWindow, tiesOf } from "./model.js";
import { actorPicker } from "./picker.js";

// Paul Tol's "muted" scheme for classes, Okabe & Ito plus Tol's "bright" for relation families
// (colour-blind safe); grey past the end of a palette.
const CLASS_COLOURS = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"];
const FAMILY_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#AA3377",
  "#228833", "#CCBB44", "#4477AA", "#EE6677", "#66CCEE"];
const OTHER = "#BBBBBB";
const FADED_NODE = "#E4E4E4", FADED_EDGE = "#F0F0F0", CHAIN_EDGE = "#111111";

function start() {
  const timings = { start: performance.now() };
  const source = document.getElementById("actornet-data");
  const data = JSON.parse(source.textContent);
  timings.parsed = performance.now();
  const model = prepare(data);
  timings.prepared = performance.now();
  document.head.appendChild(el("style", null, css));
  document.title = "Explorer: " + data.title;
  const n = model.n, m = model.m;

  const state = {
    filter: defaultFilter(model),
    colourBy: "community",
    sizeBy: data.size_by,
    selected: null,
    chain: null,               // { title, hops: [{edge, from, to, reversed, undated}] }
    result: null,              // applyFilter's result
  };

  // ---- colours ------------------------------------------------------------------------
  const classColour = (c) => (c >= 0 && c < CLASS_COLOURS.length ? CLASS_COLOURS[c] : OTHER);
  const communityColour = (k) => (k >= 0 && k < data.communities.colours.length ? data.communities.colours[k] : OTHER);
  const familyColour = (f) => (f >= 0 && f < FAMILY_COLOURS.length ? FAMILY_COLOURS[f] : OTHER);
  const nodeColour = (v) => (state.colourBy === "class" ? classColour(model.nodes.class[v]) : communityColour(model.nodes.community[v]));
  const edgeFamily = (e) => (model.edges.relation[e] >= 0 ? model.relationFamily[model.edges.relation[e]] : -1);
  const describe = (v) => {
    const c = model.nodes.class[v];
    return (c >= 0 ? data.classes[c].name : "no class") + " · " + model.nodes.id[v];
  };

  // ---- the graph for sigma --------------------------------------------------------------
  const graph = new Graph({ multi: true, type: "mixed", allowSelfLoops: true });
  const big = n > 2000;
  let weights = state.sizeBy >= 0 ? sizeWeights(model, state.sizeBy) : null;
  const nodeSize = (v) => (big ? 1.5 + 7 * Math.sqrt(weights ? weights[v] : 0.2) : 3 + 13 * Math.sqrt(weights ? weights[v] : 0.2));
  for (let v = 0; v < n; v++)
    graph.addNode(String(v), { x: model.nodes.x[v], y: model.nodes.y[v], size: nodeSize(v), label: model.nodes.label[v],
      color: nodeColour(v) });
  for (let e = 0; e < m; e++) {
    const r = model.edges.relation[e];
    const symmetric = r >= 0 && data.relations[r].symmetric;
    const directed = model.edges.directed[e] === 1 && !symmetric;
    const attributes = { size: big ? 0.6 : 1.2, color: familyColour(edgeFamily(e)), type: directed ? "arrow" : "line" };
    if (directed) graph.addDirectedEdgeWithKey(String(e), String(model.edges.source[e]), String(model.edges.target[e]), attributes);
    else graph.addUndirectedEdgeWithKey(String(e), String(model.edges.source[e]), String(model.edges.target[e]), attributes);
  }

  timings.graph = performance.now();

  // ---- the page -------------------------------------------------------------------------
  const status = el("p", { id: "status", role: "status", "aria-live": "polite" });
  const header = el("header", null,
    el("h1", null, "Explorer: ", data.title),
    status,
    el("a", { href: "report.html" }, "Back to the report"));
  const stage = el("div", { id: "stage" });
  const container = el("div", { id: "graph", tabindex: "0", role: "application",
    "aria-label": "Network drawing. Arrow keys pan, plus and minus zoom, 0 resets the view. Find actors with the search box.",
    "aria-describedby": "keys" });
  const zoomIn = el("button", { type: "button", "aria-label": "Zoom in", title: "Zoom in (+)" }, "+");
  const zoomOut = el("button", { type: "button", "aria-label": "Zoom out", title: "Zoom out (-)" }, "−");
  const zoomReset = el("button", { type: "button", "aria-label": "Reset the view", title: "Reset the view (0)" }, "⟲");
  stage.append(container, el("div", { class: "zoom" }, zoomIn, zoomOut, zoomReset),
    el("p", { class: "keys", id: "keys" }, "Drag to pan · wheel to zoom · drag an actor to move it · click an actor for its ties · / search · Esc clear"));

  const controls = el("aside", { id: "controls", "aria-label": "Search and filters" });
  const details = el("aside", { id: "details", "aria-label": "Actor, ties and chains" });
  const layout = el("div", { class: "layout" }, controls, el("main", { id: "stage-wrap", style: { flex: "1", display: "flex" } }, stage), details);
  document.body.replaceChildren(el("a", { class: "skip", href: "#search" }, "Skip to the search"), header, layout);

  // search
  const finder = actorPicker(model, { label: "Find an actor", id: "search", placeholder: "id, name or alias (accents optional)",
    describe, onPick: (v) => select(v, true) });
  controls.append(el("h2", null, el("label", { for: "search" }, "Find an actor")), finder.root,
    el("p", { class: "note" }, "Matches ids, names and aliases; case, accents and letters such as ı, ə, ş are folded (",
      el("abbr", { title: foldTable().map(([a, b]) => a + "→" + (b || "∅")).join(" ") }, "table"), ")."));

  // view
  const colourSelect = el("select", { id: "colour-by" },
    el("option", { value: "community" }, "community"), el("option", { value: "class" }, "class"));
  const sizeSelect = el("select", { id: "size-by" }, data.measures.map((name, k) => el("option", { value: String(k), selected: k === data.size_by }, name)));
  const lensSelect = el("select", { id: "lens" }, data.lenses.map((lens) => el("option", { value: lens.name }, lens.title)));
  const lensNote = el("p", { class: "note", id: "lens-note" });
  const nodeLegend = el("div", { id: "node-legend" });
  controls.append(el("h2", null, "View"),
    el("div", { class: "row" }, el("label", { for: "lens" }, "Lens"), lensSelect, lensNote),
    el("div", { class: "row" }, el("label", { for: "colour-by" }, "Colour actors by"), colourSelect, nodeLegend),
    el("div", { class: "row" }, el("label", { for: "size-by" }, "Size actors by"), sizeSelect));

  // filters
  const checkboxGroup = (legendText, id, items) => {
    const boxes = [];
    const set = el("fieldset", { id }, el("legend", null, legendText));
    for (const item of items) {
      const box = el("input", { type: "checkbox", checked: true, id: id + "-" + boxes.length, "data-value": String(item.value),
        "data-name": item.name });
      boxes.push([box, item.value]);
      set.append(el("div", { class: "check" }, box, el("label", { for: box.id }, item.mark || null, " ", item.name),
        el("span", { class: "count" }, String(item.count))));
    }
    return { set, boxes };
  };
  const countBy = (length, key) => {
    const counts = new Map();
    for (let i = 0; i < length; i++) counts.set(key(i), (counts.get(key(i)) || 0) + 1);
    return counts;
  };
  const familyCounts = countBy(m, edgeFamily);
  const familyItems = model.families.map((f, i) => ({ value: i, name: f, count: familyCounts.get(i) || 0,
    mark: el("span", { class: "line", style: { background: familyColour(i) }, "aria-hidden": "true" }) }))
    .filter((item) => item.count > 0);
  if (familyCounts.get(-1)) familyItems.push({ value: -1, name: "(no relation)", count: familyCounts.get(-1),
    mark: el("span", { class: "line", style: { background: OTHER }, "aria-hidden": "true" }) });
  const families = checkboxGroup("Relation families", "families", familyItems);
  const confidenceCounts = countBy(m, (e) => model.edges.confidence[e]);
  const confidenceItems = data.confidence.map((c, i) => ({ value: i, name: c, count: confidenceCounts.get(i) || 0 }));
  if (confidenceCounts.get(-1)) confidenceItems.push({ value: -1, name: "(not given)", count: confidenceCounts.get(-1) });
  const confidence = checkboxGroup("Confidence", "confidence", confidenceItems);
  const classCounts = countBy(n, (v) => model.nodes.class[v]);
  const classItems = data.classes.map((c, i) => ({ value: i, name: c.name, count: classCounts.get(i) || 0 }));
  if (classCounts.get(-1)) classItems.push({ value: -1, name: "(no class)", count: classCounts.get(-1) });
  const classes = checkboxGroup("Actor classes", "classes", classItems);

  const years = el("fieldset", { id: "years" }, el("legend", null, "Years"));
  let yearFrom = null, yearTo = null, undated = null;
  if (model.yearMin !== null) {
    const range = (id, value) => el("input", { type: "range", id, min: model.yearMin, max: model.yearMax, step: 1, value });
    yearFrom = range("year-from", model.yearMin);
    yearTo = range("year-to", model.yearMax);
    const fromOut = el("output", { for: "year-from", id: "year-from-value" }, String(model.yearMin));
    const toOut = el("output", { for: "year-to", id: "year-to-value" }, String(model.yearMax));
    undated = el("input", { type: "checkbox", id: "undated", checked: true });
    years.append(el("div", { class: "years" },
      el("label", { for: "year-from" }, "from"), yearFrom, fromOut,
      el("label", { for: "year-to" }, "to"), yearTo, toOut),
    el("div", { class: "check" }, undated, el("label", { for: "undated" }, "include undated ties")),
    el("p", { class: "note" }, "A tie is shown when its span (year or start to end) meets the window."));
    yearFrom.addEventListener("input", () => {
      if (+yearFrom.value > +yearTo.value) yearTo.value = yearFrom.value;
      fromOut.value = yearFrom.value; toOut.value = yearTo.value;
      update();
    });
    yearTo.addEventListener("input", () => {
      if (+yearTo.value < +yearFrom.value) yearFrom.value = yearTo.value;
      fromOut.value = yearFrom.value; toOut.value = yearTo.value;
      update();
    });
    undated.addEventListener("change", update);
  } else {
    years.append(el("p", { class: "note" }, "The ties carry no years."));
  }
  const hideIsolated = el("input", { type: "checkbox", id: "hide-isolated" });
  const resetButton = el("button", { type: "button", id: "reset-filters" }, "Show everything");
  controls.append(el("h2", null, "Filters"), families.set, confidence.set, classes.set, years,
    el("div", { class: "check" }, hideIsolated, el("label", { for: "hide-isolated" }, "hide actors with no tie shown")),
    el("div", { class: "buttons" }, resetButton));

  // chains (details panel, top)
  const chainSelect = el("select", { id: "report-chain" }, el("option", { value: "" }, data.chains.length ? "— choose a chain —" : "— the report found none —"),
    data.chains.map((c, i) => el("option", { value: String(i) }, "Chain " + (i + 1) + ": " + model.nodes.label[c.nodes[0]] + " → " +
      model.nodes.label[c.nodes[c.nodes.length - 1]] + " (" + c.edges.length + " hop" + (c.edges.length === 1 ? "" : "s") + ")")));
  let chainFrom = null, chainTo = null;
  const fromPicker = actorPicker(model, { label: "Chain from", id: "chain-from", placeholder: "from actor", describe, onPick: (v) => { chainFrom = v; } });
  const toPicker = actorPicker(model, { label: "Chain to", id: "chain-to", placeholder: "to actor", describe, onPick: (v) => { chainTo = v; } });
  const walkSelect = el("select", { id: "chain-walk" },
    el("option", { value: "influence" }, "along influence (vocabulary's flow; no hostile ties)"),
    el("option", { value: "any" }, "any tie, either way (reversed hops marked)"));
  const timeBox = el("input", { type: "checkbox", id: "chain-time", checked: true });
  const findButton = el("button", { type: "button", id: "chain-find" }, "Find the shortest cited chain");
  const clearButton = el("button", { type: "button", id: "chain-clear" }, "Clear");
  const chainResult = el("div", { id: "chain-result", "aria-live": "polite" });
  details.append(el("h2", null, "Chains"),
    el("div", { class: "row" }, el("label", { for: "report-chain" }, "From the report"), chainSelect),
    el("h3", null, "Shortest cited chain on the filtered graph"),
    el("div", { class: "row" }, el("label", { for: "chain-from" }, "From"), fromPicker.root),
    el("div", { class: "row" }, el("label", { for: "chain-to" }, "To"), toPicker.root),
    el("div", { class: "row" }, el("label", { for: "chain-walk" }, "Walk"), walkSelect),
    el("div", { class: "check" }, timeBox, el("label", { for: "chain-time" }, "dates in order (each hop not earlier than the one before)")),
    el("div", { class: "buttons" }, findButton, clearButton), chainResult);
  const actorPanel = el("section", { id: "actor", "aria-label": "Selected actor" });
  details.append(el("h2", null, "Actor"), actorPanel);
  fill(actorPanel, el("p", { class: "note" }, "Click an actor in the drawing, or find one by name."));

  if (data.note) controls.prepend(el("p", { class: "warn", id: "data-note" }, data.note));

  // ---- sigma -------------------------------------------------------------------------------
  // is the view moving? (sigma's own test for hideEdgesOnMove, plus an actor being dragged)
  let renderer = null, dragged = null, dragMoved = false;
  function moving() {
    if (!renderer) return false;   // sigma's first render, in its constructor
    const mouse = renderer.getMouseCaptor();
    return (dragged !== null && dragMoved) || renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || !!mouse.currentWheelDirection;
  }
  let restTimer = null;
  function restLater() {
    if (restTimer !== null) clearTimeout(restTimer);
    restTimer = setTimeout(() => {
      restTimer = null;
      if (moving()) restLater();
      else renderer.scheduleRender();
    }, 60);
  }

  // filters and focus change the reducers' output: sigma reprocesses the graph, at most once a frame
  // (a year slider sends an input event per step)
  let redrawPending = false;
  function redraw() {
    if (redrawPending || !renderer) return;   // before sigma exists, its constructor draws the state
    redrawPending = true;
    requestAnimationFrame(() => {
      redrawPending = false;
      renderer.refresh();
    });
  }

  // Large networks: ties are not drawn while the view moves (the camera pans, zooms or an actor is
  // dragged) and are drawn again once it rests, as sigma's hideEdgesOnMove does; but sigma's own
  // setting reprocesses the whole graph (reducers and buffers of every tie) when the mouse is
  // released, which takes longer than the pan itself at 50,000 ties. Here the edge program skips
  // its draw while moving, and a plain render (no reprocessing) follows when the view rests.
  const hideEdgesWhileMoving = m > 5000;
  const EdgeLinesAtRest = class extends EdgeLineProgram {
    render(params) {
      if (!moving()) super.render(params);
      else restLater();
    }
  };
  update();   // the filters' first result, so that sigma's constructor processes the graph once
  renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    hideEdgesOnMove: false,
    hideLabelsOnMove: n > 2000,
    labelRenderedSizeThreshold: big ? 9 : 5,
    labelDensity: big ? 0.4 : 1,
    labelFont: "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif",
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    defaultEdgeType: "line",
    // large networks: one-pixel lines and point sprites (a sixth of the vertices of quads and
    // arrow heads), which keeps software-rendered WebGL usable at 50,000 ties
    edgeProgramClasses: hideEdgesWhileMoving ? { line: EdgeLinesAtRest, arrow: EdgeLinesAtRest } : { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
    nodeProgramClasses: { circle: big ? NodePointProgram : NodeCircleProgram },
    nodeReducer: (key, attributes) => {
      const v = +key, r = state.result;
      if (r && !r.nodeOn[v]) return { ...attributes, hidden: true };
      const focus = state.focusNodes;
      if (focus && !focus.has(v)) return { ...attributes, color: FADED_NODE, label: "", zIndex: 0 };
      if (focus) return { ...attributes, zIndex: 2, forceLabel: true, highlighted: v === state.selected };
      return attributes;
    },
    edgeReducer: (key, attributes) => {
      const e = +key, r = state.result;
      if (r && !r.edgeOn[e]) return { ...attributes, hidden: true };
      const focus = state.focusEdges;
      if (focus && !focus.has(e)) return { ...attributes, color: FADED_EDGE, zIndex: 0 };
      if (focus) return { ...attributes, color: state.chain ? CHAIN_EDGE : attributes.color, size: attributes.size * 2.5, zIndex: 2 };
      return attributes;
    },
  });
  const camera = renderer.getCamera();
  timings.sigma = performance.now();

  // Sigma 3 finds the actor under the pointer by reading a pixel back from its picking buffer at
  // every mouse move and wheel step; each read waits until the GPU has drawn the frames queued
  // before it, which in software WebGL is most of a pan's frame. No actor can be hovered while the
  // view is dragged or zoomed, so the hover test is skipped then, and the wheel's (whose
  // wheelNode/wheelStage events the page does not use) is dropped. Zooming itself is the mouse
  // captor's and is unchanged. (sigma 3.0.3's listeners, pinned in package-lock.json.)
  {
    const captor = renderer.getMouseCaptor(), listeners = renderer.activeListeners;
    if (listeners && typeof listeners.handleMove === "function" && typeof listeners.handleWheel === "function") {
      captor.removeListener("mousemove", listeners.handleMove);
      captor.on("mousemove", (event) => { if (!captor.isMouseDown && !captor.currentWheelDirection) listeners.handleMove(event); });
      captor.removeListener("wheel", listeners.handleWheel);
    }
  }

  // drag an actor (its position in the drawing only)
  renderer.on("downNode", (event) => {
    dragged = event.node;
    dragMoved = false;
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.getMouseCaptor().on("mousemovebody", (event) => {
    if (!dragged) return;
    const p = renderer.viewportToGraph(event);
    // graphology's setters would make sigma reprocess every actor and tie per mouse move; the
    // attributes are written in place and only this actor and its ties are redrawn (the bounding
    // box is fixed above, so no other position changes)
    const attributes = graph.getNodeAttributes(dragged);
    attributes.x = p.x;
    attributes.y = p.y;
    renderer.refresh({ partialGraph: { nodes: [dragged], edges: graph.edges(dragged) }, skipIndexation: true, schedule: true });
    dragMoved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  renderer.getMouseCaptor().on("mouseup", () => {
    if (dragged !== null && dragMoved) redraw();   // re-index the label grid at the new place
    dragged = null;
  });
  renderer.on("clickNode", ({ node }) => {
    if (dragMoved) { dragMoved = false; return; }
    select(+node, false);
  });
  renderer.on("clickStage", () => { if (!dragMoved) clearFocus(); dragMoved = false; });

  // keyboard on the drawing
  const pan = (dx, dy) => {
    const s = camera.getState();
    camera.animate({ x: s.x + dx * s.ratio, y: s.y + dy * s.ratio }, { duration: 150 });
  };
  container.addEventListener("keydown", (event) => {
    const k = event.key;
    if (k === "ArrowLeft") pan(-0.1, 0);
    else if (k === "ArrowRight") pan(0.1, 0);
    else if (k === "ArrowUp") pan(0, 0.1);
    else if (k === "ArrowDown") pan(0, -0.1);
    else if (k === "+" || k === "=") camera.animatedZoom({ duration: 150 });
    else if (k === "-" || k === "_") camera.animatedUnzoom({ duration: 150 });
    else if (k === "0") camera.animatedReset({ duration: 150 });
    else return;
    event.preventDefault();
  });
  zoomIn.addEventListener("click", () => camera.animatedZoom({ duration: 200 }));
  zoomOut.addEventListener("click", () => camera.animatedUnzoom({ duration: 200 }));
  zoomReset.addEventListener("click", () => camera.animatedReset({ duration: 200 }));
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      finder.input.focus();
    } else if (event.key === "Escape" && !event.defaultPrevented) {
      clearFocus();
    }
  });

  // ---- state changes -----------------------------------------------------------------------
  function readFilter() {
    const f = state.filter;
    f.families = new Set(families.boxes.filter(([b]) => b.checked).map(([, v]) => v));
    f.confidence = new Set(confidence.boxes.filter(([b]) => b.checked).map(([, v]) => v));
    f.classes = new Set(classes.boxes.filter(([b]) => b.checked).map(([, v]) => v));
    if (yearFrom) {
      f.yearFrom = +yearFrom.value;
      f.yearTo = +yearTo.value;
      f.undated = undated.checked;
    }
    f.lens = lensSelect.value;
    f.hideIsolated = hideIsolated.checked;
  }

  function keepSet() {
    const keep = new Set();
    if (state.selected !== null) keep.add(state.selected);
    if (state.chain) for (const h of state.chain.hops) { keep.add(h.from); keep.add(h.to); }
    return keep;
  }

  function focusFromState() {
    state.focusNodes = state.focusEdges = null;
    const r = state.result;
    if (state.chain) {
      state.focusNodes = new Set(state.chain.hops.flatMap((h) => [h.from, h.to]));
      state.focusEdges = new Set(state.chain.hops.map((h) => h.edge));
    } else if (state.selected !== null) {
      const v = state.selected;
      state.focusNodes = new Set([v]);
      state.focusEdges = new Set();
      for (const t of tiesOf(model, v))
        if (r.edgeOn[t.edge]) { state.focusEdges.add(t.edge); state.focusNodes.add(t.other); }
    }
  }

  function update() {
    readFilter();
    const lens = data.lenses[model.lensIndex.get(state.filter.lens)];
    lensNote.textContent = lens.description;
    state.result = applyFilter(model, state.filter, keepSet());
    if (state.chain && state.chain.forced)   // a report's chain is drawn whatever the filters hide
      for (const h of state.chain.hops) { state.result.edgeOn[h.edge] = 1; state.result.nodeOn[h.from] = state.result.nodeOn[h.to] = 1; }
    focusFromState();
    status.textContent = "Showing " + state.result.nodes + " of " + n + " actors and " + state.result.edges + " of " + m + " ties";
    status.dataset.shownTies = String(state.result.edges);
    status.dataset.shownActors = String(state.result.nodes);
    redraw();
    if (state.selected !== null) showActor(state.selected);
  }

  function restyle() {
    state.colourBy = colourSelect.value;
    state.sizeBy = +sizeSelect.value;
    weights = sizeWeights(model, state.sizeBy);
    graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, color: nodeColour(+key), size: nodeSize(+key) }));
    legend();
  }

  function legend() {
    const items = [];
    if (state.colourBy === "class") {
      data.classes.forEach((c, i) => { if (classCounts.get(i)) items.push([classColour(i), c.name]); });
    } else {
      const shown = Math.min(data.communities.count, data.communities.colours.length);
      for (let k = 0; k < shown; k++) items.push([communityColour(k), "community " + (k + 1)]);
      if (data.communities.count > shown) items.push([OTHER, "communities " + (shown + 1) + "–" + data.communities.count]);
    }
    fill(nodeLegend, items.map(([colour, name]) => el("div", { class: "check" }, swatch(colour), name)));
  }

  function centreOn(v) {
    const d = renderer.getNodeDisplayData(String(v));
    if (d) camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, 0.35) }, { duration: 300 });
  }

  function select(v, centre) {
    state.selected = v;
    state.chain = null;
    chainSelect.value = "";
    update();
    showActor(v);
    if (centre) centreOn(v);
  }

  function clearFocus() {
    state.selected = null;
    state.chain = null;
    chainSelect.value = "";
    fill(chainResult);
    fill(actorPanel, el("p", { class: "note" }, "Click an actor in the drawing, or find one by name."));
    update();
  }

  const actorButton = (v) => el("button", { type: "button", class: "actor", "data-node": model.nodes.id[v],
    onclick: () => select(v, true) }, model.nodes.label[v]);
  const confidenceTag = (c) => {
    if (c < 0) return el("span", { class: "tag other" }, "confidence not given");
    const name = data.confidence[c];
    return el("span", { class: "tag " + (name === "stated" ? "stated" : name === "reported" ? "reported" : "other") }, name);
  };
  const dateText = (e) => {
    const y = model.edges.year[e], z = model.edges.end[e];
    if (y === null && z === null) return "undated";
    if (y !== null && z !== null && z !== y) return y + "–" + z;
    return String(y !== null ? y : "until " + z);
  };
  const relationName = (e) => (model.edges.relation[e] >= 0 ? data.relations[model.edges.relation[e]].name : "(no relation)");

  function tieBlock(e, v, hidden) {
    const s = model.edges.source[e], t = model.edges.target[e];
    const directed = model.edges.directed[e] === 1;
    const r = model.edges.relation[e];
    const rel = r >= 0 ? data.relations[r] : null;
    const arrow = rel && rel.symmetric ? " — " : directed ? " → " : " — ";
    const citation = model.edges.citation[e] >= 0 ? data.sources[model.edges.citation[e]] : null;
    return el("div", { class: "tie" + (hidden ? " hidden-by-filter" : ""), "data-edge": String(e), "data-relation": relationName(e),
      "data-year": model.edges.year[e] === null ? "" : String(model.edges.year[e]) },
      el("div", { class: "head" }, s === v ? el("span", null, model.nodes.label[s]) : actorButton(s), arrow, relationName(e),
        rel ? el("span", { class: "note" }, " (" + rel.family + ", " + rel.sign + ")") : null, arrow,
        t === v ? el("span", null, model.nodes.label[t]) : actorButton(t)),
      el("div", null, dateText(e), " · ", confidenceTag(model.edges.confidence[e]),
        model.edges.id[e] !== null ? el("span", { class: "note" }, " · tie ", el("code", null, model.edges.id[e])) : null),
      el("div", { class: "cite" }, citation ? "Source: " + citation : "No source given",
        model.edges.locator[e] !== null ? " — " + model.edges.locator[e] : ""),
      model.edges.evidence[e] !== null ? el("div", { class: "evidence" }, "“", model.edges.evidence[e], "”") : null);
  }

  function showActor(v) {
    const c = model.nodes.class[v];
    const ties = tiesOf(model, v);
    const shown = ties.filter((t) => state.result.edgeOn[t.edge]);
    const hidden = ties.filter((t) => !state.result.edgeOn[t.edge]);
    const community = model.nodes.community[v];
    fill(actorPanel,
      el("h3", { id: "actor-name" }, model.nodes.label[v]),
      el("p", null, el("code", { id: "actor-id" }, model.nodes.id[v]), " · ",
        c >= 0 ? data.classes[c].name + " (" + data.classes[c].mode + ")" : "no class", " · ",
        community >= 0 ? [swatch(communityColour(community)), "community " + (community + 1)] : "no community"),
      model.aliases[v].length ? el("p", { class: "note" }, "Also known as: ", model.aliases[v].join("; ")) : null,
      el("div", { class: "buttons" },
        el("button", { type: "button", onclick: () => centreOn(v) }, "Centre"),
        el("button", { type: "button", onclick: () => { chainFrom = v; fromPicker.set(v); } }, "Chain from here"),
        el("button", { type: "button", onclick: () => { chainTo = v; toPicker.set(v); } }, "Chain to here")),
      el("table", { id: "measures" }, el("thead", null, el("tr", null, el("th", null, "measure"), el("th", { class: "n" }, "value"),
        el("th", { class: "n" }, "rank of " + n))),
      el("tbody", null, data.measures.map((name, k) => el("tr", null, el("td", null, name),
        el("td", { class: "n" }, fmt(model.nodes.scores[k][v])), el("td", { class: "n" }, fmtRank(model.nodes.ranks[k][v])))))),
      el("h3", null, ties.length + " tie" + (ties.length === 1 ? "" : "s") + ", " + shown.length + " shown"),
      el("div", { id: "ties" }, shown.map((t) => tieBlock(t.edge, v, false))),
      hidden.length ? el("details", null, el("summary", null, hidden.length + " hidden by the filters"),
        el("div", { id: "hidden-ties" }, hidden.map((t) => tieBlock(t.edge, v, true)))) : null);
  }

  const fmt = (x) => (x === null || !Number.isFinite(x) ? "–" : Math.abs(x) >= 1000 || x === Math.round(x) ? String(Math.round(x * 1000) / 1000) : x.toPrecision(3));
  const fmtRank = (x) => (x === null || !Number.isFinite(x) ? "–" : String(Math.round(x * 10) / 10));

  // ---- chains --------------------------------------------------------------------------------
  function showChain(title, hops, note, forced) {
    state.selected = null;
    state.chain = { title, hops, forced };
    update();
    fill(actorPanel, el("p", { class: "note" }, "Click an actor in the drawing, or find one by name."));
    fill(chainResult, el("p", { id: "chain-title" }, el("strong", null, title)), note ? el("p", { class: "note" }, note) : null,
      el("ol", { class: "hops", id: "chain-hops" }, hops.map((h) => el("li", { "data-edge": String(h.edge) },
        actorButton(h.from), " → ", actorButton(h.to),
        h.reversed ? el("span", { class: "note" }, " (walked against the tie's stored direction)") : null,
        h.undated ? el("span", { class: "note" }, " (undated hop)") : null,
        tieBlock(h.edge, -1, false)))));
    const nodes = new Set(hops.flatMap((h) => [h.from, h.to]));
    const shown = Array.from(nodes).map((v) => renderer.getNodeDisplayData(String(v))).filter(Boolean);
    if (shown.length) {
      const xs = shown.map((d) => d.x), ys = shown.map((d) => d.y);
      const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      camera.animate({ x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2,
        ratio: Math.min(1, Math.max(0.15, span * 2.2)) }, { duration: 300 });
    }
  }

  function showReportChain(i) {
    const c = data.chains[i];
    const hops = c.edges.map((e, k) => ({ edge: e, from: c.nodes[k], to: c.nodes[k + 1], reversed: c.reversed[k] === 1,
      undated: model.edges.year[e] === null && model.edges.end[e] === null }));
    chainSelect.value = String(i);
    showChain("Chain " + (i + 1) + " of the report: " + model.nodes.label[c.nodes[0]] + " → " + model.nodes.label[c.nodes[c.nodes.length - 1]],
      hops, "Drawn whatever the filters; the counts above are the filters' own.", true);
  }

  function findChain() {
    if (chainFrom === null || chainTo === null) {
      fill(chainResult, el("p", { class: "warn", id: "chain-problem" }, "Choose both ends first (type a name and press Enter)."));
      return;
    }
    readFilter();
    const result = applyFilter(model, state.filter, new Set());
    const found = shortestChain(model, chainFrom, chainTo, { walk: walkSelect.value, timeRespecting: timeBox.checked, edgeOn: result.edgeOn });
    if (!found.hops) {
      state.chain = null;
      update();
      fill(chainResult, el("p", { class: "warn", id: "chain-problem" }, "No chain: " + found.reason + ". Widen the filters, or walk any tie."));
      return;
    }
    showChain("Shortest cited chain: " + model.nodes.label[chainFrom] + " → " + model.nodes.label[chainTo] + " (" + found.hops.length +
      " hop" + (found.hops.length === 1 ? "" : "s") + ")", found.hops,
      (walkSelect.value === "influence" ? "Along influence" : "Over any tie") + (timeBox.checked ? ", dates in order" : "") +
      ", on the ties the filters show, each with a source.", false);
  }

  chainSelect.addEventListener("change", () => { if (chainSelect.value === "") clearFocus(); else showReportChain(+chainSelect.value); });
  findButton.addEventListener("click", findChain);
  clearButton.addEventListener("click", clearFocus);

  for (const group of [families, confidence, classes]) for (const [box] of group.boxes) box.addEventListener("change", update);
  lensSelect.addEventListener("change", update);
  hideIsolated.addEventListener("change", update);
  colourSelect.addEventListener("change", () => { restyle(); update(); });
  sizeSelect.addEventListener("change", () => { restyle(); update(); });
  resetButton.addEventListener("click", () => {
    for (const group of [families, confidence, classes]) for (const [box] of group.boxes) box.checked = true;
    if (yearFrom) {
      yearFrom.value = model.yearMin; yearTo.value = model.yearMax; undated.checked = true;
      yearFrom.dispatchEvent(new Event("input"));
    }
    lensSelect.value = "all";
    hideIsolated.checked = false;
    update();
  });

  // #actor=ID or #chain=N in the address
  function fromHash() {
    const hash = decodeURIComponent(location.hash.slice(1));
    const actor = /^actor=(.+)$/.exec(hash), chain = /^chain=(\d+)$/.exec(hash);
    if (actor) {
      const v = model.nodes.id.indexOf(actor[1]);
      if (v >= 0) select(v, true);
    } else if (chain && +chain[1] >= 1 && +chain[1] <= data.chains.length) {
      showReportChain(+chain[1] - 1);
    }
  }
  window.addEventListener("hashchange", fromHash);

  legend();
  fromHash();
  timings.ready = performance.now();

  // for tests and benchmarks (bench/explorer_bench.mjs, tests/explorer/)
  window.actornetExplorer = { model, state, renderer, graph, fold, search, applyFilter, shortestChain, tieInWindow,
    select, showReportChain, clearFocus, update, timings, ready: true };
}

try {
  start();
} catch (error) {
  document.body.replaceChildren(document.createTextNode("The explorer could not start: " + (error && error.message ? error.message : error)));
  throw error;
}

// model.js — the explorer's data and what can be asked of it, without any DOM: search, filters,
// the ties an actor has, and the shortest cited chain between two actors. The page (view.js) and
// the tests (explorer/test/) both use it.
//
// The data is the JSON that libactornet embeds in explorer.html (libnet/report/explorer_data.c
// writes it; its layout is documented there): columns of equal length for nodes and edges, and
// tables (classes, relations with their semantics, confidence levels, citations, lenses).

import { fold } from "./fold.js";

export const FORMAT = "actornet-explorer";
export const VERSION = 1;

/** Check the data's format and build the indexes the page needs. Throws on a foreign format. */
export function prepare(data) {
  if (!data || data.format !== FORMAT || data.version !== VERSION)
    throw new Error("explorer data: expected format " + FORMAT + " version " + VERSION);
  const nodes = data.nodes, edges = data.edges;
  const n = nodes.id.length, m = edges.source.length;
  const model = { data, n, m, nodes, edges };

  // incident ties of each node (CSR), in file order; a self-loop is listed once
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    degree[edges.source[e] + 1]++;
    if (edges.target[e] !== edges.source[e]) degree[edges.target[e] + 1]++;
  }
  for (let v = 0; v < n; v++) degree[v + 1] += degree[v];
  const incident = new Int32Array(degree[n]);
  const fill = degree.slice(0, n);
  for (let e = 0; e < m; e++) {
    incident[fill[edges.source[e]]++] = e;
    if (edges.target[e] !== edges.source[e]) incident[fill[edges.target[e]]++] = e;
  }
  model.offsets = degree;
  model.incident = incident;

  // search keys: id, label and each alias, folded; built at the first search, not at opening
  model.aliases = nodes.aliases.map((a) => (a ? a.split(" | ").map((s) => s.trim()).filter(Boolean) : []));
  let keys = null;
  Object.defineProperty(model, "keys", {
    enumerable: true,
    get() {
      if (!keys) {
        keys = [];
        for (let v = 0; v < n; v++) keys.push([nodes.id[v], nodes.label[v], ...model.aliases[v]].map((s) => fold(s)));
      }
      return keys;
    },
  });

  // years present
  let low = Infinity, high = -Infinity;
  for (let e = 0; e < m; e++)
    for (const y of [edges.year[e], edges.end[e]])
      if (y !== null && Number.isFinite(y)) {
        if (y < low) low = y;
        if (y > high) high = y;
      }
  model.yearMin = low === Infinity ? null : Math.floor(low);
  model.yearMax = high === -Infinity ? null : Math.ceil(high);

  // each relation's family index
  model.families = data.families;
  const familyIndex = new Map(data.families.map((f, i) => [f, i]));
  model.relationFamily = data.relations.map((r) => familyIndex.get(r.family));
  model.lensIndex = new Map(data.lenses.map((l, i) => [l.name, i]));
  return model;
}

/** Actors matching `query` (id, label or alias; case and diacritics folded), best first. */
export function search(model, query, limit = 20) {
  const q = fold(query);
  if (!q) return [];
  const size = model.data.size_by;
  const score = size >= 0 ? model.nodes.ranks[size] : null;
  const found = [], keys = model.keys;
  for (let v = 0; v < model.n; v++) {
    let best = 0;
    for (const key of keys[v]) {
      let s = 0;
      if (key === q) s = 4;
      else if (key.startsWith(q)) s = 3;
      else if (key.includes(" " + q) || key.includes("-" + q) || key.includes("_" + q)) s = 2;
      else if (key.includes(q)) s = 1;
      if (s > best) best = s;
    }
    if (best) found.push([v, best]);
  }
  found.sort((a, b) => b[1] - a[1] || (score ? score[a[0]] - score[b[0]] : 0) || a[0] - b[0]);
  return found.slice(0, limit).map((f) => f[0]);
}

/** A filter that shows everything (the page's start state). */
export function defaultFilter(model) {
  return {
    families: new Set(model.families.map((_, i) => i).concat([-1])),
    confidence: new Set(model.data.confidence.map((_, i) => i).concat([-1])),
    classes: new Set(model.data.classes.map((_, i) => i).concat([-1])),
    yearFrom: model.yearMin,
    yearTo: model.yearMax,
    undated: true,
    lens: "all",
    hideIsolated: false,
  };
}

/**
 * Is tie `e` dated inside [from, to]? A tie with a year (or start) y and an end z covers [y, z]
 * (only y: the year y; only z: the year z); it is kept when that span meets the window. Undated
 * ties are kept when `undated` is set.
 */
export function tieInWindow(model, e, from, to, undated) {
  const y = model.edges.year[e], z = model.edges.end[e];
  if (y === null && z === null) return undated;
  const start = y !== null ? y : z, end = z !== null ? z : y;
  return (from === null || end >= from) && (to === null || start <= to);
}

/**
 * Apply a filter: which ties and actors are shown.
 * A tie is shown when its relation family, its confidence and its dates pass, the lens sees it
 * (the library's an_lens_select, embedded per lens), and both ends are shown. An actor is shown
 * when its class passes and the lens sees it, and (with hideIsolated) it has a shown tie or is in
 * `keep`. Returns { edgeOn, nodeOn, edges, nodes } (Uint8Arrays and counts).
 */
export function applyFilter(model, filter, keep) {
  const { n, m, nodes, edges, data } = model;
  const lens = data.lenses[model.lensIndex.get(filter.lens) ?? 0];
  const nodeClassOn = new Uint8Array(n);
  for (let v = 0; v < n; v++)
    nodeClassOn[v] = filter.classes.has(nodes.class[v]) && lens.nodes.charCodeAt(v) !== 48 ? 1 : 0;
  const edgeOn = new Uint8Array(m);
  const hasTie = new Uint8Array(n);
  let edgeCount = 0;
  for (let e = 0; e < m; e++) {
    const r = edges.relation[e];
    const family = r >= 0 ? model.relationFamily[r] : -1;
    if (!filter.families.has(family)) continue;
    if (lens.ties.charCodeAt(e) === 48) continue;
    if (!filter.confidence.has(edges.confidence[e])) continue;
    if (!tieInWindow(model, e, filter.yearFrom, filter.yearTo, filter.undated)) continue;
    const s = edges.source[e], t = edges.target[e];
    if (!nodeClassOn[s] || !nodeClassOn[t]) continue;
    edgeOn[e] = 1;
    edgeCount++;
    hasTie[s] = hasTie[t] = 1;
  }
  const nodeOn = new Uint8Array(n);
  let nodeCount = 0;
  for (let v = 0; v < n; v++) {
    const on = nodeClassOn[v] && (!filter.hideIsolated || hasTie[v] || (keep && keep.has(v)));
    if (on) {
      nodeOn[v] = 1;
      nodeCount++;
    }
  }
  return { edgeOn, nodeOn, edges: edgeCount, nodes: nodeCount };
}

/** The ties of actor v, in file order: { edge, other, outgoing } (outgoing: v is the stored source). */
export function tiesOf(model, v) {
  const out = [];
  for (let k = model.offsets[v]; k < model.offsets[v + 1]; k++) {
    const e = model.incident[k];
    const s = model.edges.source[e], t = model.edges.target[e];
    out.push({ edge: e, other: s === v ? t : s, outgoing: s === v });
  }
  return out;
}

/**
 * Can tie e be walked from node u to its other end, and is that against its stored direction?
 * walk "any": every tie both ways (a directed tie walked from its target is `reversed`).
 * walk "influence": as the library's influence lens orients the tie (lens.h: only cooperative
 * ties along which influence flows, forward as stored, backward reversed, both ways undirected;
 * never a hostile or descriptive tie, nor one the vocabulary does not define).
 * Returns 0 (no), 1 (yes, along its stored direction or undirected), 2 (yes, against it).
 */
export function walkable(model, e, u, walk) {
  const edges = model.edges;
  const fromSource = edges.source[e] === u;
  if (walk === "any") return edges.directed[e] !== 1 || fromSource ? 1 : 2;
  const lens = model.data.lenses[model.lensIndex.get("influence")];
  const seen = lens ? lens.ties.charCodeAt(e) - 48 : 0; // 0 unseen, 1 as stored, 2 reversed, 3 undirected
  if (seen === 1) return fromSource ? 1 : 0;
  if (seen === 2) return fromSource ? 0 : 2;
  if (seen === 3) return 1;
  return 0;
}

/**
 * The time at which a chain that arrived at time `now` (-Infinity: no dated hop yet) can take tie e,
 * or null when it cannot: a tie dated y (with end z) can be taken at max(now, y) when that is not
 * later than z (no end: not later than y, so each hop's date is not earlier than the previous one's,
 * as tsna's tPath). An undated tie keeps `now`.
 */
export function hopTime(model, e, now) {
  const y = model.edges.year[e], z = model.edges.end[e];
  if (y === null && z === null) return now;
  const start = y !== null ? y : z, end = z !== null ? z : y;
  const at = Math.max(now, start);
  return at <= end ? at : null;
}

/**
 * The shortest chain of shown, cited ties from actor a to actor b.
 * options: walk ("influence" | "any"), timeRespecting (bool), edgeOn (Uint8Array of shown ties).
 * A tie is cited when it names a source. Among chains of fewest hops, a time-respecting search keeps
 * at each actor the earliest time it can be reached (a layered breadth-first search over (actor,
 * time) states, which finds a chain whenever one exists: an earlier arrival never hurts later hops).
 * Returns { hops: [{ edge, from, to, reversed, undated, time }] } or { hops: null, reason }.
 */
export function shortestChain(model, a, b, options) {
  const { walk = "influence", timeRespecting = true, edgeOn } = options || {};
  if (a === b) return { hops: null, reason: "the two ends are the same actor" };
  const edges = model.edges;
  const best = new Float64Array(model.n).fill(Infinity);
  best[a] = -Infinity;
  // layer: Map node -> { time, parent: { node, edge, reversed, layer } }
  let layer = new Map([[a, { time: -Infinity, back: null }]]);
  const layers = [layer];
  while (layer.size) {
    const next = new Map();
    for (const [u, state] of layer) {
      for (let k = model.offsets[u]; k < model.offsets[u + 1]; k++) {
        const e = model.incident[k];
        if (edgeOn && !edgeOn[e]) continue;
        if (edges.citation[e] < 0) continue;
        const s = edges.source[e], t = edges.target[e];
        if (s === t) continue;
        const how = walkable(model, e, u, walk);
        if (!how) continue;
        const v = s === u ? t : s;
        const time = timeRespecting ? hopTime(model, e, state.time) : state.time;
        if (time === null) continue;
        const have = next.get(v);
        if (time < best[v] && (!have || time < have.time))
          next.set(v, { time, back: { node: u, edge: e, reversed: how === 2 } });
      }
    }
    for (const [v, state] of next) if (state.time < best[v]) best[v] = state.time;
    layers.push(next);
    if (next.has(b)) {
      const hops = [];
      let v = b;
      for (let i = layers.length - 1; i > 0; i--) {
        const st = layers[i].get(v);
        const e = st.back.edge;
        hops.push({ edge: e, from: st.back.node, to: v, reversed: st.back.reversed,
          undated: edges.year[e] === null && edges.end[e] === null, time: st.time });
        v = st.back.node;
      }
      return { hops: hops.reverse() };
    }
    layer = next;
  }
  return { hops: null, reason: "no chain of shown, cited ties" + (walk === "influence" ? " along influence" : "") +
    (timeRespecting ? " with dates in order" : "") + " joins them" };
}

/** The normalised size of each actor under measure k (0..1; NaN -> 0; ascending measures inverted). */
export function sizeWeights(model, k) {
  const values = model.nodes.scores[k], ascending = model.data.ascending[k];
  let low = Infinity, high = -Infinity;
  for (const x of values) if (x !== null && Number.isFinite(x)) { low = Math.min(low, x); high = Math.max(high, x); }
  const span = high - low;
  return values.map((x) => {
    if (x === null || !Number.isFinite(x) || !(span > 0)) return 0;
    const w = (x - low) / span;
    return ascending ? 1 - w : w;
  });
}

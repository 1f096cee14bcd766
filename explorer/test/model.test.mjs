// model.test.mjs — the explorer's pure logic, in Node (no browser, no npm packages):
// the search folding table, search, the year window, filters and lenses, and the shortest cited
// chain (influence direction, time-respecting, citations) on a network worked by hand.
//   node explorer/test/model.test.mjs        prints "cases: N passed, M failed"
import { fold } from "../src/fold.js";
import { applyFilter, defaultFilter, prepare, search, shortestChain, tieInWindow, walkable } from "../src/model.js";

let passed = 0, failed = 0;
function check(condition, what) {
  if (condition) passed++;
  else { failed++; console.log("FAIL:", what); }
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ---- folding: each letter the table exists for, and what plain NFD stripping would miss ----------
const naive = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
for (const [input, expected] of [
  ["Hüseynçilər", "huseynciler"], ["HÜSEYNÇİLƏR", "huseynciler"], ["Kızılyurt", "kizilyurt"],
  ["İbrahimbəyli", "ibrahimbeyli"], ["Ağa Şəki", "aga seki"], ["Gödəkboz", "godekboz"], ["ĞÖÜŞÇ", "gousc"],
  ["ı", "i"], ["I", "i"], ["İ", "i"], ["Ə", "e"], ["Straße", "strasse"], ["Øresund", "oresund"], ["Łódź", "lodz"],
  ["Æsir", "aesir"], ["حسينيون", "حسینیون"], ["كربلاء", "کربلاء"], ["۱۳۵۷", "1357"], ["٢٠١٨", "2018"],
  ["  a\tb \n c ", "a b c"], ["Ali’s", "ali's"], ["Kızılyurt — 2023", "kizilyurt - 2023"], ["", ""],
]) check(fold(input) === expected, `fold(${JSON.stringify(input)}) = ${JSON.stringify(fold(input))}, expected ${JSON.stringify(expected)}`);
check(naive("ı") !== "i" && naive("ə") !== "e", "plain NFD stripping folds ı or ə (the table would be redundant)");
check(fold(null) === "" && fold(undefined) === "", "fold of nothing");

// ---- a network worked by hand ----------------------------------------------------------------------
//  0 a (state)  1 b (unit)  2 c (organisation)  3 d (event, context)  4 e (person)
//  tie 0: a -commands-> b    2010        influence: as stored
//  tie 1: b -funds-> c       2005        influence: as stored (but earlier than tie 0)
//  tie 2: b -funds-> c       2012        influence: as stored
//  tie 3: c -perpetrated-> d 2015        influence: as stored
//  tie 4: a -opposes-> d     2011        hostile: not in the influence lens
//  tie 5: e -member_of-> b   undated     influence: reversed (control flows from b to e)
//  tie 6: b -kin_of- c       2020-2022   symmetric; no citation
//  tie 7: c -located_in-> a  (end 2009 only), reported, neutral
const data = {
  format: "actornet-explorer", version: 1, title: "hand", size_by: 0, measures: ["degree"], ascending: [false],
  classes: [{ name: "state", mode: "agent" }, { name: "unit", mode: "agent" }, { name: "organisation", mode: "agent" },
    { name: "event", mode: "context" }, { name: "person", mode: "agent" }],
  relations: ["commands", "funds", "perpetrated", "opposes", "member_of", "kin_of", "located_in"].map((name) => ({ name })),
  families: ["command", "resources", "action", "opposition", "structure", "personal", "place"],
  confidence: ["stated", "reported"], sources: ["Paper A", "Paper B"],
  lenses: [
    { name: "all", nodes: "11111", ties: "11111133" },
    { name: "cooperation", nodes: "11101", ties: "11100130" },
    { name: "conflict", nodes: "11111", ties: "00001000" },
    { name: "influence", nodes: "11111", ties: "11110230" },
  ],
  communities: { count: 1, colours: ["#77AADD"] },
  nodes: { id: ["a", "b", "c", "d", "e"], label: ["Alpha", "Bravo Şəki", "Charlie", "Delta", "Echo"],
    aliases: [null, "Bravo Sheki | B.", null, null, "Ekho"], class: [0, 1, 2, 3, 4], community: [0, 0, 0, 0, 0],
    x: [0, 1, 2, 3, 4], y: [0, 0, 0, 0, 0], scores: [[2, 5, 4, 2, 1]], ranks: [[3, 1, 2, 3, 5]] },
  edges: { id: ["e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7"], source: [0, 1, 1, 2, 0, 4, 1, 2], target: [1, 2, 2, 3, 3, 1, 2, 0],
    directed: [1, 1, 1, 1, 1, 1, 1, 1], relation: [0, 1, 1, 2, 3, 4, 5, 6],
    year: [2010, 2005, 2012, 2015, 2011, null, 2020, null], end: [null, null, null, null, null, null, 2022, 2009],
    confidence: [0, 0, 1, 0, 0, 0, 0, 1], citation: [0, 0, 1, 0, 1, 0, -1, 1], locator: [], evidence: [] },
  chains: [],
};
data.relations.forEach((r, i) => Object.assign(r, { family: data.families[i], defined: true }));
const model = prepare(data);
const all = (overrides) => applyFilter(model, Object.assign(defaultFilter(model), overrides));

check(model.yearMin === 2005 && model.yearMax === 2022, "year span " + model.yearMin + "-" + model.yearMax);
check(same(search(model, "bravo sheki"), [1]) && same(search(model, "SEKI"), [1]) && same(search(model, "ekho"), [4]),
  "search by label (folded) and alias");
check(same(search(model, "a").slice(0, 1), [0]), "an exact id match ranks first");
check(search(model, "zzz").length === 0 && search(model, "   ").length === 0, "no match, empty query");

// year window: a tie's span [year or start, end] meets the window
check(tieInWindow(model, 0, 2010, 2010, true) && !tieInWindow(model, 0, 2011, 2020, true), "single year in/out");
check(tieInWindow(model, 6, 2021, 2030, false) && tieInWindow(model, 6, 2000, 2020, false) && !tieInWindow(model, 6, 2023, 2030, true),
  "a span meets the window at either end");
check(tieInWindow(model, 7, 2009, 2009, false) && !tieInWindow(model, 7, 2010, 2030, false), "a tie with an end only");
check(tieInWindow(model, 5, 2000, 2001, true) && !tieInWindow(model, 5, 2000, 2001, false), "undated ties follow the option");
const window = all({ yearFrom: 2011, yearTo: 2016, undated: false });
check(window.edges === 3 && same(Array.from(window.edgeOn), [0, 0, 1, 1, 1, 0, 0, 0]), "2011-2016 without undated: ties 2, 3, 4");
check(all({ yearFrom: 2011, yearTo: 2016 }).edges === 4, "2011-2016 with undated: + tie 5");
check(all({ confidence: new Set([0]) }).edges === 6, "stated ties only: 6 of 8");
check(all({ families: new Set([1]) }).edges === 2, "resources family: the two funds ties");
check(all({ classes: new Set([0, 1, 2, 4]) }).edges === 6 && all({ classes: new Set([0, 1, 2, 4]) }).nodes === 4,
  "without events: ties 3 and 4 go with their end");
const cooperation = all({ lens: "cooperation" });
check(cooperation.nodes === 4 && same(Array.from(cooperation.edgeOn), [1, 1, 1, 0, 0, 1, 1, 0]), "cooperation lens: agents, cooperative ties");
const conflict = all({ lens: "conflict", hideIsolated: true });
check(conflict.edges === 1 && conflict.nodes === 2, "conflict lens with isolated actors hidden: a, d and tie 4");
check(all({ lens: "conflict", hideIsolated: true }, null).nodes === 2 &&
  applyFilter(model, Object.assign(defaultFilter(model), { lens: "conflict", hideIsolated: true }), new Set([4])).nodes === 3,
  "a kept actor stays shown");

// walking
check(walkable(model, 5, 1, "influence") === 2 && walkable(model, 5, 4, "influence") === 0, "member_of is walked from the whole to the member, marked reversed");
check(walkable(model, 4, 0, "influence") === 0 && walkable(model, 4, 0, "any") === 1 && walkable(model, 4, 3, "any") === 2, "a hostile tie: any walk only");
check(walkable(model, 6, 2, "influence") === 1 && walkable(model, 6, 1, "influence") === 1, "a symmetric tie either way");

// chains
let found = shortestChain(model, 0, 3, { walk: "influence", timeRespecting: true });
check(found.hops && same(found.hops.map((h) => h.edge), [0, 2, 3]), "a -> d along influence, dates in order: ties 0, 2, 3 (" + JSON.stringify(found) + ")");
found = shortestChain(model, 0, 3, { walk: "any", timeRespecting: true });
check(found.hops && same(found.hops.map((h) => h.edge), [4]), "a -> d over any tie: the hostile tie 4");
const no2 = all({}).edgeOn; no2[2] = 0;
found = shortestChain(model, 0, 3, { walk: "influence", timeRespecting: true, edgeOn: no2 });
check(found.hops === null && /dates in order/.test(found.reason), "only reachable back in time (2010 then 2005): no chain");
found = shortestChain(model, 0, 3, { walk: "influence", timeRespecting: false, edgeOn: no2 });
check(found.hops && same(found.hops.map((h) => h.edge), [0, 1, 3]), "without the time rule: a -> b -> c via the 2005 tie");
found = shortestChain(model, 1, 4, { walk: "influence", timeRespecting: true });
check(found.hops && found.hops.length === 1 && found.hops[0].reversed && found.hops[0].undated, "b -> e: reversed, undated hop flagged");
found = shortestChain(model, 4, 1, { walk: "influence", timeRespecting: true });
check(found.hops === null, "e -> b: against the flow of member_of: no chain");
const only6 = new Uint8Array(8); only6[6] = 1;
check(shortestChain(model, 1, 2, { walk: "any", timeRespecting: false, edgeOn: only6 }).hops === null, "an uncited tie is never a hop");
check(shortestChain(model, 2, 2, {}).hops === null, "same actor at both ends");

console.log("cases: " + passed + " passed, " + failed + " failed");
process.exit(failed ? 1 : 0);

// dom.js — building the page without markup strings: every text from the data goes in through
// text nodes (never innerHTML), so no value in the data can become markup or script.

/** Create element `tag` with attributes (on* handlers as functions; `class`, `for`, aria-*, data-*)
 *  and children (strings become text nodes; null and false are skipped; arrays are flattened). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  if (attributes)
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
      else if (name === "style" && typeof value === "object") Object.assign(node.style, value);
      else if (value === true) node.setAttribute(name, "");
      else node.setAttribute(name, String(value));
    }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Replace the children of `node`. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A colour swatch. */
export function swatch(colour, title) {
  return el("span", { class: "sw", style: { background: colour }, title, "aria-hidden": "true" });
}

let uid = 0;
/** A fresh element id with a prefix. */
export function freshId(prefix) {
  uid += 1;
  return prefix + "-" + uid;
}

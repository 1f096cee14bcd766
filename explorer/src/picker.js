// picker.js — find an actor by id, label or alias: a combobox (WAI-ARIA 1.2 pattern, list
// autocomplete) with a listbox of matches. Keyboard: type, Down/Up to move, Enter to choose,
// Escape to close.

import { el, freshId } from "./dom.js";
import { search } from "./model.js";

/**
 * Build a picker. `onPick(v)` is called with the chosen actor. Returns { root, input, set(v), clear() }.
 */
export function actorPicker(model, { label, id, placeholder, onPick, describe }) {
  const listId = freshId("matches");
  const input = el("input", {
    type: "search", id, role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false",
    "aria-controls": listId, autocomplete: "off", spellcheck: "false", placeholder,
  });
  const list = el("ul", { id: listId, role: "listbox", "aria-label": label, hidden: true });
  let matches = [], active = -1;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function highlight(i) {
    active = i;
    for (const [k, li] of Array.from(list.children).entries()) li.setAttribute("aria-selected", k === i ? "true" : "false");
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    }
  }
  function choose(v) {
    input.value = model.nodes.label[v];
    close();
    onPick(v);
  }
  function update() {
    matches = search(model, input.value, 30);
    list.replaceChildren();
    if (!input.value.trim()) return close();
    if (!matches.length) {
      list.appendChild(el("li", { role: "option", "aria-disabled": "true", id: listId + "-none" }, "No actor matches"));
    }
    for (const [k, v] of matches.entries())
      list.appendChild(el("li", {
        role: "option", id: listId + "-" + k, "aria-selected": "false", "data-node": model.nodes.id[v],
        onmousedown: (event) => { event.preventDefault(); choose(v); },
      }, model.nodes.label[v], el("small", null, describe(v))));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(matches.length ? 0 : -1);
  }
  input.addEventListener("input", update);
  input.addEventListener("focus", () => { if (input.value.trim() && list.hidden && matches.length) update(); });
  input.addEventListener("blur", () => setTimeout(close, 150));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) update();
      if (!matches.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      if (list.hidden) update();
      if (matches.length) {
        event.preventDefault();
        choose(matches[active >= 0 ? active : 0]);
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });
  const root = el("div", { class: "picker" }, el("label", { for: id, class: "sr" }, label), input, list);
  return {
    root, input,
    set(v) { input.value = v === null ? "" : model.nodes.label[v]; close(); },
  };
}

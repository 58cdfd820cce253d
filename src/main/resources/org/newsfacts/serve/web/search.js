// The search page: the state lives in the address (/?q=&person=&place=&org=&from=&to=&offset=),
// so a search can be bookmarked, shared and reloaded, and Back goes to the previous one.
"use strict";

const PAGE = 10;
const FILTERS = [
  ["person", "Person"],
  ["place", "Place"],
  ["org", "Organisation"],
];
const FACETS = [
  ["people", "People", "person"],
  ["places", "Places", "place"],
  ["organizations", "Organisations", "org"],
];
const KEYS = ["q", "person", "place", "org", "from", "to", "offset"];

function readState() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

function queryOf(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key] && !(key === "offset" && state[key] === "0")) params.set(key, state[key]);
  }
  return params;
}

function go(state) {
  const query = queryOf(state).toString();
  history.pushState(null, "", query ? "/?" + query : "/");
  load();
}

/** A snippet is plain text with [start, end) offsets of the query words: text nodes and <mark>s. */
function snippet(s) {
  const node = NF.el("p", { class: "snippet" });
  let pos = 0;
  (s.highlights || []).forEach(([start, end]) => {
    if (start > pos) node.append(document.createTextNode(s.text.slice(pos, start)));
    node.append(NF.el("mark", { text: s.text.slice(start, end) }));
    pos = end;
  });
  if (pos < s.text.length) node.append(document.createTextNode(s.text.slice(pos)));
  return node;
}

function renderHit(hit, position) {
  const meta = [hit.published, hit.source, hit.score ? "score " + hit.score.toFixed(3) : null]
    .filter(Boolean).join(" · ");
  const item = NF.el("li", { class: "hit", value: position },
    NF.el("h2", {}, NF.el("a", { href: "/articles/" + encodeURIComponent(hit.id), text: hit.title || "(untitled)" })),
    NF.el("p", { class: "meta", text: meta }));
  (hit.snippets || []).forEach((s) => item.append(snippet(s)));
  if (hit.facts && hit.facts.length) {
    const facts = NF.el("ul", { class: "hit-facts" });
    hit.facts.forEach((fact) =>
      facts.append(NF.el("li", {}, NF.el("span", { class: "kind kind-" + fact.kind, text: NF.kindLabel(fact.kind) }),
                         " " + NF.describeFact(fact))));
    item.append(facts);
  }
  return item;
}

function renderFacets(state, facets) {
  const container = NF.clear(document.getElementById("facets"));
  for (const [field, title, param] of FACETS) {
    const values = (facets && facets[field]) || [];
    if (!values.length) continue;
    const list = NF.el("ul", {});
    values.forEach((f) => {
      const active = state[param] === f.value;
      list.append(NF.el("li", {}, NF.el("button", {
        type: "button", class: "facet" + (active ? " active" : ""), "aria-pressed": active ? "true" : "false",
        onclick: () => go({ ...state, [param]: active ? undefined : f.value, offset: undefined }),
      }, NF.el("span", { text: f.value }), NF.el("span", { class: "count", text: String(f.count) }))));
    });
    container.append(NF.el("section", { class: "facet-group" }, NF.el("h2", { text: title }), list));
  }
  const years = (facets && facets.years) || [];
  if (years.length) {
    const list = NF.el("ul", {});
    years.forEach((y) => {
      const active = state.from === y.value && state.to === y.value;
      list.append(NF.el("li", {}, NF.el("button", {
        type: "button", class: "facet" + (active ? " active" : ""), "aria-pressed": active ? "true" : "false",
        onclick: () => go({ ...state, from: active ? undefined : y.value, to: active ? undefined : y.value, offset: undefined }),
      }, NF.el("span", { text: y.value }), NF.el("span", { class: "count", text: String(y.count) }))));
    });
    container.append(NF.el("section", { class: "facet-group" }, NF.el("h2", { text: "Years" }), list));
  }
}

function renderActiveFilters(state) {
  const container = NF.clear(document.getElementById("active-filters"));
  const chips = [];
  for (const [param, label] of FILTERS) {
    if (state[param]) chips.push([label + ": " + state[param], { [param]: undefined }]);
  }
  if (state.from || state.to) {
    chips.push(["Published: " + (state.from || "…") + " to " + (state.to || "…"), { from: undefined, to: undefined }]);
  }
  chips.forEach(([label, removal]) =>
    container.append(NF.el("button", { type: "button", class: "chip", "aria-label": "Remove filter " + label,
      onclick: () => go({ ...state, ...removal, offset: undefined }) }, label + " ×")));
}

function renderPager(state, total, shown) {
  const pager = NF.clear(document.getElementById("pager"));
  const offset = Number(state.offset || 0);
  if (offset > 0) {
    pager.append(NF.el("button", { type: "button", class: "page", "data-page": "previous",
      onclick: () => go({ ...state, offset: String(Math.max(0, offset - PAGE)) }) }, "← Previous"));
  }
  if (offset + shown < total) {
    pager.append(NF.el("button", { type: "button", class: "page", "data-page": "next",
      onclick: () => go({ ...state, offset: String(offset + PAGE) }) }, "Next →"));
  }
}

async function load() {
  const state = readState();
  sessionStorage.setItem("newsfacts-last-search", location.search);
  document.getElementById("q").value = state.q || "";
  document.getElementById("from").value = /^\d{4}-\d{2}-\d{2}$/.test(state.from || "") ? state.from : "";
  document.getElementById("to").value = /^\d{4}-\d{2}-\d{2}$/.test(state.to || "") ? state.to : "";
  document.title = state.q ? "Newsfacts — " + state.q : "Newsfacts — search";
  renderActiveFilters(state);
  const params = queryOf(state);
  params.set("limit", String(PAGE));
  const summary = document.getElementById("summary");
  const results = NF.clear(document.getElementById("results"));
  try {
    const result = await NF.api("/api/search?" + params);
    NF.showError("");
    const offset = Number(state.offset || 0);
    const shown = result.hits.length;
    const articles = (n) => n + (n === 1 ? " article" : " articles");
    const what = state.q ? " for “" + state.q + "”" : "";
    if (result.total === 0) summary.textContent = "No articles match" + what + ".";
    else if (offset === 0 && shown === result.total) summary.textContent = articles(result.total) + what + ".";
    else if (shown === 0) summary.textContent = "No more results; " + articles(result.total) + what + " in all.";
    else summary.textContent = "Articles " + (offset + 1) + "–" + (offset + shown) + " of " + result.total + what + ".";
    result.hits.forEach((hit, i) => results.append(renderHit(hit, offset + i + 1)));
    renderFacets(state, result.facets);
    renderPager(state, result.total, shown);
    const reportParams = queryOf(state);
    reportParams.delete("offset");
    NF.reportLinks(document.getElementById("downloads"), reportParams, "Report on these articles");
  } catch (e) {
    summary.textContent = "";
    NF.clear(document.getElementById("facets"));
    NF.clear(document.getElementById("pager"));
    NF.showError(e.message);
  }
}

function setUpSearchForm() {
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const state = readState();
    go({ ...state, q: document.getElementById("q").value.trim() || undefined,
         from: document.getElementById("from").value || undefined,
         to: document.getElementById("to").value || undefined, offset: undefined });
  });
}

async function setUpUploads() {
  const health = await NF.api("/api/health").catch(() => null);
  if (!health || health.readOnly) return;
  const panel = document.getElementById("upload");
  const status = document.getElementById("upload-status");
  panel.hidden = false;
  const done = (answer) => {
    NF.clear(status);
    const first = answer.articles[0];
    status.append(first.status === "unchanged" ? "Already indexed: " : "Added: ",
      NF.el("a", { href: "/articles/" + encodeURIComponent(answer.id), text: first.title || answer.id }),
      first.facts !== undefined ? " (" + first.facts + " facts)" : "");
    load();
  };
  const failed = (e) => { status.textContent = "Not added: " + e.message; };
  document.getElementById("upload-file").addEventListener("submit", (event) => {
    event.preventDefault();
    const file = document.getElementById("file").files[0];
    if (!file) { status.textContent = "Choose a file first."; return; }
    status.textContent = "Reading and extracting facts…";
    NF.api("/api/articles?name=" + encodeURIComponent(file.name), { method: "POST", body: file })
      .then(done, failed);
  });
  document.getElementById("upload-text").addEventListener("submit", (event) => {
    event.preventDefault();
    const article = { text: document.getElementById("new-text").value };
    const title = document.getElementById("new-title").value.trim();
    const published = document.getElementById("new-published").value;
    if (title) article.title = title;
    if (published) article.published = published;
    status.textContent = "Extracting facts…";
    NF.api("/api/articles", { method: "POST", headers: { "Content-Type": "application/json" },
                              body: JSON.stringify(article) }).then(done, failed);
  });
}

window.addEventListener("popstate", load);
setUpSearchForm();
setUpUploads();
load();

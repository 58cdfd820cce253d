// The article page: the text with its mentions marked by kind, and its facts as a table.
"use strict";

const KIND_OF_TYPE = {
  PERSON: "person",
  LOCATION: "place",
  ORGANIZATION: "organization",
  DATE: "date", TIME: "date", DURATION: "date", SET: "date",
  NUMBER: "quantity", ORDINAL: "quantity", MONEY: "quantity", PERCENT: "quantity",
};

/** Mentions as non-overlapping marks: at one place the first and then longest wins. */
function marks(mentions, length) {
  const sorted = mentions
    .filter((m) => KIND_OF_TYPE[m.type] && m.start >= 0 && m.end <= length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let reached = 0;
  for (const m of sorted) {
    if (m.start >= reached) {
      kept.push(m);
      reached = m.end;
    }
  }
  return kept;
}

function titleOf(mention) {
  const detail = mention.canonical || (mention.value !== undefined ? String(mention.value) : null);
  return mention.type + (detail && detail !== mention.text ? ": " + detail : "");
}

/** Text nodes between the marks, each mark a <mark> holding a text node: never markup. */
function renderText(container, text, mentions) {
  let at = 0;
  for (const m of marks(mentions, text.length)) {
    if (m.start > at) container.append(document.createTextNode(text.slice(at, m.start)));
    container.append(NF.el("mark", { class: "m m-" + KIND_OF_TYPE[m.type], title: titleOf(m),
                                     "data-type": m.type }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) container.append(document.createTextNode(text.slice(at)));
}

function renderFacts(tbody, facts) {
  NF.clear(tbody);
  if (!facts.length) {
    tbody.append(NF.el("tr", {}, NF.el("td", { colspan: 4, text: "No facts were found in this article." })));
    return;
  }
  for (const fact of facts) {
    const span = fact.start !== undefined ? fact.start + "–" + fact.end : "";
    tbody.append(NF.el("tr", {},
      NF.el("td", {}, NF.el("span", { class: "kind kind-" + fact.kind, text: NF.kindLabel(fact.kind) })),
      NF.el("td", { text: NF.describeFact(fact) }),
      NF.el("td", { class: "sentence", text: fact.sentence || "" }),
      NF.el("td", { class: "span", text: span })));
  }
}

async function load() {
  const id = decodeURIComponent(location.pathname.replace(/^\/articles\//, "").replace(/\/$/, ""));
  // Back to the search that led here (the pages send no Referer, so the search page notes it).
  const lastSearch = sessionStorage.getItem("newsfacts-last-search");
  if (lastSearch) document.getElementById("back").href = "/" + lastSearch;
  try {
    const article = await NF.api("/api/articles/" + encodeURIComponent(id));
    document.title = "Newsfacts — " + (article.title || article.id);
    document.getElementById("title").textContent = article.title || "(untitled)";
    const meta = [article.published, (article.authors || []).join(", "), article.source, "id " + article.id]
      .filter(Boolean).join(" · ");
    document.getElementById("meta").textContent = meta;
    renderText(NF.clear(document.getElementById("article-text")), article.text || "", article.mentions || []);
    renderFacts(document.querySelector("#facts tbody"), article.facts || []);
    NF.reportLinks(document.getElementById("downloads"), { article: article.id }, "Fact sheet");
    document.getElementById("article").hidden = false;
  } catch (e) {
    NF.showError(e.message);
  }
}

load();

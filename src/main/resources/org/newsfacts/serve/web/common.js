// Shared by the search and article pages. Every piece of article data reaches the page through
// textContent or text nodes, never as markup: a <script> or <img onerror> inside an article is
// shown as the text it is.
"use strict";

const NF = {
  /** An element with attributes and children (strings become text nodes). */
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "onclick") node.addEventListener("click", value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  },

  /** Removes every child. */
  clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  },

  /** GET or POST to the API; resolves to the JSON answer, rejects with the server's reason. */
  async api(url, options) {
    const response = await fetch(url, options);
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const reason = body && body.error ? body.error : response.status + " " + response.statusText;
      throw new Error(reason);
    }
    return body;
  },

  showError(message) {
    const node = document.getElementById("error");
    node.textContent = message;
    node.hidden = !message;
  },

  /** "2500 troops — Iraq — 2024-01" and the like, as `newsfacts search` prints facts. */
  describeFact(fact) {
    const join = (separator, ...parts) =>
      parts.filter((p) => p !== null && p !== undefined && String(p).trim() !== "").join(separator);
    const paren = (text) => (text ? " (" + text + ")" : "");
    switch (fact.kind) {
      case "person":
        return fact.name + paren(fact.role);
      case "place":
        return fact.name + paren(join(", ", fact.subtype, fact.iso));
      case "organization":
        return fact.name;
      case "quantity":
        return join(" — ", NF.number(fact.value) + " " + (fact.unit || ""), fact.place, fact.date);
      case "event":
        return join(" — ", fact.date, [...(fact.people || []), ...(fact.places || [])].join(", "));
      default:
        return fact.name || fact.text || fact.kind;
    }
  },

  number(value) {
    const n = Number(value);
    return Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(value);
  },

  kindLabel(kind) {
    return { organization: "organisation" }[kind] || kind;
  },

  /** Links to the report of a search (params) or of one article, in every format. */
  reportLinks(container, params, label) {
    NF.clear(container);
    container.append(label + ": ");
    ["md", "html", "csv", "json"].forEach((format, i) => {
      const query = new URLSearchParams(params);
      query.set("format", format);
      query.set("download", "1");
      if (i > 0) container.append(" · ");
      container.append(NF.el("a", { href: "/api/report?" + query, download: "newsfacts-report." + format,
                                    text: { md: "Markdown", html: "HTML", csv: "CSV", json: "JSON" }[format] }));
    });
  },
};

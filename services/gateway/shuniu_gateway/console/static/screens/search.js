// 公文检索: GET /api/documents/search?q= — only what the signed-in person may open comes back (the
// service searches within the caller's audience); each hit says where the words were found (the
// title, the 正文, an attachment by name) with the matched spans marked.
import { t } from "../i18n.js";
import { api, card, h, link } from "../ui.js";

const enc = encodeURIComponent;

export async function searchScreen(q = "") {
  const input = h("input", { type: "search", name: "q", value: q, required: true, placeholder: t("search.q") });
  const box = h("form", { class: "f", "data-form": "search", role: "search" },
    h("label", { class: "wide" }, t("search.q"), input), h("div", {}, h("button", { type: "submit" }, t("search.submit"))));
  box.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/search/${enc(input.value.trim())}`;
  });
  const view = h("div", {}, h("h1", {}, t("search.title")), card(null, box));
  if (!q.trim()) return view;
  const found = await api("GET", `/api/documents/search?q=${enc(q)}`);
  view.append(card(null, found.items.length
    ? h("ol", { class: "plain", "data-results": "" }, found.items.map(result))
    : h("p", { class: "muted", "data-results": "" }, t("search.none"))));
  return view;
}

function result(item) {
  const screen = item.kind === "outgoing" ? "outgoing" : "incoming";
  return h("li", { "data-result": item.id },
    h("span", { class: "tag" }, t(`search.kind.${item.kind}`)), " ",
    link(`#/${screen}/${enc(item.id)}`, item.title),
    h("ul", { class: "plain hits" }, item.hits.map((hit) => h("li", { "data-where": hit.where },
      h("span", { class: "small muted" }, where(item, hit), "："), marked(hit.snippet, hit.marks)))));
}

function where(item, hit) {
  if (hit.where !== "file") return t(`search.where.${hit.where}`);
  const label = `${t("search.where.file")} ${hit.file_name ?? ""}`;
  // An incoming document's files have their own link; an outgoing draft's attachments are shown on it.
  return item.kind === "incoming" && hit.sha256
    ? link(`/api/documents/incoming/${enc(item.id)}/files/${hit.sha256}`, label) : label;
}

/** The snippet with each [start, end) span in <mark>. The service counts characters (code points);
 *  a JavaScript string counts UTF-16 units, which differ past the BMP (rare CJK extension ideographs),
 *  so the snippet is cut as an array of code points. */
function marked(snippet, marks) {
  const chars = Array.from(snippet);
  const parts = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;  // an overlapping span is already inside the previous mark
    parts.push(chars.slice(at, start).join(""), h("mark", {}, chars.slice(start, end).join("")));
    at = end;
  }
  parts.push(chars.slice(at).join(""));
  return h("span", { "data-snippet": "" }, parts);
}

// 套红模板: each organ's 版头 in the four formats of GB/T 9704 (文件, 信函, 命令（令）, 纪要) — the
// mark (the organ's name and what follows it), its colour and size, the separator line, the
// letter's double line and the attendance lists a 纪要 prints. Everyone in the office sees them and
// their preview, the real PDF a document in that format would print; the office's director and its
// clerks set them (documents/api/letterheads.py), and the service words what a format forbids.
import { t } from "../i18n.js";
import { api, card, deptOptions, enc, form, h, hasRole, link } from "../ui.js";

const ATTENDANCE = ["出席", "请假", "列席"].map((a) => [a, a]);

function templateFields(l) {
  const fields = [
    ["name", t("lh.name"), "text", { required: true, value: l.name }],
    ["suffix", t("lh.suffix"), "text", { value: l.suffix }],
    ["mark_size", t("lh.mark_size"), "number", { value: l.mark_size, min: 20, max: 80, step: 1 }],
    ["mark_color", t("lh.mark_color"), "color", { value: l.mark_color.toLowerCase() }],
    ["rule_color", t("lh.rule_color"), "color", { value: l.rule_color.toLowerCase() }],
  ];
  if (l.format === "letter") {
    fields.push(
      ["thick", t("lh.thick"), "number", { value: l.double_rule.thick, min: 0.3, max: 3, step: 0.1 }],
      ["thin", t("lh.thin"), "number", { value: l.double_rule.thin, min: 0.1, max: 1.5, step: 0.1 }],
      ["gap", t("lh.gap"), "number", { value: l.double_rule.gap, min: 0.2, max: 3, step: 0.1 }]);
  }
  if (l.format === "minutes") fields.push(["attendance", t("lh.attendance"), "multi", { choices: ATTENDANCE, value: l.attendance }]);
  return fields;
}

function templateBody(l, v) {
  return {
    name: v.name, suffix: v.suffix ?? "", mark_size: v.mark_size, mark_color: v.mark_color, rule_color: v.rule_color,
    double_rule: l.format === "letter" ? { thick: v.thick, thin: v.thin, gap: v.gap } : l.double_rule,
    attendance: l.format === "minutes" ? v.attendance : l.attendance,
  };
}

/** One format's template: its mark as set, the preview on request, and the form for the office. */
function templateCard(organ, l, redraw) {
  const base = `/api/documents/letterheads/${enc(organ)}/${enc(l.format)}`;
  const viewer = h("div", { class: "file-preview" });
  const show = h("button", { type: "button", class: "link", "data-show": "preview",
    onclick: () => viewer.replaceChildren(h("iframe", { src: `${base}/preview.pdf`, title: l.mark, "data-viewer": "pdf" })) }, t("lh.preview"));
  const edit = hasRole("office_director", "clerk")
    ? form(templateFields(l), async (v) => { await api("PUT", base, templateBody(l, v)); await redraw(); }, { label: t("lh.set"), name: `letterhead-${l.format}` })
    : null;
  const mark = h("div", { class: "organ", "data-mark": l.format }, l.mark);
  mark.style.color = l.mark_color;
  return h("section", { class: "card", "data-letterhead": l.format }, h("h2", {}, l.format_name), mark, h("p", {}, show), viewer, edit);
}

/** #/letterheads?organ=gov */
export async function letterheadsScreen() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const organ = params.get("organ") ?? "gov";
  const view = h("div");
  const draw = async () => {
    const { items } = await api("GET", `/api/documents/letterheads/${enc(organ)}`);
    // An organ that issues documents has a code of its own level (gov, finance); a 科室 (office.affairs) issues none.
    const organs = deptOptions().filter(([code]) => /^[a-z0-9_-]+$/.test(code));
    const picker = form([["organ", t("lh.organ"), "select", { choices: organs, value: organ }]],
      async (v) => { location.hash = `#/letterheads?organ=${enc(v.organ)}`; }, { label: t("numbers.show"), name: "organ" });
    view.replaceChildren(h("p", {}, link("#/outgoing", `← ${t("out.title")}`)), h("h1", {}, t("lh.title")), card(null, picker),
      h("div", { class: "grid" }, items.map((l) => templateCard(organ, l, draw))));
  };
  await draw();
  return view;
}

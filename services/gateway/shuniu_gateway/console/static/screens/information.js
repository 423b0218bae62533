// 政务信息 (docs/rules.md §8): a department submits a 信息稿; the 信息科 edits it into new versions (every
// one kept and shown), publishes an issue 第N期 choosing its pieces, reports a piece up and records the
// higher level's adoption and a leader's 批示; the departments' ranking this month and this year, with
// its working. The steps are offered to the 信息科 only (role information_editor), as the duty service
// allows them (services/duty, domain/information.py); what a person lists is what they may open.
// The words live here, beside the one screen that uses them.
import { action, api, card, deptName, enc, facts, fmtTime, form, h, hasRole, link, personName, redrawn, table, wordsOf } from "../ui.js";

const WORDS = {
  title: ["政务信息", "Information reports"], submit: ["报送信息稿", "Submit a piece"], heading: ["标题", "Title"], text: ["正文", "Text"],
  classification: ["密级", "Classification"], pieces: ["信息稿", "Pieces"], department: ["报送单位", "Department"], stage: ["状态", "Stage"],
  versions: ["版本", "Versions"], submitted_at: ["报送时间", "Submitted at"], publish: ["编发一期刊物", "Publish an issue"],
  publication: ["刊物", "Publication"], choose: ["采用的信息稿（可多选）", "Pieces it adopts (choose one or more)"],
  ranking: ["信息工作得分排名", "Departments' ranking"], month: ["本月", "This month"], year: ["本年", "This year"], rank: ["名次", "Rank"],
  points: ["得分", "Points"], working: ["计分明细", "Working"], rules: ["计分规则", "Scoring rules"],
  back: ["← 政务信息", "← Information reports"], current: ["当前版本", "Current version"], number: ["版本", "Version"], by: ["修改人", "By"],
  at: ["时间", "At"], note: ["修改说明", "What changed"], edit: ["编辑（另存新版本）", "Edit (a new version)"], report_up: ["报送上级", "Report up"],
  to: ["报送单位（上级）", "Higher level"], adopted_above: ["登记上级采用", "Record the higher level's adoption"],
  by_whom: ["采用单位", "Adopted by"], where: ["采用刊物及期号", "Where (publication and issue)"],
  instruction: ["登记领导批示", "Record a leader's instruction"], leader: ["批示领导", "Leader"], instruction_text: ["批示内容", "Instruction"],
  adoptions: ["本级采用", "Adopted in"], reported_to: ["已报送", "Reported to"], adopted_above_by: ["上级采用单位", "Adopted above by"],
  instructions: ["领导批示", "Leaders' instructions"], actions: ["办理", "Actions"], none: ["暂无", "None"], open: ["非密", "unclassified"],
  submitted_by: ["报送人", "Submitted by"],
  issue: [(name, year, n) => `《${name}》${year}年第${n}期`, (name, year, n) => `${name} ${year} no. ${n}`],
  rule_adopted: [(name, n) => `《${name}》采用 ${n} 分`, (name, n) => `${name}: ${n}`],
  rule_above: [(n) => `上级采用 ${n} 分`, (n) => `adopted above: ${n}`],
  rule_instructed: [(n) => `领导批示 ${n} 分`, (n) => `instruction: ${n}`], "stage.submitted": ["已报送", "submitted"],
  "stage.edited": ["已编辑", "edited"], "stage.adopted": ["已采用", "adopted"], "stage.reported_up": ["已报送上级", "reported up"],
  "stage.adopted_above": ["上级已采用", "adopted above"],
};
const w = wordsOf(WORDS);
const EDITOR = "information_editor";
const CLASSIFICATIONS = ["none", "秘密", "机密", "绝密"];
const stageOf = (stage) => h("span", { class: "tag", "data-stage": stage }, w(`stage.${stage}`));
const classificationOf = (value) => (value === "none" ? w("open") : value);

/** This month and year in Beijing. */
function beijingMonth() {
  const [year, month] = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" }).split("-").map(Number);
  return { year, month };
}

export async function informationList() {
  return redrawn(async (view, draw) => {
    const { year, month } = beijingMonth();
    const [pieces, publications, monthly, yearly] = await Promise.all([
      api("GET", "/api/duty/information"), api("GET", "/api/duty/information/publications"),
      api("GET", `/api/duty/information/ranking/departments?year=${year}&month=${month}`),
      api("GET", `/api/duty/information/ranking/departments?year=${year}`),
    ]);
    const sections = [h("h1", {}, w("title")), card(w("submit"), submitForm())];
    sections.push(card(w("pieces"), h("div", { "data-pieces": "" }, table([
      [w("heading"), (p) => h("span", { "data-piece": p.title }, link(`#/piece/${enc(p.id)}`, p.title))],
      [w("department"), (p) => deptName(p.department)], [w("classification"), (p) => classificationOf(p.classification)],
      [w("versions"), (p) => String(p.versions)], [w("submitted_at"), (p) => fmtTime(p.submitted_at)], [w("stage"), (p) => stageOf(p.stage)],
    ], pieces))));
    if (hasRole(EDITOR)) sections.push(card(w("publish"), publishForm(pieces, publications, draw)));
    sections.push(card(w("ranking"), h("div", { class: "two" },
      ranking(w("month"), monthly, publications, "month"), ranking(w("year"), yearly, publications, "year"))));
    view.replaceChildren(...sections);
  });
}

function submitForm() {
  return form([
    ["title", w("heading"), "text", { required: true, wide: true }],
    ["text", w("text"), "textarea", { required: true }],
    ["classification", w("classification"), "select", { choices: CLASSIFICATIONS.map((c) => [c, classificationOf(c)]), value: "none" }],
  ], async (v) => {
    const made = await api("POST", "/api/duty/information", { title: v.title, text: v.text, classification: v.classification });
    location.hash = `#/piece/${enc(made.id)}`;
  }, { label: w("submit"), name: "submit-piece" });
}

function publishForm(pieces, publications, draw) {
  // A piece the higher level has adopted is finished; an adopted one may still go into the other publication.
  const offered = pieces.filter((p) => p.stage !== "adopted_above");
  return form([
    ["publication", w("publication"), "select", { required: true, choices: publications.map((p) => [p.code, `《${p.name}》`]) }],
    ["pieces", w("choose"), "multi", { required: true, choices: offered.map((p) => [p.id, `${p.title}（${deptName(p.department)}）`]) }],
  ], async (v) => {
    await api("POST", "/api/duty/information/issues", { publication: v.publication, pieces: v.pieces });
    await draw();
  }, { label: w("publish"), name: "publish-issue" });
}

function ranking(title, answer, publications, name) {
  const nameOf = Object.fromEntries(publications.map((p) => [p.code, p.name]));
  const rules = answer.rules;
  const words = [
    ...Object.entries(rules.adopted).map(([code, n]) => w("rule_adopted")(nameOf[code] ?? code, n)),
    w("rule_above")(rules.adopted_above), w("rule_instructed")(rules.instructed),
  ].join("；");
  return h("div", { "data-ranking": name }, h("h3", {}, `${title}（${answer.period}）`), table([
    [w("rank"), (d) => String(d.rank)], [w("department"), (d) => h("span", { "data-department": d.department }, d.name)],
    [w("points"), (d) => h("strong", { "data-points": "" }, String(d.points))],
    [w("working"), (d) => h("ul", { class: "plain small" }, d.working.map((line) =>
      h("li", {}, `${line.what} ${line.points} · ${line.title}${line.detail ? `（${line.detail}）` : ""}`)))],
  ], answer.departments), h("p", { class: "small muted" }, `${w("rules")}：${words}`));
}

export async function pieceScreen(id) {
  return redrawn(async (view, draw) => {
    const [piece, publications] = await Promise.all([
      api("GET", `/api/duty/information/${enc(id)}`), api("GET", "/api/duty/information/publications")]);
    const nameOf = Object.fromEntries(publications.map((p) => [p.code, p.name]));
    const numbers = Array.from({ length: piece.versions }, (_, i) => piece.versions - i);  // newest first
    const versions = await Promise.all(numbers.map((n) => api("GET", `/api/duty/information/${enc(id)}/versions/${n}`)));
    view.replaceChildren(h("p", {}, link("#/information", w("back"))),
      h("h1", {}, piece.title, " ", stageOf(piece.stage)),
      h("div", { class: "two" }, h("div", {},
        card(null, facts([
          [w("department"), deptName(piece.department)], [w("submitted_by"), personName(versions.at(-1).by)],
          [w("submitted_at"), fmtTime(piece.submitted_at)], [w("classification"), classificationOf(piece.classification)],
          [w("adoptions"), piece.adoptions.map((a) => w("issue")(nameOf[a.publication] ?? a.publication, a.year, a.issue)).join("、")],
          [w("reported_to"), piece.reported_to], [w("adopted_above_by"), piece.adopted_above_by],
        ])),
        card(`${w("current")}（${w("number")} ${piece.versions}）`, h("div", { "data-current": "" }, h("p", {}, piece.text))),
        card(w("versions"), h("div", { "data-versions": "" }, table([
          [w("number"), (v) => String(v.number)], [w("heading"), (v) => v.title],
          [w("text"), (v) => h("div", { class: "small" }, v.text)], [w("by"), (v) => personName(v.by)],
          [w("at"), (v) => fmtTime(v.at)], [w("note"), (v) => v.note],
        ], versions))),
        card(w("instructions"), h("div", { "data-instructions": "" }, piece.instructions.length
          ? h("ul", { class: "plain" }, piece.instructions.map((line) => h("li", {}, line))) : h("p", { class: "muted" }, w("none"))))),
      card(w("actions"), actions(piece, draw))));
  });
}

function actions(piece, draw) {
  if (!hasRole(EDITOR)) return h("p", { class: "muted" }, w("none"));
  const post = (path, body) => api("POST", `/api/duty/information/${enc(piece.id)}/${path}`, body);
  const acts = [];
  if (piece.stage !== "adopted_above") {
    acts.push(action(w("edit"), [
      ["title", w("heading"), "text", { required: true, value: piece.title, wide: true }],
      ["text", w("text"), "textarea", { required: true, value: piece.text }],
      ["note", w("note"), "text"],
    ], (v) => post("edit", { title: v.title, text: v.text, note: v.note ?? "" }), draw, "edit"));
  }
  if (piece.adoptions.length && !piece.reported_to) {
    acts.push(action(w("report_up"), [["to", w("to"), "text", { required: true }]], (v) => post("report-up", v), draw, "report-up"));
  }
  if (piece.reported_to && !piece.adopted_above_by) {
    acts.push(action(w("adopted_above"), [
      ["by_whom", w("by_whom"), "text", { required: true, value: piece.reported_to }], ["where", w("where"), "text"],
    ], (v) => post("adopted-above", { by_whom: v.by_whom, where: v.where ?? "" }), draw, "adopted-above"));
  }
  if (piece.adoptions.length) {
    acts.push(action(w("instruction"), [
      ["leader", w("leader"), "text", { required: true }], ["instruction", w("instruction_text"), "textarea", { required: true }],
    ], (v) => post("instruction", v), draw, "instruction"));
  }
  return acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, w("none"));
}

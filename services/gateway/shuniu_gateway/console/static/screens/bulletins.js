// 督办情况通报 and 结果考评: the bulletins, newest first; one bulletin with each lead department's
// lights at the period's end, its tasks with their overdue reasons (classified ones counted, not
// named) and its evaluation with the working line by line; and, for the 督查室, issuing the bulletin
// of a period that is over. Every figure is the supervision service's (domain/bulletin.py).
import { api, card, deptName, enc, facts, form, h, hasRole, light, link, personName, table, today, wordsOf } from "../ui.js";

const WORDS = {
  title: ["督办情况通报", "Supervision bulletins"], issue: ["印发情况通报", "Issue a bulletin"], period_start: ["通报期起", "Period from"],
  period_end: ["通报期止", "Period to"], number: ["期数", "Issue"], period: ["通报期", "Period"], issued_on: ["印发日期", "Issued on"],
  issued_by: ["印发人", "Issued by"], back: ["← 督办情况通报", "← Supervision bulletins"], department: ["主办部门", "Lead department"],
  lights: ["期末亮灯", "Lights at the period's end"], classified: ["涉密事项（只计数）", "Classified tasks (counted only)"],
  tasks: ["督办事项", "Tasks"], task: ["事项", "Task"], deadline: ["办理时限", "Deadline"], stage: ["状态", "Stage"],
  reasons: ["逾期或延期原因", "Reasons for delay"], evaluation: ["结果考评", "Evaluation"], score: ["得分", "Score"],
  working: ["计分依据", "Working"], rule: ["规则", "Rule"], points: ["分值", "Points"], nth: ["{year}年第{number}期", "{year} No. {number}"],
};
const w = wordsOf(WORDS);
const ISSUERS = ["supervisor", "office_director"];
const COLOURS = ["green", "yellow", "red"];

/** Last month, as the period a bulletin is usually issued for. */
function lastMonth() {
  const [year, month] = today().split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
}

export async function bulletinsList() {
  const answer = await api("GET", "/api/supervision/bulletins?limit=50");
  const sections = [h("h1", {}, w("title")), card(null, h("div", { "data-bulletins": "" }, table([
    [w("number"), (b) => link(`#/bulletin/${enc(b.id)}`, w("nth", { year: b.year, number: b.number }))],
    [w("title"), (b) => h("span", { "data-bulletin": b.id }, b.title)],
    [w("period"), (b) => `${b.period_start} — ${b.period_end}`], [w("issued_on"), (b) => b.issued_on],
  ], answer.items ?? [])))];
  if (hasRole(...ISSUERS)) sections.push(card(w("issue"), issueForm()));
  return h("div", {}, sections);
}

function issueForm() {
  const [start, end] = lastMonth();
  return form([
    ["period_start", w("period_start"), "date", { required: true, value: start }],
    ["period_end", w("period_end"), "date", { required: true, value: end }],
  ], async (v) => {
    const issued = await api("POST", "/api/supervision/bulletins", { period_start: v.period_start, period_end: v.period_end });
    location.hash = `#/bulletin/${enc(issued.id)}`;
  }, { label: w("issue"), name: "bulletin" });
}

export async function bulletinScreen(id) {
  const b = await api("GET", `/api/supervision/bulletins/${enc(id)}`);
  return h("div", {}, h("p", {}, link("#/bulletins", w("back"))), h("h1", {}, b.title),
    card(null, facts([[w("period"), `${b.period_start} — ${b.period_end}`], [w("issued_on"), b.issued_on], [w("issued_by"), personName(b.issued_by)]])),
    ...b.departments.map(section));
}

function section(d) {
  const lights = h("div", { "data-lights": d.department }, COLOURS.map((colour) =>
    h("span", { "data-light": colour }, light(colour), " ", String(d.lights[colour] ?? 0), "　")));
  return card(deptName(d.department), h("div", { "data-department": d.department },
    facts([[w("lights"), lights], [w("classified"), d.classified_count ? String(d.classified_count) : null]]),
    h("h3", { class: "small" }, w("tasks")),
    table([
      [w("task"), (x) => x.title], [w("deadline"), (x) => x.deadline],
      [w("lights"), (x) => (x.light ? light(x.light) : "—")], [w("reasons"), (x) => x.overdue_reasons.join("；")],
    ], d.tasks),
    h("h3", { class: "small" }, `${w("evaluation")} · ${w("score")} `, h("strong", { "data-score": d.department }, String(d.score))),
    h("div", { "data-working": d.department }, table([
      [w("task"), (x) => x.task], [w("rule"), (x) => x.rule], [w("points"), (x) => (x.points > 0 ? `+${x.points}` : String(x.points))],
    ], d.working))));
}

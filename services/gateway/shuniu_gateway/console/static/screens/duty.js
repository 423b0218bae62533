// 值班 · 突发事件信息报送: the incidents list with their clocks and lights, the 接报 form, and one
// incident's screen, where each report goes 拟稿 → 审核 → 报送 and a leader's 批示 opens a task.
// Each step is offered only to whom the duty service lets take it (services/duty, domain/incident.py):
// 拟稿 and 报送 to the 值班员, 审核 to the 带班领导, 批示 to the county's leaders.
import { stage, t } from "../i18n.js";
import {
  action, api, beijingField, beijingNow, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, history, light, link,
  personName, redrawn, table,
} from "../ui.js";

const LEVELS = ["特别重大", "重大", "较大", "一般"];
const CATEGORIES = ["自然灾害", "事故灾难", "公共卫生事件", "社会安全事件"];
const KINDS = ["phone", "written", "follow_up", "final"];
const kindName = (kind) => t(`duty.kind.${kind}`);


function badges(incident) {
  return [
    incident.internal ? h("span", { class: "tag", "data-badge": "internal" }, t("duty.internal")) : null,
    incident.reports_awaiting_approval
      ? h("span", { class: "tag", "data-badge": "awaiting" }, `${t("duty.awaiting")} ${incident.reports_awaiting_approval}`) : null,
    incident.late_reports ? h("span", { class: "tag overdue", "data-badge": "late" }, t("duty.late")) : null,
  ];
}

const lightOf = (incident) => (incident.light ? light(incident.light) : h("span", { class: "muted" }, t("duty.no_clock")));

export async function incidentsList() {
  const [answer, board] = await Promise.all([api("GET", "/api/duty/incidents?limit=100"), api("GET", "/api/dashboards/duty")]);
  const rows = answer.items ?? [];
  return h("div", {}, h("h1", {}, t("duty.incidents")),
    card(null, h("div", { "data-incidents": "" }, table([
      [t("sup.light"), lightOf],
      [t("common.title"), (x) => h("span", { "data-incident": x.title }, link(`#/incident/${enc(x.id)}`, x.title), " ", badges(x))],
      [t("duty.level"), (x) => t(`duty.level.${x.level}`)],
      [t("duty.learned_at"), (x) => fmtTime(x.learned_at)],
      [t("duty.phone_due"), (x) => (x.phone_due ? fmtTime(x.phone_due) : "—")],
      [t("duty.written_due"), (x) => fmtTime(x.written_due)],
      [t("common.stage"), (x) => stage(x.stage, "incident")],
    ], rows))),
    card(t("duty.by_level_month"), facts([[t("duty.late_total"), String(board.late_reports)]]),
      h("div", { "data-board": "by-level" }, table([
        [t("chron.month"), (x) => x.month], [t("duty.level"), (x) => t(`duty.level.${x.level}`)], [t("common.count"), (x) => String(x.count)],
      ], board.by_level_and_month ?? []))),
    card(t("duty.report_new"), reportForm()));
}

function reportForm() {
  return form([
    ["title", t("common.title"), "text", { required: true, wide: true }],
    ["level", t("duty.level"), "select", { required: true, choices: LEVELS.map((l) => [l, t(`duty.level.${l}`)]), value: "较大" }],
    ["category", t("duty.category"), "select", { required: true, choices: CATEGORIES.map((c) => [c, t(`duty.category.${c}`)]) }],
    ["place", t("duty.place"), "text", { required: true }],
    ["learned_at", t("duty.learned_at"), "datetime", { required: true, value: beijingNow() }],
    ["dead", t("duty.dead"), "number", { min: 0, value: 0 }],
    ["injured", t("duty.injured"), "number", { min: 0, value: 0 }],
    ["missing", t("duty.missing"), "number", { min: 0, value: 0 }],
    ["measures", t("duty.measures"), "textarea"],
    ["reporting_department", t("duty.reporting_department"), "select", { choices: deptOptions(true) }],
    ["departments_involved", t("duty.involved"), "multi", { choices: deptOptions() }],
    ["internal", t("duty.internal_hint"), "check", { value: true }],
  ], async (v) => {
    const made = await api("POST", "/api/duty/incidents", {
      title: v.title, level: v.level, category: v.category, place: v.place, learned_at: beijingField(v.learned_at),
      casualties: { dead: v.dead ?? 0, injured: v.injured ?? 0, missing: v.missing ?? 0 },
      measures: v.measures ?? "", internal: v.internal, reporting_department: v.reporting_department,
      departments_involved: v.departments_involved,
    });
    location.hash = `#/incident/${enc(made.id)}`;
  }, { label: t("duty.report_new"), name: "report-incident" });
}

const casualtyWords = (c) => `${t("duty.dead")} ${c?.dead ?? 0} · ${t("duty.injured")} ${c?.injured ?? 0} · ${t("duty.missing")} ${c?.missing ?? 0}`;

function lateWords(report) {
  if (report.minutes_late == null) return null;
  return h("div", { class: "small", "data-late": "" }, h("span", { class: "tag overdue" }, `${t("duty.late")} ${report.minutes_late} ${t("duty.minutes")}`),
    report.late_reason ? ` ${t("duty.late_reason")}：${report.late_reason}` : null);
}

export async function incidentScreen(id) {
  return redrawn(async (view, draw) => {
    const incident = await api("GET", `/api/duty/incidents/${enc(id)}`);
    const post = (path, body = {}) => api("POST", `/api/duty/incidents/${enc(id)}/${path}`, body);
    const open = incident.stage === "open";
    const officer = hasRole("duty_officer");
    const dueOf = { phone: incident.phone_due, written: incident.written_due };
    const acts = [];
    if (open && officer) {
      acts.push(action(t("duty.draft"), [
        ["kind", t("common.kind"), "select", { required: true, choices: KINDS.map((k) => [k, kindName(k)]) }],
        ["text", t("duty.text"), "textarea", { required: true }],
        ["dead", t("duty.dead"), "number", { min: 0, value: incident.casualties.dead }],
        ["injured", t("duty.injured"), "number", { min: 0, value: incident.casualties.injured }],
        ["missing", t("duty.missing"), "number", { min: 0, value: incident.casualties.missing }],
      ], (v) => post("reports", { kind: v.kind, text: v.text, casualties: { dead: v.dead ?? 0, injured: v.injured ?? 0, missing: v.missing ?? 0 } }),
      draw, "draft"));
    }
    for (const report of incident.reports) {
      const name = `${kindName(report.kind)} · ${t("duty.report_no")} ${report.number}`;
      if (report.stage === "drafted" && hasRole("duty_leader")) {
        acts.push(action(`${t("duty.approve")}：${name}`, [], () => post(`reports/${report.number}/approve`), draw, `approve-${report.number}`));
      }
      if (report.stage === "approved" && officer) {
        // Past its due time a report goes up only with the reason it is late: the form asks for it.
        const due = dueOf[report.kind];
        const late = due != null && Date.now() > new Date(due).getTime();
        acts.push(action(`${t("duty.submit")}：${name}`,
          late ? [["late_reason", `${t("duty.late_reason")}（${t("duty.late_by")} ${fmtTime(due)}）`, "textarea", { required: true }]] : [],
          (v) => post(`reports/${report.number}/submit`, { late_reason: v.late_reason ?? "" }), draw, `submit-${report.number}`));
      }
      if (report.stage === "submitted" && hasRole("leader", "principal_leader")) {
        acts.push(action(`${t("in.instruct")}：${name}`, [
          ["instruction", t("in.instruction"), "textarea", { required: true }],
          ["lead_department", t("sup.lead"), "select", { required: true, choices: deptOptions() }],
          ["co_departments", t("in.co"), "multi", { choices: deptOptions() }],
          ["deadline", t("common.deadline"), "date"],
        ], (v) => post(`reports/${report.number}/instruction`, v), draw, `instruct-${report.number}`));
      }
    }
    view.replaceChildren(
      h("p", {}, link("#/duty", `← ${t("duty.incidents")}`)),
      h("h1", {}, lightOf(incident), " ", incident.title, " ", h("span", { class: "tag" }, stage(incident.stage, "incident")), " ", badges(incident)),
      h("div", { class: "two" },
        h("div", {},
          card(null, facts([
            [t("duty.level"), t(`duty.level.${incident.level}`)], [t("duty.category"), t(`duty.category.${incident.category}`)],
            [t("duty.place"), incident.place], [t("duty.casualties"), casualtyWords(incident.casualties)],
            [t("duty.measures"), incident.measures], [t("duty.reporting_department"), incident.reporting_department ? deptName(incident.reporting_department) : null],
            [t("duty.involved"), incident.departments_involved.map(deptName).join("、")],
            [t("duty.reported_by"), personName(incident.reported_by)], [t("duty.learned_at"), fmtTime(incident.learned_at)],
            [t("duty.phone_due"), incident.phone_due ? fmtTime(incident.phone_due) : t("duty.no_phone")],
            [t("duty.written_due"), fmtTime(incident.written_due)], [t("duty.closed_at"), fmtTime(incident.closed_at)],
            [t("in.classification"), incident.classification === "none" ? null : incident.classification],
            [t("duty.audience"), incident.internal ? t("duty.internal_hint") : t("duty.circulated")],
          ])),
          card(t("duty.reports"), h("div", { "data-reports": "" }, table([
            [t("duty.report_no"), (r) => String(r.number)],
            [t("common.kind"), (r) => kindName(r.kind)],
            [t("common.stage"), (r) => h("span", { class: "tag", "data-stage": r.stage }, stage(r.stage, "report"))],
            [t("duty.text"), (r) => h("div", {}, r.text, h("div", { class: "small muted" }, casualtyWords(r.casualties)))],
            [t("duty.approved_by"), (r) => personName(r.approved_by)],
            [t("duty.submitted_at"), (r) => h("div", {}, fmtTime(r.submitted_at), lateWords(r))],
          ], incident.reports))),
          card(t("duty.instructions"), h("div", { "data-instructions": "" }, table([
            [t("duty.leader"), (i) => personName(i.leader)],
            [t("in.instruction"), (i) => i.instruction],
            [t("sup.lead"), (i) => deptName(i.lead_department)],
            [t("in.co"), (i) => i.co_departments.map(deptName).join("、")],
            [t("common.deadline"), (i) => i.deadline ?? ""],
            [t("common.date"), (i) => i.instructed_on],
          ], incident.instructions))),
          await history("duty", id, `/api/duty/incidents/${enc(id)}/history`)),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  });
}

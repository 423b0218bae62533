// 督办: the board (traffic lights per department, overdue, escalations, on-time rate), the task list,
// and one screen per task where the lead department acknowledges and reports and the office verifies.
import { stage, t } from "../i18n.js";
import {
  action, api, card, chart, deptName, deptOptions, enc, facts, form, h, hasRole, history, light, link, redrawn, session,
  stageTag, table,
} from "../ui.js";
import { CLASSIFICATIONS } from "./documents.js";
import { decisionSteps } from "./task_steps.js";

const COLOURS = { red: "#c8161d", yellow: "#d89a00", green: "#2f8f46" };

export async function supervisionBoard() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const department = params.get("department") ?? "";
  const [board, tasks] = await Promise.all([
    api("GET", "/api/dashboards/supervision"),
    api("GET", `/api/supervision/tasks?limit=100${department ? `&department=${enc(department)}` : ""}`),
  ]);
  const depts = Object.keys(board.by_department ?? {});
  const picker = h("select", { name: "department" }, [["", "—"], ...deptOptions()].map(([v, n]) => h("option", { value: v, selected: v === department }, n)));
  picker.addEventListener("change", () => { location.hash = `#/supervision${picker.value ? `?department=${picker.value}` : ""}`; });
  const open = (tasks.items ?? []).filter((task) => !["closed", "withdrawn"].includes(task.stage));
  const mayOpen = hasRole("supervisor", "office_director");
  return h("div", {}, h("h1", {}, t("sup.board")),
    h("div", { class: "grid" },
      chart(t("sup.by_dept"), {
        tooltip: { trigger: "axis" }, legend: { bottom: 0 }, grid: { left: 40, right: 16, top: 16, bottom: 50, containLabel: true },
        xAxis: { type: "value", minInterval: 1 }, yAxis: { type: "category", data: depts.map(deptName) },
        series: ["red", "yellow", "green"].map((c) => ({ name: t(`light.${c}`), type: "bar", stack: "l", itemStyle: { color: COLOURS[c] },
          data: depts.map((d) => board.by_department[d][c] ?? 0) })),
      }, "board-lights"),
      card(t("sup.rate"), table([
        [t("common.department"), (r) => r.department_name], [t("chron.month"), (r) => r.month],
        [t("sup.rate"), (r) => `${Math.round(r.rate * 100)}%（${r.on_time}/${r.closed}）`],
      ], board.on_time_rate ?? []))),
    card(t("sup.overdue"), taskTable(board.overdue ?? [])),
    card(t("sup.escalations"), taskTable(board.escalations ?? [])),
    card(t("sup.tasks"), h("div", { class: "toolbar" }, h("label", {}, `${t("common.department")} `, picker)),
      h("div", { "data-board": "tasks" }, taskTable(open))),
    mayOpen ? card(t("sup.new"), form([
      ["title", t("common.title"), "text", { required: true, wide: true }],
      ["description", t("common.note"), "textarea"],
      ["lead_department", t("sup.lead"), "select", { choices: deptOptions(), required: true }],
      ["co_departments", t("in.co"), "multi", { choices: deptOptions() }],
      ["deadline", t("common.deadline"), "date", { required: true }],
      ["priority", t("sup.priority"), "select", { choices: ["normal", "high", "urgent"].map((p) => [p, stage(p, "priority")]) }],
      ["reporting_cycle", t("sup.cycle"), "select", { choices: ["none", "weekly", "monthly"].map((c) => [c, stage(c, "cycle")]) }],
      ["classification", t("in.classification"), "select", { choices: CLASSIFICATIONS }],
    ], async (v) => {
      const made = await api("POST", "/api/supervision/tasks", { ...v, description: v.description ?? "" });
      location.hash = `#/task/${enc(made.id)}`;
    }, { label: t("sup.new"), name: "open-task" })) : null);
}

function taskTable(items) {
  return table([
    [t("sup.light"), (x) => light(x.light)],
    [t("common.title"), (x) => link(`#/task/${enc(x.id)}`, x.title)],
    [t("sup.lead"), (x) => x.department_name ?? deptName(x.lead_department)],
    [t("common.deadline"), (x) => x.deadline],
    [t("common.stage"), (x) => stageTag(x.stage ?? x.status, false, "task")],
    [t("sup.percent"), (x) => (x.percent != null ? `${x.percent}%` : "")],
  ], items);
}

export async function taskScreen(id) {
  return redrawn(async (view, draw) => {
    const task = await api("GET", `/api/supervision/tasks/${enc(id)}`);
    const post = (path, body = {}) => api("POST", `/api/supervision/tasks/${enc(id)}/${path}`, body);
    const lead = task.lead_department === session.me.dept;
    const office = hasRole("supervisor", "office_director");
    const acts = [];
    if (lead && task.stage === "assigned") acts.push(action(t("sup.acknowledge"), [], () => post("acknowledge"), draw, "acknowledge"));
    if (lead && task.stage === "in_progress") {
      acts.push(action(t("sup.progress"), [["text", t("common.note"), "textarea", { required: true }],
        ["percent", t("sup.percent"), "number", { required: true, min: 0, max: 100, value: task.percent }]], (v) => post("progress", v), draw, "progress"));
      acts.push(action(t("sup.completion"), [["text", t("sup.completion"), "textarea", { required: true }]], (v) => post("completion", v), draw, "completion"));
      acts.push(action(t("sup.extension"), [["deadline", t("common.deadline"), "date", { required: true }],
        ["reason", t("common.reason"), "text", { required: true }]], (v) => post("extension", v), draw, "extension"));
    }
    if (lead && ["assigned", "in_progress"].includes(task.stage)) {
      acts.push(action(t("sup.infeasible"), [["reason", t("common.reason"), "text", { required: true }]], (v) => post("infeasibility", v), draw, "infeasibility"));
    }
    if (office && !["closed", "withdrawn"].includes(task.stage)) {
      acts.push(action(t("sup.urge"), [["message", t("common.note"), "text"]], (v) => post("urge", { message: v.message ?? "" }), draw, "urge"));
    }
    if (office && task.stage === "completion_reported") {
      acts.push(action(t("sup.close"), [], () => post("close"), draw, "close"));
      acts.push(action(t("sup.reopen"), [["reason", t("common.reason"), "text", { required: true }]], (v) => post("reopen", v), draw, "reopen"));
    }
    acts.push(...decisionSteps(task, post, draw));
    const source = task.source ?? {};
    const sourceLink = source.service === "documents" ? `#/incoming/${enc(source.id)}` : source.service === "meetings" ? `#/meeting/${enc(source.id)}`
      : source.service === "reception" ? `#/petition/${enc(source.id)}` : source.service === "duty" ? `#/incident/${enc(source.id)}` : null;
    view.replaceChildren(
      h("p", {}, link("#/supervision", `← ${t("sup.board")}`)),
      h("h1", {}, light(task.light), " ", task.title, " ", stageTag(task.stage, false, "task")),
      h("div", { class: "two" },
        h("div", {},
          card(null, facts([
            [t("sup.lead"), deptName(task.lead_department)], [t("in.co"), (task.co_departments ?? []).map(deptName).join("、")],
            [t("common.deadline"), task.deadline], [t("sup.percent"), `${task.percent ?? 0}%`], [t("sup.priority"), stage(task.priority, "priority")],
            [t("sup.cycle"), stage(task.reporting_cycle, "cycle")], [t("in.classification"), task.classification === "none" ? null : task.classification],
            [t("sup.source"), sourceLink ? link(sourceLink, stage(source.kind, "source")) : stage(source.kind, "source")],
            [t("common.note"), task.description], [t("sup.extension"), task.pending_extension ? `${task.pending_extension.deadline}：${task.pending_extension.reason}` : null],
          ])),
          await history("supervision", id, `/api/supervision/tasks/${enc(id)}/history`)),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  });
}

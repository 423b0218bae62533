// The steps of 督办 that belong to whoever assigned the task (交办人): answering a request for more
// time, and — once the lead department has reported it cannot be done — deciding what becomes of
// it: 修改 what is asked, 改派 it to another lead department, or 撤销 it, saying why.
// The service says who that is (`may_decide`: the leader of the 批示, the chair of the meeting; for
// a task the office opened itself, its supervisors), so nobody else is offered them.
import { t } from "../i18n.js";
import { action, deptOptions } from "../ui.js";

/** 同意延期 / 不同意延期 while a request waits; 修改, 改派, 撤销 of a task reported infeasible (domain/task.py). */
export function decisionSteps(task, post, draw) {
  if (!task.may_decide) return [];
  const steps = [];
  if (task.pending_extension) {
    steps.push(action(t("sup.extension_grant"), [], () => post("extension/grant"), draw, "extension-grant"));
    steps.push(action(t("sup.extension_refuse"), [["reason", t("common.reason"), "text", { required: true }]],
      (v) => post("extension/refuse", v), draw, "extension-refuse"));
  }
  if (task.stage === "infeasible") {
    steps.push(action(t("sup.revise"), [
      ["title", t("common.title"), "text", { required: true, wide: true, value: task.title }],
      ["description", t("common.note"), "textarea", { value: task.description }],
      ["deadline", t("common.deadline"), "date", { required: true }],
    ], (v) => post("revise", { ...v, description: v.description ?? "" }), draw, "revise"));
    steps.push(action(t("sup.reassign"), [
      ["lead_department", t("sup.lead"), "select", { choices: deptOptions(), required: true }],
      ["co_departments", t("in.co"), "multi", { choices: deptOptions() }],
      ["deadline", t("common.deadline"), "date", { required: true }],
    ], (v) => post("reassign", v), draw, "reassign"));
    steps.push(action(t("sup.withdraw"), [["reason", t("common.reason"), "text", { required: true }]],
      (v) => post("withdraw", v), draw, "withdraw"));
  }
  return steps;
}

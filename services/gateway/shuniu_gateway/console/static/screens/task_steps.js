// The steps of 督办 that belong to whoever assigned the task (交办人): answering a request for more
// time, and — once the lead department has reported it cannot be done — giving it to another one.
// The service says who that is (`may_decide`: the leader of the 批示, the chair of the meeting; for
// a task the office opened itself, its supervisors), so nobody else is offered them.
import { t } from "../i18n.js";
import { action, deptOptions } from "../ui.js";

/** 同意延期 / 不同意延期 while a request waits; 改派 of a task reported infeasible (domain/task.py). */
export function decisionSteps(task, post, draw) {
  if (!task.may_decide) return [];
  const steps = [];
  if (task.pending_extension) {
    steps.push(action(t("sup.extension_grant"), [], () => post("extension/grant"), draw, "extension-grant"));
    steps.push(action(t("sup.extension_refuse"), [["reason", t("common.reason"), "text", { required: true }]],
      (v) => post("extension/refuse", v), draw, "extension-refuse"));
  }
  if (task.stage === "infeasible") {
    steps.push(action(t("sup.reassign"), [
      ["lead_department", t("sup.lead"), "select", { choices: deptOptions(), required: true }],
      ["co_departments", t("in.co"), "multi", { choices: deptOptions() }],
      ["deadline", t("common.deadline"), "date", { required: true }],
    ], (v) => post("reassign", v), draw, "reassign"));
  }
  return steps;
}

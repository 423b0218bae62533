// A petition's steps after routing that the 信访工作条例 names: the department's objection (异议,
// 5 working days), and the review chain — 复查 after the reply, 复核 after the 复查 decision, each
// with its hearings (听证, days that do not count) and its decision. Only the petitions office records
// them, so only they are offered the forms.
import { t } from "../i18n.js";
import { action, hasRole, today } from "../ui.js";

// §35/§36: a review of the reply is 复查; a review of the 复查 decision is 复核.
const LEVEL = { replied: "review", under_review: "review", reviewed: "second", under_second_review: "second" };

export function petitionSteps(p, post, draw) {
  if (!hasRole("petitions_officer", "office_director")) return [];
  const acts = [];
  const level = LEVEL[p.stage];
  if (p.stage === "routed") {
    acts.push(action(t("ps.object"), [["reason", t("common.reason"), "text", { required: true }],
      ["objected_on", t("common.date"), "date", { value: today() }]], (v) => post("object", v), draw, "object"));
  }
  if (["replied", "reviewed"].includes(p.stage)) {
    acts.push(action(t(`ps.${level}.ask`), [["grounds", t("ps.grounds"), "text", { required: true }],
      ["requested_on", t("common.date"), "date", { value: today() }]], (v) => post("review-requests", v), draw, "review-request"));
  }
  if (["under_review", "under_second_review"].includes(p.stage)) {
    acts.push(action(t("ps.hearing"), [["from_on", t("ps.hearing_from"), "date", { required: true, value: today() }],
      ["to_on", t("ps.hearing_to"), "date", { required: true, value: today() }]], (v) => post("hearings", v), draw, "hearing"));
    acts.push(action(t(`ps.${level}.decide`), [
      ["outcome", t("ps.outcome"), "select", { choices: [["upheld", t("ps.upheld")], ["revised", t("ps.revised")]] }],
      ["opinion", t("common.opinion"), "textarea", { required: true }], ["decided_on", t("common.date"), "date", { value: today() }],
    ], (v) => post("review-decisions", v), draw, "review-decision"));
  }
  return acts;
}

/** The facts those steps leave on the petition: the objection's reason, the last review opinion. */
export function petitionStepFacts(p) {
  return [[t("ps.objection"), p.objection || null], [t("ps.review_opinion"), p.review_opinion || null]];
}

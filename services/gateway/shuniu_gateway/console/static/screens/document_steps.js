// The documents' steps off the daily path: 作废文号 (a number given in error), 废止 (a document no
// longer in force), 收回传阅 (a circulation sent wrongly), the 联合发文机关 and their 会签, and the
// 发文字号登记簿 — every number of a 代字 and year, used or void, so the office can show that none
// was skipped or given twice.
import { t } from "../i18n.js";
import { action, api, card, deptName, enc, form, h, hasRole, link, session, table, today } from "../ui.js";

// Who the register's API admits (documents/api/outgoing.py, RegisterReader).
export const mayReadRegister = () => hasRole("clerk", "office_director", "auditor");

/** The steps of this file on a 发文, for whom the service admits them: the clerk voids a number not
 *  yet issued; a leader 废止 an issued document (it ceases to be in force from today, where 撤销
 *  voids it from the start). */
export function outgoingSteps(d, post, draw) {
  const reason = [["reason", t("common.reason"), "text", { required: true }]];
  if (["registered", "printed"].includes(d.stage) && hasRole("clerk")) {
    return [action(t("out.void"), reason, (v) => post("void-number", v), draw, "void-number")];
  }
  if (["issued", "archived"].includes(d.stage) && hasRole("leader")) {
    return [action(t("out.abolish"), reason, (v) => post("abolish", v), draw, "abolish")];
  }
  return [];
}

/** Only a co-issuer's head whose body has not countersigned yet is asked to (domain/outgoing.py). */
export function mayCountersign(d) {
  return d.stage === "countersigning" && hasRole("department_head")
    && (d.co_issuers ?? []).includes(session.me.dept) && !d.countersigned?.[session.me.dept];
}

/** 联合发文机关, each with whether it has countersigned; and the numbers voided on this document. */
export function coIssuerFacts(d) {
  const issuers = (d.co_issuers ?? []).map((code) => `${deptName(code)}（${d.countersigned?.[code] ? t("out.countersigned") : t("out.not_countersigned")}）`);
  return [[t("out.co_issuers"), issuers.join("、")], [t("out.voided"), (d.voided_numbers ?? []).join("、")]];
}

/** The clerk recalls a circulation still going on (some reader has not read it). */
export function incomingSteps(d, post, draw) {
  const round = d.circulation_status;
  if (!round || round.recalled || !round.unread || !hasRole("clerk")) return [];
  return [action(t("in.recall"), [["reason", t("common.reason"), "text", { required: true }]], (v) => post("circulation/recall", v), draw, "recall")];
}

/** #/numbers?code=县府办发&year=2026 */
export async function numbersScreen() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const code = params.get("code") ?? "县府办发";
  const year = params.get("year") ?? today().slice(0, 4);
  const rows = await api("GET", `/api/documents/numbers?code=${enc(code)}&year=${enc(year)}`);
  const pick = form([
    ["code", t("numbers.code"), "text", { required: true, value: code }],
    ["year", t("numbers.year"), "number", { required: true, value: year, min: 1000, max: 9999 }],
  ], async (v) => { location.hash = `#/numbers?code=${enc(v.code)}&year=${v.year}`; }, { label: t("numbers.show"), name: "numbers" });
  return h("div", {}, h("p", {}, link("#/outgoing", `← ${t("out.title")}`)), h("h1", {}, t("numbers.title")), card(null, pick),
    card(`${code}〔${year}〕`, h("div", { "data-register": "" }, table([
      [t("out.number"), (n) => (n.document_id ? link(`#/outgoing/${enc(n.document_id)}`, n.number) : n.number)],
      [t("common.stage"), (n) => h("span", { class: n.status === "void" ? "tag overdue" : "tag", "data-status": n.status },
        n.status === "void" ? t("numbers.void") : t("numbers.used"))],
      [t("common.reason"), (n) => n.reason ?? (n.document_id ? "" : t("numbers.hidden"))],
    ], rows))));
}

// 值班看板 · 谁在值班 and 政务信息, from /api/dashboards/on-duty and /api/dashboards/information:
// the shift on now and the next one (a gap shown as 空岗, a handover not acknowledged as waiting),
// and the year's issues, 上级采用, 批示 and the departments' ranking by month and by year.
import { t } from "../i18n.js";
import { api, card, facts, fmtTime, h, table } from "../ui.js";

const people = (list) => (list.length ? list.map((p) => p.name).join("、") : t("onduty.nobody"));

function shift(title, s) {
  const handover = s.handover;
  return card(title, h("div", { "data-shift": s.day, "data-gap": String(s.gap) },
    s.gap ? h("p", { class: "problem", "data-badge": "gap" }, t("onduty.gap")) : null,
    facts([
      [t("onduty.day"), `${s.day}${s.reason ? `（${s.reason}）` : ""}`],
      [t("onduty.leaders"), h("span", { "data-role": "leaders" }, people(s.leaders))],
      [t("onduty.officers"), h("span", { "data-role": "officers" }, people(s.officers))],
    ]),
    handover ? h("div", { "data-handover": handover.acknowledged ? "acknowledged" : handover.overdue ? "overdue" : "waiting" },
      h("p", { class: handover.acknowledged ? "muted" : handover.overdue ? "tag overdue" : "tag" },
        handover.acknowledged ? `${t("onduty.acknowledged")}：${handover.acknowledged_by.name} ${fmtTime(handover.acknowledged_at)}`
          : `${t(handover.overdue ? "onduty.overdue" : "onduty.waiting")}（${t("onduty.by")} ${fmtTime(handover.acknowledge_by)}）`),
      h("ul", {}, ...handover.open_items.map((item) => h("li", {}, item)))) : null));
}

function ranking(r) {
  return h("div", { "data-ranking": r.period }, table([
    [t("info.rank"), (d) => String(d.rank)], [t("info.department"), (d) => d.name], [t("info.points"), (d) => String(d.points)],
    [t("info.working"), (d) => d.working.map((w) => `${w.what} ${w.detail} +${w.points}`).join("；")],
  ], r.departments));
}

export async function dutyBoards() {
  const [duty, info] = await Promise.all([api("GET", "/api/dashboards/on-duty"), api("GET", "/api/dashboards/information")]);
  return h("div", {}, h("h1", {}, t("onduty.title")),
    h("div", { class: "grid", "data-board": "on-duty" }, shift(t("onduty.now"), duty.now), shift(t("onduty.next"), duty.next)),
    h("h1", {}, t("info.title")),
    h("div", { class: "grid", "data-board": "information" },
      card(t("info.issues"), h("div", { "data-issues": "" }, table([
        [t("info.issue"), (i) => i.name], [t("common.time"), (i) => fmtTime(i.published_at)],
        [t("info.pieces"), (i) => i.pieces.map((p) => `${p.title}（${p.department_name}）`).join("；")],
      ], info.issues))),
      card(t("info.above"), table([
        [t("common.title"), (a) => a.title], [t("info.by_whom"), (a) => a.by_whom], [t("info.where"), (a) => a.where],
      ], info.adopted_above)),
      card(t("info.instructions"), table([
        [t("common.title"), (i) => i.title], [t("duty.leader"), (i) => i.leader], [t("info.instruction"), (i) => i.instruction],
      ], info.instructions)),
      card(`${t("info.ranking")} · ${info.ranking.month.period}`, ranking(info.ranking.month)),
      card(`${t("info.ranking")} · ${info.ranking.year.period}`, ranking(info.ranking.year))));
}

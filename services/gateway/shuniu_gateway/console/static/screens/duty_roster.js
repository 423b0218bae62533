// 值班 · 值班表、交接班、值班记录 (docs/rules.md §7): the week's 带班领导 and 值班员 day by day, with the
// swaps asked for and the office director's approval; the handovers into and out of the day, each with
// its open items and 接班确认; and the day's duty log, with the form that logs a call.
// Each step is offered only to whom the duty service lets take it (services/duty, domain/roster.py):
// 换班 to whoever is on duty that day, its approval to the office director, 交班 to the day's shift,
// 接班确认 to the next day's, 值班记录 to the duty roles.
import { t } from "../i18n.js";
import {
  action, api, beijingField, beijingNow, card, enc, facts, fmtTime, h, hasRole, link, peopleOptions, personName, redrawn, session, table, today,
} from "../ui.js";

const DAY_MS = 24 * 3600 * 1000;

/** The civil date `days` after `day` (YYYY-MM-DD, no time zone involved). */
const plus = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const mondayOf = (day) => plus(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const weekday = (day) => t(`roster.weekday.${new Date(`${day}T00:00:00Z`).getUTCDay()}`);
const names = (ids) => ids.map(personName).join("、");

function swapTags(day) {
  return day.swaps.map((s) => h("div", { class: "small", "data-swap": `${day.day}/${s.number}` },
    `${personName(s.person)} → ${personName(s.substitute)}`, " ",
    h("span", { class: "tag", "data-swap-state": s.approved ? "approved" : "asked" }, t(s.approved ? "roster.swap_approved" : "roster.swap_asked")),
    s.reason ? h("span", { class: "muted" }, ` ${s.reason}`) : null));
}

function handoverState(day) {
  if (!day.handed_over) return "";
  return h("span", { class: "tag" }, t(day.acknowledged ? "roster.acknowledged" : "roster.handed_over"));
}

export async function rosterScreen(asked) {
  return redrawn(async (view, draw) => {
    const day = asked || today();
    const monday = mondayOf(day);
    const me = session.me?.sub;
    const [rosters, handovers, log] = await Promise.all([
      api("GET", `/api/duty/rosters?from=${monday}&to=${plus(monday, 6)}`),
      Promise.all([plus(day, -1), day].map((d) => api("GET", `/api/duty/handovers?date=${d}`))).then((lists) => lists.flat()),
      api("GET", `/api/duty/duty-log?date=${day}&limit=100`),
    ]);
    const days = rosters.flatMap((r) => r.days.map((d) => ({ ...d, roster: r.id })));
    const shiftOf = (d) => days.find((x) => x.day === d);
    const onDuty = (d) => [...d.leaders, ...d.officers].includes(me);
    const post = (roster, path, body = {}) => api("POST", `/api/duty/rosters/${enc(roster)}/${path}`, body);

    const acts = [];
    const mine = days.filter(onDuty);
    if (mine.length) {
      acts.push(action(t("roster.swap"), [
        ["day", t("common.date"), "select", { required: true, choices: mine.map((d) => [d.day, `${d.day} ${weekday(d.day)}`]) }],
        ["substitute", t("roster.substitute"), "select", { required: true, choices: peopleOptions() }],
        ["reason", t("common.reason"), "text"],
      ], (v) => post(shiftOf(v.day).roster, "swaps", { day: v.day, substitute: v.substitute, reason: v.reason ?? "" }), draw, "swap"));
    }
    if (hasRole("office_director")) {
      for (const d of days) {
        for (const s of d.swaps.filter((x) => !x.approved)) {
          acts.push(action(`${t("roster.approve_swap")}：${d.day} ${personName(s.person)} → ${personName(s.substitute)}`, [],
            () => post(d.roster, `swaps/${s.number}/approve`), draw, `approve-swap-${d.day}-${s.number}`));
        }
      }
    }
    const current = shiftOf(day);
    if (current && onDuty(current) && !current.handed_over) {
      acts.push(action(`${t("roster.hand_over")}：${day}`, [["open_items", t("roster.open_items_hint"), "textarea"]],
        (v) => post(current.roster, "handovers", { day, open_items: (v.open_items ?? "").split("\n") }), draw, "hand-over"));
    }
    for (const ho of handovers.filter((x) => !x.acknowledged_by && x.incoming.includes(me))) {
      acts.push(action(`${t("roster.acknowledge")}：${ho.day} → ${plus(ho.day, 1)}`, [],
        () => post(ho.roster_id, `handovers/${ho.day}/acknowledge`), draw, `acknowledge-${ho.day}`));
    }
    if (hasRole("duty_officer", "duty_leader")) acts.push(logForm(draw));

    view.replaceChildren(
      h("p", {}, link("#/duty", `← ${t("duty.incidents")}`)),
      h("div", { class: "toolbar" }, h("h1", {}, `${t("roster.title")} · ${monday} — ${plus(monday, 6)}`),
        h("div", {}, link(`#/roster/${plus(monday, -7)}`, t("roster.previous")), " ",
          link(`#/roster/${today()}`, t("roster.this_week")), " ", link(`#/roster/${plus(monday, 7)}`, t("roster.next")))),
      h("div", { class: "two" },
        h("div", {},
          card(t("roster.week"), h("div", { "data-week": "" }, table([
            [t("common.date"), (d) => h("span", { "data-day": d.day }, link(`#/roster/${d.day}`, `${d.day} ${weekday(d.day)}`))],
            [t("roster.leader"), (d) => h("span", { "data-leaders": "" }, names(d.leaders))],
            [t("roster.officers"), (d) => h("span", { "data-officers": "" }, names(d.officers))],
            [t("roster.reason"), (d) => (d.reason ? h("span", { class: "tag" }, d.reason) : "")],
            [t("roster.swaps"), swapTags],
            [t("roster.handover"), handoverState],
          ], days))),
          card(`${t("roster.handovers")} · ${plus(day, -1)}、${day}`, h("div", { "data-handovers": "" }, handovers.length
            ? handovers.map((ho) => h("div", { class: "card", "data-handover": ho.day }, facts([
              [t("roster.handover_day"), `${ho.day} → ${plus(ho.day, 1)}`],
              [t("roster.handed_over_by"), `${personName(ho.by)} ${fmtTime(ho.at)}`],
              [t("roster.open_items"), ho.open_items.length ? h("ul", {}, ho.open_items.map((item) => h("li", {}, item))) : t("common.none")],
              [t("roster.incoming"), names(ho.incoming)],
              [t("roster.acknowledged_by"), ho.acknowledged_by
                ? h("span", { "data-acknowledged": "" }, `${personName(ho.acknowledged_by)} ${fmtTime(ho.acknowledged_at)}`)
                : h("span", { class: "tag overdue", "data-unacknowledged": "" }, `${t("roster.unacknowledged")}（${t("roster.acknowledge_by")} ${fmtTime(ho.acknowledge_by)}）`)],
            ])))
            : h("p", { class: "muted" }, t("common.none")))),
          card(`${t("roster.log")} · ${day}`, h("div", { "data-log": "" }, table([
            [t("common.time"), (e) => fmtTime(e.at)],
            [t("roster.caller"), (e) => h("span", { "data-caller": e.caller }, e.caller)],
            [t("roster.organisation"), (e) => e.organisation],
            [t("roster.said"), (e) => e.said],
            [t("roster.done"), (e) => e.done],
            [t("roster.told"), (e) => names(e.told)],
            [t("roster.recorded_by"), (e) => personName(e.recorded_by)],
          ], log.items ?? [])))),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  });
}

function logForm(draw) {
  return action(t("roster.log_call"), [
    ["at", t("common.time"), "datetime", { required: true, value: beijingNow() }],
    ["caller", t("roster.caller"), "text", { required: true }],
    ["organisation", t("roster.organisation"), "text"],
    ["said", t("roster.said"), "textarea", { required: true }],
    ["done", t("roster.done"), "textarea"],
    ["told", t("roster.told"), "multi", { choices: peopleOptions() }],
  ], (v) => api("POST", "/api/duty/duty-log", {
    at: beijingField(v.at), caller: v.caller, organisation: v.organisation ?? "", said: v.said, done: v.done ?? "", told: v.told,
  }), draw, "log-call");
}

// A meeting's planning steps beyond inviting and the notice: its 议程 (each item with its 汇报人 and
// materials), 改期 and 取消 — each told to every invitee by the service. They are the organiser's
// (whom the service names in `may_manage`), and only while the meeting is still to come. And on the
// list: the weekly meeting (例会) booked week by week, and the register of rooms.
import { t } from "../i18n.js";
import {
  action, api, beijing, card, deptName, deptOptions, fmtTime, form, h, hasRole, link, peopleOptions, personName,
  session, table, today,
} from "../ui.js";
import { CLASSIFICATIONS } from "./documents.js";

const UPCOMING = ["scheduled", "notified"];

/** A moment as the day and the time on a Beijing clock, as the date and time inputs want them. */
function inBeijing(instant) {
  const at = new Date(instant);
  const zone = { timeZone: "Asia/Shanghai" };
  return [at.toLocaleDateString("sv-SE", zone), at.toLocaleTimeString("sv-SE", { ...zone, hour: "2-digit", minute: "2-digit" })];
}

/** 增加议程, 改期 (to another time, and room if need be), 取消会议 — for whom may manage it. */
export async function planningSteps(m, post, draw) {
  if (!m.may_manage || !UPCOMING.includes(m.stage)) return [];
  const rooms = (await api("GET", "/api/meetings/rooms")).items ?? [];
  const [day, start] = inBeijing(m.starts_at);
  const [, end] = inBeijing(m.ends_at);
  return [
    action(t("mtg.agenda_add"), [
      ["title", t("common.title"), "text", { required: true, wide: true }],
      ["presenter", t("mtg.presenter"), "select", { choices: peopleOptions(), required: true }],
      ["materials", t("mtg.materials_lines"), "textarea"],
    ], (v) => post("agenda", {
      title: v.title, presenter: v.presenter,
      materials: (v.materials ?? "").split("\n").map((line) => line.trim()).filter(Boolean),
    }), draw, "agenda"),
    action(t("mtg.reschedule"), [
      ["day", t("mtg.day"), "date", { required: true, value: day }],
      ["start", t("mtg.start"), "time", { required: true, value: start }],
      ["end", t("mtg.end"), "time", { required: true, value: end }],
      ["room_id", t("mtg.room"), "select", { choices: [["", "—"], ...rooms.map((r) => [r.id, `${r.name}（${r.capacity}）`])], value: m.room?.id }],
      ["reason", t("common.reason"), "text", { required: true }],
    ], (v) => post("reschedule", {
      starts_at: beijing(v.day, v.start), ends_at: beijing(v.day, v.end), room_id: v.room_id, reason: v.reason,
    }), draw, "reschedule"),
    action(t("mtg.cancel"), [["reason", t("common.reason"), "text", { required: true }]], (v) => post("cancel", v), draw, "cancel"),
  ];
}

/** 议程: the items in order, each with its 汇报人 (and department) and materials. */
export function agendaCard(m) {
  return card(t("mtg.agenda"), h("div", { "data-agenda": "" }, table([
    [t("common.title"), (item) => item.title],
    [t("mtg.presenter"), (item) => `${personName(item.presenter)}（${deptName(item.presenter_department)}）`],
    [t("mtg.materials"), (item) => (item.materials ?? []).join("、")],
  ], m.agenda ?? [])));
}

/** 安排每周例会: one meeting a week for so many weeks, each booked on its own — what was booked, the
 *  weeks whose room another meeting holds (named only if the person may open it), the days off. */
export function seriesCard(kinds, rooms) {
  const outcome = h("div", { "data-series": "" });
  const made = form([
    ["title", t("common.title"), "text", { required: true, wide: true }],
    ["kind", t("mtg.kind"), "select", { choices: kinds, value: "办公会" }],
    ["organiser_department", t("mtg.organiser"), "select", { choices: deptOptions(), value: session.me.dept }],
    ["chair", t("mtg.chair"), "select", { choices: peopleOptions(), required: true }],
    ["room_id", t("mtg.room"), "select", { choices: [["", "—"], ...rooms.map((r) => [r.id, `${r.name}（${r.capacity}）`])] }],
    ["day", t("mtg.first_day"), "date", { required: true, value: today() }],
    ["start", t("mtg.start"), "time", { required: true, value: "09:00" }],
    ["end", t("mtg.end"), "time", { required: true, value: "10:00" }],
    ["weeks", t("mtg.weeks"), "number", { required: true, value: 4, min: 1, max: 52 }],
    ["classification", t("in.classification"), "select", { choices: CLASSIFICATIONS }],
  ], async (v) => {
    const series = await api("POST", "/api/meetings/meetings/series", {
      title: v.title, kind: v.kind, organiser_department: v.organiser_department, chair: v.chair, room_id: v.room_id,
      starts_at: beijing(v.day, v.start), ends_at: beijing(v.day, v.end), weeks: v.weeks, classification: v.classification,
    });
    // the weeks in their order, whichever way each went
    const weeks = [
      ...series.booked.map((m) => [m.starts_at, h("li", { "data-booked": "" }, link(`#/meeting/${encodeURIComponent(m.id)}`, fmtTime(m.starts_at)))]),
      ...series.conflicts.map((c) => [c.starts_at, h("li", { "data-conflict": "" }, fmtTime(c.starts_at), " ", h("span", { class: "tag overdue" }, t("mtg.room_taken")),
        c.held_by_title ? [" ", link(`#/meeting/${encodeURIComponent(c.held_by)}`, c.held_by_title)] : null)]),
      ...series.days_off.map((day) => [beijing(day, v.start), h("li", { "data-day-off": "" }, day, " ", h("span", { class: "tag" }, t("mtg.day_off")))]),
    ];
    weeks.sort(([a], [b]) => new Date(a) - new Date(b));
    outcome.replaceChildren(h("ul", { class: "plain" }, weeks.map(([, item]) => item)));
  }, { label: t("mtg.series"), name: "series" });
  return card(t("mtg.series"), made, outcome);
}

/** 会议室: the rooms, and for their keepers (the office director, the clerks, the dispatcher: the
 *  roles meetings/api/common.py ROOM_KEEPERS admits) a form to register another. */
export function roomsCard(rooms) {
  if (!hasRole("office_director", "clerk", "dispatcher")) return null;
  const list = (items) => h("div", { "data-rooms": "" }, table([
    [t("mtg.room"), (r) => r.name], [t("mtg.building"), (r) => r.building], [t("mtg.capacity"), (r) => r.capacity],
    [t("mtg.equipment"), (r) => (r.equipment ?? []).join("、")],
  ], items));
  const shown = h("div", {}, list(rooms));
  const register = form([
    ["name", t("mtg.room"), "text", { required: true }],
    ["building", t("mtg.building"), "text", { required: true }],
    ["capacity", t("mtg.capacity"), "number", { required: true, min: 1, max: 2000 }],
    ["equipment", t("mtg.equipment_list"), "text"],
  ], async (v) => {
    const equipment = (v.equipment ?? "").split(/[,，、]/).map((x) => x.trim()).filter(Boolean);
    await api("POST", "/api/meetings/rooms", { name: v.name, building: v.building, capacity: v.capacity, equipment });
    shown.replaceChildren(list((await api("GET", "/api/meetings/rooms")).items ?? []));
  }, { label: t("mtg.room_register"), name: "room" });
  return card(t("mtg.rooms"), shown, register);
}

// A meeting's planning steps beyond inviting and the notice: its 议程 (each item with its 汇报人 and
// materials), 改期 and 取消 — each told to every invitee by the service. They are the organiser's
// (whom the service names in `may_manage`), and only while the meeting is still to come.
import { t } from "../i18n.js";
import { action, api, beijing, card, deptName, h, peopleOptions, personName, table } from "../ui.js";

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

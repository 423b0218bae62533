// 领导活动安排: the leaders' week, compiled by the meetings service from meetings, visits, cars and
// incidents, plus what the office enters (外出, 会见, 调研) and a leader's 外出报备. A double booking
// shows on the activity booked second, naming the other (or not, when it is classified above it);
// the office publishes the week (without what is classified) and prints the Word table. Who may do
// what is the service's (services/meetings, app/schedules.py); the screen offers it by role.
import { lang } from "../i18n.js";
import { api, beijing, card, enc, form, h, hasRole, link, personName, problemBox, session, table, today, wordsOf } from "../ui.js";

const WORDS = {
  title: ["领导活动安排", "Leaders' schedules"], week: ["周", "Week"], previous: ["← 上一周", "← Previous week"],
  next: ["下一周 →", "Next week →"], word: ["下载 Word 表", "Download the Word table"],
  publish: ["印发本周安排表", "Publish this week's table"],
  published: ["已印发，发至各部门（不含涉密活动）", "Published to every department (nothing classified)"], warnings: ["日程冲突预警", "Double bookings"],
  no_warnings: ["本周没有冲突", "No clashes this week"],
  clash: ["{leader} {time} 与「{other}」冲突 {minutes} 分钟", "{leader} {time} clashes with “{other}” for {minutes} min"],
  day: ["日期", "Day"], time: ["时间", "Time"], leader: ["领导", "Leader"], kind: ["类别", "Kind"], activity: ["活动", "Activity"],
  place: ["地点", "Place"], add: ["安排领导活动", "Enter an activity"], away: ["外出报备", "Report being away"],
  destination: ["去向", "Destination"], reason: ["事由", "Reason"], starts_day: ["开始日期", "From (date)"],
  starts: ["开始时间", "From (time)"], ends_day: ["结束日期", "To (date)"], ends: ["结束时间", "To (time)"],
  classification: ["密级", "Classification"], "kind.outing": ["外出", "Outing"], "kind.receiving": ["会见", "Receiving guests"],
  "kind.research": ["调研", "Research visit"], none: ["非涉密", "Unclassified"],
};
const w = wordsOf(WORDS);
const SCHEDULERS = ["secretary", "clerk", "office_director"];  // 秘书科 arranges the leaders' days
const LEADING = ["leader", "principal_leader"];
const CLASSIFICATIONS = ["none", "秘密", "机密", "绝密"];

const civil = (iso) => new Date(iso).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
const clock = (iso) => new Date(iso).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });
const span = (a) => `${clock(a.starts_at ?? a.overlap_starts_at)}—${clock(a.ends_at ?? a.overlap_ends_at)}`;
const weekday = (day) => new Date(`${day}T12:00:00+08:00`).toLocaleDateString(lang() === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", weekday: "short", month: "numeric", day: "numeric" });

/** The civil date `days` after `day`, in Beijing. */
const plus = (day, days) => civil(new Date(new Date(`${day}T12:00:00+08:00`).getTime() + days * 86_400_000).toISOString());
/** The Monday of the week a civil date falls in. */
const mondayOf = (day) => plus(day, -((new Date(`${day}T12:00:00+08:00`).getUTCDay() + 6) % 7));

const leaders = () => session.names.people.filter((p) => p.roles?.some((r) => LEADING.includes(r))).map((p) => [p.id, p.name]);

export async function schedulesScreen(monday) {
  const first = mondayOf(monday ?? today());
  const answer = await api("GET", `/api/meetings/schedules/week?monday=${enc(first)}`);
  const rows = answer.activities ?? [];
  const office = hasRole(...SCHEDULERS);
  const status = h("div", { "data-published": "" });
  const publish = office ? h("button", { type: "button", "data-publish": "", onclick: async () => {
    status.replaceChildren();
    try {
      await api("POST", `/api/meetings/schedules/weeks/${enc(first)}/publish`);
      status.replaceChildren(h("div", { class: "ok" }, w("published")));
    } catch (error) {
      status.replaceChildren(problemBox(error));
    }
  } }, w("publish")) : null;
  const toolbar = h("div", { class: "toolbar" }, h("h1", {}, `${w("title")} · ${weekday(first)}—${weekday(plus(first, 6))}`),
    link(`#/schedules/${plus(first, -7)}`, w("previous")), " ", link(`#/schedules/${plus(first, 7)}`, w("next")), " ",
    h("a", { href: `/api/meetings/schedules/week?monday=${enc(first)}&format=docx`, download: `leaders-week-${first}.docx`, "data-word": "" }, w("word")),
    publish);
  const sections = [toolbar, status, card(w("warnings"), warnings(rows)), card(null, h("div", { "data-week": first }, table([
    [w("day"), (a) => weekday(civil(a.starts_at))], [w("time"), span], [w("leader"), (a) => personName(a.leader)],
    [w("kind"), (a) => h("span", { class: "tag" }, a.kind_name)],
    [w("activity"), (a) => h("span", { "data-activity": a.id }, a.title, a.classification !== "none" ? h("span", { class: "tag" }, a.classification) : null)],
    [w("place"), (a) => a.place],
  ], rows)))];
  if (office) sections.push(card(w("add"), entryForm(first)));
  if (office || hasRole(...LEADING)) sections.push(card(w("away"), awayForm(first)));
  return h("div", {}, sections);
}

function warnings(rows) {
  const clashes = rows.flatMap((a) => (a.warnings ?? []).map((x) => ({ ...x, leader: a.leader, activity: a })));
  if (!clashes.length) return h("p", { class: "muted", "data-warnings": "0" }, w("no_warnings"));
  return h("ul", { class: "plain", "data-warnings": String(clashes.length) }, clashes.map((x) => h("li", { class: "overdue", "data-warning": x.activity.id },
    "⚠ ", w("clash", { leader: personName(x.leader), time: `${weekday(civil(x.overlap_starts_at))} ${span(x)}`, other: x.other_title, minutes: x.overlap_minutes }),
    " · ", x.activity.title)));
}

const slotFields = (first) => [
  ["starts_day", w("starts_day"), "date", { required: true, value: first }], ["starts", w("starts"), "time", { required: true, value: "09:00" }],
  ["ends_day", w("ends_day"), "date", { required: true, value: first }], ["ends", w("ends"), "time", { required: true, value: "11:00" }],
];
const slotOf = (v) => ({ starts_at: beijing(v.starts_day, v.starts), ends_at: beijing(v.ends_day, v.ends) });
const redraw = (first) => { location.hash = `#/schedules/${first}`; window.dispatchEvent(new HashChangeEvent("hashchange")); };

function entryForm(first) {
  return form([
    ["leader", w("leader"), "select", { required: true, choices: leaders() }],
    ["kind", w("kind"), "select", { required: true, choices: ["outing", "receiving", "research"].map((k) => [k, w(`kind.${k}`)]) }],
    ["title", w("activity"), "text", { required: true, wide: true }], ["place", w("place"), "text"],
    ...slotFields(first),
    ["classification", w("classification"), "select", { choices: CLASSIFICATIONS.map((c) => [c, c === "none" ? w("none") : c]) }],
  ], async (v) => {
    await api("POST", `/api/meetings/schedules/${enc(v.leader)}/activities`, {
      kind: v.kind, title: v.title ?? "", place: v.place ?? "", classification: v.classification ?? "none", ...slotOf(v),
    });
    redraw(first);
  }, { label: w("add"), name: "schedule-activity" });
}

function awayForm(first) {
  const self = hasRole(...SCHEDULERS) ? [] : [[session.me.sub, personName(session.me.sub)]];
  return form([
    ["leader", w("leader"), "select", { required: true, choices: self.length ? self : leaders() }],
    ["destination", w("destination"), "text", { required: true }], ["reason", w("reason"), "text"],
    ...slotFields(first),
  ], async (v) => {
    await api("POST", `/api/meetings/schedules/${enc(v.leader)}/away`, { destination: v.destination ?? "", reason: v.reason ?? "", ...slotOf(v) });
    redraw(first);
  }, { label: w("away"), name: "away" });
}

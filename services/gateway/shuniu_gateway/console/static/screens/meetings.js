// 会议: book a room and schedule a meeting (invitations and the notice in the same step), reply or
// ask for leave, sign in, minutes and resolutions; the chair's and organiser's to-do (leave requests).
import { t } from "../i18n.js";
import {
  action, api, beijing, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, history, link,
  peopleOptions, personName, redrawn, session, stageTag, table, today,
} from "../ui.js";
import { CLASSIFICATIONS } from "./documents.js";
import { agendaCard, planningSteps, roomsCard, seriesCard } from "./meeting_steps.js";

const KINDS = ["党组会", "常务会", "办公会", "专题会", "协调会", "座谈会", "工作会", "其他"].map((k) => [k, k]);

export async function meetingsList() {
  const from = new Date(Date.now() - 7 * 864e5).toISOString();
  const [page, rooms, todo] = await Promise.all([
    api("GET", `/api/meetings/meetings?from=${enc(from)}&limit=50`), api("GET", "/api/meetings/rooms"), api("GET", "/api/meetings/my/todo")]);
  const roomName = (id) => rooms.items.find((r) => r.id === id)?.name ?? id ?? "";
  const mayOrganise = hasRole("clerk", "secretary", "office_director", "department_head", "leader");
  const schedule = mayOrganise ? card(t("mtg.schedule"), form([
    ["title", t("common.title"), "text", { required: true, wide: true }],
    ["kind", t("mtg.kind"), "select", { choices: KINDS, value: "专题会" }],
    ["organiser_department", t("mtg.organiser"), "select", { choices: deptOptions(), value: session.me.dept }],
    ["chair", t("mtg.chair"), "select", { choices: peopleOptions(), required: true }],
    ["room_id", t("mtg.room"), "select", { choices: [["", "—"], ...rooms.items.map((r) => [r.id, `${r.name}（${r.capacity}）`])] }],
    ["day", t("mtg.day"), "date", { required: true, value: today() }],
    ["start", t("mtg.start"), "time", { required: true, value: "09:00" }],
    ["end", t("mtg.end"), "time", { required: true, value: "10:00" }],
    ["invitees", t("mtg.invitees"), "multi", { choices: peopleOptions() }],
    ["classification", t("in.classification"), "select", { choices: CLASSIFICATIONS }],
  ], async (v) => {
    const made = await api("POST", "/api/meetings/meetings", {
      title: v.title, kind: v.kind, organiser_department: v.organiser_department, chair: v.chair, room_id: v.room_id,
      starts_at: beijing(v.day, v.start), ends_at: beijing(v.day, v.end), classification: v.classification,
    });
    if (v.invitees.length) {
      await api("POST", `/api/meetings/meetings/${enc(made.id)}/invitations`, { people: v.invitees.map((person) => ({ person })) });
      await api("POST", `/api/meetings/meetings/${enc(made.id)}/notice`, {});
    }
    location.hash = `#/meeting/${enc(made.id)}`;
  }, { label: t("mtg.schedule"), name: "schedule" })) : null;
  const todos = todo.items ?? [];
  return h("div", {}, h("h1", {}, t("mtg.title")),
    card(t("mtg.todo"), todos.length ? h("ul", { class: "plain desk", "data-todo": "" }, todos.map((item) => h("li", { "data-kind": item.kind },
      h("div", {}, link(`#/meeting/${enc(item.meeting_id)}`, item.meeting_title), " ",
        h("span", { class: item.kind === "leave_request" ? "tag overdue" : "tag" }, t(`mtg.todo.${item.kind}`)),
        h("div", { class: "small muted" }, item.kind === "leave_request" ? `${personName(item.person)}：${item.reason}` : "", " ", fmtTime(item.starts_at))),
      h("button", { type: "button", class: "secondary", "data-done": item.id, onclick: async (event) => {
        event.target.disabled = true;
        await api("POST", `/api/meetings/my/todo/${item.id}/done`, {}).catch(() => null);
        event.target.closest("li").remove();
      } }, t("mtg.todo_done")))))
      : h("p", { class: "muted" }, t("common.none"))),
    schedule,
    mayOrganise ? seriesCard(KINDS, rooms.items) : null,
    card(t("mtg.upcoming"), table([
      [t("common.time"), (m) => fmtTime(m.starts_at)], [t("common.title"), (m) => link(`#/meeting/${enc(m.id)}`, m.title)],
      [t("mtg.kind"), (m) => m.kind], [t("mtg.room"), (m) => roomName(m.room_id)], [t("mtg.chair"), (m) => personName(m.chair)],
      [t("common.stage"), (m) => stageTag(m.stage)],
    ], page.items ?? [])),
    roomsCard(rooms.items));
}

export async function meetingScreen(id) {
  return redrawn(async (view, draw) => {
    const m = await api("GET", `/api/meetings/meetings/${enc(id)}`);
    const post = (path, body = {}) => api("POST", `/api/meetings/meetings/${enc(id)}/${path}`, body);
    const me = session.me.sub;
    const invited = m.invited_people.some((p) => p.person === me) || m.invited_departments.some((d) => d.department === session.me.dept);
    const acts = [];
    const upcoming = ["scheduled", "notified"].includes(m.stage);
    if (upcoming && invited) {
      acts.push(action(t("mtg.attend"), [], () => post("reply", { response: "attend" }), draw, "attend"));
      acts.push(action(t("mtg.decline"), [], () => post("reply", { response: "decline" }), draw, "decline"));
      acts.push(action(t("mtg.leave"), [["reason", t("common.reason"), "text", { required: true }],
        ["substitute", t("mtg.substitute"), "select", { choices: [["", "—"], ...peopleOptions()] }]], (v) => post("leave", v), draw, "leave"));
      acts.push(action(t("mtg.signin"), [], () => post("sign-in"), draw, "sign-in"));
    }
    if (m.may_manage && upcoming) {
      acts.push(action(t("mtg.invitees"), [["people", t("mtg.invitees"), "multi", { choices: peopleOptions() }],
        ["departments", t("mtg.departments"), "multi", { choices: deptOptions() }]],
      (v) => post("invitations", { people: v.people.map((person) => ({ person })), departments: v.departments.map((department) => ({ department })) }),
      draw, "invite"));
      if (!m.notice_issued) acts.push(action(t("mtg.notice_sent"), [], () => post("notice"), draw, "notice"));
      acts.push(action(t("mtg.held"), [], () => post("held"), draw, "held"));
    }
    if (m.may_manage && m.stage === "held") {
      acts.push(action(t("mtg.minutes"), [["summary", t("mtg.summary"), "textarea", { required: true }]], (v) => post("minutes", v), draw, "minutes"));
      acts.push(action(t("mtg.resolution"), [["title", t("common.title"), "text", { required: true }],
        ["lead_department", t("in.lead"), "select", { choices: deptOptions() }], ["deadline", t("common.deadline"), "date", { required: true }]],
      (v) => post("resolutions", v), draw, "resolution"));
      if (m.minutes_stage === "approved") acts.push(action(t("mtg.issue"), [], () => post("minutes/issue"), draw, "issue"));
    }
    acts.push(...await planningSteps(m, post, draw));
    if (m.chair === me && m.minutes_stage === "drafted") acts.push(action(t("mtg.approve"), [], () => post("minutes/approve"), draw, "approve"));
    const replyOf = (p) => m.replies.find((r) => r.person === p);
    view.replaceChildren(
      h("p", {}, link("#/meetings", `← ${t("mtg.title")}`)),
      h("h1", {}, m.title, " ", stageTag(m.stage)),
      h("div", { class: "two" },
        h("div", {},
          card(null, facts([
            [t("mtg.kind"), m.kind], [t("in.classification"), m.classification === "none" ? null : m.classification], [t("common.time"), `${fmtTime(m.starts_at)} – ${fmtTime(m.ends_at)}`],
            [t("mtg.room"), m.room?.name ?? m.room], [t("mtg.chair"), personName(m.chair)],
            [t("mtg.organiser"), deptName(m.organiser_department)],
            [t("mtg.departments"), m.invited_departments.map((d) => deptName(d.department)).join("、")], [t("mtg.notice_sent"), m.notice_issued ? t("yes") : t("no")],
            [t("mtg.minutes"), m.minutes_stage],
          ])),
          agendaCard(m),
          card(t("mtg.replies"), table([
            [t("common.person"), (p) => personName(p.person)], [t("common.department"), (p) => deptName(p.department)],
            [t("common.stage"), (p) => {
              const r = replyOf(p.person);
              const signed = m.sign_ins.some((s) => (s.person ?? s) === p.person);
              return [r ? (r.response === "leave" ? h("span", { class: "tag overdue", "data-leave": p.person }, `${t("mtg.leave")}：${r.reason}`) : h("span", { class: "tag" }, r.response === "attend" ? t("mtg.attend") : t("mtg.decline"))) : "—",
                signed ? h("span", { class: "tag" }, t("mtg.signin")) : null];
            }],
          ], m.invited_people)),
          await history("meetings", id, `/api/meetings/meetings/${enc(id)}/history`)),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  });
}

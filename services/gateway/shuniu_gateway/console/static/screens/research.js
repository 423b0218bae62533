// 调研: the research topics a leader assigns, and one topic's screen — its team, its visits (which go on
// the leaders' schedules), the report's versions (each a file) and the leader's 批示, which opens a
// supervision task. Each step is offered to whom the supervision service lets take it
// (services/supervision, domain/research.py); a refusal shows the service's own words.
import {
  action, api, beijing, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, link, peopleOptions, personName,
  problemBox, redrawn, session, table, today, upload, wordsOf,
} from "../ui.js";

const WORDS = {
  title: ["调研", "Research"], assign: ["下达调研课题", "Assign a research topic"], topic: ["课题", "Topic"], purpose: ["调研目的", "Purpose"],
  due_on: ["完成时限", "Due"], classification: ["密级", "Classification"], stage: ["阶段", "Stage"], lead: ["牵头部门", "Lead department"],
  members: ["调研组成员", "Team members"], visits: ["调研行程", "Visits"], reports: ["调研报告", "Report"], versions: ["稿数", "Versions"],
  team: ["组建调研组", "Form the team"], plan: ["安排调研行程", "Plan a visit"], place: ["地点", "Place"], day: ["日期", "Date"],
  starts: ["开始", "Starts"], ends: ["结束", "Ends"], leaders: ["随行领导", "Leaders going"], who: ["调研人员", "Members going"],
  findings: ["调研记录", "Findings"], record: ["记录调研情况", "Record the visit"], cancel: ["取消行程", "Cancel the visit"],
  reason: ["理由", "Reason"], submit: ["报送调研报告（新一稿）", "Submit a version of the report"], file: ["报告文件", "Report file"],
  note: ["报送说明", "Note"], version: ["第几稿", "Version"], by: ["报送人", "Submitted by"], on: ["日期", "Date"],
  instruct: ["领导批示", "The leader's instruction"], instruction: ["批示内容", "Instruction"], co: ["协办单位", "Assisting departments"],
  deadline: ["办理时限（可不填）", "Deadline (optional)"], task: ["督办事项", "Supervision task"], instructions: ["批示", "Instructions"],
  back: ["← 调研", "← Research"], none: ["暂无", "None"], assigned_by: ["下达领导", "Assigned by"], cancelled: ["已取消", "cancelled"],
  download: ["下载", "Download"], actions: ["办理", "Actions"], "stage.assigned": ["待组建调研组", "Team to be formed"],
  "stage.planning": ["调研中", "Under way"], "stage.reported": ["待批示", "Awaiting instruction"],
  "stage.instructed": ["已批示", "Instructed"],
};
const w = wordsOf(WORDS);
const stageOf = (stage) => h("span", { class: "tag" }, w(`stage.${stage}`));
const LEADERS = ["leader", "principal_leader"];
const OFFICE = ["supervisor", "office_director"];
const LEVELS = [["none", "非密"], ["秘密", "秘密"], ["机密", "机密"], ["绝密", "绝密"]];
const leaderOptions = () => session.names.people.filter((p) => LEADERS.some((r) => p.roles?.includes(r)))
  .map((p) => [p.id, p.name]);

export async function researchList() {
  const topics = await api("GET", "/api/supervision/research?limit=100");
  const sections = [h("h1", {}, w("title"))];
  if (hasRole(...LEADERS)) {
    sections.push(card(w("assign"), form([
      ["title", w("topic"), "text", { required: true, wide: true }], ["purpose", w("purpose"), "textarea", { required: true }],
      ["due_on", w("due_on"), "date", { required: true, value: today() }],
      ["classification", w("classification"), "select", { choices: LEVELS, value: "none" }],
    ], async (v) => {
      const made = await api("POST", "/api/supervision/research", v);
      location.hash = `#/research/${enc(made.id)}`;
    }, { label: w("assign"), name: "research" })));
  }
  sections.push(card(null, table([
    [w("topic"), (x) => link(`#/research/${enc(x.id)}`, x.title)], [w("assigned_by"), (x) => personName(x.assigned_by)],
    [w("lead"), (x) => deptName(x.lead_department)], [w("due_on"), (x) => x.due_on], [w("visits"), (x) => String(x.visits)],
    [w("versions"), (x) => String(x.report_versions)], [w("stage"), (x) => stageOf(x.stage)],
  ], topics.items ?? [])));
  return h("div", {}, sections);
}

export async function researchScreen(id) {
  return redrawn(async (view, draw) => {
    const topic = await api("GET", `/api/supervision/research/${enc(id)}`);
    view.replaceChildren(h("p", {}, link("#/research", w("back"))), h("h1", {}, topic.title, " ", stageOf(topic.stage)),
      h("div", { class: "two" }, h("div", {}, card(null, facts([
        [w("purpose"), topic.purpose], [w("assigned_by"), personName(topic.assigned_by)], [w("due_on"), topic.due_on],
        [w("lead"), deptName(topic.team?.lead_department)], [w("members"), (topic.team?.members ?? []).map(personName).join("、")],
      ])), visits(topic), reports(topic), instructions(topic)), card(w("actions"), actions(topic, draw))));
  });
}

function visits(topic) {
  return card(w("visits"), h("div", { "data-visits": "" }, table([
    [w("place"), (v) => (v.cancelled ? `${v.place}（${w("cancelled")}）` : v.place)],
    [w("starts"), (v) => `${fmtTime(v.starts_at)} – ${fmtTime(v.ends_at)}`],
    [w("who"), (v) => v.members.map(personName).join("、")], [w("leaders"), (v) => v.leaders.map(personName).join("、")],
    [w("findings"), (v) => v.findings ?? ""],
  ], topic.visits)));
}

function reports(topic) {
  const base = `/api/supervision/research/${enc(topic.id)}/reports`;
  return card(w("reports"), table([
    [w("version"), (r) => String(r.version)], [w("file"), (r) => link(`${base}/${r.version}/file`, r.file.name)],
    [w("note"), (r) => r.note], [w("by"), (r) => personName(r.by)], [w("on"), (r) => r.on],
  ], topic.reports));
}

function instructions(topic) {
  return card(w("instructions"), table([
    [w("version"), (i) => String(i.report_version)], [w("instruction"), (i) => i.instruction],
    [w("lead"), (i) => deptName(i.lead_department)], [w("task"), (i) => link(`#/task/${enc(i.task_id)}`, i.task_id)],
  ], topic.instructions));
}

function actions(topic, draw) {
  const post = (path, body) => api("POST", `/api/supervision/research/${enc(topic.id)}/${path}`, body);
  const me = session.me.sub;
  const inTeam = hasRole(...OFFICE) || (topic.team?.members ?? []).includes(me);
  const open = topic.stage !== "instructed";
  const acts = [];
  if (open && !topic.reports.length && (hasRole(...OFFICE) || topic.assigned_by === me)) {
    acts.push(action(w("team"), [
      ["lead_department", w("lead"), "select", { choices: deptOptions() }],
      ["members", w("members"), "multi", { choices: peopleOptions(), required: true }],
    ], (v) => post("team", v), draw, "team"));
  }
  if (open && topic.team && inTeam) {
    acts.push(action(w("plan"), [
      ["place", w("place"), "text", { required: true }], ["day", w("day"), "date", { required: true, value: today() }],
      ["starts", w("starts"), "time", { required: true, value: "09:00" }], ["ends", w("ends"), "time", { required: true, value: "12:00" }],
      ["members", w("who"), "multi", { choices: topic.team.members.map((p) => [p, personName(p)]), required: true }],
      ["leaders", w("leaders"), "multi", { choices: leaderOptions() }],
    ], (v) => post("visits", {
      place: v.place, starts_at: beijing(v.day, v.starts), ends_at: beijing(v.day, v.ends), members: v.members, leaders: v.leaders,
    }), draw, "visit"));
    for (const visit of topic.visits.filter((v) => !v.cancelled && v.findings == null)) {
      acts.push(action(`${w("record")} · ${visit.place}`, [["findings", w("findings"), "textarea", { required: true }]],
        (v) => post(`visits/${visit.number}/record`, v), draw, `record-${visit.number}`));
      acts.push(action(`${w("cancel")} · ${visit.place}`, [["reason", w("reason"), "text", { required: true }]],
        (v) => post(`visits/${visit.number}/cancel`, v), draw, `cancel-${visit.number}`));
    }
    acts.push(reportUpload(topic, draw));
  }
  if (open && topic.reports.length && hasRole(...LEADERS)) {
    const latest = topic.reports.length;
    acts.push(action(`${w("instruct")} · ${latest}`, [
      ["instruction", w("instruction"), "textarea", { required: true }],
      ["lead_department", w("lead"), "select", { choices: deptOptions(), value: topic.team?.lead_department }],
      ["co_departments", w("co"), "multi", { choices: deptOptions() }], ["deadline", w("deadline"), "date"],
    ], (v) => post(`reports/${latest}/instruction`, v), draw, "instruct"));
  }
  return acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, w("none"));
}

function reportUpload(topic, draw) {
  const file = h("input", { type: "file", name: "file", required: true, accept: ".pdf,.ofd,.docx,image/*" });
  const note = h("input", { type: "text", name: "note" });
  const status = h("div", { class: "status" });
  const el = h("form", { class: "f", "data-form": "report" }, h("label", {}, w("file"), file), h("label", {}, w("note"), note),
    h("div", {}, h("button", { type: "submit" }, w("submit"))));
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await upload(`/api/supervision/research/${enc(topic.id)}/reports?note=${enc(note.value)}`, file.files[0], () => {});
      await draw();
    } catch (error) {
      status.replaceChildren(problemBox(error));
    }
  });
  return h("div", { class: "action" }, h("h3", { class: "small" }, w("submit")), el, status);
}

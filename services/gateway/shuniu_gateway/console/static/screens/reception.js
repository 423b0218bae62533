// 接待与事务: visitors, petitions with their statutory clocks, cars, seals. Each list shows what the
// signed-in person may see; a list their role may not read is simply left out.
import { t } from "../i18n.js";
import {
  action, api, beijing, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, history, link,
  personName, redrawn, stageTag, table, today,
} from "../ui.js";
import { petitionStepFacts, petitionSteps } from "./petition_steps.js";
import { registerCards, visitorFields, visitorOf } from "./registers.js";

const CHANNELS = () => ["letter", "visit", "phone", "online"].map((c) => [c, t(`channel.${c}`)]);
const maybe = (path) => api("GET", path).catch(() => null);

export async function receptionScreen() {
  const [visits, petitions, trips, vehicles, seals, sealRequests] = await Promise.all([
    maybe(`/api/reception/visits?on=${today()}`), maybe("/api/reception/petitions?limit=50"), maybe("/api/reception/trips?limit=50"),
    maybe("/api/reception/vehicles"), maybe("/api/reception/seals"), maybe("/api/reception/seal-requests?limit=50")]);
  const sections = [h("h1", {}, t("rec.title"))];
  sections.push(card(t("rec.visitors"),
    form([
      ...visitorFields(),
      ["day", t("common.date"), "date", { required: true, value: today() }], ["time", t("common.time"), "time", { required: true, value: "15:00" }],
      ["purpose", t("rec.purpose"), "text", { required: true }],
    ], async (v) => {
      const made = await api("POST", "/api/reception/visits", { ...visitorOf(v), expected_at: beijing(v.day, v.time), purpose: v.purpose });
      location.hash = `#/visit/${enc(made.id)}`;
    }, { label: t("rec.visitors"), name: "visit" }),
    visits ? table([
      [t("rec.expected"), (x) => fmtTime(x.expected_at)], [t("rec.visitor"), (x) => link(`#/visit/${enc(x.id)}`, x.visitor?.name ?? x.id)],
      [t("rec.host"), (x) => personName(x.host_person)], [t("common.stage"), (x) => stageTag(x.stage)],
    ], visits.items ?? []) : null));
  if (petitions) {
    const mayRegister = hasRole("petitions_officer", "office_director");
    sections.push(card(t("rec.petitions"),
      mayRegister ? form([
        ["name", t("rec.petitioner"), "text", { required: true }], ["phone", t("rec.phone"), "text"],
        ["channel", t("rec.channel"), "select", { choices: CHANNELS() }], ["received_on", t("rec.received_on"), "date", { required: true, value: today() }],
        ["content", t("rec.content"), "textarea", { required: true }],
      ], async (v) => {
        const made = await api("POST", "/api/reception/petitions", { petitioner: { name: v.name, phone: v.phone }, channel: v.channel, content: v.content, received_on: v.received_on });
        location.hash = `#/petition/${enc(made.id)}`;
      }, { label: t("rec.petition_new"), name: "petition" }) : null,
      table([
        [t("common.id"), (x) => link(`#/petition/${enc(x.id)}`, x.case_number ?? x.id)], [t("common.stage"), (x) => stageTag(x.stage, false, "petition")],
        [t("common.department"), (x) => deptName(x.department)], [t("common.due"), (x) => x.next_due_on ?? ""],
        [t("rec.days_left"), (x) => (x.days_left == null ? "" : h("span", { class: x.days_left <= 3 ? "tag overdue" : "tag" }, String(x.days_left)))],
      ], petitions.items ?? [])));
  }
  sections.push(card(t("rec.trips"),
    form([
      ["destination", t("rec.destination"), "text", { required: true }], ["purpose", t("rec.purpose"), "text"],
      ["day", t("common.date"), "date", { required: true, value: today() }],
      ["start", t("rec.from"), "time", { required: true, value: "14:00" }], ["end", t("rec.until"), "time", { required: true, value: "17:00" }],
    ], async (v) => {
      const made = await api("POST", "/api/reception/trips", { destination: v.destination, purpose: v.purpose ?? "", starts_at: beijing(v.day, v.start), ends_at: beijing(v.day, v.end) });
      location.hash = `#/trip/${enc(made.id)}`;
    }, { label: t("rec.trip_new"), name: "trip" }),
    trips ? table([
      [t("rec.destination"), (x) => link(`#/trip/${enc(x.id)}`, x.destination)], [t("rec.from"), (x) => fmtTime(x.starts_at)],
      [t("common.person"), (x) => personName(x.rider ?? x.requested_by)], [t("rec.vehicle"), (x) => vehicles?.items?.find((v) => v.id === x.vehicle_id)?.plate ?? ""],
      [t("common.stage"), (x) => stageTag(x.stage, false, "trip")],
    ], trips.items ?? []) : null));
  sections.push(card(t("rec.seals"),
    form([
      ["seal_id", t("rec.seal"), "select", { choices: (seals?.items ?? []).map((s) => [s.id, s.name]), required: true }],
      ["document", t("rec.document"), "text", { required: true }], ["reason", t("common.reason"), "text", { required: true }],
      ["impressions", t("rec.impressions"), "number", { required: true, value: 1, min: 1 }],
    ], async (v) => {
      const made = await api("POST", "/api/reception/seal-requests", v);
      location.hash = `#/seal/${enc(made.id)}`;
    }, { label: t("rec.seal_new"), name: "seal" }),
    sealRequests ? table([
      [t("rec.document"), (x) => link(`#/seal/${enc(x.id)}`, x.document)], [t("common.reason"), (x) => x.reason],
      [t("rec.impressions"), (x) => `${x.used}/${x.impressions}`], [t("common.person"), (x) => personName(x.requested_by)],
      [t("common.stage"), (x) => stageTag(x.stage)],
    ], sealRequests.items ?? []) : null));
  sections.push(...registerCards(vehicles, seals));
  return h("div", {}, sections);
}

function objectScreen(load, render) {
  return (id) => redrawn(async (view, draw) => {
    const object = await load(id);
    const [title, factsList, acts, service] = render(object, draw);
    view.replaceChildren(h("p", {}, link("#/reception", `← ${t("rec.title")}`)), h("h1", {}, title, " ", stageTag(object.stage, false, object.clocks ? "petition" : id.startsWith("trip") ? "trip" : undefined)),
      h("div", { class: "two" }, h("div", {}, card(null, facts(factsList)), ...(object.clocks ? [clocks(object.clocks)] : []), await history(service, id, id.startsWith("petition") && hasRole("petitions_officer", "office_director") ? `/api/reception/petitions/${enc(id)}/history` : null)),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  });
}

function clocks(list) {
  return card(t("rec.clocks"), h("div", { "data-clocks": "" }, table([
    [t("common.title"), (c) => c.title], [t("common.due"), (c) => c.due_on], [t("common.done"), (c) => c.met_on ?? ""],
    [t("rec.days_left"), (c) => (["running", "approaching"].includes(c.status) ? h("span", { class: c.days_left <= 3 ? "tag overdue" : "tag" }, String(c.days_left)) : stageTag(c.status, c.status === "overdue", "clock"))],
  ], list)));
}

export const petitionScreen = objectScreen((id) => api("GET", `/api/reception/petitions/${enc(id)}`), (p, draw) => {
  const post = (path, body) => api("POST", `/api/reception/petitions/${enc(p.id)}/${path}`, body);
  const acts = [];
  if (hasRole("petitions_officer", "office_director")) {
    // after an objection (§23) the petitions office routes it again, to the body whose remit it is
    if (["registered", "objected"].includes(p.stage)) acts.push(action(t("rec.route"), [["to_department", t("common.department"), "select", { choices: deptOptions() }]], (v) => post("route", v), draw, "route"));
    if (["registered", "routed"].includes(p.stage)) acts.push(action(t("rec.accept"), [["notice", t("rec.notice"), "text", { required: true }]], (v) => post("accept", v), draw, "accept"));
    if (p.stage === "accepted") acts.push(action(t("in.lead"), [["department", t("common.department"), "select", { choices: deptOptions() }], ["summary", t("common.note"), "text", { required: true }]], (v) => post("assign", v), draw, "assign"));
    if (p.stage === "assigned") acts.push(action(t("in.reply"), [["reply", t("in.reply"), "textarea", { required: true }]], (v) => post("reply", v), draw, "reply"));
    if (["accepted", "assigned"].includes(p.stage) && !p.extension) {
      acts.push(action(t("rec.extension_ask"), [["days", t("rec.extension_days"), "number", { required: true, min: 1, max: 30 }], ["reason", t("common.reason"), "text", { required: true }]],
        (v) => post("extension-request", v), draw, "extension-request"));
    }
    if (p.extension?.decision === "approved" && !p.extension.told_on) acts.push(action(t("rec.extension_tell"), [], () => post("extension-notice", {}), draw, "extension-notice"));
  }
  acts.push(...petitionSteps(p, post, draw));
  // The approval is the approver's own step (《信访工作条例》§34: 本机关负责人批准), so only they see it.
  if (p.extension?.decision === "requested" && hasRole("leader", "principal_leader") && ["accepted", "assigned"].includes(p.stage)) {
    acts.push(action(t("rec.extension_approve"), [], () => post("extension-decision", { decision: "approve" }), draw, "extension-approve"));
    acts.push(action(t("rec.extension_refuse"), [["opinion", t("common.opinion"), "text", { required: true }]], (v) => post("extension-decision", { decision: "refuse", opinion: v.opinion }), draw, "extension-refuse"));
  }
  const extension = p.extension && [t(`rec.extension.${p.extension.decision}`), `${t("rec.extension_days")} ${p.extension.days}`, p.extension.reason,
    p.extension.decided_by ? `${personName(p.extension.decided_by)} ${p.extension.decided_on ?? ""}` : "",
    p.extension.told_on ? `${t("rec.extension_told")} ${p.extension.told_on}` : ""].filter(Boolean).join(" · ");
  return [p.case_number ?? p.id, [
    [t("rec.petitioner"), p.petitioner?.name], [t("rec.channel"), Object.fromEntries(CHANNELS())[p.channel] ?? p.channel], [t("rec.received_on"), p.received_on],
    [t("common.department"), deptName(p.department)], [t("rec.content"), p.content],
    [t("sup.title"), p.supervision?.task_id ? link(`#/task/${enc(p.supervision.task_id)}`, t("in.supervised")) : null],
    [t("rec.extension"), extension || null], ...petitionStepFacts(p),
  ], acts, "reception"];
});

export const tripScreen = objectScreen(async (id) => {
  const [trip, vehicles] = await Promise.all([api("GET", `/api/reception/trips/${enc(id)}`), maybe("/api/reception/vehicles")]);
  return { ...trip, vehicles: vehicles?.items ?? [] };
}, (trip, draw) => {
  const post = (path, body = {}) => api("POST", `/api/reception/trips/${enc(trip.id)}/${path}`, body);
  const acts = [];
  if (trip.stage === "requested" && hasRole("office_director")) acts.push(action(t("rec.approve"), [], () => post("approve"), draw, "approve"));
  if (["approved", "requested"].includes(trip.stage) && hasRole("dispatcher", "office_director")) {
    acts.push(action(t("rec.dispatch"), [["vehicle_id", t("rec.vehicle"), "select", { choices: trip.vehicles.map((v) => [v.id, `${v.plate} ${v.model}`]) }]], (v) => post("dispatch", v), draw, "dispatch"));
  }
  if (trip.stage === "dispatched" && hasRole("dispatcher", "office_director")) {
    acts.push(action(t("rec.return"), [["mileage_km", t("rec.mileage"), "number", { required: true, min: 0, step: "0.1" }]], (v) => post("return", v), draw, "return"));
  }
  return [trip.destination, [
    [t("common.person"), personName(trip.rider ?? trip.requested_by)], [t("rec.purpose"), trip.purpose],
    [t("rec.from"), fmtTime(trip.starts_at)], [t("rec.until"), fmtTime(trip.ends_at)],
    [t("rec.vehicle"), trip.vehicles.find((v) => v.id === trip.vehicle_id)?.plate ?? trip.vehicle_id], [t("rec.mileage"), trip.mileage_km],
  ], acts, "reception"];
});

export const sealScreen = objectScreen(async (id) => {
  const list = await api("GET", "/api/reception/seal-requests?limit=200");
  const found = (list.items ?? []).find((x) => x.id === id);
  if (!found) throw Object.assign(new Error("404"), { body: { detail: `${t("rec.seals")} ${id}: 404` } });
  return found;
}, (req, draw) => {
  const post = (path, body = {}) => api("POST", `/api/reception/seal-requests/${enc(req.id)}/${path}`, body);
  const acts = [];
  if (req.stage === "requested" && hasRole("office_director")) acts.push(action(t("rec.approve"), [], () => post("approve"), draw, "approve"));
  if (req.stage === "approved" && hasRole("seal_keeper")) {
    acts.push(action(t("rec.use"), [["impressions", t("rec.impressions"), "number", { required: true, value: req.impressions - req.used, min: 1 }]], (v) => post("use", v), draw, "use"));
  }
  return [req.document, [
    [t("rec.seal"), req.seal_id], [t("common.reason"), req.reason], [t("rec.impressions"), `${req.used}/${req.impressions}`],
    [t("common.person"), personName(req.requested_by)], [t("rec.approve"), personName(req.approved_by)],
  ], acts, "reception"];
});

export const visitScreen = objectScreen((id) => api("GET", `/api/reception/visits/${enc(id)}`), (visit, draw) => {
  const post = (path, body = {}) => api("POST", `/api/reception/visits/${enc(visit.id)}/${path}`, body);
  const acts = [];
  if (hasRole("receptionist", "office_director")) {
    if (visit.stage === "appointed") acts.push(action(t("rec.arrive"), [["badge", t("overview.badge"), "text", { required: true }]], (v) => post("arrive", v), draw, "arrive"));
    if (visit.stage === "in_building") acts.push(action(t("rec.leave"), [], () => post("leave"), draw, "leave"));
  }
  return [visit.visitor?.name ?? visit.id, [
    [t("rec.org"), visit.organisation], [t("rec.purpose"), visit.purpose], [t("rec.host"), personName(visit.host_person)],
    [t("rec.host_dept"), deptName(visit.host_department)], [t("rec.expected"), fmtTime(visit.expected_at)],
    [t("overview.badge"), visit.badge], [t("rec.arrive"), fmtTime(visit.arrived_at)], [t("rec.leave"), fmtTime(visit.left_at)],
  ], acts, "reception"];
});

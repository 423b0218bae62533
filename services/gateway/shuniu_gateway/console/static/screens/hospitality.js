// 公务接待: the plan on the sending body's 公函, its approval, bookings as tasks, the bills, and the
// 接待清单 with its reconciliation. The rules are the reception service's: a refused plan shows its
// problem (no 公函, too many hosts, a forbidden item) as every screen does. Amounts are fen in the API
// and yuan on screen. The words live here, beside the one screen that uses them.
import {
  action, api, beijing, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, link, peopleOptions, personName,
  redrawn, session, table, today, wordsOf,
} from "../ui.js";

const WORDS = {
  title: ["公务接待", "Official hospitality"], plan: ["凭公函拟定接待方案", "Plan a reception on the sending body's letter"],
  sending_body: ["派出单位", "Sending body"], reference: ["公函文号", "Letter number"], business: ["公务内容", "Official business"],
  itinerary: ["公函所列行程", "Itinerary in the letter"], people: ["公函所列人数", "People in the letter"],
  guests: ["来宾（每行：姓名，职务）", "Guests (one a line: name, post)"], host_dept: ["接待部门", "Host department"], host: ["主陪", "Host"],
  arrive_day: ["抵达日期", "Arrival date"], arrive: ["抵达时间", "Arrival time"], depart_day: ["离开日期", "Departure date"],
  depart: ["离开时间", "Departure time"], meeting_place: ["座谈地点", "Meeting place"], meeting_time: ["座谈时间", "Meeting time"],
  meal_place: ["工作餐地点（不安排则留空）", "Working meal place (blank: none)"], meal_time: ["工作餐时间", "Working meal time"],
  hosts: ["陪餐人数", "Hosts at the table"], per_person: ["人均（元）", "Per person (yuan)"],
  hotel: ["协议饭店（不安排则留空）", "Agreed hotel (blank: none)"], rooms: ["房间数", "Rooms"], transport: ["交通安排", "Transport"],
  stage: ["阶段", "Stage"], guests_count: ["来宾人数", "Guests"], planned: ["预计费用（元）", "Planned (yuan)"],
  billed: ["票据金额（元）", "Billed (yuan)"], difference: ["差额（元）", "Difference (yuan)"], list: ["接待清单", "Reception list"],
  organisation: ["单位", "Body"], name: ["姓名", "Name"], post: ["职务", "Post"], kind: ["项目", "Item"], time: ["时间", "Time"],
  place: ["地点", "Place"], cost: ["费用（元）", "Cost (yuan)"], bookings: ["订票订房", "Tickets and rooms"], booking_kind: ["种类", "Kind"],
  details: ["预订内容", "What to book"], assignee: ["经办人", "Booked by"], confirmation: ["确认号", "Confirmation"],
  confirm: ["确认预订", "Confirm the booking"], book: ["交办预订", "Give a booking"], approve: ["批准接待方案", "Approve the plan"],
  settle: ["结算（录入票据）", "Settle (enter the bills)"], amount: ["金额（元）", "Amount (yuan)"], receipt: ["发票号", "Receipt number"],
  reconciliation: ["与票据核对", "Reconciled with the bills"], item: ["方案项目", "Plan item"], actions: ["操作", "Actions"],
  none: ["暂无", "None"], back: ["← 公务接待", "← Official hospitality"], ticket: ["订票", "Tickets"], room: ["订房", "Rooms"],
  standard: ["工作餐标准（元/人）", "Working meal standard (yuan a person)"], "stage.planned": ["方案待批", "Awaiting approval"],
  "stage.approved": ["接待中", "Under way"], "stage.settled": ["已结算", "Settled"], "kind.meeting": ["座谈", "Meeting"],
  "kind.inspection": ["考察调研", "Inspection"], "kind.working_meal": ["工作餐", "Working meal"], "kind.lodging": ["住宿", "Lodging"],
  "kind.transport": ["交通", "Transport"],
};
const w = wordsOf(WORDS);
const yuan = (fen) => (fen == null ? "" : (fen / 100).toFixed(2));
const fen = (value) => Math.round(Number(value ?? 0) * 100);
const stageOf = (stage) => h("span", { class: "tag" }, w(`stage.${stage}`));
const STAFF = ["receptionist", "office_director"];

export async function hospitalityList() {
  const [receptions, standards] = await Promise.all([
    api("GET", "/api/reception/hospitality?limit=50"), api("GET", "/api/reception/hospitality/standards")]);
  const sections = [h("h1", {}, w("title"))];
  if (hasRole(...STAFF)) sections.push(card(w("plan"), planForm(standards)));
  sections.push(card(null, table([
    [w("sending_body"), (x) => link(`#/hospitality/${enc(x.id)}`, x.sending_body)], [w("business"), (x) => x.business],
    [w("arrive"), (x) => fmtTime(x.arrives_at)], [w("guests_count"), (x) => String(x.guests)],
    [w("host"), (x) => personName(x.host_person)], [w("planned"), (x) => yuan(x.planned_fen)], [w("stage"), (x) => stageOf(x.stage)],
  ], receptions.items ?? [])));
  return h("div", {}, sections);
}

function planForm(standards) {
  const hotels = [["", "—"], ...standards.hotels.map((x) => [x.name, `${x.name}（${yuan(x.room_price_fen)}）`])];
  return form([
    ["sending_body", w("sending_body"), "text", { required: true }], ["reference", w("reference"), "text"],
    ["business", w("business"), "text", { required: true }], ["itinerary", w("itinerary"), "text", { required: true }],
    ["people", w("people"), "number", { required: true, min: 1 }], ["guests", w("guests"), "textarea", { required: true }],
    ["host_department", w("host_dept"), "select", { choices: deptOptions(), value: "gov" }],
    ["host_person", w("host"), "select", { choices: peopleOptions(), value: session.me.sub }],
    ["arrive_day", w("arrive_day"), "date", { required: true, value: today() }], ["arrive", w("arrive"), "time", { required: true, value: "09:00" }],
    ["depart_day", w("depart_day"), "date", { required: true, value: today() }], ["depart", w("depart"), "time", { required: true, value: "17:00" }],
    ["meeting_place", w("meeting_place"), "text", { required: true }], ["meeting_time", w("meeting_time"), "time", { required: true, value: "09:30" }],
    ["meal_place", w("meal_place"), "text"], ["meal_time", w("meal_time"), "time", { value: "12:00" }],
    ["hosts", w("hosts"), "number", { min: 0, value: 0 }],
    ["per_person", `${w("per_person")} ≤ ${yuan(standards.meal_per_person_fen)}`, "number", { min: 0, step: "0.01", value: yuan(standards.meal_per_person_fen) }],
    ["hotel", w("hotel"), "select", { choices: hotels }], ["rooms", w("rooms"), "number", { min: 1 }],
    ["transport", w("transport"), "text"],
  ], async (v) => {
    const plus = (iso, minutes) => new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
    const meetingAt = beijing(v.arrive_day, v.meeting_time);
    const items = [{ kind: "meeting", starts_at: meetingAt, ends_at: plus(meetingAt, 120), place: v.meeting_place }];
    if (v.meal_place) {
      const mealAt = beijing(v.arrive_day, v.meal_time);
      items.push({ kind: "working_meal", starts_at: mealAt, ends_at: plus(mealAt, 60), place: v.meal_place, hosts: v.hosts ?? 0, per_person_fen: fen(v.per_person) });
    }
    if (v.hotel) {
      items.push({ kind: "lodging", starts_at: beijing(v.arrive_day, "20:00"), ends_at: beijing(v.depart_day, "08:00"), place: v.hotel, hotel: v.hotel, rooms: v.rooms ?? 1 });
    }
    const guests = String(v.guests).split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
      const [name, post = ""] = line.split(/[，,]\s*/);
      return { name, post: post || "—" };
    });
    const made = await api("POST", "/api/reception/hospitality", {
      letter: { sending_body: v.sending_body, reference: v.reference ?? "", business: v.business, itinerary: v.itinerary, people: v.people },
      guests, business: v.business, host_department: v.host_department, host_person: v.host_person,
      arrives_at: beijing(v.arrive_day, v.arrive), departs_at: beijing(v.depart_day, v.depart), items, transport: v.transport ?? "",
    });
    location.hash = `#/hospitality/${enc(made.id)}`;
  }, { label: w("plan"), name: "hospitality" });
}

export async function hospitalityScreen(id) {
  return redrawn(async (view, draw) => {
    const [reception, listed] = await Promise.all([
      api("GET", `/api/reception/hospitality/${enc(id)}`), api("GET", `/api/reception/hospitality/${enc(id)}/list`)]);
    view.replaceChildren(h("p", {}, link("#/hospitality", w("back"))), h("h1", {}, reception.sending_body, " ", stageOf(reception.stage)),
      h("div", { class: "two" }, h("div", {}, card(null, facts([
        [w("reference"), reception.letter.reference], [w("business"), reception.business], [w("itinerary"), reception.letter.itinerary],
        [w("host"), personName(reception.host_person)], [w("host_dept"), deptName(reception.host_department)],
        [w("arrive"), fmtTime(reception.arrives_at)], [w("depart"), fmtTime(reception.departs_at)], [w("transport"), reception.transport],
      ])), receptionList(listed), bookings(reception)), card(w("actions"), actions(reception, draw))));
  });
}

function receptionList(listed) {
  const lines = listed.reconciliation?.lines ?? [];
  return card(w("list"), h("div", { "data-list": "" },
    table([[w("organisation"), (g) => g.organisation], [w("name"), (g) => g.name], [w("post"), (g) => g.post]], listed.guests),
    table([
      [w("kind"), (i) => w(`kind.${i.kind}`)], [w("time"), (i) => `${fmtTime(i.starts_at)} – ${fmtTime(i.ends_at)}`],
      [w("place"), (i) => i.place], [w("cost"), (i) => yuan(i.cost_fen)],
      ...(listed.reconciliation ? [[w("billed"), (i) => yuan(lines[i.index]?.billed_fen)], [w("difference"), (i) => yuan(lines[i.index]?.difference_fen)]] : []),
    ], listed.items),
    facts([[w("planned"), yuan(listed.planned_fen)], [w("billed"), yuan(listed.reconciliation?.billed_fen)],
      [w("difference"), yuan(listed.reconciliation?.difference_fen)]])));
}

function bookings(reception) {
  return card(w("bookings"), table([
    [w("booking_kind"), (b) => w(b.kind)], [w("details"), (b) => b.details], [w("assignee"), (b) => personName(b.assignee)],
    [w("confirmation"), (b) => b.confirmation ?? ""],
  ], reception.bookings));
}

function actions(reception, draw) {
  const post = (path, body = {}) => api("POST", `/api/reception/hospitality/${enc(reception.id)}/${path}`, body);
  const acts = [];
  if (reception.stage === "planned" && hasRole("office_director")) acts.push(action(w("approve"), [], () => post("approve"), draw, "approve"));
  if (reception.stage === "approved" && hasRole(...STAFF)) {
    acts.push(action(w("book"), [
      ["kind", w("booking_kind"), "select", { choices: [["ticket", w("ticket")], ["room", w("room")]] }],
      ["details", w("details"), "text", { required: true }], ["assignee", w("assignee"), "select", { choices: peopleOptions() }],
    ], (v) => post("bookings", v), draw, "book"));
    acts.push(action(w("settle"), reception.items.flatMap((item) => [
      [`amount_${item.index}`, `${w(`kind.${item.kind}`)} ${w("amount")}`, "number", { min: 0, step: "0.01", value: yuan(item.cost_fen) }],
      [`receipt_${item.index}`, `${w(`kind.${item.kind}`)} ${w("receipt")}`, "text"],
    ]), (v) => post("settle", {
      bills: reception.items.filter((item) => v[`receipt_${item.index}`]).map((item) => ({
        item: item.index, amount_fen: fen(v[`amount_${item.index}`]), receipt: v[`receipt_${item.index}`],
      })),
    }), draw, "settle"));
  }
  for (const booking of reception.bookings.filter((b) => !b.confirmation)) {
    if (booking.assignee === session.me.sub || hasRole(...STAFF)) {
      acts.push(action(`${w("confirm")} · ${booking.details}`, [["confirmation", w("confirmation"), "text", { required: true }]],
        (v) => post(`bookings/${enc(booking.id)}/confirm`, v), draw, "confirm"));
    }
  }
  return acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, w("none"));
}

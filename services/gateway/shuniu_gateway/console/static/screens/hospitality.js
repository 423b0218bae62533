// 公务接待: the plan on the sending body's 公函, its approval, bookings as tasks, the bills, and the
// 接待清单 with its reconciliation. The rules are the reception service's: a refused plan shows its
// problem (no 公函, too many hosts, a forbidden item) as every screen does. Amounts are fen in the API
// and yuan on screen. The words live here, beside the one screen that uses them.
import {
  action, api, beijing, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, link, peopleOptions, personName,
  redrawn, session, table, today, wordsOf,
} from "../ui.js";

const WORDS = {
  zh: {
    title: "公务接待", plan: "凭公函拟定接待方案", sending_body: "派出单位", reference: "公函文号", business: "公务内容",
    itinerary: "公函所列行程", people: "公函所列人数", guests: "来宾（每行：姓名，职务）", host_dept: "接待部门", host: "主陪",
    arrive_day: "抵达日期", arrive: "抵达时间", depart_day: "离开日期", depart: "离开时间", meeting_place: "座谈地点",
    meeting_time: "座谈时间", meal_place: "工作餐地点（不安排则留空）", meal_time: "工作餐时间", hosts: "陪餐人数",
    per_person: "人均（元）", hotel: "协议饭店（不安排则留空）", rooms: "房间数", transport: "交通安排", stage: "阶段",
    guests_count: "来宾人数", planned: "预计费用（元）", billed: "票据金额（元）", difference: "差额（元）",
    list: "接待清单", organisation: "单位", name: "姓名", post: "职务", kind: "项目", time: "时间", place: "地点",
    cost: "费用（元）", bookings: "订票订房", booking_kind: "种类", details: "预订内容", assignee: "经办人",
    confirmation: "确认号", confirm: "确认预订", book: "交办预订", approve: "批准接待方案", settle: "结算（录入票据）",
    amount: "金额（元）", receipt: "发票号", reconciliation: "与票据核对", item: "方案项目", actions: "操作", none: "暂无",
    back: "← 公务接待", ticket: "订票", room: "订房", standard: "工作餐标准（元/人）",
    "stage.planned": "方案待批", "stage.approved": "接待中", "stage.settled": "已结算",
    "kind.meeting": "座谈", "kind.inspection": "考察调研", "kind.working_meal": "工作餐", "kind.lodging": "住宿", "kind.transport": "交通",
  },
  en: {
    title: "Official hospitality", plan: "Plan a reception on the sending body's letter", sending_body: "Sending body",
    reference: "Letter number", business: "Official business", itinerary: "Itinerary in the letter", people: "People in the letter",
    guests: "Guests (one a line: name, post)", host_dept: "Host department", host: "Host", arrive_day: "Arrival date",
    arrive: "Arrival time", depart_day: "Departure date", depart: "Departure time", meeting_place: "Meeting place",
    meeting_time: "Meeting time", meal_place: "Working meal place (blank: none)", meal_time: "Working meal time",
    hosts: "Hosts at the table", per_person: "Per person (yuan)", hotel: "Agreed hotel (blank: none)", rooms: "Rooms",
    transport: "Transport", stage: "Stage", guests_count: "Guests", planned: "Planned (yuan)", billed: "Billed (yuan)",
    difference: "Difference (yuan)", list: "Reception list", organisation: "Body", name: "Name", post: "Post", kind: "Item",
    time: "Time", place: "Place", cost: "Cost (yuan)", bookings: "Tickets and rooms", booking_kind: "Kind", details: "What to book",
    assignee: "Booked by", confirmation: "Confirmation", confirm: "Confirm the booking", book: "Give a booking",
    approve: "Approve the plan", settle: "Settle (enter the bills)", amount: "Amount (yuan)", receipt: "Receipt number",
    reconciliation: "Reconciled with the bills", item: "Plan item", actions: "Actions", none: "None", back: "← Official hospitality",
    ticket: "Tickets", room: "Rooms", standard: "Working meal standard (yuan a person)",
    "stage.planned": "Awaiting approval", "stage.approved": "Under way", "stage.settled": "Settled",
    "kind.meeting": "Meeting", "kind.inspection": "Inspection", "kind.working_meal": "Working meal", "kind.lodging": "Lodging",
    "kind.transport": "Transport",
  },
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

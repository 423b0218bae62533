// 看板: the office overview, statistics and the chronicle (大事记), from /api/dashboards.
import { lang, stage, t } from "../i18n.js";
import { api, card, chart, fmtTime, h, link, table, today } from "../ui.js";
import { screenOf } from "../app.js";

const LIGHTS = { red: "#c8161d", yellow: "#d89a00", green: "#2f8f46" };
const grid = { left: 40, right: 16, top: 24, bottom: 40, containLabel: true };

export async function overview() {
  const o = await api("GET", "/api/dashboards/overview");
  const lights = ["red", "yellow", "green"].map((c) => ({ name: t(`light.${c}`), value: o.tasks_by_light?.[c] ?? 0, itemStyle: { color: LIGHTS[c] } }));
  const byStep = new Map();
  for (const row of o.documents_waiting ?? []) {
    const key = `${row.direction === "incoming" ? t("nav.incoming") : t("nav.outgoing")}·${stage(row.stage, row.direction)}`;
    byStep.set(key, (byStep.get(key) ?? 0) + row.count);
  }
  const petitionBuckets = Object.keys(o.petitions_by_days_left ?? {});
  const days = [1, 2, 3, 4, 5, 6, 7];
  const perDay = days.map((d) => (o.meetings_this_week ?? []).filter((m) => isoWeekday(m.starts_at) === d).length);
  return h("div", {},
    h("h1", {}, t("overview.title"), h("span", { class: "small muted" }, `  ${o.today ?? ""}`)),
    // 暂定: the year's holiday notice is not installed, so working-day deadlines in it may move.
    ...(o.calendar_warnings ?? []).map((w) => h("p", { class: "problem", "data-calendar-warning": w.year }, lang() === "en" ? w.en : w.zh)),
    h("div", { class: "grid" },
      chart(t("overview.lights"), {
        tooltip: { trigger: "item" }, legend: { bottom: 0 },
        series: [{ type: "pie", radius: ["40%", "70%"], data: lights, label: { formatter: "{b}: {c}" } }],
      }, "lights"),
      chart(t("overview.waiting"), {
        tooltip: {}, grid, xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: [...byStep.keys()], axisLabel: { interval: 0 } },
        series: [{ type: "bar", data: [...byStep.values()], itemStyle: { color: "#1d4ed8" } }],
      }, "documents", Math.max(260, byStep.size * 22 + 60)),
      chart(t("overview.petitions"), {
        tooltip: {}, grid, xAxis: { type: "category", data: petitionBuckets.map((b) => (b === "overdue" ? t("desk.overdue") : b)) },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", data: petitionBuckets.map((b) => ({ value: o.petitions_by_days_left[b], itemStyle: { color: b === "overdue" ? LIGHTS.red : b === "0-3" ? LIGHTS.yellow : "#5b8def" } })) }],
      }, "petitions"),
      chart(t("overview.week"), {
        tooltip: {}, grid, xAxis: { type: "category", data: days.map((d) => t(`weekday.${d}`)) },
        yAxis: { type: "value", minInterval: 1 }, series: [{ type: "bar", data: perDay, itemStyle: { color: "#c8161d" } }],
      }, "meetings")),
    h("div", { class: "grid" },
      card(t("overview.week"), table([
        [t("common.time"), (m) => fmtTime(m.starts_at)], [t("common.title"), (m) => link(screenOf("meetings", m.id), m.title)],
        [t("mtg.room"), (m) => m.room ?? ""], [t("mtg.chair"), (m) => m.chair ?? ""],
      ], o.meetings_this_week ?? [])),
      card(t("overview.visitors"), table([
        [t("overview.badge"), (v) => v.badge], [t("rec.host_dept"), (v) => v.host_department], [t("common.time"), (v) => fmtTime(v.arrived_at)],
      ], o.visitors_in_building ?? [])),
      card(t("overview.vehicles"), table([
        [t("rec.destination"), (v) => v.destination], [t("rec.until"), (v) => fmtTime(v.until)],
      ], o.vehicles_out ?? []))));
}

function isoWeekday(instant) {
  const day = new Date(instant).toLocaleDateString("en-US", { timeZone: "Asia/Shanghai", weekday: "short" });
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(day) + 1;
}

export async function statistics() {
  const [docs, meetings] = await Promise.all([
    api("GET", "/api/dashboards/documents/statistics"), api("GET", "/api/dashboards/meetings/statistics")]);
  const months = [...new Set((docs.volume ?? []).map((v) => v.month))].sort();
  const types = [...new Set((docs.volume ?? []).map((v) => v.doc_type))];
  const steps = docs.step_hours ?? [];
  const stepName = (s) => `${s.direction === "incoming" ? t("nav.incoming") : t("nav.outgoing")}·${stage(s.stage, s.direction)}`;
  const hours = [...Array(24).keys()].filter((hour) => hour >= 7 && hour <= 20);
  const heat = (meetings.room_minutes ?? []).map((r) => [hours.indexOf(r.hour), r.weekday - 1, r.minutes]).filter((r) => r[0] >= 0);
  const pct = (x) => (x == null ? "—" : `${Math.round(x * 1000) / 10}%`);
  return h("div", {}, h("h1", {}, t("stats.title")),
    h("div", { class: "grid" },
      chart(t("stats.volume"), {
        tooltip: { trigger: "axis" }, legend: { bottom: 0, type: "scroll" }, grid: { ...grid, bottom: 50 },
        xAxis: { type: "category", data: months }, yAxis: { type: "value", minInterval: 1 },
        series: types.map((type) => ({ name: type, type: "bar", stack: "v",
          data: months.map((m) => (docs.volume ?? []).filter((v) => v.month === m && v.doc_type === type).reduce((s, v) => s + v.count, 0)) })),
      }, "volume"),
      chart(t("stats.hours"), {
        tooltip: { trigger: "axis" }, legend: { bottom: 0 }, grid: { ...grid, bottom: 50 },
        xAxis: { type: "value" }, yAxis: { type: "category", data: steps.map(stepName), axisLabel: { interval: 0 } },
        series: [{ name: t("stats.average"), type: "bar", data: steps.map((s) => s.average) },
          { name: t("stats.p90"), type: "bar", data: steps.map((s) => s.p90) }],
      }, "hours", Math.max(260, steps.length * 26 + 80)),
      chart(t("stats.rooms"), {
        tooltip: {}, grid: { ...grid, bottom: 60 },
        xAxis: { type: "category", data: hours.map((x) => `${x}:00`) },
        yAxis: { type: "category", data: [1, 2, 3, 4, 5, 6, 7].map((d) => t(`weekday.${d}`)) },
        visualMap: { min: 0, max: Math.max(60, ...heat.map((x) => x[2])), calculable: false, orient: "horizontal", left: "center", bottom: 0, inRange: { color: ["#fdecec", "#c8161d"] } },
        series: [{ type: "heatmap", data: heat }],
      }, "rooms"),
      card(t("nav.meetings"), h("dl", { class: "facts" },
        h("dt", {}, t("stats.attendance")), h("dd", {}, pct(meetings.attendance_rate)),
        h("dt", {}, t("stats.leave")), h("dd", {}, pct(meetings.leave_rate)),
        h("dt", {}, t("stats.late")), h("dd", {}, pct(meetings.late_rate)),
        h("dt", {}, t("stats.read_rate")), h("dd", {}, pct(docs.circulation?.read_rate))))));
}

export async function chronicle() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const month = params.get("month") ?? today().slice(0, 7);
  const c = await api("GET", `/api/dashboards/chronicle?month=${month}`);
  const picker = h("input", { type: "month", value: month, name: "month" });
  picker.addEventListener("change", () => { location.hash = `#/chronicle?month=${picker.value}`; });
  const byDay = new Map();
  for (const entry of c.entries ?? []) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
  return h("div", {}, h("h1", {}, t("chron.title")),
    h("div", { class: "toolbar" }, h("label", {}, `${t("chron.month")} `, picker),
      h("a", { href: `/api/dashboards/chronicle?month=${month}&format=markdown`, download: `大事记-${month}.md`, "data-export": "markdown" }, t("chron.markdown")),
      h("a", { href: `/api/dashboards/chronicle?month=${month}&format=docx`, download: `大事记-${month}.docx`, "data-export": "docx" }, t("chron.docx"))),
    card(c.title, byDay.size ? h("ol", { class: "history" }, [...byDay].map(([day, entries]) => h("li", {},
      h("strong", {}, day), h("ul", {}, entries.map((e) => h("li", {}, link(screenOf(e.service, e.id), e.text)))))))
      : h("p", { class: "muted" }, t("common.none"))));
}

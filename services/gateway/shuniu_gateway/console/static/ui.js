// The few pieces every screen uses: building elements (never innerHTML with data, so a title cannot
// inject markup), calling the gateway, showing a problem, forms, an object's history, charts.
import { acceptLanguage, lang, stage, t } from "./i18n.js";

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.body = body ?? {};
  }
}

// Read-your-writes: a command answers with its object's id and new version; dashboard reads made
// after it pass `min_version=<id>:<version>`, so the projection waits until it has applied it.
let lastWrite = null;
export const session = { me: null, names: { departments: [], people: [] } };

// The session cookie holds a short access token (15 minutes); the session itself is the refresh
// cookie, which only /auth/refresh reads. A 401 therefore first asks for a fresh access token, once,
// shared by every request that met the 401 at the same time, and then repeats the request (with the
// same Idempotency-Key, so a command is never made twice); only if the session has ended too does
// the console go back to the sign-in screen.
const SESSION_PATHS = ["/auth/login", "/auth/refresh", "/auth/logout"];
let refreshing = null;

export function refreshSession() {
  refreshing ??= fetch("/auth/refresh", { method: "POST", credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => response.ok, () => false)
    .finally(() => { refreshing = null; });
  return refreshing;
}

export async function api(method, path, body, { idempotent = true } = {}) {
  const headers = { Accept: "application/json", "Accept-Language": acceptLanguage() };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method === "POST" && idempotent) headers["Idempotency-Key"] = newKey();
  if (method === "GET" && path.startsWith("/api/dashboards") && lastWrite) {
    path += (path.includes("?") ? "&" : "?") + "min_version=" + encodeURIComponent(lastWrite);
  }
  const send = () => fetch(path, {
    method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body),
  });
  let response = await send();
  if (response.status === 401 && !SESSION_PATHS.includes(path) && await refreshSession()) response = await send();
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { detail: text }; }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith("/auth/")) location.hash = "#/login";
    throw new Problem(response.status, data);
  }
  if (method === "POST" && data && data.id != null && data.version != null) lastWrite = `${data.id}:${data.version}`;
  return data;
}

/**
 * A file's bytes as the request body, its name in `X-File-Name` (percent-encoded: a header carries
 * only ASCII). XMLHttpRequest rather than fetch: only it reports the upload's progress
 * (`onProgress(loaded, total)`). A 401 asks for a fresh access token once and sends it again, as
 * `api` does; a refusal is the service's problem.
 */
export async function upload(path, file, onProgress) {
  const send = () => new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    request.withCredentials = true;
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("Accept-Language", acceptLanguage());
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    request.addEventListener("load", () => resolve(request));
    request.addEventListener("error", () => reject(new Problem(0, { detail: t("file.failed") })));
    request.send(file);
  });
  let request = await send();
  if (request.status === 401 && await refreshSession()) request = await send();
  let data = null;
  try { data = request.responseText ? JSON.parse(request.responseText) : null; } catch { data = { detail: request.responseText }; }
  if (request.status < 200 || request.status >= 300) throw new Problem(request.status, data);
  return data;
}

function newKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function problemBox(error) {
  const body = error?.body ?? {};
  const fields = (body.errors ?? []).map((e) => `${e.field}: ${lang() === "en" ? e.en : e.zh}`);
  // The problem as the service words it (its title and detail, in the chosen language); its
  // machine code is for programs, never shown.
  return h("div", { class: "problem", role: "alert" },
    body.title ? h("strong", {}, body.title) : null, body.title ? (lang() === "en" ? ": " : "：") : null,
    body.detail ?? error.message,
    fields.length > 1 ? h("ul", {}, fields.map((f) => h("li", {}, f))) : null);
}

/** A screen's own words, `key: [中文, English]`: `key` in the chosen language (Chinese where it has none),
 *  `{name}` filled. */
export const wordsOf = (words) => (key, values = {}) => Object.entries(values).reduce(
  (text, [name, value]) => text.replace(`{${name}}`, value), words[key]?.[lang() === "en" ? 1 : 0] ?? words[key]?.[0] ?? key);

export const deptName = (code) => session.names.departments.find((d) => d.code === code)?.name ?? code ?? "";
export const personName = (id) => session.names.people.find((p) => p.id === id)?.name ?? id ?? "";
export const hasRole = (...roles) => roles.some((r) => session.me?.roles?.includes(r));

export function fmtTime(value) {
  if (!value) return "";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleString(lang() === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
}
export const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
/** A civil date and time in Beijing as an RFC 3339 instant. */
export const beijing = (day, time) => new Date(`${day}T${time}:00+08:00`).toISOString();
/** Now in Beijing as a datetime-local field's value (YYYY-MM-DDTHH:MM); such a value as an instant. */
export const beijingNow = () => new Date().toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 16).replace(" ", "T");
export const beijingField = (value) => beijing(...value.split("T"));

export function stageTag(value, overdue = false, scope = undefined) {
  return h("span", { class: overdue ? "tag overdue" : "tag" }, stage(value, scope));
}
export function light(color) {
  return h("span", { title: t(`light.${color}`) }, h("span", { class: `light ${color}` }), t(`light.${color}`));
}

export function card(title, ...content) {
  return h("section", { class: "card" }, title ? h("h2", {}, title) : null, ...content);
}

export function table(columns, rows, { stack = true } = {}) {
  if (!rows.length) return h("p", { class: "muted" }, t("common.none"));
  return h("div", { class: "scroll" }, h("table", { class: stack ? "stack" : "" },
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", {}, c[0])))),
    h("tbody", {}, rows.map((row) => h("tr", {}, columns.map((c) => h("td", {}, c[1](row))))))));
}

export const deptOptions = (blank = false) =>
  (blank ? [["", "—"]] : []).concat(session.names.departments.map((d) => [d.code, d.name]));
export const peopleOptions = () => session.names.people.map((p) => [p.id, `${p.name}（${deptName(p.dept)}）`]);

/**
 * A form: fields are [name, label, kind, options]. kind: text, textarea, number, date, time,
 * datetime, select, multi, check. `submit(values)` runs the command(s); its problem is shown under
 * the form, in the language asked for.
 */
export function form(fields, submit, { label = t("common.submit"), name = "" } = {}) {
  const status = h("div", { class: "status" });
  const button = h("button", { type: "submit" }, label);
  const el = h("form", { class: "f", "data-form": name },
    fields.map(([field, text, kind = "text", options = {}]) => {
      const attrs = { name: field, required: options.required ?? false, value: options.value };
      let input;
      if (kind === "textarea") input = h("textarea", { name: field, required: attrs.required }, options.value ?? "");
      else if (kind === "select" || kind === "multi") {
        input = h("select", { name: field, multiple: kind === "multi", required: attrs.required },
          (options.choices ?? []).map(([value, text]) =>
            h("option", { value, selected: [].concat(options.value ?? []).includes(value) }, text)));
      } else if (kind === "check") input = h("input", { type: "checkbox", name: field, checked: options.value });
      else input = h("input", { ...attrs, type: kind === "datetime" ? "datetime-local" : kind, min: options.min, max: options.max, step: options.step });
      return h("label", { class: kind === "textarea" || options.wide ? "wide" : "" }, text, input);
    }),
    h("div", {}, button));
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = {};
    for (const [field, , kind] of fields) {
      const input = el.elements[field];
      if (kind === "multi") values[field] = Array.from(input.selectedOptions, (o) => o.value);
      else if (kind === "check") values[field] = input.checked;
      else if (kind === "number") values[field] = input.value === "" ? null : Number(input.value);
      else values[field] = input.value === "" ? null : input.value;
    }
    button.disabled = true;
    status.replaceChildren();
    try {
      await submit(values);
      status.replaceChildren(h("div", { class: "ok" }, t("common.saved")));
    } catch (error) {
      status.replaceChildren(problemBox(error));
    } finally {
      button.disabled = false;
    }
  });
  return h("div", {}, el, status);
}

/** A screen drawn from what the services answer now: `render(view, draw)` fills `view`, and its
 *  actions call `draw` after they succeed, so the screen shows their effect. */
export async function redrawn(render) {
  const view = h("div");
  const draw = () => render(view, draw);
  await draw();
  return view;
}

/** One action on an object: its title, its form; after it succeeds the screen is drawn again. */
export function action(title, fields, submit, redraw, name) {
  return h("div", { class: "action" }, h("h3", { class: "small" }, title),
    form(fields, async (values) => { await submit(values); await redraw(); }, { label: title, name }));
}

const eventWords = {
  zh: {
    received: "签收", registered: "登记", accepted: "初审通过", returned: "退回", proposed: "拟办", instructed: "批示",
    circulation_started: "开始传阅", read: "阅毕", circulation_recalled: "收回传阅", circulation_overdue: "传阅逾期",
    urged: "催办", supervision_opened: "督办立项", supervision_closed: "督办办结", replied: "答复", closed: "办结",
    archived: "归档", drafted: "起草", revised: "修改", reviewed: "审核通过", countersigned: "会签", signed: "签发",
    rechecked: "复核", changed_after_signing: "签发后修改", numbered: "编号登记", number_voided: "文号作废", printed: "印制",
    dispatched: "核发", issued: "全部核发", revoked: "撤销", abolished: "废止", scheduled: "安排会议", room_booked: "预订会议室",
    invited: "邀请", notice_issued: "发会议通知", reply_recorded: "回复", leave_requested: "请假", signed_in: "签到", held: "召开",
    minutes_drafted: "起草纪要", resolution_drafted: "议定事项", minutes_approved: "审定纪要", minutes_issued: "印发纪要",
    opened: "立项", acknowledged: "签收", progress_reported: "报告进展", completion_reported: "办结报告", extension_requested: "申请延期",
    extension_granted: "同意延期", approaching: "临近期限", overdue: "逾期", reopened: "退回重办",
    abolished: "废止", agenda_item_added: "增加议程", appointed: "预约来访", approved: "审批同意", arrived: "到访",
    assigned: "交办", cancelled: "取消", clock_approaching: "时限临近", clock_overdue: "时限届满", deadline_approaching: "临近期限",
    department_invited: "邀请部门", extended: "批准延期", extension_refused: "不同意延期", extension_told: "告知延期", forgotten: "删除个人信息",
    hearing_held: "听证", infeasibility_reported: "报告无法落实", left: "离开", marked_absent: "缺席", marked_late: "迟到",
    objected: "不予受理", person_invited: "邀请参会", recorded: "登记", reassigned: "改派", report_due: "应报进展",
    requested: "申请", rescheduled: "改期", resolution_adopted: "议定事项通过", resolution_completed: "议定事项办结",
    resolution_supervised: "议定事项督办", review_decided: "复查意见", review_requested: "请求复查", room_released: "释放会议室",
    routed: "转送", used: "用印", withdrawn: "撤销",
  },
};
// The same event name means another step on another object: a petition is 受理 (not 初审), a car
// is 派车 and 归还 (核发 and 退回 are a document's words); a review is 复查 or 复核 by its level.
const objectEventWords = {
  "petition.accepted": "受理", "petition.returned": "退回", "petition.replied": "书面答复", "petition.objected": "提出异议",
  "trip.dispatched": "派车", "trip.returned": "归还", "trip.approved": "同意用车", "trip.requested": "申请用车",
  "seal_request.approved": "同意用印", "seal_request.requested": "申请用印",
  "incident.reported": "接报", "incident.report_drafted": "拟稿", "incident.report_approved": "带班领导审核",
  "incident.report_submitted": "报送", "incident.instructed": "领导批示", "incident.closed": "终报办结",
  "asset.registered": "登记资产", "asset.transfer_proposed": "提出调拨", "asset.transferred": "调拨", "asset.disposal_proposed": "提出报废",
  "asset.disposed": "报废",
};
function eventLabel(type, data = {}) {
  const parts = String(type).split(".");
  const name = parts.length >= 2 ? parts[parts.length - 2] : type;
  const object = parts.length >= 3 ? parts[parts.length - 3] : "";
  if (lang() === "en") return name.replaceAll("_", " ");
  if (object === "petition" && data.level && ["review_requested", "review_decided"].includes(name)) {
    return name === "review_requested" ? `请求${data.level}` : `${data.level}意见`;
  }
  return objectEventWords[`${object}.${name}`] ?? eventWords.zh[name] ?? name;
}
/** Who took a step: a person by name; the system's own steps (a reminder) as the system. */
export function actorName(actor, name) {
  if (name) return name;
  if (String(actor ?? "").startsWith("system")) return t(`actor.${actor}`) === `actor.${actor}` ? t("actor.system") : t(`actor.${actor}`);
  return personName(actor);
}

/** The object's history from its events: the owning service's own history where it has one (written
 *  with the command, so it already shows the caller's step), else the projection's timeline. */
export async function history(service, id, own = null) {
  const box = card(t("common.history"), h("p", { class: "muted" }, t("common.loading")));
  box.dataset.history = `${service}/${id}`;
  let events;
  try {
    events = own ? await ownEvents(own) : null;
  } catch {
    events = null;
  }
  try {
    events ??= (await api("GET", `/api/dashboards/history/${service}/${encodeURIComponent(id)}`)).events ?? [];
    box.replaceChildren(h("h2", {}, t("common.history")), events.length
      ? h("ol", { class: "history" }, events.map((e) => h("li", {},
        h("strong", {}, lang() === "zh" && e.action ? e.action : eventLabel(e.type, e.data ?? {})), " ",
        h("span", {}, actorName(e.actor, e.actor_name)), " ",
        h("span", { class: "when" }, fmtTime(e.time ?? e.at)),
        summary({ ...(e.data ?? {}), opinion: e.opinion ?? e.data?.opinion }))))
      : h("p", { class: "muted" }, t("common.none")));
  } catch (error) {
    // 404: the projection has not seen the object yet (or the reader may not see its history).
    box.replaceChildren(h("h2", {}, t("common.history")), error.status === 404 ? h("p", { class: "muted" }, t("common.none")) : problemBox(error));
  }
  return box;
}

async function ownEvents(path) {
  const answer = await api("GET", path);
  return Array.isArray(answer) ? answer : answer.items ?? answer.events ?? [];
}

function summary(data) {
  if (!data) return null;
  const keys = ["instruction", "opinion", "comments", "text", "reason", "reply", "number", "receipt_number",
    "lead_department", "percent", "deadline", "recipient", "summary", "title"];
  const parts = keys.filter((k) => data[k] != null && data[k] !== "").map((k) =>
    k.endsWith("department") ? deptName(data[k]) : k === "percent" ? `${data[k]}%` : String(data[k]));
  // The service names a step's opinion once more beside its own field (a 批示 is both): say it once.
  const once = [...new Set(parts)];
  return once.length ? h("div", { class: "small muted" }, once.slice(0, 3).join(" · ")) : null;
}

/** An ECharts chart in a card; drawn after the element is in the page, resized with it. */
export function chart(title, option, name, height) {
  const box = h("div", { class: "chart", "data-chart": name });
  if (height) box.style.height = `${height}px`;
  const section = card(title, box);
  requestAnimationFrame(() => {
    if (!globalThis.echarts) return;
    const instance = echarts.init(box, null, { renderer: "canvas" });
    instance.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily }, ...option });
    new ResizeObserver(() => instance.resize()).observe(box);
  });
  return section;
}

export function facts(pairs) {
  return h("dl", { class: "facts" }, pairs.filter(([, v]) => v != null && v !== "").map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

export const link = (href, text) => h("a", { href }, text);
/** A value as it stands in a path or a query string (an id, a search), percent-encoded. */
export const enc = encodeURIComponent;

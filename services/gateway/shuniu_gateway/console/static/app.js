// The console's shell: sign-in, the menu, the language switch and the hash router. Each screen is
// a function (params) → element, in screens/.
import { deskDetail, setLang, lang, t } from "./i18n.js";
import { api, h, problemBox, session, card, fmtTime } from "./ui.js";
import { overview, statistics, chronicle } from "./screens/dashboards.js";
import { incomingList, incomingScreen, outgoingList, outgoingScreen } from "./screens/documents.js";
import { meetingsList, meetingScreen } from "./screens/meetings.js";
import { supervisionBoard, taskScreen } from "./screens/supervision.js";
import { receptionScreen, petitionScreen, tripScreen, sealScreen, visitScreen } from "./screens/reception.js";
import { noticesScreen } from "./screens/notices.js";
import { hospitalityList, hospitalityScreen } from "./screens/hospitality.js";
import { searchScreen } from "./screens/search.js";
import { incidentsList, incidentScreen } from "./screens/duty.js";
import { dutyBoards } from "./screens/duty_boards.js";
import { numbersScreen } from "./screens/document_steps.js";
import { letterheadsScreen } from "./screens/letterheads.js";
import { researchList, researchScreen } from "./screens/research.js";
import { informationList, pieceScreen } from "./screens/information.js";
import { startLive, stopLive } from "./live.js";
import { rosterScreen } from "./screens/duty_roster.js";
import { suppliesScreen, assetScreen } from "./screens/supplies.js";
import { schedulesScreen } from "./screens/schedules.js";
import { bulletinsList, bulletinScreen } from "./screens/bulletins.js";

// The menu's screens, in order; each is named by its key in i18n.js (nav.<screen>, "-" as "_").
const menu = [
  "overview", "desk", "incoming", "outgoing", "meetings", "supervision", "research", "reception", "hospitality", "duty",
  "information", "stats", "chronicle", "search", "roster", "duty-boards", "supplies", "schedules", "bulletins",
];
const routes = {
  overview, desk, stats: statistics, chronicle,
  incoming: (id) => (id ? incomingScreen(id) : incomingList()),
  outgoing: (id) => (id ? outgoingScreen(id) : outgoingList()),
  meetings: meetingsList, meeting: meetingScreen, supervision: supervisionBoard, task: taskScreen,
  research: (id) => (id ? researchScreen(id) : researchList()),
  reception: receptionScreen, petition: petitionScreen, trip: tripScreen, seal: sealScreen, visit: visitScreen,
  hospitality: (id) => (id ? hospitalityScreen(id) : hospitalityList()),
  notices: noticesScreen, search: (q) => searchScreen(q ?? ""), duty: incidentsList, incident: incidentScreen,
  numbers: numbersScreen, letterheads: letterheadsScreen,
  roster: rosterScreen,
  "duty-boards": dutyBoards,
  supplies: suppliesScreen, asset: assetScreen,
  information: informationList, piece: pieceScreen,
  schedules: schedulesScreen, bulletins: bulletinsList, bulletin: bulletinScreen,
};
// Screens that show many objects: any change may be on them. An object's screen shows one.
const LIST_SCREENS = new Set([
  "overview", "desk", "incoming", "outgoing", "meetings", "supervision", "research", "reception", "hospitality", "stats", "chronicle",
  "notices", "duty", "numbers", "duty-boards", "information", "supplies", "schedules", "bulletins",
]);

/** Where a desk item is acted on. */
export function screenOf(service, id) {
  if (service === "documents") return `#/${id.startsWith("out-") ? "outgoing" : "incoming"}/${encodeURIComponent(id)}`;
  if (service === "meetings") return `#/meeting/${encodeURIComponent(id)}`;
  if (service === "supervision") return `#/task/${encodeURIComponent(id)}`;
  if (service === "duty") return `#/incident/${encodeURIComponent(id)}`;
  for (const [prefix, screen] of [["trip", "trip"], ["sealreq", "seal"], ["petition", "petition"], ["visit", "visit"], ["hospitality", "hospitality"],
    ["requisition", "supplies"], ["supply", "supplies"], ["asset", "asset"]]) {
    if (id.startsWith(prefix)) return `#/${screen}/${encodeURIComponent(id)}`;
  }
  return "#/reception";
}

async function desk() {
  const answer = await api("GET", "/api/dashboards/my-desk");
  const items = answer.items ?? [];
  // A reassigned car's detail names the cars free by their ids: the rider reads their plates.
  const cars = items.some((item) => item.kind === "car_reassigned") ? (await api("GET", "/api/reception/vehicles").catch(() => null))?.items ?? [] : [];
  const plates = (text) => cars.reduce((words, car) => words.replaceAll(car.id, car.plate), text ?? "");
  const refresh = h("button", { type: "button", class: "secondary", "data-refresh": "", onclick: () => route() }, t("common.refresh"));
  return h("div", {}, h("div", { class: "toolbar" }, h("h1", {}, t("desk.title")), refresh), card(null, items.length
    ? h("ul", { class: "plain desk", "data-desk": "" }, items.map((item) => h("li", { "data-item": `${item.service}/${item.id}` },
      h("div", {}, h("a", { href: screenOf(item.service, item.id) }, item.title), " ",
        h("span", { class: "tag" }, t(`desk.on.${item.waiting_on}`)),
        item.overdue ? h("span", { class: "tag overdue" }, t("desk.overdue")) : null,
        h("div", { class: "small muted", "data-detail": "" }, deskDetail(plates(item.detail)), item.due ? ` · ${t("common.due")} ${fmtTime(item.due)}` : "")),
      h("a", { href: screenOf(item.service, item.id), class: "small" }, `${t("common.open")} →`))))
    : h("p", { class: "muted" }, t("desk.empty"))));
}

function loginScreen() {
  const status = h("div");
  const formEl = h("form", { class: "f", "data-form": "login" },
    h("label", {}, t("auth.user"), h("input", { name: "username", autocomplete: "username", required: true })),
    h("label", {}, t("auth.password"), h("input", { name: "password", type: "password", autocomplete: "current-password", required: true })),
    h("div", {}, h("button", { type: "submit" }, t("auth.login"))));
  formEl.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.replaceChildren();
    try {
      await api("POST", "/auth/login", { username: formEl.elements.username.value, password: formEl.elements.password.value }, { idempotent: false });
      await whoAmI();
      location.hash = "#/desk";
    } catch (error) {
      status.replaceChildren(problemBox(error));
    }
  });
  return h("div", { class: "login card" }, h("h1", {}, `${t("app.title")} · ${t("auth.login")}`), formEl, status,
    h("p", { class: "small muted" }, t("auth.hint")));
}

async function whoAmI() {
  try {
    session.me = await api("GET", "/auth/me");
    session.names = await api("GET", "/console/directory.json");
  } catch {
    session.me = null;
  }
  drawShell();
  if (session.me) {
    startLive({ changed, resync: () => { refreshBadge(); redrawSoon(); }, offline });
    refreshBadge();
  }
  return session.me;
}

// ── Live updates (live.js): what the person sees redraws itself when it changes ─────────────────
let redrawTimer = null;
let badgeTimers = [];

function changed(change) {
  badgeSoon();
  const [path] = location.hash.split("?");
  const [, name = "", id] = path.split("/");
  if (id ? decodeURIComponent(id) === change.id : LIST_SCREENS.has(name)) redrawSoon();
}

function redrawSoon() {
  clearTimeout(redrawTimer);
  redrawTimer = setTimeout(() => {
    const view = document.getElementById("view");
    const typing = document.activeElement?.matches?.("input, textarea, select") && view.contains(document.activeElement);
    // Never redraw under someone's hands: what they are typing would be lost. Say it instead.
    if (view.dataset.dirty || typing) showChanged(view);
    else route({ quiet: true });
  }, 250);
}

function showChanged(view) {
  if (view.querySelector("[data-live-changed]")) return;
  view.prepend(h("div", { class: "live-banner", role: "status", "data-live-changed": "" }, t("live.changed"), " ",
    h("button", { type: "button", class: "secondary", onclick: () => route() }, t("common.refresh"))));
}

// A notice is made by the notifications service a moment after the change that caused it: the
// unread count is read soon after a change, and once more a little later.
function badgeSoon() {
  badgeTimers.forEach(clearTimeout);
  badgeTimers = [setTimeout(refreshBadge, 300), setTimeout(refreshBadge, 2000)];
}

async function refreshBadge() {
  const badge = document.getElementById("unread");
  try {
    const inbox = await api("GET", "/api/notifications/notices?limit=1");
    badge.textContent = String(inbox.unread);
    badge.hidden = !inbox.unread;
  } catch {
    badge.hidden = true;
  }
}

function offline(lost) {
  document.getElementById("live-state").hidden = !lost;
}

function drawShell() {
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  document.title = `枢纽 · ${t("app.title")}`;
  document.getElementById("lang").textContent = lang() === "en" ? "中文" : "English";
  const nav = document.getElementById("nav");
  const current = location.hash.split("?")[0].split("/")[1] ?? "";
  nav.replaceChildren(...(session.me ? menu.map((key) =>
    h("a", { href: `#/${key}`, class: current === key ? "active" : "", "data-nav": key }, t(`nav.${key.replace("-", "_")}`))) : []));
  document.getElementById("who").textContent = session.me ? `${session.me.name}` : "";
  document.getElementById("logout").hidden = !session.me;
  document.getElementById("inbox").hidden = !session.me;
}

let drawing = 0;  // a screen still loading when the person moves on is never shown over the next one

async function route({ quiet = false } = {}) {
  const turn = ++drawing;
  const view = document.getElementById("view");
  const scrolled = window.scrollY;
  const [path] = location.hash.split("?");
  const [, name = "", ...rest] = path.split("/");
  if (!session.me && name !== "login") { location.hash = "#/login"; return; }
  drawShell();
  document.getElementById("nav").hidden = true;
  if (name === "login") { view.replaceChildren(loginScreen()); return; }
  const screen = routes[name];
  if (!screen) { location.hash = "#/overview"; return; }
  // A redraw for a live update keeps the old screen until the new one is ready, and the place on it.
  if (!quiet) view.replaceChildren(h("p", { class: "muted" }, t("common.loading")));
  try {
    const el = await screen(...rest.map(decodeURIComponent));
    if (turn !== drawing) return;
    // Someone began to act (an upload, a form) while a live redraw was being fetched: keep their screen.
    if (quiet && view.dataset.dirty) { showChanged(view); return; }
    el.dataset.screen = name;
    view.replaceChildren(el);
  } catch (error) {
    if (turn !== drawing) return;
    view.replaceChildren(card(null, problemBox(error)));
  }
  delete view.dataset.dirty;
  if (quiet) { window.scrollTo(0, scrolled); return; }
  view.focus({ preventScroll: true });
}

document.getElementById("lang").addEventListener("click", () => { setLang(lang() === "en" ? "zh" : "en"); route(); });
document.getElementById("logout").addEventListener("click", async () => {
  stopLive();
  await api("POST", "/auth/logout", undefined, { idempotent: false }).catch(() => null);
  session.me = null;
  location.hash = "#/login";
  drawShell();
});
document.getElementById("menu").addEventListener("click", () => {
  const nav = document.getElementById("nav");
  nav.hidden = !nav.hidden;
  document.getElementById("menu").setAttribute("aria-expanded", String(!nav.hidden));
});
document.getElementById("view").addEventListener("input", (event) => {
  if (event.target.closest("form")) document.getElementById("view").dataset.dirty = "1";
});
window.addEventListener("hashchange", () => route());
setLang(lang());
await whoAmI();
route();

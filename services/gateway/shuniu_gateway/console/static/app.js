// The console's shell: sign-in, the menu, the language switch and the hash router. Each screen is
// a function (params) → element, in screens/.
import { setLang, lang, t } from "./i18n.js";
import { api, h, problemBox, session, card, fmtTime } from "./ui.js";
import { overview, statistics, chronicle } from "./screens/dashboards.js";
import { incomingList, incomingScreen, outgoingList, outgoingScreen } from "./screens/documents.js";
import { meetingsList, meetingScreen } from "./screens/meetings.js";
import { supervisionBoard, taskScreen } from "./screens/supervision.js";
import { receptionScreen, petitionScreen, tripScreen, sealScreen, visitScreen } from "./screens/reception.js";

const menu = [
  ["overview", "nav.overview"], ["desk", "nav.desk"], ["incoming", "nav.incoming"], ["outgoing", "nav.outgoing"],
  ["meetings", "nav.meetings"], ["supervision", "nav.supervision"], ["reception", "nav.reception"],
  ["stats", "nav.stats"], ["chronicle", "nav.chronicle"],
];
const routes = {
  overview, desk, stats: statistics, chronicle,
  incoming: (id) => (id ? incomingScreen(id) : incomingList()),
  outgoing: (id) => (id ? outgoingScreen(id) : outgoingList()),
  meetings: meetingsList, meeting: meetingScreen, supervision: supervisionBoard, task: taskScreen,
  reception: receptionScreen, petition: petitionScreen, trip: tripScreen, seal: sealScreen, visit: visitScreen,
};

/** Where a desk item is acted on. */
export function screenOf(service, id) {
  if (service === "documents") return `#/${id.startsWith("out-") ? "outgoing" : "incoming"}/${encodeURIComponent(id)}`;
  if (service === "meetings") return `#/meeting/${encodeURIComponent(id)}`;
  if (service === "supervision") return `#/task/${encodeURIComponent(id)}`;
  for (const [prefix, screen] of [["trip", "trip"], ["sealreq", "seal"], ["petition", "petition"], ["visit", "visit"]]) {
    if (id.startsWith(prefix)) return `#/${screen}/${encodeURIComponent(id)}`;
  }
  return "#/reception";
}

async function desk() {
  const answer = await api("GET", "/api/dashboards/my-desk");
  const items = answer.items ?? [];
  const refresh = h("button", { type: "button", class: "secondary", "data-refresh": "", onclick: () => route() }, t("common.refresh"));
  return h("div", {}, h("div", { class: "toolbar" }, h("h1", {}, t("desk.title")), refresh), card(null, items.length
    ? h("ul", { class: "plain desk", "data-desk": "" }, items.map((item) => h("li", { "data-item": `${item.service}/${item.id}` },
      h("div", {}, h("a", { href: screenOf(item.service, item.id) }, item.title), " ",
        h("span", { class: "tag" }, t(`desk.on.${item.waiting_on}`)),
        item.overdue ? h("span", { class: "tag overdue" }, t("desk.overdue")) : null,
        h("div", { class: "small muted" }, item.detail, item.due ? ` · ${t("common.due")} ${fmtTime(item.due)}` : "")),
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
  return session.me;
}

function drawShell() {
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  document.title = `枢纽 · ${t("app.title")}`;
  document.getElementById("lang").textContent = lang() === "en" ? "中文" : "English";
  const nav = document.getElementById("nav");
  const current = location.hash.split("?")[0].split("/")[1] ?? "";
  nav.replaceChildren(...(session.me ? menu.map(([key, label]) =>
    h("a", { href: `#/${key}`, class: current === key ? "active" : "", "data-nav": key }, t(label))) : []));
  document.getElementById("who").textContent = session.me ? `${session.me.name}` : "";
  document.getElementById("logout").hidden = !session.me;
}

let drawing = 0;  // a screen still loading when the person moves on is never shown over the next one

async function route() {
  const turn = ++drawing;
  const view = document.getElementById("view");
  const [path] = location.hash.split("?");
  const [, name = "", ...rest] = path.split("/");
  if (!session.me && name !== "login") { location.hash = "#/login"; return; }
  drawShell();
  document.getElementById("nav").hidden = true;
  if (name === "login") { view.replaceChildren(loginScreen()); return; }
  const screen = routes[name];
  if (!screen) { location.hash = "#/overview"; return; }
  view.replaceChildren(h("p", { class: "muted" }, t("common.loading")));
  try {
    const el = await screen(...rest.map(decodeURIComponent));
    if (turn !== drawing) return;
    el.dataset.screen = name;
    view.replaceChildren(el);
  } catch (error) {
    if (turn !== drawing) return;
    view.replaceChildren(card(null, problemBox(error)));
  }
  view.focus({ preventScroll: true });
}

document.getElementById("lang").addEventListener("click", () => { setLang(lang() === "en" ? "zh" : "en"); route(); });
document.getElementById("logout").addEventListener("click", async () => {
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
window.addEventListener("hashchange", route);
setLang(lang());
await whoAmI();
route();

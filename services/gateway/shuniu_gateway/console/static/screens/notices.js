// 我的通知 My notices: what the notifications service told this person, newest first, each with the
// link to the screen where it is acted on.
import { t } from "../i18n.js";
import { api, card, fmtTime, h } from "../ui.js";

// A notice's link is absolute (an email needs the address); in the console it opens here, in this
// tab, whatever address this console is reached at.
const here = (link) => (link.includes("#/") ? link.slice(link.indexOf("#/")) : link);

export async function noticesScreen() {
  const inbox = await api("GET", "/api/notifications/notices");
  const items = inbox.items ?? [];
  return h("div", {}, h("h1", {}, t("notices.title")), card(null, items.length
    ? h("ul", { class: "plain desk", "data-notices": "" }, items.map((notice) => {
      const read = h("button", { type: "button", class: "secondary small", "data-read": notice.id, hidden: !!notice.read_at,
        onclick: async () => { await api("POST", `/api/notifications/notices/${encodeURIComponent(notice.id)}/read`, undefined, { idempotent: false }); read.hidden = true; li.classList.remove("unread"); } },
        t("notices.read"));
      const li = h("li", { class: notice.read_at ? "" : "unread", "data-notice": notice.id },
        h("div", {}, h("a", { href: here(notice.link) }, notice.title), " ", notice.read_at ? null : h("span", { class: "tag" }, t("notices.unread")),
          h("div", { class: "small muted" }, notice.text, " · ", fmtTime(notice.created_at))), read);
      return li;
    }))
    : h("p", { class: "muted" }, t("notices.empty"))));
}

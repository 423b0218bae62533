// The registers the office keeps at its front desk and in its pool: a walk-in visitor signed in on
// the spot (来访登记), a car added to the pool (车辆登记), a seal taken into keeping (印章登记). Each
// form is shown only to those whose role may register it.
import { t } from "../i18n.js";
import { api, card, deptOptions, enc, form, h, hasRole, peopleOptions, session, table } from "../ui.js";

// The reception screen is drawn again with what was just registered (the hash changes, the path not).
const again = (id) => { location.hash = `#/reception?added=${enc(id)}`; };

// A visit's visitor and host, the same on a booked visit (预约) and a walk-in (来访登记).
export const visitorFields = () => [
  ["name", t("rec.visitor"), "text", { required: true }], ["phone", t("rec.phone"), "text"], ["organisation", t("rec.org"), "text"],
  ["host_department", t("rec.host_dept"), "select", { choices: deptOptions(), value: session.me.dept }],
  ["host_person", t("rec.host"), "select", { choices: peopleOptions(), value: session.me.sub }],
];
export const visitorOf = (v) => ({
  visitor: { name: v.name, phone: v.phone }, organisation: v.organisation ?? "", host_department: v.host_department, host_person: v.host_person,
});

export function registerCards(vehicles, seals) {
  const cards = [];
  if (hasRole("receptionist", "office_director")) {
    cards.push(card(t("reg.walk_in"), form([
      ...visitorFields(),
      ["purpose", t("rec.purpose"), "text", { required: true }], ["badge", t("overview.badge"), "text", { required: true }],
    ], async (v) => {
      const made = await api("POST", "/api/reception/visits/walk-ins", { ...visitorOf(v), purpose: v.purpose, badge: v.badge });
      location.hash = `#/visit/${enc(made.id)}`;
    }, { label: t("reg.walk_in"), name: "walk-in" })));
  }
  if (hasRole("dispatcher", "office_director")) {
    cards.push(card(t("reg.vehicles"), form([
      ["plate", t("reg.plate"), "text", { required: true }], ["model", t("reg.model"), "text", { required: true }],
      ["seats", t("reg.seats"), "number", { required: true, value: 5, min: 1, max: 60 }],
    ], async (v) => again((await api("POST", "/api/reception/vehicles", v)).id), { label: t("reg.vehicle_new"), name: "vehicle" }),
    h("div", { "data-vehicles": "" }, table([
      [t("reg.plate"), (x) => x.plate], [t("reg.model"), (x) => x.model], [t("reg.seats"), (x) => String(x.seats)],
    ], vehicles?.items ?? []))));
  }
  if (hasRole("seal_keeper", "office_director")) {
    cards.push(card(t("reg.seals"), form([
      ["name", t("reg.seal_name"), "text", { required: true }], ["kind", t("reg.seal_kind"), "text", { required: true, value: "公章" }],
    ], async (v) => again((await api("POST", "/api/reception/seals", v)).id), { label: t("reg.seal_new"), name: "seal-register" }),
    h("div", { "data-seals": "" }, table([[t("reg.seal_name"), (x) => x.name], [t("reg.seal_kind"), (x) => x.kind]], seals?.items ?? []))));
  }
  return cards;
}

// 办公用品与固定资产: the stock with its levels and open purchase requests, requisitions (申领 → 批准 →
// 出库), the register of fixed assets with each one's last count finding, and an asset's screen with
// its movements (调拨, 报废, each approved by the office director) and its audit trail. The rules are
// the reception service's: a refused step shows its problem (not enough in stock, a disposed asset)
// as every screen does. The words live here, beside the one screen that uses them.
import {
  action, api, card, deptName, deptOptions, enc, facts, form, h, hasRole, history, link, peopleOptions, personName, redrawn, table, wordsOf,
} from "../ui.js";

const WORDS = {
  title: ["办公用品与固定资产", "Supplies and assets"], stock: ["办公用品库存", "Stock of supplies"], item: ["用品", "Item"],
  quantity: ["库存", "In stock"], threshold: ["补货阈值", "Reorder threshold"], purchase: ["采购申请", "Purchase request"],
  purchasing: ["采购中", "Being purchased"], low: ["低于阈值", "Below threshold"], requisition: ["申领办公用品", "Requisition supplies"],
  amount: ["数量", "Quantity"], purpose: ["用途", "Purpose"], requisitions: ["申领", "Requisitions"], department: ["部门", "Department"],
  requested_by: ["申领人", "Requested by"], stage: ["状态", "Stage"], actions: ["办理", "Actions"], approve: ["批准", "Approve"],
  issue: ["出库", "Issue"], receive: ["入库", "Receive"], register_item: ["登记办公用品", "Add an item"], name: ["名称", "Name"],
  unit: ["单位", "Unit"], assets: ["固定资产登记簿", "Register of fixed assets"], tag: ["资产编号", "Tag"], custodian: ["保管人", "Custodian"],
  location: ["存放地点", "Location"], count: ["盘点", "Count"], register_asset: ["登记固定资产", "Register an asset"],
  transfer: ["提出调拨", "Propose a transfer"], approve_transfer: ["批准调拨", "Approve the transfer"],
  disposal: ["提出报废", "Propose disposal"], approve_disposal: ["批准报废", "Approve the disposal"], reason: ["原因", "Reason"],
  back: ["← 办公用品与固定资产", "← Supplies and assets"], none: ["暂无", "None"], "stage.requested": ["待批准", "Awaiting approval"],
  "stage.approved": ["待出库", "To be issued"], "stage.issued": ["已出库", "Issued"], "stage.in_use": ["在用", "In use"],
  "stage.transfer_proposed": ["调拨待批", "Transfer pending"], "stage.disposal_proposed": ["报废待批", "Disposal pending"],
  "stage.disposed": ["已报废", "Disposed of"], "finding.missing": ["盘亏", "Missing"], "finding.misplaced": ["账实不符", "Misplaced"],
  counts: ["盘点", "Counts"], opened_on: ["开始日期", "Opened on"], differences: ["差异", "Differences"],
  open_count: ["开始盘点", "Open a count"], found: ["登记实物", "Record what is found"], close_count: ["结束盘点", "Close the count"],
  open: ["盘点中", "Counting"], closed: ["已结束", "Closed"], "finding.unregistered": ["盘盈", "Not registered"],
};
const w = wordsOf(WORDS);
const tag = (key, cls = "") => h("span", { class: `tag ${cls}`.trim() }, w(key));
const AFFAIRS = "affairs_officer";

export async function suppliesScreen() {
  return redrawn(async (view, draw) => {
    const [stock, requisitions, register] = await Promise.all([
      api("GET", "/api/reception/supplies?limit=100"), api("GET", "/api/reception/requisitions?limit=100"),
      api("GET", "/api/reception/assets?limit=100")]);
    // The counts are the office's: whoever else asks is refused, and sees no card.
    const counts = hasRole(AFFAIRS, "office_director", "auditor") ? await api("GET", "/api/reception/asset-counts?limit=100") : null;
    const items = stock.items ?? [];
    const nameOf = (id) => items.find((i) => i.id === id)?.name ?? id;
    view.replaceChildren(h("h1", {}, w("title")),
      card(w("stock"), h("div", { "data-stock": "" }, table([
        [w("item"), (i) => i.name], [w("quantity"), (i) => `${i.quantity} ${i.unit}`], [w("threshold"), (i) => String(i.threshold)],
        [w("purchase"), (i) => (i.purchase_request ? tag("purchasing", "overdue") : i.below_threshold ? tag("low") : "")],
        ...(hasRole(AFFAIRS) ? [[w("actions"), (i) => action(w("receive"), [["quantity", w("amount"), "number", { required: true, min: 1 }]],
          (v) => api("POST", `/api/reception/supplies/${enc(i.id)}/receipts`, v), draw, `receive-${i.id}`)]] : []),
      ], items))),
      card(w("requisition"), form([
        ["item_id", w("item"), "select", { choices: items.map((i) => [i.id, `${i.name}（${i.quantity} ${i.unit}）`]) }],
        ["quantity", w("amount"), "number", { required: true, min: 1 }], ["purpose", w("purpose"), "text", { required: true }],
      ], async (v) => { await api("POST", "/api/reception/requisitions", v); await draw(); }, { label: w("requisition"), name: "requisition" })),
      card(w("requisitions"), h("div", { "data-requisitions": "" }, table([
        [w("item"), (r) => nameOf(r.item_id)], [w("amount"), (r) => String(r.quantity)], [w("department"), (r) => deptName(r.department)],
        [w("requested_by"), (r) => personName(r.requested_by)], [w("purpose"), (r) => r.purpose], [w("stage"), (r) => tag(`stage.${r.stage}`)],
        [w("actions"), (r) => step(r, draw)],
      ], requisitions.items ?? []))),
      card(w("assets"), h("div", { "data-register": "" }, table([
        [w("tag"), (a) => link(`#/asset/${enc(a.id)}`, a.tag)], [w("name"), (a) => a.name], [w("custodian"), (a) => personName(a.custodian)],
        [w("location"), (a) => a.location], [w("department"), (a) => deptName(a.department)], [w("stage"), (a) => tag(`stage.${a.stage}`)],
        [w("count"), (a) => (a.count ? tag(`finding.${a.count.finding}`, "overdue") : "")],
      ], register.items ?? []))),
      ...(counts ? [await countsCard(counts, draw)] : []),
      ...(hasRole(AFFAIRS) ? [card(w("register_item"), form([
        ["name", w("name"), "text", { required: true }], ["unit", w("unit"), "text", { required: true }],
        ["quantity", w("quantity"), "number", { required: true, min: 0 }], ["threshold", w("threshold"), "number", { required: true, min: 0 }],
      ], async (v) => { await api("POST", "/api/reception/supplies", v); await draw(); }, { label: w("register_item"), name: "supply" })),
      card(w("register_asset"), form([
        ["tag", w("tag"), "text", { required: true }], ["name", w("name"), "text", { required: true }],
        ["custodian", w("custodian"), "select", { choices: peopleOptions() }], ["location", w("location"), "text", { required: true }],
        ["department", w("department"), "select", { choices: deptOptions() }],
      ], async (v) => { await api("POST", "/api/reception/assets", v); await draw(); }, { label: w("register_asset"), name: "asset" }))] : []));
  });
}

async function countsCard(counts, draw) {
  const rows = await Promise.all((counts.items ?? []).map((c) => api("GET", `/api/reception/asset-counts/${enc(c.id)}`)));
  const post = (path, body = {}) => api("POST", `/api/reception/asset-counts${path}`, body);
  return card(w("counts"), h("div", { "data-counts": "" }, table([
    [w("opened_on"), (c) => c.opened_on], [w("stage"), (c) => tag(c.open ? "open" : "closed")],
    [w("differences"), (c) => h("ul", { class: "plain" }, c.differences.map((d) => h("li", {}, tag(`finding.${d.kind}`, "overdue"), " ",
      `${d.tag} ${d.found_location ?? d.registered_location ?? ""}`)))],
    ...(hasRole(AFFAIRS) ? [[w("actions"), (c) => (c.open ? h("div", {}, action(w("found"), [
      ["tag", w("tag"), "text", { required: true }], ["location", w("location"), "text", { required: true }],
      ["custodian", w("custodian"), "select", { choices: [["", "—"], ...peopleOptions()] }],
    ], (v) => post(`/${enc(c.id)}/findings`, { ...v, custodian: v.custodian ?? "" }), draw, `found-${c.id}`),
    action(w("close_count"), [], () => post(`/${enc(c.id)}/close`), draw, `close-${c.id}`)) : "")]] : []),
  ], rows)), hasRole(AFFAIRS) ? action(w("open_count"), [], () => post(""), draw, "open-count") : null);
}

function step(requisition, draw) {
  if (!hasRole(AFFAIRS)) return "";
  const next = { requested: "approve", approved: "issue" }[requisition.stage];
  if (!next) return "";
  return action(w(next), [], () => api("POST", `/api/reception/requisitions/${enc(requisition.id)}/${next}`), draw, `${next}-${requisition.id}`);
}

export async function assetScreen(id) {
  return redrawn(async (view, draw) => {
    const asset = await api("GET", `/api/reception/assets/${enc(id)}`);
    view.replaceChildren(h("p", {}, link("#/supplies", w("back"))), h("h1", {}, `${asset.tag} ${asset.name} `, tag(`stage.${asset.stage}`)),
      h("div", { class: "two" }, h("div", {}, card(null, facts([
        [w("custodian"), personName(asset.custodian)], [w("location"), asset.location], [w("department"), deptName(asset.department)],
        [w("count"), asset.count ? w(`finding.${asset.count.finding}`) : ""],
      ])), await history("reception", id, `/api/reception/assets/${enc(id)}/history`)), card(w("actions"), moves(asset, draw))));
  });
}

function moves(asset, draw) {
  const post = (path, body = {}) => api("POST", `/api/reception/assets/${enc(asset.id)}/${path}`, body);
  const acts = [];
  if (asset.stage === "in_use" && hasRole(AFFAIRS)) {
    acts.push(action(w("transfer"), [
      ["custodian", w("custodian"), "select", { choices: peopleOptions(), value: asset.custodian }],
      ["location", w("location"), "text", { required: true, value: asset.location }],
      ["department", w("department"), "select", { choices: deptOptions(), value: asset.department }],
      ["reason", w("reason"), "text", { required: true }],
    ], (v) => post("transfer", v), draw, "transfer"));
    acts.push(action(w("disposal"), [["reason", w("reason"), "text", { required: true }]], (v) => post("disposal", v), draw, "disposal"));
  }
  if (asset.stage === "transfer_proposed" && hasRole("office_director")) {
    acts.push(action(w("approve_transfer"), [], () => post("transfer/approve"), draw, "approve-transfer"));
  }
  if (asset.stage === "disposal_proposed" && hasRole("office_director")) {
    acts.push(action(w("approve_disposal"), [], () => post("disposal/approve"), draw, "approve-disposal"));
  }
  return acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, w("none"));
}

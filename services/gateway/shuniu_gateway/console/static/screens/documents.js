// 收文 and 发文: lists, the forms to sign for and to draft, and one screen per document with the
// actions its stage allows (the service decides who may; its refusal is shown as it words it).
import { t } from "../i18n.js";
import {
  action, api, card, deptName, deptOptions, enc, facts, fmtTime, form, h, hasRole, history, link,
  peopleOptions, personName, session, stageTag, table,
} from "../ui.js";
import { filesCard } from "./files.js";
import { coIssuerFacts, incomingSteps, mayCountersign, mayReadRegister, outgoingSteps } from "./document_steps.js";

const DOC_TYPES = ["通知", "通报", "请示", "报告", "函", "纪要", "意见", "决定", "批复", "决议", "命令（令）", "公报", "公告", "通告", "议案"]
  .map((x) => [x, x]);
// 密级: a meeting and a 督办 task are classified the same way (screens/meetings.js, supervision.js).
export const CLASSIFICATIONS = [["none", "—"], ["秘密", "秘密"], ["机密", "机密"], ["绝密", "绝密"]];
const URGENCIES = [["", "—"], ["加急", "加急"], ["特急", "特急"]];
const RETENTIONS = [["永久", "永久"], ["定期30年", "定期30年"], ["定期10年", "定期10年"]];

export async function incomingList() {
  const page = await api("GET", "/api/documents/incoming?limit=50");
  const signFor = hasRole("clerk") ? card(t("in.signfor"), form([
    ["title", t("common.title"), "text", { required: true, wide: true }],
    ["sender", t("in.sender"), "text", { required: true }],
    ["sender_number", t("in.sender_number"), "text", { required: true }],
    ["doc_type", t("in.doc_type"), "select", { choices: DOC_TYPES }],
    ["classification", t("in.classification"), "select", { choices: CLASSIFICATIONS }],
    ["secrecy_period", t("in.secrecy"), "text"],
    ["urgency", t("in.urgency"), "select", { choices: URGENCIES }],
    ["copies", t("in.copies"), "number", { value: 1, min: 1 }],
  ], async (v) => {
    const made = await api("POST", "/api/documents/incoming", { ...v, copies: v.copies ?? 1 });
    location.hash = `#/incoming/${enc(made.id)}`;
  }, { label: t("in.signfor"), name: "sign-for" })) : null;
  return h("div", {}, h("h1", {}, t("in.title")), signFor, card(t("common.list"), documentTable(page.items ?? [], "incoming")));
}

function documentTable(items, kind) {
  return table([
    [t("common.id"), (d) => d.number ?? ""],
    [t("common.title"), (d) => link(`#/${kind}/${enc(d.id)}`, d.title)],
    [t("in.doc_type"), (d) => d.doc_type],
    [t("common.stage"), (d) => [stageTag(d.stage, d.overdue), d.under_supervision ? h("span", { class: "tag" }, t("in.supervised")) : null]],
    [t("common.deadline"), (d) => d.deadline ?? ""],
  ], items);
}

export async function incomingScreen(id) {
  const view = h("div");
  const draw = async () => {
    const d = await api("GET", `/api/documents/incoming/${enc(id)}`);
    const post = (path, body = {}) => api("POST", `/api/documents/incoming/${enc(id)}/${path}`, body);
    const acts = [];
    const s = d.stage;
    // Only what the signed-in person may do: the roles each step's API admits (documents/api/incoming.py).
    const clerk = hasRole("clerk");
    if (s === "received" && clerk) acts.push(action(t("in.register"), [], () => post("register"), draw, "register"));
    if (s === "registered" && clerk) {
      acts.push(action(t("in.accept"), [["handling", t("in.handling"), "select", { choices: [["批办件", "批办件"], ["阅知件", "阅知件"]] }]],
        (v) => post("review", { accept: true, handling: v.handling }), draw, "accept"));
      acts.push(action(t("in.return"), [["reason", t("common.reason"), "text", { required: true }]],
        (v) => post("review", { accept: false, reason: v.reason }), draw, "return"));
    }
    if (s === "accepted" && d.handling === "批办件" && hasRole("office_director")) {
      acts.push(action(t("in.propose"), [["opinion", t("in.propose"), "textarea", { required: true }]], (v) => post("propose", v), draw, "propose"));
    }
    if (s === "proposed" && hasRole("leader")) {
      acts.push(action(t("in.instruct"), [
        ["instruction", t("in.instruction"), "textarea", { required: true }],
        ["lead_department", t("in.lead"), "select", { choices: deptOptions(), required: true }],
        ["co_departments", t("in.co"), "multi", { choices: deptOptions() }],
        ["deadline", t("common.deadline"), "date"],
      ], (v) => post("instruct", v), draw, "instruct"));
    }
    if (clerk && ((s === "accepted" && d.handling === "阅知件") || s === "distributed" || s === "instructed")) {
      acts.push(action(t("in.circulate"), [["readers", t("in.readers"), "multi", { choices: peopleOptions(), required: true }],
        ["due_on", t("common.due"), "date"]], (v) => post("circulation", v), draw, "circulate"));
    }
    const round = d.circulation_status;
    if (round && !round.recalled && round.readers.some((r) => r.reader === session.me.sub && !r.read)) {
      acts.push(action(t("in.read"), [], () => post("circulation/read"), draw, "read"));
    }
    if (s === "instructed" && d.instruction?.lead_department === session.me.dept) {
      acts.push(action(t("in.reply"), [["reply", t("in.reply"), "textarea", { required: true }]], (v) => post("reply", v), draw, "reply"));
    }
    if (s === "instructed" && clerk) {
      acts.push(action(t("in.urge"), [["note", t("common.note"), "text"]], (v) => post("urge", { note: v.note ?? "" }), draw, "urge"));
    }
    acts.push(...incomingSteps(d, post, draw));
    if (["replied", "distributed"].includes(s) && clerk) acts.push(action(t("in.close"), [], () => post("close"), draw, "close"));
    if (["closed", "returned"].includes(s) && clerk) {
      acts.push(action(t("in.archive"), [["retention", t("in.retention"), "select", { choices: RETENTIONS }]], (v) => post("archive", v), draw, "archive"));
    }
    view.replaceChildren(
      h("p", {}, link("#/incoming", `← ${t("in.title")}`)),
      h("h1", {}, d.title, " ", stageTag(d.stage)),
      h("div", { class: "two" },
        h("div", {},
          card(null, facts([
            [t("in.receipt"), d.receipt_number], [t("in.sender"), d.sender], [t("in.sender_number"), d.sender_number],
            [t("in.doc_type"), d.doc_type], [t("in.classification"), d.classification === "none" ? null : `${d.classification}★${d.secrecy_period ?? ""}`],
            [t("in.urgency"), d.urgency], [t("in.handling"), d.handling], [t("in.propose"), d.proposal],
            [t("in.instruct"), d.instruction ? `${personName(d.instruction.leader)}：${d.instruction.instruction}` : null],
            [t("in.lead"), d.instruction ? deptName(d.instruction.lead_department) : null],
            [t("common.deadline"), d.instruction?.deadline],
            [t("sup.title"), d.supervision?.task_id ? link(`#/task/${enc(d.supervision.task_id)}`, t("in.supervised")) : null],
            [t("in.reply"), d.reply?.reply ?? d.reply],
          ])),
          round ? card(round.recalled ? `${t("in.circulation")}（${t("in.recalled")}）` : t("in.circulation"), h("ul", { class: "plain" }, round.readers.map((r) =>
            h("li", {}, r.name, " ", h("span", { class: r.read ? "tag" : "tag overdue" }, r.read ? t("in.hasread") : t("in.unread")))))) : null,
          filesCard(id, d),
          await history("documents", id, `/api/documents/incoming/${enc(id)}/history`)),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  };
  await draw();
  return view;
}

export async function outgoingList() {
  const page = await api("GET", "/api/documents/outgoing?limit=50");
  const draft = hasRole("staff", "department_head", "clerk", "office_director") ? card(t("out.draft"), form(draftFields(), async (v) => {
    const made = await api("POST", "/api/documents/outgoing", draftBody(v));
    location.hash = `#/outgoing/${enc(made.id)}`;
  }, { label: t("out.draft"), name: "draft" })) : null;
  const register = h("p", { class: "toolbar" }, mayReadRegister() ? link("#/numbers", `${t("numbers.title")} →`) : null,
    link("#/letterheads", `${t("lh.title")} →`));
  return h("div", {}, h("h1", {}, t("out.title")), register, draft, card(t("common.list"), documentTable(page.items ?? [], "outgoing")));
}

function draftFields(d = {}) {
  return [
    ["title", t("common.title"), "text", { required: true, wide: true, value: d.title }],
    ["doc_type", t("in.doc_type"), "select", { choices: DOC_TYPES, value: d.doc_type }],
    ["direction", t("out.direction"), "select", { choices: [["下行文", "下行文"], ["平行文", "平行文"], ["上行文", "上行文"]], value: d.direction }],
    ["classification", t("in.classification"), "select", { choices: CLASSIFICATIONS, value: d.classification }],
    ["secrecy_period", t("in.secrecy"), "text", { value: d.secrecy_period }],
    ["urgency", t("in.urgency"), "select", { choices: URGENCIES, value: d.urgency ?? "" }],
    ["main_recipients", t("out.main"), "multi", { choices: deptOptions(), value: d.main_recipients }],
    ["other_recipients", t("out.others"), "text"],
    ["copied_recipients", t("out.copied"), "multi", { choices: deptOptions(), value: d.copied_recipients }],
    ["co_issuers", t("out.co_issuers"), "multi", { choices: deptOptions(), value: d.co_issuers }],
    ["body", t("out.body"), "textarea", { value: d.body_text }],
  ];
}
function draftBody(v) {
  const others = (v.other_recipients ?? "").split(/[,，、]/).map((x) => x.trim()).filter(Boolean);
  const { other_recipients: _, ...rest } = v;
  return { ...rest, main_recipients: [...(v.main_recipients ?? []), ...others], body: v.body ?? "" };
}

/** GB/T 9704-2012 版头: 份号 (6 digits), 密级和保密期限, 紧急程度 top left; the red 发文机关标志;
 *  the 发文字号 centred — or, for a 上行文, left with 签发人 right; then the red separator line. */
function headerBlock(d) {
  const upward = d.direction === "上行文";
  return h("div", { class: "gbt", "data-preview": "gbt9704" },
    h("div", { class: "marks" },
      d.copy_numbers?.length ? h("div", { "data-field": "copy-number" }, d.copy_numbers[0]) : null,
      d.classification && d.classification !== "none" ? h("div", { "data-field": "marking" }, d.marking ?? `${d.classification}★${d.secrecy_period ?? ""}`) : null,
      d.urgency ? h("div", { "data-field": "urgency" }, d.urgency) : null),
    h("div", { class: "organ", "data-field": "organ" }, t("out.organ")),
    h("div", { class: upward ? "numline upward" : "numline" },
      h("span", { "data-field": "number" }, d.number ?? "〔　　〕"),
      upward ? h("span", { "data-field": "signer" }, "签发人：", h("span", { class: "signer-name" }, d.signature?.signer_name ?? "")) : null),
    h("hr", { class: "rule" }),
    h("div", { class: "title" }, d.title));
}

/** 修改痕迹 from version 1 to the latest: each paragraph as it now stands, with what was inserted
 *  underlined and what was deleted struck through. */
function redlineBlock(changes) {
  const runs = (inline) => inline.map((r) => (r.op === "equal" ? r.text : h(r.op === "insert" ? "ins" : "del", {}, r.text)));
  return h("div", { "data-redline": "" }, changes.paragraphs.map((p) => {
    if (p.mark === "inserted") return h("p", { "data-mark": p.mark }, h("ins", {}, p.new.number + p.new.text));
    if (p.mark === "deleted") return h("p", { "data-mark": p.mark }, h("del", {}, p.old.number + p.old.text));
    if (p.mark === "changed") return h("p", { "data-mark": p.mark }, p.new.number, ...runs(p.inline));
    return h("p", { "data-mark": p.mark }, p.new.number + p.new.text);
  }));
}

/** The redline from v1 to the latest, and a choice of any two versions to compare instead. */
function redlineCard(id, versions, changes) {
  const title = h("h2", {}, `${t("out.redline")}（v${changes.from.version} → v${changes.to.version}）`);
  const block = h("div", {}, redlineBlock(changes));
  const choices = versions.map((v) => [String(v.version), `v${v.version} ${v.step}`]);
  const compare = form([
    ["from", t("out.from"), "select", { choices, value: String(changes.from.version) }],
    ["to", t("out.to"), "select", { choices, value: String(changes.to.version) }],
  ], async (v) => {
    const chosen = await api("GET", `/api/documents/outgoing/${enc(id)}/redline?from=${v.from}&to=${v.to}`);
    title.textContent = `${t("out.redline")}（v${chosen.from.version} → v${chosen.to.version}）`;
    block.replaceChildren(redlineBlock(chosen));
  }, { label: t("out.compare"), name: "compare" });
  return h("section", { class: "card" }, title, block, compare);
}

/** The document as it will print and as it is kept: the typeset PDF (shown in the browser's viewer),
 *  the Word file, once sealed the sealed and signed PDF with who sealed it and when, and once archived
 *  the archive package (the service decides who may have each: documents/api/outgoing.py). */
async function outputsCard(id, d) {
  const base = `/api/documents/outgoing/${enc(id)}`;
  // the service's verifier on the sealed PDF's signature (pyHanko): valid or not, by whom, when
  const verdict = d.sealed ? await api("GET", `${base}/signature`) : null;
  const viewer = h("div", { class: "file-preview", "data-typeset-preview": "" });
  const show = (src, title) => viewer.replaceChildren(h("iframe", { src, title, "data-viewer": "pdf" }));
  const sealed = d.sealed;
  return card(t("out.outputs"),
    h("ul", { class: "plain" },
      h("li", {}, h("button", { type: "button", class: "link", "data-show": "pdf", onclick: () => show(`${base}/pdf`, d.title) }, t("out.pdf")),
        " ", h("a", { href: `${base}/pdf`, download: `${d.title}.pdf`, "data-download": "pdf" }, t("file.download"))),
      h("li", {}, h("a", { href: `${base}/docx`, download: `${d.title}.docx`, "data-download": "docx" }, t("out.docx"))),
      h("li", {}, h("a", { href: `${base}/ofd`, download: `${d.title}.ofd`, "data-download": "ofd" }, t("out.ofd"))),
      sealed ? h("li", { "data-sealed": "" },
        h("button", { type: "button", class: "link", "data-show": "sealed", onclick: () => show(`${base}/pdf?sealed=true`, d.title) }, t("out.sealed_pdf")),
        " ", h("span", { class: "small" }, `${t("out.sealed_by")} ${personName(sealed.sealed_by)} ${fmtTime(sealed.sealed_at)} · ${t("out.signed_pades")}`),
        " ", h("span", { class: verdict.valid && verdict.intact ? "tag" : "tag overdue", "data-signature": verdict.valid && verdict.intact ? "valid" : "invalid" },
          verdict.valid && verdict.intact ? `${t("out.signature_valid")}：${verdict.signer}，${fmtTime(verdict.signed_at)}` : t("out.signature_invalid")))
        : h("li", { class: "muted" }, t("out.not_sealed")),
      sealed && sealed.ofd_sha256
        ? h("li", { "data-sealed-ofd": "" }, h("a", { href: `${base}/ofd?sealed=true`, download: `${d.title}.ofd`, "data-download": "sealed-ofd" }, t("out.sealed_ofd")))
        : null,
      d.stage === "archived" || d.retention
        ? h("li", {}, h("a", { href: `${base}/archive?format=zip`, "data-download": "archive" }, t("out.archive_zip"))) : null),
    viewer);
}

export async function outgoingScreen(id) {
  const view = h("div");
  const draw = async () => {
    const d = await api("GET", `/api/documents/outgoing/${enc(id)}`);
    const post = (path, body = {}) => api("POST", `/api/documents/outgoing/${enc(id)}/${path}`, body);
    const s = d.stage;
    const acts = [];
    const changes = d.body_version > 1 ? await api("GET", `/api/documents/outgoing/${enc(id)}/redline?from=1&to=${d.body_version}`) : null;
    const versions = await api("GET", `/api/documents/outgoing/${enc(id)}/versions`);
    if (["drafted", "countersigning", "awaiting_signature", "signed", "rechecked"].includes(s)
        && hasRole("office_director", "department_head", "clerk")) {
      acts.push(action(t("out.edit"), [["body", t("out.body"), "textarea", { value: d.body_text }], ["note", t("common.note"), "text"]],
        (v) => post("edit", { body: v.body ?? "", note: v.note ?? "" }), draw, "edit"));
    }
    // Only what the signed-in person may do: the roles each step's API admits (documents/api/outgoing.py).
    const clerk = hasRole("clerk");
    if (s === "drafted" && hasRole("office_director")) {
      acts.push(action(t("out.approve"), [["opinion", t("common.opinion"), "text"]], (v) => post("review", { approve: true, opinion: v.opinion ?? "" }), draw, "approve"));
      acts.push(action(t("out.return"), [["opinion", t("common.opinion"), "text", { required: true }]], (v) => post("review", { approve: false, opinion: v.opinion }), draw, "return"));
    }
    if (s === "returned" && hasRole("staff", "department_head", "clerk", "office_director")) acts.push(action(t("out.revise"), draftFields(d), (v) => post("revise", draftBody(v)), draw, "revise"));
    if (mayCountersign(d)) acts.push(action(t("out.countersign"), [["opinion", t("common.opinion"), "text"]], (v) => post("countersign", { opinion: v.opinion ?? "" }), draw, "countersign"));
    if (s === "awaiting_signature" && hasRole("leader")) acts.push(action(t("out.sign"), [["opinion", t("common.opinion"), "text"]], (v) => post("sign", { opinion: v.opinion ?? "", digest: d.body_digest }), draw, "sign"));
    if (s === "signed" && clerk) {
      acts.push(action(t("out.recheck"), [["note", t("common.note"), "text"], ["substantive_change", t("out.substantive"), "text"]],
        (v) => post("recheck", { note: v.note ?? "", substantive_change: v.substantive_change }), draw, "recheck"));
    }
    if (s === "rechecked" && clerk) {
      acts.push(action(t("out.register"), [["code", t("out.code"), "text", { required: true, value: "县府办发" }],
        ["copies", t("out.copies"), "number", { required: true, value: Math.max(1, (d.main_recipients?.length ?? 0) + (d.copied_recipients?.length ?? 0)), min: 1 }]],
      (v) => post("register", v), draw, "register"));
    }
    if (s === "registered" && clerk) acts.push(action(t("out.print"), [], () => post("print"), draw, "print"));
    acts.push(...outgoingSteps(d, post, draw));
    if (s === "printed" && clerk) {
      const pending = (d.distribution ?? []).filter((r) => !d.dispatched?.[r]);
      acts.push(action(t("out.dispatch"), [["recipients", t("out.recipients"), "multi", { choices: pending.map((r) => [r, deptName(r)]) }]],
        (v) => post("dispatch", { recipients: v.recipients?.length ? v.recipients : null }), draw, "dispatch"));
    }
    if (["issued", "revoked", "abolished"].includes(s) && !d.retention && clerk) acts.push(action(t("out.archive"), [["retention", t("in.retention"), "select", { choices: RETENTIONS }]], (v) => post("archive", v), draw, "archive"));
    if (["issued", "archived"].includes(s) && hasRole("leader")) acts.push(action(t("out.revoke"), [["reason", t("common.reason"), "text", { required: true }]], (v) => post("revoke", v), draw, "revoke"));
    view.replaceChildren(
      h("p", {}, link("#/outgoing", `← ${t("out.title")}`)),
      h("h1", {}, d.title, " ", stageTag(d.stage)),
      h("div", { class: "two" },
        h("div", {},
          card(t("out.preview"), headerBlock(d)),
          await outputsCard(id, d),
          filesCard(id, d, "outgoing"),
          card(`${t("out.body")}（v${d.body_version}）`, h("div", { "data-field": "body" },
            (d.body_text ?? "").split("\n").filter(Boolean).map((line) => h("p", {}, line)))),
          changes ? redlineCard(id, versions, changes) : null,
          card(t("out.versions"), table([
            [t("out.version"), (v) => `v${v.version}`], [t("out.step"), (v) => v.step],
            [t("out.by"), (v) => personName(v.by)], [t("common.time"), (v) => fmtTime(v.at)],
          ], versions)),
          card(null, facts([
            [t("out.number"), d.number], [t("in.doc_type"), d.doc_type], [t("out.direction"), d.direction],
            [t("common.department"), deptName(d.drafting_department)], [t("out.main"), (d.main_recipients ?? []).map(deptName).join("、")],
            [t("out.copied"), (d.copied_recipients ?? []).map(deptName).join("、")], ...coIssuerFacts(d), [t("out.signer"), d.signature?.signer_name],
            [t("common.date"), d.date_of_issue], [t("out.copy_no"), d.copy_numbers?.length ? `${d.copy_numbers[0]}–${d.copy_numbers.at(-1)}` : null],
            [t("out.dispatch"), Object.keys(d.dispatched ?? {}).map(deptName).join("、")],
          ])),
          await history("documents", id, `/api/documents/outgoing/${enc(id)}/history`)),
        card(t("common.actions"), acts.length ? h("div", { class: "actions" }, acts) : h("p", { class: "muted" }, t("common.none")))));
  };
  await draw();
  return view;
}

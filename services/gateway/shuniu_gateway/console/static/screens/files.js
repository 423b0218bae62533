// A document's files — a 收文's scan and attachments, a 发文's attachments: drop (or choose) a file to
// upload it with its role and a progress bar, the list with each file's hash-named link, and the
// inline preview — a PDF in the browser's own viewer, an image as an image. The service decides who
// may attach and who may see (404 to the uninvolved).
import { t } from "../i18n.js";
import { api, card, fmtTime, h, personName, table, upload } from "../ui.js";

const enc = encodeURIComponent;
const INLINE = (type) => type === "application/pdf" || type.startsWith("image/");
// An upload under way, its outcome, a file being read: a live redraw of the screen (someone acted on
// the document, or this very upload) would take them away, so the shell says "updated" instead (app.js).
const keepOnScreen = () => { document.getElementById("view").dataset.dirty = "1"; };

// Until when files may be added: a 收文 until it is archived, a 发文 until it is signed (after 签发 it
// goes back for revision to change them: documents/domain/outgoing.py).
const ATTACHABLE = {
  incoming: (stage) => stage !== "archived",
  outgoing: (stage) => ["drafted", "returned", "countersigning", "awaiting_signature"].includes(stage),
};

export function filesCard(id, document, kind = "incoming") {
  const base = `/api/documents/${kind}/${enc(id)}/files`;
  const list = h("div", { "data-files": "" });
  const preview = h("div", { class: "file-preview", "data-file-preview": "" });
  const uploads = h("div", { "data-uploads": "" });
  let files = document.files ?? [];

  const show = (file) => {
    keepOnScreen();
    const src = `${base}/${file.sha256}`;
    const viewer = file.media_type === "application/pdf"
      ? h("iframe", { src, title: file.name, "data-viewer": "pdf" })
      : h("img", { src, alt: file.name, "data-viewer": "image" });
    preview.replaceChildren(h("h3", { class: "small" }, file.name), viewer);
  };
  const drawList = () => list.replaceChildren(table([
    [t("file.role"), (f) => f.role],
    [t("file.name"), (f) => h("span", { "data-file-name": "" }, f.name)],
    [t("file.size"), (f) => size(f.size)],
    [t("file.type"), (f) => f.media_type],
    [t("file.by"), (f) => `${personName(f.attached_by)} ${fmtTime(f.attached_at)}`],
    ["", (f) => [
      INLINE(f.media_type) ? h("button", { type: "button", class: "link", "data-preview-of": f.sha256, onclick: () => show(f) }, t("file.view")) : null,
      " ",
      h("a", { href: `${base}/${f.sha256}`, download: f.name, "data-download": f.sha256 }, t("file.download")),
    ]],
  ], files));

  const options = () => roles(files, kind).map((r) => h("option", { value: r }, r));
  const role = h("select", { name: "role" }, options());
  const input = h("input", { type: "file", name: "file", multiple: true });
  const send = async (chosen) => {
    keepOnScreen();
    for (const file of chosen) {
      const bar = h("progress", { max: 100, value: 0 });
      const percent = h("span", { "data-percent": "" }, "0%");
      const status = h("span", { class: "small" });
      uploads.append(h("div", { class: "upload", "data-upload": file.name }, h("span", {}, file.name), bar, percent, status));
      try {
        await upload(`${base}?role=${enc(role.value)}`, file, (loaded, total) => {
          const done = Math.floor((loaded / total) * 100);
          bar.value = done;
          percent.textContent = `${done}%`;
        });
        status.replaceChildren(h("span", { class: "ok" }, t("file.uploaded")));
      } catch (error) {
        status.replaceChildren(h("span", { class: "problem", role: "alert" }, error.message));
      }
    }
    files = (await api("GET", base)).items;
    role.replaceChildren(...options());
    drawList();
  };
  input.addEventListener("change", () => { send(Array.from(input.files)); input.value = ""; });
  const zone = h("div", { class: "dropzone", "data-dropzone": "" }, t("file.drop"), " ", h("label", { class: "link" }, t("file.choose"), input));
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    send(Array.from(event.dataTransfer.files));
  });

  drawList();
  const attach = ATTACHABLE[kind](document.stage)
    ? h("div", { class: "attach" }, h("label", {}, t("file.role"), role), zone, uploads) : null;
  return card(t(kind === "incoming" ? "file.title" : "file.attachments"), attach, list, preview);
}

/** The roles a new file may take: a 收文's scan, or the next 附件 N (or any earlier one again). */
function roles(files, kind) {
  const numbers = files.map((f) => /^附件\s*(\d+)$/.exec(f.role)?.[1]).filter(Boolean).map(Number);
  const next = Math.max(0, ...numbers) + 1;
  const attachments = Array.from({ length: next }, (_, i) => `附件${i + 1}`);
  return kind === "incoming" ? ["原件扫描", ...attachments] : attachments;
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

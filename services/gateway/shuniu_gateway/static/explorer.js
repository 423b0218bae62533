// The gateway's API explorer: reads /openapi.json and lets a signed-in user call any operation.
// Self-contained (no CDN), so the docs work on a closed network; requests go out with the console's
// session cookie, so the caller sees exactly what their roles, department and clearance allow.
"use strict";

const METHODS = ["get", "post", "put", "patch", "delete"];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

async function showWho() {
  const response = await fetch("/auth/me", { credentials: "same-origin" });
  const who = document.getElementById("who");
  if (response.ok) {
    const me = await response.json();
    who.textContent = `${me.name}（${me.sub}，${me.dept}，${me.roles.join("、")}，密级 ${me.clearance}）`;
  } else {
    who.textContent = "未登录 / not signed in";
  }
}

function operationPanel(path, method, operation) {
  const parameters = operation.parameters || [];
  const inputs = parameters.map((p) => {
    const input = el("input", { name: p.name, placeholder: p.in });
    return [p, input, el("label", {}, `${p.name}${p.required ? " *" : ""} (${p.in}) `, input)];
  });
  const body = operation.requestBody ? el("textarea", { placeholder: "JSON" }) : null;
  const output = el("pre");
  const send = el("button", {}, "发送 Send");
  send.addEventListener("click", async () => {
    let url = path;
    const query = new URLSearchParams();
    const headers = { "Accept-Language": navigator.language || "zh-CN" };
    for (const [p, input] of inputs) {
      if (!input.value) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(input.value));
      else if (p.in === "query") query.append(p.name, input.value);
      else if (p.in === "header") headers[p.name] = input.value;
    }
    if (body) headers["Content-Type"] = "application/json";
    const qs = query.toString();
    const response = await fetch(qs ? `${url}?${qs}` : url, {
      method: method.toUpperCase(), headers, credentials: "same-origin", body: body ? body.value : undefined,
    });
    const text = await response.text();
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON: as is */ }
    output.textContent = `${response.status} ${response.statusText}\n\n${shown}`;
  });
  const panel = el("div", { class: "op" });
  if (operation.description) panel.append(el("p", {}, operation.description));
  for (const [, , label] of inputs) panel.append(label);
  if (body) panel.append(el("label", {}, "请求体 / body"), body);
  panel.append(send, output);
  return el("details", {},
    el("summary", {}, el("span", { class: `method ${method}` }, method.toUpperCase()), ` ${path}  `,
      operation.summary || ""),
    panel);
}

async function render() {
  const spec = await (await fetch("/openapi.json")).json();
  const groups = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const group = (item[method].tags || ["gateway"])[0];
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(operationPanel(path, method, item[method]));
    }
  }
  const main = document.getElementById("services");
  main.replaceChildren();
  for (const name of spec["x-unavailable"] || []) {
    main.append(el("h2", { class: "unavailable" }, `${name} — 暂不可用 / unavailable`));
  }
  for (const [name, panels] of groups) main.append(el("h2", {}, name), ...panels);
}

document.getElementById("signin").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  await fetch("/auth/login", {
    method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: form.get("username"), password: form.get("password") }),
  });
  await showWho();
});
document.getElementById("signout").addEventListener("click", async () => {
  await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
  await showWho();
});
showWho();
render();

// 实时推送 Live updates: one server-sent-events stream from the dashboards (GET /api/dashboards/live)
// saying which objects the person may see have changed, after the read models have them. The shell
// decides what to redraw (app.js). The stream ends by itself every two minutes and the browser opens
// it again; a 401 (the short access token ran out) closes it for good, so it is reopened here once
// the session has given a fresh token.
import { refreshSession } from "./ui.js";

let source = null;
let wanted = false;

export function startLive({ changed, resync, offline }) {
  wanted = true;
  stopSource();
  source = new EventSource("/api/dashboards/live", { withCredentials: true });
  source.addEventListener("changed", (event) => changed(JSON.parse(event.data)));
  source.addEventListener("resync", () => resync());
  source.addEventListener("open", () => offline(false));
  source.addEventListener("error", async () => {
    offline(true);
    if (source?.readyState !== EventSource.CLOSED || !wanted) return;  // the browser retries by itself
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (wanted && await refreshSession()) startLive({ changed, resync, offline });
  });
}

export function stopLive() {
  wanted = false;
  stopSource();
}

function stopSource() {
  source?.close();
  source = null;
}

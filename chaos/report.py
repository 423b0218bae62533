"""docs/chaos/report.md from the run's JSON."""

from __future__ import annotations

from typing import Any


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# `make chaos` report",
        "",
        f"Run {report['started']} on `{m['host']}`: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, "
        f"Linux {m['kernel']}, Python {m['python']}, commit `{m['commit']}`. "
        f"Load average (1/5/15 min) at start {fmt_load(report['loadavg_at_start'])}, "
        f"at end {fmt_load(report['loadavg_at_end'])}. Whole run {report['total_seconds']} s.",
        "",
    ]
    faults = report.get("faults")
    if faults:
        lines += faults_section(faults)
    fuzz = report.get("fuzz")
    if fuzz:
        lines += fuzz_section(fuzz)
    return "\n".join(lines) + "\n"


def fmt_load(values: Any) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def faults_section(f: dict[str, Any]) -> list[str]:
    final = f["final"]
    lines = [
        "## Faults under load",
        "",
        f"Commands answered 2xx: **{f['accepted']}** (收文签收 `POST /api/documents/incoming` and 督办立项 "
        "`POST /api/supervision/tasks`, through the gateway, each with its own `Idempotency-Key`, retried with "
        "the same key on 503/504/429 and on connection errors). After each fault the load pauses and the "
        "checks are polled until they hold: every 2xx command's events in its service's store (versions "
        "1…n, no gaps), on its topic, in the projection's timeline, objects at the store's version and a "
        "row in the board; no stream of this run that no 2xx answered for. *Converged* is the time from the "
        "pause until every check held.",
        "",
        "| phase | 2xx in phase | converged (s) | restart / outage | problems | records on the topic twice |",
        "|---|---|---|---|---|---|",
    ]
    for p in f["phases"]:
        outage = ""
        if "restart_to_ready_seconds" in p:
            outage = f"ready {p['restart_to_ready_seconds']} s after restart"
        if "down_seconds" in p:
            outage = f"down {p['down_seconds']} s"
        lines.append(
            f"| {p['phase']} | {p['accepted_in_phase']} | {p['converged_seconds']} | {outage} | "
            f"{'; '.join(p['problems']) or 'none'} | {'; '.join(p['doubled_on_topic']) or 'none'} |"
        )
    poison = f["poison"]
    lines += [
        "",
        f"**Poison events** (type used for the schema-breaking one: `{poison['type_used']}`): dead-lettered after "
        f"{poison['dead_lettered_after_seconds']} s; records per DLQ {poison['poison_records_per_dlq']}; in the "
        f"projection's timeline: {poison['poison_in_projection_timeline']}; 2xx while poisoned: "
        f"{poison['accepted_while_poisoned']}; converged in {poison['converged_seconds']} s; problems: "
        f"{'; '.join(poison['problems']) or 'none'}.",
        "",
        f"**At the end**: converged in {final['converged_seconds']} s; problems: "
        f"{'; '.join(final['problems']) or 'none'}; on the topic more than once: "
        f"{'; '.join(final['doubled_on_topic']) or 'none'}.",
        "",
        "| stream | 2xx commands | events in store | on topic | extra copies on topic | in timeline | board rows |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, x in final["figures"].items():
        lines.append(
            f"| {kind} | {x['accepted']} | {x['events_in_store']} | {x['on_topic']} | "
            f"{x['duplicate_records_on_topic']} | {x['in_timeline']} | {x['board_rows']} |"
        )
    lines += [
        "",
        f"Refused definitively (4xx other than 429, or 5xx other than 503/502/504): {len(f['rejected'])}; "
        f"given up after 180 s of retries: {len(f['given_up'])}.",
        "",
    ]
    for r in f["rejected"][:20]:
        lines.append(f"- {r['phase']}: {r['kind']} {r['status']} `{r['body'][:200]}`")
    lines += [
        "",
        "### Every attempt, by phase (through the gateway)",
        "",
        "| phase | outcomes | p50 ms | p99 ms | max ms | > 5 s |",
        "|---|---|---|---|---|---|",
    ]
    for phase, a in f["attempts"].items():
        outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(a["outcomes"].items()))
        lines.append(
            f"| {phase} | {outcomes} | {a['p50_ms']} | {a['p99_ms']} | {a['max_ms']} | {a['slower_than_5s']} |"
        )
    lines += [
        "",
        "### Read probes while the faults were on (every 0.5 s)",
        "",
        "| phase | probe | outcomes | max ms |",
        "|---|---|---|---|",
    ]
    for phase, probes in f["probes"].items():
        for label, p in probes.items():
            outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(p["outcomes"].items()))
            lines.append(f"| {phase} | {label} | {outcomes} | {p['max_ms']} |")
    rss = ", ".join(f"{k} {v:.0f} MB" for k, v in f["rss_mb_after"].items())
    lines += ["", f"Resident memory of each service after the run: {rss}.", ""]
    return lines


def fuzz_section(z: dict[str, Any]) -> list[str]:
    lines = [
        "## Generated bad input (schemathesis)",
        "",
        z.get("summary", ""),
        "",
        "| target | operations | cases | 5xx | schema violations | other failures | seconds |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in z["targets"]:
        lines.append(
            f"| {t['target']} | {t['operations']} | {t['cases']} | {t['server_errors']} | "
            f"{t['schema_violations']} | {t['other_failures']} | {t['seconds']} |"
        )
    lines.append("")
    for t in z["targets"]:
        for finding in t.get("findings", [])[:15]:
            lines.append(f"- {t['target']}: {finding}")
    lines.append("")
    return lines

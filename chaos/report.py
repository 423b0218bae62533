"""docs/chaos/report.md from the run's JSON."""

from __future__ import annotations

from typing import Any

from chaos.cluster import REQUIRED_WORK, verdicts
from chaos.fuzz import STREAMS_REGEX


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
    lines += verdict(report)
    faults = report.get("faults")
    if faults:
        lines += faults_section(faults)
    fuzz = report.get("fuzz")
    if fuzz:
        lines += fuzz_section(fuzz)
    cluster = report.get("cluster")
    if cluster:
        lines += cluster_section(cluster)
    return "\n".join(lines) + "\n"


def verdict(report: dict[str, Any]) -> list[str]:
    """Each acceptance line of issue 10, met or not, from the figures below."""
    rows = []
    f = report.get("faults")
    if f:
        phases = [*f["phases"], {**f["poison"], "phase": "poison"}]
        lost = [p["phase"] for p in phases if p["converged_seconds"] is None or p["problems"]]
        # The duplicate counts are cumulative: name the phase after which each new one appeared.
        doubled: list[str] = []
        before: list[str] = []
        for p in phases:
            if p["doubled_on_topic"] != before:
                doubled.append(f"{p['phase']}: {'; '.join(p['doubled_on_topic'])}")
            before = p["doubled_on_topic"]
        slowest = max((p["converged_seconds"] or 0) for p in phases)
        rows.append(
            (
                "every 2xx command's events in the store, on the topic and in the read models; nothing else",
                not lost and not f["final"]["problems"],
                f"converged after every fault, slowest {slowest} s" if not lost else f"not after: {lost}",
            )
        )
        rows.append(
            (
                "each event on its topic exactly once",
                not doubled and not f["final"]["doubled_on_topic"],
                "no record published twice"
                if not doubled
                else f"first seen after {doubled} (at-least-once relay; consumers deduplicate by id)",
            )
        )
        errors = {
            phase: {
                k: v for k, v in a["outcomes"].items() if k[:1] == "5" and k[:3] not in ("502", "503", "504")
            }
            for phase, a in f["attempts"].items()
        }
        errors = {phase: e for phase, e in errors.items() if e}
        probe_errors = {
            (phase, label): p["outcomes"]
            for phase, probes in f["probes"].items()
            for label, p in probes.items()
            if any(k[:1] == "5" and k[:3] not in ("502", "503", "504") for k in p["outcomes"])
        }
        hangs = sum(a["slower_than_5s"] for a in f["attempts"].values())
        rows.append(
            (
                "503, never 500, while a dependency is down",
                not errors and not probe_errors,
                "no 500" if not errors and not probe_errors else f"500s: {errors} {list(probe_errors)}",
            )
        )
        rows.append(
            ("never hangs (no answer slower than 5 s)", hangs == 0, f"{hangs} answers slower than 5 s")
        )
        rows.append(
            (
                "recovers without a hand",
                not f["given_up"] and not lost,
                "every command got its 2xx by retrying with its key; nothing restarted by hand",
            )
        )
        rows.append(
            (
                "poison events dead-lettered, consumers go on",
                len(f["poison"]["dead_lettered_after_seconds"]) == 2 and not f["poison"]["problems"],
                f"{f['poison']['poison_records_per_dlq']}; {f['poison']['accepted_while_poisoned']} "
                "commands accepted and projected meanwhile",
            )
        )
    z = report.get("fuzz")
    if z:
        five = sum(t["server_errors"] for t in z["targets"])
        schema = sum(t["schema_violations"] for t in z["targets"])
        # Every target, the gateway's own routes too: since chaos/sign_in.py describes what /auth/*
        # reads, the generator has inputs to vary there as well.
        small = [t["target"] for t in z["targets"] if t["cases"] < 1000]
        rows.append(("schemathesis: no 5xx", five == 0, f"{five} operations with a 5xx (see below)"))
        rows.append(("schemathesis: no answer outside its schema", schema == 0, f"{schema}"))
        untested = {
            t["target"]: t.get("schema_errors") or t.get("errored_operations", 0) for t in z["targets"]
        }
        untested = {target: what for target, what in untested.items() if what}
        rows.append(
            (
                "schemathesis: every operation's document readable, so every operation tested",
                not untested,
                ("every target" if not untested else f"not tested (invalid schema object): {untested}")
                + f"; left out by design: streams matching `{STREAMS_REGEX}` (answers that never end)",
            )
        )
        rows.append(
            (
                "schemathesis: ≥ 1,000 cases per service, directly, through the gateway and on its own routes",
                not small,
                "every target" if not small else f"fewer for: {small}",
            )
        )
    rows.append(
        ("the whole run under 15 minutes", report["total_seconds"] < 900, f"{report['total_seconds']} s")
    )
    lines = ["## Verdict", "", "| requirement | met | evidence |", "|---|---|---|"]
    lines += [f"| {what} | {'yes' if ok else '**no**'} | {evidence} |" for what, ok, evidence in rows]
    return [*lines, ""]


def fmt_load(values: Any) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def faults_section(f: dict[str, Any]) -> list[str]:
    final = f["final"]
    lines = [
        "## Faults under load",
        "",
        f"Commands answered 2xx: **{f['accepted']}** (收文签收 `POST /api/documents/incoming`, 督办立项 "
        "`POST /api/supervision/tasks`, 安排会议 `POST /api/meetings/meetings` and 预约来访 "
        "`POST /api/reception/visits`, through the gateway, each with its own `Idempotency-Key`, retried with "
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
        f"Answers that were neither 2xx nor a retryable 429/502/503/504: {len(f['rejected'])}; "
        f"given up after 180 s of retries: {len(f['given_up'])}.",
        "",
    ]
    keys: dict[str, list[dict[str, Any]]] = {}
    for r in f["rejected"]:
        keys.setdefault(r["key"], []).append(r)
    if keys:
        lines.append(
            f"Those refusals came from {len(keys)} commands (one Idempotency-Key each), retried with the "
            "same key until they got a 2xx:"
        )
        lines.append("")
    for key, refusals in keys.items():
        r = refusals[0]
        code = "internal_error" if '"internal_error"' in r["body"] else r["body"][:120]
        lines.append(f"- {r['phase']}: {r['kind']} `{key}` — {len(refusals)} × {r['status']} {code}")
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


def cluster_section(c: dict[str, Any]) -> list[str]:
    """Issue 20's distributed fault test (chaos.cluster), with its own run's time and commit: it can
    be run alone (`python -m chaos --only-cluster`) after the rest of the report."""
    m = c["machine"]
    final = c["final"]
    lines = [
        f"## Distributed: {c['brokers']} Kafka brokers, {c['replicas']} replicas of every service",
        "",
        f"Run {c['started']} (commit `{m['commit']}`, {m['cores']} cores, {m['memory_gib']} GiB; load average "
        f"{fmt_load(c['loadavg_at_start'])} at start, {fmt_load(c['loadavg_at_end'])} at end), "
        f"{c['total_seconds']} s in all, the stack up in {c['stack_start_seconds']} s. Kafka is a KRaft cluster "
        "of three combined broker+controller nodes (static quorum, `default.replication.factor` 3, "
        "`min.insync.replicas` 2, 256 MB heaps); each service runs twice, gateway k forwarding to replica k "
        "of every service, and the load sends its commands to the two gateways in turn (a retry goes to the "
        "other one). Faults, one phase each, under the same load as above: a broker SIGKILLed and started "
        "again, then replica 1 of every service SIGKILLed at once and started again (every consumer group "
        "loses a member and rebalances, then takes it back). Run alone with `python -m chaos --only-cluster`.",
        "",
        "| requirement | met | evidence |",
        "|---|---|---|",
    ]
    lines += [f"| {what} | {'yes' if ok else '**no**'} | {evidence} |" for what, ok, evidence in verdicts(c)]
    lines += [
        "",
        "Partitions of two of the topics after the run (replicas and in-sync replicas by node id):",
        "",
    ]
    for topic, partitions in c["topics"].items():
        layout = "; ".join(f"{p['partition']}: {p['replicas']} in sync {p['isr']}" for p in partitions)
        lines.append(f"- `{topic}`: {layout}")
    lines += [
        "",
        "| phase | 2xx in phase | converged (s) | fault | problems | records on the topic twice |",
        "|---|---|---|---|---|---|",
    ]
    for p in c["phases"]:
        fault = ""
        if "broker_restart_seconds" in p:
            fault = f"down {p['broker_down_seconds']} s, then {p['broker_restart_seconds']} s to start and catch up"
        if "killed" in p:
            fault = f"{len(p['killed'])} processes killed, all ready {p['replicas_ready_seconds']} s after restart"
        lines.append(
            f"| {p['phase']} | {p['accepted_in_phase']} | {p['converged_seconds']} | {fault} | "
            f"{'; '.join(p['problems']) or 'none'} | {'; '.join(p['doubled_on_topic']) or 'none'} |"
        )
    lines += [
        "",
        f"**Convergence at the end**: every check held {final['converged_seconds']} s after the load stopped. "
        f"Commands answered 2xx: **{c['accepted']}** of {c['attempts']} attempts; refused otherwise than "
        f"429/502/503/504: {len(c['rejected'])}; given up: {len(c['given_up'])}.",
        "",
        "| stream | 2xx commands | without events | events in store | on topic | extra copies on topic "
        "| in timeline | timeline rows twice | board rows |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for kind, x in final["figures"].items():
        lines.append(
            f"| {kind} | {x['accepted']} | {x['accepted_without_events']} | {x['events_in_store']} | "
            f"{x['on_topic']} | {x['duplicate_records_on_topic']} | {x['in_timeline']} | "
            f"{x['duplicate_rows_in_timeline']} | {x['board_rows']} |"
        )
    lines += [
        "",
        "**Work per replica**, from each process's own `/metrics` (scraped every second; a killed "
        "process's last figures are added to its successor's, so up to a second of its work before the "
        "SIGKILL is not counted and the sums can fall a little short of the 2xx count above): commands "
        "answered 2xx (`POST`), events its consumers handled, events its outbox relay published (one "
        "replica holds a service's relay lock at a time, the other standing by until it dies). *Share* "
        "is the replica's part of its service's work: commands for the gateway and the command "
        "services, events consumed for the projection and notifications.",
        "",
        "| service | replica | commands 2xx | events consumed | events published | share |",
        "|---|---|---|---|---|---|",
    ]
    for service, replicas in c["share"].items():
        figure = REQUIRED_WORK.get(service, "commands_2xx")
        total = sum(work.get(figure, 0) for work in replicas.values()) or 1
        for name, work in sorted(replicas.items()):
            lines.append(
                f"| {service} | {name} | {work['commands_2xx']:.0f} | {work['events_consumed']:.0f} | "
                f"{work['events_published']:.0f} | {100 * work.get(figure, 0) / total:.0f} % |"
            )
    restarted = ", ".join(
        f"{name}: {work['commands_2xx']:.0f} commands, {work['events_consumed']:.0f} events consumed, "
        f"{work['events_published']:.0f} published"
        for name, work in sorted(c["after_restart"].items())
    )
    lines += ["", f"What each killed replica's new process did once started again: {restarted}."]
    return [*lines, ""]

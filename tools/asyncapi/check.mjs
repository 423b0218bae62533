// Parses an AsyncAPI document (a file named on the command line, or stdin) with the reference parser
// and prints its diagnostics as JSON lines: {"severity": "error"|"warning"|"info"|"hint", "code", "message", "path"}.
// Exits 1 when any diagnostic is an error, so a consumer's tooling would refuse the document too.
import { readFileSync } from "node:fs";
import { Parser, DiagnosticSeverity } from "@asyncapi/parser";

const text = readFileSync(process.argv[2] ?? 0, "utf8");
const { diagnostics } = await new Parser().parse(text);
const names = { [DiagnosticSeverity.Error]: "error", [DiagnosticSeverity.Warning]: "warning",
  [DiagnosticSeverity.Information]: "info", [DiagnosticSeverity.Hint]: "hint" };
for (const d of diagnostics) {
  console.log(JSON.stringify({ severity: names[d.severity], code: d.code, message: d.message, path: d.path.join(".") }));
}
process.exit(diagnostics.some((d) => d.severity === DiagnosticSeverity.Error) ? 1 : 0);

#!/usr/bin/env bash
# Regenerates the score table of the bundled profiles in docs/methodology.md
# (between the "score-table" markers) from the real engine, so that the table
# is never typed by hand.
#
#   scripts/score-table.sh            rewrite the table in docs/methodology.md
#   scripts/score-table.sh --print    print the Markdown table only
#
# Scores with the methodology file in data/ (not the copy compiled into the
# binary, which may be older). Uses $AISOV_CLI if set, else build/src/cli/aisov-cli (build it first with
# scripts/build.sh). Needs python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."

cli=${AISOV_CLI:-build/src/cli/aisov-cli}
if [[ ! -x "$cli" ]]; then
    echo "score-table.sh: $cli not found; build first (scripts/build.sh) or set AISOV_CLI" >&2
    exit 1
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$cli" score --methodology data/methodology/ai-sovereignty.json \
    --profiles data/profiles/bundled-profiles.json --format json >"$tmp"

table=$(python3 - "$tmp" <<'PY'
import json
import sys

doc = json.load(open(sys.argv[1], encoding="utf-8"))
meth = doc["methodology"]
pillars = [p["id"] for p in doc["results"][0]["pillars"]] if doc["results"] else []
head = ["Code", "Name", "Score", "Band", "Coverage", "Met"] + [p.capitalize() for p in pillars]
lines = [
    f"Methodology `{meth['id']}` version {meth['version']}; profiles "
    "`data/profiles/bundled-profiles.json`. Pillar scores 0-100, `-` = no data; "
    "coverage = share of the methodology's indicator weight that has data.",
    "",
    "| " + " | ".join(head) + " |",
    "|" + "|".join(["---"] * 2 + ["---:"] * (len(head) - 2)) + "|",
]
for r in doc["results"]:
    score = "-" if r["score"] is None else f"{r['score']:.1f}"
    band = "insufficient data" if r.get("insufficient_data") else r["band"]
    cells = [r["code"], r["name"], score, band, f"{100 * r['coverage']:.0f}%",
             f"{r['met']}/{len(r['pillars'])}"]
    for p in r["pillars"]:
        cells.append("-" if p["score"] is None else f"{p['score']:.1f}")
    lines.append("| " + " | ".join(cells) + " |")
print("\n".join(lines))
PY
)

if [[ "${1:-}" == "--print" ]]; then
    printf '%s\n' "$table"
    exit 0
fi

doc=docs/methodology.md
python3 - "$doc" "$table" <<'PY'
import sys

path, table = sys.argv[1], sys.argv[2]
begin, end = "<!-- score-table:begin -->", "<!-- score-table:end -->"
text = open(path, encoding="utf-8").read()
if begin not in text or end not in text:
    sys.exit(f"score-table.sh: {path} has no {begin} ... {end} markers")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, "w", encoding="utf-8").write(head + begin + "\n" + table + "\n" + end + tail)
print(f"score-table.sh: updated {path}")
PY

#!/usr/bin/env bash
# Times the questions people ask a store: every example query, stats, entities, show, dot,
# path and rank, each run three times in a row (warm page cache), the best and worst wall times
# printed as one Markdown table row per command.
#
# Usage: scripts/bench_queries.sh STORE [NEWSGRAPH]
#   STORE      a store built by `newsgraph ingest`
#   NEWSGRAPH  the binary (default: target/release/newsgraph, or $CARGO_TARGET_DIR/release/newsgraph)
#
# The person asked about is the most mentioned one (`entities --class person`), the second one
# is the path's other end; query output goes to /dev/null, only the times are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

store=${1:?usage: scripts/bench_queries.sh STORE [NEWSGRAPH]}
ng=${2:-${CARGO_TARGET_DIR:-target}/release/newsgraph}
[ -x "$ng" ] || { echo "no newsgraph binary at $ng (build with cargo build --release)" >&2; exit 1; }

listed=$("$ng" --store "$store" entities --class person)
people=$(awk 'NR > 2 && $1 ~ /^id:/ && n++ < 2 { print $1 }' <<<"$listed")
first=$(echo "$people" | sed -n 1p | sed 's|^id:|https://w3id.org/newsgraph/id/|')
second=$(echo "$people" | sed -n 2p | sed 's|^id:|https://w3id.org/newsgraph/id/|')

time_it() {
  local name=$1
  shift
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "| \`$name\` | failed: $* |"; return; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '| `%s` | %.2f–%.2f s |\n' "$name" "$(echo "$sorted" | head -1)" "$(echo "$sorted" | tail -1)"
}

echo "| command | wall time (3 runs, warm) |"
echo "| --- | --- |"
for query in examples/queries/*.rq; do
  time_it "query -f $query" "$ng" --store "$store" query -f "$query" --format tsv
done
time_it "stats" "$ng" --store "$store" stats
time_it "entities" "$ng" --store "$store" entities
time_it "show <most mentioned person>" "$ng" --store "$store" show "$first"
time_it "dot --focus <most mentioned person> --hops 2" "$ng" --store "$store" dot --focus "$first" --hops 2
time_it "path <first> <second>" "$ng" --store "$store" path "$first" "$second"
time_it "rank" "$ng" --store "$store" rank

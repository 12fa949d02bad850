#!/usr/bin/env bash
# Times `newsgraph ingest` against Oxigraph's own bulk loader on the same data.
#
# Usage: scripts/bench_store.sh [N]          N articles (default 1000), generated here
#        CORPUS=FILE.jsonl scripts/bench_store.sh   an existing corpus
#
# Ingests the corpus into a fresh store (with and without the RESOLVE pass that ends an ingest),
# exports the store as N-Quads, loads that export with `oxigraph load` into a fresh directory,
# and prints the times, the peak memory and the ratio ingest / load. Needs /usr/bin/time and
# the `oxigraph` command (installed with pip when missing). Set THREADS to pass --threads.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${NEWSGRAPH:-$root/target/release/newsgraph}
n=${1:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench_store.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ ! -x "$bin" ]; then
    echo "building newsgraph (release)" >&2
    (cd "$root" && cargo build --release --quiet)
fi
if ! command -v oxigraph >/dev/null; then
    echo "the oxigraph command is missing: installing it with pip (pip install oxigraph)" >&2
    pip install --quiet oxigraph || pip install --quiet --break-system-packages oxigraph
fi

corpus=${CORPUS:-}
if [ -z "$corpus" ]; then
    corpus=$work/corpus.jsonl
    if [ -f "$root/scripts/gen_corpus.py" ]; then
        python3 "$root/scripts/gen_corpus.py" "$n" "$corpus"
    else
        # 14 example articles a copy.
        python3 "$root/scripts/bench_corpus.py" $(((n + 13) / 14)) "$corpus"
    fi
fi
articles=$(grep -c . "$corpus")
threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")

# Runs a command under /usr/bin/time; prints "SECONDS KB". Its messages are shown only when it
# fails (an ingest that fails on some articles still counts: exit code 1).
timed() {
    local code=0
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || code=$?
    if [ "$code" -gt 1 ]; then cat "$work/stderr" >&2; fi
    tail -1 "$work/time"
}

echo "corpus: $corpus ($articles articles), $(nproc) cores, ${THREADS:-all} extraction threads"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (the times are wall-clock: other work on the machine slows them)"
read -r ingest_s ingest_kb < <(timed "$bin" --store "$work/store" ingest -q "${threads[@]}" "$corpus")
read -r plain_s plain_kb < <(timed "$bin" --store "$work/store-nr" ingest -q --no-resolve "${threads[@]}" "$corpus")
"$bin" --store "$work/store" export --format nquads -o "$work/export.nq"
"$bin" --store "$work/store-nr" export --format nquads -o "$work/export-nr.nq"
quads=$(wc -l <"$work/export.nq")
read -r load_s load_kb < <(timed oxigraph load --location "$work/loaded" --file "$work/export.nq")
read -r load_nr_s load_nr_kb < <(timed oxigraph load --location "$work/loaded-nr" --file "$work/export-nr.nq")
read -r query_s _ < <(timed "$bin" --store "$work/store" query "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-34s %8s %10s\n' "" "seconds" "peak MB"
printf '%-34s %8s %10d\n' "ingest (with resolve)" "$ingest_s" $((ingest_kb / 1024))
printf '%-34s %8s %10d\n' "ingest --no-resolve" "$plain_s" $((plain_kb / 1024))
printf '%-34s %8s %10d\n' "oxigraph load of its export" "$load_s" $((load_kb / 1024))
printf '%-34s %8s %10d\n' "oxigraph load, --no-resolve export" "$load_nr_s" $((load_nr_kb / 1024))
printf '%-34s %8s\n' "first query after ingest" "$query_s"
echo "$quads quads"
echo "ratio ingest / load: $(ratio "$ingest_s" "$load_s") with resolve, $(ratio "$plain_s" "$load_nr_s") without"

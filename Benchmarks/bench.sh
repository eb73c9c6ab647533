#!/usr/bin/env bash
# Ardoise benchmarks (quality.md, Performance): times each stage on organisations made by
# `ardoise sample`, prints wall time, rows/s and peak memory per stage, and ratios measured in
# the same run (ingest of the ledger vs `sqlite3 .import` of the same file; each size vs the one
# before). Writes the same figures to Benchmarks/results.md.
#
# Usage: Benchmarks/bench.sh [--large]
#   --large                 also 1,000,000 leases (hours and tens of GB of disk)
# Environment:
#   BENCH_SIZES="10000 100000"  lease counts, smallest first (overrides --large)
#   BENCH_DIR=bench-data        where organisations and stores go (kept between runs)
#   BENCH_SEED=1 BENCH_MONTHS=36 BENCH_PERIOD=2026-10   the sample and the month computed
#   BENCH_RESULTS=Benchmarks/results.md   the Markdown report ('' to write none)
#   BENCH_BUILD=1              build the release binary first (0: use the one there)
#   BENCH_BIN=…                the ardoise binary to time (default: .build/release/ardoise)
#
# Benchmarks print; they never fail on a timing. A stage whose command fails is reported as
# failed and the run goes on; the exit code is 0 unless the setup itself fails.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

LARGE=0
for arg in "$@"; do
  case $arg in
    --large) LARGE=1 ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $arg" >&2; exit 2 ;;
  esac
done

if [ "$LARGE" = 1 ]; then DEFAULT_SIZES="10000 100000 1000000"; else DEFAULT_SIZES="10000 100000"; fi
SIZES=${BENCH_SIZES:-$DEFAULT_SIZES}
DIR=${BENCH_DIR:-$ROOT/bench-data}
SEED=${BENCH_SEED:-1}
MONTHS=${BENCH_MONTHS:-36}
PERIOD=${BENCH_PERIOD:-2026-10}
RESULTS=${BENCH_RESULTS-$ROOT/Benchmarks/results.md}
BIN=${BENCH_BIN:-$ROOT/.build/release/ardoise}
REPORTS="rapport-mensuel balance-agee charge-conseillers qualite-donnees"
# Reference kinds, loaded before the ledger when the ledger is timed alone.
REFERENCE_KINDS="agencies staff units households leases cases case_history plans measures stays"

say() { printf '%s\n' "$*"; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

# --- Setup ---------------------------------------------------------------------------------

install_missing() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $2 (for $1)"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "$2" >/dev/null
}
install_missing sqlite3 sqlite3 || { echo "bench: cannot install sqlite3" >&2; exit 1; }
[ -x /usr/bin/time ] || install_missing /usr/bin/time time || { echo "bench: cannot install time" >&2; exit 1; }

if [ "${BENCH_BUILD:-1}" = 1 ]; then
  say "building the release binary"
  swift build -c release --product ardoise 2>&1 | tail -1
fi
[ -x "$BIN" ] || { echo "bench: $BIN is missing (swift build -c release)" >&2; exit 1; }
mkdir -p "$DIR"

# Whether an ardoise subcommand exists yet (`help` of an unknown one prints the root usage).
has_command() { "$BIN" help "$1" 2>/dev/null | grep -q "USAGE: ardoise $1"; }

# --- Measuring -----------------------------------------------------------------------------

# Results, one line per measured stage: size|stage|unit|rows|seconds|peak MiB|status
RESULT_LINES=()

# measure SIZE STAGE UNIT ROWS LOG -- command…
# Runs the command under /usr/bin/time -v, its output in LOG. ROWS is a number, `json` (the sum
# of the `read` counts of the `ingest --json` reports in LOG) or `sample` (the rows `ardoise
# sample` says it wrote).
measure() {
  local size=$1 stage=$2 unit=$3 rows=$4 log=$5
  shift 6
  local timing
  timing=$(mktemp)
  /usr/bin/time -v -o "$timing" "$@" >"$log" 2>&1
  local status=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timing")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$timing")
  rm -f "$timing"
  [ "$rows" = json ] && rows=$(read_rows "$log")
  [ "$rows" = sample ] && rows=$(awk '/ rows$/ { s += $(NF - 1) } END { print s + 0 }' "$log")
  local state=ok
  [ "$status" = 0 ] || state="failed (exit $status, see $log)"
  record "$size" "$stage" "$unit" "$rows" "$wall" "$rss" "$state"
}

record() { # size stage unit rows seconds MiB status
  RESULT_LINES+=("$1|$2|$3|$4|$5|$6|$7")
  print_line "$1" "$2" "$3" "$4" "$5" "$6" "$7"
}

rate() { # rows seconds
  awk -v r="$1" -v s="$2" 'BEGIN { if (s > 0 && r > 0) printf "%.0f", r / s; else printf "-" }'
}

print_header() {
  printf '%-9s %-26s %12s %-8s %9s %12s %9s  %s\n' leases stage rows unit "wall s" "rows/s" \
    "peak MiB" status
}

print_line() {
  printf '%-9s %-26s %12s %-8s %9s %12s %9s  %s\n' "$1" "$2" "$4" "$3" "$5" "$(rate "$4" "$5")" \
    "$6" "$7"
}

skip() { # size stage
  RESULT_LINES+=("$1|$2|-|-|-|-|not available yet")
  printf '%-9s %-26s %s\n' "$1" "$2" "not available yet"
}

# Sums the `read` counts of `ingest --json` output.
read_rows() { grep -o '"read":[0-9]*' "$1" | awk -F: '{ s += $2 } END { print s + 0 }'; }

# job_config SIZE WHAT DATABASE INBOX: an ardoise.yaml with the monthly job (ingest of the
# inbox, compute, the four reports), on stdout.
job_config() {
  cat <<EOF
# Written by Benchmarks/bench.sh: $2.
organisation:
  name: "bench $1"
  kind: bailleur
database: $3
inbox: $4
reports: Reports
jobs:
  - name: cloture-mensuelle
    schedule: "0 6 5 * *"
    period: previous_month
    steps:
      - ingest: inbox
      - compute
      - report: [$(echo "$REPORTS" | sed 's/ /, /g')]
EOF
}

# shellcheck source=Benchmarks/monthly.sh
. "$ROOT/Benchmarks/monthly.sh"

# --- One organisation ----------------------------------------------------------------------

bench_size() {
  local n=$1
  local org=$DIR/org-$n
  local stamp="leases=$n months=$MONTHS seed=$SEED end=$PERIOD"
  if [ "$(cat "$org/.sample" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$org"
    measure "$n" "sample (generate)" rows sample "$DIR/sample-$n.log" -- \
      "$BIN" sample --out "$org" --leases "$n" --months "$MONTHS" --seed "$SEED" --end "$PERIOD"
    echo "$stamp" >"$org/.sample"
  fi
  local ledger=$org/ledger.csv

  # Ingest of every file of the organisation, on a new store.
  local all=$DIR/store-all-$n.sqlite
  rm -f "$all" "$all"-wal "$all"-shm
  measure "$n" "ingest (all files)" rows json "$DIR/ingest-all-$n.log" -- \
    "$BIN" ingest --json --database "$all" "$org"

  # The ledger alone, on a store holding the reference kinds, then sqlite3 .import of the
  # same file into an untyped table of a new database.
  local one=$DIR/store-ledger-$n.sqlite
  rm -f "$one" "$one"-wal "$one"-shm
  local refs=()
  for k in $REFERENCE_KINDS; do [ -f "$org/$k.csv" ] && refs+=("$org/$k.csv"); done
  "$BIN" ingest --database "$one" "${refs[@]}" >"$DIR/ingest-refs-$n.log" 2>&1
  measure "$n" "ingest ledger" rows json "$DIR/ingest-ledger-$n.log" -- \
    "$BIN" ingest --json --database "$one" "$ledger"
  local entries
  entries=$(read_rows "$DIR/ingest-ledger-$n.log")
  rm -f "$one" "$one"-wal "$one"-shm
  local imported=$DIR/import-$n.db
  rm -f "$imported"
  measure "$n" "sqlite3 .import ledger" rows "$entries" "$DIR/import-$n.log" -- \
    sqlite3 "$imported" -cmd ".mode csv" ".import '$ledger' t"
  rm -f "$imported"

  # Hooks for the stages being built elsewhere: each runs once its command exists.
  local run=$DIR/run-$n
  mkdir -p "$run"
  cat >"$run/ardoise.yaml" <<EOF
# Written by Benchmarks/bench.sh: the stores and extracts of the benchmark.
organisation:
  name: "bench $n"
  kind: bailleur
database: ../store-all-$n.sqlite
inbox: ../org-$n
reports: Reports
EOF
  local leases
  leases=$(($(wc -l <"$org/leases.csv") - 1))

  # >>> hook: compute of the last month (ardoise compute --period YYYY-MM)
  if has_command compute; then
    measure "$n" "compute $PERIOD" entries "$entries" "$run/compute.log" -- \
      "$BIN" compute --period "$PERIOD" --config "$run/ardoise.yaml"
  else
    skip "$n" "compute $PERIOD"
  fi
  # <<< hook: compute

  # >>> hook: each report (ardoise report NAME --period P --format html,xlsx)
  for name in $REPORTS; do
    if has_command report && has_command compute; then
      measure "$n" "report $name" leases "$leases" "$run/report-$name.log" -- \
        "$BIN" report "$name" --period "$PERIOD" --format html,xlsx --config "$run/ardoise.yaml"
    else
      skip "$n" "report $name"
    fi
  done
  # <<< hook: reports

  # >>> hook: the monthly job end to end (ingest of the inbox, compute, reports) on a new store
  if has_command jobs && has_command compute && has_command report; then
    local job=$DIR/job-$n
    rm -rf "$job"
    mkdir -p "$job"
    job_config "$n" "the monthly job on a new store" store/ardoise.sqlite "../org-$n" \
      >"$job/ardoise.yaml"
    measure "$n" "job (new store)" entries "$entries" "$job/job.log" -- \
      "$BIN" jobs run cloture-mensuelle --period "$PERIOD" --config "$job/ardoise.yaml"
  else
    skip "$n" "job (new store)"
  fi
  # <<< hook: job

  bench_month_drop "$n"
  bench_debtors "$n"
}

# --- Run -----------------------------------------------------------------------------------

STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
CORES=$(nproc)
MEMORY=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
SWIFT=$(swift --version 2>/dev/null | head -1)
SQLITE=$(sqlite3 --version | cut -d' ' -f1)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
say "Ardoise benchmarks — $STARTED, $CORES cores, $MEMORY, $SWIFT, sqlite3 $SQLITE,"
say "commit $COMMIT, load average $LOAD; sizes: $SIZES leases × $MONTHS months (seed $SEED)"
say ""
print_header
for n in $SIZES; do bench_size "$n"; done

# --- Ratios --------------------------------------------------------------------------------

field() { # size stage column(4 rows, 5 seconds, 6 MiB)
  for line in "${RESULT_LINES[@]}"; do
    IFS='|' read -r s st _ r t m state <<<"$line"
    if [ "$s" = "$1" ] && [ "$st" = "$2" ] && [ "$state" = ok ]; then
      case $3 in 4) echo "$r" ;; 5) echo "$t" ;; 6) echo "$m" ;; esac
      return
    fi
  done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "" && b > 0) printf "%.2f", a / b; else printf "-" }'; }

RATIO_LINES=()
say ""
say "Ingest of the ledger vs sqlite3 .import of the same file (same run; target ≤ 1.00):"
for n in $SIZES; do
  a=$(field "$n" "ingest ledger" 5)
  b=$(field "$n" "sqlite3 .import ledger" 5)
  r=$(ratio "$a" "$b")
  line=$(printf '%-9s %8s rows  ingest %7s s  .import %7s s  ratio %s' "$n" \
    "$(field "$n" "ingest ledger" 4)" "${a:--}" "${b:--}" "$r")
  say "  $line"
  RATIO_LINES+=("$n|$(field "$n" "ingest ledger" 4)|${a:--}|${b:--}|$r")
done

SCALE_LINES=()
say ""
say "Scaling (time ratio vs rows ratio between consecutive sizes; linear when they match):"
prev=""
for n in $SIZES; do
  if [ -n "$prev" ]; then
    for line in "${RESULT_LINES[@]}"; do
      IFS='|' read -r s st _ _ _ _ state <<<"$line"
      [ "$s" = "$n" ] && [ "$state" = ok ] || continue
      [ "$st" = "sample (generate)" ] && continue
      t1=$(field "$prev" "$st" 5); t2=$(field "$n" "$st" 5)
      r1=$(field "$prev" "$st" 4); r2=$(field "$n" "$st" 4)
      [ -n "$t1" ] || continue
      tr=$(ratio "$t2" "$t1"); rr=$(ratio "$r2" "$r1")
      say "  $(printf '%-26s %7s vs %-7s  time ×%-7s rows ×%s' "$st" "$n" "$prev" "$tr" "$rr")"
      SCALE_LINES+=("$st|$n vs $prev|$tr|$rr")
    done
  fi
  prev=$n
done

# The targets of quality.md at 100,000 leases (when measured).
TARGET_LINES=()
target() { # stage seconds-limit MiB-limit(or -) label
  local t m verdict
  t=$(field 100000 "$1" 5); m=$(field 100000 "$1" 6)
  [ -n "$t" ] || return 0
  verdict=$(awk -v t="$t" -v m="$m" -v tl="$2" -v ml="$3" \
    'BEGIN { print (t < tl && (ml == "-" || m < ml)) ? "met" : "not met" }')
  TARGET_LINES+=("$4|$t s, $m MiB|$verdict")
}
target "compute $PERIOD" 5 - "compute of one month (100,000 leases, 36 months): < 5 s"
target "balance-agee xlsx, debtors" 3 - "balance-agee XLSX, 100,000 debtor rows: < 3 s"
target "job (month's drop)" 15 1024 "monthly job end to end: < 15 s, < 1 GiB"
if [ ${#TARGET_LINES[@]} -gt 0 ]; then
  say ""
  say "Targets at 100,000 leases (quality.md):"
  for line in "${TARGET_LINES[@]}"; do
    IFS='|' read -r l f v <<<"$line"
    say "  $(printf '%-66s %-18s %s' "$l" "$f" "$v")"
  done
fi

# --- results.md ----------------------------------------------------------------------------

if [ -n "$RESULTS" ]; then
  {
    echo "# Benchmark results"
    echo
    echo "Written by \`Benchmarks/bench.sh\` ($( [ "$LARGE" = 1 ] && echo "make bench-large" || echo "make bench")); see Benchmarks/README.md."
    echo
    echo "| machine | |"
    echo "|---|---|"
    echo "| date | $STARTED |"
    echo "| cores | $CORES |"
    echo "| memory | $MEMORY |"
    echo "| Swift | $SWIFT |"
    echo "| sqlite3 | $SQLITE |"
    echo "| commit | $COMMIT |"
    echo "| load average at start | $LOAD |"
    echo "| data | \`ardoise sample --leases N --months $MONTHS --seed $SEED --end $PERIOD\` (canonical) |"
    echo
    echo "## Stages"
    echo
    echo "| leases | stage | rows | unit | wall s | rows/s | peak MiB | status |"
    echo "|---:|---|---:|---|---:|---:|---:|---|"
    for line in "${RESULT_LINES[@]}"; do
      IFS='|' read -r s st u r t m state <<<"$line"
      echo "| $s | $st | $r | $u | $t | $(rate "$r" "$t") | $m | $state |"
    done
    echo
    echo "## Ingest of the ledger vs \`sqlite3 .import\` (target ≤ 1.00)"
    echo
    echo "| leases | ledger rows | ingest s | .import s | ratio |"
    echo "|---:|---:|---:|---:|---:|"
    for line in "${RATIO_LINES[@]}"; do
      IFS='|' read -r s r a b q <<<"$line"
      echo "| $s | $r | $a | $b | $q |"
    done
    echo
    if [ ${#TARGET_LINES[@]} -gt 0 ]; then
      echo "## Targets at 100,000 leases (quality.md)"
      echo
      echo "| target | measured | |"
      echo "|---|---:|---|"
      for line in "${TARGET_LINES[@]}"; do
        IFS='|' read -r l f v <<<"$line"
        echo "| $l | $f | $v |"
      done
      echo
    fi
    echo "## Scaling"
    echo
    echo "| stage | sizes | time ratio | rows ratio |"
    echo "|---|---|---:|---:|"
    for line in "${SCALE_LINES[@]}"; do
      IFS='|' read -r st sz tr rr <<<"$line"
      echo "| $st | $sz | ×$tr | ×$rr |"
    done
  } >"$RESULTS"
  say ""
  say "written: ${RESULTS#"$ROOT"/}"
fi
exit 0

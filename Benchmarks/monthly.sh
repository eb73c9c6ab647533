# Sourced by bench.sh: the two stages that need data shaped for them.
#
# - bench_month_drop N: the monthly job as it runs in production. A store holds the history up
#   to the month before PERIOD, with the 12 previous months computed (what the previous monthly
#   jobs did); the inbox holds the month's drop: the ledger entries, actions and balances dated
#   in PERIOD, and every reference extract delivered again in full (re-encoded with CRLF line
#   ends, so that each is a new file ingested and upserted, not skipped by its SHA-256). Timed:
#   `jobs run cloture-mensuelle` (ingest of the drop, compute of PERIOD, the four reports).
# - bench_debtors N: `balance-agee` with N debtor rows. The sample organisations have about one
#   lease in five in debt; this organisation is made so that every one of its N leases owes
#   rent (1 to 10 months old, 4 agencies). Ingest and compute are not timed; timed: the report
#   in XLSX alone (the quality.md target) and in HTML and XLSX.

# The month `$1` months before PERIOD (YYYY-MM).
months_before() { date -u -d "$PERIOD-01 -$1 month" +%Y-%m; }

bench_month_drop() {
  local n=$1
  local org=$DIR/org-$n base=$DIR/month-$n
  rm -rf "$base"
  mkdir -p "$base/history" "$base/drop"
  local f kind column
  for f in "$org"/*.csv; do
    kind=$(basename "$f" .csv)
    case $kind in
      ledger) column=3 ;;
      actions | balances) column=2 ;;
      *) column=0 ;;
    esac
    # Record by record (a quoted field may hold line breaks): the date column comes before
    # any quoted field, so it is read on the record's first line.
    awk -F, -v c="$column" -v p="$PERIOD" -v h="$base/history/$kind.csv" \
      -v d="$base/drop/$kind.csv" '
      NR == 1 { print > h; print $0 (c == 0 ? "\r" : "") > d; next }
      {
        if (!open) target = (c == 0 || substr($c, 1, 7) < p) ? h : d
        line = $0
        open = (open + gsub(/"/, "\"", line)) % 2
        if (c == 0) { print $0 (open ? "" : "\r") > d; print > h } else print > target
      }' "$f"
  done
  job_config "$n" "the monthly job on a store holding the months before" store.sqlite drop \
    >"$base/ardoise.yaml"
  {
    "$BIN" ingest --config "$base/ardoise.yaml" "$base/history" &&
      for i in 12 11 10 9 8 7 6 5 4 3 2 1; do
        "$BIN" compute --period "$(months_before "$i")" --config "$base/ardoise.yaml" || exit 1
      done
  } >"$base/setup.log" 2>&1 || { record "$n" "job (month's drop)" - - - - "setup failed, see $base/setup.log"; return; }
  local rows
  rows=$(($(cat "$base"/drop/*.csv | wc -l) - $(ls "$base"/drop/*.csv | wc -l)))
  measure "$n" "job (month's drop)" rows "$rows" "$base/job.log" -- \
    "$BIN" jobs run cloture-mensuelle --period "$PERIOD" --config "$base/ardoise.yaml"
}

bench_debtors() {
  local n=$1
  local base=$DIR/debtors-$n
  rm -rf "$base"
  mkdir -p "$base/files"
  awk -v n="$n" -v p="$PERIOD" -v out="$base/files" 'BEGIN {
    split("AVI CAR ORA APT", agency, " ")
    print "agency_id,name" > (out "/agencies.csv")
    for (a = 1; a <= 4; a++) print agency[a] ",Agence " agency[a] > (out "/agencies.csv")
    print "unit_id,agency_id,programme,commune,typology,scheme" > (out "/units.csv")
    print "household_id,holder_name,adults,children,composition,resources,fragile,dalo" > (out "/households.csv")
    print "lease_id,household_id,unit_id,start_date,end_date,rent,apl,lease_type" > (out "/leases.csv")
    print "entry_id,lease_id,entry_date,due_date,period,type,amount,label" > (out "/ledger.csv")
    y = substr(p, 1, 4) + 0; m = substr(p, 6, 2) + 0
    for (i = 1; i <= n; i++) {
      id = sprintf("%07d", i)
      print "U" id "," agency[i % 4 + 1] ",Résidence " (i % 97) ",Ville " (i % 13) ",T3,parc" > (out "/units.csv")
      print "H" id ",NOM" id " Prénom,1,0,isole,autre,false,false" > (out "/households.csv")
      rent = 300 + i % 500
      print "B" id ",H" id ",U" id ",2020-01-01,," rent ".00,,ordinaire" > (out "/leases.csv")
      owed = i % 10 + 1
      for (k = 0; k < owed && k < 3; k++) {
        mm = m - (i + k) % 10; yy = y
        while (mm < 1) { mm += 12; yy-- }
        month = sprintf("%04d-%02d", yy, mm)
        print "E" id "-" k ",B" id "," month "-01," month "-05," month ",loyer," rent "." sprintf("%02d", i % 100) ",Loyer" > (out "/ledger.csv")
      }
    }
  }'
  cat >"$base/ardoise.yaml" <<EOF
# Written by Benchmarks/bench.sh: every lease in debt.
organisation:
  name: "bench $n debtors"
  kind: bailleur
database: store.sqlite
reports: Reports
EOF
  {
    "$BIN" ingest --config "$base/ardoise.yaml" "$base/files" &&
      "$BIN" compute --period "$PERIOD" --config "$base/ardoise.yaml"
  } >"$base/setup.log" 2>&1 || { record "$n" "balance-agee xlsx, debtors" - - - - "setup failed, see $base/setup.log"; return; }
  local debtors
  debtors=$(sqlite3 "$base/store.sqlite" \
    "SELECT value FROM indicator_value WHERE period = '$PERIOD' AND indicator = 'debtors' AND dimensions = ''" 2>/dev/null)
  measure "$n" "balance-agee xlsx, debtors" debtors "${debtors:-$n}" "$base/report-xlsx.log" -- \
    "$BIN" report balance-agee --period "$PERIOD" --format xlsx --config "$base/ardoise.yaml"
  measure "$n" "balance-agee both, debtors" debtors "${debtors:-$n}" "$base/report-both.log" -- \
    "$BIN" report balance-agee --period "$PERIOD" --format html,xlsx --config "$base/ardoise.yaml"
}

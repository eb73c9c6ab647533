import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore
import GRDB

/// The controls of a period: `reconciliation` (the ledger against the ERP's own balances) and
/// `computation_checks` (the bridge and ageing checks, verified again on the stored figures).
struct ControlDatasets {
  /// The shared facts.
  let facts: ReportFacts

  /// `reconciliation`: per agency, the ERP balances of the latest date on or before the
  /// closing date against the ledger at that date, then the total (the agency's row only,
  /// with an agency); no rows without ERP balances.
  func reconciliation(_ p: ReportParameters) throws -> DataValue {
    let closing = p.closingDate.yyyymmdd
    let rows = try facts.store.read { db -> [Row] in
      guard
        let asOf = try Int.fetchOne(
          db, sql: "SELECT max(as_of) FROM balances WHERE as_of <= ?", arguments: [closing])
      else { return [] }
      let balances = try Row.fetchAll(
        db,
        sql: """
          SELECT COALESCE(u.agency_id, 'inconnu'), b.as_of, b.balance, b.lease_id
          FROM balances b LEFT JOIN leases le ON le.lease_id = b.lease_id
            LEFT JOIN units u ON u.unit_id = le.unit_id
          WHERE b.as_of = ?
          """, arguments: [asOf])
      // The ledger at that date, for every lease, in one pass over the ledger.
      let sums = try LedgerBalances.sums(
        db, at: balances.map { (leaseID: $0[3] as String, asOf: $0[1] as Int) })
      return zip(balances, sums).map { b, sum in
        Row([
          "agency": b[0] as String, "as_of": b[1] as Int, "balance": b[2] as Int64, "ledger": sum,
        ])
      }
    }
    guard let first = rows.first else { return .list([]) }
    let asOf = Day(yyyymmdd: first["as_of"])
    var sums: [String: (erp: Cents, ledger: Cents, gaps: Int64)] = [:]
    for r in rows {
      let (agency, erp, ledger): (String, Cents, Cents) = (r["agency"], r["balance"], r["ledger"])
      guard p.agency.map({ $0 == agency }) ?? true else { continue }
      var s = sums[agency] ?? (0, 0, 0)
      s.erp += erp
      s.ledger += ledger
      s.gaps += erp == ledger ? 0 : 1
      sums[agency] = s
    }
    func row(_ agency: String, _ s: (erp: Cents, ledger: Cents, gaps: Int64), total: Bool)
      -> DataValue
    {
      .record([
        "agency": .text(agency), "as_of": .date(asOf), "erp_balance": .money(s.erp),
        "ledger_balance": .money(s.ledger), "gap": .money(s.ledger - s.erp),
        "leases_with_gap": .count(s.gaps), "is_total": .flag(total),
      ])
    }
    let agencies = sums.keys.sorted().map { row($0, sums[$0]!, total: false) }
    guard p.agency == nil else { return .list(agencies) }
    let total = sums.values.reduce((erp: Cents(0), ledger: Cents(0), gaps: Int64(0))) {
      ($0.erp + $1.erp, $0.ledger + $1.ledger, $0.gaps + $1.gaps)
    }
    return .list(agencies + [row("Total", total, total: true)])
  }

  /// `computation_checks`: the bridge and ageing checks of each month of the period that has
  /// figures (the month itself is computed first when needed).
  func computationChecks(_ p: ReportParameters) throws -> DataValue {
    var rows: [DataValue] = []
    for month in p.period.months {
      let figures =
        p.period.length == .month ? try facts.figures(month) : try facts.storedFigures(month)
      guard let f = figures else { continue }
      let suffix = p.period.length == .month ? "" : " — " + French.shortMonth(month)
      rows.append(bridge(f, suffix: suffix))
      rows.append(ageing(f, suffix: suffix))
    }
    return .list(rows)
  }

  private func check(_ name: String, _ label: String, gap: Cents, _ message: String) -> DataValue {
    .record([
      "check": .text(name), "label": .text(label), "status": .text(gap == 0 ? "pass" : "fail"),
      "status_label": .text(gap == 0 ? "OK" : "Échec"), "gap": .money(gap),
      "message": .text(message),
    ])
  }

  /// Opening balance + the month's movements = closing balance.
  private func bridge(_ f: PeriodFigures, suffix: String) -> DataValue {
    let opening = f.cents("opening_balance") ?? 0
    let closing = f.cents("closing_balance") ?? 0
    let movements = f.values("bridge", keys: ["type"]).reduce(Cents(0)) { $0 + ($1.cents ?? 0) }
    let gap = closing - (opening + movements)
    let sum =
      "Solde d'ouverture \(French.money(opening)) + mouvements du mois \(French.money(movements))"
    return check(
      "bridge", "Pont des soldes" + suffix, gap: gap,
      gap == 0
        ? sum + " = solde de clôture \(French.money(closing))."
        : sum + " = \(French.money(opening + movements)), mais le solde de clôture est de "
          + "\(French.money(closing)).")
  }

  /// Σ of the ageing buckets = receivables, in every group of agency and status.
  private func ageing(_ f: PeriodFigures, suffix: String) -> DataValue {
    var receivables: [String: Cents] = [:]
    var aged: [String: Cents] = [:]
    for v in f.values where v.dimensions["phase"] == nil {
      if v.indicator == "receivables" {
        receivables[v.dimensions.text] = v.cents ?? 0
      } else if v.indicator == "ageing_amount", v.dimensions["bucket"] != nil {
        aged[v.dimensions.removing("bucket").text, default: 0] += v.cents ?? 0
      }
    }
    let groups = Set(receivables.keys).union(aged.keys).sorted()
    let broken = groups.filter { receivables[$0] ?? 0 != aged[$0] ?? 0 }
    let gap = broken.first.map { (receivables[$0] ?? 0) - (aged[$0] ?? 0) } ?? 0
    let message =
      broken.isEmpty
      ? "La balance âgée est égale aux créances, au centime près, dans \(groups.count) "
        + "regroupement(s) (total, agences, statuts)."
      : "La balance âgée diffère des créances dans \(broken.count) regroupement(s) sur "
        + "\(groups.count), dont « \(broken[0].isEmpty ? "total" : broken[0]) »."
    return check("ageing", "Balance âgée et créances" + suffix, gap: gap, message)
  }
}

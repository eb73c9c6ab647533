/// The per-lease work after the ledger pass, for the leases started at D with a balance > 0
/// (their entries dated on or before D, read from the ledger's columns):
/// the ageing of their unpaid parts (``Imputation``) and, for present leases, the constitution
/// date of their CAF arrears (``ArrearsEpisode``).
struct DebtorPass {
  /// Unpaid amount by lease and bucket (index `lease × 6 + bucket`); zero for non-debtors.
  var ageing: [Int64]
  /// Due date (yyyymmdd) of the oldest unpaid part by lease, 0 when none.
  var oldestDue: [Int32]
  /// Constitution date (yyyymmdd) of the CAF arrears by lease, 0 when not constituted.
  var constitution: [Int32]

  /// Runs the per-lease work over the entries of `columns` dated on or before `closing`.
  init(
    scan: LedgerScan, columns: LedgerColumns, closing: Int32, leases: LeaseBook,
    status: [LeaseStatus], limits: AgeingBucket.Limits
  ) {
    let n = leases.count
    let buckets = AgeingBucket.allCases.count
    ageing = [Int64](repeating: 0, count: n * buckets)
    oldestDue = [Int32](repeating: 0, count: n)
    constitution = [Int32](repeating: 0, count: n)
    let debtor = (0..<n).map { status[$0] != .notStarted && scan.balance[$0] > 0 }
    let (offsets, order) = columns.grouped(keep: debtor, closing: closing)
    let retained = columns
    var debits: [Imputation.Debit] = []
    var entries: [ArrearsEpisode.Entry] = []
    for l in 0..<n where debtor[l] {
      debits.removeAll(keepingCapacity: true)
      entries.removeAll(keepingCapacity: true)
      var debitTotal: Int64 = 0
      for k in offsets[l]..<offsets[l + 1] {
        let i = Int(order[k])
        let amount = retained.amount[i]
        if amount > 0 {
          debits.append(.init(due: retained.due[i], date: retained.date[i], amount: amount))
          debitTotal += amount
        }
        if status[l] == .present { entries.append(.init(date: retained.date[i], amount: amount)) }
      }
      // C = −Σ credits = Σ debits − balance.
      let aged = Imputation.unpaid(
        debits: &debits, credits: debitTotal - scan.balance[l], limits: limits)
      for b in 0..<buckets { ageing[l * buckets + b] = aged.amounts[b] }
      oldestDue[l] = aged.oldestDue ?? 0
      if status[l] == .present {
        let threshold = ArrearsEpisode.threshold(rent: leases.rent[l], apl: leases.apl[l])
        constitution[l] = ArrearsEpisode.constitution(entries: &entries, threshold: threshold) ?? 0
      }
    }
  }
}

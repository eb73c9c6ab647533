import ArdoiseCore
import GRDB

/// The repayment plans signed on or before a closing date `D`.
struct PlanBook {
  /// One plan.
  struct Plan {
    /// The plan id.
    let id: String
    /// The case index in the ``CaseBook``, −1 when its case is unknown as of `D`.
    let caseIndex: Int
    /// The first month of repayment.
    let firstMonth: Month
    /// The number of monthly instalments.
    let months: Int
    /// The monthly instalment, cents.
    let instalment: Int64
    /// The debt when signed, cents.
    let initialDebt: Int64
    /// The day it ended (yyyymmdd), when on or before `D`.
    let endedOn: Int32?

    /// Active in `month`: `first_month ≤ M ≤ first_month + months − 1` and (`ended_on` empty
    /// or `ended_on ≥` the first day of `M`).
    func isActive(in month: Month) -> Bool {
      firstMonth <= month && month <= firstMonth.adding(months - 1)
        && (endedOn.map { $0 >= Int32(month.firstDay.yyyymmdd) } ?? true)
    }
  }

  /// The plans, sorted by id.
  let plans: [Plan]

  /// Reads the plans signed on or before `closing`.
  static func load(_ db: Database, cases: CaseBook, closing: Int32) throws -> PlanBook {
    var plans: [Plan] = []
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT plan_id, case_id, first_month, months, instalment, initial_debt, ended_on
        FROM plans WHERE signed_on <= ? ORDER BY plan_id
        """, arguments: [Int64(closing)])
    while let row = try rows.next() {
      guard let first = Month(yyyymm: row[2]) else { continue }
      let ended = (row[6] as Int64?).map { Int32($0) }
      plans.append(
        Plan(
          id: row[0], caseIndex: cases.byId[row[1] as String] ?? -1, firstMonth: first,
          months: row[3], instalment: row[4], initialDebt: row[5],
          endedOn: ended.flatMap { $0 <= closing ? $0 : nil }))
    }
    return PlanBook(plans: plans)
  }
}

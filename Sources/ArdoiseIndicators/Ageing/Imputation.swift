/// Imputation of payments to the oldest debts first (Code civil art. 1342-10).
///
/// For one lease: debits are its entries with amount > 0, credits those with amount < 0 and
/// `C = −Σ credits`. Debits are sorted by (`due_date`, `entry_date`, `entry_id`) and `S_i` is
/// the running sum; the unpaid part of debit i is `min(d_i, max(0, S_i − C))`.
///
/// The order of debits sharing a due date cannot change any published figure (their unpaid
/// parts fall in the same bucket and share the same due date, and their sum depends only on the
/// running sums before and after the group), so the sort stops at (`due_date`, `entry_date`).
enum Imputation {
  /// One debit of a lease.
  struct Debit {
    /// Due date (yyyymmdd).
    var due: Int32
    /// Entry date (yyyymmdd).
    var date: Int32
    /// Amount, cents, > 0.
    var amount: Int64
  }

  /// The unpaid parts of a lease, by bucket.
  struct Result: Equatable {
    /// Unpaid amount by ``AgeingBucket`` index.
    var amounts: [Int64]
    /// The due date (yyyymmdd) of the oldest unpaid part, nil when nothing is unpaid.
    var oldestDue: Int32?
  }

  /// Imputes `credits` (C ≥ 0) to `debits` (sorted in place) and buckets the unpaid parts.
  static func unpaid(
    debits: inout [Debit], credits: Int64, limits: AgeingBucket.Limits
  ) -> Result {
    debits.sort { ($0.due, $0.date) < ($1.due, $1.date) }
    var result = Result(amounts: [Int64](repeating: 0, count: AgeingBucket.allCases.count))
    var running: Int64 = 0
    for d in debits {
      running += d.amount
      let part = min(d.amount, max(0, running - credits))
      guard part > 0 else { continue }
      result.amounts[limits.bucket(due: d.due)] += part
      if result.oldestDue == nil { result.oldestDue = d.due }
    }
    return result
  }
}

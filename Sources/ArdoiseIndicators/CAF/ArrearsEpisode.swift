/// The CAF arrears of one lease (R824-1 CCH): the date they were constituted in the current
/// debt episode.
///
/// Balances are end-of-day balances. The current episode of a lease with a balance > 0 at `D`
/// starts after the last date ≤ `D` on which its balance was ≤ 0 (or at its first entry); the
/// arrears are constituted on the first date of the episode on which the balance is
/// ≥ `threshold`, and stay constituted for the rest of the episode.
enum ArrearsEpisode {
  /// One ledger entry: its date (yyyymmdd) and amount (cents).
  struct Entry {
    /// Entry date (yyyymmdd).
    var date: Int32
    /// Signed amount, cents.
    var amount: Int64
  }

  /// The constitution date (yyyymmdd) of the arrears of the current episode, nil when the
  /// balance at the last entry is ≤ 0 or the arrears are not constituted. `entries` are those
  /// dated on or before `D`, sorted here by date.
  static func constitution(entries: inout [Entry], threshold: Int64) -> Int32? {
    entries.sort { $0.date < $1.date }
    var balance: Int64 = 0
    var constituted: Int32?
    var i = 0
    while i < entries.count {
      let day = entries[i].date
      while i < entries.count && entries[i].date == day {
        balance += entries[i].amount
        i += 1
      }
      if balance <= 0 {
        constituted = nil
      } else if constituted == nil && balance >= threshold {
        constituted = day
      }
    }
    return balance > 0 ? constituted : nil
  }

  /// The threshold of a lease: `2 × (rent − apl)` with apl > 0 (tiers payant), else
  /// `2 × rent`.
  static func threshold(rent: Int64, apl: Int64) -> Int64 {
    apl > 0 ? 2 * (rent - apl) : 2 * rent
  }
}

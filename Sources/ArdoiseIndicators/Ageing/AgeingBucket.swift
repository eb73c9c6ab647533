public import ArdoiseCore

/// The ageing buckets of an unpaid part, by its age `D − due_date` in days.
public enum AgeingBucket: Int, Sendable, CaseIterable {
  /// Age < 0: not yet due.
  case notDue
  /// 0 to 30 days.
  case m0To1
  /// 31 to 90 days.
  case m1To3
  /// 91 to 180 days.
  case m3To6
  /// 181 to 365 days.
  case m6To12
  /// More than 365 days.
  case m12Plus

  /// The dimension value (`not_due`, `m0_1`, …, `m12_plus`).
  public var code: String {
    ["not_due", "m0_1", "m1_3", "m3_6", "m6_12", "m12_plus"][rawValue]
  }

  /// The bucket of a due date at the closing date, comparing `yyyymmdd` integers with the
  /// buckets' first due dates computed once.
  struct Limits {
    /// The closing date (yyyymmdd).
    let closing: Int32
    /// The earliest due dates of `m0_1`, `m1_3`, `m3_6`, `m6_12` (ages 30, 90, 180, 365).
    let earliest: [Int32]

    /// The limits at `closing`.
    init(closing: Day) {
      self.closing = Int32(closing.yyyymmdd)
      earliest = [30, 90, 180, 365].map { Int32(closing.adding(days: -$0).yyyymmdd) }
    }

    /// The bucket index of an unpaid part due on `due` (yyyymmdd).
    func bucket(due: Int32) -> Int {
      if due > closing { return AgeingBucket.notDue.rawValue }
      for (i, limit) in earliest.enumerated() where due >= limit { return i + 1 }
      return AgeingBucket.m12Plus.rawValue
    }
  }
}

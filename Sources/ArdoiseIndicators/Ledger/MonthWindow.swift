import ArdoiseCore

/// The dates of a month's computation, as `yyyymmdd` integers for the ledger pass.
struct MonthWindow {
  /// The month M.
  let month: Month
  /// D(M), the closing date.
  let closingDay: Day
  /// D(M) as yyyymmdd.
  let closing: Int32
  /// D(M−1): entries on or before it make the opening balance.
  let opening: Int32
  /// D(M−12): the date of the annual rate's `C0`.
  let yearAgo: Int32
  /// The first day of M−11: collections and write-offs of the 12 months start there.
  let yearStart: Int32
  /// The first day of M.
  let monthStart: Int32
  /// The month index (``Month/index``) of M−11, the first of the 12 months.
  let firstMonthIndex: Int

  /// The window of `month`.
  init(month: Month) {
    self.month = month
    closingDay = month.lastDay
    closing = Int32(month.lastDay.yyyymmdd)
    opening = Int32(month.adding(-1).lastDay.yyyymmdd)
    yearAgo = Int32(month.adding(-12).lastDay.yyyymmdd)
    yearStart = Int32(month.adding(-11).firstDay.yyyymmdd)
    monthStart = Int32(month.firstDay.yyyymmdd)
    firstMonthIndex = month.adding(-11).index
  }

  /// The position (0 for M−11 … 11 for M) of the month `yyyymm`, possibly outside 0..<12.
  func offset(ofMonth yyyymm: Int32) -> Int {
    Int(yyyymm / 100) * 12 + Int(yyyymm % 100) - 1 - firstMonthIndex
  }
}

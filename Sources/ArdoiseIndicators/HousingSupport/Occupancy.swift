import ArdoiseCore

/// Available and occupied days of the `iml` units over a range: a unit-day counts as available
/// when the unit is available that day, and as occupied when it is also the day of a present
/// stay in that unit (several stays on the same day count once).
struct Occupancy {
  /// Σ over iml units of their available days in the range.
  let availableDays: Int64
  /// Σ over iml units of their available days with a present stay.
  let occupiedDays: Int64

  /// The occupancy of `book`'s iml units over `range`.
  init(_ book: StayBook, range: DayRange) {
    var staysByUnit: [String: [StayBook.Stay]] = [:]
    for s in book.stays { staysByUnit[s.unit, default: []].append(s) }
    var available: Int64 = 0
    var occupied: Int64 = 0
    for unit in book.imlUnits {
      let lo = max(range.start, unit.availableFrom ?? range.start)
      let hi = min(range.end, unit.availableTo ?? range.end)
      guard lo <= hi else { continue }
      available += Int64(lo.days(to: hi) + 1)
      let window = DayRange(start: lo, end: hi)
      let nights = (staysByUnit[unit.id] ?? []).compactMap { s -> (Day, Day)? in
        let first = max(lo, s.entered)
        let last = s.lastNight.map { min(hi, $0) } ?? hi
        return window.overlap(from: first, through: last) > 0 ? (first, last) : nil
      }
      occupied += Int64(Self.unionLength(nights))
    }
    availableDays = available
    occupiedDays = occupied
  }

  /// Days covered by the union of inclusive intervals.
  static func unionLength(_ intervals: [(Day, Day)]) -> Int {
    var total = 0
    var current: (Day, Day)?
    for (a, b) in intervals.sorted(by: { $0.0 < $1.0 }) {
      if let (ca, cb) = current, a <= cb.adding(days: 1) {
        current = (ca, max(cb, b))
      } else {
        if let (ca, cb) = current { total += ca.days(to: cb) + 1 }
        current = (a, b)
      }
    }
    if let (ca, cb) = current { total += ca.days(to: cb) + 1 }
    return total
  }
}

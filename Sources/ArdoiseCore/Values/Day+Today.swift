import Foundation

extension Day {
  /// Today in the machine's local time zone.
  public static func today() -> Day {
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: c.year!, month: c.month!, day: c.day!)!
  }
}

/// Means and exact medians of whole numbers of days (indicators.md, Conventions).
enum DayStatistics {
  /// The mean, one division; nil over nothing.
  static func mean(_ values: [Int]) -> IndicatorNumber? {
    guard !values.isEmpty else { return nil }
    return .real(Double(values.reduce(0, +)) / Double(values.count))
  }

  /// The middle value of an odd count, the mean of the two middle values of an even count;
  /// nil over nothing.
  static func median(_ values: [Int]) -> IndicatorNumber? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    if sorted.count % 2 == 1 { return .real(Double(sorted[mid])) }
    return .real(Double(sorted[mid - 1] + sorted[mid]) / 2)
  }
}

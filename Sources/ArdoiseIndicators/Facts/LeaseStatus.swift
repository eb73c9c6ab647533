/// The status of a lease at a date (indicators.md, Conventions).
public enum LeaseStatus: String, Sendable, CaseIterable {
  /// `start_date > D`: excluded everywhere but from the bridge and the opening and closing
  /// balances.
  case notStarted = "not_started"
  /// `end_date ≤ D` (*parti*).
  case departed
  /// Otherwise (*présent*).
  case present

  /// The status of a lease starting on `start` and ending on `end` (yyyymmdd, nil while
  /// present) at the date `date` (yyyymmdd).
  static func of(start: Int32, end: Int32?, at date: Int32) -> LeaseStatus {
    if start > date { return .notStarted }
    if let end, end <= date { return .departed }
    return .present
  }

  /// The values of the `status` dimension, in axis order.
  static let dimensionValues = [LeaseStatus.departed.rawValue, LeaseStatus.present.rawValue]

  /// The index in ``dimensionValues`` (−1 for a lease not started).
  var axisIndex: Int {
    switch self {
    case .notStarted: -1
    case .departed: 0
    case .present: 1
    }
  }
}

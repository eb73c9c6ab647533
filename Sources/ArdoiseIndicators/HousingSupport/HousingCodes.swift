import ArdoiseCore

/// How housing-support facts are read: codes left empty and dates stored as `yyyymmdd`.
enum HousingCodes {
  /// The value of an empty composition, resources or exit destination.
  static let unknown = "inconnu"
  /// The value of an empty referral or outcome.
  static let other = "autre"

  /// `code`, or `fallback` when it is NULL or empty.
  static func code(_ code: String?, or fallback: String) -> String {
    guard let code, !code.isEmpty else { return fallback }
    return code
  }

  /// The day of a stored `yyyymmdd`, nil for NULL; throws on a number that is not a date.
  static func day(_ value: Int?, _ what: @autoclosure () -> String) throws -> Day? {
    guard let value else { return nil }
    guard let day = Day(yyyymmdd: value) else {
      throw IndicatorError("\(what()): \(value) is not a yyyymmdd date")
    }
    return day
  }
}

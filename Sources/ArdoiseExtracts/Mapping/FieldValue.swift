/// A typed canonical value, as stored: dates are `yyyymmdd`, months `yyyymm`, amounts cents,
/// booleans 0/1.
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)

  /// The value as text, for messages and comparisons in checks.
  public var description: String {
    switch self {
    case .null: ""
    case .integer(let v): String(v)
    case .real(let v): String(v)
    case .text(let s): s
    }
  }
  /// The text, when the value is text.
  public var text: String? { if case .text(let s) = self { s } else { nil } }
  /// The integer, when the value is one.
  public var integer: Int64? { if case .integer(let v) = self { v } else { nil } }
  /// Whether the value is null.
  public var isNull: Bool { self == .null }
}

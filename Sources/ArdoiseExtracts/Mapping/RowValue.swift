/// A typed canonical value read in place by ``RowMapper/map(_:into:)``: the same value as the
/// ``FieldValue`` that ``RowMapper/map(_:)`` gives, with text as UTF-8 bytes that stay valid
/// until the reader or the mapper moves on (the reader's buffer, or the mapper's own texts for
/// defaults, constants and mapped codes).
public enum RowValue {
  case null
  case integer(Int64)
  case real(Double)
  case text(UnsafeBufferPointer<UInt8>)

  /// The value as a ``FieldValue`` (text copied into a `String`).
  public var fieldValue: FieldValue {
    switch self {
    case .null: .null
    case .integer(let v): .integer(v)
    case .real(let v): .real(v)
    case .text(let bytes): .text(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// The integer, when the value is one.
  @inline(__always)
  public var integer: Int64? { if case .integer(let v) = self { v } else { nil } }

  /// Whether the value is null.
  @inline(__always)
  public var isNull: Bool { if case .null = self { true } else { false } }
}

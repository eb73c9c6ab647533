/// The type of a canonical column, which says how its text is parsed and stored.
public enum ColumnType: Sendable, Equatable {
  /// Free text, stored as is (trimmed).
  case text
  /// An identifier referencing another kind's key (checked at ingest).
  case reference(ExtractKind)
  /// A calendar date, stored as `yyyymmdd`.
  case date
  /// A month, stored as `yyyymm`.
  case month
  /// Euros with at most 2 decimals, stored as integer cents.
  case amount
  /// A whole number ≥ 0.
  case integer
  /// A decimal number ≥ 0 (full-time equivalent), stored as a real.
  case decimal
  /// `true`/`false`, `1`/`0`, `oui`/`non`, stored as 1 or 0.
  case boolean
  /// One of a fixed list of codes.
  case code([String])
  /// A free code: known values are listed, others are kept with a warning.
  case openCode([String])
}

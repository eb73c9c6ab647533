public import ArdoiseCore

/// A value the engine hands to a report: a typed scalar, a list or a record.
///
/// Every scalar knows its French display form (``display``: `1 234,56 €`, `97,3 %`,
/// `31/10/2026`, `—` for a missing value) and its raw value (the payload itself, or
/// ``machine`` as text), so that the HTML shows what a reader expects and the XLSX writer stores
/// real numbers and dates. A typed scalar with a `nil` payload is a missing value that still
/// knows its kind (a ratio whose denominator is 0); ``null`` is a missing value of no kind.
///
/// Datasets are usually a ``list(_:)`` of ``record(_:)`` values, one record per table row, with
/// field names in `snake_case` (see ``DatasetCatalogue``).
public enum DataValue: Sendable, Hashable {
  /// Text shown as it is: a lease id, a holder's name, a label.
  case text(String)
  /// Money in cents, shown `1 234,56 €`.
  case money(Cents?)
  /// A count, shown `1 234`.
  case count(Int64?)
  /// A ratio as a fraction (0.973), shown `97,3 %`.
  case ratio(Double?)
  /// A number of days, shown `12,5 j`.
  case days(Double?)
  /// A plain decimal number (months of rent owed), shown `3,2`.
  case decimal(Double?)
  /// A calendar date, shown `31/10/2026`.
  case date(Day?)
  /// A calendar month, shown `oct. 2026`: the categories of a 13-month trend.
  case month(Month?)
  /// A yes/no value, shown `oui` or `non`; the condition of a template section.
  case flag(Bool)
  /// A missing value of no particular kind, shown `—`.
  case null
  /// An ordered list: the rows of a table, the months of a trend.
  case list([DataValue])
  /// Named fields: one row, or a group of values.
  case record([String: DataValue])

  /// Whether this is a scalar (neither a list nor a record).
  public var isScalar: Bool {
    switch self {
    case .list, .record: false
    default: true
    }
  }

  /// Whether the value is missing: ``null``, or a typed scalar without payload (or a ratio,
  /// days or decimal that is not a finite number).
  public var isNull: Bool {
    switch self {
    case .null: true
    case .money(let v): v == nil
    case .count(let v): v == nil
    case .ratio(let v), .days(let v), .decimal(let v): v.map { !$0.isFinite } ?? true
    case .date(let v): v == nil
    case .month(let v): v == nil
    case .text, .flag, .list, .record: false
    }
  }

  /// The kind of scalar, as the column formats of report definitions name it; nil for
  /// ``null``, lists and records.
  public var format: ColumnFormat? {
    switch self {
    case .text: .text
    case .money: .money
    case .count: .count
    case .ratio: .ratio
    case .days: .days
    case .decimal: .decimal
    case .date: .date
    case .month: .month
    case .flag: .flag
    case .null, .list, .record: nil
    }
  }

  /// The field `name` of a record; nil for a missing field or when this is not a record.
  public subscript(field name: String) -> DataValue? {
    guard case .record(let fields) = self else { return nil }
    return fields[name]
  }

  /// The elements of a list, nil when this is not a list.
  public var elements: [DataValue]? {
    guard case .list(let items) = self else { return nil }
    return items
  }

  /// The value as a number for charts and sorting: euros for money, the fraction for a
  /// ratio, the day number for a date; nil when missing or not numeric.
  public var number: Double? {
    switch self {
    case .money(let v): v.map { Double($0) / 100 }
    case .count(let v): v.map { Double($0) }
    case .ratio(let v), .days(let v), .decimal(let v): v.flatMap { $0.isFinite ? $0 : nil }
    case .date(let v): v.map { Double($0.ordinal) }
    case .month(let v): v.map { Double($0.index) }
    case .flag(let b): b ? 1 : 0
    case .text, .null, .list, .record: nil
    }
  }
}

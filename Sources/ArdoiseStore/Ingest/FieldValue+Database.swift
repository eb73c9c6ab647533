import ArdoiseCore
import ArdoiseExtracts
import Foundation
import GRDB

extension FieldValue {
  /// The value as SQLite stores it.
  var databaseValue: DatabaseValue {
    switch self {
    case .null: .null
    case .integer(let v): v.databaseValue
    case .real(let v): v.databaseValue
    case .text(let s): s.databaseValue
    }
  }

  /// The stored value read back.
  init(_ value: DatabaseValue) {
    switch value.storage {
    case .null: self = .null
    case .int64(let v): self = .integer(v)
    case .double(let v): self = .real(v)
    case .string(let s): self = .text(s)
    case .blob: self = .null
    }
  }

  /// The value in canonical text form for messages: dates ISO, amounts `12.50`.
  func display(_ type: ColumnType) -> String {
    switch (self, type) {
    case (.null, _): "(empty)"
    case (.integer(let v), .date): Day(yyyymmdd: Int(v))?.iso ?? String(v)
    case (.integer(let v), .month): Month(yyyymm: Int(v))?.iso ?? String(v)
    case (.integer(let v), .amount): v.decimalEuros
    case (.integer(let v), .boolean): v == 1 ? "true" : "false"
    default: description
    }
  }

  /// The value as it appears in a key (`L1@2026-10-31`).
  func keyText(_ type: ColumnType) -> String { display(type) }

  /// A JSON array of typed values, kept with quarantined rows for replay.
  static func json(_ values: [FieldValue]) -> String {
    let items: [Any] = values.map {
      switch $0 {
      case .null: NSNull()
      case .integer(let v): NSNumber(value: v)
      case .real(let v): NSNumber(value: v)
      case .text(let s): s
      }
    }
    let data = try! JSONSerialization.data(withJSONObject: items, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  /// Reads back ``json(_:)`` for the columns of a kind.
  static func values(fromJSON text: String, columns: [ExtractColumn]) -> [FieldValue]? {
    guard let data = text.data(using: .utf8),
      let items = try? JSONSerialization.jsonObject(with: data) as? [Any],
      items.count == columns.count
    else { return nil }
    return zip(items, columns).map { item, column in
      if item is NSNull { return .null }
      if let s = item as? String { return .text(s) }
      if let n = item as? NSNumber {
        return Schema.sqlType(column.type) == "REAL" ? .real(n.doubleValue) : .integer(n.int64Value)
      }
      return .null
    }
  }
}

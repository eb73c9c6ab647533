import ArdoiseCore
import Foundation

/// A resolved table as the `table` partial sees it.
///
/// ```
/// columns: [{header, class}]
/// rows: [{total, cells: [{value, class}]}]
/// has_rows, empty_text, more (null when every row is shown), row_count
/// ```
/// Cell values are display strings, escaped by `{{value}}`. Classes are `num` (numbers,
/// aligned right), `date`, `text`, plus `short` on a text column whose shown values are all
/// short (names, codes: kept on one line) and `missing` for a missing value.
enum HTMLTableContext {
  /// The context of `table`, cut to its `limit` (totals always kept, rows in their order).
  static func make(_ table: ResolvedTable) -> [String: Any] {
    let limit = table.definition.limit ?? Int.max
    var shown: [Int] = []
    var bodyCount = 0
    for i in table.rows.indices {
      if table.emphasised[i] {
        shown.append(i)
      } else {
        if bodyCount < limit { shown.append(i) }
        bodyCount += 1
      }
    }
    let hidden = bodyCount - min(bodyCount, limit)
    let short = table.columns.indices.map { c in
      table.columns[c].format == .text
        && shown.allSatisfy { table.rows[$0][c].display.count <= shortText }
    }
    let columns: [[String: Any]] = table.columns.enumerated().map { index, column in
      ["header": column.header, "class": headerClass(column, index, table)]
    }
    let rows: [[String: Any]] = shown.map { i in
      let cells: [[String: Any]] = table.columns.indices.map { c in
        let (column, value) = (table.columns[c], table.rows[i][c])
        // A count hidden by the disclosure rule (`< 5`) is aligned as the number it stands for.
        var cls =
          column.format == .auto
          ? columnClass(value.isHiddenCount ? .count : value.format ?? .text)
          : columnClass(column.format)
        if short[c] { cls += " short" }
        if value.isNull { cls += " missing" }
        return ["value": value.display, "class": cls]
      }
      return ["total": table.emphasised[i], "cells": cells]
    }
    var out: [String: Any] = [
      "columns": columns, "rows": rows, "has_rows": !rows.isEmpty,
      "empty_text": table.definition.emptyText,
      "row_count": French.count(Int64(bodyCount)),
    ]
    out["more"] =
      hidden > 0
      ? "… et \(French.count(Int64(hidden))) autre\(hidden > 1 ? "s" : "") "
        + "ligne\(hidden > 1 ? "s" : "") dans le fichier XLSX." : NSNull()
    return out
  }

  /// The class of a column's header: its cells' class; for an `auto` column, `num` when every
  /// value shown in it is a number (a hidden count `< 5` included), so that the header sits
  /// over its figures.
  static func headerClass(_ column: ColumnDefinition, _ index: Int, _ table: ResolvedTable)
    -> String
  {
    guard column.format == .auto else { return columnClass(column.format) }
    let numeric = table.rows.allSatisfy { row in
      let value = row[index]
      return value.isNull || value.isHiddenCount || value.format?.isNumeric == true
    }
    return numeric && !table.rows.isEmpty ? "num" : columnClass(.auto)
  }

  /// The longest text, in characters, of a column kept on one line.
  static let shortText = 28

  /// The class of a column's cells.
  static func columnClass(_ format: ColumnFormat) -> String {
    if format.isNumeric { return "num" }
    switch format {
    case .date, .month: return "date"
    default: return "text"
    }
  }
}

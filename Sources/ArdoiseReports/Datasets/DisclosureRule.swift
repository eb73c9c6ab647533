/// The disclosure rule of tables sent outside (spec reports.md, Small counts): with
/// `min_cell: 5`, a count from 1 to 4 is shown as `< 5`, in the HTML and as a text cell in the
/// XLSX. Zero and counts from `min_cell` on are shown as they are.
///
/// It is a presentation step of the providers, applied to the rows of the tables concerned:
/// stored indicators, the `indicators` output and the personal worklists are never altered.
public struct DisclosureRule: Sendable, Hashable {
  /// The smallest count shown as it is; nil shows every count.
  public var minCell: Int?

  /// The rule for `min_cell` (nil: no rule).
  public init(minCell: Int?) { self.minCell = minCell }

  /// `value` as shown under the rule: a ``DataValue/count(_:)`` from 1 to `minCell − 1` becomes
  /// ``DataValue/hiddenCount(below:)``; anything else is returned unchanged.
  public func apply(_ value: DataValue) -> DataValue {
    guard let minCell, case .count(let n?) = value, n >= 1, n < Int64(minCell) else {
      return value
    }
    return .hiddenCount(below: minCell)
  }
}

extension DataValue {
  /// A count hidden by the disclosure rule: the text `< 5`. A `count` column accepts it, the
  /// HTML aligns it as a number and the XLSX writes it as a text cell.
  public static func hiddenCount(below minCell: Int) -> DataValue { .text("< \(minCell)") }

  /// Whether this is a count hidden by the disclosure rule (the text `< ` and digits).
  public var isHiddenCount: Bool {
    guard case .text(let text) = self, text.hasPrefix("< ") else { return false }
    let digits = text.dropFirst(2)
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }
}

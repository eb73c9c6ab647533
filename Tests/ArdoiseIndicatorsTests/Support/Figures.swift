@testable import ArdoiseIndicators

/// Reads an evaluation's values in their machine text (`"1100.00"`, `"0.821053"`, nil for null).
struct Figures {
  let values: [IndicatorValue]

  init(_ values: [IndicatorValue]) { self.values = values }

  /// The machine text of `id` for the dimensions `dims` (canonical text, `""` for the total);
  /// `"absent"` when there is no such row, nil when the row is null.
  subscript(_ id: String, _ dims: String = "") -> String? {
    guard let v = values.first(where: { $0.indicator == id && $0.dimensions.text == dims }) else {
      return "absent"
    }
    return MachineNumber.text(v)
  }

  /// The dimensions' texts of the rows of `id`, sorted.
  func rows(_ id: String) -> [String] {
    values.filter { $0.indicator == id }.map(\.dimensions.text).sorted()
  }

  /// `dims → text` of every row of `id`.
  func all(_ id: String) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: values.filter { $0.indicator == id }.map {
        ($0.dimensions.text, MachineNumber.text($0) ?? "null")
      })
  }
}

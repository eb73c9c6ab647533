import ArdoiseCore

/// One headline figure of a month with its comparison to the previous month and to the same
/// month a year earlier: a record of the `headline` dataset.
///
/// Templates are logic-less, so the comparison is computed here, once: the signed difference in
/// the figure's unit, its direction and whether that direction is good news.
public struct HeadlineFigure: Sendable, Hashable {
  /// Which direction of a change is good news.
  public enum Preference: String, Sendable, Hashable {
    /// A rise is good (recovery rate, collections).
    case higherIsBetter = "higher"
    /// A fall is good (receivables, debtors).
    case lowerIsBetter = "lower"
    /// Neither (billing, leases).
    case neutral
  }

  /// The indicator id (`recovery_rate`), or any stable key.
  public var id: String
  /// The French label (`Taux de recouvrement du mois`).
  public var label: String
  /// The value of the month.
  public var value: DataValue
  /// The value of the previous month.
  public var previousMonth: DataValue
  /// The value of the same month a year earlier.
  public var lastYear: DataValue
  /// Which direction is good news.
  public var preference: Preference
  /// An optional one-line explanation shown under the figure.
  public var note: String?

  /// Creates a figure.
  public init(
    id: String, label: String, value: DataValue, previousMonth: DataValue,
    lastYear: DataValue, preference: Preference = .neutral, note: String? = nil
  ) {
    self.id = id
    self.label = label
    self.value = value
    self.previousMonth = previousMonth
    self.lastYear = lastYear
    self.preference = preference
    self.note = note
  }

  /// The record templates see: `id`, `label`, `value`, `value_short` (money rounded to the
  /// euro), `previous_month`, `last_year`, `change_month`, `change_year` (signed differences,
  /// `—` when a side is missing), `trend_month`, `trend_year` (`up`, `down`, `flat` or
  /// `none`), `tone_month`, `tone_year` (`good`, `bad` or `neutral`) and `note`.
  public var record: DataValue {
    var fields: [String: DataValue] = [
      "id": .text(id),
      "label": .text(label),
      "value": value,
      "value_short": .text(Self.short(value)),
      "previous_month": previousMonth,
      "last_year": lastYear,
      "change_month": value.difference(from: previousMonth).map(DataValue.text) ?? .null,
      "change_year": value.difference(from: lastYear).map(DataValue.text) ?? .null,
      "trend_month": .text(Self.trend(value, previousMonth).rawValue),
      "trend_year": .text(Self.trend(value, lastYear).rawValue),
      "tone_month": .text(tone(Self.trend(value, previousMonth))),
      "tone_year": .text(tone(Self.trend(value, lastYear))),
    ]
    fields["note"] = note.map(DataValue.text) ?? .null
    return .record(fields)
  }

  /// The direction of a change.
  enum Trend: String {
    case up, down, flat, none
  }

  /// The direction from `earlier` to `value`, comparing the displayed precision (a ratio that
  /// moves by less than 0.05 point is flat).
  static func trend(_ value: DataValue, _ earlier: DataValue) -> Trend {
    guard let diff = value.difference(from: earlier) else { return .none }
    if diff.hasPrefix("+") { return .up }
    if diff.hasPrefix("-") { return .down }
    return .flat
  }

  /// Whether a trend is good news for this figure.
  func tone(_ trend: Trend) -> String {
    switch (trend, preference) {
    case (.up, .higherIsBetter), (.down, .lowerIsBetter): "good"
    case (.down, .higherIsBetter), (.up, .lowerIsBetter): "bad"
    default: "neutral"
    }
  }

  /// The headline form: money rounded to the euro, everything else as displayed.
  static func short(_ value: DataValue) -> String {
    if case .money(let cents?) = value { return French.moneyRounded(cents) }
    return value.display
  }
}

public import ArdoiseCore
public import GRDB

/// What the housing-support reports read from the store besides the stored indicator values:
/// the measure indicators over the year to date, the billing lines and the *fiche de lien*.
/// Everything follows the definitions of the IML and measure families; nothing is stored.
public enum HousingSupport {
  /// The funder code of Toulouse Métropole's measures.
  public static let metropole = "metropole"

  /// The measure indicators over `range` (e.g. ``DayRange/yearToDate(through:)``), in output
  /// order. They carry `period` as their period, since a year to date is no period of the
  /// store; they are never stored.
  public static func measureValues(
    _ db: Database, over range: DayRange, parameters: Parameters, labelledAs period: Period
  ) throws -> [IndicatorValue] {
    var sink = ValueSink(period: period)
    try MeasureIndicators.emit(
      try MeasureBook(db), try HouseholdBook(db, of: "measures"), range, parameters, &sink)
    return sink.values.sorted(by: IndicatorValue.outputOrder)
  }

  /// The billing of `funder`'s measures over the months of `range`: one line per scheme with an
  /// active measure, by scheme code.
  public static func billing(
    _ db: Database, over range: DayRange, funder: String = metropole, parameters: Parameters
  ) throws -> [BillingLine] {
    let rule = try BillingRule(parameters)
    var byScheme: [String: MeasureMonths] = [:]
    for m in try MeasureBook(db).measures where m.funder == funder && m.activeDays(in: range) > 0 {
      byScheme[m.scheme, default: .zero] += rule.months(range.months) {
        m.activeDays(in: DayRange(period: Period(month: $0)))
      }
    }
    return byScheme.keys.sorted().map { scheme in
      BillingLine(
        scheme: scheme, billableMonths: byScheme[scheme]!,
        monthlyRate: parameters.monthlyRates[scheme])
    }
  }

  /// The *fiche de lien* of `month`: each measure of `funder` active, notified or ended in it,
  /// by measure id.
  public static func measureSheet(
    _ db: Database, month: Month, funder: String = metropole, parameters: Parameters
  ) throws -> [MeasureSheetRow] {
    let rule = try BillingRule(parameters)
    let book = try MeasureBook(db)
    let households = try HouseholdBook(db, of: "measures")
    let range = DayRange(period: Period(month: month))
    return book.measures.filter { $0.funder == funder }.compactMap { m in
      let activeDays = m.activeDays(in: range)
      guard activeDays > 0 || range.contains(m.notified) || range.contains(m.ended) else {
        return nil
      }
      return MeasureSheetRow(
        m, holder: households.byId[m.household]?.holder,
        staffName: m.staff.flatMap { book.staffNames[$0] }, range: range,
        billableMonths: rule.months(activeDays: activeDays, in: month))
    }
  }
}

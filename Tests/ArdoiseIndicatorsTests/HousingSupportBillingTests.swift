import ArdoiseCore
import ArdoiseStore
import XCTest

@testable import ArdoiseIndicators

/// The Métropole's billing and *fiche de lien* on the measures of ``HousingSupportMeasureTests``
/// (rates: asll 250.00 €, avdl 180.00 €).
final class HousingSupportBillingTests: XCTestCase {
  static let october = Month(year: 2026, month: 10)!

  static func parameters(_ rule: String = "month_started") -> Parameters {
    var p = Parameters()
    p.billingRule = rule
    p.monthlyRates = ["asll": 25_000, "avdl": 18_000]
    return p
  }

  private func billing(_ f: HousingFixture, _ range: DayRange, _ p: Parameters) throws
    -> [String: String]
  {
    let lines = try f.store.read { db in
      try HousingSupport.billing(db, over: range, parameters: p)
    }
    return Dictionary(
      uniqueKeysWithValues: lines.map {
        (
          $0.scheme,
          "\(Rounding.fixed($0.billableMonths.value, places: 6)) \($0.amount.map(\.decimalEuros) ?? "-")"
        )
      })
  }

  func testTheMonthAndTheYearToDate() throws {
    let f = try HousingSupportMeasureTests.build()
    let month = DayRange(period: Period(month: Self.october))
    // Métropole measures active in October: M1, M4 (asll), M5 (avdl); M3 is the State's.
    // month_started: asll 2 × 250.00 = 500.00; avdl 1 × 180.00.
    XCTAssertEqual(
      try billing(f, month, Self.parameters()),
      ["asll": "2.000000 500.00", "avdl": "1.000000 180.00"])
    // prorata: asll (27 + 16) / 31 × 25 000 cents = 34 677.419… → 346.77; avdl 31/31.
    XCTAssertEqual(
      try billing(f, month, Self.parameters("prorata")),
      ["asll": "1.387097 346.77", "avdl": "1.000000 180.00"])
    // Year to date (January to October): M5 is active in August, September and October.
    XCTAssertEqual(
      try billing(f, .yearToDate(through: Self.october), Self.parameters()),
      ["asll": "2.000000 500.00", "avdl": "3.000000 540.00"])
    // Without a rate for the scheme, no amount.
    XCTAssertEqual(
      try billing(f, month, Parameters()), ["asll": "2.000000 -", "avdl": "1.000000 -"])
  }

  /// Half a month at 100.01 €: 10 001 / 2 = 5 000.5 cents, rounded half away from zero once.
  func testRoundingHalfAwayFromZeroOncePerLine() throws {
    let f = try HousingFixture()
    try f.household("H1")
    try f.measure(
      "M1", "H1", scheme: "asll", funder: "metropole", notified: "2026-11-01",
      started: "2026-11-16")
    var p = Self.parameters("prorata")
    p.monthlyRates["asll"] = 10_001
    // November has 30 days; active 16..30 = 15 days: 15/30 = 1/2.
    XCTAssertEqual(
      try billing(f, DayRange(period: Period("2026-11")!), p), ["asll": "0.500000 50.01"])
    XCTAssertEqual(MeasureMonths(15, over: 30), MeasureMonths(1, over: 2))
    XCTAssertEqual(MeasureMonths(1, over: 2).amount(atMonthlyRate: -10_001), -5001)
    XCTAssertEqual(
      MeasureMonths(27, over: 31) + MeasureMonths(1) + MeasureMonths(1, over: 30),
      MeasureMonths(27 * 30 + 930 + 31, over: 930))
  }

  func testTheFicheDeLien() throws {
    let f = try HousingSupportMeasureTests.build()
    // M8: started in October, its planned end in December is not known on 10-31.
    try f.measure(
      "M8", "H2", scheme: "asll", funder: "metropole", notified: "2026-09-25",
      contact: "2026-11-03", started: "2026-10-20", ended: "2026-12-15")
    let rows = try f.store.read { db in
      try HousingSupport.measureSheet(
        db, month: Self.october, parameters: Self.parameters("prorata"))
    }
    // M1 active, notified in September: en cours. M2 notified in October, never started:
    // nouvelle with 0 days. M4 notified and ended in October: terminée wins. M5 en cours. M7
    // ended without a start: terminée, 0 days. M8 en cours, 12 days (10-20..10-31), its end and
    // first contact after D are blank. Not M3 (État) nor M6 (November).
    XCTAssertEqual(
      rows.map { "\($0.measure) \($0.status.rawValue) \($0.activeDays)" },
      [
        "M1 en_cours 27", "M2 nouvelle 0", "M4 terminee 16", "M5 en_cours 31", "M7 terminee 0",
        "M8 en_cours 12",
      ])
    XCTAssertEqual(rows[2].outcome, "autre")
    XCTAssertEqual(rows[2].billableMonths, MeasureMonths(16, over: 31))
    XCTAssertEqual(rows[4].outcome, "interruption")
    XCTAssertNil(rows[0].outcome)
    XCTAssertEqual(rows[5].started, Day(iso: "2026-10-20"))
    XCTAssertNil(rows[5].ended)
    XCTAssertNil(rows[5].firstContact)
    XCTAssertEqual(rows[0].holder, "Titulaire H1")
  }
}

import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The catalogue as data and its definitions hash.
final class CatalogueTests: XCTestCase {
  func testDefinitionsHashIsTheDigestOfTheCanonicalText() {
    let c = Catalogue.standard
    XCTAssertEqual(c.definitionsHash, SHA256.hex(of: Array(c.canonicalText.utf8)))
    XCTAssertEqual(c.definitionsHash.count, 64)
    XCTAssertTrue(c.canonicalText.hasPrefix("ardoise-indicators catalogue 2\n"))
    XCTAssertTrue(
      c.canonicalText.contains(
        "\nreceivables|v1|eur|agency,status,phase|crossed|Receivables: Σ max(balance, 0) over leases at D(M); phase of the open case|"
      ))
    // The order of families does not change it; the catalogue version does.
    XCTAssertEqual(
      Catalogue(version: "2", families: c.families.reversed()).definitionsHash, c.definitionsHash)
    XCTAssertNotEqual(
      Catalogue(version: "3", families: c.families).definitionsHash, c.definitionsHash)
  }

  func testEveryIndicatorOfTheSpecIsDefinedOnce() {
    let ids = Catalogue.standard.definitions.map(\.id)
    let spec = [
      "billing", "collections", "recovery_rate", "recovery_rate_12m", "recovery_rate_annual",
      "receivables", "credit_balances", "debtors", "leases_present", "debtor_rate", "average_debt",
      "receivables_months", "debt_months_leases", "debt_months_amount", "bridge", "opening_balance",
      "closing_balance", "ageing_amount", "ageing_debtors", "provision", "caf_arrears",
      "caf_signal_due", "caf_signal_overdue", "open_cases", "portfolio_debt", "cases_assigned",
      "cases_closed", "actions_done", "cases_per_fte", "caseload_cv", "plans_active",
      "plans_respected", "plan_respect_rate",
      // Housing support — State tables.
      "iml_present_start", "iml_present_end", "iml_entries", "iml_exits", "iml_households",
      "iml_persons", "iml_adults", "iml_children", "iml_households_by", "iml_stay_days_mean",
      "iml_stay_days_median", "iml_occupancy_rate", "iml_vacancy_days", "iml_exits_by_destination",
      "iml_entries_by_referral",
      // Housing support — measures.
      "measures_notified", "measures_started", "measures_active", "measures_ongoing_end",
      "measures_ended", "measure_households", "measure_persons", "first_contact_delay_mean",
      "first_contact_within_15d_rate", "measure_duration_mean", "billable_measure_months",
    ]
    XCTAssertEqual(ids.sorted(), spec.sorted())
    for d in Catalogue.standard.definitions {
      XCTAssertFalse(d.french.isEmpty || d.english.isEmpty, d.id)
      XCTAssertFalse((d.french + d.english).contains { $0 == "|" || $0 == "\n" }, d.id)
    }
  }

  func testCrossedDimensionSets() {
    let receivables = Catalogue.standard.definition("receivables")!
    XCTAssertEqual(receivables.dimensionSets.count, 8)
    XCTAssertTrue(receivables.dimensionSets.contains(["agency", "phase", "status"]))
    let separate = IndicatorDefinition(
      id: "x", unit: .count, dimensions: ["composition", "resources"], grouping: .separate,
      french: "x", english: "x")
    XCTAssertEqual(separate.dimensionSets, [[], ["composition"], ["resources"]])
  }

  func testEveryValueMatchesItsDefinition() throws {
    let october = Period(month: Month(year: 2026, month: 10)!)
    let values =
      try RecoveryScenario.build().engine().compute(period: october)
      + CaseloadTests.build().engine().compute(period: october)
    var seen = Set<String>()
    for v in values {
      let d = try XCTUnwrap(Catalogue.standard.definition(v.indicator), v.indicator)
      XCTAssertEqual(v.unit, d.unit, v.indicator)
      XCTAssertTrue(d.dimensionSets.contains(v.dimensions.keys), "\(v.indicator) \(v.dimensions)")
      if v.dimensions.isTotal { seen.insert(v.indicator) }
    }
    // The total of every indicator is always printed.
    XCTAssertEqual(seen, Set(Catalogue.standard.definitions.map(\.id)))
  }
}

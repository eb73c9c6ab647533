import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The bridge and ageing checks, fed inconsistent figures directly (a consistent ledger always
/// satisfies them).
final class ChecksTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)

  private func value(_ id: String, _ cents: Int64) -> IndicatorValue { value(id, [:], cents) }

  private func value(_ id: String, _ dims: [String: String], _ cents: Int64) -> IndicatorValue {
    IndicatorValue(
      indicator: id, period: Self.october, dimensions: Dimensions(dims), unit: .eur,
      number: .integer(cents))
  }

  func testBridgeBreakNamesTheDifferenceAndTheLeases() {
    // Opening 100.00 + movements 50.00 = 150.00, but closing says 149.99: 0.01 short.
    // L9's own figures do not add up (100.00 + 50.00 ≠ 149.99); L1's do.
    let values = [
      value("opening_balance", 10_000), value("bridge", 5_000),
      value("bridge", ["type": "loyer"], 5_000), value("closing_balance", 14_999),
    ]
    let leases = [
      BridgeCheck.Lease(id: "L9", opening: 10_000, movement: 5_000, closing: 14_999),
      BridgeCheck.Lease(id: "L1", opening: 0, movement: 0, closing: 0),
    ]
    XCTAssertThrowsError(try BridgeCheck.verify(values, period: Self.october, leases: leases)) {
      let failure = $0 as! IndicatorCheckFailure
      XCTAssertEqual(failure.check, "bridge")
      XCTAssertEqual(failure.difference, -1)
      XCTAssertEqual(failure.leases, ["L9"])
      XCTAssertEqual(
        failure.description,
        "bridge check failed for 2026-10: opening 100.00 + movements 50.00 = 150.00, closing is "
          + "149.99; difference -0.01 EUR; leases involved: L9")
    }
  }

  func testBridgeHolds() throws {
    let values = [
      value("opening_balance", 10_000), value("bridge", 5_000),
      value("bridge", ["type": "loyer"], 7_000), value("bridge", ["type": "paiement"], -2_000),
      value("closing_balance", 15_000),
    ]
    let outcome = try BridgeCheck.verify(values, period: Self.october, leases: [])
    XCTAssertEqual(outcome.name, "bridge")
  }

  func testBridgeTotalMustBeTheSumOfItsTypes() {
    let values = [
      value("opening_balance", 0), value("bridge", 5_000),
      value("bridge", ["type": "loyer"], 4_000), value("closing_balance", 5_000),
    ]
    XCTAssertThrowsError(try BridgeCheck.verify(values, period: Self.october, leases: []))
  }

  func testAgeingBreakNamesTheGroup() {
    // AVI owes 100.00 but its buckets only hold 90.00; the check stops at the first group in
    // canonical order (the total), 10.00 apart, and names the lease whose parts are short.
    let values = [
      value("receivables", 10_000), value("receivables", ["agency": "AVI"], 10_000),
      value("receivables", ["phase": "amiable"], 99_999),  // phase rows are not compared
      value("ageing_amount", ["bucket": "m0_1"], 9_000),
      value("ageing_amount", ["bucket": "m0_1", "agency": "AVI"], 9_000),
    ]
    let leases = [AgeingReconciliation.Lease(id: "L1", receivable: 10_000, aged: 9_000)]
    XCTAssertThrowsError(
      try AgeingReconciliation.verify(values, period: Self.october, leases: leases)
    ) {
      let failure = $0 as! IndicatorCheckFailure
      XCTAssertEqual(failure.check, "ageing")
      XCTAssertEqual(failure.group, "total")
      XCTAssertEqual(failure.difference, 1_000)
      XCTAssertEqual(failure.leases, ["L1"])
    }
  }

  func testAgeingReconciliationHoldsOnTheScenario() throws {
    let e = try RecoveryScenario.build().engine().evaluate(period: Self.october)
    XCTAssertEqual(e.checks.map(\.name), ["bridge", "ageing"])
    XCTAssertEqual(
      e.checks[0].detail,
      "opening 1\u{202F}530,00\u{A0}€ + movements 450,00\u{A0}€ = closing 1\u{202F}980,00\u{A0}€")
    // 9 groups: the total, 2 agencies, 2 statuses, 4 agency × status.
    XCTAssertEqual(e.checks[1].detail, "Σ ageing_amount over buckets = receivables in 9 groups")
  }
}

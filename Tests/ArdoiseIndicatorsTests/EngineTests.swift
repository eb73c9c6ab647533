import ArdoiseCore
import ArdoiseStore
import Foundation
import GRDB
import XCTest

@testable import ArdoiseIndicators

/// Storing, recomputing and refusing to store a period whose checks break.
final class EngineTests: XCTestCase {
  private static let october = Period(month: Month(year: 2026, month: 10)!)
  private static let september = Period(month: Month(year: 2026, month: 9)!)
  private static let moment = Date(timeIntervalSince1970: 1_793_000_000)

  func testRecomputingGivesTheSameValuesAndLateEntriesWaitForIt() throws {
    let b = try RecoveryScenario.build()
    let engine = b.engine()
    let first = try engine.computeAndStore(
      period: Self.october, programVersion: "test", computedAt: Self.moment)
    let stored1 = try XCTUnwrap(try engine.stored(period: Self.october))
    XCTAssertEqual(stored1.values, first.evaluation.values)
    XCTAssertEqual(stored1.record, first.record)
    XCTAssertEqual(stored1.record.valueCount, stored1.values.count)
    XCTAssertEqual(stored1.record.definitionsHash, Catalogue.standard.definitionsHash)
    XCTAssertEqual(stored1.record.computedAt, "2026-10-26T07:33:20Z")
    XCTAssertNil(stored1.record.lastBatchId)
    _ = try engine.computeAndStore(period: Self.october, programVersion: "test")
    let stored2 = try XCTUnwrap(try engine.stored(period: Self.october))
    XCTAssertEqual(stored2.values, stored1.values)
    let rows = try b.store.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM indicator_value WHERE period = '2026-10'")
    }
    XCTAssertEqual(rows, stored1.values.count)

    // A payment of 100 dated 2026-10-20, loaded later (batch 2): the stored month does not move
    // until it is computed again; then the closing balance drops from 1980.00 to 1880.00.
    try b.batch(2)
    try b.entry("E110", "L1", "2026-10-20", "paiement", "-100")
    let stored3 = try XCTUnwrap(try engine.stored(period: Self.october))
    XCTAssertEqual(stored3.values, stored1.values)
    XCTAssertEqual(Figures(stored3.values)["closing_balance"], "1980.00")
    _ = try engine.computeAndStore(period: Self.october, programVersion: "test")
    let stored4 = try XCTUnwrap(try engine.stored(period: Self.october))
    XCTAssertEqual(Figures(stored4.values)["closing_balance"], "1880.00")
    XCTAssertEqual(Figures(stored4.values)["receivables", "agency=AVI"], "1150.00")
    XCTAssertEqual(stored4.record.lastBatchId, 2)
  }

  func testOpeningIsThePreviousClosing() throws {
    let engine = try RecoveryScenario.build().engine()
    let september = Figures(try engine.compute(period: Self.september))
    let october = Figures(try engine.compute(period: Self.october))
    XCTAssertEqual(september["closing_balance"], october["opening_balance"])
    XCTAssertEqual(september["closing_balance"], "1530.00")
  }

  func testStoredValuesKeepTheirTypes() throws {
    let b = try RecoveryScenario.build()
    _ = try b.engine().computeAndStore(period: Self.october, programVersion: "test")
    let types = try b.store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT indicator, dimensions, typeof(value) AS t FROM indicator_value
          WHERE indicator IN ('receivables', 'debtors', 'recovery_rate') AND dimensions = ''
          ORDER BY indicator
          """
      ).map { "\($0["indicator"] as String)=\($0["t"] as String)" }
    }
    XCTAssertEqual(types, ["debtors=integer", "receivables=integer", "recovery_rate=real"])
  }

  /// A family whose check always breaks.
  private struct BrokenFamily: IndicatorFamily {
    let name = "broken"
    let definitions = [
      IndicatorDefinition(id: "always_one", unit: .count, french: "Un", english: "One")
    ]
    func computes(for length: Period.Length) -> Bool { true }
    func compute(_ context: ComputeContext) throws -> [IndicatorValue] {
      [
        IndicatorValue(
          indicator: "always_one", period: context.period, dimensions: .total, unit: .count,
          number: .integer(1))
      ]
    }
    func verify(_ values: [IndicatorValue], _ context: ComputeContext) throws
      -> [IndicatorCheckOutcome]
    {
      throw IndicatorCheckFailure(
        check: "broken", period: context.period, difference: 1, leases: ["L1"], explanation: "test")
    }
  }

  func testABrokenCheckStoresNothing() throws {
    let b = try RecoveryScenario.build()
    _ = try b.engine().computeAndStore(period: Self.october, programVersion: "test")
    let before = try XCTUnwrap(try b.engine().stored(period: Self.october))
    let catalogue = Catalogue(
      version: "test", families: Catalogue.standard.families + [BrokenFamily()])
    let engine = IndicatorEngine(store: b.store, catalogue: catalogue)
    XCTAssertThrowsError(try engine.computeAndStore(period: Self.october, programVersion: "test"))
    let after = try XCTUnwrap(try engine.stored(period: Self.october))
    XCTAssertEqual(after.values, before.values)
    XCTAssertEqual(after.record, before.record)
    XCTAssertNil(try engine.stored(period: Self.september))
    XCTAssertThrowsError(try engine.storedOrComputed(period: Self.september, programVersion: "t"))
    XCTAssertNil(try engine.stored(period: Self.september))
  }

  func testStoredOrComputedComputesOnce() throws {
    let b = try RecoveryScenario.build()
    let engine = b.engine()
    XCTAssertNil(try engine.stored(period: Self.october))
    let s = try engine.storedOrComputed(period: Self.october, programVersion: "test")
    XCTAssertEqual(Figures(s.values)["debtors"], "4")
    XCTAssertNil(s.staleness(against: .standard))
    XCTAssertNotNil(s.staleness(against: Catalogue(version: "9", families: [])))
    XCTAssertEqual(s.values(only: ["debtors"]).count, 9)
  }

  func testAnEmptyStoreGivesEveryTotal() throws {
    let e = try StoreBuilder().engine().evaluate(period: Self.october)
    let f = Figures(e.values)
    XCTAssertEqual(Set(e.values.map(\.indicator)), Set(Catalogue.standard.definitions.map(\.id)))
    XCTAssertTrue(e.values.allSatisfy(\.dimensions.isTotal))
    XCTAssertEqual(f["receivables"], "0.00")
    XCTAssertEqual(f["debtors"], "0")
    XCTAssertNil(f["recovery_rate"])
    XCTAssertNil(f["cases_per_fte"])
    XCTAssertNil(f["caseload_cv"])
    XCTAssertEqual(e.checks.count, 2)
  }

  func testQuartersAndYearsComputeOnlyTheHousingFamilies() throws {
    let engine = try RecoveryScenario.build().engine()
    let housing = Set(
      Catalogue.standard.families.filter { $0.computes(for: .quarter) }.flatMap(\.definitions)
        .map(\.id))
    XCTAssertTrue(housing.contains("iml_households") && housing.contains("measures_active"))
    XCTAssertFalse(housing.contains("receivables"))
    for text in ["2026-Q4", "2026"] {
      let values = try engine.compute(period: Period(text)!)
      XCTAssertEqual(Set(values.map(\.indicator)), housing, text)
    }
  }
}

import ArdoiseCore
import XCTest

@testable import ArdoiseJobs

final class PeriodRuleTests: XCTestCase {
  func testPeriodOfAFire() {
    let fire = at("2026-11-05T06:00")
    XCTAssertEqual(PeriodRule.previousMonth.period(forFireAt: fire), period("2026-10"))
    XCTAssertEqual(PeriodRule.currentMonth.period(forFireAt: fire), period("2026-11"))
    XCTAssertEqual(PeriodRule.previousQuarter.period(forFireAt: fire), period("2026-Q3"))
    XCTAssertEqual(PeriodRule.previousYear.period(forFireAt: fire), period("2025"))
  }

  func testPeriodAtTheTurnOfTheYear() {
    let newYear = at("2027-01-01T00:00")
    XCTAssertEqual(PeriodRule.previousMonth.period(forFireAt: newYear), period("2026-12"))
    XCTAssertEqual(PeriodRule.currentMonth.period(forFireAt: newYear), period("2027-01"))
    XCTAssertEqual(PeriodRule.previousQuarter.period(forFireAt: newYear), period("2026-Q4"))
    XCTAssertEqual(PeriodRule.previousYear.period(forFireAt: newYear), period("2026"))
    let lastMinute = at("2026-12-31T23:59")
    XCTAssertEqual(PeriodRule.previousMonth.period(forFireAt: lastMinute), period("2026-11"))
    XCTAssertEqual(PeriodRule.previousQuarter.period(forFireAt: lastMinute), period("2026-Q3"))
    XCTAssertEqual(
      PeriodRule.previousQuarter.period(forFireAt: at("2026-04-10T07:00")), period("2026-Q1"))
    XCTAssertEqual(
      PeriodRule.previousQuarter.period(forFireAt: at("2026-03-31T23:59")), period("2025-Q4"))
  }

  func testParsesTheConfigurationValues() throws {
    XCTAssertEqual(try PeriodRule(parsing: "previous_month"), .previousMonth)
    XCTAssertEqual(try PeriodRule(parsing: "current_month"), .currentMonth)
    XCTAssertEqual(try PeriodRule(parsing: "previous_quarter"), .previousQuarter)
    XCTAssertEqual(try PeriodRule(parsing: "previous_year"), .previousYear)
    XCTAssertThrowsError(try PeriodRule(parsing: "last_month")) { error in
      XCTAssertEqual(
        "\(error)",
        "\"last_month\" is not a period rule; expected one of previous_month, current_month, "
          + "previous_quarter, previous_year")
    }
  }

  func testFireWindowIsEveryMinuteWhoseFireIsForThePeriod() throws {
    let window = try XCTUnwrap(PeriodRule.previousMonth.fireWindow(for: period("2026-10")))
    XCTAssertEqual(window, at("2026-11-01T00:00")...at("2026-11-30T23:59"))
    XCTAssertEqual(
      PeriodRule.currentMonth.fireWindow(for: period("2026-02")),
      at("2026-02-01T00:00")...at("2026-02-28T23:59"))
    XCTAssertEqual(
      PeriodRule.previousQuarter.fireWindow(for: period("2026-Q4")),
      at("2027-01-01T00:00")...at("2027-03-31T23:59"))
    XCTAssertEqual(
      PeriodRule.previousYear.fireWindow(for: period("2026")),
      at("2027-01-01T00:00")...at("2027-12-31T23:59"))
    XCTAssertNil(PeriodRule.previousMonth.fireWindow(for: period("2026-Q4")))
    for rule in PeriodRule.allCases {
      let p = rule.period(forFireAt: at("2026-08-17T13:00"))
      let w = try XCTUnwrap(rule.fireWindow(for: p))
      XCTAssertEqual(rule.period(forFireAt: w.lowerBound), p)
      XCTAssertEqual(rule.period(forFireAt: w.upperBound), p)
      XCTAssertNotEqual(rule.period(forFireAt: w.lowerBound.adding(minutes: -1)), p)
      XCTAssertNotEqual(rule.period(forFireAt: w.upperBound.adding(minutes: 1)), p)
    }
  }
}

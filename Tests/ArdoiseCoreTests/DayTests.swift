import ArdoiseCore
import XCTest

final class DayTests: XCTestCase {
  func testOrdinalsOfKnownDates() {
    // 1970-01-01 is day 0; 2000-03-01 is 11017 (30 years × 365 + 7 leap days + Jan 31 + Feb 29).
    XCTAssertEqual(Day(year: 1970, month: 1, day: 1)!.ordinal, 0)
    XCTAssertEqual(Day(year: 2000, month: 3, day: 1)!.ordinal, 11017)
    // Excel's serial 46326 is 31/10/2026; Excel's epoch 1899-12-30 is day −25569.
    XCTAssertEqual(Day(year: 2026, month: 10, day: 31)!.ordinal + 25569, 46326)
  }

  func testRoundTripsEveryDayOfFourYears() {
    var d = Day(year: 2023, month: 1, day: 1)!
    for _ in 0..<(4 * 366) {
      let p = d.parts
      XCTAssertEqual(Day(year: p.year, month: p.month, day: p.day), d)
      XCTAssertEqual(Day(yyyymmdd: d.yyyymmdd), d)
      XCTAssertEqual(Day(iso: d.iso), d)
      d = d.adding(days: 1)
    }
  }

  func testRejectsImpossibleDates() {
    XCTAssertNil(Day(year: 2026, month: 2, day: 31))
    XCTAssertNil(Day(year: 2025, month: 2, day: 29))
    XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
    XCTAssertNil(Day(year: 1900, month: 2, day: 29))
    XCTAssertNotNil(Day(year: 2000, month: 2, day: 29))
    XCTAssertNil(Day(iso: "2026-13-01"))
    XCTAssertNil(Day(iso: "2026-1-01"))
  }

  func testAddingMonthsClampsToMonthEnd() {
    XCTAssertEqual(Day(iso: "2025-12-31")!.adding(months: 2), Day(iso: "2026-02-28"))
    XCTAssertEqual(Day(iso: "2023-12-31")!.adding(months: 2), Day(iso: "2024-02-29"))
    XCTAssertEqual(Day(iso: "2026-01-15")!.adding(months: 2), Day(iso: "2026-03-15"))
    XCTAssertEqual(Day(iso: "2026-03-31")!.adding(months: -1), Day(iso: "2026-02-28"))
  }

  func testFrenchAndISOForms() {
    let d = Day(iso: "2026-10-31")!
    XCTAssertEqual(d.french, "31/10/2026")
    XCTAssertEqual(d.yyyymmdd, 20_261_031)
  }

  func testPeriods() {
    let q = Period("2026-Q4")!
    XCTAssertEqual(q.start, Day(iso: "2026-10-01"))
    XCTAssertEqual(q.end, Day(iso: "2026-12-31"))
    XCTAssertEqual(q.dayCount, 92)
    XCTAssertEqual(q.description, "2026-Q4")
    XCTAssertEqual(Period("2024")!.dayCount, 366)
    XCTAssertEqual(Period("2026-02")!.end, Day(iso: "2026-02-28"))
    XCTAssertEqual(Period("2026-01")!.previous.description, "2025-12")
    XCTAssertEqual(Period("2026-Q1")!.previous.description, "2025-Q4")
    XCTAssertNil(Period("2026-Q5"))
    XCTAssertNil(Period("2026-13"))
    XCTAssertEqual(Period("2026-10")!.frenchLabel, "octobre 2026")
  }

  func testMonthArithmetic() {
    let m = Month(iso: "2026-01")!
    XCTAssertEqual(m.adding(-1).iso, "2025-12")
    XCTAssertEqual(m.adding(11).iso, "2026-12")
    XCTAssertEqual(m.months(to: Month(iso: "2027-03")!), 14)
    XCTAssertEqual(Month(iso: "2024-02")!.dayCount, 29)
  }
}

import ArdoiseCore
import Foundation
import XCTest

@testable import ArdoiseJobs

final class LocalDateTimeTests: XCTestCase {
  func testParsesBothSeparatorsAndOptionalSeconds() {
    let expected = LocalDateTime(year: 2026, month: 11, day: 5, hour: 6, minute: 0)!
    XCTAssertEqual(LocalDateTime(iso: "2026-11-05T06:00"), expected)
    XCTAssertEqual(LocalDateTime(iso: "2026-11-05 06:00"), expected)
    XCTAssertEqual(LocalDateTime(iso: "2026-11-05T06:00:59"), expected)
    XCTAssertEqual(expected.iso, "2026-11-05T06:00")
    XCTAssertEqual("\(at("2026-01-02T03:04"))", "2026-01-02T03:04")
  }

  func testRejectsWhatIsNotALocalMinute() {
    for text in [
      "2026-02-30T10:00", "2026-11-05T24:00", "2026-11-05T06:60", "2026-11-05", "2026-11-05T6:00",
      "2026-11-05X06:00", "2026-11-05T06:00:61", "2026-11-05T06:00Z", "", "2026-11-05T06:00:0",
    ] {
      XCTAssertNil(LocalDateTime(iso: text), text)
    }
    XCTAssertThrowsError(try LocalDateTime.parse("demain 6h")) { error in
      XCTAssertEqual(
        "\(error)",
        "\"demain 6h\" is not a local date and time; expected YYYY-MM-DDTHH:MM or "
          + "YYYY-MM-DD HH:MM (for example 2026-11-05T06:00)")
    }
    XCTAssertEqual(try LocalDateTime.parse("2026-11-05 06:00"), at("2026-11-05T06:00"))
    XCTAssertNil(LocalDateTime(day: Day(iso: "2026-11-05")!, hour: 24, minute: 0))
  }

  func testAddsMinutesAcrossDaysMonthsAndYears() {
    XCTAssertEqual(at("2026-12-31T23:59").adding(minutes: 1), at("2027-01-01T00:00"))
    XCTAssertEqual(at("2028-02-28T23:30").adding(minutes: 60), at("2028-02-29T00:30"))
    XCTAssertEqual(at("2026-03-01T00:00").adding(minutes: -1), at("2026-02-28T23:59"))
    XCTAssertEqual(at("2026-11-05T06:00").adding(minutes: 1440 * 30), at("2026-12-05T06:00"))
    XCTAssertEqual(at("2026-11-05T06:00").minutes(to: at("2026-11-06T07:01")), 1501)
    XCTAssertEqual(at("1969-12-31T23:59").minutesSinceEpoch, -1)
    XCTAssertEqual(LocalDateTime(minutesSinceEpoch: -1), at("1969-12-31T23:59"))
    XCTAssertEqual(LocalDateTime(minutesSinceEpoch: -1441), at("1969-12-30T23:59"))
  }

  func testComparesAsTheWallClockReads() {
    XCTAssertLessThan(at("2026-11-05T06:00"), at("2026-11-05T06:01"))
    XCTAssertLessThan(at("2026-11-05T23:59"), at("2026-11-06T00:00"))
    XCTAssertGreaterThan(at("2027-01-01T00:00"), at("2026-12-31T23:59"))
  }

  func testWeekdayCountsFromSunday() {
    XCTAssertEqual(at("2026-11-01T00:00").weekday, 0)  // Sunday
    XCTAssertEqual(at("2026-06-01T00:00").weekday, 1)  // Monday
    XCTAssertEqual(at("1970-01-01T00:00").weekday, 4)  // Thursday
    XCTAssertEqual(at("1969-12-31T00:00").weekday, 3)  // Wednesday
  }

  func testConvertsToAndFromDatesInATimeZone() throws {
    let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
    let paris = try XCTUnwrap(TimeZone(identifier: "Europe/Paris"))
    XCTAssertEqual(LocalDateTime(Date(timeIntervalSince1970: 0), in: utc), at("1970-01-01T00:00"))
    XCTAssertEqual(
      LocalDateTime(Date(timeIntervalSince1970: 59.9), in: utc), at("1970-01-01T00:00"))
    XCTAssertEqual(LocalDateTime(Date(timeIntervalSince1970: -1), in: utc), at("1969-12-31T23:59"))

    // Summer (+02:00) and winter (+01:00) in Paris.
    let summer = at("2026-07-01T12:00").date(in: paris)
    XCTAssertEqual(LocalDateTime(summer, in: utc), at("2026-07-01T10:00"))
    XCTAssertEqual(LocalDateTime(summer, in: paris), at("2026-07-01T12:00"))
    let winter = at("2026-11-05T06:00").date(in: paris)
    XCTAssertEqual(LocalDateTime(winter, in: utc), at("2026-11-05T05:00"))

    // 2026-03-29: the clocks jump from 02:00 to 03:00; 02:30 never happens and maps to the jump.
    let gap = at("2026-03-29T02:30").date(in: paris)
    XCTAssertEqual(LocalDateTime(gap, in: utc), at("2026-03-29T01:00"))
    XCTAssertEqual(LocalDateTime(gap, in: paris), at("2026-03-29T03:00"))
    // 2026-10-25: the clocks go back from 03:00 to 02:00; 02:30 happens twice, the first counts.
    let twice = at("2026-10-25T02:30").date(in: paris)
    XCTAssertEqual(LocalDateTime(twice, in: utc), at("2026-10-25T00:30"))
  }

  func testManualClockMovesOnlyWhenTold() {
    let clock = ManualClock(at("2026-11-05T06:00"))
    XCTAssertEqual(clock.now(), at("2026-11-05T06:00"))
    clock.advance(minutes: 5)
    XCTAssertEqual(clock.now(), at("2026-11-05T06:05"))
    clock.set(at("2027-01-01T00:00"))
    XCTAssertEqual(clock.now(), at("2027-01-01T00:00"))
  }

  func testSystemClockReadsTheRealTime() throws {
    let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
    let before = LocalDateTime(Date(), in: utc)
    let now = SystemClock(timeZone: utc).now()
    let after = LocalDateTime(Date(), in: utc)
    XCTAssertLessThanOrEqual(before, now)
    XCTAssertLessThanOrEqual(now, after)
    let clock: any SchedulerClock = SystemClock()
    XCTAssertEqual(clock.now().year >= 2024, true)
  }
}

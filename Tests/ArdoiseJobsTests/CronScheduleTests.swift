import ArdoiseCore
import XCTest

@testable import ArdoiseJobs

final class CronScheduleTests: XCTestCase {
  /// The minutes of a day at which `schedule` fires on `day`.
  private func times(_ schedule: CronSchedule, on day: String) -> [String] {
    let start = at(day + "T00:00").adding(minutes: -1)
    return schedule.fireTimes(after: start, through: at(day + "T23:59"), limit: 2000).map {
      String($0.iso.suffix(5))
    }
  }

  /// The values of one field that `schedule` selects, probed through `matches`.
  private func minutes(_ text: String) -> [Int] {
    let schedule = cron(text + " * * * *")
    return (0...59).filter { schedule.matches(at("2026-06-01T00:00").adding(minutes: $0)) }
  }

  // MARK: - Syntax

  func testEveryFieldSyntax() {
    XCTAssertEqual(minutes("*").count, 60)
    XCTAssertEqual(minutes("7"), [7])
    XCTAssertEqual(minutes("1,4,7"), [1, 4, 7])
    XCTAssertEqual(minutes("1-5"), [1, 2, 3, 4, 5])
    XCTAssertEqual(minutes("*/15"), [0, 15, 30, 45])
    XCTAssertEqual(minutes("10-50/10"), [10, 20, 30, 40, 50])
    XCTAssertEqual(minutes("5/15"), [5, 20, 35, 50])
    XCTAssertEqual(minutes("0-4/2,30,58-59"), [0, 2, 4, 30, 58, 59])
    XCTAssertEqual(minutes("3,3,1-3"), [1, 2, 3])
  }

  func testHoursMonthsAndNames() {
    let s = cron("30 8-10,14 * jan,Jul *")
    XCTAssertTrue(s.matches(at("2026-01-15T08:30")))
    XCTAssertTrue(s.matches(at("2026-07-15T14:30")))
    XCTAssertFalse(s.matches(at("2026-07-15T11:30")))
    XCTAssertFalse(s.matches(at("2026-02-15T08:30")))
    XCTAssertFalse(s.matches(at("2026-01-15T08:31")))
    XCTAssertEqual(
      times(cron("0 */6 * * *"), on: "2026-06-01"), ["00:00", "06:00", "12:00", "18:00"])
  }

  func testDayOfWeekZeroAndSevenAreSunday() {
    let sunday = "2026-11-01"  // a Sunday
    XCTAssertEqual(times(cron("0 9 * * 0"), on: sunday), ["09:00"])
    XCTAssertEqual(times(cron("0 9 * * 7"), on: sunday), ["09:00"])
    XCTAssertEqual(times(cron("0 9 * * SUN"), on: sunday), ["09:00"])
    XCTAssertEqual(times(cron("0 9 * * 5-7"), on: sunday), ["09:00"])
    XCTAssertEqual(times(cron("0 9 * * 5-7"), on: "2026-10-31"), ["09:00"])  // Saturday
    XCTAssertEqual(times(cron("0 9 * * 5-7"), on: "2026-11-02"), [])  // Monday
    XCTAssertEqual(times(cron("0 9 * * mon-fri"), on: "2026-11-02"), ["09:00"])
    XCTAssertEqual(times(cron("0 9 * * mon-fri"), on: sunday), [])
  }

  func testShorthands() {
    XCTAssertEqual(times(cron("@daily"), on: "2026-06-02"), ["00:00"])
    XCTAssertEqual(times(cron("@midnight"), on: "2026-06-02"), ["00:00"])
    XCTAssertEqual(times(cron("@hourly"), on: "2026-06-02").count, 24)
    XCTAssertEqual(times(cron("@weekly"), on: "2026-11-01"), ["00:00"])
    XCTAssertEqual(times(cron("@weekly"), on: "2026-11-02"), [])
    XCTAssertEqual(times(cron("@monthly"), on: "2026-11-01"), ["00:00"])
    XCTAssertEqual(times(cron("@yearly"), on: "2027-01-01"), ["00:00"])
    XCTAssertEqual(times(cron("@annually"), on: "2026-11-01"), [])
    XCTAssertEqual(cron(" 0 6 5 * * ").text, " 0 6 5 * * ")
    XCTAssertEqual("\(cron("0 6 5 * *"))", "0 6 5 * *")
    XCTAssertEqual(times(cron("0\t6 \t 5 * *"), on: "2026-11-05"), ["06:00"])
  }

  // MARK: - Errors

  private func error(_ text: String) -> String {
    do {
      _ = try CronSchedule(text)
      return "no error"
    } catch {
      return error.description
    }
  }

  func testEveryErrorNamesTheFieldAndWhatIsExpected() {
    XCTAssertEqual(error("61 * * * *"), "minute: 61 is out of range 0–59")
    XCTAssertEqual(error("* 24 * * *"), "hour: 24 is out of range 0–23")
    XCTAssertEqual(error("* * 0 * *"), "day-of-month: 0 is out of range 1–31")
    XCTAssertEqual(error("* * 32 * *"), "day-of-month: 32 is out of range 1–31")
    XCTAssertEqual(error("* * * 13 *"), "month: 13 is out of range 1–12")
    XCTAssertEqual(error("* * * 0 *"), "month: 0 is out of range 1–12")
    XCTAssertEqual(error("* * * * 8"), "day-of-week: 8 is out of range 0–7")
    XCTAssertEqual(error("0-60 * * * *"), "minute: 60 is out of range 0–59")
    XCTAssertEqual(
      error("0 6 5 *"),
      "expected 5 fields (minute hour day-of-month month day-of-week), found 4 in \"0 6 5 *\"")
    XCTAssertEqual(
      error("0 6 5 * * *"),
      "expected 5 fields (minute hour day-of-month month day-of-week), found 6 in \"0 6 5 * * *\"")
    XCTAssertEqual(
      error(""), "expected 5 fields (minute hour day-of-month month day-of-week), found 0 in \"\"")
    XCTAssertEqual(error("x * * * *"), "minute: \"x\" is not a number; expected 0–59")
    XCTAssertEqual(error("* +5 * * *"), "hour: \"+5\" is not a number; expected 0–23")
    XCTAssertEqual(error("* -5 * * *"), "hour: \"-5\" is not a number; expected 0–23")
    XCTAssertEqual(error("* 1- * * *"), "hour: \"1-\" is not a number; expected 0–23")
    XCTAssertEqual(
      error("* * * foo *"),
      "month: \"foo\" is neither a number nor a name; expected 1–12 or JAN–DEC")
    XCTAssertEqual(
      error("* * * * monday"),
      "day-of-week: \"monday\" is neither a number nor a name; expected 0–7 or SUN–SAT")
    XCTAssertEqual(error("* * jan * *"), "day-of-month: \"jan\" is not a number; expected 1–31")
    XCTAssertEqual(error("1,,2 * * * *"), "minute: empty item in the list \"1,,2\"")
    XCTAssertEqual(error("1, * * * *"), "minute: empty item in the list \"1,\"")
    XCTAssertEqual(error("*/0 * * * *"), "minute: step 0 is out of range 1–59")
    XCTAssertEqual(error("* */24 * * *"), "hour: step 24 is out of range 1–23")
    XCTAssertEqual(error("*/x * * * *"), "minute: step \"x\" in \"*/x\" is not a number 1–59")
    XCTAssertEqual(error("*/ * * * *"), "minute: step \"\" in \"*/\" is not a number 1–59")
    XCTAssertEqual(error("*/5/2 * * * *"), "minute: \"*/5/2\" has more than one /")
    XCTAssertEqual(
      error("* 22-2 * * *"),
      "hour: range 22-2 goes backwards; write the smaller value first, or split it as 22-23,0-2")
    XCTAssertEqual(
      error("* * * * fri-mon"),
      "day-of-week: range fri-mon goes backwards; write the smaller value first, or split it as "
        + "5-6,0-1")
    let malformed =
      "is not valid; expected *, a value 0–59, a range like 1-5, a step like */15 or 10-50/10, "
      + "or a comma-separated list of them"
    XCTAssertEqual(error("*-5 * * * *"), "minute: \"*-5\" " + malformed)
    XCTAssertEqual(error("1-2-3 * * * *"), "minute: \"1-2-3\" " + malformed)
    XCTAssertEqual(error("** * * * *"), "minute: \"**\" " + malformed)
    XCTAssertEqual(
      error("0 0 31 2 *"),
      "day-of-month: day 31 never occurs in month 2; the schedule would never fire")
    XCTAssertEqual(
      error("0 0 31 4,6,9,11 *"),
      "day-of-month: day 31 never occurs in month 4,6,9,11; the schedule would never fire")
    XCTAssertTrue(
      error("@reboot").hasPrefix("\"@reboot\" is not a known shorthand; expected one of"))
    // Possible, if rare, schedules are accepted.
    XCTAssertEqual(error("0 0 29 2 *"), "no error")
    XCTAssertEqual(error("0 0 31 2 1"), "no error")  // every Monday of February (Vixie "or")
  }

  func testErrorCarriesTheField() {
    XCTAssertThrowsError(try CronSchedule("0 6 5 * 9")) { error in
      XCTAssertEqual((error as? CronScheduleError)?.field, .dayOfWeek)
      XCTAssertEqual((error as? CronScheduleError)?.message, "9 is out of range 0–7")
    }
  }

  // MARK: - The Vixie day rule

  func testBothDayFieldsRestrictedMatchEither() {
    let s = cron("0 6 1 * 1")  // the 1st, and every Monday
    XCTAssertTrue(s.matches(at("2026-06-01T06:00")))  // the 1st, a Monday
    XCTAssertTrue(s.matches(at("2026-06-08T06:00")))  // a Monday
    XCTAssertTrue(s.matches(at("2026-07-01T06:00")))  // the 1st, a Wednesday
    XCTAssertFalse(s.matches(at("2026-07-02T06:00")))  // neither
  }

  func testAStarredDayFieldMakesBothRequired() {
    let odd = cron("0 6 */2 * 1")  // starts with "*": odd days that are Mondays
    XCTAssertTrue(odd.matches(at("2026-06-01T06:00")))
    XCTAssertFalse(odd.matches(at("2026-06-08T06:00")))
    XCTAssertFalse(odd.matches(at("2026-06-03T06:00")))
    let mondays = cron("0 6 * * 1")
    XCTAssertTrue(mondays.matches(at("2026-06-08T06:00")))
    XCTAssertFalse(mondays.matches(at("2026-07-01T06:00")))
    let firsts = cron("0 6 1 * *")
    XCTAssertTrue(firsts.matches(at("2026-07-01T06:00")))
    XCTAssertFalse(firsts.matches(at("2026-06-08T06:00")))
  }

  // MARK: - Next and previous fire

  func testNextFireAcrossMonthAndYearBoundaries() {
    let monthly = cron("0 6 5 * *")
    XCTAssertEqual(monthly.nextFire(after: at("2026-10-05T06:00")), at("2026-11-05T06:00"))
    XCTAssertEqual(monthly.nextFire(after: at("2026-10-05T05:59")), at("2026-10-05T06:00"))
    XCTAssertEqual(monthly.nextFire(after: at("2026-12-20T00:00")), at("2027-01-05T06:00"))
    XCTAssertEqual(
      cron("0 12 31 * *").nextFire(after: at("2026-04-01T00:00")), at("2026-05-31T12:00"))
    let quarter = cron("15 */15 * * *")
    XCTAssertEqual(quarter.nextFire(after: at("2026-12-31T23:59")), at("2027-01-01T00:15"))
    let every15 = cron("*/15 * * * *")
    XCTAssertEqual(every15.nextFire(after: at("2026-11-05T10:07")), at("2026-11-05T10:15"))
    XCTAssertEqual(every15.nextFire(after: at("2026-12-31T23:50")), at("2027-01-01T00:00"))
    XCTAssertEqual(
      cron("30 2 * * *").nextFire(after: at("2026-11-05T02:30")), at("2026-11-06T02:30"))
    XCTAssertEqual(
      cron("0 9 * * MON-FRI").nextFire(after: at("2026-06-05T10:00")), at("2026-06-08T09:00"))
    XCTAssertEqual(
      cron("0 7 10 1,4,7,10 *").nextFire(after: at("2026-10-10T07:00")), at("2027-01-10T07:00"))
  }

  func testNextFireOnTwentyNinthOfFebruary() {
    let leap = cron("0 0 29 2 *")
    XCTAssertEqual(leap.nextFire(after: at("2026-03-01T00:00")), at("2028-02-29T00:00"))
    XCTAssertEqual(leap.nextFire(after: at("2028-02-29T00:00")), at("2032-02-29T00:00"))
    // 2100 is not a leap year: eight years apart.
    XCTAssertEqual(leap.nextFire(after: at("2096-03-01T00:00")), at("2104-02-29T00:00"))
    XCTAssertEqual(leap.previousFire(before: at("2104-02-29T00:00")), at("2096-02-29T00:00"))
    // The last day of February, by the "or" rule, is not expressible; the 28th and 29th are.
    let lateFeb = cron("0 6 28,29 2 *")
    XCTAssertEqual(
      lateFeb.fireTimes(after: at("2027-01-01T00:00"), through: at("2028-12-31T00:00"), limit: 10),
      [at("2027-02-28T06:00"), at("2028-02-28T06:00"), at("2028-02-29T06:00")])
  }

  func testPreviousFire() {
    let monthly = cron("0 6 5 * *")
    XCTAssertEqual(monthly.previousFire(before: at("2027-01-01T00:00")), at("2026-12-05T06:00"))
    XCTAssertEqual(monthly.previousFire(before: at("2026-11-05T06:00")), at("2026-10-05T06:00"))
    XCTAssertEqual(monthly.previousFire(before: at("2026-11-05T06:01")), at("2026-11-05T06:00"))
    XCTAssertEqual(
      cron("*/15 * * * *").previousFire(before: at("2027-01-01T00:00")), at("2026-12-31T23:45"))
    XCTAssertEqual(
      cron("0 7 10 1,4,7,10 *").previousFire(before: at("2026-03-01T00:00")), at("2026-01-10T07:00")
    )
  }

  func testFireTimesAreBoundedAndOrdered() {
    let s = cron("0 */6 * * *")
    let all = s.fireTimes(after: at("2026-01-01T00:00"), through: at("2026-01-02T00:00"), limit: 10)
    XCTAssertEqual(
      all,
      [
        at("2026-01-01T06:00"), at("2026-01-01T12:00"), at("2026-01-01T18:00"),
        at("2026-01-02T00:00"),
      ])
    XCTAssertEqual(
      s.fireTimes(after: at("2026-01-01T00:00"), through: at("2026-01-02T00:00"), limit: 2).count, 2
    )
    XCTAssertEqual(
      s.fireTimes(after: at("2026-01-02T00:00"), through: at("2026-01-01T00:00"), limit: 5), [])
  }

  /// `nextFire` and `previousFire` agree with a minute-by-minute search on many schedules and
  /// starting points.
  func testAgreesWithMinuteByMinuteSearch() {
    let schedules = [
      "*/7 * * * *", "0 */5 * * *", "13 3 * * 1-5", "0 0 1,15 * *", "0 12 * * 0", "45 23 31 * *",
      "0 6 1 * 1", "5-10/2 4 */3 * sat", "0 0 28-31 * *", "59 23 * 2,5,8,11 *", "@hourly",
      "0 9 13 * 5",
    ]
    var seed: UInt64 = 42
    func random(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let base = at("2026-01-01T00:00")
    for text in schedules {
      let s = cron(text)
      for _ in 0..<8 {
        let start = base.adding(minutes: random(60 * 24 * 365))
        var brute = start.adding(minutes: 1)
        while !s.matches(brute) { brute = brute.adding(minutes: 1) }
        XCTAssertEqual(s.nextFire(after: start), brute, "\(text) after \(start)")
        var back = start.adding(minutes: -1)
        while !s.matches(back) { back = back.adding(minutes: -1) }
        XCTAssertEqual(s.previousFire(before: start), back, "\(text) before \(start)")
      }
    }
  }

  func testNoFireBeyondYear9999() {
    XCTAssertNil(cron("0 0 1 1 *").nextFire(after: at("9999-06-01T00:00")))
    XCTAssertNil(cron("0 0 1 6 *").previousFire(before: at("0001-03-01T00:00")))
  }
}

import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The measure indicators, worked out by hand for October 2026 (A = 10-01, B = 10-31, 31 days)
/// and its quarter.
///
/// Households: H1 2 adults 1 child; H3, H4 1 adult; H2, H5 1 adult.
///
/// | measure | household | scheme | funder | notified | first contact | started | ended | outcome |
/// |---|---|---|---|---|---|---|---|---|
/// | M1 | H1 | asll | metropole | 2026-09-20 | 2026-10-02 (12 d) | 2026-10-05 | | |
/// | M2 | H2 | asll | metropole | 2026-10-03 | 2026-10-25 (22 d) | | | |
/// | M3 | H3 | avdl | etat | 2026-06-01 | | 2026-06-10 | 2026-10-01 | objectifs_atteints |
/// | M4 | H4 | asll | metropole | 2026-10-10 | 2026-10-12 (2 d) | 2026-10-16 | 2026-10-31 | (empty) |
/// | M5 | H1 | avdl | metropole | 2026-08-01 | 2026-08-05 | 2026-08-10 | | |
/// | M6 | H5 | masp | departement | 2026-11-02 | | | | |
/// | M7 | H5 | asll | metropole | 2026-09-01 | | | 2026-10-20 | interruption |
///
/// In October: M1 active 10-05..10-31 (27 days), M3 only on 10-01 (its end day is its last
/// day: a measure ending on the first day of a month), M4 10-16..10-31 (16 days, active on B),
/// M5 all 31 days. M2 has no `started_on`: never active. M3 has no `first_contact_on`. M6 is
/// notified in November. M7 ended without having started (counted in `measures_ended`, not in
/// the durations).
final class HousingSupportMeasureTests: XCTestCase {
  static func build() throws -> HousingFixture {
    let f = try HousingFixture()
    try f.household("H1", adults: 2, children: 1)
    for h in ["H2", "H3", "H4", "H5"] { try f.household(h) }
    try f.measure(
      "M1", "H1", scheme: "asll", funder: "metropole", notified: "2026-09-20",
      contact: "2026-10-02", started: "2026-10-05")
    try f.measure(
      "M2", "H2", scheme: "asll", funder: "metropole", notified: "2026-10-03",
      contact: "2026-10-25")
    try f.measure(
      "M3", "H3", scheme: "avdl", funder: "etat", notified: "2026-06-01", started: "2026-06-10",
      ended: "2026-10-01", outcome: "objectifs_atteints")
    try f.measure(
      "M4", "H4", scheme: "asll", funder: "metropole", notified: "2026-10-10",
      contact: "2026-10-12", started: "2026-10-16", ended: "2026-10-31")
    try f.measure(
      "M5", "H1", scheme: "avdl", funder: "metropole", notified: "2026-08-01",
      contact: "2026-08-05", started: "2026-08-10")
    try f.measure("M6", "H5", scheme: "masp", funder: "departement", notified: "2026-11-02")
    try f.measure(
      "M7", "H5", scheme: "asll", funder: "metropole", notified: "2026-09-01",
      ended: "2026-10-20", outcome: "interruption")
    return f
  }

  static var prorata: Parameters {
    var p = Parameters()
    p.billingRule = "prorata"
    return p
  }

  func testCountsCrossedBySchemeAndFunder() throws {
    let f = try Self.build().figures("2026-10")
    // Notified: M2, M4, both asll / metropole: the four groups of the crossing.
    XCTAssertEqual(
      f.all("measures_notified"),
      ["": "2", "funder=metropole": "2", "funder=metropole;scheme=asll": "2", "scheme=asll": "2"])
    // Started: M1, M4.
    XCTAssertEqual(f["measures_started"], "2")
    // Active: M1, M3, M4, M5; not M2 (no start), not M7 (ended without a start).
    XCTAssertEqual(
      f.all("measures_active"),
      [
        "": "4", "funder=etat": "1", "funder=etat;scheme=avdl": "1", "funder=metropole": "3",
        "funder=metropole;scheme=asll": "2", "funder=metropole;scheme=avdl": "1",
        "scheme=asll": "2", "scheme=avdl": "2",
      ])
    // Active on B: M1, M4 (its end day counts), M5; not M3.
    XCTAssertEqual(f["measures_ongoing_end"], "3")
    XCTAssertEqual(f["measures_ongoing_end", "funder=etat"], "absent")
    // Ended: M3 (objectifs_atteints), M4 (empty: autre), M7 (interruption), by outcome too.
    XCTAssertEqual(f["measures_ended"], "3")
    XCTAssertEqual(f["measures_ended", "outcome=autre"], "1")
    XCTAssertEqual(f["measures_ended", "funder=metropole;outcome=interruption;scheme=asll"], "1")
    XCTAssertEqual(f["measures_ended", "funder=metropole;scheme=asll"], "2")
    XCTAssertEqual(f.rows("measures_ended").count, 1 + 2 + 2 + 3 + 2 + 3 + 3 + 3)
  }

  func testHouseholdsAreCountedOnce() throws {
    let f = try Self.build().figures("2026-10")
    // Active measures' households: H1 (M1 and M5, once), H3, H4 → 3; persons 3 + 1 + 1 = 5.
    XCTAssertEqual(f["measure_households"], "3")
    XCTAssertEqual(f["measure_persons"], "5")
    // Métropole: H1 (M1, M5), H4 → 2 households, 4 persons.
    XCTAssertEqual(f["measure_households", "funder=metropole"], "2")
    XCTAssertEqual(f["measure_persons", "funder=metropole"], "4")
    XCTAssertEqual(f["measure_persons", "scheme=avdl"], "4")
  }

  func testFirstContactsAndDurations() throws {
    let b = try Self.build()
    let f = try b.figures("2026-10")
    // First contacts in October: M1 (12 days), M2 (22), M4 (2); M3 has none, M5's is in
    // August. Mean 36 / 3 = 12; within 15 days: M1, M4 → 2 / 3.
    XCTAssertEqual(f["first_contact_delay_mean"], "12.00")
    XCTAssertEqual(f["first_contact_within_15d_rate"], "0.666667")
    XCTAssertEqual(f["first_contact_within_15d_rate", "funder=etat"], "absent")
    // With 20 days configured, M2 (22) is still late; with 25, all three are in time.
    var p = Parameters()
    p.firstContactDays = 25
    XCTAssertEqual(try b.figures("2026-10", p)["first_contact_within_15d_rate"], "1.000000")
    // Ended and started: M3 06-10 → 10-01 = 113 days + 1 = 114; M4 10-16 → 10-31 = 16.
    // M7 never started. Mean (114 + 16) / 2 = 65.
    XCTAssertEqual(f["measure_duration_mean"], "65.00")
    XCTAssertEqual(f["measure_duration_mean", "scheme=avdl"], "114.00")
    // No measure of the departement in October: no rows; November has no first contact: null.
    XCTAssertEqual(f["measures_notified", "funder=departement"], "absent")
    let november = try b.figures("2026-11")
    XCTAssertNil(november["first_contact_delay_mean"])
    XCTAssertNil(november["first_contact_within_15d_rate"])
    XCTAssertNil(november["measure_duration_mean"])
    XCTAssertEqual(november["measures_notified", "funder=departement;scheme=masp"], "1")
  }

  func testBillableMonthsUnderBothRules() throws {
    let b = try Self.build()
    // month_started: M1, M3, M4, M5 each have at least one active day in October → 4.
    let started = try b.figures("2026-10")
    XCTAssertEqual(started["billable_measure_months"], "4.000000")
    XCTAssertEqual(started["billable_measure_months", "funder=metropole"], "3.000000")
    // prorata: 27/31 + 1/31 + 16/31 + 31/31 = 75/31 = 2.4193548…; Métropole 74/31.
    let prorata = try b.figures("2026-10", Self.prorata)
    XCTAssertEqual(prorata["billable_measure_months"], "2.419355")
    XCTAssertEqual(prorata["billable_measure_months", "funder=metropole"], "2.387097")
    XCTAssertEqual(prorata["billable_measure_months", "funder=etat;scheme=avdl"], "0.032258")
  }

  func testAQuarterSumsItsMonths() throws {
    let b = try Self.build()
    let started = try b.figures("2026-Q4")
    // Notified in Q4: M2, M4, M6.
    XCTAssertEqual(started["measures_notified"], "3")
    // month_started: M1 3 months, M3 1, M4 1, M5 3 → 8.
    XCTAssertEqual(started["billable_measure_months"], "8.000000")
    // prorata: M1 27/31 + 30/30 + 31/31, M3 1/31, M4 16/31, M5 3 → 5 + 44/31 = 6.4193548…
    let prorata = try b.figures("2026-Q4", Self.prorata)
    XCTAssertEqual(prorata["billable_measure_months"], "6.419355")
    // The year: every measure is notified in 2026.
    XCTAssertEqual(try b.figures("2026")["measures_notified"], "7")
  }

  /// A measure from 2024-02-15 to 2024-03-10 in a leap year: February has 29 days.
  func testLeapYearProrata() throws {
    let f = try HousingFixture()
    try f.household("H1")
    try f.measure(
      "M1", "H1", scheme: "asll", funder: "metropole", notified: "2024-02-01",
      contact: "2024-02-10", started: "2024-02-15", ended: "2024-03-10",
      outcome: "objectifs_atteints")
    // Active 15 days of February (15..29) and 10 of March: 15/29 + 10/31 = 755/899 = 0.8398220…
    let q1 = try f.figures("2024-Q1", Self.prorata)
    XCTAssertEqual(q1["billable_measure_months"], "0.839822")
    // February alone: 15/29 = 0.5172413…
    XCTAssertEqual(try f.figures("2024-02", Self.prorata)["billable_measure_months"], "0.517241")
    XCTAssertEqual(try f.figures("2024-Q1")["billable_measure_months"], "2.000000")
    // Duration 02-15 → 03-10 = 14 + 10 = 24 days, + 1 = 25.
    XCTAssertEqual(q1["measure_duration_mean"], "25.00")
    XCTAssertEqual(q1["measures_ongoing_end"], "0")
  }
}

import ArdoiseCore
import XCTest

@testable import ArdoiseIndicators

/// The IML indicators of the State tables, worked out by hand.
///
/// Units: U1 iml, always available; U2 iml, available from 2026-10-11; U3 iml, available to
/// 2026-10-20; U4 parc (never in the occupancy); U5 iml, always available, never occupied.
///
/// | household | adults | children | composition | resources |
/// |---|---|---|---|---|
/// | H1 | 2 | 1 | couple_enfants | salaire |
/// | H2 | 1 | 2 | monoparental | rsa |
/// | H3 | 1 | 0 | isole | aah |
/// | H4 | 1 | 0 | isole | rsa |
/// | H5 | 2 | 0 | (empty: inconnu) | are |
/// | H6 | 1 | 1 | monoparental | (empty: inconnu) |
///
/// | stay | household | unit | entered → left | referral | destination | note |
/// |---|---|---|---|---|---|---|
/// | S1 | H1 | U1 | 2026-09-15 → 2026-11-10 | siao | logement_social | crosses October's start and end |
/// | S2 | H2 | U2 | 2026-10-05 → 2026-10-31 | bailleur | logement_social | exit on the period's last day |
/// | S3 | H3 | U3 | 2026-10-12 → 2026-10-12 | (empty: autre) | (empty: inconnu) | entry and exit the same day: present on no day |
/// | S4 | H4 | U3 | 2026-08-01 → 2026-10-01 | siao | hebergement | left on A: an exit, not present on A |
/// | S5 | H5 | U3 | 2026-10-02 → 2026-10-15 | siao | logement_social | H5's first stay |
/// | S6 | H5 | U3 | 2026-10-18 → | travailleur_social | | H5's second stay |
/// | S7 | H6 | U4 | 2026-06-01 → | siao | | in a parc unit: counted as a stay, not in the occupancy |
final class HousingSupportIMLTests: XCTestCase {
  static func build() throws -> HousingFixture {
    let f = try HousingFixture()
    try f.unit("U1")
    try f.unit("U2", from: "2026-10-11")
    try f.unit("U3", to: "2026-10-20")
    try f.unit("U4", scheme: "parc")
    try f.unit("U5")
    try f.household(
      "H1", adults: 2, children: 1, composition: "couple_enfants", resources: "salaire")
    try f.household("H2", adults: 1, children: 2, composition: "monoparental", resources: "rsa")
    try f.household("H3", composition: "isole", resources: "aah")
    try f.household("H4", composition: "isole", resources: "rsa")
    try f.household("H5", adults: 2, resources: "are")
    try f.household("H6", children: 1, composition: "monoparental")
    try f.stay(
      "S1", "H1", "U1", entered: "2026-09-15", left: "2026-11-10", referral: "siao",
      destination: "logement_social")
    try f.stay(
      "S2", "H2", "U2", entered: "2026-10-05", left: "2026-10-31", referral: "bailleur",
      destination: "logement_social")
    try f.stay("S3", "H3", "U3", entered: "2026-10-12", left: "2026-10-12")
    try f.stay(
      "S4", "H4", "U3", entered: "2026-08-01", left: "2026-10-01", referral: "siao",
      destination: "hebergement")
    try f.stay(
      "S5", "H5", "U3", entered: "2026-10-02", left: "2026-10-15", referral: "siao",
      destination: "logement_social")
    try f.stay("S6", "H5", "U3", entered: "2026-10-18", referral: "travailleur_social")
    try f.stay("S7", "H6", "U4", entered: "2026-06-01", referral: "siao")
    return f
  }

  /// October 2026, A = 10-01, B = 10-31.
  func testAMonth() throws {
    let f = try Self.build().figures("2026-10")
    // Present on A: S1 (H1), S7 (H6); S4 left on A, S5 enters on 10-02.
    XCTAssertEqual(f["iml_present_start"], "2")
    // Present on B: S1 (H1), S6 (H5), S7 (H6); S2 left on B.
    XCTAssertEqual(f["iml_present_end"], "3")
    // Entries: S2, S3, S5, S6. Exits: S2 (10-31), S3 (10-12), S4 (10-01), S5 (10-15).
    XCTAssertEqual(f["iml_entries"], "4")
    XCTAssertEqual(f["iml_exits"], "4")
    XCTAssertEqual(
      f.all("iml_entries_by_referral"),
      [
        "": "4", "referral=autre": "1", "referral=bailleur": "1", "referral=siao": "1",
        "referral=travailleur_social": "1",
      ])
    XCTAssertEqual(
      f.all("iml_exits_by_destination"),
      [
        "": "4", "destination=hebergement": "1", "destination=inconnu": "1",
        "destination=logement_social": "2",
      ])
    // File active: H1 (S1), H2 (S2, 10-05..10-30), H5 (S5 and S6: counted once), H6 (S7).
    // Not H3 (its only stay occupies no night) nor H4 (last night 09-30).
    XCTAssertEqual(f["iml_households"], "4")
    // Adults 2 + 1 + 2 + 1 = 6, children 1 + 2 + 0 + 1 = 4, persons 10.
    XCTAssertEqual(f["iml_adults"], "6")
    XCTAssertEqual(f["iml_children"], "4")
    XCTAssertEqual(f["iml_persons"], "10")
    // Composition and resources alone, never crossed.
    XCTAssertEqual(
      f.all("iml_households_by"),
      [
        "": "4", "composition=couple_enfants": "1", "composition=inconnu": "1",
        "composition=monoparental": "2", "resources=are": "1", "resources=inconnu": "1",
        "resources=rsa": "1", "resources=salaire": "1",
      ])
    // Stays ended in October: S2 26 days, S3 0, S4 61 (31 in August + 30 in September), S5 13.
    // Mean 100 / 4 = 25; median of [0, 13, 26, 61] (even) = (13 + 26) / 2 = 19.5.
    XCTAssertEqual(f["iml_stay_days_mean"], "25.00")
    XCTAssertEqual(f["iml_stay_days_median"], "19.50")
    // Available: U1 31, U2 21 (10-11..10-31), U3 20 (10-01..10-20), U5 31 = 103 (U4 is parc).
    // Occupied: U1 31 (S1); U2 20 (S2's nights 10-05..10-30 while available from 10-11);
    // U3 16 (S5 10-02..10-14 = 13, S6 10-18..10-20 = 3); U5 0 = 67.
    // Rate 67 / 103 = 0.6504854…; vacancy 103 − 67 = 36.
    XCTAssertEqual(f["iml_occupancy_rate"], "0.650485")
    XCTAssertEqual(f["iml_vacancy_days"], "36.00")
  }

  /// The fourth quarter of 2026, A = 10-01, B = 12-31.
  func testAQuarter() throws {
    let f = try Self.build().figures("2026-Q4")
    XCTAssertEqual(f["iml_present_start"], "2")
    // Present on 12-31: S6 (H5), S7 (H6); S1 left on 11-10.
    XCTAssertEqual(f["iml_present_end"], "2")
    XCTAssertEqual(f["iml_entries"], "4")
    // Exits: October's four and S1 (11-10).
    XCTAssertEqual(f["iml_exits"], "5")
    XCTAssertEqual(f["iml_households"], "4")
    // Lengths [0, 13, 26, 56, 61]: S1 is 09-15 → 11-10 = 56 days. Mean 156 / 5 = 31.2,
    // median (odd count) 26.
    XCTAssertEqual(f["iml_stay_days_mean"], "31.20")
    XCTAssertEqual(f["iml_stay_days_median"], "26.00")
    // Available: U1 92, U2 82 (10-11..12-31: 21 + 30 + 31), U3 20, U5 92 = 286.
    // Occupied: U1 40 (10-01..11-09), U2 20, U3 16 = 76. Rate 76 / 286 = 0.2657342…
    XCTAssertEqual(f["iml_occupancy_rate"], "0.265734")
    XCTAssertEqual(f["iml_vacancy_days"], "210.00")
  }

  /// The year 2026: every stay of the fixture but S4's 2025 part.
  func testAYear() throws {
    let f = try Self.build().figures("2026")
    // Present on 2026-01-01: nobody (S7 enters in June).
    XCTAssertEqual(f["iml_present_start"], "0")
    // Entries in 2026: all seven stays. Exits: S1, S2, S3, S4, S5.
    XCTAssertEqual(f["iml_entries"], "7")
    XCTAssertEqual(f["iml_exits"], "5")
    // File active: H1, H2, H4 (S4 in August and September), H5, H6; not H3.
    XCTAssertEqual(f["iml_households"], "5")
    XCTAssertEqual(f["iml_persons"], "11")
    // The total, 4 compositions (couple_enfants, isole, inconnu, monoparental ×2) and 4
    // resources (are, inconnu, rsa ×2, salaire).
    XCTAssertEqual(f.rows("iml_households_by").count, 1 + 4 + 4)
    XCTAssertEqual(f["iml_households_by", "resources=rsa"], "2")
  }

  /// A February 29 in a quarter and a year: U1 available from 2024-01-01, one night on
  /// 2024-02-29 (entered 02-29, left 03-01).
  func testLeapYear() throws {
    let fixture = try HousingFixture()
    try fixture.unit("U1", from: "2024-01-01")
    try fixture.household("H1")
    try fixture.stay(
      "S1", "H1", "U1", entered: "2024-02-29", left: "2024-03-01", destination: "famille")
    // Q1 2024 has 31 + 29 + 31 = 91 days: 1 occupied, 90 vacant.
    let q1 = try fixture.figures("2024-Q1")
    XCTAssertEqual(q1["iml_occupancy_rate"], "0.010989")
    XCTAssertEqual(q1["iml_vacancy_days"], "90.00")
    XCTAssertEqual(q1["iml_stay_days_median"], "1.00")
    // February 2024 has 29 days: 1 / 29 = 0.0344827…; the stay is present on B (02-29).
    let february = try fixture.figures("2024-02")
    XCTAssertEqual(february["iml_occupancy_rate"], "0.034483")
    XCTAssertEqual(february["iml_present_end"], "1")
    XCTAssertEqual(february["iml_exits"], "0")
    // 2024 has 366 days: 365 vacant.
    XCTAssertEqual(try fixture.figures("2024")["iml_vacancy_days"], "365.00")
    // December 2023: the unit is not available yet: no denominator, the rate is null; nothing
    // ended: mean and median are null; vacancy 0.
    let before = try fixture.figures("2023-12")
    XCTAssertNil(before["iml_occupancy_rate"])
    XCTAssertNil(before["iml_stay_days_mean"])
    XCTAssertNil(before["iml_stay_days_median"])
    XCTAssertEqual(before["iml_vacancy_days"], "0.00")
    XCTAssertEqual(before.rows("iml_exits_by_destination"), [""])
  }
}

import ArdoiseCore
import GRDB

/// The stays and the `iml` units of the store.
///
/// A stay occupies the nights `[entered_on, left_on)`: it is present on day d when
/// `entered_on ≤ d` and (`left_on` empty or `left_on > d`), so a stay entered and left the same
/// day is present on no day. A unit is available on d when `available_from ≤ d` (or empty) and
/// `d ≤ available_to` (or empty).
struct StayBook {
  /// One stay.
  struct Stay {
    let id: String
    let household: String
    let unit: String
    let entered: Day
    let left: Day?
    /// The referral code, `autre` when empty.
    let referral: String
    /// The exit destination code, `inconnu` when empty.
    let destination: String

    /// Whether the stay is present on `day`.
    func isPresent(on day: Day) -> Bool { entered <= day && left.map { $0 > day } ?? true }

    /// The last day the stay is present (`left_on − 1`), nil while it goes on.
    var lastNight: Day? { left.map { $0.adding(days: -1) } }

    /// Whether the stay is present on at least one day of `range`.
    func isPresent(in range: DayRange) -> Bool {
      range.overlap(from: entered, through: lastNight) > 0
    }
  }

  /// One unit of scheme `iml`, with its availability.
  struct Unit {
    let id: String
    let availableFrom: Day?
    let availableTo: Day?
  }

  /// Every stay, by stay id.
  let stays: [Stay]
  /// The units of scheme `iml`, by unit id.
  let imlUnits: [Unit]

  /// Reads the `stays` table and the `iml` units.
  init(_ db: Database) throws {
    var stays: [Stay] = []
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT stay_id, household_id, unit_id, entered_on, left_on, referral, "
        + "exit_destination FROM stays ORDER BY stay_id")
    while let r = try rows.next() {
      let id: String = r[0]
      guard let entered = try HousingCodes.day(r[3], "stay \(id), entered_on") else {
        throw IndicatorError("stay \(id) has no entered_on")
      }
      stays.append(
        Stay(
          id: id, household: r[1], unit: r[2], entered: entered,
          left: try HousingCodes.day(r[4], "stay \(id), left_on"),
          referral: HousingCodes.code(r[5], or: HousingCodes.other),
          destination: HousingCodes.code(r[6], or: HousingCodes.unknown)))
    }
    var units: [Unit] = []
    let unitRows = try Row.fetchCursor(
      db,
      sql: "SELECT unit_id, available_from, available_to FROM units WHERE scheme = 'iml' "
        + "ORDER BY unit_id")
    while let r = try unitRows.next() {
      let id: String = r[0]
      units.append(
        Unit(
          id: id, availableFrom: try HousingCodes.day(r[1], "unit \(id), available_from"),
          availableTo: try HousingCodes.day(r[2], "unit \(id), available_to")))
    }
    self.stays = stays
    imlUnits = units
  }
}

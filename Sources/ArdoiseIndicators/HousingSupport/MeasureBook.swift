import ArdoiseCore
import GRDB

/// The support measures of the store (ASLL, AVDL, IML, MASP…), and the staff names.
///
/// A measure is active on day d when `started_on ≤ d` and (`ended_on` empty or
/// `d ≤ ended_on`): the end day is its last day; a measure without `started_on` is never active.
struct MeasureBook {
  /// One measure.
  struct Measure {
    let id: String
    let household: String
    let scheme: String
    let funder: String
    let staff: String?
    let notified: Day
    let firstContact: Day?
    let started: Day?
    let ended: Day?
    /// The outcome as stored, nil when empty.
    let outcome: String?

    /// The outcome code of the indicators: `autre` when empty.
    var outcomeCode: String { HousingCodes.code(outcome, or: HousingCodes.other) }

    /// The days of `range` on which the measure is active.
    func activeDays(in range: DayRange) -> Int {
      guard let started else { return 0 }
      return range.overlap(from: started, through: ended)
    }

    /// Whether the measure is active on `day`.
    func isActive(on day: Day) -> Bool { activeDays(in: DayRange(start: day, end: day)) > 0 }

    /// `first_contact_on − notified_on`, nil without a first contact.
    var firstContactDelay: Int? { firstContact.map { notified.days(to: $0) } }
  }

  /// Every measure, by measure id.
  let measures: [Measure]
  /// Staff names by staff id.
  let staffNames: [String: String]

  /// Reads the `measures` and `staff` tables.
  init(_ db: Database) throws {
    var measures: [Measure] = []
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT measure_id, household_id, scheme, funder, staff_id, notified_on, "
        + "first_contact_on, started_on, ended_on, outcome FROM measures ORDER BY measure_id")
    while let r = try rows.next() {
      let id: String = r[0]
      func day(_ i: Int, _ column: String) throws -> Day? {
        try HousingCodes.day(r[i], "measure \(id), \(column)")
      }
      guard let notified = try day(5, "notified_on") else {
        throw IndicatorError("measure \(id) has no notified_on")
      }
      let staff: String? = r[4]
      let outcome: String? = r[9]
      measures.append(
        Measure(
          id: id, household: r[1], scheme: r[2], funder: r[3],
          staff: staff?.isEmpty == true ? nil : staff, notified: notified,
          firstContact: try day(6, "first_contact_on"), started: try day(7, "started_on"),
          ended: try day(8, "ended_on"), outcome: outcome?.isEmpty == true ? nil : outcome))
    }
    self.measures = measures
    staffNames = Dictionary(
      try Row.fetchAll(db, sql: "SELECT staff_id, name FROM staff").map {
        ($0[0] as String, $0[1] as String)
      }, uniquingKeysWith: { a, _ in a })
  }
}

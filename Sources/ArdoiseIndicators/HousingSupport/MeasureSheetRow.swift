public import ArdoiseCore

/// One row of the *fiche de lien*: a measure of the month with its household, its référent,
/// its dates as of the month's last day, its status, its active days and billable months.
public struct MeasureSheetRow: Sendable, Hashable {
  /// The measure id.
  public let measure: String
  /// The household id.
  public let household: String
  /// The holder's name (personal data), nil when unknown.
  public let holder: String?
  /// The référent's staff id, nil when none.
  public let staff: String?
  /// The référent's name, nil when the staff id is unknown or empty.
  public let staffName: String?
  /// The scheme code.
  public let scheme: String
  /// The dates as of the month's last day D: a date after D is not known yet and is nil.
  public let notified: Day?
  /// First contact, nil when none or after D.
  public let firstContact: Day?
  /// Start, nil when none or after D.
  public let started: Day?
  /// End (last day of the measure), nil when none or after D.
  public let ended: Day?
  /// The outcome code of a measure ended in the month (`autre` when empty), nil otherwise.
  public let outcome: String?
  /// The status in the month.
  public let status: MeasureStatus
  /// Days of the month on which the measure is active.
  public let activeDays: Int
  /// Billable months of the month, by the configured rule.
  public let billableMonths: MeasureMonths

  init(
    _ m: MeasureBook.Measure, holder: String?, staffName: String?, range: DayRange,
    billableMonths: MeasureMonths
  ) {
    func known(_ day: Day?) -> Day? { day.flatMap { $0 <= range.end ? $0 : nil } }
    let endedInMonth = range.contains(m.ended)
    measure = m.id
    household = m.household
    self.holder = holder
    staff = m.staff
    self.staffName = staffName
    scheme = m.scheme
    notified = known(m.notified)
    firstContact = known(m.firstContact)
    started = known(m.started)
    ended = known(m.ended)
    outcome = endedInMonth ? m.outcomeCode : nil
    status =
      endedInMonth ? .terminee : range.contains(m.notified) ? .nouvelle : .enCours
    activeDays = m.activeDays(in: range)
    self.billableMonths = billableMonths
  }
}

import ArdoiseCore
import ArdoiseIndicators

/// The worklists of a month, which name households: `ageing_leases`, `caf_signal_overdue`,
/// `broken_plans` and `cases_without_action` (the agency's rows only, with an agency).
///
/// A row gives only what the reader needs to work the file (quality.md): the lease, the
/// holder's name, the agency, the amounts and dates, the phase and the handler; never the
/// household's composition, resources or the actions' free text. Codes come as French labels.
struct WorklistDatasets {
  /// The shared facts.
  let facts: ReportFacts

  private func lists(_ p: ReportParameters) throws -> MonthWorklists {
    try facts.worklists(p.period.firstMonth)
  }

  private func keep(_ agency: String, _ p: ReportParameters) -> Bool {
    p.agency.map { $0 == agency } ?? true
  }

  /// The phase label, missing without an open case.
  private static func phase(_ code: String) -> DataValue {
    code == "sans_dossier" ? .null : .text(FrenchLabels.label(code, in: FrenchLabels.phases))
  }

  /// The action type label, missing without an action.
  private static func action(_ type: String?) -> DataValue {
    type.map { .text(FrenchLabels.label($0, in: FrenchLabels.actionTypes)) } ?? .null
  }

  /// A text, missing when nil (a holder's name purged, no handler).
  private static func text(_ value: String?) -> DataValue { value.map(DataValue.text) ?? .null }

  /// `ageing_leases`: every debtor lease, largest balance first.
  func ageingLeases(_ p: ReportParameters) throws -> DataValue {
    let staff = try facts.staff()
    return .list(
      try lists(p).debtorAgeing.filter { keep($0.agency, p) }.map { d in
        var row: [String: DataValue] = [
          "lease": .text(d.lease), "holder": Self.text(d.holderName),
          "agency": .text(d.agency), "status": .text(FrenchLabels.status(d.status.rawValue)),
          "rent": .money(d.rent), "apl": .money(d.apl), "balance": .money(d.balance),
          "oldest_unpaid": .date(d.oldestUnpaidDue), "months_owed": .decimal(d.monthsOwed),
          "phase": Self.phase(d.phase), "handler": Self.text(d.handler.map { staff.name($0) }),
          "last_action": Self.action(d.lastAction), "last_action_date": .date(d.lastActionDate),
          "active_plan": .flag(d.activePlan != nil),
        ]
        for bucket in AgeingBucket.allCases {
          row[bucket.code] = .money(d.unpaid(bucket))
        }
        return .record(row)
      })
  }

  /// `caf_signal_overdue`: constituted CAF arrears not signalled within two months.
  func cafSignalOverdue(_ p: ReportParameters) throws -> DataValue {
    let staff = try facts.staff()
    let closing = p.closingDate
    return .list(
      try lists(p).cafSignalOverdue.filter { keep($0.agency, p) }.map { c in
        .record([
          "lease": .text(c.lease), "holder": Self.text(c.holderName), "agency": .text(c.agency),
          "balance": .money(c.balance), "threshold": .money(c.threshold),
          "constituted_on": .date(c.constitutionDate), "deadline": .date(c.deadline),
          "days_overdue": .count(Int64(c.deadline.days(to: closing))),
          "handler": Self.text(c.handler.map { staff.name($0) }),
        ])
      })
  }

  /// `broken_plans`: active plans not respected at the closing date, largest gap first.
  func brokenPlans(_ p: ReportParameters) throws -> DataValue {
    let staff = try facts.staff()
    return .list(
      try lists(p).brokenPlans.filter { keep($0.agency, p) }.map { b in
        .record([
          "plan": .text(b.plan), "lease": .text(b.lease), "holder": Self.text(b.holderName),
          "agency": .text(b.agency), "handler": .text(staff.name(b.handler)),
          "first_month": .month(b.firstMonth), "instalment": .money(b.instalment),
          "expected_balance": .money(b.expectedBalance), "balance": .money(b.balance),
          "gap": .money(b.gap),
        ])
      })
  }

  /// `cases_without_action`: open cases without action for more than 60 days, longest first.
  func casesWithoutAction(_ p: ReportParameters) throws -> DataValue {
    let staff = try facts.staff()
    return .list(
      try lists(p).casesWithoutAction.filter { keep($0.agency, p) }.map { c in
        .record([
          "case": .text(c.caseId), "lease": .text(c.lease), "holder": Self.text(c.holderName),
          "agency": .text(c.agency), "phase": Self.phase(c.phase),
          "handler": .text(staff.name(c.handler)), "balance": .money(c.balance),
          "last_action": Self.action(c.lastAction), "last_action_date": .date(c.lastActionDate),
          "days_without_action": .count(Int64(c.daysWithoutAction)),
        ])
      })
  }
}

extension DatasetCatalogue {
  /// The worklists: rows that name households, for the sections marked confidential.
  static let worklists: [DatasetDescription] = [
    DatasetDescription(
      "ageing_leases",
      "One row per debtor lease as of the closing date, by balance, largest first.",
      personal: true,
      fields: [
        .init("lease", .text, "lease id"),
        .init("holder", .text, "holder's name"),
        .init("agency", .text, "agency code"),
        .init("status", .text, "présent or parti"),
        .init("rent", .money, "monthly rent and charges"),
        .init("apl", .money, "monthly APL"),
        .init("balance", .money, "balance"),
        .init("not_due", .money, "unpaid part not yet due"),
        .init("m0_1", .money, "0 to 30 days"),
        .init("m1_3", .money, "31 to 90 days"),
        .init("m3_6", .money, "91 to 180 days"),
        .init("m6_12", .money, "181 to 365 days"),
        .init("m12_plus", .money, "over 365 days"),
        .init("oldest_unpaid", .date, "due date of the oldest unpaid debit"),
        .init("months_owed", .decimal, "balance / (rent - apl), null when rent - apl <= 0"),
        .init("phase", .text, "phase label of the open case, missing when none"),
        .init("handler", .text, "handler's name, missing without an open case"),
        .init("last_action", .text, "type label of the last action, missing when none"),
        .init("last_action_date", .date, "its date"),
        .init("active_plan", .flag, "whether a plan is active"),
      ]),
    DatasetDescription(
      "caf_signal_overdue",
      "Leases whose CAF arrears were constituted more than 2 months ago and not signalled, "
        + "oldest constitution first.",
      personal: true,
      fields: [
        .init("lease", .text, "lease id"),
        .init("holder", .text, "holder's name"),
        .init("agency", .text, "agency code"),
        .init("balance", .money, "balance"),
        .init("threshold", .money, "the R824-1 threshold"),
        .init("constituted_on", .date, "constitution date"),
        .init("deadline", .date, "constitution date + 2 months"),
        .init("days_overdue", .count, "days since the deadline"),
        .init("handler", .text, "handler's name, missing without an open case"),
      ]),
    DatasetDescription(
      "broken_plans", "Active plans not respected at the closing date, largest gap first.",
      personal: true,
      fields: [
        .init("plan", .text, "plan id"),
        .init("lease", .text, "lease id"),
        .init("holder", .text, "holder's name"),
        .init("agency", .text, "agency code"),
        .init("handler", .text, "handler's name"),
        .init("first_month", .month, "first month of the plan"),
        .init("instalment", .money, "monthly instalment"),
        .init("expected_balance", .money, "balance the plan allows"),
        .init("balance", .money, "actual balance"),
        .init("gap", .money, "balance - expected"),
      ]),
    DatasetDescription(
      "cases_without_action",
      "Open cases whose last action (on the case or its household), or opening without one, is "
        + "more than 60 days before the closing date, longest first.",
      personal: true,
      fields: [
        .init("case", .text, "case id"),
        .init("lease", .text, "lease id"),
        .init("holder", .text, "holder's name"),
        .init("agency", .text, "agency code"),
        .init("phase", .text, "phase label"),
        .init("handler", .text, "handler's name"),
        .init("balance", .money, "balance"),
        .init("last_action", .text, "type label of the last action, missing when none"),
        .init("last_action_date", .date, "its date"),
        .init("days_without_action", .count, "days since it (or since the case opened)"),
      ]),
  ]
}

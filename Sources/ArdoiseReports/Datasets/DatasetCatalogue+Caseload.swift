extension DatasetCatalogue {
  /// The caseload datasets of a month, one row per active staff member (and `unassigned`).
  static let caseload: [DatasetDescription] = [
    DatasetDescription(
      "caseload", "Per handler, by name, then a total.",
      fields: [
        .init("staff", .text, "staff id"),
        .init("name", .text, "name"),
        .init("role", .text, "role label"),
        .init("fte", .decimal, "full-time equivalent"),
        .init("open_cases", .count, "open cases"),
        .init("portfolio_debt", .money, "debt of the leases of the open cases"),
        .init("cases_per_fte", .decimal, "open cases per FTE"),
        .init("cases_assigned", .count, "cases assigned in the month"),
        .init("cases_closed", .count, "cases closed in the month"),
        .init("actions_done", .count, "actions in the month"),
        .init("plans_active", .count, "active plans"),
        .init("plans_respected", .count, "respected plans"),
        .init("plan_respect_rate", .ratio, "respected / active"),
        .init("is_total", .flag, "true on the total row"),
      ]),
    DatasetDescription(
      "caseload_by_phase", "Open cases per handler and phase, by name, then a total.",
      fields: [
        .init("staff", .text, "staff id"),
        .init("name", .text, "name"),
        .init("amiable", .count, "phase amiable"),
        .init("contentieux", .count, "phase contentieux"),
        .init("surendettement", .count, "phase surendettement"),
        .init("expulsion", .count, "phase expulsion"),
        .init("externalise", .count, "phase externalisé"),
        .init("unassigned", .count, "no phase"),
        .init("total", .count, "all phases"),
        .init("is_total", .flag, "true on the total row"),
      ]),
    DatasetDescription(
      "caseload_balance", "Team balance (caseload_cv) per role, then all staff.",
      fields: [
        .init("role", .text, "role code, empty for all staff"),
        .init("label", .text, "French label"),
        .init("staff_count", .count, "active staff"),
        .init("mean_cases_per_fte", .decimal, "mean of cases per FTE"),
        .init("caseload_cv", .ratio, "coefficient of variation"),
        .init("is_total", .flag, "true on the all-staff row"),
      ]),
    DatasetDescription(
      "caseload_trend", "Long format: one row per month (M-12 to M) and handler.",
      fields: [
        .init("month", .month, "the month"),
        .init("staff", .text, "staff id"),
        .init("name", .text, "name"),
        .init("open_cases", .count, "open cases at the month's end"),
        .init("cases_per_fte", .decimal, "open cases per FTE"),
      ]),
    DatasetDescription(
      "actions_by_type", "Actions of the month per handler and type, by name then type.",
      fields: [
        .init("staff", .text, "staff id"),
        .init("name", .text, "name"),
        .init("type", .text, "action type code"),
        .init("label", .text, "French label"),
        .init("count", .count, "actions"),
      ]),
  ]
}

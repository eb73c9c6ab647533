extension DatasetCatalogue {
  /// The indicator datasets of a month.
  static let indicators: [DatasetDescription] = [
    DatasetDescription(
      "headline",
      "Headline figures of the month, each with its comparison (HeadlineFigure.record), in "
        + "this order: billing, collections, recovery_rate, recovery_rate_12m, "
        + "receivables_present, receivables_departed, debtors, average_debt, caf_arrears, "
        + "caf_signal_overdue.",
      fields: [
        .init("id", .text, "indicator id"),
        .init("label", .text, "French label"),
        .init("value", nil, "value of the month"),
        .init("value_short", .text, "value for a headline (money rounded to the euro)"),
        .init("previous_month", nil, "value of M-1"),
        .init("last_year", nil, "value of M-12"),
        .init("change_month", .text, "signed difference with M-1 (points for ratios)"),
        .init("change_year", .text, "signed difference with M-12"),
        .init("trend_month", .text, "up, down, flat or none"),
        .init("trend_year", .text, "up, down, flat or none"),
        .init("tone_month", .text, "good, bad or neutral"),
        .init("tone_year", .text, "good, bad or neutral"),
        .init("note", .text, "optional explanation"),
      ]),
    DatasetDescription(
      "trend_13m", "The 13 months M-12 to M, oldest first.",
      fields: [
        .init("month", .month, "the month"),
        .init("billing", .money, "billing"),
        .init("collections", .money, "collections"),
        .init("recovery_rate", .ratio, "recovery rate of the month"),
        .init("recovery_rate_12m", .ratio, "recovery rate over 12 months"),
        .init("receivables", .money, "receivables, all statuses"),
        .init("receivables_present", .money, "receivables of present leases"),
        .init("receivables_departed", .money, "receivables of departed leases"),
        .init("debtors", .count, "debtor leases"),
        .init("average_debt", .money, "average debt"),
        .init("caf_arrears", .count, "CAF arrears constituted"),
      ]),
    DatasetDescription(
      "indicator_values",
      "Every stored value of the period (indicators.md contract), sorted by indicator and "
        + "dimensions, with the same value one month and one year earlier.",
      fields: [
        .init("indicator", .text, "indicator id"),
        .init("dimensions", .text, "key=value pairs joined by ';', empty for the total"),
        .init("unit", .text, "eur, count, ratio or days"),
        .init("value", nil, "value of the period"),
        .init("previous_month", nil, "value of M-1"),
        .init("last_year", nil, "value of M-12"),
      ]),
    DatasetDescription(
      "bridge",
      "The month's bridge: the opening balance, one row per ledger type with movements, the "
        + "closing balance.",
      fields: [
        .init("kind", .text, "opening, movement or closing"),
        .init("type", .text, "ledger type code (empty on opening and closing)"),
        .init("label", .text, "French label"),
        .init("amount", .money, "amount"),
        .init("is_total", .flag, "true on the opening and closing rows"),
      ]),
    DatasetDescription(
      "ageing",
      "Ageing as of the closing date, one row per bucket (not_due to m12_plus), then a total.",
      fields: [
        .init("bucket", .text, "bucket code"),
        .init("label", .text, "French label, 1 à 3 mois"),
        .init("present", .money, "unpaid parts of present leases"),
        .init("departed", .money, "unpaid parts of departed leases"),
        .init("total", .money, "both"),
        .init("debtors", .count, "debtors whose oldest unpaid part is in the bucket"),
        .init("share", .ratio, "share of the total receivables"),
        .init("is_total", .flag, "true on the total row"),
      ]),
    DatasetDescription(
      "debt_months", "Present debtors by months of net rent owed (bands b0_1 to b12_plus).",
      fields: [
        .init("band", .text, "band code"),
        .init("label", .text, "French label, 1 à 2 mois"),
        .init("leases", .count, "leases"),
        .init("amount", .money, "their balances"),
        .init("is_total", .flag, "true on the total row"),
      ]),
    DatasetDescription(
      "receivables_by_agency", "Receivables per agency, by agency code, then a total.",
      fields: [
        .init("agency", .text, "agency code"),
        .init("agency_name", .text, "agency name"),
        .init("present", .money, "receivables of present leases"),
        .init("departed", .money, "receivables of departed leases"),
        .init("total", .money, "both"),
        .init("debtors", .count, "debtor leases"),
        .init("debtor_rate", .ratio, "debtors among present leases"),
        .init("receivables_months", .decimal, "receivables in months of billing"),
        .init("recovery_rate", .ratio, "recovery rate of the month"),
        .init("is_total", .flag, "true on the total row"),
      ]),
    DatasetDescription(
      "receivables_by_phase",
      "Receivables by phase of the open case (sans_dossier when none), then a total.",
      fields: [
        .init("phase", .text, "phase code"),
        .init("label", .text, "French label"),
        .init("amount", .money, "receivables"),
        .init("share", .ratio, "share of the total"),
        .init("is_total", .flag, "true on the total row"),
      ]),
  ]
}

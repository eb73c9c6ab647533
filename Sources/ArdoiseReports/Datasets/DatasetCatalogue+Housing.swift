extension DatasetCatalogue {
  /// The meaning of a count field under the disclosure rule.
  private static let hidden = " (`< 5` under the disclosure rule)"

  /// A table of indicator totals: one row per indicator.
  private static func figures(_ name: String, _ summary: String) -> DatasetDescription {
    DatasetDescription(
      name, summary + " Counts follow the disclosure rule.",
      fields: [
        .init("indicator", .text, "indicator id"),
        .init("label", .text, "French label"),
        .init("value", nil, "value of the period" + hidden),
      ])
  }

  /// A table by code: one row per code in a fixed order, then the total.
  private static func byCode(_ name: String, _ summary: String, _ field: String, _ what: String)
    -> DatasetDescription
  {
    DatasetDescription(
      name, summary + " Counts follow the disclosure rule.",
      fields: [
        .init("code", .text, "code, empty on the total"),
        .init("label", .text, "French label"),
        .init(field, .count, what + hidden),
        .init("is_total", .flag, "true on the total row"),
      ])
  }

  /// The housing-support datasets: the State's IML and AVDL tables of a month, quarter or year
  /// (`deets_*`) and the Métropole's monthly tables (`metropole_*`).
  public static let housing: [DatasetDescription] = [
    DatasetDescription(
      "housing_parameters",
      "One record (not a list): the parameters the housing tables were made with, in French.",
      fields: [
        .init("min_cell", .count, "the disclosure rule's threshold, empty without one"),
        .init("disclosure_note", .text, "what the rule hides, empty without one"),
        .init("billing_rule", .text, "month_started or prorata"),
        .init("billing_rule_label", .text, "the billing rule in French"),
        .init("first_contact_days", .count, "the first-contact delay threshold"),
      ]),
    figures(
      "deets_file_active", "IML file active: households, persons, adults, children."),
    figures("deets_presence", "IML households present on the period's first and last days."),
    figures("deets_flows", "IML entries and exits (stays) of the period."),
    figures(
      "deets_stay_lengths", "IML stays ended in the period: their number, mean and median days."),
    figures("deets_occupancy", "IML occupancy rate and vacancy days."),
    byCode(
      "deets_exits_by_destination",
      "IML exits by destination, every destination in a fixed order, then the total.", "exits",
      "exits"),
    byCode(
      "deets_entries_by_referral",
      "IML entries by referral, every referral in a fixed order, then the total.", "entries",
      "entries"),
    byCode(
      "deets_households_by_composition",
      "IML file active by household composition (fixed order, inconnu last), then the total.",
      "households", "households"),
    byCode(
      "deets_households_by_resources",
      "IML file active by main resources (fixed order, inconnu last), then the total.",
      "households", "households"),
    DatasetDescription(
      "deets_avdl_measures",
      "AVDL measures of the period: one row per measure indicator, all funders then each "
        + "funder. Counts follow the disclosure rule.",
      fields: [
        .init("indicator", .text, "indicator id"),
        .init("label", .text, "French label"),
        .init("all", nil, "AVDL, all funders" + hidden),
        .init("etat", nil, "funded by the State"),
        .init("metropole", nil, "funded by the Métropole"),
        .init("departement", nil, "funded by the Département"),
        .init("autre", nil, "other funders"),
      ]),
    byCode(
      "deets_avdl_outcomes",
      "AVDL measures ended in the period by outcome (fixed order), then the total.", "ended",
      "measures ended"),
    DatasetDescription(
      "metropole_fiche",
      "The month's fiche de lien: each Métropole-funded measure active, notified or ended in "
        + "the month, by measure id; dates after the month's end are blank. No disclosure rule.",
      personal: true,
      fields: [
        .init("measure", .text, "measure id"),
        .init("holder", .text, "household holder's name"),
        .init("referent", .text, "référent (staff name)"),
        .init("scheme", .text, "scheme code"),
        .init("scheme_label", .text, "scheme label, ASLL"),
        .init("notified_on", .date, "notification date"),
        .init("first_contact_on", .date, "first contact"),
        .init("started_on", .date, "start"),
        .init("ended_on", .date, "end (last day of the measure)"),
        .init("status", .text, "nouvelle, en_cours or terminee (terminee first, then nouvelle)"),
        .init("status_label", .text, "nouvelle, en cours, terminée"),
        .init("outcome_label", .text, "outcome of a measure ended in the month"),
        .init("active_days", .count, "active days in the month"),
        .init("billable_months", nil, "billable months (count or decimal, by the billing rule)"),
      ]),
    DatasetDescription(
      "metropole_indicators",
      "The measure indicators of the Métropole's measures, for the month and from 1 January, "
        + "with measures ended by outcome. Counts follow the disclosure rule.",
      fields: [
        .init("indicator", .text, "indicator id"),
        .init("label", .text, "French label"),
        .init("month", nil, "value of the month" + hidden),
        .init("year_to_date", nil, "value from 1 January to the month's end" + hidden),
        .init("is_detail", .flag, "true on the rows by outcome"),
      ]),
    DatasetDescription(
      "metropole_billing",
      "The bill of the Métropole's measures: one line per scheme billed in the month or the "
        + "year, billable measure-months × monthly rate rounded to the cent once per line, then "
        + "the total of the lines.",
      fields: [
        .init("scheme", .text, "scheme code, empty on the total"),
        .init("label", .text, "scheme label"),
        .init("monthly_rate", .money, "configured monthly rate, empty without one"),
        .init("billable_months", nil, "billable measure-months of the month"),
        .init("amount", .money, "amount of the month"),
        .init("billable_months_ytd", nil, "billable measure-months from 1 January"),
        .init("amount_ytd", .money, "amount from 1 January"),
        .init("note", .text, "why a line is not billed"),
        .init("is_total", .flag, "true on the total row"),
      ]),
  ]
}

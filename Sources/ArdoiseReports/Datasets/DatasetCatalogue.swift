/// The datasets report templates can ask for: names, rows and fields.
///
/// This is the contract between the providers (indicator engine, worklists, checks, batch
/// reports, run history) and the templates in `Templates/`. Every dataset is a list of records
/// unless said otherwise; rows are restricted to the agency when a report is run with
/// `--agency`. Totals, where a table has one, are a last row with `is_total` set. Codes
/// (`present`, `m3_6`, `amiable`) come with a French `label` or `*_label` field for display.
///
/// | group | datasets |
/// |---|---|
/// | indicators | `headline`, `trend_13m`, `indicator_values`, `bridge`, `ageing`, `debt_months`, `receivables_by_agency`, `receivables_by_phase` |
/// | caseload | `caseload`, `caseload_by_phase`, `caseload_balance`, `caseload_trend`, `actions_by_type` |
/// | worklists (personal) | `ageing_leases`, `caf_signal_overdue`, `broken_plans`, `cases_without_action` |
/// | quality | `batches`, `checks`, `check_samples`, `quarantine`, `reconciliation`, `computation_checks` |
/// | housing support (State) | `housing_parameters` (a record), `deets_file_active`, `deets_presence`, `deets_flows`, `deets_stay_lengths`, `deets_occupancy`, `deets_exits_by_destination`, `deets_entries_by_referral`, `deets_households_by_composition`, `deets_households_by_resources`, `deets_avdl_measures`, `deets_avdl_outcomes` |
/// | housing support (Métropole) | `metropole_fiche` (personal), `metropole_indicators`, `metropole_billing` |
/// | run | `run` (a record, filled by the renderer from ``ReportMetadata``) |
public enum DatasetCatalogue {
  /// The name of the run metadata record, which the renderer fills itself.
  public static let run = "run"

  /// Every dataset, in the order of the table above.
  public static let all: [DatasetDescription] =
    indicators + caseload + worklists + quality + housing + [
      runDescription
    ]

  /// The description of `name`, if it is in the catalogue.
  public static func description(of name: String) -> DatasetDescription? {
    all.first { $0.name == name }
  }

  /// The `run` record.
  static let runDescription = DatasetDescription(
    run, "One record (not a list): the run that renders the report.",
    fields: [
      .init("run_id", .text, "the run id"),
      .init("organisation", .text, "the organisation's name"),
      .init("period", .text, "the period, 2026-10"),
      .init("period_label", .text, "the period in French, octobre 2026"),
      .init("closing_date", .date, "the period's closing (as-of) date"),
      .init("data_date", .date, "the date of the data: the last batch's date"),
      .init("definitions_version", .text, "the indicator definitions' version"),
      .init("definitions_hash", .text, "the definitions' hash"),
      .init("definitions_hash_short", .text, "its first 12 characters"),
      .init("templates_hash", .text, "the hash of the report's definition and templates"),
      .init("templates_hash_short", .text, "its first 12 characters"),
      .init("batches", .count, "the number of input batches"),
    ])
}

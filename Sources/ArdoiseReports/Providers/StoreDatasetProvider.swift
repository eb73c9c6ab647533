public import ArdoiseCore
public import ArdoiseIndicators
import ArdoiseStore

/// The datasets of the recovery reports from an organisation's store: every name of
/// ``DatasetCatalogue`` but `run` (which the renderer fills from ``ReportMetadata``).
///
/// Indicator datasets come from the stored values of the month, the previous month, the same
/// month a year earlier and the 13 months of the trends; a month never computed is computed and
/// stored first (``IndicatorEngine/storedOrComputed(period:programVersion:)``). Worklists come
/// from the engine's worklists of the month, quality datasets from the batches, checks and
/// quarantine of the period. What is read is kept for the provider's life: render every report
/// of a period with one provider, and make a new one after the store changes.
///
/// With an agency (`--agency`), every dataset is restricted to that agency's rows (see each
/// family for what that means where a figure has no agency dimension).
public final class StoreDatasetProvider: DatasetProvider {
  /// The shared facts.
  let facts: ReportFacts

  /// A provider over `engine`'s store; `programVersion` is recorded for months it computes.
  public init(engine: IndicatorEngine, programVersion: String) {
    facts = ReportFacts(engine: engine, programVersion: programVersion)
  }

  /// The dataset `name` for `parameters`; ``DatasetError/unknownDataset(_:)`` for a name it
  /// does not serve. Month datasets of a quarter or a year are refused.
  public func dataset(named name: String, parameters p: ReportParameters) throws -> DataValue {
    let anyPeriod: [String: (ReportParameters) throws -> DataValue] = [
      "batches": QualityDatasets(facts: facts).batches,
      "checks": QualityDatasets(facts: facts).checks,
      "check_samples": QualityDatasets(facts: facts).samples,
      "quarantine": QualityDatasets(facts: facts).quarantine,
      "reconciliation": ControlDatasets(facts: facts).reconciliation,
      "computation_checks": ControlDatasets(facts: facts).computationChecks,
    ]
    if let make = anyPeriod[name] { return try make(p) }
    guard let make = monthDatasets[name] else { throw DatasetError.unknownDataset(name) }
    guard p.period.length == .month else {
      throw DatasetError.providerFailed(
        dataset: name, message: "computed for a month, not for \(p.period)")
    }
    return try make(p)
  }

  /// The datasets of a month, by name.
  private var monthDatasets: [String: (ReportParameters) throws -> DataValue] {
    let indicators = IndicatorDatasets(facts: facts)
    let breakdowns = BreakdownDatasets(facts: facts)
    let caseload = CaseloadDatasets(facts: facts)
    let team = TeamDatasets(facts: facts)
    let worklists = WorklistDatasets(facts: facts)
    return [
      "headline": indicators.headline, "trend_13m": indicators.trend,
      "indicator_values": indicators.indicatorValues, "bridge": indicators.bridge,
      "ageing": breakdowns.ageing, "debt_months": breakdowns.debtMonths,
      "receivables_by_agency": breakdowns.byAgency, "receivables_by_phase": breakdowns.byPhase,
      "caseload": caseload.caseload, "caseload_by_phase": caseload.byPhase,
      "actions_by_type": caseload.actions, "caseload_balance": team.balance,
      "caseload_trend": team.trend, "ageing_leases": worklists.ageingLeases,
      "caf_signal_overdue": worklists.cafSignalOverdue, "broken_plans": worklists.brokenPlans,
      "cases_without_action": worklists.casesWithoutAction,
    ]
  }

  /// The metadata of a render of `period`: the organisation, the run id, the definitions of
  /// the stored figures (a month is computed first when needed; otherwise the engine's
  /// catalogue), the day of the data's last batch and the period's batches. Nothing comes
  /// from the clock: the same store gives the same metadata.
  public func metadata(period: Period, organisation: String, runID: String) throws
    -> ReportMetadata
  {
    let record =
      period.length == .month
      ? try facts.figures(period.firstMonth).record : try facts.storedRecord(period)
    return ReportMetadata(
      organisation: organisation, runID: runID,
      definitionsVersion: record?.catalogueVersion ?? facts.engine.catalogue.version,
      definitionsHash: record?.definitionsHash ?? facts.engine.catalogue.definitionsHash,
      dataDate: try facts.dataDate(period), inputBatches: try facts.batches(period).map(\.input))
  }

  /// The codes of the organisation's agencies (the `agencies` table), sorted.
  public func agencies() throws -> [String] {
    try facts.agencyNames().keys.sorted()
  }
}

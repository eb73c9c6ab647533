import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore

extension Organisation {
  /// The steps as this build carries them out: the real ingest, compute through the indicator
  /// engine, and report through the report renderer once it is plugged in here (until then
  /// that step fails with ``StepUnavailable``).
  public func stepExecutor() -> OrganisationStepExecutor {
    let engine = IndicatorEngine(store: store, parameters: configuration.parameters)
    return OrganisationStepExecutor(
      organisation: self,
      compute: { period, run in
        // A broken bridge or ageing check throws: the step, and so the run, fails.
        let report = try engine.computeAndStore(period: period, programVersion: run.programVersion)
        return ComputeSummary(
          values: report.record.valueCount,
          checks: report.evaluation.checks.map {
            PeriodCheck(name: $0.name, status: .pass, message: $0.detail)
          })
      },
      definitionsHash: { engine.catalogue.definitionsHash })
  }
}

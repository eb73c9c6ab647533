import ArdoiseCore
import ArdoiseIndicators
import ArdoiseStore

extension Organisation {
  /// The steps as this build carries them out: the real ingest, compute through the indicator
  /// engine, and report through the report renderer (`renderReports`), stamped with the run's
  /// id; `templatesDirectory` is `Templates/` next to the configuration (or in the current
  /// folder) when nil.
  public func stepExecutor(templatesDirectory: String? = nil) -> OrganisationStepExecutor {
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
      report: { names, period, run in
        try self.renderReports(
          names, period: period, runID: String(run.runID), programVersion: run.programVersion,
          templatesDirectory: templatesDirectory
        ).files
      },
      definitionsHash: { engine.catalogue.definitionsHash })
  }
}

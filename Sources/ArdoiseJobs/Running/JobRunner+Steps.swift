import ArdoiseCore
import ArdoiseStore

extension JobRunner {
  /// Carries out one step through the executor; its errors become the step's failure.
  func perform(_ step: JobDefinition.Step, index: Int, context: RunContext) -> StepResult {
    do {
      switch step {
      case .ingest(let folder):
        return JobRunner.ingestResult(
          try executor.ingest(folder: folder, run: context), step: index)
      case .compute:
        let summary = try executor.compute(period: context.period, run: context)
        let failed = summary.failedChecks
        guard failed.isEmpty else {
          return StepResult(
            detail: summary.detail,
            failure: "check\(failed.count == 1 ? "" : "s") failed: "
              + failed.map { "\($0.name) (\($0.count)): \($0.message)" }.joined(separator: "; "))
        }
        return StepResult(detail: summary.detail)
      case .report(let names):
        let files = try executor.report(names: names, period: context.period, run: context)
        return StepResult(
          detail: "\(files.count) file" + (files.count == 1 ? "" : "s") + " written",
          outputs: files)
      }
    } catch {
      return StepResult(detail: "", failure: String(describing: error))
    }
  }

  /// An ingest step's result from its batch reports: stored and refused files are the run's
  /// inputs; a refused file fails the step.
  static func ingestResult(_ reports: [BatchReport], step: Int) -> StepResult {
    var inputs: [RunInput] = []
    var stored: [String] = []
    var refused: [String] = []
    var skipped = 0
    var failedChecks: [String] = []
    for report in reports {
      switch report.status {
      case .stored:
        inputs.append(
          RunInput(
            step: step, file: report.file, status: "stored", batch: report.batch,
            sha256: report.sha256, kind: report.kind, rows: report.accepted, message: nil))
        stored.append("#\(report.batch.map(String.init) ?? "?")")
        for check in report.checks where check.status == .fail {
          failedChecks.append("\(check.name) on batch #\(report.batch.map(String.init) ?? "?")")
        }
      case .refused:
        inputs.append(
          RunInput(
            step: step, file: report.file, status: "refused", batch: nil,
            sha256: report.sha256, kind: report.kind, rows: 0, message: report.message))
        refused.append(report.message ?? report.file)
      case .skipped, .checked:
        skipped += 1
      }
    }
    var detail = "\(reports.count) file" + (reports.count == 1 ? "" : "s")
    detail +=
      ": \(stored.count) stored"
      + (stored.isEmpty ? "" : " (batch \(stored.joined(separator: ", ")))")
    detail += ", \(skipped) already ingested"
    if !refused.isEmpty { detail += ", \(refused.count) refused" }
    if !failedChecks.isEmpty {
      detail += "; failed checks: " + failedChecks.joined(separator: ", ")
    }
    let failure =
      refused.isEmpty
      ? nil
      : "\(refused.count) file\(refused.count == 1 ? "" : "s") refused (nothing of "
        + (refused.count == 1 ? "it" : "them") + " stored): " + refused.joined(separator: "; ")
    return StepResult(detail: detail, failure: failure, inputs: inputs)
  }
}

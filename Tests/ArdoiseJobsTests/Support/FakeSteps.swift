import ArdoiseCore
import ArdoiseJobs
import ArdoiseStore

/// A step executor that records its calls (`ingest inbox 2026-10`, `compute 2026-10`,
/// `report a,b 2026-10`) and fails the calls it is told to, once each.
final class FakeSteps: StepExecutor {
  /// An error thrown by a call told to fail.
  struct Failure: Error, CustomStringConvertible {
    let call: String
    var description: String { "\(call) went wrong" }
  }

  /// The calls made, in order.
  private(set) var calls: [String] = []
  /// The contexts the steps received, in order.
  private(set) var contexts: [RunContext] = []
  /// Calls that throw the next time they are made.
  var failOnce: Set<String> = []
  /// What every ingest returns.
  var batches: [BatchReport] = []
  /// What every compute returns.
  var summary = ComputeSummary(values: 3)
  /// Called after each call is recorded, before it returns or fails.
  var onCall: ((String) -> Void)?

  func definitionsHash() -> String? { "defs-1" }

  func ingest(folder: String, run: RunContext) throws -> [BatchReport] {
    try record("ingest \(folder) \(run.period)", run)
    return batches
  }

  func compute(period: Period, run: RunContext) throws -> ComputeSummary {
    try record("compute \(period)", run)
    return summary
  }

  func report(names: [String], period: Period, run: RunContext) throws -> [OutputFile] {
    try record("report \(names.joined(separator: ",")) \(period)", run)
    return names.map { name in
      OutputFile(path: "Reports/\(period)/\(name).html", sha256: FakeSteps.hash(name))
    }
  }

  /// A fake 64-digit hash derived from a name.
  static func hash(_ name: String) -> String {
    String(String(repeating: String(name.count % 10), count: 64))
  }

  private func record(_ call: String, _ run: RunContext) throws {
    calls.append(call)
    contexts.append(run)
    onCall?(call)
    if failOnce.remove(call) != nil { throw Failure(call: call) }
  }
}

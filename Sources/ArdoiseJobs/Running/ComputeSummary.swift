import ArdoiseStore

/// What the compute step of a period did: how many indicator values it stored and how its
/// checks (bridge, ageing reconciliation) came out.
public struct ComputeSummary: Codable, Equatable, Sendable {
  /// The indicator values stored for the period (every dimension row counts).
  public var values: Int
  /// The period's checks. A check with status `fail` fails the step, and so the run: checks
  /// that cannot hold are failures, not warnings.
  public var checks: [PeriodCheck]

  /// Creates a summary.
  public init(values: Int, checks: [PeriodCheck] = []) {
    self.values = values
    self.checks = checks
  }

  /// The checks that failed.
  public var failedChecks: [PeriodCheck] { checks.filter { $0.status == .fail } }

  /// `412 values; checks: bridge pass, ageing_reconciliation fail (3)`.
  public var detail: String {
    var text = "\(values) value" + (values == 1 ? "" : "s")
    if !checks.isEmpty {
      text +=
        "; checks: "
        + checks.map { check in
          "\(check.name) \(check.status.rawValue)" + (check.count > 0 ? " (\(check.count))" : "")
        }.joined(separator: ", ")
    }
    return text
  }
}

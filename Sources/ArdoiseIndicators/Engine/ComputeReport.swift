import ArdoiseCore

/// What `compute` did: the stored record and the evaluation, with a short summary for people.
public struct ComputeReport: Sendable {
  /// The record stored.
  public let record: PeriodRecord
  /// The values and checks stored.
  public let evaluation: Evaluation

  /// A few lines: the period, the number of values, the definitions, the checks and headline
  /// figures.
  public var summary: String {
    let e = evaluation
    var lines = [
      "\(record.period): \(record.valueCount) values stored"
        + " (definitions \(record.definitionsHash.prefix(12)), catalogue \(record.catalogueVersion))"
    ]
    let headline = [
      "closing_balance", "receivables", "debtors", "recovery_rate", "caf_signal_overdue",
    ]
    for id in headline {
      guard let v = e.value(id) else { continue }
      lines.append("  \(id): " + TableRenderer.text(of: v))
    }
    // Housing support, when the store has some (a landlord's months would print zeros).
    for id in ["iml_households", "iml_occupancy_rate", "measures_active"] {
      guard let v = e.value(id), let n = v.number, n.double != 0 else { continue }
      lines.append("  \(id): " + TableRenderer.text(of: v))
    }
    for c in e.checks { lines.append("check \(c.name): ok — \(c.detail)") }
    return lines.joined(separator: "\n")
  }
}

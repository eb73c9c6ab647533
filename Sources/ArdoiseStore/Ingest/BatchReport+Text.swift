import Foundation

extension BatchReport {
  /// The report as people read it in a terminal.
  public var text: String {
    let name = (file as NSString).lastPathComponent
    var lines: [String] = []
    switch status {
    case .skipped:
      return "\(name): \(message ?? "skipped")"
    case .refused:
      return "\(name): REFUSED — \(message ?? "")\n  nothing was stored"
    case .stored, .checked:
      let what =
        status == .stored ? "batch \(batch.map(String.init) ?? "?")" : "checked, not stored"
      lines.append("\(name) → \(what) (\(kind ?? "?"), profile \(profile ?? "?"))")
    }
    lines.append(
      "  read \(read) = accepted \(accepted) + duplicate \(duplicate) + rejected \(rejected)"
        + (warnings > 0 ? " (\(warnings) stored with a warning)" : ""))
    if !rejectedBy.isEmpty {
      lines.append(
        "  rejected by reason: "
          + rejectedBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
            separator: ", "))
    }
    if !ignoredColumns.isEmpty {
      lines.append("  ignored columns: " + ignoredColumns.joined(separator: ", "))
    }
    let passed = checks.filter { $0.status == .pass }.map(\.name)
    if !passed.isEmpty { lines.append("  checks passed: " + passed.joined(separator: ", ")) }
    for c in checks where c.status != .pass {
      lines.append("  check \(c.name): \(c.status.rawValue) — \(c.message)")
      for r in c.rows.prefix(5) {
        lines.append("    " + (r.line.map { "line \($0), " } ?? "") + "\(r.key): \(r.detail)")
      }
      if c.count > 5 { lines.append("    … \(c.count - 5) more") }
    }
    return lines.joined(separator: "\n")
  }
}

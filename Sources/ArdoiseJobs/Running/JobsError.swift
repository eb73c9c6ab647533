public import ArdoiseCore

/// A jobs command that cannot be carried out as asked.
public enum JobsError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No job has this name.
  case unknownJob(name: String, known: [String])
  /// A period that is not of the length the job's rule gives.
  case wrongPeriodLength(job: String, rule: PeriodRule, period: Period)
  /// A text that is not a period.
  case notAPeriod(String)

  /// What is wrong and what is expected.
  public var description: String {
    switch self {
    case .unknownJob(let name, let known):
      let list =
        known.isEmpty ? "no job is configured" : "the jobs are " + known.joined(separator: ", ")
      return "no job is named \"\(name)\"; \(list)"
    case .wrongPeriodLength(let job, let rule, let period):
      return "job \(job) runs for \(rule.length.rawValue)s (\(rule.rawValue)), but \(period) is a "
        + "\(period.length.rawValue)"
    case .notAPeriod(let text):
      return "\"\(text)\" is not a period; expected a month YYYY-MM, a quarter YYYY-Qn or a year "
        + "YYYY"
    }
  }
}

/// A report that cannot be rendered for the parameters or setup given.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The report is not made for this length of period.
  case periodNotAllowed(report: String, period: String, allowed: [String])
  /// The report cannot be run for one agency.
  case agencyNotAllowed(report: String)
  /// The report must be run for one agency.
  case agencyRequired(report: String)
  /// XLSX was asked for but no XLSX writer is plugged in.
  case noXLSXWriter
  /// A format the report's definition does not offer.
  case formatNotOffered(report: String, format: String)
  /// The HTML template could not be rendered.
  case templateFailed(report: String)
  /// A dataset problem, with the report's name.
  case dataset(report: String, DatasetError)

  /// The problem in one line, naming the report.
  public var description: String {
    switch self {
    case .periodNotAllowed(let report, let period, let allowed):
      "report '\(report)' is not made for the period \(period) (periods: "
        + allowed.joined(separator: ", ") + ")"
    case .agencyNotAllowed(let report): "report '\(report)' cannot be run for one agency"
    case .agencyRequired(let report): "report '\(report)' must be run with --agency"
    case .noXLSXWriter: "XLSX output is not available (no XLSX writer plugged in)"
    case .formatNotOffered(let report, let format):
      "report '\(report)' has no \(format) output (see its report.yaml 'formats')"
    case .templateFailed(let report): "report '\(report)': the HTML template could not render"
    case .dataset(let report, let error): "report '\(report)': \(error)"
    }
  }
}

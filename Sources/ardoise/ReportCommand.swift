import ArdoiseCore
import ArdoiseIndicators
import ArdoiseJobs
import ArdoiseReports
import ArgumentParser
import Foundation

/// `ardoise report NAME --period P [--format html,xlsx] [--agency A]`: renders a report from the
/// store into `<reports>/<period>/`, with the folder's `manifest.json`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Render a report of a period into the reports folder, with its manifest.")

  @Argument(help: "The report: a folder of Templates/ (rapport-mensuel, balance-agee, …).")
  var name: String

  @Option(help: "The period: YYYY-MM (YYYY-Qn or YYYY where the report allows it).")
  var period: String

  @Option(help: "html, xlsx or both, comma-separated (default: the report's own).")
  var format: String?

  @Option(help: "Only this agency's rows (its code, as in the agencies extract).")
  var agency: String?

  @Option(help: "The Templates/ folder (default: next to the configuration, else ./Templates).")
  var templates: String?

  @OptionGroup var organisation: OrganisationOptions

  func validate() throws {
    guard Period(period) != nil else {
      throw ValidationError("'\(period)' is not a period: expected YYYY-MM, YYYY-Qn or YYYY")
    }
    _ = try formats()
  }

  /// The formats asked for, nil for the report's own.
  func formats() throws -> [ReportFormat]? {
    guard let format else { return nil }
    return try format.split(separator: ",").map {
      let text = $0.trimmingCharacters(in: .whitespaces)
      guard let f = ReportFormat(rawValue: text) else {
        throw ValidationError("unknown format '\(text)': expected html, xlsx or html,xlsx")
      }
      return f
    }
  }

  func run() throws {
    let org = try organisation.open()
    let result: RenderedReports
    do {
      result = try org.renderReports(
        [name], period: Period(period)!, formats: try formats(), agency: agency,
        programVersion: Ardoise.configuration.version, templatesDirectory: templates)
    } catch let failure as IndicatorCheckFailure {
      FileHandle.standardError.write(Data("ardoise: \(failure)\n".utf8))
      throw ExitCode.failure
    }
    for warning in result.warnings {
      FileHandle.standardError.write(Data("ardoise: warning: \(warning)\n".utf8))
    }
    for file in result.files { print("\(file.path)  \(file.sha256)") }
  }
}

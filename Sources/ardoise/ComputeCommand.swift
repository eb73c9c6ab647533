import ArdoiseCore
import ArdoiseIndicators
import ArdoiseJobs
import ArgumentParser
import Foundation

/// `ardoise compute --period P`: computes and stores a period's indicators and runs the checks.
struct ComputeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compute",
    abstract: "Compute and store a period's indicators; run the bridge and ageing checks.")

  @Option(
    help: "The period: YYYY-MM, YYYY-Qn or YYYY (quarters and years: housing-support indicators).")
  var period: String

  @OptionGroup var organisation: OrganisationOptions

  func run() throws {
    guard let p = Period(period) else {
      throw ValidationError("'\(period)' is not a period: expected YYYY-MM, YYYY-Qn or YYYY")
    }
    let org = try organisation.open()
    let engine = IndicatorEngine(store: org.store, parameters: org.configuration.parameters)
    do {
      let report = try engine.computeAndStore(
        period: p, programVersion: Ardoise.configuration.version)
      print(report.summary)
    } catch let failure as IndicatorCheckFailure {
      FileHandle.standardError.write(Data("ardoise: \(failure)\n".utf8))
      throw ExitCode.failure
    }
  }
}

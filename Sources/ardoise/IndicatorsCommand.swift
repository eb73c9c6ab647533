import ArdoiseCore
import ArdoiseIndicators
import ArdoiseJobs
import ArgumentParser
import Foundation

/// `ardoise indicators --period P`: prints a period's stored values (computing them first when
/// the period was never computed), or the catalogue with `--list`.
struct IndicatorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators",
    abstract: "Print a period's indicator values (computed first if needed), or the catalogue.")

  @Option(
    help: "The period: YYYY-MM, YYYY-Qn or YYYY (quarters and years: housing-support indicators).")
  var period: String?

  @Option(help: "csv, json or table.")
  var format = "csv"

  @Option(help: "Only these indicator ids, comma-separated.")
  var only: String?

  @Flag(help: "Print the catalogue: id, version, unit, dimensions, definition.")
  var list = false

  @OptionGroup var organisation: OrganisationOptions

  func run() throws {
    let catalogue = Catalogue.standard
    guard let output = OutputFormat(rawValue: format) else {
      throw ValidationError("unknown format '\(format)': expected csv, json or table")
    }
    if list {
      print(CatalogueListing.render(catalogue, format: output), terminator: "")
      return
    }
    guard let text = period else {
      throw ValidationError("--period YYYY-MM, YYYY-Qn or YYYY is required (or --list)")
    }
    guard let p = Period(text) else {
      throw ValidationError("'\(text)' is not a period: expected YYYY-MM, YYYY-Qn or YYYY")
    }
    let ids = Set(
      (only ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    let unknown = ids.filter { catalogue.definition($0) == nil }.sorted()
    guard unknown.isEmpty else {
      throw ValidationError(
        "unknown indicator(s) \(unknown.joined(separator: ", ")); see `ardoise indicators --list`")
    }
    let org = try organisation.open()
    let engine = IndicatorEngine(store: org.store, parameters: org.configuration.parameters)
    let stored: StoredPeriod
    do {
      stored = try engine.storedOrComputed(period: p, programVersion: Ardoise.configuration.version)
    } catch let failure as IndicatorCheckFailure {
      FileHandle.standardError.write(Data("ardoise: \(failure)\n".utf8))
      throw ExitCode.failure
    }
    if let warning = stored.staleness(against: catalogue) {
      FileHandle.standardError.write(Data("ardoise: warning: \(warning)\n".utf8))
    }
    print(output.render(stored.values(only: ids), catalogue: catalogue), terminator: "")
  }
}

import ArdoiseCore
import ArdoiseSample
import ArgumentParser

/// `ardoise sample`: generates a realistic synthetic organisation, deterministic for a seed.
struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Generate a realistic synthetic organisation (deterministic for a seed).")

  @Option(help: "The folder the extracts are written to.")
  var out: String

  @Option(help: "Leases (landlord) or measures (association).")
  var leases: Int?

  @Option(help: "Months of history.")
  var months = 24

  @Option(help: "The random seed.")
  var seed: UInt64 = 2026

  @Option(help: "The last month of the history (YYYY-MM).")
  var end = "2026-10"

  @Option(help: "bailleur or association.")
  var kind = "bailleur"

  @Option(help: "canonical or erp (the landlord's ERP dialect, with its profile).")
  var dialect = "canonical"

  func run() throws {
    guard let k = SampleKind(rawValue: kind) else {
      throw ValidationError("--kind must be bailleur or association")
    }
    guard let d = SampleDialect(rawValue: dialect) else {
      throw ValidationError("--dialect must be canonical or erp")
    }
    guard let endMonth = Month(iso: end) else { throw ValidationError("--end must be YYYY-MM") }
    let options = SampleOptions(
      kind: k, leases: leases, months: months, seed: seed,
      end: endMonth, dialect: d, outputDirectory: out,
      profilePath: d == .erp ? out + "/erp-vaucluse.yaml" : nil)
    let summary = try SampleGenerator.generate(options)
    for f in summary.files { print("\(f.name): \(f.rows) rows") }
    if let p = summary.profilePath { print("profile: \(p)") }
  }
}

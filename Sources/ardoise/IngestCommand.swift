import ArdoiseExtracts
import ArdoiseJobs
import ArdoiseStore
import ArgumentParser
import Foundation

/// The arguments `ingest` and `check` share.
struct BatchOptions: ParsableArguments {
  @Argument(help: "CSV files or folders of CSV files.")
  var paths: [String]

  @Option(help: "The kind of every file (agencies, staff, units, households, leases, ledger, …).")
  var kind: String?

  @Option(help: "The mapping profile (YAML) of every file.")
  var profile: String?

  @Flag(help: "Print the reports as JSON, one object per line.")
  var json = false

  @OptionGroup var organisation: OrganisationOptions
}

/// `ardoise ingest FILE|DIR…`: stores extracts, one batch per file.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest", abstract: "Ingest extract files or folders; prints the batch report.")

  @OptionGroup var options: BatchOptions

  func run() throws { try BatchCommand.run(options, dryRun: false) }
}

/// `ardoise check FILE…`: validates extracts, stores nothing.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Validate extract files without storing anything.")

  @OptionGroup var options: BatchOptions

  func run() throws { try BatchCommand.run(options, dryRun: true) }
}

/// What `ingest` and `check` share.
enum BatchCommand {
  static func run(_ o: BatchOptions, dryRun: Bool) throws {
    let (paths, kind, profile, json, organisation) = (
      o.paths, o.kind, o.profile, o.json, o.organisation
    )
    var k: ExtractKind?
    if let kind {
      guard let parsed = ExtractKind(rawValue: kind) else {
        throw ValidationError(
          "unknown kind '\(kind)'; expected one of \(ExtractKind.loadOrder.map(\.rawValue).joined(separator: ", "))"
        )
      }
      k = parsed
    }
    let org = try organisation.open()
    var options = try org.ingestOptions(kind: k, profilePath: profile)
    options.dryRun = dryRun
    let reports = try org.ingest(paths, options: options)
    for r in reports {
      print(json ? r.jsonLine : r.text)
    }
    let refused = reports.filter { $0.status == .refused }
    for r in refused {
      FileHandle.standardError.write(Data(("ardoise: " + (r.message ?? r.file) + "\n").utf8))
    }
    if !refused.isEmpty { throw ExitCode.failure }
  }
}

extension BatchReport {
  var jsonLine: String {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! e.encode(self), as: UTF8.self)
  }
}

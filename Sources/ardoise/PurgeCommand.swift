import ArdoiseCore
import ArdoiseJobs
import ArdoiseStore
import ArgumentParser
import Foundation

/// `ardoise purge [--dry-run]`: applies the retention rule to the households' personal data.
struct PurgeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "purge",
    abstract: "Remove the personal data of households closed for longer than the retention period.")

  @Flag(help: "List what would be removed (counts and household ids), change nothing.")
  var dryRun = false

  @Option(help: "The day the rule is applied (YYYY-MM-DD; default today).")
  var asOf: String?

  @Flag(help: "JSON output.")
  var json = false

  @OptionGroup var organisation: OrganisationOptions

  func run() throws {
    let org = try organisation.open()
    var today = Day.today()
    if let asOf {
      guard let d = Day(iso: asOf) else { throw ValidationError("--as-of must be YYYY-MM-DD") }
      today = d
    }
    let years = org.configuration.parameters.retentionYears
    let r = try Purge(store: org.store).run(today: today, years: years, dryRun: dryRun)
    if json {
      let e = JSONEncoder()
      e.outputFormatting = [.sortedKeys]
      print(String(decoding: try e.encode(r), as: UTF8.self))
      return
    }
    let verb = dryRun ? "would remove" : "removed"
    print(
      "retention \(years) years as of \(r.asOf): \(verb) the personal data of \(r.households.count) household(s): \(r.names) holder name(s), \(r.actionTexts) action text(s)"
    )
    if dryRun && !r.households.isEmpty {
      print("households: " + r.households.joined(separator: ", "))
    }
  }
}

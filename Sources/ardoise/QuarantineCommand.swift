import ArdoiseJobs
import ArdoiseStore
import ArgumentParser
import Foundation

/// `ardoise quarantine list|replay`.
struct QuarantineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quarantine", abstract: "Show or replay quarantined rows.",
    subcommands: [List.self, Replay.self], defaultSubcommand: List.self)

  /// `quarantine list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List quarantined rows.")
    @Flag(help: "Include rows already replayed.") var all = false
    @Option(help: "Only the rows of this batch.") var batch: Int64?
    @Flag(help: "JSON, one object per line.") var json = false
    @OptionGroup var organisation: OrganisationOptions

    func run() throws {
      let org = try organisation.open()
      let rows = try Quarantine(store: org.store).list(all: all, batch: batch)
      let e = JSONEncoder()
      e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      for r in rows {
        if json {
          print(String(decoding: try e.encode(r), as: UTF8.self))
        } else {
          print("#\(r.id) \(r.file):\(r.line) [\(r.kind), \(r.category), \(r.status)] \(r.reason)")
          print("    \(r.raw)")
        }
      }
      if !json { print("\(rows.count) row(s)") }
    }
  }

  /// `quarantine replay`.
  struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Store the rows that waited for a reference now present.")
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var organisation: OrganisationOptions

    func run() throws {
      let org = try organisation.open()
      let r = try Quarantine(store: org.store).replay()
      if json {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        print(String(decoding: try e.encode(r), as: UTF8.self))
      } else {
        print(
          "replayed \(r.replayed), duplicate \(r.duplicate), still waiting \(r.waiting), conflicts \(r.conflicts)"
        )
      }
    }
  }
}

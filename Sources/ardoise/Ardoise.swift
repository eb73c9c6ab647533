import ArgumentParser
import Foundation

/// The `ardoise` command: parses arguments and calls the library.
@main
struct Ardoise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ardoise",
    abstract: "Batch reporting and statistics for rent recovery and housing support.",
    version: "0.1.0",
    subcommands: [
      InitCommand.self, IngestCommand.self, CheckCommand.self, QuarantineCommand.self,
      ComputeCommand.self, IndicatorsCommand.self, ReportCommand.self, SampleCommand.self,
      JobsCommand.self,
      PurgeCommand.self,
    ]
  )

  /// Runs the command; exit codes are 0 (success), 1 (failure) and 2 (usage error).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

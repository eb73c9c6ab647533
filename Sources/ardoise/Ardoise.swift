import ArgumentParser

/// The `ardoise` command: parses arguments and calls the library.
@main
struct Ardoise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ardoise",
    abstract: "Batch reporting and statistics for rent recovery and housing support.",
    version: "0.1.0",
    subcommands: [
      IngestCommand.self, CheckCommand.self, QuarantineCommand.self, ComputeCommand.self,
      IndicatorsCommand.self, SampleCommand.self,
    ]
  )
}

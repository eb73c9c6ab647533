import ArdoiseJobs
import ArgumentParser

/// `--config` and `--database`, options of every subcommand.
struct OrganisationOptions: ParsableArguments {
  @Option(help: "The organisation's ardoise.yaml (default: $ARDOISE_CONFIG, then ./ardoise.yaml).")
  var config: String?

  @Option(help: "A bare SQLite store, with the default parameters.")
  var database: String?

  /// Opens the organisation.
  func open() throws -> Organisation {
    try Organisation(configuration: Organisation.configuration(config: config, database: database))
  }
}

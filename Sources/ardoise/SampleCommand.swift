import ArgumentParser

/// `ardoise sample`: generates a synthetic organisation (wired when the generator lands).
struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample", abstract: "Generate a synthetic organisation.")
}

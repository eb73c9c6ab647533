import ArdoiseCore
import ArdoiseJobs
import ArgumentParser

/// `ardoise init [DIR]`: a commented `ardoise.yaml` and the folders of a new organisation.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Write a commented ardoise.yaml and the folders it names.")

  @Argument(help: "The organisation's folder (default: the current folder).")
  var folder: String = "."

  @Option(help: "The organisation's name (default: the folder's name).")
  var name: String?

  @Option(help: "bailleur or association.")
  var kind: String = "bailleur"

  @Flag(help: "Replace an existing ardoise.yaml.")
  var force = false

  func run() throws {
    guard let k = Configuration.Kind(rawValue: kind) else {
      throw ValidationError("--kind: expected bailleur or association, got '\(kind)'")
    }
    let result = try OrganisationSetup.initialise(
      folder: folder, name: name, kind: k, overwrite: force)
    print("wrote \(result.configuration)")
    for created in result.createdFolders { print("created \(created)/") }
  }
}

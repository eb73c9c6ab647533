public import ArdoiseCore
import Foundation

/// `ardoise init [DIR]`: a new organisation's folder, with a commented `ardoise.yaml` that
/// loads as it is, and its folders.
public enum OrganisationSetup {
  /// What `initialise` made.
  public struct Result: Equatable, Sendable {
    /// The configuration file written.
    public var configuration: String
    /// The folders created (those that existed are left as they were and not listed).
    public var createdFolders: [String]
  }

  /// Writes `<folder>/ardoise.yaml` and creates the folders it names (`inbox`, `Reports`,
  /// `store`), readable by their owner only (0700), then loads the file back to check it.
  ///
  /// - Parameters:
  ///   - folder: the organisation's folder, created when missing.
  ///   - name: the organisation's name, by default the folder's name.
  ///   - kind: landlord (the monthly closing job) or association (plus the quarterly DEETS job).
  ///   - overwrite: replace an existing `ardoise.yaml` (otherwise it is an error).
  /// - Returns: the file and the folders created.
  @discardableResult
  public static func initialise(
    folder: String, name: String? = nil, kind: Configuration.Kind = .bailleur,
    overwrite: Bool = false
  ) throws -> Result {
    let fm = FileManager.default
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    let file = (root as NSString).appendingPathComponent("ardoise.yaml")
    if fm.fileExists(atPath: file), !overwrite {
      throw StoreFolderError(
        "\(file) already exists: edit it, or pass --force to replace it with a new one")
    }
    var created: [String] = []
    for sub in ["", "inbox", "Reports", "store"] {
      let path = sub.isEmpty ? root : (root as NSString).appendingPathComponent(sub)
      var isFolder: ObjCBool = false
      if fm.fileExists(atPath: path, isDirectory: &isFolder) {
        guard isFolder.boolValue else {
          throw StoreFolderError("\(path) exists and is not a folder")
        }
        if !sub.isEmpty { try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path) }
        continue
      }
      try fm.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      created.append(path)
    }
    let orgName = name ?? (root as NSString).lastPathComponent
    let text = ConfigurationTemplate.text(name: orgName, kind: kind)
    guard
      fm.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    else { throw StoreFolderError("cannot write \(file)") }
    let configuration = try Configuration.load(path: file)
    _ = try ConfiguredJob.all(in: configuration)
    return Result(configuration: file, createdFolders: created)
  }
}

/// A folder `ardoise init` cannot set up.
public struct StoreFolderError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong and what to do.
  public var description: String
  /// Creates the error.
  public init(_ description: String) { self.description = description }
}

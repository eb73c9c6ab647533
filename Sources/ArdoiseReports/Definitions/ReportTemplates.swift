import ArdoiseCore
import Foundation
import Mustache

/// The `Templates/` folder: one folder per report (`report.yaml`, `report.html.mustache`, and
/// optional partials of its own) and the shared partials in `_partials/`.
///
/// Everything is read from disk at each run, so that an analyst who edits a column, a label or
/// a chart sees it at the next run without recompiling.
public struct ReportTemplates: Sendable {
  /// The folder of shared partials.
  public static let partialsFolder = "_partials"
  /// A report's definition file.
  public static let definitionFile = "report.yaml"
  /// A report's HTML template.
  public static let htmlTemplateFile = "report.html.mustache"

  /// The `Templates/` folder.
  public var directory: String

  /// The templates in `directory`.
  public init(directory: String) { self.directory = directory }

  /// The default folder: `Templates/` next to the configuration file when there is one there,
  /// otherwise `Templates/` in the current directory.
  public static func defaultDirectory(configurationFile: String?) -> String {
    if let file = configurationFile {
      let folder = (file as NSString).deletingLastPathComponent
      let candidate = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(
        "Templates")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return candidate
      }
    }
    return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(
      "Templates")
  }

  /// The names of the reports: the folders holding a `report.yaml`, sorted.
  public func reportNames() throws -> [String] {
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw DefinitionError(file: directory, message: "cannot read the templates folder")
    }
    return entries.filter {
      !$0.hasPrefix("_") && !$0.hasPrefix(".")
        && FileManager.default.fileExists(atPath: path($0, Self.definitionFile))
    }.sorted()
  }

  /// Reads and checks the report `name`: its definition, its templates and the shared
  /// partials. Every error names the file and, where it can, the line.
  public func load(_ name: String) throws -> LoadedReport {
    try Self.checkName(name, directory: directory)
    let definitionPath = path(name, Self.definitionFile)
    guard FileManager.default.fileExists(atPath: definitionPath) else {
      throw DefinitionError(
        file: definitionPath,
        message: "no report '\(name)' in \(directory) (reports: "
          + ((try? reportNames()) ?? []).joined(separator: ", ") + ")")
    }
    let definitionText = try Self.read(definitionPath)
    let definition = try DefinitionReader(name: name, file: definitionPath).read(definitionText)
    var hashed: [(String, String)] = [("\(name)/\(Self.definitionFile)", definitionText)]
    var templates: [String: MustacheTemplate] = [:]
    for (folder, relative) in [(Self.partialsFolder, Self.partialsFolder), (name, name)] {
      for file in try mustacheFiles(in: folder) {
        let full = path(folder, file)
        let text = try Self.read(full)
        try TemplateValidator.validate(text, file: full)
        templates[String(file.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        hashed.append(("\(relative)/\(file)", text))
      }
    }
    if definition.formats.contains(.html), templates["report.html"] == nil {
      throw DefinitionError(
        file: path(name, Self.htmlTemplateFile), message: "missing: the report's HTML template")
    }
    let texts = hashed.dropFirst().map(\.1)
    let named = definition.datasets.filter { name in texts.contains { $0.contains("data." + name) }
    }
    return LoadedReport(
      definition: definition, library: MustacheLibrary(templates: templates),
      templatesHash: Self.hash(hashed), datasetsInTemplates: Set(named))
  }

  /// The path of `components` inside the templates folder.
  func path(_ components: String...) -> String {
    components.reduce(directory) { ($0 as NSString).appendingPathComponent($1) }
  }

  /// The `.mustache` files of a subfolder, sorted; none when it does not exist.
  func mustacheFiles(in folder: String) throws -> [String] {
    let full = path(folder)
    guard FileManager.default.fileExists(atPath: full) else { return [] }
    do {
      return try FileManager.default.contentsOfDirectory(atPath: full)
        .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }.sorted()
    } catch {
      throw DefinitionError(file: full, message: "cannot read the folder")
    }
  }

  /// Refuses a report name that is not a plain folder name (`../x`, `a/b`, `.hidden`).
  static func checkName(_ name: String, directory: String) throws {
    let ok =
      !name.isEmpty && name.count <= 64 && !name.hasPrefix("_") && !name.hasPrefix("-")
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
    guard ok else {
      throw DefinitionError(
        file: directory,
        message: "invalid report name '\(name)': lower-case letters, digits, '-' and '_' only")
    }
  }

  /// The UTF-8 text of a file.
  static func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DefinitionError(file: path, message: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DefinitionError(file: path, message: "the file is not valid UTF-8")
    }
    return text
  }

  /// SHA-256 over the files' relative paths and contents, in path order.
  static func hash(_ files: [(String, String)]) -> String {
    var bytes: [UInt8] = []
    for (name, text) in files.sorted(by: { $0.0 < $1.0 }) {
      bytes += Array(name.utf8) + [0] + Array(text.utf8) + [0]
    }
    return SHA256.hex(of: bytes)
  }
}

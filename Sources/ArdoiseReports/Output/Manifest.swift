import ArdoiseCore
import Foundation

/// The `manifest.json` of a period's folder: every report file in it with its SHA-256 and
/// where it comes from (run, definitions, templates, input batches).
///
/// Reports of a period are written by separate runs; each run merges its entries with those
/// already there (an entry for the same file name is replaced). Keys are sorted and entries
/// ordered by file name, so the same content always gives the same bytes.
struct Manifest: Codable, Equatable {
  /// One file.
  struct Entry: Codable, Equatable {
    /// The file name in the folder.
    var file: String
    /// The report's name.
    var report: String
    /// `html` or `xlsx`.
    var format: String
    /// The agency, when the report is for one (as given, before sanitising).
    var agency: String?
    /// The file's SHA-256.
    var sha256: String
    /// Its size.
    var bytes: Int
    /// The run that wrote it.
    var runID: String
    /// The indicator definitions' version.
    var definitionsVersion: String
    /// Their hash.
    var definitionsHash: String
    /// The hash of the report's definition and templates.
    var templatesHash: String
    /// The input batches.
    var inputBatches: [ReportMetadata.InputBatch]

    enum CodingKeys: String, CodingKey {
      case file, report, format, agency, sha256, bytes
      case runID = "run_id"
      case definitionsVersion = "definitions_version"
      case definitionsHash = "definitions_hash"
      case templatesHash = "templates_hash"
      case inputBatches = "input_batches"
    }
  }

  /// The period of the folder.
  var period: String
  /// The files, by name.
  var files: [Entry]

  /// The entries merged with `new` ones: same file name replaced, ordered by file name.
  func merging(_ new: [Entry]) -> Manifest {
    var byName: [String: Entry] = [:]
    for entry in files + new { byName[entry.file] = entry }
    return Manifest(period: period, files: byName.keys.sorted().map { byName[$0]! })
  }

  /// The JSON bytes: sorted keys, indented, a final line end.
  func encoded() throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(self)) + [0x0A]
  }

  /// Reads the manifest at `path`; an empty one for `period` when there is none.
  static func read(at path: String, period: String) throws -> Manifest {
    guard let data = FileManager.default.contents(atPath: path) else {
      return Manifest(period: period, files: [])
    }
    do {
      return try JSONDecoder().decode(Manifest.self, from: data)
    } catch {
      throw OutputError(
        path: path, operation: "merge into the manifest",
        reason: "it is not a manifest Ardoise can read (\(error)); move it away and run again")
    }
  }
}

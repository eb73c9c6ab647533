import Foundation
import Yams

/// A mapping profile: how one ERP's dialect of CSV reads as Ardoise's canonical form.
///
/// Profiles are YAML files (shipped ones in `SampleData/profiles/`); see `docs/profiles.md`.
public struct MappingProfile: Sendable, Equatable {
  /// The profile's name, recorded with each batch.
  public var name: String
  /// The file's text encoding.
  public var encoding: TextEncoding
  /// The field delimiter byte.
  public var delimiter: UInt8
  /// The decimal separator of amounts and decimals.
  public var decimal: Character
  /// The thousands separator accepted in amounts, if any.
  public var thousands: Character?
  /// The pattern of date columns.
  public var dateFormat: DateFormat
  /// The pattern of month columns.
  public var monthFormat: DateFormat
  /// Per-kind mappings.
  public var kinds: [ExtractKind: KindMapping]
  /// The YAML text the profile was read from (kept with each batch for audit and replay).
  public var source: String

  /// The canonical dialect: UTF-8, `,`, `.` decimals, ISO dates, canonical headers and codes.
  public static let canonical = MappingProfile(
    name: "canonical", encoding: .utf8, delimiter: UInt8(ascii: ","), decimal: ".",
    thousands: nil, dateFormat: DateFormat("yyyy-MM-dd")!, monthFormat: DateFormat("yyyy-MM")!,
    kinds: [:], source: "")

  /// Creates a profile from its parts.
  public init(
    name: String, encoding: TextEncoding, delimiter: UInt8, decimal: Character,
    thousands: Character?, dateFormat: DateFormat, monthFormat: DateFormat,
    kinds: [ExtractKind: KindMapping], source: String
  ) {
    self.name = name
    self.encoding = encoding
    self.delimiter = delimiter
    self.decimal = decimal
    self.thousands = thousands
    self.dateFormat = dateFormat
    self.monthFormat = monthFormat
    self.kinds = kinds
    self.source = source
  }

  /// The mapping for a kind (an empty one when the profile does not mention it).
  public func mapping(for kind: ExtractKind) -> KindMapping { kinds[kind] ?? KindMapping() }

  /// The kind whose `files` patterns match a file name, if any.
  public func kind(forFileName name: String) -> ExtractKind? {
    for kind in ExtractKind.loadOrder {
      if let m = kinds[kind], m.files.contains(where: { Glob.matches($0, name) }) { return kind }
    }
    return nil
  }

  /// Reads a profile from a YAML file.
  public static func load(path: String) throws -> MappingProfile {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ProfileError(
        file: path, key: nil, message: "cannot be read (\(error.localizedDescription))")
    }
    return try parse(text, file: path)
  }

  /// Parses a profile's YAML text; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws -> MappingProfile {
    let node: Node?
    do { node = try Yams.compose(yaml: text) } catch {
      throw ProfileError(file: file, key: nil, message: "is not valid YAML: \(error)")
    }
    guard let root = node?.mapping else {
      throw ProfileError(file: file, key: nil, message: "must be a YAML mapping")
    }
    let reader = ProfileReader(file: file)
    return try reader.read(root, source: text)
  }
}

/// How one kind's file maps to the canonical columns.
public struct KindMapping: Sendable, Equatable {
  /// File-name globs that select this kind.
  public var files: [String] = []
  /// Canonical column name → header in the file.
  public var columns: [String: String] = [:]
  /// Canonical column name → (value in the file → canonical value).
  public var codes: [String: [String: String]] = [:]
  /// Canonical column name → fixed canonical value.
  public var constants: [String: String] = [:]
  /// The headers of a debit/credit pair feeding the kind's signed amount, if any.
  public var amountPair: (debit: String, credit: String)? {
    get { pair.map { ($0[0], $0[1]) } }
    set { pair = newValue.map { [$0.debit, $0.credit] } }
  }
  var pair: [String]?

  /// An empty mapping: canonical headers and codes.
  public init() {}

  /// The header the file uses for a canonical column.
  public func header(for canonical: String) -> String { columns[canonical] ?? canonical }
}

/// A profile that cannot be used: names the file, the key and what is expected.
public struct ProfileError: Error, CustomStringConvertible, Sendable {
  /// The profile file.
  public var file: String
  /// The offending key, dotted (`kinds.ledger.amount`).
  public var key: String?
  /// What is wrong and what is expected.
  public var message: String
  public var description: String {
    "profile \(file)" + (key.map { ", key '\($0)'" } ?? "") + ": " + message
  }
}

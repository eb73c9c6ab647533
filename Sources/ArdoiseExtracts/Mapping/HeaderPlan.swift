import ArdoiseCore

/// How the columns of one file's header feed the canonical columns of its kind.
///
/// Built once per file from the header row and the profile; a header that does not fit makes
/// the whole file unreadable (``HeaderError``).
public struct HeaderPlan: Sendable {
  /// Where a canonical column's text comes from.
  enum Source: Sendable {
    case field(Int)
    case constant(String)
    case debitCredit(Int, Int)
    case absent
  }
  /// The kind being read.
  public let kind: ExtractKind
  /// The number of fields every row must have.
  public let fieldCount: Int
  /// Headers of the file that no canonical column uses (listed in the ingest report).
  public let ignoredHeaders: [String]
  let sources: [Source]
  let codes: [[String: String]?]

  /// Plans the reading of a file with `header` as kind `kind` through `profile`.
  public init(header: [String], kind: ExtractKind, profile: MappingProfile) throws(HeaderError) {
    let names = header.map { $0.trimmingSpaces }
    var index: [String: Int] = [:]
    for (i, n) in names.enumerated() {
      if n.isEmpty { continue }
      if index[n] != nil { throw HeaderError("column '\(n)' appears twice in the header") }
      index[n] = i
    }
    let mapping = profile.mapping(for: kind)
    let usesProfile = profile.name != MappingProfile.canonical.name
    func lookup(_ h: String, for canonical: String) throws(HeaderError) -> Int? {
      if let i = index[h] { return i }
      if mapping.columns[canonical] != nil {
        throw HeaderError(
          "the header '\(h)' named by profile '\(profile.name)' for \(kind.rawValue).\(canonical) is missing"
        )
      }
      return nil
    }
    var used = Set<Int>()
    var sources: [Source] = []
    var codes: [[String: String]?] = []
    for column in kind.columns {
      codes.append(mapping.codes[column.name])
      if let c = mapping.constants[column.name] {
        sources.append(.constant(c))
        continue
      }
      if column.name == kind.signedAmountColumn, let pair = mapping.amountPair {
        guard let d = index[pair.debit] else {
          throw HeaderError(
            "the debit header '\(pair.debit)' named by profile '\(profile.name)' is missing")
        }
        guard let c = index[pair.credit] else {
          throw HeaderError(
            "the credit header '\(pair.credit)' named by profile '\(profile.name)' is missing")
        }
        used.formUnion([d, c])
        sources.append(.debitCredit(d, c))
        continue
      }
      let h = mapping.header(for: column.name)
      if let i = try lookup(h, for: column.name) {
        used.insert(i)
        sources.append(.field(i))
      } else if column.required && column.defaultText == nil {
        throw HeaderError(
          "the required column '\(column.name)'"
            + (h != column.name || usesProfile ? " (header '\(h)')" : "") + " is missing")
      } else {
        sources.append(.absent)
      }
    }
    self.kind = kind
    self.fieldCount = names.count
    self.sources = sources
    self.codes = codes
    self.ignoredHeaders = names.enumerated().filter {
      !used.contains($0.offset) && !$0.element.isEmpty
    }
    .map(\.element)
  }
}

/// A header that makes a file unreadable.
public struct HeaderError: Error, Sendable {
  /// Why.
  public var reason: String
  init(_ reason: String) { self.reason = reason }
}

extension String {
  /// The string without leading and trailing spaces and tabs (ASCII and no-break).
  var trimmingSpaces: String {
    guard let first = utf8.first, let last = utf8.last else { return self }
    // Fast path: nothing to trim when both ends are visible ASCII.
    if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" || f == "\u{202F}" {
      s = s.dropFirst()
    }
    while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" || l == "\u{202F}" {
      s = s.dropLast()
    }
    return String(s)
  }
}

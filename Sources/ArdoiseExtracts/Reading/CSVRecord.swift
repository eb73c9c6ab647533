/// One record of a CSV file, as read by `CSVReader`.
public struct CSVRecord: Sendable, Equatable {
  /// The physical line (1-based) where the record starts; the header is usually line 1.
  public var line: Int
  /// The decoded fields: quotes removed, doubled quotes undone, line breaks inside quotes kept as
  /// they are; not trimmed. For a `malformed` record, the fields read before the fault and the
  /// faulty field's quoted part.
  public var fields: [String]
  /// Why the record is syntactically bad (the file can still be read on), or nil when it is
  /// well-formed.
  public var malformed: String?

  /// The raw text, or how to rebuild it: most records are read only for their fields, so the
  /// reader leaves the raw text of a record without quotes to be joined when asked for.
  private var source: RawText

  private enum RawText: Sendable {
    case text(String)
    /// The record is exactly these unquoted fields joined by this separator (a snapshot: it
    /// does not follow later changes to `fields`).
    case joined([String], separator: String)
  }

  /// The record's decoded source text without its line end, for the quarantine.
  public var raw: String {
    get {
      switch source {
      case .text(let text): return text
      case .joined(let fields, let separator): return fields.joined(separator: separator)
      }
    }
    set { source = .text(newValue) }
  }

  /// A record starting at `line`.
  public init(line: Int, fields: [String], raw: String, malformed: String? = nil) {
    self.line = line
    self.fields = fields
    self.malformed = malformed
    self.source = .text(raw)
  }

  /// A record made of unquoted `fields` only, whose raw text is them joined by `separator`.
  init(line: Int, unquotedFields fields: [String], separator: String) {
    self.line = line
    self.fields = fields
    self.malformed = nil
    self.source = .joined(fields, separator: separator)
  }

  /// Whether both records start at the same line with the same fields, raw text and fault.
  public static func == (a: CSVRecord, b: CSVRecord) -> Bool {
    a.line == b.line && a.fields == b.fields && a.malformed == b.malformed && a.raw == b.raw
  }
}

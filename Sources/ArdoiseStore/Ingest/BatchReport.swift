/// What happened to one file given to `ingest` or `check`: the batch report.
public struct BatchReport: Codable, Sendable, Equatable {
  /// The outcome of a file.
  public enum Status: String, Codable, Sendable {
    /// Stored as a batch (rows in quarantine and failing checks included).
    case stored
    /// Validated only (`check`): nothing stored.
    case checked
    /// Already ingested: the same SHA-256 is in the store.
    case skipped
    /// Refused whole: nothing stored.
    case refused
  }
  /// The file's path as given.
  public var file: String
  /// The outcome.
  public var status: Status
  /// The extract kind, when known.
  public var kind: String?
  /// The mapping profile used.
  public var profile: String?
  /// The file's SHA-256.
  public var sha256: String?
  /// The batch id (stored, or the earlier batch for a skipped file).
  public var batch: Int64?
  /// Data rows read (blank lines not counted).
  public var read = 0
  /// Rows stored (inserted or updated).
  public var accepted = 0
  /// Rows identical to rows already stored.
  public var duplicate = 0
  /// Rows sent to quarantine.
  public var rejected = 0
  /// Rows stored with a warning (an unknown open code).
  public var warnings = 0
  /// Headers of the file that no canonical column uses.
  public var ignoredColumns: [String] = []
  /// Quarantined rows by reason category.
  public var rejectedBy: [String: Int] = [:]
  /// The checks run after the batch.
  public var checks: [CheckOutcome] = []
  /// Why the file was refused or skipped, naming the file, the line and the reason.
  public var message: String?
  /// Time spent, in milliseconds.
  public var durationMs: Int = 0

  /// Creates an empty report for a file.
  public init(file: String, status: Status) {
    self.file = file
    self.status = status
  }

  /// Whether `read = accepted + duplicate + rejected` holds.
  public var balances: Bool { read == accepted + duplicate + rejected }
}

/// The result of one check on one batch.
public struct CheckOutcome: Codable, Sendable, Equatable {
  /// `pass`, `warn` or `fail`.
  public enum Status: String, Codable, Sendable, Comparable {
    case pass, warn, fail
    public static func < (a: Status, b: Status) -> Bool {
      [.pass, .warn, .fail].firstIndex(of: a)! < [.pass, .warn, .fail].firstIndex(of: b)!
    }
  }
  /// The check's name (`references`, `ledger_vs_balances`…).
  public var name: String
  /// Its status.
  public var status: Status
  /// How many rows fail it.
  public var count: Int
  /// A one-line explanation.
  public var message: String
  /// Failing rows (at most ``CheckOutcome/rowLimit``).
  public var rows: [CheckRow] = []

  /// The most failing rows kept per check.
  public static let rowLimit = 1000
}

/// One failing row of a check.
public struct CheckRow: Codable, Sendable, Equatable {
  /// The line in the file, when the row comes from it.
  public var line: Int?
  /// The row's key (`L00012`, `L00012@2026-10-31`).
  public var key: String
  /// What fails.
  public var detail: String
}

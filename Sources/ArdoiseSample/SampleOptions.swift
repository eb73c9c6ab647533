public import ArdoiseCore

/// The kind of organisation to generate.
public enum SampleKind: String, Sendable, CaseIterable {
  /// A social landlord (*bailleur*) with six agencies in Vaucluse: tenancy, ledger and recovery.
  case landlord = "bailleur"
  /// A housing-support association in Toulouse: IML units and stays, ASLL/AVDL measures.
  case association = "association"
}

/// How the extracts are written.
public enum SampleDialect: String, Sendable, CaseIterable {
  /// The canonical form of `extracts.md` (UTF-8, `,`, ISO dates, canonical names and codes).
  case canonical
  /// The landlord's ERP export (Windows-1252, `;`, CRLF, French numbers, dates, headers and
  /// codes), read back through the `erp-vaucluse` mapping profile. Landlord only.
  case erp
}

/// What to generate.
public struct SampleOptions: Sendable {
  /// Landlord or association.
  public var kind: SampleKind
  /// Landlord: the exact number of leases written (re-lets and relocations included).
  /// Association: the number of support measures; the IML units are `max(1, leases / 4)`
  /// (20 units for 80 measures) and the households follow from the stays and measures.
  public var leases: Int
  /// How many months of activity, ending with `end`.
  public var months: Int
  /// The seed: the same options give byte-identical files.
  public var seed: UInt64
  /// The last month of the data; nothing is dated after its last day.
  public var end: Month
  /// Canonical or ERP form (ERP: landlord only).
  public var dialect: SampleDialect
  /// The folder the extracts are written to (created when missing; files are overwritten).
  public var outputDirectory: String
  /// Where to write the ERP mapping profile as well (ERP dialect only); nil writes none.
  public var profilePath: String?

  /// Options with the defaults of the committed sample organisations: 2,000 leases (landlord)
  /// or 80 measures (association), 24 months ending 2026-10, seed 2026, canonical form.
  public init(
    kind: SampleKind = .landlord, leases: Int? = nil, months: Int = 24, seed: UInt64 = 2026,
    end: Month = Month(year: 2026, month: 10)!, dialect: SampleDialect = .canonical,
    outputDirectory: String, profilePath: String? = nil
  ) {
    self.kind = kind
    self.leases = leases ?? SampleOptions.defaultLeases(for: kind)
    self.months = months
    self.seed = seed
    self.end = end
    self.dialect = dialect
    self.outputDirectory = outputDirectory
    self.profilePath = profilePath
  }

  /// The default size: 2,000 leases for a landlord, 80 measures for an association.
  public static func defaultLeases(for kind: SampleKind) -> Int {
    switch kind {
    case .landlord: 2000
    case .association: 80
    }
  }

  /// The first month of the data.
  public var firstMonth: Month { end.adding(-(months - 1)) }
}

/// One file written by the generator.
public struct SampleFile: Sendable, Equatable {
  /// The extract kind (`ledger`, `leases`, …).
  public let kind: String
  /// The file name inside the output folder (`ledger.csv` or `ECRITURES.csv`).
  public let name: String
  /// Data rows (the header excluded).
  public let rows: Int
  /// Size in bytes.
  public let bytes: Int64
}

/// What the generator wrote.
public struct SampleSummary: Sendable {
  /// The files, in the order of the kind's table list.
  public let files: [SampleFile]
  /// The mapping profile written, if any.
  public let profilePath: String?

  /// Rows of the file of `kind`, or nil when no such file was written.
  public func rows(of kind: String) -> Int? { files.first { $0.kind == kind }?.rows }

  /// Rows of all files.
  public var totalRows: Int { files.reduce(0) { $0 + $1.rows } }
  /// Bytes of all files.
  public var totalBytes: Int64 { files.reduce(0) { $0 + $1.bytes } }
}

/// Why a generation failed.
public enum SampleError: Error, Equatable, CustomStringConvertible {
  /// An option is out of range.
  case invalidOption(String)
  /// A file could not be created or written.
  case io(path: String, reason: String)
  /// A generated character has no Windows-1252 byte (a bug in the generator's word lists).
  case unencodable(path: String, character: String)

  /// A message for the user.
  public var description: String {
    switch self {
    case .invalidOption(let message): "invalid sample option: \(message)"
    case .io(let path, let reason): "cannot write \(path): \(reason)"
    case .unencodable(let path, let character):
      "\(path): character \(character) cannot be written in Windows-1252"
    }
  }
}

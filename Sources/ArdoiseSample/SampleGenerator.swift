import ArdoiseCore
import Foundation

/// Generates realistic synthetic organisations: a social landlord's extracts (canonical or in
/// its ERP's dialect) or a housing-support association's, deterministically from a seed.
///
/// The landlord is written lease by lease through buffered writers, so that a million leases
/// over three years (about a hundred million ledger rows) take flat memory.
///
/// **Landlord** (six agencies of Vaucluse: AVI, CAR, CAV, ORA, APT, BOL). Homes come in estates;
/// each home has a chain of leases: a tenant present at the start (moved in up to 25 years
/// before) or a vacant home, then re-lets after each departure (about 8 % a year, some on the
/// last day of a month). Rent and charges 300–840 € at the start, revised every January; APL
/// paid to the landlord on about 40 % of leases (below the rent; for entrants sometimes months
/// late, then caught up), RLS on most of them. The ledger has a rent call on the 1st of each
/// month (due the 5th, prorated in the month of entry and credited back for the days after a
/// departure), wrong calls cancelled by a negative `loyer` of the same period, payments by
/// behaviour (on time, late, partial, chronic, improving once a plan is signed, a shock that
/// stops payments for a few months), bounced payments (`rejet`) often paid again, the yearly
/// charge adjustment in June (both signs), repairs, procedure costs, FSL and Action Logement
/// aid, credit notes, the deposit returned after departure, refunds of credit balances, and
/// write-offs of departed debtors. Nothing is dated after the end; the only entries before the
/// period are the unpaid months of tenants already in arrears when it starts (up to 10 months
/// back, with their cases). `balances` is the ledger's sum per lease at the end of each of the
/// last three months. A case opens when the debt exceeds a month of rent: reminders, summons,
/// interviews, home visits, FSL, plans (kept, broken, ended early), transfer to litigation
/// (payment order, CCAPEX, summons, hearing, then a court plan or eviction), over-indebtedness,
/// departed debtors handed to the social advisors then to a collection agency or written off;
/// cases close as `solde`, `plan_respecte`, `perte`, `expulsion`, `relogement` or `autre`, and
/// some are open at the end. CAF signals follow the arrears' constitution, some late or
/// missing. One recovery officer leaves during the period, her portfolio is covered and then
/// taken over by a newcomer.
///
/// **Association** (Toulouse): see `SampleOptions.leases` for its size.
public enum SampleGenerator {
  /// The name of the ERP mapping profile.
  public static let profileName = "erp-vaucluse"

  /// Writes the extracts described by `options` into `options.outputDirectory` (created when
  /// missing) and returns the files written with their row counts.
  public static func generate(_ options: SampleOptions) throws(SampleError) -> SampleSummary {
    guard options.leases >= 1 else { throw .invalidOption("leases must be at least 1") }
    guard (1...600).contains(options.months) else {
      throw .invalidOption("months must be between 1 and 600")
    }
    guard options.end.year <= 9000, options.end.adding(-(options.months + 12)).year >= 1900 else {
      throw .invalidOption("the period must lie between 1900 and 9000")
    }
    if options.kind == .association, options.dialect == .erp {
      throw .invalidOption("the ERP dialect exists for the landlord only")
    }
    do {
      try FileManager.default.createDirectory(
        atPath: options.outputDirectory, withIntermediateDirectories: true)
    } catch {
      throw .io(path: options.outputDirectory, reason: "cannot create the folder")
    }
    let files: [SampleFile]
    switch options.kind {
    case .landlord:
      let writer = try LandlordWriter(options: options, directory: options.outputDirectory)
      var generator = LandlordGenerator(writer: writer)
      generator.run()
      files = try writer.close()
    case .association:
      files = try AssociationGenerator.generate(options)
    }
    var profilePath: String?
    if options.dialect == .erp, let path = options.profilePath {
      try writeText(erpProfileYAML, to: path)
      profilePath = path
    }
    return SampleSummary(files: files, profilePath: profilePath)
  }

  /// The file names the generator writes for a kind and dialect, by extract kind, in order.
  public static func fileNames(kind: SampleKind, dialect: SampleDialect) -> [(
    kind: String, name: String
  )] {
    let tables = kind == .landlord ? Schema.landlord : Schema.association
    return tables.map { ($0.kind, dialect == .erp ? $0.erpFile : $0.canonicalFile) }
  }

  /// The canonical header of each extract kind the generator writes for `kind`.
  public static func canonicalHeaders(kind: SampleKind) -> [String: [String]] {
    let tables = kind == .landlord ? Schema.landlord : Schema.association
    return Dictionary(uniqueKeysWithValues: tables.map { ($0.kind, $0.canonicalHeader) })
  }

  /// The mapping profile that reads the ERP dialect back (`erp-vaucluse.yaml`, UTF-8), derived
  /// from the same tables as the writer.
  public static var erpProfileYAML: String {
    var y = """
      # Mapping profile of the ERP export of the sample landlord (Vaucluse).
      # Generated by ArdoiseSample from the tables that write the export: do not edit by hand.
      name: \(profileName)
      encoding: windows-1252
      delimiter: ";"
      decimal: ","
      thousands: space
      date_format: dd/MM/yyyy
      month_format: MM/yyyy
      kinds:

      """
    func q(_ s: String) -> String {
      "\""
        + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
          of: "\"", with: "\\\"")
        + "\""
    }
    for t in Schema.landlord {
      y += "  \(t.kind):\n"
      y += "    files: [\(q(t.erpStem + "*.csv"))]\n"
      y += "    columns:\n"
      for c in t.columns where c.split == nil && c.constant == nil {
        y += "      \(c.name): \(q(c.erp))\n"
      }
      let coded = t.columns.filter { !$0.codes.isEmpty }
      if !coded.isEmpty {
        y += "    codes:\n"
        for c in coded {
          let pairs = c.codes.map { "\(q($0.erp)): \(q($0.canonical))" }.joined(separator: ", ")
          y += "      \(c.name): {\(pairs)}\n"
        }
      }
      if let c = t.columns.first(where: { $0.split != nil }), let s = c.split {
        y += "    amount: {debit: \(q(s.debit)), credit: \(q(s.credit))}\n"
      }
      let constants = t.columns.compactMap { c in c.constant.map { "\(c.name): \(q($0))" } }
      y += "    constants: {\(constants.joined(separator: ", "))}\n"
    }
    return y
  }

  static func writeText(_ text: String, to path: String) throws(SampleError) {
    let dir = (path as NSString).deletingLastPathComponent
    do {
      if !dir.isEmpty {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      }
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
      throw .io(path: path, reason: "\(error)")
    }
  }
}

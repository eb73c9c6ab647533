import ArdoiseCore
import XCTest

@testable import ArdoiseExtracts

/// The in-place mapping of ingest (`RowMapper.map(_:into:)`) against the general one
/// (`map(_:)`), on random records of every kind through several profiles: whenever the in-place
/// path takes a record, it gives the very row of the general path, without warnings.
final class RowMapperBytesTests: XCTestCase {
  /// The ERP profile of the sample data, and a Latin-1 one with tabs and two-digit years.
  static let profiles: [MappingProfile] = {
    var erp = MappingProfile.canonical
    erp.name = "erp"
    erp.encoding = .windows1252
    erp.delimiter = UInt8(ascii: ";")
    erp.decimal = ","
    erp.thousands = "\u{00A0}"
    erp.dateFormat = DateFormat("dd/MM/yyyy")!
    erp.monthFormat = DateFormat("MM/yyyy")!
    var ledger = KindMapping()
    ledger.columns = ["entry_id": "N° écriture", "lease_id": "Bail", "type": "Code"]
    ledger.codes = ["type": ["QUIT": "loyer", "ENC": "paiement", "AV": "avoir", "X": ""]]
    ledger.amountPair = (debit: "Débit", credit: "Crédit")
    var leases = KindMapping()
    leases.constants = ["lease_type": "bail_glissant"]
    leases.codes = ["apl": ["-": "0"]]
    var households = KindMapping()
    households.codes = ["fragile": ["O": "oui", "N": "non"], "composition": ["SEUL": "isole"]]
    erp.kinds = [.ledger: ledger, .leases: leases, .households: households]

    var latin = MappingProfile.canonical
    latin.name = "latin"
    latin.encoding = .iso88591
    latin.delimiter = 0x09
    latin.decimal = ","
    latin.thousands = "."
    latin.dateFormat = DateFormat("dd/MM/yy")!
    latin.monthFormat = DateFormat("MM/yy")!
    var staff = KindMapping()
    staff.constants = ["role": "recouvrement"]
    latin.kinds = [.staff: staff]
    return [.canonical, erp, latin]
  }()

  func testSampleLikeLedgerRowsTakeTheInPlacePath() throws {
    let text = """
      entry_id,lease_id,entry_date,due_date,period,type,amount,label
      E0000001,B00001,2023-11-01,2023-11-05,2023-11,loyer,715.76,Loyer novembre 2023
      E0000002,B00001,2023-11-08,,,paiement,-715.76,Espèces agence
      E0000003,B00001,2023-12-06,,,apl,-250,"Versement CAF, décembre"
      E0000004,B00002,2023-12-31,,,frais,+12.5,

      """
    let reader = CSVReader(bytes: Array(text.utf8), delimiter: 0x2C, encoding: .utf8)
    let header = try XCTUnwrap(try reader.next())
    let plan = try HeaderPlan(header: header.fields, kind: .ledger, profile: .canonical)
    let mapper = RowMapper(plan: plan, profile: .canonical)
    var values = [RowValue](repeating: .null, count: ExtractKind.ledger.columns.count)
    var rows: [[FieldValue]] = []
    while try reader.advance() {
      XCTAssertTrue(mapper.map(reader.fields, into: &values), "line \(reader.fields.line)")
      rows.append(values.map(\.fieldValue))
    }
    XCTAssertEqual(rows.count, 4)
    XCTAssertEqual(
      rows[1],
      [
        .text("E0000002"), .text("B00001"), .integer(20_231_108), .integer(20_231_108),
        .integer(202_311), .text("paiement"), .integer(-71576), .text("Espèces agence"),
      ])
    XCTAssertEqual(rows[2][7], .text("Versement CAF, décembre"))
    XCTAssertEqual(rows[3][6], .integer(1250))
    XCTAssertEqual(rows[3][7], .null)
  }

  func testRandomRecordsAgreeWithTheGeneralPath() throws {
    var rng = SplitMix64(seed: 20_261_123)
    var taken = 0
    var total = 0
    for profile in Self.profiles {
      for kind in ExtractKind.loadOrder {
        for _ in 0..<6 {
          let (header, columns) = Self.header(kind, profile, &rng)
          var lines = [header]
          for _ in 0..<60 {
            lines.append(columns.map { Self.value(for: $0, profile, &rng) })
          }
          let bytes = Self.csv(lines, profile, &rng)
          let reader = CSVReader(
            bytes: bytes, delimiter: profile.delimiter, encoding: profile.encoding)
          let context = "\(profile.name) \(kind.rawValue): \(lines)"
          guard let head = try reader.next() else { return XCTFail(context) }
          let plan = try HeaderPlan(header: head.fields, kind: kind, profile: profile)
          let mapper = RowMapper(plan: plan, profile: profile)
          var values = [RowValue](repeating: .null, count: kind.columns.count)
          while try reader.advance() {
            total += 1
            let fast = mapper.map(reader.fields, into: &values)
            let record = reader.record()
            guard fast else { continue }
            taken += 1
            guard case .row(let expected, let warnings) = mapper.map(record.fields) else {
              XCTFail("in place only: \(record.fields) — \(context)")
              continue
            }
            XCTAssertEqual(values.map(\.fieldValue), expected, "\(record.fields) — \(context)")
            XCTAssertEqual(warnings, [], "\(record.fields)")
          }
        }
      }
    }
    // Enough records take the in-place path for the comparison to mean something.
    XCTAssertGreaterThan(taken, total / 10, "\(taken) of \(total)")
  }

  // MARK: - Random records

  /// What a column of the generated file holds.
  enum Generated {
    case column(ExtractColumn)
    case debit, credit, extra
  }

  /// A header for `kind` through `profile` (optional columns sometimes left out, an unknown
  /// column sometimes added), and what each of its columns holds.
  static func header(_ kind: ExtractKind, _ profile: MappingProfile, _ rng: inout SplitMix64)
    -> ([String], [Generated])
  {
    let mapping = profile.mapping(for: kind)
    var names: [String] = []
    var columns: [Generated] = []
    for c in kind.columns {
      if mapping.constants[c.name] != nil { continue }
      if c.name == kind.signedAmountColumn, let pair = mapping.amountPair {
        names += [pair.debit, pair.credit]
        columns += [.debit, .credit]
        continue
      }
      if !c.required && rng.below(4) == 0 { continue }
      names.append(mapping.header(for: c.name))
      columns.append(.column(c))
    }
    if rng.below(3) == 0 {
      names.insert("extra", at: rng.below(names.count + 1))
      columns.insert(.extra, at: names.firstIndex(of: "extra")!)
    }
    return (names, columns)
  }

  static let spaces = ["", " ", "  ", "\t", "\u{00A0}", "\u{202F}"]

  /// One of `valid` mostly, one of `odd` (unusual or wrong) at times.
  static func pick(_ valid: [String], _ odd: [String], _ rng: inout SplitMix64) -> String {
    rng.below(8) == 0 && !odd.isEmpty
      ? odd[rng.below(odd.count)] : valid[rng.below(valid.count)]
  }

  /// A value for a column: mostly valid in the profile, at times odd or wrong.
  static func value(for column: Generated, _ profile: MappingProfile, _ rng: inout SplitMix64)
    -> String
  {
    let d = String(profile.decimal)
    let t = profile.thousands.map(String.init) ?? ""
    let amounts = ["512\(d)30", "-12\(d)5", "+12\(d)00", "450", "1\(t)234\(d)56", "0", "7"]
    let oddAmounts = [
      "12\(t)345", "", "1234567890123456", "0\(d)001", "\(d)5", "5\(d)", "-", "€12",
      "1 234\(d)5", "1\(t)23\(d)4",
    ]
    let iso = profile.dateFormat.description == "yyyy-MM-dd"
    var text: String
    switch column {
    case .extra:
      text = pick(["x", "", "é", "a,b"], ["\"q\""], &rng)
    case .debit, .credit:
      text = rng.below(2) == 0 ? "" : pick(amounts, oddAmounts, &rng)
    case .column(let c):
      switch c.type {
      case .text, .reference:
        text = pick(
          ["L1", "B00001", "E42", "Dupont, Léa", "Loyer décembre", "x y", "é"],
          ["a\u{301}", "\u{301}a", "K", "\u{212A}", "Qu\"ote", "multi\nline", ""], &rng)
      case .date:
        text = pick(
          iso
            ? ["2026-10-03", "2024-02-29", "1999-12-31"] : ["03/10/2026", "29/02/24", "31/12/99"],
          [
            "2026-02-29", "3/10/2026", "2026-13-01", "20261003", "0000-01-01", "9999-12-31",
            "abcd", "", "00/01/00", "2026-1-01", "2026-10-3", "+026-10-03", "2026-10-03x",
          ], &rng)
      case .month:
        text = pick(
          iso ? ["2026-10", "1999-01"] : ["10/2026", "10/26"],
          ["2026-1", "2026-00", "", "13/2026", "0000-01", "2026-10-01", "-026-10"], &rng)
      case .amount:
        text = pick(amounts, oddAmounts, &rng)
      case .integer:
        text = pick(["0", "2", "123456789", "07"], ["1234567890", "-1", "", "３"], &rng)
      case .decimal:
        text = pick(["1", "0\(d)8", "0\(d)75"], ["1\(d)", "", "1234567", "x"], &rng)
      case .boolean:
        text = pick(["true", "TRUE", "oui", "Non", "1", "0", "O", "N"], ["yes", ""], &rng)
      case .code(let list), .openCode(let list):
        text = pick(
          list + ["QUIT", "ENC", "AV", "SEUL"],
          list.map { $0.uppercased() } + ["X", "inconnu", "", "loyér", "-"], &rng)
      }
    }
    return rng.below(6) == 0 ? spaces[rng.below(6)] + text + spaces[rng.below(6)] : text
  }

  /// The file's bytes in the profile's encoding (characters it lacks become `?`), fields
  /// quoted when they must be and sometimes when they need not.
  static func csv(_ lines: [[String]], _ profile: MappingProfile, _ rng: inout SplitMix64)
    -> [UInt8]
  {
    let delimiter = Character(UnicodeScalar(profile.delimiter))
    var text = ""
    for line in lines {
      text +=
        line.map { field in
          let must = field.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" }
          return must || rng.below(8) == 0
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: String(delimiter)) + (rng.below(4) == 0 ? "\r\n" : "\n")
    }
    if profile.encoding == .utf8 { return Array(text.utf8) }
    return text.unicodeScalars.map { s in
      s.value < 0x80 || (s.value >= 0xA0 && s.value < 0x100) ? UInt8(s.value) : UInt8(ascii: "?")
    }
  }
}

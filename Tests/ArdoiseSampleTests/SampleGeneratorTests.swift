import ArdoiseCore
import ArdoiseSample
import Foundation
import XCTest

/// Tests of the sample generator, checked against the extract contract (`extracts.md`) with
/// their own CSV parser, code lists and arithmetic rather than the generator's tables.
final class SampleGeneratorTests: XCTestCase {
  // MARK: The contract, restated independently of the generator

  static let landlordHeaders: [String: [String]] = [
    "agencies": ["agency_id", "name"],
    "staff": ["staff_id", "name", "role", "agency_id", "fte", "start_date", "end_date"],
    "units": ["unit_id", "agency_id", "programme", "commune", "typology", "scheme"],
    "households": [
      "household_id", "holder_name", "adults", "children", "composition", "resources", "fragile",
      "dalo",
    ],
    "leases": [
      "lease_id", "household_id", "unit_id", "start_date", "end_date", "rent", "apl", "lease_type",
    ],
    "ledger": [
      "entry_id", "lease_id", "entry_date", "due_date", "period", "type", "amount", "label",
    ],
    "balances": ["lease_id", "as_of", "balance"],
    "cases": ["case_id", "lease_id", "opened_on", "closed_on", "close_reason"],
    "case_history": ["case_id", "from_date", "phase", "staff_id"],
    "actions": ["action_id", "date", "type", "staff_id", "case_id", "household_id", "outcome"],
    "plans": [
      "plan_id", "case_id", "signed_on", "first_month", "months", "instalment", "initial_debt",
      "ended_on",
    ],
  ]

  static let associationHeaders: [String: [String]] = [
    "agencies": ["agency_id", "name"],
    "staff": ["staff_id", "name", "role", "agency_id", "fte", "start_date", "end_date"],
    "units": [
      "unit_id", "agency_id", "programme", "commune", "typology", "scheme", "available_from",
      "available_to",
    ],
    "households": [
      "household_id", "holder_name", "adults", "children", "composition", "resources", "fragile",
      "dalo",
    ],
    "stays": [
      "stay_id", "household_id", "unit_id", "entered_on", "left_on", "referral",
      "exit_destination",
    ],
    "measures": [
      "measure_id", "household_id", "scheme", "funder", "staff_id", "notified_on",
      "first_contact_on", "started_on", "ended_on", "outcome",
    ],
  ]

  static let ledgerTypes: Set = [
    "loyer", "rls", "charges_regul", "reparations", "frais", "paiement", "apl", "aide", "rejet",
    "avoir", "remboursement", "perte",
  ]
  static let actionTypes: Set = [
    "relance_courrier", "relance_sms", "relance_mail", "relance_tel", "convocation", "entretien",
    "visite_domicile", "signalement_caf", "saisine_fsl", "saisine_action_logement",
    "orientation_social", "plan_signe", "dossier_surendettement", "commandement", "assignation",
    "audience", "ccapex", "transmission_contentieux", "encaissement",
  ]
  static let allowed: [String: [String: Set<String>]] = [
    "staff": [
      "role": ["recouvrement", "contentieux", "conseil_social", "travail_social", "coordination"]
    ],
    "units": ["scheme": ["parc", "iml"]],
    "households": [
      "composition": ["isole", "couple", "couple_enfants", "monoparental", "autre", ""],
      "resources": ["salaire", "rsa", "aah", "are", "retraite", "sans", "autre", ""],
      "fragile": ["true", "false"], "dalo": ["true", "false"],
    ],
    "leases": ["lease_type": ["ordinaire", "bail_glissant", "sous_location"]],
    "ledger": ["type": ledgerTypes],
    "cases": [
      "close_reason": ["solde", "plan_respecte", "perte", "expulsion", "relogement", "autre", ""]
    ],
    "case_history": [
      "phase": ["amiable", "contentieux", "surendettement", "expulsion", "externalise"]
    ],
    "actions": ["type": actionTypes],
    "measures": [
      "scheme": ["asll", "avdl", "iml", "masp", "autre"],
      "funder": ["metropole", "etat", "departement", "autre"],
      "outcome": [
        "objectifs_atteints", "objectifs_partiels", "interruption", "demenagement",
        "reorientation", "expulsion", "autre", "",
      ],
    ],
    "stays": [
      "referral": ["siao", "bailleur", "travailleur_social", "autre", ""],
      "exit_destination": [
        "logement_social", "logement_prive", "bail_glisse", "logement_adapte", "hebergement",
        "famille", "autre", "inconnu", "",
      ],
    ],
  ]

  /// The ERP's ledger codes as the brief gives them.
  static let erpLedgerCodes = [
    "QUIT": "loyer", "RLS": "rls", "REGUL": "charges_regul", "REPAR": "reparations",
    "FRAIS": "frais", "ENC": "paiement", "APL": "apl", "AIDE": "aide", "REJ": "rejet",
    "AVOIR": "avoir", "REMB": "remboursement", "ANV": "perte",
  ]

  static let end = Month(year: 2026, month: 10)!

  // MARK: Helpers

  private var folders: [URL] = []

  override func tearDown() {
    for f in folders { try? FileManager.default.removeItem(at: f) }
    folders = []
  }

  private func folder() -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("ardoise-sample-\(UUID().uuidString)")
    folders.append(url)
    return url
  }

  private func generate(
    _ kind: SampleKind, leases: Int? = nil, months: Int = 15, seed: UInt64 = 7,
    dialect: SampleDialect = .canonical
  ) throws -> (URL, SampleSummary) {
    let dir = folder()
    let options = SampleOptions(
      kind: kind, leases: leases, months: months, seed: seed, end: Self.end, dialect: dialect,
      outputDirectory: dir.path)
    return (dir, try SampleGenerator.generate(options))
  }

  /// A parsed CSV file: header, rows as dictionaries, and whether every record ended in CRLF.
  struct Table {
    let header: [String]
    let rows: [[String: String]]
    let records: [[String]]
    let crlf: Bool
    let lf: Bool

    func column(_ name: String) -> [String] { rows.map { $0[name] ?? "" } }
  }

  /// An RFC 4180 parser: quoted fields may hold separators, doubled quotes and line breaks.
  static func parse(_ text: String, delimiter: Character) -> Table {
    var records: [[String]] = []
    var field = ""
    var record: [String] = []
    var quoted = false
    var crlf = true
    var lf = true
    var chars = Array(text.unicodeScalars)
    if chars.last != "\n" { chars.append("\n") }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" {
            field.unicodeScalars.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if Character(c) == delimiter {
        record.append(field)
        field = ""
      } else if c == "\r", i + 1 < chars.count, chars[i + 1] == "\n" {
        lf = false
        record.append(field)
        records.append(record)
        (field, record) = ("", [])
        i += 1
      } else if c == "\n" {
        crlf = false
        record.append(field)
        records.append(record)
        (field, record) = ("", [])
      } else {
        field.unicodeScalars.append(c)
      }
      i += 1
    }
    let header = records.first ?? []
    let rows = records.dropFirst().map { r in
      Dictionary(uniqueKeysWithValues: zip(header, r).map { ($0, $1) })
    }
    for r in records { precondition(r.count == header.count, "ragged row \(r)") }
    return Table(header: header, rows: rows, records: records, crlf: crlf, lf: lf)
  }

  private func read(_ dir: URL, _ name: String, erp: Bool = false) throws -> Table {
    let data = try Data(contentsOf: dir.appendingPathComponent(name))
    let text = try XCTUnwrap(
      String(data: data, encoding: erp ? .windowsCP1252 : .utf8), "\(name) does not decode")
    return Self.parse(text, delimiter: erp ? ";" : ",")
  }

  private func readAll(_ dir: URL, headers: [String: [String]]) throws -> [String: Table] {
    var out: [String: Table] = [:]
    for kind in headers.keys { out[kind] = try read(dir, kind + ".csv") }
    return out
  }

  /// Cents from `-1234.56` or, in French numbers, `-1 234,56`.
  static func cents(_ s: String, french: Bool = false) -> Int64? {
    var t = s
    if french {
      t = t.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
    }
    let negative = t.hasPrefix("-")
    if negative || t.hasPrefix("+") { t.removeFirst() }
    let parts = t.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 2, let e = Int64(parts[0]), let c = Int64(parts[1])
    else { return nil }
    return (negative ? -1 : 1) * (e * 100 + c)
  }

  /// `dd/MM/yyyy` → `yyyy-MM-dd`; `MM/yyyy` → `yyyy-MM`.
  static func iso(_ french: String) -> String {
    let p = french.split(separator: "/")
    return p.reversed().joined(separator: "-")
  }

  // MARK: Determinism

  func testSameOptionsGiveByteIdenticalFiles() throws {
    for (kind, dialect) in [
      (SampleKind.landlord, SampleDialect.canonical), (.landlord, .erp), (.association, .canonical),
    ] {
      let (a, sa) = try generate(kind, leases: kind == .landlord ? 150 : 40, dialect: dialect)
      let (b, sb) = try generate(kind, leases: kind == .landlord ? 150 : 40, dialect: dialect)
      XCTAssertEqual(sa.files, sb.files)
      for f in sa.files {
        let x = try Data(contentsOf: a.appendingPathComponent(f.name))
        let y = try Data(contentsOf: b.appendingPathComponent(f.name))
        XCTAssertEqual(x, y, "\(kind) \(dialect) \(f.name) differs between two runs")
        XCTAssertEqual(Int64(x.count), f.bytes)
      }
    }
    // Another seed gives other data.
    let (_, s1) = try generate(.landlord, leases: 150, seed: 1)
    let (_, s2) = try generate(.landlord, leases: 150, seed: 2)
    XCTAssertNotEqual(s1.files, s2.files)
  }

  // MARK: Landlord, canonical

  func testLandlordFilesHeadersReferencesAndDates() throws {
    let (dir, summary) = try generate(.landlord, leases: 300)
    XCTAssertEqual(
      Set(summary.files.map(\.name)), Set(Self.landlordHeaders.keys.map { $0 + ".csv" }))
    XCTAssertEqual(summary.rows(of: "leases"), 300)
    let t = try readAll(dir, headers: Self.landlordHeaders)
    for (kind, header) in Self.landlordHeaders {
      XCTAssertEqual(t[kind]!.header, header, kind)
      XCTAssertEqual(t[kind]!.rows.count, summary.rows(of: kind), kind)
      XCTAssertFalse(t[kind]!.crlf && t[kind]!.rows.count > 0, "\(kind): canonical uses LF")
    }
    checkCodes(t)
    checkNoDateAfterEnd(t)

    // Keys unique, references resolved.
    func ids(_ kind: String, _ col: String) -> Set<String> {
      let v = t[kind]!.column(col)
      XCTAssertEqual(Set(v).count, v.count, "\(kind).\(col) not unique")
      return Set(v)
    }
    let leases = ids("leases", "lease_id")
    let units = ids("units", "unit_id")
    let households = ids("households", "household_id")
    let staff = ids("staff", "staff_id")
    let cases = ids("cases", "case_id")
    _ = ids("ledger", "entry_id")
    _ = ids("actions", "action_id")
    _ = ids("plans", "plan_id")
    let agencies = ids("agencies", "agency_id")
    XCTAssertEqual(agencies, ["AVI", "CAR", "CAV", "ORA", "APT", "BOL"])
    let keys = t["case_history"]!.rows.map { $0["case_id"]! + "|" + $0["from_date"]! }
    XCTAssertEqual(Set(keys).count, keys.count, "case_history key")
    func refs(_ kind: String, _ col: String, _ set: Set<String>, optional: Bool = false) {
      for v in t[kind]!.column(col) where !(optional && v.isEmpty) {
        XCTAssertTrue(set.contains(v), "\(kind).\(col) = \(v) unknown")
      }
    }
    refs("ledger", "lease_id", leases)
    refs("balances", "lease_id", leases)
    refs("leases", "unit_id", units)
    refs("leases", "household_id", households)
    refs("units", "agency_id", agencies)
    refs("staff", "agency_id", agencies)
    refs("cases", "lease_id", leases)
    refs("case_history", "case_id", cases)
    refs("case_history", "staff_id", staff)
    refs("plans", "case_id", cases)
    refs("actions", "case_id", cases, optional: true)
    refs("actions", "household_id", households, optional: true)
    refs("actions", "staff_id", staff, optional: true)
    for a in t["actions"]!.rows {
      XCTAssertFalse(a["case_id"]!.isEmpty && a["household_id"]!.isEmpty, "action without target")
    }

    // Tenancy facts are consistent.
    var leaseStart: [String: String] = [:]
    for l in t["leases"]!.rows {
      leaseStart[l["lease_id"]!] = l["start_date"]!
      let rent = try XCTUnwrap(Self.cents(l["rent"]!))
      XCTAssertTrue((30_000...90_000).contains(rent), "rent \(rent)")
      if let apl = Self.cents(l["apl"]!) { XCTAssertTrue(apl > 0 && apl < rent) }
      if !l["end_date"]!.isEmpty { XCTAssertGreaterThanOrEqual(l["end_date"]!, l["start_date"]!) }
    }
    for e in t["ledger"]!.rows {
      XCTAssertGreaterThanOrEqual(e["entry_date"]!, leaseStart[e["lease_id"]!]!)
      XCTAssertNotNil(Self.cents(e["amount"]!), e["amount"]!)
      if e["type"] == "loyer" {
        XCTAssertFalse(e["period"]!.isEmpty)
        if e["label"]!.hasPrefix("Loyer"), !e["label"]!.contains("(") {
          XCTAssertEqual(e["due_date"]!.suffix(2), "05")
          XCTAssertEqual(e["entry_date"]!.suffix(2), "01")
        }
      }
    }
    for p in t["plans"]!.rows {
      XCTAssertTrue((6...24).contains(Int(p["months"]!)!))
      XCTAssertGreaterThan(p["first_month"]!, String(p["signed_on"]!.prefix(7)))
      XCTAssertGreaterThan(Self.cents(p["instalment"]!)!, 0)
    }
    for c in t["cases"]!.rows where !c["closed_on"]!.isEmpty {
      XCTAssertGreaterThanOrEqual(c["closed_on"]!, c["opened_on"]!)
      XCTAssertFalse(c["close_reason"]!.isEmpty)
    }
  }

  /// The ERP's balances are the sums of the ledger, recomputed here from the CSV text.
  func testBalancesEqualTheSumOfTheLedger() throws {
    let (dir, _) = try generate(.landlord, leases: 250)
    let ledger = try read(dir, "ledger.csv")
    let balances = try read(dir, "balances.csv")
    var byLease: [String: [(String, Int64)]] = [:]
    for e in ledger.rows {
      byLease[e["lease_id"]!, default: []].append((e["entry_date"]!, Self.cents(e["amount"]!)!))
    }
    XCTAssertGreaterThan(balances.rows.count, 600)
    let asOf = Set(balances.column("as_of"))
    XCTAssertEqual(asOf, ["2026-08-31", "2026-09-30", "2026-10-31"])
    var nonZero = 0
    for b in balances.rows {
      let sum = byLease[b["lease_id"]!, default: []].filter { $0.0 <= b["as_of"]! }.reduce(0) {
        $0 + $1.1
      }
      XCTAssertEqual(sum, Self.cents(b["balance"]!), "\(b)")
      if sum != 0 { nonZero += 1 }
    }
    XCTAssertGreaterThan(nonZero, 50)
    // Every lease with an entry by a date has its balance at that date.
    for d in asOf {
      let withEntries = byLease.filter { $0.value.contains { $0.0 <= d } }.count
      XCTAssertEqual(balances.rows.filter { $0["as_of"] == d }.count, withEntries)
    }
  }

  /// What the indicators must exercise exists in a mid-size landlord.
  func testLandlordRealism() throws {
    let (dir, _) = try generate(.landlord, leases: 900, months: 24, seed: 2026)
    let t = try readAll(dir, headers: Self.landlordHeaders)
    let ledger = t["ledger"]!.rows
    XCTAssertEqual(Set(ledger.map { $0["type"]! }), Self.ledgerTypes, "every ledger type")
    XCTAssertEqual(Set(t["actions"]!.column("type")), Self.actionTypes, "every action type")
    XCTAssertEqual(
      Set(t["case_history"]!.column("phase")),
      ["amiable", "contentieux", "surendettement", "expulsion", "externalise"])
    XCTAssertEqual(
      Set(t["cases"]!.column("close_reason")),
      ["solde", "plan_respecte", "perte", "expulsion", "relogement", "autre", ""])
    XCTAssertTrue(ledger.contains { $0["type"] == "loyer" && $0["amount"]!.hasPrefix("-") })
    let regul = ledger.filter { $0["type"] == "charges_regul" }.map { $0["amount"]! }
    XCTAssertTrue(regul.contains { $0.hasPrefix("-") } && regul.contains { !$0.hasPrefix("-") })
    let leases = t["leases"]!.rows
    let departed = leases.filter { !$0["end_date"]!.isEmpty }
    XCTAssertGreaterThan(departed.count, 80)
    XCTAssertTrue(departed.contains { Day(iso: $0["end_date"]!)!.adding(days: 1).day == 1 })
    XCTAssertTrue(leases.contains { $0["start_date"]! >= "2024-11-01" })
    let aid = leases.filter { !$0["apl"]!.isEmpty }.count
    XCTAssertTrue((0.3...0.5).contains(Double(aid) / Double(leases.count)), "\(aid) APL")
    let units = leases.map { $0["unit_id"]! }
    XCTAssertLessThan(Set(units).count, units.count, "some homes re-let")
    XCTAssertEqual(
      Set(leases.map { $0["lease_type"]! }), ["ordinaire", "bail_glissant", "sous_location"])
    let staff = t["staff"]!.rows
    XCTAssertTrue(staff.contains { !$0["end_date"]!.isEmpty })
    XCTAssertTrue(staff.contains { $0["start_date"]! > "2024-11-01" })
    XCTAssertTrue(staff.contains { $0["fte"] == "0.8" } && staff.contains { $0["fte"] == "0.5" })
    let cases = t["cases"]!.rows
    XCTAssertTrue(cases.contains { $0["closed_on"]!.isEmpty }, "open cases at the end")
    let multi = Dictionary(grouping: t["case_history"]!.rows, by: { $0["case_id"]! })
    XCTAssertTrue(
      multi.values.contains { rows in Set(rows.map { $0["staff_id"]! }).count > 1 },
      "reassignments")
    let plans = t["plans"]!.rows
    XCTAssertTrue(
      plans.contains { $0["ended_on"]!.isEmpty } && plans.contains { !$0["ended_on"]!.isEmpty })
    XCTAssertTrue(t["actions"]!.rows.contains { !$0["outcome"]!.isEmpty })
    XCTAssertTrue(t["households"]!.rows.contains { $0["dalo"] == "true" })

    // The CAF worklist (indicators.md, CAF arrears) is not empty at the end.
    XCTAssertGreaterThan(try cafOverdue(t, asOf: Self.end.lastDay), 0)
  }

  /// `caf_signal_overdue` at `d`, computed as indicators.md defines it.
  private func cafOverdue(_ t: [String: Table], asOf d: Day) throws -> Int {
    var entries: [String: [(Day, Int64)]] = [:]
    for e in t["ledger"]!.rows {
      entries[e["lease_id"]!, default: []].append(
        (Day(iso: e["entry_date"]!)!, Self.cents(e["amount"]!)!))
    }
    var casesOfLease: [String: Set<String>] = [:]
    for c in t["cases"]!.rows { casesOfLease[c["lease_id"]!, default: []].insert(c["case_id"]!) }
    let signals = t["actions"]!.rows.filter { $0["type"] == "signalement_caf" }
    var overdue = 0
    for l in t["leases"]!.rows {
      let start = Day(iso: l["start_date"]!)!
      let end = l["end_date"]!.isEmpty ? nil : Day(iso: l["end_date"]!)
      guard start <= d, end.map({ $0 > d }) ?? true else { continue }
      let rent = Self.cents(l["rent"]!)!
      let apl = Self.cents(l["apl"]!) ?? 0
      let threshold = apl > 0 ? 2 * (rent - apl) : 2 * rent
      var daily: [Day: Int64] = [:]
      for (day, a) in entries[l["lease_id"]!, default: []] where day <= d {
        daily[day, default: 0] += a
      }
      var balance: Int64 = 0
      var constituted: Day?
      for day in daily.keys.sorted() {
        balance += daily[day]!
        if balance <= 0 {
          constituted = nil
        } else if constituted == nil, balance >= threshold {
          constituted = day
        }
      }
      guard balance > 0, let c = constituted else { continue }
      let mine = casesOfLease[l["lease_id"]!, default: []]
      let signalled = signals.contains { s in
        let on = Day(iso: s["date"]!)!
        return on >= c && on <= d
          && (mine.contains(s["case_id"]!) || s["household_id"] == l["household_id"])
      }
      if !signalled, c.adding(months: 2) < d { overdue += 1 }
    }
    return overdue
  }

  private func checkCodes(_ t: [String: Table]) {
    for (kind, table) in t {
      for (col, values) in Self.allowed[kind] ?? [:] {
        for v in Set(table.column(col)) {
          XCTAssertTrue(values.contains(v), "\(kind).\(col) = \(v) not allowed")
        }
      }
    }
  }

  /// Nothing happens after the end; due dates and a plan's first month may lie beyond it.
  private func checkNoDateAfterEnd(_ t: [String: Table]) {
    let last = Self.end.lastDay.iso
    for (kind, table) in t {
      for col in table.header where col != "due_date" && col != "first_month" {
        for v in table.column(col) where !v.isEmpty {
          if Day(iso: v) != nil {
            XCTAssertLessThanOrEqual(v, last, "\(kind).\(col)")
          } else if Month(iso: v) != nil, col == "period" {
            XCTAssertLessThanOrEqual(v, Self.end.iso, "\(kind).\(col)")
          }
        }
      }
    }
  }

  // MARK: Landlord, ERP dialect

  func testERPDialectCarriesTheSameData() throws {
    let (c, canonical) = try generate(.landlord, leases: 200)
    let (e, erp) = try generate(.landlord, leases: 200, dialect: .erp)
    let names = [
      "agencies": "AGENCES.csv", "staff": "PERSONNEL.csv", "units": "LOGEMENTS.csv",
      "households": "MENAGES.csv", "leases": "BAUX.csv", "ledger": "ECRITURES.csv",
      "balances": "SOLDES.csv", "cases": "DOSSIERS.csv", "case_history": "HISTO_DOSSIERS.csv",
      "actions": "ACTIONS.csv", "plans": "PLANS.csv",
    ]
    XCTAssertEqual(Set(erp.files.map(\.name)), Set(names.values))
    for (kind, name) in names {
      let a = try read(c, kind + ".csv")
      let b = try read(e, name, erp: true)
      XCTAssertEqual(a.rows.count, b.rows.count, kind)
      XCTAssertEqual(canonical.rows(of: kind), erp.rows(of: kind), kind)
      XCTAssertTrue(b.crlf, "\(name): CRLF line ends")
    }

    // The ledger read back with the brief's codes and formats is the canonical ledger.
    let a = try read(c, "ledger.csv")
    let b = try read(e, "ECRITURES.csv", erp: true)
    for h in [
      "N° écriture", "N° bail", "Date écriture", "Échéance", "Période", "Nature", "Débit", "Crédit",
      "Libellé",
    ] {
      XCTAssertTrue(b.header.contains(h), h)
    }
    let byID = Dictionary(uniqueKeysWithValues: a.rows.map { ($0["entry_id"]!, $0) })
    var thousands = false
    for r in b.rows {
      let x = try XCTUnwrap(byID[r["N° écriture"]!])
      XCTAssertEqual(x["lease_id"], r["N° bail"])
      XCTAssertEqual(x["entry_date"], Self.iso(r["Date écriture"]!))
      XCTAssertEqual(x["due_date"], Self.iso(r["Échéance"]!))
      XCTAssertEqual(x["period"], Self.iso(r["Période"]!))
      XCTAssertEqual(x["type"], Self.erpLedgerCodes[r["Nature"]!])
      XCTAssertEqual(x["label"], r["Libellé"])
      let debit = r["Débit"]!
      let credit = r["Crédit"]!
      XCTAssertTrue(debit.isEmpty != credit.isEmpty, "one of debit and credit")
      let amount =
        debit.isEmpty ? -Self.cents(credit, french: true)! : Self.cents(debit, french: true)!
      XCTAssertEqual(Self.cents(x["amount"]!), amount)
      if debit.contains(" ") || credit.contains(" ") { thousands = true }
    }
    XCTAssertTrue(thousands || !a.rows.contains { Self.cents($0["amount"]!)!.magnitude >= 100_000 })

    // Booleans and the balances' debit/credit pair.
    let households = try read(e, "MENAGES.csv", erp: true)
    XCTAssertEqual(Set(households.column("Ménage fragile")), ["oui", "non"])
    let soldes = try read(e, "SOLDES.csv", erp: true)
    let balances = try read(c, "balances.csv")
    for (x, y) in zip(balances.rows, soldes.rows) {
      let d = y["Solde débiteur"]!
      let v =
        d.isEmpty ? -Self.cents(y["Solde créditeur"]!, french: true)! : Self.cents(d, french: true)!
      XCTAssertEqual(Self.cents(x["balance"]!), v)
      XCTAssertEqual(x["as_of"], Self.iso(y["Date d'arrêté"]!))
    }
  }

  func testERPFilesAreWindows1252WithCRLF() throws {
    let (dir, summary) = try generate(.landlord, leases: 200, dialect: .erp)
    let unassigned: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
    var accented = false
    for f in summary.files {
      let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(f.name)))
      XCTAssertFalse(bytes.contains { unassigned.contains($0) }, "\(f.name): byte outside 1252")
      XCTAssertFalse(bytes.contains { $0 < 0x20 && $0 != 0x0D && $0 != 0x0A }, f.name)
      XCTAssertEqual(Array(bytes.suffix(2)), [0x0D, 0x0A], "\(f.name) ends with CRLF")
      XCTAssertNil(
        bytes.firstIndex(of: 0xC3).flatMap { i in
          i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] < 0xC0 ? i : nil
        }, "\(f.name) looks like UTF-8")
      if bytes.contains(0xE9) { accented = true }
    }
    XCTAssertTrue(accented)
    let header = [UInt8](try Data(contentsOf: dir.appendingPathComponent("ECRITURES.csv")))
      .prefix { $0 != 0x0D }
    XCTAssertTrue(header.starts(with: Array("Journal;N".utf8) + [0xB0, 0x20, 0xE9]))
  }

  func testProfileMatchesTheDialect() throws {
    let yaml = SampleGenerator.erpProfileYAML
    for line in [
      "name: erp-vaucluse", "encoding: windows-1252", "delimiter: \";\"", "decimal: \",\"",
      "thousands: space", "date_format: dd/MM/yyyy", "month_format: MM/yyyy",
      "    files: [\"ECRITURES*.csv\"]", "      entry_id: \"N° écriture\"",
      "    amount: {debit: \"Débit\", credit: \"Crédit\"}",
      "    amount: {debit: \"Solde débiteur\", credit: \"Solde créditeur\"}",
      "    constants: {scheme: \"parc\"}",
    ] {
      XCTAssertTrue(yaml.contains(line + "\n"), line)
    }
    for (erp, canonical) in Self.erpLedgerCodes {
      XCTAssertTrue(yaml.contains("\"\(erp)\": \"\(canonical)\""), erp)
    }
    // Every header the profile names exists in the file its glob selects.
    let (dir, summary) = try generate(.landlord, leases: 60, dialect: .erp)
    var file: String?
    for line in yaml.split(separator: "\n") {
      if line.hasPrefix("    files: [\"") {
        let glob = line.split(separator: "\"")[1]
        file = summary.files.first { $0.name.hasPrefix(glob.dropLast(5)) }?.name
        XCTAssertNotNil(file, String(glob))
      } else if line.hasPrefix("      "), !line.contains("{"), let file {
        let header = String(line.split(separator: "\"")[1])
        XCTAssertTrue(try read(dir, file, erp: true).header.contains(header), "\(file): \(header)")
      }
    }
    // The committed profile is the generated one.
    let committed = Self.repository.appendingPathComponent("SampleData/profiles/erp-vaucluse.yaml")
    if let text = try? String(contentsOf: committed, encoding: .utf8) {
      XCTAssertEqual(text, yaml, "SampleData/profiles/erp-vaucluse.yaml is out of date")
    }
  }

  // MARK: Association

  func testAssociation() throws {
    let (dir, summary) = try generate(.association, months: 24)
    XCTAssertEqual(
      Set(summary.files.map(\.name)), Set(Self.associationHeaders.keys.map { $0 + ".csv" }))
    let t = try readAll(dir, headers: Self.associationHeaders)
    for (kind, header) in Self.associationHeaders { XCTAssertEqual(t[kind]!.header, header, kind) }
    checkCodes(t)
    checkNoDateAfterEnd(t)
    XCTAssertEqual(t["units"]!.rows.count, 20)
    XCTAssertEqual(t["measures"]!.rows.count, 80)
    XCTAssertEqual(Set(t["units"]!.column("scheme")), ["iml"])
    XCTAssertTrue(t["units"]!.rows.contains { !$0["available_to"]!.isEmpty })
    XCTAssertTrue(t["units"]!.rows.contains { $0["available_from"]! > "2024-11-01" })
    let stays = t["stays"]!.rows
    XCTAssertEqual(
      Set(stays.filter { !$0["left_on"]!.isEmpty }.map { $0["exit_destination"]! }),
      Self.allowed["stays"]!["exit_destination"]!)
    XCTAssertEqual(Set(stays.map { $0["referral"]! }), Self.allowed["stays"]!["referral"]!)
    XCTAssertTrue(stays.contains { $0["entered_on"] == $0["left_on"] }, "same-day stay")
    XCTAssertTrue(stays.contains { $0["left_on"]!.isEmpty }, "present at the end")
    let perHousehold = Dictionary(grouping: stays, by: { $0["household_id"]! })
    XCTAssertTrue(perHousehold.values.contains { $0.count >= 2 }, "a household with two stays")
    // Stays of a unit do not overlap and fit its availability.
    let units = Dictionary(uniqueKeysWithValues: t["units"]!.rows.map { ($0["unit_id"]!, $0) })
    for (u, list) in Dictionary(grouping: stays, by: { $0["unit_id"]! }) {
      let sorted = list.sorted { $0["entered_on"]! < $1["entered_on"]! }
      for (x, y) in zip(sorted, sorted.dropFirst()) {
        XCTAssertFalse(x["left_on"]!.isEmpty)
        XCTAssertLessThanOrEqual(x["left_on"]!, y["entered_on"]!)
      }
      let from = units[u]!["available_from"]!
      let to = units[u]!["available_to"]!
      for s in list {
        if !from.isEmpty { XCTAssertGreaterThanOrEqual(s["entered_on"]!, from) }
        if !to.isEmpty { XCTAssertLessThanOrEqual(s["left_on"]!, to) }
      }
    }
    let measures = t["measures"]!.rows
    XCTAssertEqual(
      Set(measures.filter { !$0["ended_on"]!.isEmpty }.map { $0["outcome"]! }).subtracting([""]),
      Self.allowed["measures"]!["outcome"]!.subtracting([""]))
    XCTAssertEqual(Set(measures.map { $0["scheme"]! }), ["asll", "avdl", "iml", "masp", "autre"])
    let funders = measures.map { $0["funder"]! }
    XCTAssertGreaterThan(funders.filter { $0 == "metropole" }.count, funders.count / 2)
    XCTAssertTrue(measures.contains { $0["started_on"]!.isEmpty }, "never started")
    XCTAssertTrue(measures.contains { $0["first_contact_on"]!.isEmpty }, "never contacted")
    XCTAssertTrue(measures.contains { $0["ended_on"]!.hasSuffix("-01") }, "ended on a 1st")
    for m in measures {
      if !m["first_contact_on"]!.isEmpty {
        XCTAssertGreaterThanOrEqual(m["first_contact_on"]!, m["notified_on"]!)
      }
      if !m["started_on"]!.isEmpty, !m["ended_on"]!.isEmpty {
        XCTAssertGreaterThanOrEqual(m["ended_on"]!, m["started_on"]!)
      }
    }
    let households = Set(t["households"]!.column("household_id"))
    for id in measures.map({ $0["household_id"]! }) + stays.map({ $0["household_id"]! }) {
      XCTAssertTrue(households.contains(id), id)
    }
    // --leases scales the association.
    let (_, big) = try generate(.association, leases: 200, months: 24)
    XCTAssertEqual(big.rows(of: "measures"), 200)
    XCTAssertEqual(big.rows(of: "units"), 50)
  }

  func testInvalidOptions() {
    XCTAssertThrowsError(try generate(.landlord, leases: 0))
    XCTAssertThrowsError(try generate(.association, dialect: .erp))
    XCTAssertThrowsError(try generate(.landlord, months: 0))
  }

  // MARK: Committed sample data

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The options of the two committed organisations.
  static func sampleDataOptions(root: URL) -> [SampleOptions] {
    [
      SampleOptions(
        kind: .landlord, leases: 2000, months: 24, seed: 2026, end: end, dialect: .erp,
        outputDirectory: root.appendingPathComponent("bailleur-vaucluse/extracts").path,
        profilePath: root.appendingPathComponent("profiles/erp-vaucluse.yaml").path),
      SampleOptions(
        kind: .association, leases: 80, months: 24, seed: 2026, end: end, dialect: .canonical,
        outputDirectory: root.appendingPathComponent("association-toulouse/extracts").path),
    ]
  }

  /// The committed association is what the generator makes (the landlord too when
  /// `ARDOISE_SAMPLEDATA_CHECK=1`, slower in a debug build). `ARDOISE_SAMPLEDATA_WRITE=1`
  /// rewrites `SampleData/` instead.
  func testCommittedSampleDataIsUpToDate() throws {
    let env = ProcessInfo.processInfo.environment
    let sampleData = Self.repository.appendingPathComponent("SampleData")
    if env["ARDOISE_SAMPLEDATA_WRITE"] == "1" {
      for o in Self.sampleDataOptions(root: sampleData) { _ = try SampleGenerator.generate(o) }
      return
    }
    let fresh = folder()
    for (o, committed) in zip(
      Self.sampleDataOptions(root: fresh), Self.sampleDataOptions(root: sampleData))
    where o.kind == .association || env["ARDOISE_SAMPLEDATA_CHECK"] == "1" {
      let summary = try SampleGenerator.generate(o)
      for f in summary.files {
        let want = URL(fileURLWithPath: committed.outputDirectory).appendingPathComponent(f.name)
        guard let old = try? Data(contentsOf: want) else {
          XCTFail("\(want.path) is missing: run with ARDOISE_SAMPLEDATA_WRITE=1")
          continue
        }
        let new = try Data(
          contentsOf: URL(fileURLWithPath: o.outputDirectory).appendingPathComponent(f.name))
        XCTAssertEqual(old, new, "\(want.path) is out of date: run with ARDOISE_SAMPLEDATA_WRITE=1")
      }
    }
  }
}

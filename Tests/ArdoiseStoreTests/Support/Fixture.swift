import ArdoiseCore
import ArdoiseExtracts
import ArdoiseStore
import Foundation
import GRDB

/// A temporary folder of extract files and a store, for ingest tests.
final class Fixture {
  let folder: String
  let store: Store

  init(onDisk: Bool = false) throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    store = onDisk ? try Store(path: folder + "/store/ardoise.sqlite") : try Store()
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// Writes a file (UTF-8 unless bytes are given) and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let path = folder + "/" + name
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func options(
    ceiling: Double = 0.05, kind: ExtractKind? = nil, profile: MappingProfile? = nil,
    dryRun: Bool = false
  )
    -> IngestOptions
  {
    var o = IngestOptions(today: Day(iso: "2026-11-05")!)
    o.rejectCeiling = ceiling
    o.kind = kind
    o.profile = profile
    o.dryRun = dryRun
    return o
  }

  func ingest(_ paths: [String], _ options: IngestOptions? = nil) throws -> [BatchReport] {
    try Ingestor(store: store, options: options ?? self.options()).ingest(paths)
  }

  func count(_ table: String) throws -> Int {
    try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)")! }
  }

  /// Every stored row of every extract table, without batch ids, as text: to compare stores.
  func dump() throws -> [String] {
    try store.read { db in
      var out: [String] = []
      for kind in ExtractKind.loadOrder {
        let cols = kind.columns.map(\.name).joined(separator: ", ")
        let rows = try Row.fetchAll(
          db, sql: "SELECT \(cols) FROM \(kind.table) ORDER BY \(kind.key.joined(separator: ", "))")
        out += rows.map { "\(kind.rawValue): \($0)" }
      }
      return out
    }
  }

  /// A small canonical organisation covering all thirteen kinds.
  static let canonical: [String: String] = [
    "agencies.csv": "agency_id,name\nAVI,Avignon\nORA,Orange\n",
    "staff.csv":
      "staff_id,name,role,agency_id,fte,start_date,end_date\nS1,Marie Curie,recouvrement,AVI,1,2020-01-01,\nS2,Jean Moulin,contentieux,AVI,0.8,,\n",
    "units.csv":
      "unit_id,agency_id,programme,commune,typology,scheme,available_from,available_to\nU1,AVI,Les Pins,Avignon,T3,parc,,\nU2,ORA,Le Parc,Orange,T2,,,\nU3,AVI,,,,iml,2026-01-01,2026-12-31\n",
    "households.csv":
      "household_id,holder_name,adults,children,composition,resources,fragile,dalo\nH1,\"Dupont, Léa\",1,2,monoparental,salaire,oui,non\nH2,Martin Paul,2,0,couple,retraite,false,0\n",
    "leases.csv":
      "lease_id,household_id,unit_id,start_date,end_date,rent,apl,lease_type\nL1,H1,U1,2025-01-01,,612.40,250,ordinaire\nL2,H2,U2,2024-06-01,2026-09-30,480.00,,\n",
    "ledger.csv":
      "entry_id,lease_id,entry_date,due_date,period,type,amount,label\nE1,L1,2026-10-01,2026-10-05,2026-10,loyer,612.40,Loyer octobre\nE2,L1,2026-10-06,,,apl,-250,APL\nE3,L1,2026-10-10,,,paiement,-300.00,\"Règlement, CB\"\nE4,L2,2026-09-01,2026-09-05,2026-09,loyer,480,\nE5,L2,2026-09-12,,,paiement,-480,\n",
    "balances.csv": "lease_id,as_of,balance\nL1,2026-10-31,62.40\nL2,2026-10-31,0\n",
    "cases.csv": "case_id,lease_id,opened_on,closed_on,close_reason\nC1,L1,2026-03-01,,\n",
    "case_history.csv":
      "case_id,from_date,phase,staff_id\nC1,2026-03-01,amiable,S1\nC1,2026-07-01,contentieux,S2\n",
    "actions.csv":
      "action_id,date,type,staff_id,case_id,household_id,outcome\nA1,2026-03-02,relance_courrier,S1,C1,,\nA2,2026-04-10,signalement_caf,S1,,H1,envoyé\n",
    "plans.csv":
      "plan_id,case_id,signed_on,first_month,months,instalment,initial_debt,ended_on\nP1,C1,2026-04-01,2026-05,12,50,600,\n",
    "measures.csv":
      "measure_id,household_id,scheme,funder,staff_id,notified_on,first_contact_on,started_on,ended_on,outcome\nM1,H1,asll,metropole,S1,2026-01-05,2026-01-12,2026-01-15,,\n",
    "stays.csv":
      "stay_id,household_id,unit_id,entered_on,left_on,referral,exit_destination\nY1,H2,U3,2026-02-01,2026-08-01,siao,logement_social\n",
  ]

  /// Writes the canonical organisation and returns the paths, in reverse load order.
  func writeCanonical() throws -> [String] {
    try Fixture.canonical.keys.sorted().reversed().map { try write($0, Fixture.canonical[$0]!) }
  }
}

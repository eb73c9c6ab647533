import ArdoiseCore
import ArdoiseExtracts
import XCTest

/// A short seeded random-input run of the mapping layer (the long one is `make fuzz`): random
/// fields for every kind through the canonical and an ERP-like profile never crash, and every
/// row is either typed or rejected with a reason.
final class MappingFuzzTests: XCTestCase {
  struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  static let pieces = [
    "", " ", "0", "1", "-", "+", ".", ",", "12", "1 234,56", "1.234,5.6", "12.345", "2026-02-31",
    "2026-10-01", "31/10/2026", "45231", "2026-13", "10/2026", "oui", "non", "true", "€",
    "\u{00A0}",
    "\u{202F}", "loyer", "paiement", "QUIT", "amiable", "L1", "\"", "\n", "é", "\u{FEFF}",
    String(repeating: "9", count: 30), "-0.00", "+-1", "1e5", "0x1F", "NaN",
  ]

  func testRandomFieldsNeverCrashTheMapper() throws {
    let seed = UInt64(ProcessInfo.processInfo.environment["ARDOISE_FUZZ_SEED"] ?? "") ?? 20_261_123
    var rng = SplitMix(state: seed)
    var erp = MappingProfile.canonical
    erp.name = "erp"
    erp.decimal = ","
    erp.thousands = " "
    erp.dateFormat = DateFormat("dd/MM/yyyy")!
    erp.monthFormat = DateFormat("MM/yyyy")!
    var typed = 0
    var rejected = 0
    for profile in [MappingProfile.canonical, erp] {
      for kind in ExtractKind.loadOrder {
        let header = kind.columns.map(\.name)
        let mapper = RowMapper(
          plan: try HeaderPlan(header: header, kind: kind, profile: profile), profile: profile)
        for _ in 0..<600 {
          let count = rng.below(6) == 0 ? rng.below(header.count + 3) : header.count
          var fields: [String] = []
          for _ in 0..<count {
            var field = ""
            for _ in 0..<rng.below(3) { field += Self.pieces[rng.below(Self.pieces.count)] }
            fields.append(field)
          }
          switch mapper.map(fields) {
          case .row(let values, _):
            XCTAssertEqual(values.count, header.count, "seed \(seed)")
            typed += 1
          case .rejected(let reason, _):
            XCTAssertFalse(reason.isEmpty, "seed \(seed)")
            rejected += 1
          }
        }
      }
    }
    XCTAssertGreaterThan(typed, 0, "seed \(seed)")
    XCTAssertGreaterThan(rejected, 0, "seed \(seed)")
  }
}

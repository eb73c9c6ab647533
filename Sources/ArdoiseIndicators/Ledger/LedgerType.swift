import Foundation

/// The ledger entry types of extracts.md, decoded from the raw bytes of the ledger pass.
enum LedgerType: Int, CaseIterable {
  case loyer, rls, chargesRegul, reparations, frais, paiement, apl, aide, rejet, avoir
  case remboursement, perte

  /// The code in the store.
  var code: String {
    switch self {
    case .chargesRegul: "charges_regul"
    default: String(describing: self)
    }
  }

  /// Part of the billing (*quittancement*): `loyer` and `rls`.
  var isBilling: Bool { self == .loyer || self == .rls }

  /// The `source` of a collection (0 `household`: paiement + rejet, 1 `apl`, 2 `aid`), or nil
  /// when the type is not a collection.
  var collectionSource: Int? {
    switch self {
    case .paiement, .rejet: 0
    case .apl: 1
    case .aide: 2
    default: nil
    }
  }

  /// The values of the `source` dimension, by collection source.
  static let sources = ["household", "apl", "aid"]

  /// Decodes the UTF-8 bytes of a type code, or nil for a code outside the list.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let first = bytes.first else { return nil }
    let candidate: LedgerType? =
      switch (first, bytes.count) {
      case (0x6C, 5): .loyer  // l
      case (0x72, 3): .rls  // r
      case (0x72, 11): .reparations
      case (0x72, 5): .rejet
      case (0x72, 13): .remboursement
      case (0x63, 13): .chargesRegul  // c
      case (0x66, 5): .frais  // f
      case (0x70, 8): .paiement  // p
      case (0x70, 5): .perte
      case (0x61, 3): .apl  // a
      case (0x61, 4): .aide
      case (0x61, 5): .avoir
      default: nil
      }
    guard let candidate else { return nil }
    let matches = Self.codeBytes[candidate.rawValue].withUnsafeBufferPointer {
      memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }
    guard matches else { return nil }
    self = candidate
  }

  private static let codeBytes: [[UInt8]] = allCases.map { Array($0.code.utf8) }
}

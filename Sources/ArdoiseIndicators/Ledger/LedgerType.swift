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

  /// Decodes type codes from raw bytes: the first byte and the length pick the candidate, the
  /// bytes packed in two words confirm it.
  struct Decoder {
    private let words: [(UInt64, UInt64)]

    /// A decoder of the codes of ``LedgerType``.
    init() {
      words = LedgerType.allCases.map { t in
        Array(t.code.utf8).withUnsafeBufferPointer { Decoder.pack($0) }
      }
    }

    /// The type of the code `bytes`, or nil for a code outside the list.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> LedgerType? {
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
      guard let candidate, Decoder.pack(bytes) == words[candidate.rawValue] else { return nil }
      return candidate
    }

    /// The first 16 bytes in two little-endian words (codes are at most 13 bytes).
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
      var low: UInt64 = 0
      var high: UInt64 = 0
      for (i, b) in bytes.prefix(16).enumerated() {
        if i < 8 {
          low |= UInt64(b) << UInt64(i * 8)
        } else {
          high |= UInt64(b) << UInt64((i - 8) * 8)
        }
      }
      return (low, high)
    }
  }
}

import Foundation

/// Finds a lease's index from the raw UTF-8 bytes of its id, without making a `String`: the
/// ledger pass looks up millions of rows.
///
/// Open addressing over a power-of-two table, FNV-1a hash, ids kept in one byte buffer.
struct LeaseIndex {
  private var bytes: [UInt8] = []
  private var offsets: [Int] = [0]
  private var table: [Int32]
  private let mask: Int

  /// Indexes `ids`: the index of `ids[i]` is `i` (ids are unique).
  init(_ ids: [String]) {
    var size = 16
    while size < ids.count * 2 { size <<= 1 }
    table = [Int32](repeating: -1, count: size)
    mask = size - 1
    bytes.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count })
    for (i, id) in ids.enumerated() {
      bytes.append(contentsOf: id.utf8)
      offsets.append(bytes.count)
      var slot = Self.hash(id.utf8) & mask
      while table[slot] >= 0 { slot = (slot + 1) & mask }
      table[slot] = Int32(i)
    }
  }

  /// The index of the id whose UTF-8 bytes are `key`, or −1.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var slot = Self.hash(key) & mask
    return bytes.withUnsafeBufferPointer { stored in
      while true {
        let candidate = Int(table[slot])
        if candidate < 0 { return -1 }
        let start = offsets[candidate]
        if offsets[candidate + 1] - start == key.count
          && (key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0)
        {
          return candidate
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The index of `id`, or −1.
  func find(_ id: String) -> Int {
    var copy = id
    return copy.withUTF8 { find($0) }
  }

  private static func hash(_ key: some Sequence<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }
}

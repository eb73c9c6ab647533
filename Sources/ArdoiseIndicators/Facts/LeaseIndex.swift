/// Finds a lease's index from the raw UTF-8 bytes of its id, without making a `String`: the
/// ledger pass looks up millions of rows.
///
/// Open addressing over a power-of-two table; each slot keeps the upper half of the id's hash
/// next to the index, so that most probes are settled without comparing bytes. Ids are kept in
/// one byte buffer.
struct LeaseIndex {
  private let bytes: [UInt8]
  private let offsets: [Int]
  private let slots: [UInt64]
  private let mask: Int

  /// Indexes `ids`: the index of `ids[i]` is `i` (ids are unique).
  init(_ ids: [String]) {
    var size = 16
    while size < ids.count * 2 { size <<= 1 }
    var slots = [UInt64](repeating: 0, count: size)
    var bytes: [UInt8] = []
    var offsets = [0]
    for (i, id) in ids.enumerated() {
      bytes.append(contentsOf: id.utf8)
      offsets.append(bytes.count)
      let h = Array(id.utf8).withUnsafeBufferPointer { Self.hash($0) }
      var slot = Int(truncatingIfNeeded: h) & (size - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(i + 1)
    }
    self.bytes = bytes
    self.offsets = offsets
    self.slots = slots
    mask = size - 1
  }

  /// Runs `body` with a lookup valid for its duration (no copy, no bounds checks per probe).
  func withLookup<R>(_ body: (Lookup) throws -> R) rethrows -> R {
    try bytes.withUnsafeBufferPointer { b in
      try offsets.withUnsafeBufferPointer { o in
        try slots.withUnsafeBufferPointer { s in
          try body(Lookup(bytes: b, offsets: o, slots: s, mask: mask))
        }
      }
    }
  }

  /// The index of `id`, or −1.
  func find(_ id: String) -> Int {
    let key = Array(id.utf8)
    return withLookup { lookup in key.withUnsafeBufferPointer { lookup.find($0) } }
  }

  /// Lookups over the index's buffers.
  struct Lookup {
    let bytes: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int>
    let slots: UnsafeBufferPointer<UInt64>
    let mask: Int

    /// The index of the id whose UTF-8 bytes are `key`, or −1, trying first `guess` and the
    /// next index (ids are sorted, and ledgers are mostly ordered by lease, or by date then
    /// lease), which costs a sequential read instead of a random probe of the table.
    func find(_ key: UnsafeBufferPointer<UInt8>, near guess: Int) -> Int {
      if guess >= 0 && guess + 1 < offsets.count {
        if matches(guess, key) { return guess }
        if guess + 2 < offsets.count && matches(guess + 1, key) { return guess + 1 }
      }
      return find(key)
    }

    /// Whether the id of index `i` has the bytes `key`.
    func matches(_ i: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
      let start = offsets[i]
      return offsets[i + 1] - start == key.count && same(start, key)
    }

    /// The index of the id whose UTF-8 bytes are `key`, or −1.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int {
      let h = LeaseIndex.hash(key)
      let tag = h & 0xFFFF_FFFF_0000_0000
      var slot = Int(truncatingIfNeeded: h) & mask
      while true {
        let entry = slots[slot]
        if entry == 0 { return -1 }
        if entry & 0xFFFF_FFFF_0000_0000 == tag {
          let candidate = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
          let start = offsets[candidate]
          if offsets[candidate + 1] - start == key.count && same(start, key) { return candidate }
        }
        slot = (slot + 1) & mask
      }
    }

    private func same(_ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
      for i in 0..<key.count where bytes[start + i] != key[i] { return false }
      return true
    }
  }

  /// A 64-bit hash of the bytes, eight at a time.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
    var i = 0
    if let base = key.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= key.count {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        i += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while i < key.count {
        tail |= UInt64(key[i]) << shift
        shift += 8
        i += 1
      }
      h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    }
    h ^= h >> 29
    h = h &* 0xFF51_AFD7_ED55_8CCD
    return h ^ (h >> 32)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A set of byte strings (keys of a table: lease ids, case ids…) that numbers its members
/// 0, 1, 2… in insertion order and finds them from raw bytes, without making a `String`.
///
/// Ingest looks a reference up for every row and the `ledger_vs_balances` check a lease for
/// every ledger entry; a `Set<String>` would cost a string per lookup and several times the
/// memory. Keys live in one byte arena; an open-addressing table of 32-bit slots finds them.
struct ByteKeySet: ~Copyable {
  private var arena: UnsafeMutablePointer<UInt8>
  private var arenaCapacity: Int
  private var arenaCount = 0
  /// Start of each key in the arena; key `i` ends where key `i + 1` starts.
  private var starts: UnsafeMutablePointer<Int>
  private var startsCapacity: Int
  /// The number of keys.
  private(set) var count = 0
  /// Key number + 1 in each slot; 0 marks an empty slot.
  private var slots: UnsafeMutablePointer<UInt32>
  private var mask: Int

  /// An empty set.
  init() {
    arenaCapacity = 1024
    arena = .allocate(capacity: arenaCapacity)
    startsCapacity = 64
    starts = .allocate(capacity: startsCapacity + 1)
    starts[0] = 0
    mask = 127
    slots = .allocate(capacity: mask + 1)
    slots.initialize(repeating: 0, count: mask + 1)
  }

  deinit {
    arena.deallocate()
    starts.deallocate()
    slots.deallocate()
  }

  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    // FNV-1a, then a final mix so that the low bits used by the table depend on every byte.
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    h ^= h >> 29
    h = h &* 0xbf58_476d_1ce4_e5b9
    h ^= h >> 32
    return Int(truncatingIfNeeded: h)
  }

  @inline(__always)
  private func key(_ n: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: arena + starts[n], count: starts[n &+ 1] &- starts[n])
  }

  @inline(__always)
  private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard a.count == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return true }
    return memcmp(x, y, a.count) == 0
  }

  /// The number of `bytes` in the set, or -1 when they are not in it.
  @inline(__always)
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var i = Self.hash(bytes) & mask
    while true {
      let slot = Int(slots[i])
      if slot == 0 { return -1 }
      if Self.equal(key(slot &- 1), bytes) { return slot &- 1 }
      i = (i &+ 1) & mask
    }
  }

  /// The number of `text`'s UTF-8 in the set, or -1.
  func find(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { find($0) }
  }

  /// Whether `text` is in the set.
  func contains(_ text: String) -> Bool { find(text) >= 0 }

  /// Adds `bytes` if missing; returns their number.
  @discardableResult
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let found = find(bytes)
    if found >= 0 { return found }
    if arenaCount + bytes.count > arenaCapacity {
      let capacity = max(2 * arenaCapacity, arenaCount + bytes.count)
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      grown.update(from: arena, count: arenaCount)
      arena.deallocate()
      arena = grown
      arenaCapacity = capacity
    }
    if let base = bytes.baseAddress { (arena + arenaCount).update(from: base, count: bytes.count) }
    arenaCount += bytes.count
    if count == startsCapacity {
      let grown = UnsafeMutablePointer<Int>.allocate(capacity: 2 * startsCapacity + 1)
      grown.update(from: starts, count: count + 1)
      starts.deallocate()
      starts = grown
      startsCapacity *= 2
    }
    starts[count + 1] = arenaCount
    count += 1
    if 2 * count > mask + 1 {
      rehash(to: 2 * (mask + 1))
    } else {
      place(count - 1)
    }
    return count - 1
  }

  /// Adds `text`'s UTF-8 if missing; returns its number.
  @discardableResult
  mutating func insert(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { insert($0) }
  }

  private func place(_ n: Int) {
    var i = Self.hash(key(n)) & mask
    while slots[i] != 0 { i = (i &+ 1) & mask }
    slots[i] = UInt32(n + 1)
  }

  private mutating func rehash(to size: Int) {
    slots.deallocate()
    mask = size - 1
    slots = .allocate(capacity: size)
    slots.initialize(repeating: 0, count: size)
    for n in 0..<count { place(n) }
  }
}

/// A ``ByteKeySet`` that no longer changes, shared without copying.
final class FrozenKeySet {
  /// The keys.
  let keys: ByteKeySet

  /// Freezes `keys`.
  init(_ keys: consuming ByteKeySet) { self.keys = keys }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming SHA-256 (FIPS 180-4), written in plain Swift so that Ardoise needs no crypto
/// dependency to fingerprint the extracts it ingests.
///
/// Feed bytes with `update` as many times as needed, then read the digest with `finalize`,
/// which also resets the hasher so it can be used again.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("abc".utf8))
/// hasher.finalize()  // "ba7816bf…"
/// ```
public struct SHA256: Sendable {
  /// A file that could not be hashed.
  public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The path of the file.
    public var path: String
    /// Why it could not be read, in English.
    public var reason: String

    /// An error for the file at `path`.
    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    /// `cannot read <path>: <reason>`.
    public var description: String { "cannot read \(path): \(reason)" }
  }

  /// The size of the chunks `hex(ofFileAt:)` reads.
  static let fileChunkSize = 1 << 20

  private typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
  private typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

  private static let initialState: Words = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19
  )

  private var state: Words = SHA256.initialState
  /// The bytes of an incomplete block, waiting for more input (inline, no allocation).
  private var pending: Block = (0, 0, 0, 0, 0, 0, 0, 0)
  private var pendingCount = 0
  private var totalBytes: UInt64 = 0

  /// A hasher that has seen no bytes yet.
  public init() {}

  /// Adds `bytes` to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var input = bytes.baseAddress, bytes.count > 0 else { return }
    var remaining = bytes.count
    totalBytes &+= UInt64(remaining)

    if pendingCount > 0 {
      let take = min(64 - pendingCount, remaining)
      let offset = pendingCount
      withUnsafeMutableBytes(of: &pending) { block in
        (block.baseAddress! + offset).copyMemory(from: input, byteCount: take)
      }
      pendingCount += take
      input += take
      remaining -= take
      guard pendingCount == 64 else { return }
      let block = pending
      withUnsafeBytes(of: block) { Self.compress(&state, $0.baseAddress!, blocks: 1) }
      pendingCount = 0
    }

    let whole = remaining / 64
    if whole > 0 {
      Self.compress(&state, input, blocks: whole)
      input += whole * 64
      remaining -= whole * 64
    }

    if remaining > 0 {
      withUnsafeMutableBytes(of: &pending) { block in
        block.baseAddress!.copyMemory(from: input, byteCount: remaining)
      }
      pendingCount = remaining
    }
  }

  /// Adds `bytes` to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The digest of every byte given so far, as 64 lowercase hexadecimal digits.
  ///
  /// The hasher is reset afterwards, as if newly created.
  public mutating func finalize() -> String {
    let bitLength = totalBytes &* 8
    // Padding: 0x80, zeros up to 56 mod 64, then the message length in bits, big-endian.
    var tail: (Block, Block) = ((0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0))
    let count = pendingCount
    let block = pending
    let tailLength = count < 56 ? 64 : 128
    withUnsafeMutableBytes(of: &tail) { out in
      withUnsafeBytes(of: block) {
        out.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: count)
      }
      out[count] = 0x80
      out.storeBytes(of: bitLength.bigEndian, toByteOffset: tailLength - 8, as: UInt64.self)
    }
    withUnsafeBytes(of: tail) { Self.compress(&state, $0.baseAddress!, blocks: tailLength / 64) }

    let digest = state
    self = SHA256()
    return withUnsafeBytes(of: digest) { words in
      var bytes = [UInt8](repeating: 0, count: 32)
      for i in 0..<8 {
        let word = words.load(fromByteOffset: i * 4, as: UInt32.self)
        bytes[i * 4] = UInt8(truncatingIfNeeded: word >> 24)
        bytes[i * 4 + 1] = UInt8(truncatingIfNeeded: word >> 16)
        bytes[i * 4 + 2] = UInt8(truncatingIfNeeded: word >> 8)
        bytes[i * 4 + 3] = UInt8(truncatingIfNeeded: word)
      }
      return Self.hexString(bytes)
    }
  }

  /// The SHA-256 of `bytes`, as 64 lowercase hexadecimal digits.
  public static func hex(of bytes: [UInt8]) -> String {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The SHA-256 of the file at `path`, read in chunks of 1 MiB so that memory stays flat
  /// whatever the size of the file.
  ///
  /// - Throws: `SHA256.FileError` when the file cannot be opened or read.
  public static func hex(ofFileAt path: String) throws -> String {
    guard let file = fopen(path, "rb") else {
      throw FileError(path: path, reason: String(cString: strerror(errno)))
    }
    defer { fclose(file) }
    let chunk = UnsafeMutableRawPointer.allocate(byteCount: fileChunkSize, alignment: 16)
    defer { chunk.deallocate() }
    var hasher = SHA256()
    while true {
      let count = fread(chunk, 1, fileChunkSize, file)
      if count > 0 {
        hasher.update(UnsafeRawBufferPointer(start: chunk, count: count))
        continue
      }
      if ferror(file) != 0 {
        throw FileError(path: path, reason: String(cString: strerror(errno)))
      }
      return hasher.finalize()
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  private static func hexString(_ bytes: [UInt8]) -> String {
    String(unsafeUninitializedCapacity: bytes.count * 2) { out in
      for (i, byte) in bytes.enumerated() {
        out[i * 2] = hexDigits[Int(byte >> 4)]
        out[i * 2 + 1] = hexDigits[Int(byte & 0x0f)]
      }
      return bytes.count * 2
    }
  }

  /// Runs the compression function over `blocks` consecutive 64-byte blocks at `input`.
  ///
  /// The 64 rounds are unrolled, with the round constants (the first 32 bits of the fractional
  /// parts of the cube roots of the first 64 primes) as immediates and the working variables
  /// passed in rotated order, so that no value is shuffled between rounds.
  private static func compress(_ state: inout Words, _ input: UnsafeRawPointer, blocks: Int) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { schedule in
      let w = schedule.baseAddress!
      var (a, b, c, d, e, f, g, h) = state
      var block = input
      for _ in 0..<blocks {
        for t in 0..<16 {
          w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
        }
        let (a0, b0, c0, d0, e0, f0, g0, h0) = (a, b, c, d, e, f, g, h)
        round(a, b, c, &d, e, f, g, &h, 0x428a_2f98 &+ w[0])
        round(h, a, b, &c, d, e, f, &g, 0x7137_4491 &+ w[1])
        round(g, h, a, &b, c, d, e, &f, 0xb5c0_fbcf &+ w[2])
        round(f, g, h, &a, b, c, d, &e, 0xe9b5_dba5 &+ w[3])
        round(e, f, g, &h, a, b, c, &d, 0x3956_c25b &+ w[4])
        round(d, e, f, &g, h, a, b, &c, 0x59f1_11f1 &+ w[5])
        round(c, d, e, &f, g, h, a, &b, 0x923f_82a4 &+ w[6])
        round(b, c, d, &e, f, g, h, &a, 0xab1c_5ed5 &+ w[7])
        round(a, b, c, &d, e, f, g, &h, 0xd807_aa98 &+ w[8])
        round(h, a, b, &c, d, e, f, &g, 0x1283_5b01 &+ w[9])
        round(g, h, a, &b, c, d, e, &f, 0x2431_85be &+ w[10])
        round(f, g, h, &a, b, c, d, &e, 0x550c_7dc3 &+ w[11])
        round(e, f, g, &h, a, b, c, &d, 0x72be_5d74 &+ w[12])
        round(d, e, f, &g, h, a, b, &c, 0x80de_b1fe &+ w[13])
        round(c, d, e, &f, g, h, a, &b, 0x9bdc_06a7 &+ w[14])
        round(b, c, d, &e, f, g, h, &a, 0xc19b_f174 &+ w[15])
        round(a, b, c, &d, e, f, g, &h, 0xe49b_69c1 &+ expand(w, 0))
        round(h, a, b, &c, d, e, f, &g, 0xefbe_4786 &+ expand(w, 1))
        round(g, h, a, &b, c, d, e, &f, 0x0fc1_9dc6 &+ expand(w, 2))
        round(f, g, h, &a, b, c, d, &e, 0x240c_a1cc &+ expand(w, 3))
        round(e, f, g, &h, a, b, c, &d, 0x2de9_2c6f &+ expand(w, 4))
        round(d, e, f, &g, h, a, b, &c, 0x4a74_84aa &+ expand(w, 5))
        round(c, d, e, &f, g, h, a, &b, 0x5cb0_a9dc &+ expand(w, 6))
        round(b, c, d, &e, f, g, h, &a, 0x76f9_88da &+ expand(w, 7))
        round(a, b, c, &d, e, f, g, &h, 0x983e_5152 &+ expand(w, 8))
        round(h, a, b, &c, d, e, f, &g, 0xa831_c66d &+ expand(w, 9))
        round(g, h, a, &b, c, d, e, &f, 0xb003_27c8 &+ expand(w, 10))
        round(f, g, h, &a, b, c, d, &e, 0xbf59_7fc7 &+ expand(w, 11))
        round(e, f, g, &h, a, b, c, &d, 0xc6e0_0bf3 &+ expand(w, 12))
        round(d, e, f, &g, h, a, b, &c, 0xd5a7_9147 &+ expand(w, 13))
        round(c, d, e, &f, g, h, a, &b, 0x06ca_6351 &+ expand(w, 14))
        round(b, c, d, &e, f, g, h, &a, 0x1429_2967 &+ expand(w, 15))
        round(a, b, c, &d, e, f, g, &h, 0x27b7_0a85 &+ expand(w, 0))
        round(h, a, b, &c, d, e, f, &g, 0x2e1b_2138 &+ expand(w, 1))
        round(g, h, a, &b, c, d, e, &f, 0x4d2c_6dfc &+ expand(w, 2))
        round(f, g, h, &a, b, c, d, &e, 0x5338_0d13 &+ expand(w, 3))
        round(e, f, g, &h, a, b, c, &d, 0x650a_7354 &+ expand(w, 4))
        round(d, e, f, &g, h, a, b, &c, 0x766a_0abb &+ expand(w, 5))
        round(c, d, e, &f, g, h, a, &b, 0x81c2_c92e &+ expand(w, 6))
        round(b, c, d, &e, f, g, h, &a, 0x9272_2c85 &+ expand(w, 7))
        round(a, b, c, &d, e, f, g, &h, 0xa2bf_e8a1 &+ expand(w, 8))
        round(h, a, b, &c, d, e, f, &g, 0xa81a_664b &+ expand(w, 9))
        round(g, h, a, &b, c, d, e, &f, 0xc24b_8b70 &+ expand(w, 10))
        round(f, g, h, &a, b, c, d, &e, 0xc76c_51a3 &+ expand(w, 11))
        round(e, f, g, &h, a, b, c, &d, 0xd192_e819 &+ expand(w, 12))
        round(d, e, f, &g, h, a, b, &c, 0xd699_0624 &+ expand(w, 13))
        round(c, d, e, &f, g, h, a, &b, 0xf40e_3585 &+ expand(w, 14))
        round(b, c, d, &e, f, g, h, &a, 0x106a_a070 &+ expand(w, 15))
        round(a, b, c, &d, e, f, g, &h, 0x19a4_c116 &+ expand(w, 0))
        round(h, a, b, &c, d, e, f, &g, 0x1e37_6c08 &+ expand(w, 1))
        round(g, h, a, &b, c, d, e, &f, 0x2748_774c &+ expand(w, 2))
        round(f, g, h, &a, b, c, d, &e, 0x34b0_bcb5 &+ expand(w, 3))
        round(e, f, g, &h, a, b, c, &d, 0x391c_0cb3 &+ expand(w, 4))
        round(d, e, f, &g, h, a, b, &c, 0x4ed8_aa4a &+ expand(w, 5))
        round(c, d, e, &f, g, h, a, &b, 0x5b9c_ca4f &+ expand(w, 6))
        round(b, c, d, &e, f, g, h, &a, 0x682e_6ff3 &+ expand(w, 7))
        round(a, b, c, &d, e, f, g, &h, 0x748f_82ee &+ expand(w, 8))
        round(h, a, b, &c, d, e, f, &g, 0x78a5_636f &+ expand(w, 9))
        round(g, h, a, &b, c, d, e, &f, 0x84c8_7814 &+ expand(w, 10))
        round(f, g, h, &a, b, c, d, &e, 0x8cc7_0208 &+ expand(w, 11))
        round(e, f, g, &h, a, b, c, &d, 0x90be_fffa &+ expand(w, 12))
        round(d, e, f, &g, h, a, b, &c, 0xa450_6ceb &+ expand(w, 13))
        round(c, d, e, &f, g, h, a, &b, 0xbef9_a3f7 &+ expand(w, 14))
        round(b, c, d, &e, f, g, h, &a, 0xc671_78f2 &+ expand(w, 15))
        a &+= a0
        b &+= b0
        c &+= c0
        d &+= d0
        e &+= e0
        f &+= f0
        g &+= g0
        h &+= h0
        block += 64
      }
      state = (a, b, c, d, e, f, g, h)
    }
  }
}

/// The next word of the message schedule, computed in place in the ring of the last 16 words:
/// `w[t] = σ1(w[t-2]) + w[t-7] + σ0(w[t-15]) + w[t-16]`, with `i = t mod 16`.
@inline(__always)
private func expand(_ w: UnsafeMutablePointer<UInt32>, _ i: Int) -> UInt32 {
  let x = w[(i &+ 1) & 15]
  let y = w[(i &+ 14) & 15]
  let s0 = rotr(x ^ rotr(x, 11), 7) ^ (x &>> 3)  // rotr7 ^ rotr18 ^ shr3
  let s1 = rotr(y ^ rotr(y, 2), 17) ^ (y &>> 10)  // rotr17 ^ rotr19 ^ shr10
  let next = w[i] &+ s0 &+ w[(i &+ 9) & 15] &+ s1
  w[i] = next
  return next
}

/// One SHA-256 round: with the working variables `a`…`h` in that order, adds T1 to `d` and
/// makes `h` the new `a`; the caller then shifts the roles by one.
@inline(__always)
private func round(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
  _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
) {
  // Σ1(e) = rotr6(e) ^ rotr11(e) ^ rotr25(e) and Σ0(a) = rotr2(a) ^ rotr13(a) ^ rotr22(a),
  // nested to need fewer copies.
  let sigma1 = rotr(e ^ rotr(e ^ rotr(e, 14), 5), 6)
  let t1 = h &+ sigma1 &+ (g ^ (e & (f ^ g))) &+ kw
  d &+= t1
  let sigma0 = rotr(a ^ rotr(a ^ rotr(a, 9), 11), 2)
  h = t1 &+ sigma0 &+ ((a & b) | (c & (a | b)))
}

@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x &>> n) | (x &<< (32 &- n))
}

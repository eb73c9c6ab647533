/// The text encodings an extract may come in (the `encoding` of a mapping profile).
///
/// Decoding is strict: a byte sequence that is not valid in the encoding makes the whole text
/// undecodable rather than being replaced, so that a file exported in the wrong encoding is
/// refused with a clear message instead of being loaded with mangled names.
public enum TextEncoding: String, Sendable, CaseIterable {
  /// UTF-8, validated strictly (no overlong forms, no surrogates, nothing above U+10FFFF).
  case utf8 = "utf-8"
  /// Windows-1252 (the "ANSI" code page of French Windows); its five undefined bytes 0x81,
  /// 0x8D, 0x8F, 0x90 and 0x9D are invalid.
  case windows1252 = "windows-1252"
  /// ISO-8859-1 (Latin-1): every byte is the code point of the same value.
  case iso88591 = "iso-8859-1"

  /// The encoding named `name`, accepting the usual spellings whatever their case: `UTF-8`,
  /// `utf8`, `windows-1252`, `cp1252`, `win1252`, `ISO-8859-1`, `iso8859-1`, `latin1`, `latin-1`,
  /// `l1`. Nil for any other name.
  public init?(name: String) {
    let key = String(
      name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
    switch key {
    case "utf8":
      self = .utf8
    case "windows1252", "cp1252", "win1252":
      self = .windows1252
    case "iso88591", "latin1", "l1":
      self = .iso88591
    default:
      return nil
    }
  }

  /// The text of `bytes`, or nil when they hold a byte sequence that is not valid in this
  /// encoding.
  public func decode(_ bytes: UnsafeRawBufferPointer) -> String? {
    let buffer = UnsafeBufferPointer(
      start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    let ascii = Self.isASCII(buffer)
    if !ascii, firstInvalidOffset(in: buffer) != nil { return nil }
    return decodeValid(buffer, knownASCII: ascii)
  }

  /// The text of `bytes`, or nil when they hold a byte sequence that is not valid in this
  /// encoding.
  public func decode(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBytes { decode($0) }
  }
}

// MARK: - Internals shared with the CSV reader

extension TextEncoding {
  /// Whether every byte of `bytes` is below 0x80 (then every encoding reads it the same way).
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var i = 0
    var seen: UInt64 = 0
    while i &+ 8 <= count {
      seen |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      i &+= 8
    }
    while i < count {
      seen |= UInt64(base[i])
      i &+= 1
    }
    return seen & 0x8080_8080_8080_8080 == 0
  }

  /// The offset of the first byte that starts an invalid sequence, or nil when `bytes` is valid.
  func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    switch self {
    case .utf8:
      return Self.firstInvalidUTF8(bytes)
    case .windows1252:
      // The five bytes CP1252.TXT leaves unassigned.
      return bytes.firstIndex { $0 == 0x81 || $0 == 0x8D || $0 == 0x8F || $0 == 0x90 || $0 == 0x9D }
    case .iso88591:
      return nil
    }
  }

  /// Why the byte at `offset` of `bytes` (found by `firstInvalidOffset`) is invalid, in English.
  func invalidReason(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
    let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
    switch self {
    case .utf8:
      return "invalid UTF-8 sequence starting with byte \(byte)"
    case .windows1252, .iso88591:
      return "byte \(byte) is not valid \(rawValue)"
    }
  }

  /// The text of `bytes`, which must be valid in this encoding; `knownASCII` skips the
  /// transcoding of single-byte encodings when the caller has checked that every byte is ASCII.
  @inline(__always)
  func decodeValid(_ bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool) -> String {
    if knownASCII || self == .utf8 { return String(decoding: bytes, as: UTF8.self) }
    if Self.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
    let table = self == .windows1252 ? Self.windows1252CodePoints : Self.latin1CodePoints
    return table.withUnsafeBufferPointer { Self.transcode(bytes, table: $0) }
  }

  /// Marks the undefined bytes of a single-byte table.
  static let undefined: UInt32 = 0xFFFF_FFFF

  /// The code point of every Windows-1252 byte (`undefined` for the five unassigned ones), from
  /// the Unicode mapping table CP1252.TXT.
  static let windows1252CodePoints: [UInt32] = {
    let high: [UInt32] = [
      0x20AC, undefined, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80-0x87
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017D, undefined,  // 0x88-0x8F
      undefined, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90-0x97
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, undefined, 0x017E, 0x0178,  // 0x98-0x9F
    ]
    var table = (0..<256).map { UInt32($0) }
    for (i, codePoint) in high.enumerated() { table[0x80 + i] = codePoint }
    return table
  }()

  /// ISO-8859-1: the identity.
  static let latin1CodePoints: [UInt32] = (0..<256).map { UInt32($0) }

  /// Converts single-byte text to a String through `table` (byte → code point), writing the
  /// UTF-8 straight into the string's storage.
  private static func transcode(
    _ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>
  ) -> String {
    var length = 0
    for byte in bytes {
      let codePoint = table[Int(byte)]
      length &+= codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : 3
    }
    return String(unsafeUninitializedCapacity: length) { out in
      var j = 0
      for byte in bytes {
        let codePoint = table[Int(byte)]
        if codePoint < 0x80 {
          out[j] = UInt8(truncatingIfNeeded: codePoint)
          j &+= 1
        } else if codePoint < 0x800 {
          out[j] = UInt8(truncatingIfNeeded: 0xC0 | (codePoint >> 6))
          out[j &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (codePoint & 0x3F))
          j &+= 2
        } else {
          out[j] = UInt8(truncatingIfNeeded: 0xE0 | (codePoint >> 12))
          out[j &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((codePoint >> 6) & 0x3F))
          out[j &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (codePoint & 0x3F))
          j &+= 3
        }
      }
      return j
    }
  }

  /// The offset of the first byte of the first ill-formed sequence (Unicode 15, table 3-7), or
  /// nil when `bytes` is well-formed UTF-8.
  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
    var i = 0
    while i < count {
      if i &+ 8 <= count,
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i &+= 8
        continue
      }
      let lead = base[i]
      if lead < 0x80 {
        i &+= 1
      } else if lead < 0xC2 {
        return i  // a continuation byte without a lead, or an overlong 2-byte form
      } else if lead < 0xE0 {
        guard i &+ 1 < count, isContinuation(base[i &+ 1]) else { return i }
        i &+= 2
      } else if lead < 0xF0 {
        guard i &+ 2 < count else { return i }
        let second = base[i &+ 1]
        let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80  // E0 80..9F would be overlong
        let high: UInt8 = lead == 0xED ? 0x9F : 0xBF  // ED A0..BF would be a surrogate
        guard second >= low, second <= high, isContinuation(base[i &+ 2]) else { return i }
        i &+= 3
      } else if lead < 0xF5 {
        guard i &+ 3 < count else { return i }
        let second = base[i &+ 1]
        let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80  // F0 80..8F would be overlong
        let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF  // F4 90.. would be above U+10FFFF
        guard second >= low, second <= high, isContinuation(base[i &+ 2]),
          isContinuation(base[i &+ 3])
        else { return i }
        i &+= 4
      } else {
        return i
      }
    }
    return nil
  }
}

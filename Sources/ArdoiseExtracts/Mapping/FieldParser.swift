public import ArdoiseCore

/// Parses the text of one field as its column type says, with the profile's conventions.
///
/// Every failure returns a reason in English that names the value and what was expected; the
/// caller adds the column name.
public struct FieldParser: Sendable {
  let decimal: UInt8
  let thousands: [UInt8]?
  let dateFormat: DateFormat
  let monthFormat: DateFormat
  /// Whether the formats are the canonical `yyyy-MM-dd` and `yyyy-MM` (read without the
  /// general pattern walk).
  let isoDates: Bool
  let isoMonths: Bool

  /// A parser for a profile's number and date conventions.
  public init(profile: MappingProfile) {
    decimal = profile.decimal.asciiValue ?? UInt8(ascii: ".")
    thousands = profile.thousands.map { Array(String($0).utf8) }
    dateFormat = profile.dateFormat
    monthFormat = profile.monthFormat
    isoDates = profile.dateFormat.description == "yyyy-MM-dd"
    isoMonths = profile.monthFormat.description == "yyyy-MM"
  }

  /// An amount in euros with at most two decimals, as cents.
  public func amount(_ text: Substring) -> Result<Int64, FieldError> {
    var text = text
    let (value, fault) = text.withUTF8 { amountValue($0) }
    switch fault {
    case nil: return .success(value)
    case .tooManyDecimals: return .failure(.init("'\(text)' has more than 2 decimals"))
    case .tooLarge: return .failure(.init("'\(text)' is too large"))
    case .badGrouping: return .failure(badGrouping(text))
    case .notAnAmount: return .failure(.init("'\(text)' is not an amount" + expectation))
    }
  }

  /// Why the bytes of an amount do not read as one.
  enum AmountFault {
    case tooManyDecimals, tooLarge, badGrouping, notAnAmount
  }

  /// The cents of an amount's bytes, or why they are not an amount (the value is then 0).
  @inline(__always)
  func amountValue(_ u: UnsafeBufferPointer<UInt8>) -> (Int64, AmountFault?) {
    var i = 0
    let count = u.count
    var negative = false
    if i < count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") {
      negative = u[i] == UInt8(ascii: "-")
      i += 1
    }
    var euros: Int64 = 0
    var intDigits = 0
    var groupDigits = 0  // digits since the last thousands separator
    var grouped = false
    var cents: Int64 = 0
    var fracDigits = 0
    var sawDecimal = false
    while i < count {
      let c = u[i]
      if c >= 0x30, c <= 0x39 {
        if sawDecimal {
          fracDigits += 1
          guard fracDigits <= 2 else { return (0, .tooManyDecimals) }
          cents = cents * 10 + Int64(c - 0x30)
        } else {
          intDigits += 1
          groupDigits += 1
          guard intDigits <= 15 else { return (0, .tooLarge) }
          euros = euros * 10 + Int64(c - 0x30)
        }
        i += 1
      } else if c == decimal, !sawDecimal {
        if grouped, groupDigits != 3 { return (0, .badGrouping) }
        sawDecimal = true
        i += 1
      } else if let t = thousands, !sawDecimal, count - i >= t.count,
        t.elementsEqual(u[i..<(i + t.count)])
      {
        // Groups: 1–3 digits first, then exactly 3 between separators.
        if intDigits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3) {
          return (0, .badGrouping)
        }
        grouped = true
        groupDigits = 0
        i += t.count
      } else {
        return (0, .notAnAmount)
      }
    }
    if grouped, !sawDecimal, groupDigits != 3 { return (0, .badGrouping) }
    guard intDigits > 0, !sawDecimal || fracDigits > 0 else { return (0, .notAnAmount) }
    if fracDigits == 1 { cents *= 10 }
    let value = euros * 100 + cents
    return (negative ? -value : value, nil)
  }

  var expectation: String {
    let d = Character(UnicodeScalar(decimal))
    return " (expected digits with '\(d)' before at most 2 decimals, e.g. 1234\(d)56)"
  }

  func badGrouping(_ text: Substring) -> FieldError {
    .init("'\(text)' has misplaced thousands separators")
  }

  /// A date in the profile's date format.
  public func date(_ text: Substring) -> Result<Day, FieldError> {
    guard let p = dateFormat.parse(text.utf8), let d = Day(year: p.year, month: p.month, day: p.day)
    else { return .failure(.init("'\(text)' is not a valid date (expected \(dateFormat))")) }
    return .success(d)
  }

  /// The `yyyymmdd` of a date's bytes in the profile's date format, or nil when they are not
  /// one; the same dates as ``date(_:)``.
  @inline(__always)
  func dateValue(_ u: UnsafeBufferPointer<UInt8>) -> Int64? {
    if isoDates {
      guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D, let y = Self.digits(u, 0, 4),
        let m = Self.digits(u, 5, 2), let d = Self.digits(u, 8, 2), y >= 1, m >= 1, m <= 12,
        d >= 1, d <= Day.daysIn(year: y, month: m)
      else { return nil }
      return Int64(y * 10000 + m * 100 + d)
    }
    guard let p = dateFormat.parse(bytes: u), (1...9999).contains(p.year) else { return nil }
    return Int64(p.year * 10000 + p.month * 100 + p.day)
  }

  /// The number written by the `count` ASCII digits at `from`, or nil.
  @inline(__always)
  static func digits(_ u: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int) -> Int? {
    var v = 0
    for i in from..<(from + count) {
      let c = u[i] &- 0x30
      guard c <= 9 else { return nil }
      v = v * 10 + Int(c)
    }
    return v
  }

  /// The `yyyymm` of a month's bytes in the profile's month format, or nil when they are not
  /// one; the same months as ``month(_:)``.
  @inline(__always)
  func monthValue(_ u: UnsafeBufferPointer<UInt8>) -> Int64? {
    if isoMonths {
      guard u.count == 7, u[4] == 0x2D, let y = Self.digits(u, 0, 4),
        let m = Self.digits(u, 5, 2), y >= 1, m >= 1, m <= 12
      else { return nil }
      return Int64(y * 100 + m)
    }
    guard let p = monthFormat.parse(bytes: u), Month(year: p.year, month: p.month) != nil else {
      return nil
    }
    return Int64(p.year * 100 + p.month)
  }

  /// A month in the profile's month format.
  public func month(_ text: Substring) -> Result<Month, FieldError> {
    guard let p = monthFormat.parse(text.utf8), let m = Month(year: p.year, month: p.month) else {
      return .failure(.init("'\(text)' is not a valid month (expected \(monthFormat))"))
    }
    return .success(m)
  }

  /// A whole number ≥ 0.
  public func integer(_ text: Substring) -> Result<Int64, FieldError> {
    guard !text.isEmpty, text.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let v = Int64(text)
    else { return .failure(.init("'\(text)' is not a whole number ≥ 0")) }
    return .success(v)
  }

  /// A decimal number ≥ 0 with the profile's decimal separator.
  public func decimalNumber(_ text: Substring) -> Result<Double, FieldError> {
    let d = Character(UnicodeScalar(decimal))
    let parts = text.split(separator: d, omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty,
      parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && $0.count <= 6 }),
      parts.count == 1 || !parts[1].isEmpty,
      let v = Double(parts.joined(separator: "."))
    else { return .failure(.init("'\(text)' is not a number ≥ 0")) }
    return .success(v)
  }

  /// A boolean: `true`/`false`, `1`/`0`, `oui`/`non` (any case).
  public func boolean(_ text: Substring) -> Result<Bool, FieldError> {
    switch text.lowercased() {
    case "true", "1", "oui": .success(true)
    case "false", "0", "non": .success(false)
    default: .failure(.init("'\(text)' is not a boolean (expected true/false, 1/0 or oui/non)"))
    }
  }
}

/// Why a field's text could not be read.
public struct FieldError: Error, Sendable, Equatable {
  /// The reason, naming the value.
  public var reason: String
  init(_ reason: String) { self.reason = reason }
}

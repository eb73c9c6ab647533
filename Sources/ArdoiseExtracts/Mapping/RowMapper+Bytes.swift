import ArdoiseCore

extension RowMapper {
  /// Maps the fields of the record a ``CSVReader`` has just read, in place: the hot path of
  /// ingest, which makes no string and allocates nothing.
  ///
  /// Returns true when `values` (one per canonical column, sized by the caller) holds the row
  /// that ``map(_:)`` would give, with no warning. Returns false when the record needs the
  /// general path — a rejection (whose reasons that path words), a warning, a quoted field with
  /// doubled quotes, non-ASCII text in a single-byte encoding, spaces next to non-ASCII text —
  /// and then `values` is meaningless.
  public func map(_ fields: CSVFields, into values: inout [RowValue]) -> Bool {
    guard let fast, fields.count == plan.fieldCount, fields.malformed == nil,
      fields.isASCII || fast.utf8
    else { return false }
    let parser = self.parser
    let ok = values.withUnsafeMutableBufferPointer { out -> Bool in
      fast.columns.withUnsafeBufferPointer { columns -> Bool in
        for i in 0..<columns.count {
          let column = columns[i]
          var bytes: UnsafeBufferPointer<UInt8>
          switch column.source {
          case .fixed(let v):
            out[i] = v
            continue
          case .field(let f):
            guard !fields.isEscaped(f), let t = Self.trimmed(fields[f]) else { return false }
            bytes = t
          case .debitCredit(let d, let c, let blank):
            guard !fields.isEscaped(d), !fields.isEscaped(c), let debit = Self.trimmed(fields[d]),
              let credit = Self.trimmed(fields[c])
            else { return false }
            if debit.isEmpty && credit.isEmpty {
              guard let blank else { return false }
              out[i] = blank
              continue
            }
            var total: Int64 = 0
            if !debit.isEmpty {
              let (v, fault) = parser.amountValue(debit)
              guard fault == nil else { return false }
              total += v
            }
            if !credit.isEmpty {
              let (v, fault) = parser.amountValue(credit)
              guard fault == nil else { return false }
              total -= v
            }
            out[i] = .integer(total)
            continue
          }
          if column.mapped.count > 0 {
            guard Self.isASCII(bytes) else { return false }
            for m in column.mapped where Self.equal(fast.mapKeys[m], bytes) {
              bytes = fast.mapValues[m]
              break
            }
          }
          if bytes.isEmpty || (column.hasDefault && Self.equal(bytes, column.defaultText)) {
            guard column.hasEmpty else { return false }
            out[i] = column.empty
            continue
          }
          switch column.type {
          case .text:
            out[i] = .text(bytes)
          case .date:
            guard let v = parser.dateValue(bytes) else { return false }
            out[i] = .integer(v)
          case .month:
            guard let v = parser.monthValue(bytes) else { return false }
            out[i] = .integer(v)
          case .amount:
            let (v, fault) = parser.amountValue(bytes)
            guard fault == nil else { return false }
            out[i] = .integer(v)
          case .integer:
            guard bytes.count <= 9 else { return false }
            var v: Int64 = 0
            for b in bytes {
              guard b >= 0x30, b <= 0x39 else { return false }
              v = v &* 10 &+ Int64(b &- 0x30)
            }
            out[i] = .integer(v)
          case .decimal:
            guard
              case .success(let v) = parser.decimalNumber(
                Substring(String(decoding: bytes, as: UTF8.self)))
            else { return false }
            out[i] = .real(v)
          case .boolean:
            guard let v = Self.boolean(bytes) else { return false }
            out[i] = .integer(v)
          case .code, .openCode:
            guard Self.isASCII(bytes),
              column.codes.contains(where: { Self.equal(fast.codes[$0], bytes) })
            else { return false }
            out[i] = .text(bytes)
          }
        }
        return true
      }
    }
    return ok && fastKindRules(&values)
  }

  /// ``applyKindRules(_:_:)`` on values read in place; false when a rule rejects the row.
  @inline(__always)
  func fastKindRules(_ values: inout [RowValue]) -> Bool {
    for (s, e) in dateOrder {
      if let a = values[s].integer, let b = values[e].integer, b < a { return false }
    }
    switch plan.kind {
    case .ledger:
      if values[3].isNull { values[3] = values[2] }
      if values[4].isNull, let due = values[3].integer { values[4] = .integer(due / 100) }
    case .actions:
      if values[4].isNull && values[5].isNull { return false }
    case .plans:
      if let m = values[4].integer, m < 1 { return false }
    default: break
    }
    return true
  }

  /// The field without the spaces and tabs that `trimmingSpaces` removes, or nil when that
  /// needs the general path (a no-break space at an end, or spaces next to non-ASCII text).
  @inline(__always)
  static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let n = b.count
    if n == 0 { return b }
    let first = b[0]
    let last = b[n &- 1]
    // `trimmingSpaces` removes whole characters equal to a space, a tab, U+00A0 or U+202F: none
    // at an end whose first (last) scalar is something else.
    let leading = first <= 0x20 || first == 0xC2 || first == 0xE2
    let trailing =
      last <= 0x20 || (last == 0xA0 && n >= 2 && b[n &- 2] == 0xC2)
      || (last == 0xAF && n >= 3 && b[n &- 2] == 0x80 && b[n &- 3] == 0xE2)
    if !leading && !trailing { return b }
    var s = 0
    var e = n
    while s < e, b[s] == 0x20 || b[s] == 0x09 { s &+= 1 }
    if s == e { return UnsafeBufferPointer(rebasing: b[0..<0]) }
    while b[e &- 1] == 0x20 || b[e &- 1] == 0x09 { e &-= 1 }
    // Where spaces were removed, what remains must start (end) with visible ASCII, so that they
    // were characters of their own, as `trimmingSpaces` sees them.
    if leading, b[s] <= 0x20 || b[s] >= 0x80 { return nil }
    if trailing, b[e &- 1] <= 0x20 || b[e &- 1] >= 0x80 { return nil }
    return UnsafeBufferPointer(rebasing: b[s..<e])
  }

  @inline(__always)
  static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in b where byte >= 0x80 { return false }
    return true
  }

  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
  }

  /// `true`/`false`, `1`/`0`, `oui`/`non` in any case, as 1 or 0; nil for anything else.
  static func boolean(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard b.count <= 5 else { return nil }
    var lower: [UInt8] = []
    for byte in b {
      guard byte < 0x80 else { return nil }
      lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    switch String(decoding: lower, as: UTF8.self) {
    case "true", "1", "oui": return 1
    case "false", "0", "non": return 0
    default: return nil
    }
  }
}

/// What the in-place path of a ``RowMapper`` needs, computed once per file: where each column
/// comes from, and the texts of defaults, constants, mapped codes and code lists.
///
/// Immutable after its creation; it owns the bytes its values point to.
final class FastPlan: @unchecked Sendable {
  enum ValueType {
    case text, date, month, amount, integer, decimal, boolean, code, openCode
  }

  enum Source {
    /// A constant of the profile or an absent column: the same value on every row.
    case fixed(RowValue)
    case field(Int)
    /// Debit and credit fields, and the value when both are empty (nil: a rejection).
    case debitCredit(Int, Int, RowValue?)
  }

  struct Column {
    var source: Source
    var type: ValueType
    /// The value of a field empty once trimmed and mapped (null or the default's), when that
    /// is not a rejection.
    var hasEmpty: Bool
    var empty: RowValue
    /// The default text: a field equal to it has the empty field's value.
    var hasDefault: Bool
    var defaultText: UnsafeBufferPointer<UInt8>
    /// Indexes in `mapKeys` and `mapValues` of the profile's code map of the column.
    var mapped: Range<Int>
    /// Indexes in `codes` of the allowed (or known) codes.
    var codes: Range<Int>
  }

  /// The bytes the plan's values point to.
  private final class Storage {
    var buffers: [UnsafeMutableBufferPointer<UInt8>] = []

    /// A copy of `text`'s UTF-8.
    func keep(_ text: String) -> UnsafeBufferPointer<UInt8> {
      let bytes = Array(text.utf8)
      let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
      _ = buffer.initialize(from: bytes)
      buffers.append(buffer)
      return UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
    }

    func keep(_ value: FieldValue) -> RowValue {
      switch value {
      case .null: .null
      case .integer(let v): .integer(v)
      case .real(let v): .real(v)
      case .text(let s): .text(keep(s))
      }
    }

    deinit { for b in buffers { b.deallocate() } }
  }

  let columns: [Column]
  /// Whether the file is UTF-8 (then its non-ASCII bytes are stored as they are).
  let utf8: Bool
  let mapKeys: [UnsafeBufferPointer<UInt8>]
  let mapValues: [UnsafeBufferPointer<UInt8>]
  let codes: [UnsafeBufferPointer<UInt8>]
  private let storage: Storage

  private init(
    columns: [Column], utf8: Bool, mapKeys: [UnsafeBufferPointer<UInt8>],
    mapValues: [UnsafeBufferPointer<UInt8>], codes: [UnsafeBufferPointer<UInt8>],
    storage: Storage
  ) {
    self.columns = columns
    self.utf8 = utf8
    self.mapKeys = mapKeys
    self.mapValues = mapValues
    self.codes = codes
    self.storage = storage
  }

  /// The plan of `mapper`, or nil when its profile needs the general path on every row (a
  /// constant that does not read as its column, a code map with non-ASCII keys).
  static func make(_ mapper: RowMapper, utf8: Bool) -> FastPlan? {
    let storage = Storage()
    var columns: [Column] = []
    var mapKeys: [UnsafeBufferPointer<UInt8>] = []
    var mapValues: [UnsafeBufferPointer<UInt8>] = []
    var codes: [UnsafeBufferPointer<UInt8>] = []
    /// The value `mapper` gives column `i` for `text` (trimmed, its code mapped), or nil when
    /// that is a rejection or a warning.
    func value(_ text: String, column i: Int) -> RowValue? {
      var values = [FieldValue](repeating: .null, count: mapper.columns.count)
      var errors: [(RejectCategory, String)] = []
      var warnings: [String] = []
      mapper.typed(text, column: i, &values, &errors, &warnings)
      guard errors.isEmpty, warnings.isEmpty else { return nil }
      return storage.keep(values[i])
    }
    for (i, column) in mapper.columns.enumerated() {
      let type: ValueType
      var allowed: [String] = []
      switch column.type {
      case .text, .reference: type = .text
      case .date: type = .date
      case .month: type = .month
      case .amount: type = .amount
      case .integer: type = .integer
      case .decimal: type = .decimal
      case .boolean: type = .boolean
      case .code(let list):
        type = .code
        allowed = list
      case .openCode(let list):
        type = .openCode
        allowed = list
      }
      let table = mapper.plan.codes[i]
      let empty = value("", column: i)
      // An absent column, or empty debit and credit, read as an empty text, mapped.
      let blank = value(table?[""] ?? "", column: i)
      let source: Source
      switch mapper.plan.sources[i] {
      case .absent:
        guard let blank else { return nil }
        source = .fixed(blank)
      case .constant(let c):
        guard let v = value(table?[c] ?? c, column: i) else { return nil }
        source = .fixed(v)
      case .field(let f): source = .field(f)
      case .debitCredit(let d, let c): source = .debitCredit(d, c, blank)
      }
      let mapStart = mapKeys.count
      if let table {
        // Keys are compared as bytes: only ASCII keys compare like strings.
        for (key, mapped) in table.sorted(by: { $0.key < $1.key }) {
          guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
          mapKeys.append(storage.keep(key))
          mapValues.append(storage.keep(mapped))
        }
      }
      let codeStart = codes.count
      for code in allowed {
        guard code.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        codes.append(storage.keep(code))
      }
      let defaultText = column.defaultText.map { storage.keep($0) }
      columns.append(
        Column(
          source: source, type: type, hasEmpty: empty != nil, empty: empty ?? .null,
          hasDefault: defaultText != nil,
          defaultText: defaultText ?? UnsafeBufferPointer(start: nil, count: 0),
          mapped: mapStart..<mapKeys.count, codes: codeStart..<codes.count))
    }
    return FastPlan(
      columns: columns, utf8: utf8, mapKeys: mapKeys, mapValues: mapValues, codes: codes,
      storage: storage)
  }
}

import ArdoiseCore
import Foundation

/// How a file is written: the canonical form or the landlord's ERP dialect.
struct CSVFormat {
  /// The field separator.
  let delimiter: UInt8
  /// Whether lines end with CRLF (else LF).
  let crlf: Bool
  /// Whether text is encoded in Windows-1252 (else UTF-8).
  let windows1252: Bool
  /// Whether numbers use a decimal comma and a space between thousands.
  let frenchNumbers: Bool
  /// Whether dates are `dd/MM/yyyy` and months `MM/yyyy` (else ISO).
  let frenchDates: Bool
  /// Whether booleans are `oui`/`non` (else `true`/`false`).
  let frenchBooleans: Bool
  /// Whether coded columns carry the ERP codes (else the canonical codes).
  let erpCodes: Bool
  /// Whether signed amounts are split into debit and credit fields.
  let splitAmounts: Bool
  /// Whether the ERP's column layout (order, extras, constants left out) is used.
  let erpLayout: Bool

  /// UTF-8, `,`, LF, ISO dates, `.` decimals, canonical codes.
  static let canonical = CSVFormat(
    delimiter: UInt8(ascii: ","), crlf: false, windows1252: false, frenchNumbers: false,
    frenchDates: false, frenchBooleans: false, erpCodes: false, splitAmounts: false,
    erpLayout: false)

  /// Windows-1252, `;`, CRLF, `dd/MM/yyyy`, `1 234,56`, debit/credit, ERP codes.
  static let erp = CSVFormat(
    delimiter: UInt8(ascii: ";"), crlf: true, windows1252: true, frenchNumbers: true,
    frenchDates: true, frenchBooleans: true, erpCodes: true, splitAmounts: true, erpLayout: true)
}

/// A buffered CSV file writer: fields are formatted straight into a 1 MiB buffer that is
/// written with `fwrite` when full, so that memory stays flat whatever the file's size.
///
/// Fields are given in the table's canonical order; the writer applies the dialect (encoding,
/// separators, number and date formats, codes, debit/credit split, ERP column order).
final class CSVWriter {
  /// The file's path.
  let path: String
  /// The table written.
  let table: TableSpec
  /// The dialect.
  let format: CSVFormat
  /// Data rows written so far (the header excluded).
  private(set) var rows = 0
  /// Bytes written to the file so far.
  private(set) var bytesWritten: Int64 = 0

  private static let flushThreshold = 1 << 20
  private var file: UnsafeMutablePointer<FILE>?
  private var buffer: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  private var fieldIndex = 0
  private var columnIndex = 0
  private let fieldsPerRow: Int
  private let permutation: [Int]?
  private var rowStart = 0
  private var fieldStarts: [Int] = []
  private var scratch: [UInt8] = []
  private var unencodable: Unicode.Scalar?
  private var ioFailed = false
  private var extras: [String] = []

  /// Opens (creates or truncates) `path` and writes the header.
  init(path: String, table: TableSpec, format: CSVFormat) throws(SampleError) {
    self.path = path
    self.table = table
    self.format = format
    guard let f = fopen(path, "wb") else {
      throw .io(path: path, reason: String(cString: strerror(errno)))
    }
    file = f
    capacity = Self.flushThreshold + (1 << 18)
    buffer = .allocate(capacity: capacity)
    let header = format.erpLayout ? table.erpHeader : table.canonicalHeader
    fieldsPerRow =
      format.erpLayout
      ? table.erpLogicalHeader.count - table.erpExtras.count : table.columns.count
    permutation = format.erpLayout ? table.erpPermutation : nil
    encode(CSVLine.make(header, delimiter: Character(Unicode.Scalar(format.delimiter))))
    lineEnd()
    rowStart = count
  }

  deinit {
    buffer.deallocate()
    if let file { fclose(file) }
  }

  // MARK: Fields

  /// A text field, quoted when it holds the separator, a quote or a line break.
  func text(_ value: String?) {
    guard column() else { return }
    guard let value, !value.isEmpty else { return }
    let d = format.delimiter
    var needsQuotes = false
    for b in value.utf8 where b == d || b == 0x22 || b == 0x0A || b == 0x0D {
      needsQuotes = true
      break
    }
    encode(needsQuotes ? CSVLine.quoted(value, delimiter: Character(Unicode.Scalar(d))) : value)
  }

  /// A coded field: the canonical code, or the ERP code in the ERP dialect.
  func code<C: SampleCode>(_ value: C?) {
    guard column() else { return }
    guard let value else { return }
    encode(format.erpCodes ? value.erp : value.rawValue)
  }

  /// An identifier `prefix` + `number` zero-padded to `width` digits.
  func id(_ prefix: UInt8, _ number: Int, width: Int) {
    guard column() else { return }
    ensure(24)
    put(prefix)
    digits(UInt64(number), width: width)
  }

  /// An identifier field with an optional value (`nil` writes an empty field).
  func id(_ prefix: UInt8, _ number: Int?, width: Int) {
    if let number {
      id(prefix, number, width: width)
    } else {
      _ = column()
    }
  }

  /// A whole number.
  func int(_ value: Int?) {
    guard column() else { return }
    guard let value else { return }
    ensure(24)
    if value < 0 { put(0x2D) }
    digits(UInt64(value.magnitude), width: 1)
  }

  /// A decimal in tenths (`8` → `0.8`, `10` → `1`), for full-time equivalents.
  func tenths(_ value: Int) {
    guard column() else { return }
    ensure(24)
    digits(UInt64(value / 10), width: 1)
    if value % 10 != 0 {
      put(format.frenchNumbers ? 0x2C : 0x2E)
      digits(UInt64(value % 10), width: 1)
    }
  }

  /// A date.
  func day(_ value: Day?) {
    guard column() else { return }
    guard let value else { return }
    ensure(12)
    let p = value.parts
    if format.frenchDates {
      digits(UInt64(p.day), width: 2)
      put(0x2F)
      digits(UInt64(p.month), width: 2)
      put(0x2F)
      digits(UInt64(p.year), width: 4)
    } else {
      digits(UInt64(p.year), width: 4)
      put(0x2D)
      digits(UInt64(p.month), width: 2)
      put(0x2D)
      digits(UInt64(p.day), width: 2)
    }
  }

  /// A month.
  func month(_ value: Month?) {
    guard column() else { return }
    guard let value else { return }
    ensure(12)
    if format.frenchDates {
      digits(UInt64(value.month), width: 2)
      put(0x2F)
      digits(UInt64(value.year), width: 4)
    } else {
      digits(UInt64(value.year), width: 4)
      put(0x2D)
      digits(UInt64(value.month), width: 2)
    }
  }

  /// A boolean.
  func bool(_ value: Bool?) {
    guard column() else { return }
    guard let value else { return }
    if format.frenchBooleans {
      encode(value ? "oui" : "non")
    } else {
      encode(value ? "true" : "false")
    }
  }

  /// An amount in euros from cents (`-1234.56`, or `-1 234,56` in French numbers).
  func amount(_ value: Cents?) {
    guard column() else { return }
    guard let value else { return }
    money(value)
  }

  /// A signed amount: one field, or the debit and credit fields of the ERP dialect (a zero
  /// amount is written as a zero debit).
  func signedAmount(_ value: Cents) {
    guard column() else { return }
    guard format.splitAmounts else {
      money(value)
      return
    }
    if value >= 0 {
      money(value)
      begin()
    } else {
      begin()
      money(-value)
    }
  }

  /// Ends the row: checks the field count, reorders the fields for the ERP layout and writes
  /// the line end.
  func endRow() {
    precondition(fieldIndex == fieldsPerRow, "\(table.kind): \(fieldIndex) fields")
    if let permutation {
      fieldStarts.append(count)
      scratch.removeAll(keepingCapacity: true)
      scratch.append(
        contentsOf: UnsafeBufferPointer(start: buffer + rowStart, count: count - rowStart))
      count = rowStart
      ensure(scratch.count + permutation.count + 8)
      for (i, logical) in permutation.enumerated() {
        if i > 0 { put(format.delimiter) }
        if logical < fieldsPerRow {
          let a = fieldStarts[logical] - rowStart
          let b = fieldStarts[logical + 1] - rowStart
          scratch.withUnsafeBufferPointer { put(UnsafeBufferPointer(rebasing: $0[a..<b])) }
        } else {
          writeExtra(logical - fieldsPerRow)
        }
      }
      fieldStarts.removeAll(keepingCapacity: true)
    } else if format.erpLayout {
      for i in 0..<table.erpExtras.count {
        ensure(1)
        put(format.delimiter)
        writeExtra(i)
      }
    }
    lineEnd()
    rows += 1
    fieldIndex = 0
    columnIndex = 0
    if count >= Self.flushThreshold { flush() }
    rowStart = count
  }

  /// Sets the values of the ERP's unmapped extra columns for the current row (ignored in the
  /// canonical form).
  func setExtras(_ values: [String]) {
    extras = values
  }

  /// Flushes and closes the file; reports a character the encoding cannot hold.
  func close() throws(SampleError) {
    flush()
    if let file {
      let failed = ioFailed || ferror(file) != 0
      fclose(file)
      self.file = nil
      if failed { throw .io(path: path, reason: "write failed") }
    }
    if let unencodable {
      throw .unencodable(path: path, character: String(Character(unencodable)))
    }
  }

  // MARK: Bytes

  private func writeExtra(_ index: Int) {
    if index < extras.count { encode(extras[index]) }
  }

  /// Starts the next canonical column; false when the dialect leaves it out (a constant).
  private func column() -> Bool {
    let c = columnIndex
    columnIndex += 1
    if format.erpLayout, table.columns[c].constant != nil { return false }
    begin()
    return true
  }

  private func begin() {
    if permutation != nil {
      fieldStarts.append(count)
    } else if fieldIndex > 0 {
      ensure(1)
      put(format.delimiter)
    }
    fieldIndex += 1
  }

  private func lineEnd() {
    ensure(2)
    if format.crlf { put(0x0D) }
    put(0x0A)
  }

  private func money(_ value: Cents) {
    ensure(32)
    if value < 0 { put(0x2D) }
    let m = UInt64(value.magnitude)
    let euros = m / 100
    if format.frenchNumbers, euros >= 1000 {
      var groups: [UInt64] = []
      var e = euros
      while e > 0 {
        groups.append(e % 1000)
        e /= 1000
      }
      for (i, g) in groups.reversed().enumerated() {
        if i > 0 { put(0x20) }
        digits(g, width: i == 0 ? 1 : 3)
      }
    } else {
      digits(euros, width: 1)
    }
    put(format.frenchNumbers ? 0x2C : 0x2E)
    digits(m % 100, width: 2)
  }

  private func digits(_ value: UInt64, width: Int) {
    var n = 1
    var limit: UInt64 = 10
    while value >= limit, n < 19 {
      n += 1
      limit &*= 10
    }
    let total = max(n, width)
    ensure(total)
    var i = count + total
    var v = value
    repeat {
      i -= 1
      let q = v / 10
      buffer[i] = UInt8(truncatingIfNeeded: v &- q &* 10) &+ 0x30
      v = q
    } while i > count
    count += total
  }

  private func encode(_ s: String) {
    if !format.windows1252 {
      var s = s
      s.withUTF8 { put($0) }
      return
    }
    ensure(s.utf8.count)
    for scalar in s.unicodeScalars {
      if scalar.isASCII {
        put(UInt8(scalar.value))
      } else if let b = Windows1252.byte(for: scalar) {
        put(b)
      } else {
        unencodable = unencodable ?? scalar
        put(0x3F)
      }
    }
  }

  private func put(_ b: UInt8) {
    buffer[count] = b
    count += 1
  }

  private func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    ensure(bytes.count)
    (buffer + count).update(from: base, count: bytes.count)
    count += bytes.count
  }

  @inline(__always)
  private func ensure(_ n: Int) {
    if count + n > capacity { grow(n) }
  }

  @inline(never)
  private func grow(_ n: Int) {
    let newCapacity = max(capacity * 2, count + n)
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    grown.update(from: buffer, count: count)
    buffer.deallocate()
    buffer = grown
    capacity = newCapacity
  }

  private func flush() {
    guard count > 0, let file else { return }
    let written = fwrite(buffer, 1, count, file)
    bytesWritten += Int64(written)
    if written != count { ioFailed = true }
    count = 0
    rowStart = 0
  }
}

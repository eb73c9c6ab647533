import ArdoiseCore
import ArdoiseExtracts

/// The profiles the fuzzer reads rows through: the canonical form and an ERP-like dialect.
private let profiles: [MappingProfile] = {
  var erp = MappingProfile.canonical
  erp.name = "erp"
  erp.encoding = .windows1252
  erp.delimiter = UInt8(ascii: ";")
  erp.decimal = ","
  erp.thousands = " "
  erp.dateFormat = DateFormat("dd/MM/yyyy")!
  erp.monthFormat = DateFormat("MM/yyyy")!
  var latin = erp
  latin.name = "latin"
  latin.encoding = .iso88591
  latin.thousands = "."
  latin.delimiter = 0x09
  return [.canonical, erp, latin]
}()

/// libFuzzer's entry point: the first byte picks the kind and the profile, the rest is the
/// file's body under that kind's canonical header. The CSV reader and the row mapper must
/// never crash, hang or grow without bound, whatever the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let selector = Int(data[0])
  let kinds = ExtractKind.loadOrder
  let kind = kinds[selector % kinds.count]
  let profile = profiles[(selector / kinds.count) % profiles.count]
  let delimiter = Character(UnicodeScalar(profile.delimiter))
  let header = kind.columns.map(\.name).map { String($0) }
  var bytes = Array(CSVLine.make(header, delimiter: delimiter).utf8) + [0x0A]
  bytes += UnsafeBufferPointer(start: data + 1, count: size - 1)
  let reader = CSVReader(bytes: bytes, delimiter: profile.delimiter, encoding: profile.encoding)
  do {
    guard let first = try reader.next() else { return 0 }
    let plan = try HeaderPlan(header: first.fields, kind: kind, profile: profile)
    let mapper = RowMapper(plan: plan, profile: profile)
    while let record = try reader.next() {
      _ = record.raw
      if record.malformed == nil { _ = mapper.map(record.fields) }
    }
  } catch {
    // Refusing a file is a valid outcome; crashing is not.
  }
  return 0
}

/// libFuzzer's driver (from the fuzzer runtime linked by `-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The executable's entry point as SwiftPM links it: hands control to libFuzzer's driver.
@_cdecl("ArdoiseFuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return withUnsafeMutablePointer(to: &arguments) { args in
    args.withMemoryRebound(
      to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self, capacity: 1
    ) { _ in
      runDriver(&count, args, { data, size in fuzzOneInput(data, size) })
    }
  }
}

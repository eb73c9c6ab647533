import ArdoiseCore
import ArdoiseReports
import Foundation
import XCTest

/// `balance-agee` with 100,000 debtor leases: time and peak memory of the whole render (HTML
/// and XLSX), with and without constant-memory mode. A benchmark, not a test: it runs only with
/// `ARDOISE_BENCH=1`, in release to mean anything:
///
///     swift build -c release --build-tests -Xswiftc -enable-testing
///     ARDOISE_BENCH=1 swift test -c release --skip-build --filter XLSXReportBenchmarkTests
final class XLSXReportBenchmarkTests: XCTestCase {
  /// The number of debtor leases.
  static let leaseCount = 100_000

  func testBalanceAgeeWith100000Leases() throws {
    guard ProcessInfo.processInfo.environment["ARDOISE_BENCH"] == "1" else {
      throw XCTSkip("set ARDOISE_BENCH=1 (and build in release) to run the benchmark")
    }
    // ARDOISE_BENCH_OUTPUT=folder keeps the files there.
    let kept = ProcessInfo.processInfo.environment["ARDOISE_BENCH_OUTPUT"]
    let folder = try kept ?? TestPaths.temporaryFolder()
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: folder) } }
    var datasets = SampleDatasets.all
    datasets["ageing_leases"] = .list((0..<Self.leaseCount).map(Self.lease))
    let provider = StaticDatasetProvider(datasets)

    // The parts: the HTML alone (datasets resolved, sorted and split, 500 rows shown), then
    // the XLSX alone.
    for format in [ReportFormat.html, .xlsx] {
      let start = Date()
      _ = try ReportRenderer().render(
        name: "balance-agee", period: SampleDatasets.period, formats: [format],
        provider: provider, templatesDirectory: TestPaths.templates,
        outputDirectory: folder + "/" + format.rawValue, metadata: SampleDatasets.metadata)
      print(
        "balance-agee, \(Self.leaseCount) leases, \(format.rawValue) only: "
          + String(format: "%.2f s", Date().timeIntervalSince(start)))
    }
    let timed = TimedWriter(writer: XLSXReportWriter())
    _ = try ReportRenderer(xlsxWriter: timed).render(
      name: "balance-agee", period: SampleDatasets.period, formats: [.xlsx], provider: provider,
      templatesDirectory: TestPaths.templates, outputDirectory: folder + "/timed",
      metadata: SampleDatasets.metadata)
    print(
      "balance-agee, \(Self.leaseCount) leases, XLSXReportWriter.write alone: "
        + String(format: "%.2f s (CPU %.2f s)", timed.seconds, timed.cpuSeconds))
    for (label, writer) in [
      ("constant memory", XLSXReportWriter()),
      ("in memory", XLSXReportWriter(constantMemoryThreshold: .max)),
    ] {
      Self.resetPeakMemory()
      let before = Self.memory("VmRSS")
      let start = Date()
      let cpu = Self.cpuSeconds()
      let files = try ReportRenderer(xlsxWriter: writer).render(
        name: "balance-agee", period: SampleDatasets.period, formats: [.html, .xlsx],
        provider: provider, templatesDirectory: TestPaths.templates,
        outputDirectory: folder + "/" + label.replacing(" ", with: "-"),
        metadata: SampleDatasets.metadata)
      let seconds = Date().timeIntervalSince(start)
      let cpuSeconds = Self.cpuSeconds() - cpu
      let peak = Self.memory("VmHWM")
      let size = files.last.map(\.bytes) ?? 0
      print(
        "balance-agee, \(Self.leaseCount) leases, \(label): \(String(format: "%.2f s (CPU %.2f s)", seconds, cpuSeconds)), "
          + "peak RSS \(peak / 1024) MB (\((peak - before) / 1024) MB over the "
          + "\(before / 1024) MB before), XLSX \(size / 1_048_576) MB")
      XCTAssertEqual(files.map(\.fileName), ["balance-agee.html", "balance-agee.xlsx"])
    }
  }

  /// An XLSX writer that times the one it wraps.
  final class TimedWriter: XLSXReportWriting {
    /// The writer timed.
    let writer: XLSXReportWriter
    /// The seconds spent in its last `write`.
    var seconds = 0.0
    /// The CPU seconds (user and system) spent in its last `write`.
    var cpuSeconds = 0.0

    init(writer: XLSXReportWriter) { self.writer = writer }

    func write(_ workbook: ReportWorkbook, to path: String) throws {
      let start = Date()
      let cpu = XLSXReportBenchmarkTests.cpuSeconds()
      try writer.write(workbook, to: path)
      seconds = Date().timeIntervalSince(start)
      cpuSeconds = XLSXReportBenchmarkTests.cpuSeconds() - cpu
    }
  }

  /// Lease `i`: a debtor of one of the six agencies, with balances and dates that vary.
  static func lease(_ i: Int) -> DataValue {
    let cents = { (euros: Int) in DataValue.money(Cents(euros)) }
    let balance = 5_000 + (i * 7_919) % 1_500_000
    let rent = 38_000 + (i % 40) * 1_000
    let apl = i % 3 == 0 ? 0 : 21_400
    let net = rent - apl
    let day = Day(year: 2026, month: 1 + i % 10, day: 1 + i % 28)!
    return SampleDatasets.row([
      "lease": .text("B\(100_000 + i)"), "holder": .text("Ménage n° \(i)"),
      "agency": .text(SampleDatasets.agencies[i % 6].0),
      "status": .text(i % 4 == 3 ? "parti" : "présent"), "rent": cents(rent), "apl": cents(apl),
      "balance": cents(balance), "not_due": cents(0), "m0_1": cents(net),
      "m1_3": cents(2 * net), "m3_6": cents(balance / 4), "m6_12": cents(balance / 5),
      "m12_plus": cents(max(0, balance - 3 * net - balance * 45 / 100)),
      "oldest_unpaid": .date(day), "months_owed": .decimal(Double(balance) / Double(net)),
      "phase": .text(i % 2 == 0 ? "Amiable" : "Contentieux"),
      "handler": .text(SampleDatasets.staff[i % 5].1),
      "last_action": .text(i % 3 == 0 ? "Relance téléphonique" : "Entretien"),
      "last_action_date": i % 7 == 0 ? .date(nil) : .date(day.adding(days: 40)),
      "active_plan": .flag(i % 3 == 1),
    ])
  }

  /// The CPU time of the process so far (user and system), in seconds.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Resets the process's peak resident size (`VmHWM`), Linux only.
  static func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
  }

  /// A `/proc/self/status` figure in kB (`VmRSS`, `VmHWM`), 0 when unknown.
  static func memory(_ key: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }
}

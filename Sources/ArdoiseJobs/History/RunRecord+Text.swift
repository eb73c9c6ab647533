import ArdoiseCore
import Foundation

extension RunRecord {
  /// The run as `jobs history` prints it for people: a head line, then its times, stamps,
  /// steps, inputs, outputs and error, indented.
  public var text: String {
    var lines = ["run #\(id)  \(job)  \(period)  \(trigger.rawValue)  \(status.rawValue)"]
    var times = "  started \(startedAt)"
    if let endedAt { times += ", ended \(endedAt)" }
    if let durationMs { times += ", " + Duration.milliseconds(durationMs).seconds }
    if let firedAt { times += "; fired \(firedAt)" }
    lines.append(times)
    lines.append(
      "  definitions \(definitionsHash ?? "unknown"), ardoise \(programVersion)"
        + (lastBatch.map { ", data through batch #\($0)" } ?? ""))
    for step in steps {
      var line =
        "  step \(step.index) \(step.target.isEmpty ? step.name : step.name + " " + step.target)"
      line += ": \(step.status.rawValue)"
      if let ms = step.durationMs { line += ", " + Duration.milliseconds(ms).seconds }
      if !step.detail.isEmpty { line += " — " + step.detail }
      lines.append(line)
    }
    for input in inputs {
      let name = (input.file as NSString).lastPathComponent
      if let batch = input.batch {
        lines.append(
          "  input  batch #\(batch) \(name) (\(input.kind ?? "?"), \(input.rows) rows) sha256 "
            + (input.sha256 ?? "?"))
      } else {
        lines.append("  input  \(input.status) \(name) sha256 \(input.sha256 ?? "?")")
      }
    }
    for output in outputs {
      lines.append("  output \(output.path) sha256 \(output.sha256)")
    }
    if let error { lines.append("  error: \(error)") }
    return lines.joined(separator: "\n")
  }

  /// The run as one line of JSON (`jobs history --json`), keys sorted.
  public var jsonLine: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }
}

extension DatasetCatalogue {
  /// The catalogue as Markdown, one table of fields per dataset: the dataset section of
  /// `docs/reports.md`, which a test keeps in step with the code.
  static var markdown: String {
    all.map { d in
      var lines = [
        "### `\(d.name)`" + (d.personal ? " (names households: confidential sections only)" : ""),
        "",
        d.summary,
        "",
        "| field | format | meaning |",
        "|---|---|---|",
      ]
      lines += d.fields.map {
        "| `\($0.name)` | \($0.format?.rawValue ?? "the figure's") | \($0.meaning) |"
      }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n\n") + "\n"
  }
}

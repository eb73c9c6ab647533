import ArdoiseCore

/// `ardoise indicators --list`: the catalogue (id, version, unit, dimensions, one-line
/// definition) in one of the output formats.
public enum CatalogueListing {
  /// The listing of `catalogue` in `format`.
  public static func render(_ catalogue: Catalogue, format: OutputFormat) -> String {
    let defs = catalogue.definitions
    switch format {
    case .csv:
      let header = "indicator,version,unit,dimensions,definition_fr,definition_en\n"
      return header
        + defs.map { d in
          CSVLine.make([
            d.id, String(d.version), d.unit.rawValue, dimensions(d, separator: ";"), d.french,
            d.english,
          ]) + "\n"
        }.joined()
    case .json:
      return defs.map { d in
        let dims = d.dimensions.map { JSONRenderer.quoted($0) }.joined(separator: ",")
        return "{\"indicator\":\(JSONRenderer.quoted(d.id)),\"version\":\(d.version),"
          + "\"unit\":\(JSONRenderer.quoted(d.unit.rawValue)),\"dimensions\":[\(dims)],"
          + "\"grouping\":\(JSONRenderer.quoted(d.grouping.rawValue)),"
          + "\"definition_fr\":\(JSONRenderer.quoted(d.french)),"
          + "\"definition_en\":\(JSONRenderer.quoted(d.english))}\n"
      }.joined()
    case .table:
      let title =
        "Catalogue \(catalogue.version) — empreinte des définitions \(catalogue.definitionsHash)\n\n"
      let rows = defs.map { d in
        [d.id, "v\(d.version)", d.unit.rawValue, dimensions(d, separator: ", "), d.french]
      }
      return title
        + TableRenderer.aligned(
          [["Indicateur", "Version", "Unité", "Dimensions", "Définition"]] + rows, rightAligned: [])
    }
  }

  private static func dimensions(_ d: IndicatorDefinition, separator: String) -> String {
    d.dimensions.joined(separator: separator) + (d.grouping == .separate ? " (séparées)" : "")
  }
}

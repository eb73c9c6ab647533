import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small .xlsx reader for tests, independent of the writer: it opens the archive with
/// ZIPFoundation and follows the package's relationships with Foundation's `XMLParser`, as any
/// spreadsheet application would.
struct XLSXReader {
  /// A cell's value.
  enum Value: Equatable {
    /// A number (dates are numbers too).
    case number(Double)
    /// A shared, inline or formula string.
    case string(String)
    /// A boolean.
    case boolean(Bool)
    /// An error value such as `#DIV/0!`.
    case error(String)
    /// No value: a blank cell carrying only a style.
    case none
  }

  /// One cell as stored.
  struct Cell {
    /// The value (for a formula, its cached result).
    var value: Value
    /// The formula text, without `=`, if the cell holds a formula.
    var formula: String?
    /// The `t` attribute: `s`, `inlineStr`, `str`, `b`, `e`, or nil for a number.
    var type: String?
    /// The index into `cellXfs`.
    var styleIndex: Int
    /// The number format code of the cell's style (`General` when none).
    var numberFormat: String
    /// Whether the cell's font is bold.
    var isBold: Bool
  }

  /// A chart part.
  struct Chart {
    /// The chart part's path in the archive.
    var path: String
    /// The plot kinds, by element name: `lineChart`, `barChart`…
    var plots: [String]
    /// `col` or `bar` for a bar chart.
    var barDirection: String?
    /// `standard`, `clustered`, `stacked` or `percentStacked`.
    var grouping: String?
    /// The chart title.
    var title: String
    /// The category axis title.
    var categoryAxisTitle: String
    /// The value axis title.
    var valueAxisTitle: String
    /// The value axis number format, if set.
    var valueAxisFormat: String?
    /// The series names (literal text or reference).
    var seriesNames: [String]
    /// The category reference of each series.
    var categoryReferences: [String]
    /// The value reference of each series.
    var valueReferences: [String]
    /// The top-left cell of the chart's anchor, zero-based.
    var anchor: (row: Int, column: Int)
  }

  /// One worksheet.
  struct Sheet {
    /// The sheet's name.
    var name: String
    /// The worksheet part's path.
    var path: String
    /// The cells by A1 reference.
    var cells: [String: Cell] = [:]
    /// The number of `<row>` elements.
    var rowCount = 0
    /// The `ySplit` of a frozen pane.
    var frozenRows: Int?
    /// The `xSplit` of a frozen pane.
    var frozenColumns: Int?
    /// The pane's `state` attribute.
    var paneState: String?
    /// The pane's top-left cell.
    var paneTopLeftCell: String?
    /// The autofilter's range.
    var autofilter: String?
    /// Column widths by zero-based column.
    var columnWidths: [Int: Double] = [:]
    /// The charts drawn on the sheet.
    var charts: [Chart] = []

    /// The cell at an A1 reference.
    subscript(reference: String) -> Cell? { cells[reference] }
  }

  /// An error of the reader.
  struct ReadError: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String
  }

  /// Built-in number formats that a file references by id only.
  static let builtInFormats: [Int: String] = [
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
    11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
    17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
    22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0",
    49: "@",
  ]

  /// The names of the archive's entries.
  let entries: [String]
  /// The sheets in workbook order.
  let sheets: [Sheet]
  /// docProps/core.xml, by element local name (`title`, `creator`, `created`…).
  let coreProperties: [String: String]
  /// docProps/app.xml, by element local name (`Company`, `Application`…).
  let appProperties: [String: String]
  /// docProps/custom.xml, by property name.
  let customProperties: [String: String]

  /// The sheet names in workbook order.
  var sheetNames: [String] { sheets.map(\.name) }

  /// The sheet with this name.
  func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

  /// Reads the file at `url`.
  init(url: URL) throws {
    let archive = try Archive(url: url, accessMode: .read)
    func part(_ path: String) throws -> Data? {
      guard let entry = archive[path] else { return nil }
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      return data
    }
    func required(_ path: String) throws -> Data {
      guard let data = try part(path) else { throw ReadError(description: "no part \(path)") }
      return data
    }
    entries = archive.map(\.path)

    // The package relationships name the workbook and the property parts.
    let rootRels = try Self.relationships(try part("_rels/.rels"), base: "")
    func target(_ typeSuffix: String) -> String? {
      rootRels.values.first { $0.type.hasSuffix(typeSuffix) }?.target
    }
    guard let workbookPath = target("/officeDocument") else {
      throw ReadError(description: "no officeDocument relationship")
    }

    // Shared strings and styles through the workbook's relationships.
    let workbookRels = try Self.relationships(
      try part(Self.relsPath(of: workbookPath)), base: Self.directory(of: workbookPath))
    let sharedStrings: [String]
    if let path = workbookRels.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target
    {
      let root = try XMLNode.parse(try required(path))
      sharedStrings = root.children("si").map { si in
        // Plain `<t>` or rich-text runs `<r><t>`; phonetic runs are not part of the value.
        let texts = si.child("t").map { [$0] } ?? si.children("r").compactMap { $0.child("t") }
        return Self.unescape(texts.map(\.allText).joined())
      }
    } else {
      sharedStrings = []
    }
    var cellFormats: [(format: String, bold: Bool)] = []
    if let path = workbookRels.values.first(where: { $0.type.hasSuffix("/styles") })?.target {
      let root = try XMLNode.parse(try required(path))
      var codes = Self.builtInFormats
      for numFmt in root.child("numFmts")?.children("numFmt") ?? [] {
        if let id = numFmt.attribute("numFmtId").flatMap(Int.init),
          let code = numFmt.attribute("formatCode")
        {
          codes[id] = code
        }
      }
      let fonts = (root.child("fonts")?.children("font") ?? []).map { font in
        font.child("b").map { $0.attribute("val") != "0" && $0.attribute("val") != "false" }
          ?? false
      }
      for xf in root.child("cellXfs")?.children("xf") ?? [] {
        let id = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
        let font = xf.attribute("fontId").flatMap(Int.init) ?? 0
        cellFormats.append(
          (codes[id] ?? "numFmtId \(id)", font < fonts.count ? fonts[font] : false))
      }
    }

    // The sheets, in the order of `<sheets>`.
    let workbook = try XMLNode.parse(try required(workbookPath))
    var sheets: [Sheet] = []
    for entry in workbook.child("sheets")?.children("sheet") ?? [] {
      guard let name = entry.attribute("name"), let id = entry.attribute(local: "id"),
        let path = workbookRels[id]?.target
      else { throw ReadError(description: "sheet without name or relationship") }
      var sheet = try Self.readSheet(
        try required(path), name: name, path: path, strings: sharedStrings, formats: cellFormats)
      let rels = try Self.relationships(
        try part(Self.relsPath(of: path)), base: Self.directory(of: path))
      for drawing in rels.values where drawing.type.hasSuffix("/drawing") {
        sheet.charts += try Self.readCharts(drawing: drawing.target, part: part)
      }
      sheets.append(sheet)
    }
    self.sheets = sheets

    func properties(_ typeSuffix: String) throws -> XMLNode? {
      guard let path = target(typeSuffix), let data = try part(path) else { return nil }
      return try XMLNode.parse(data)
    }
    var core: [String: String] = [:]
    for node in try properties("/core-properties")?.children ?? [] {
      core[node.localName] = node.allText
    }
    coreProperties = core
    var app: [String: String] = [:]
    for node in try properties("/extended-properties")?.children ?? [] where node.children.isEmpty {
      app[node.localName] = node.allText
    }
    appProperties = app
    var custom: [String: String] = [:]
    for node in try properties("/custom-properties")?.children("property") ?? [] {
      if let name = node.attribute("name") { custom[name] = node.allText }
    }
    customProperties = custom
  }

  // MARK: - Parts

  /// A relationship's type and resolved target.
  struct Relationship {
    /// The relationship type URI.
    var type: String
    /// The target's path in the archive.
    var target: String
  }

  /// The relationships of a `.rels` part by id, targets resolved against `base`.
  static func relationships(_ data: Data?, base: String) throws -> [String: Relationship] {
    guard let data else { return [:] }
    var out: [String: Relationship] = [:]
    for node in try XMLNode.parse(data).children("Relationship") {
      guard let id = node.attribute("Id"), let type = node.attribute("Type"),
        let target = node.attribute("Target")
      else { continue }
      if node.attribute("TargetMode") == "External" { continue }
      out[id] = Relationship(type: type, target: resolve(target, from: base))
    }
    return out
  }

  /// `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`.
  static func relsPath(of path: String) -> String {
    let directory = directory(of: path)
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
  }

  /// The directory of a part, `xl/worksheets` for `xl/worksheets/sheet1.xml`.
  static func directory(of path: String) -> String {
    var parts = path.split(separator: "/").map(String.init)
    if !parts.isEmpty { parts.removeLast() }
    return parts.joined(separator: "/")
  }

  /// A relationship target resolved against the source part's directory (`..` handled).
  static func resolve(_ target: String, from base: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = base.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/").map(String.init) {
      if piece == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }

  /// Decodes the `_xHHHH_` escapes of OOXML strings.
  static func unescape(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var out = ""
    var rest = Substring(text)
    while let range = rest.range(of: "_x") {
      out += rest[..<range.lowerBound]
      let after = rest[range.upperBound...]
      let hex = after.prefix(4)
      if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.unicodeScalars.append(scalar)
        rest = after.dropFirst(5)
      } else {
        out += "_x"
        rest = after
      }
    }
    return out + rest
  }

  /// Reads a worksheet part in one streaming pass.
  static func readSheet(
    _ data: Data, name: String, path: String, strings: [String],
    formats: [(format: String, bold: Bool)]
  ) throws -> Sheet {
    let reader = SheetParser(
      sheet: Sheet(name: name, path: path), strings: strings, formats: formats)
    // Parsing from a stream: on Linux, `XMLParser(data:)` fails at the end of large documents.
    let parser = XMLParser(stream: InputStream(data: data))
    parser.delegate = reader
    guard parser.parse() else {
      throw ReadError(
        description: "\(path): \(parser.parserError.map { "\($0)" } ?? "parse error")")
    }
    return reader.sheet
  }

  /// Reads the charts of a drawing part.
  static func readCharts(drawing path: String, part: (String) throws -> Data?) throws -> [Chart] {
    guard let data = try part(path) else { throw ReadError(description: "no part \(path)") }
    let rels = try relationships(try part(relsPath(of: path)), base: directory(of: path))
    var charts: [Chart] = []
    for anchor in try XMLNode.parse(data).children where anchor.localName.hasSuffix("Anchor") {
      guard let chartRef = anchor.descendants("chart").first,
        let id = chartRef.attribute(local: "id"), let chartPath = rels[id]?.target,
        let chartData = try part(chartPath)
      else { continue }
      let from = anchor.child("from")
      let row = from?.child("row").flatMap { Int($0.allText) } ?? -1
      let column = from?.child("col").flatMap { Int($0.allText) } ?? -1
      charts.append(try readChart(chartData, path: chartPath, anchor: (row, column)))
    }
    return charts
  }

  /// Reads a chart part.
  static func readChart(_ data: Data, path: String, anchor: (row: Int, column: Int)) throws
    -> Chart
  {
    let root = try XMLNode.parse(data)
    guard let chart = root.child("chart"), let plotArea = chart.child("plotArea") else {
      throw ReadError(description: "\(path): no plot area")
    }
    let plots = plotArea.children.filter { $0.localName.hasSuffix("Chart") }
    let series = plots.flatMap { $0.children("ser") }
    func title(_ node: XMLNode?) -> String {
      node?.child("title")?.descendants("t").map(\.allText).joined() ?? ""
    }
    return Chart(
      path: path,
      plots: plots.map(\.localName),
      barDirection: plots.first?.child("barDir")?.attribute("val"),
      grouping: plots.first?.child("grouping")?.attribute("val"),
      title: title(chart),
      categoryAxisTitle: title(plotArea.child("catAx")),
      valueAxisTitle: title(plotArea.child("valAx")),
      valueAxisFormat: plotArea.child("valAx")?.child("numFmt")?.attribute("formatCode"),
      seriesNames: series.map { ser in
        ser.child("tx").map { tx in tx.descendants("f").first?.allText ?? tx.allText } ?? ""
      },
      categoryReferences: series.map { $0.child("cat")?.descendants("f").first?.allText ?? "" },
      valueReferences: series.map { $0.child("val")?.descendants("f").first?.allText ?? "" },
      anchor: anchor)
  }
}

/// The streaming parser of a worksheet: cells, pane, autofilter and column widths.
private final class SheetParser: NSObject, XMLParserDelegate {
  /// The sheet being filled.
  var sheet: XLSXReader.Sheet
  /// The shared strings.
  let strings: [String]
  /// The cell styles: number format code and boldness.
  let formats: [(format: String, bold: Bool)]

  /// The attributes of the open `<c>`.
  private var reference = ""
  private var type: String?
  private var style = 0
  /// Texts collected inside the open `<c>`.
  private var value: String?
  private var formula: String?
  private var inline: String?
  /// Which text is being collected.
  private var capture: Capture = .none
  private var buffer = ""

  /// The element whose characters are being collected.
  private enum Capture { case none, value, formula, inline }

  init(sheet: XLSXReader.Sheet, strings: [String], formats: [(format: String, bold: Bool)]) {
    self.sheet = sheet
    self.strings = strings
    self.formats = formats
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    switch elementName {
    case "row":
      sheet.rowCount += 1
    case "c":
      reference = attributes["r"] ?? ""
      type = attributes["t"]
      style = attributes["s"].flatMap(Int.init) ?? 0
      value = nil
      formula = nil
      inline = nil
    case "v":
      capture = .value
      buffer = ""
    case "f":
      capture = .formula
      buffer = ""
    case "t" where type == "inlineStr":
      capture = .inline
      buffer = inline ?? ""
    case "pane":
      sheet.frozenRows = attributes["ySplit"].flatMap(Double.init).map { Int($0) }
      sheet.frozenColumns = attributes["xSplit"].flatMap(Double.init).map { Int($0) }
      sheet.paneState = attributes["state"]
      sheet.paneTopLeftCell = attributes["topLeftCell"]
    case "autoFilter":
      sheet.autofilter = attributes["ref"]
    case "col":
      if let min = attributes["min"].flatMap(Int.init),
        let max = attributes["max"].flatMap(Int.init),
        let width = attributes["width"].flatMap(Double.init)
      {
        for column in min...max { sheet.columnWidths[column - 1] = width }
      }
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if capture != .none { buffer += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    switch elementName {
    case "v" where capture == .value:
      value = buffer
      capture = .none
    case "f" where capture == .formula:
      formula = buffer
      capture = .none
    case "t" where capture == .inline:
      inline = buffer
      capture = .none
    case "c":
      let content: XLSXReader.Value
      switch type {
      case "s":
        let index = value.flatMap(Int.init) ?? -1
        content = .string(index >= 0 && index < strings.count ? strings[index] : "")
      case "inlineStr": content = .string(XLSXReader.unescape(inline ?? ""))
      case "str": content = .string(value ?? "")
      case "b": content = .boolean(value == "1")
      case "e": content = .error(value ?? "")
      default: content = value.flatMap(Double.init).map { .number($0) } ?? .none
      }
      let format = style < formats.count ? formats[style] : (format: "General", bold: false)
      sheet.cells[reference] = XLSXReader.Cell(
        value: content, formula: formula, type: type, styleIndex: style,
        numberFormat: format.format, isBold: format.bold)
    default:
      break
    }
  }
}

/// A parsed XML element, for the small parts of a package.
final class XMLNode {
  /// The qualified name, `c:lineChart`.
  let name: String
  /// The attributes by qualified name.
  let attributes: [String: String]
  /// The child elements.
  var children: [XMLNode] = []
  /// The element's own text.
  var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// The name without its namespace prefix.
  var localName: String {
    name.split(separator: ":").last.map(String.init) ?? name
  }

  /// The element's text and its descendants' text, in document order.
  var allText: String { text + children.map(\.allText).joined() }

  /// The first child with this local name.
  func child(_ local: String) -> XMLNode? { children.first { $0.localName == local } }

  /// The children with this local name.
  func children(_ local: String) -> [XMLNode] { children.filter { $0.localName == local } }

  /// Every descendant with this local name, depth first.
  func descendants(_ local: String) -> [XMLNode] {
    children.flatMap { ($0.localName == local ? [$0] : []) + $0.descendants(local) }
  }

  /// An attribute by qualified name.
  func attribute(_ name: String) -> String? { attributes[name] }

  /// An attribute by local name, whatever its prefix (`r:id`).
  func attribute(local: String) -> String? {
    attributes.first { $0.key.split(separator: ":").last.map(String.init) == local }?.value
  }

  /// Parses a whole document and returns its root element.
  static func parse(_ data: Data) throws -> XMLNode {
    let builder = TreeBuilder()
    let parser = XMLParser(stream: InputStream(data: data))
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw XLSXReader.ReadError(
        description: "XML: \(parser.parserError.map { "\($0)" } ?? "no root element")")
    }
    return root
  }
}

/// Builds an `XMLNode` tree from parser events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
  /// The root element, once parsed.
  var root: XMLNode?
  /// The open elements.
  private var stack: [XMLNode] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    let node = XMLNode(name: elementName, attributes: attributes)
    if let parent = stack.last { parent.children.append(node) } else { root = node }
    stack.append(node)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    stack.removeLast()
  }
}

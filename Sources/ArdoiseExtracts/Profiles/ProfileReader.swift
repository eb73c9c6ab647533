import Yams

/// Reads the YAML tree of a mapping profile, with errors naming the key.
struct ProfileReader {
  let file: String

  func fail(_ key: String?, _ message: String) -> ProfileError {
    ProfileError(file: file, key: key, message: message)
  }

  func string(_ node: Node?, _ key: String) throws -> String? {
    guard let node else { return nil }
    guard let s = node.scalar?.string else { throw fail(key, "expected a text value") }
    return s
  }

  func read(_ root: Node.Mapping, source: String) throws -> MappingProfile {
    let known: Set = [
      "name", "encoding", "delimiter", "decimal", "thousands", "date_format", "month_format",
      "kinds",
    ]
    for (k, _) in root {
      let key = k.string ?? ""
      if !known.contains(key) {
        throw fail(key, "unknown key; expected one of \(known.sorted().joined(separator: ", "))")
      }
    }
    var profile = MappingProfile.canonical
    profile.source = source
    profile.name = try string(root["name"], "name") ?? stem(of: file)
    if let e = try string(root["encoding"], "encoding") {
      guard let enc = TextEncoding(name: e) else {
        throw fail(
          "encoding", "'\(e)' is not supported; expected utf-8, windows-1252 or iso-8859-1")
      }
      profile.encoding = enc
    }
    if let d = try string(root["delimiter"], "delimiter") {
      switch d {
      case ";", ",", "|": profile.delimiter = d.utf8.first!
      case "\t", "tab", "\\t": profile.delimiter = 0x09
      default:
        throw fail("delimiter", "'\(d)' is not supported; expected \";\", \",\", \"|\" or tab")
      }
    }
    if let d = try string(root["decimal"], "decimal") {
      guard d == "," || d == "." else { throw fail("decimal", "expected \",\" or \".\"") }
      profile.decimal = Character(d)
    }
    if let t = try string(root["thousands"], "thousands") {
      switch t {
      case "space", " ": profile.thousands = " "
      case "nbsp", "\u{00A0}": profile.thousands = "\u{00A0}"
      case "nnbsp", "\u{202F}": profile.thousands = "\u{202F}"
      case ".", "dot": profile.thousands = "."
      case ",", "comma": profile.thousands = ","
      case "none", "": profile.thousands = nil
      default: throw fail("thousands", "expected space, nbsp, nnbsp, \".\", \",\" or none")
      }
    }
    if profile.thousands == profile.decimal {
      throw fail("thousands", "must differ from the decimal separator")
    }
    for (key, target) in [
      ("date_format", \MappingProfile.dateFormat), ("month_format", \.monthFormat),
    ] {
      if let f = try string(root[key], key) {
        guard let fmt = DateFormat(f) else {
          throw fail(key, "'\(f)' is not a date pattern; use dd, d, MM, M, yyyy, yy and separators")
        }
        profile[keyPath: target] = fmt
      }
    }
    if let kinds = root["kinds"] {
      guard let map = kinds.mapping else { throw fail("kinds", "expected a mapping of kinds") }
      for (k, v) in map {
        let name = k.string ?? ""
        guard let kind = ExtractKind(rawValue: name) else {
          throw fail(
            "kinds.\(name)",
            "unknown kind; expected one of \(ExtractKind.loadOrder.map(\.rawValue).joined(separator: ", "))"
          )
        }
        profile.kinds[kind] = try readKind(kind, v, prefix: "kinds.\(name)")
      }
    }
    return profile
  }

  func readKind(_ kind: ExtractKind, _ node: Node, prefix: String) throws -> KindMapping {
    guard let map = node.mapping else { throw fail(prefix, "expected a mapping") }
    var m = KindMapping()
    let canonical = Set(kind.columns.map(\.name))
    for (k, v) in map {
      let key = k.string ?? ""
      let path = "\(prefix).\(key)"
      switch key {
      case "files":
        if let s = v.scalar?.string {
          m.files = [s]
        } else if let seq = v.sequence {
          m.files = try seq.map { try string($0, path) ?? "" }
        } else {
          throw fail(path, "expected a file-name glob or a list of them")
        }
      case "columns", "constants":
        guard let cols = v.mapping else { throw fail(path, "expected canonical-name: value pairs") }
        var out: [String: String] = [:]
        for (ck, cv) in cols {
          let c = ck.string ?? ""
          guard canonical.contains(c) || (key == "columns" && c == kind.signedAmountColumn) else {
            throw fail("\(path).\(c)", "not a column of \(kind.rawValue)")
          }
          out[c] = try string(cv, "\(path).\(c)") ?? ""
        }
        if key == "columns" { m.columns = out } else { m.constants = out }
      case "codes":
        guard let cols = v.mapping else { throw fail(path, "expected column: {file value: code}") }
        for (ck, cv) in cols {
          let c = ck.string ?? ""
          guard canonical.contains(c) else {
            throw fail("\(path).\(c)", "not a column of \(kind.rawValue)")
          }
          guard let pairs = cv.mapping else {
            throw fail("\(path).\(c)", "expected {file value: code}")
          }
          var table: [String: String] = [:]
          for (a, b) in pairs { table[a.string ?? ""] = try string(b, "\(path).\(c)") ?? "" }
          m.codes[c] = table
        }
      case "amount":
        guard kind.signedAmountColumn != nil else {
          throw fail(path, "\(kind.rawValue) has no signed amount column")
        }
        if let s = v.scalar?.string {
          m.columns[kind.signedAmountColumn!] = s
        } else if let pair = v.mapping {
          if let col = try string(pair["column"], "\(path).column") {
            m.columns[kind.signedAmountColumn!] = col
          } else {
            guard let d = try string(pair["debit"], "\(path).debit"),
              let c = try string(pair["credit"], "\(path).credit")
            else {
              throw fail(path, "expected {debit: header, credit: header} or {column: header}")
            }
            m.amountPair = (d, c)
          }
        } else {
          throw fail(path, "expected {debit: header, credit: header} or {column: header}")
        }
      default:
        throw fail(path, "unknown key; expected files, columns, codes, constants or amount")
      }
    }
    return m
  }
}

/// The last path component without its extension, for a profile's default name.
private func stem(of path: String) -> String {
  let last = path.split(separator: "/").last.map(String.init) ?? path
  return last.split(separator: ".").first.map(String.init) ?? last
}

import ArdoiseCore
import Foundation

extension DataValue {
  /// The suffix of the raw companion of a scalar field.
  static let rawSuffix = "_raw"
  /// The suffix of the element count of a list field.
  static let countSuffix = "_count"

  /// The value as the Mustache context sees it.
  ///
  /// A record becomes a dictionary where each scalar field `x` gives two keys: `x`, the French
  /// display string (HTML-escaped by `{{x}}` like everything else), and `x_raw`, the machine
  /// form (``machine``), a `Bool` for a flag, or a null that makes `{{#x_raw}}` false and stops
  /// the lookup from climbing to an outer context. A list field `x` gives `x` (its elements) and
  /// `x_count` (their number, displayed). Lists become arrays, records nest. A scalar alone gives
  /// its display string; a missing value or a false flag gives a ``ContextScalar``, which shows
  /// `—` or `non` but makes `{{#x}}` false, so that a template can test a field directly.
  ///
  /// Field names must be letters, digits and `_`, start with a letter, and not clash with a
  /// derived key; anything else throws ``DatasetError/invalidFieldName(path:reason:)``.
  func templateContext(path: String = "") throws -> Any {
    switch self {
    case .list(let items):
      return try items.enumerated().map { try $1.templateContext(path: "\(path)[\($0)]") }
    case .record(let fields):
      var out: [String: Any] = [:]
      for name in fields.keys.sorted() {
        let value = fields[name]!
        let fieldPath = path.isEmpty ? name : path + "." + name
        try Self.checkFieldName(name, path: fieldPath)
        var entries: [(String, Any)] = [(name, try value.templateContext(path: fieldPath))]
        switch value {
        case .list(let items):
          entries.append((name + Self.countSuffix, French.count(Int64(items.count))))
        case .record:
          break
        default:
          entries.append((name + Self.rawSuffix, value.rawContext))
        }
        for (key, v) in entries {
          guard out[key] == nil else {
            throw DatasetError.invalidFieldName(
              path: fieldPath, reason: "'\(key)' is both a field and a derived key")
          }
          out[key] = v
        }
      }
      return out
    case .flag(let b):
      return b ? display : ContextScalar(text: display, isFalse: true)
    default:
      return isNull ? ContextScalar(text: display, isFalse: true) : display
    }
  }

  /// The raw companion of a scalar in the context.
  var rawContext: Any {
    if case .flag(let b) = self { return b }
    return machine ?? NSNull()
  }

  /// Refuses a field name templates could not use reliably.
  static func checkFieldName(_ name: String, path: String) throws {
    let scalars = Array(name.unicodeScalars)
    guard let first = scalars.first, first.isASCIILetter,
      scalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" })
    else {
      throw DatasetError.invalidFieldName(
        path: path, reason: "only letters, digits and '_' are allowed, starting with a letter")
    }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is `A`–`Z` or `a`–`z`.
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

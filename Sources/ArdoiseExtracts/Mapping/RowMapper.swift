import ArdoiseCore

/// Turns the fields of one CSV record into the typed canonical row of its kind, or the reasons
/// it must be quarantined.
public struct RowMapper: Sendable {
  /// The header plan of the file.
  public let plan: HeaderPlan
  let parser: FieldParser
  let columns: [ExtractColumn]
  let dateOrder: [(Int, Int)]
  /// The in-place path, when the profile allows it.
  var fast: FastPlan?

  /// A mapper for a file's header plan and profile.
  public init(plan: HeaderPlan, profile: MappingProfile) {
    self.plan = plan
    self.parser = FieldParser(profile: profile)
    self.columns = plan.kind.columns
    let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })
    self.dateOrder = plan.kind.dateOrder.map { (position[$0.start]!, position[$0.end]!) }
    self.fast = FastPlan.make(self, utf8: profile.encoding == .utf8)
  }

  /// The outcome of mapping one record.
  public enum Outcome: Sendable {
    /// The typed row, in the kind's column order, and warnings (unknown open codes).
    case row([FieldValue], warnings: [String])
    /// The reasons the row is rejected, and the category of the first one.
    case rejected(String, category: RejectCategory)
  }

  /// Maps one record's fields.
  public func map(_ fields: [String]) -> Outcome {
    guard fields.count == plan.fieldCount else {
      return .rejected(
        "has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(plan.fieldCount)",
        category: .fieldCount)
    }
    var values = [FieldValue](repeating: .null, count: columns.count)
    var errors: [(RejectCategory, String)] = []
    var warnings: [String] = []
    for (i, column) in columns.enumerated() {
      var text: String
      switch plan.sources[i] {
      case .absent: text = ""
      case .constant(let c): text = c
      case .field(let f): text = fields[f].trimmingSpaces
      case .debitCredit(let d, let c):
        let debit = fields[d].trimmingSpaces
        let credit = fields[c].trimmingSpaces
        if debit.isEmpty && credit.isEmpty {
          text = ""
        } else {
          var total: Int64 = 0
          var ok = true
          for (t, sign, name) in [(debit, Int64(1), "debit"), (credit, Int64(-1), "credit")]
          where !t.isEmpty {
            switch parser.amount(Substring(t)) {
            case .success(let v): total += sign * v
            case .failure(let e):
              errors.append((.format, "\(column.name) (\(name)): \(e.reason)"))
              ok = false
            }
          }
          if !ok { continue }
          values[i] = .integer(total)
          continue
        }
      }
      if let table = plan.codes[i], let mapped = table[text] { text = mapped }
      typed(text, column: i, &values, &errors, &warnings)
    }
    if errors.isEmpty { applyKindRules(&values, &errors) }
    if let first = errors.first {
      return .rejected(errors.map(\.1).joined(separator: "; "), category: first.0)
    }
    return .row(values, warnings: warnings)
  }

  /// Reads the text of column `i` (trimmed, its code mapped) as the column's type into
  /// `values[i]`, or adds why it cannot be read.
  func typed(
    _ text: String, column i: Int, _ values: inout [FieldValue],
    _ errors: inout [(RejectCategory, String)], _ warnings: inout [String]
  ) {
    let column = columns[i]
    var text = text
    if text.isEmpty {
      if let d = column.defaultText {
        text = d
      } else {
        if column.required { errors.append((.missing, "\(column.name): missing required value")) }
        return
      }
    }
    let raw = Substring(text)
    switch column.type {
    case .text, .reference: values[i] = .text(text)
    case .date:
      switch parser.date(raw) {
      case .success(let d): values[i] = .integer(Int64(d.yyyymmdd))
      case .failure(let e):
        // Defaults are canonical text.
        if column.defaultText == text, let d = Day(iso: text) {
          values[i] = .integer(Int64(d.yyyymmdd))
        } else {
          errors.append((.format, "\(column.name): \(e.reason)"))
        }
      }
    case .month:
      switch parser.month(raw) {
      case .success(let m): values[i] = .integer(Int64(m.yyyymm))
      case .failure(let e): errors.append((.format, "\(column.name): \(e.reason)"))
      }
    case .amount:
      switch text == column.defaultText ? FieldParser.canonicalAmount(raw) : parser.amount(raw) {
      case .success(let v): values[i] = .integer(v)
      case .failure(let e): errors.append((.format, "\(column.name): \(e.reason)"))
      }
    case .integer:
      switch parser.integer(raw) {
      case .success(let v): values[i] = .integer(v)
      case .failure(let e): errors.append((.format, "\(column.name): \(e.reason)"))
      }
    case .decimal:
      switch text == column.defaultText
        ? FieldParser.canonicalDecimal(raw) : parser.decimalNumber(raw)
      {
      case .success(let v): values[i] = .real(v)
      case .failure(let e): errors.append((.format, "\(column.name): \(e.reason)"))
      }
    case .boolean:
      switch parser.boolean(raw) {
      case .success(let v): values[i] = .integer(v ? 1 : 0)
      case .failure(let e): errors.append((.format, "\(column.name): \(e.reason)"))
      }
    case .code(let allowed):
      if allowed.contains(text) {
        values[i] = .text(text)
      } else {
        errors.append(
          (
            .code,
            "\(column.name): unknown code '\(text)' (expected one of \(allowed.joined(separator: ", ")))"
          ))
      }
    case .openCode(let known):
      values[i] = .text(text)
      if !known.contains(text) { warnings.append("\(column.name): unknown code '\(text)' kept") }
    }
  }

  /// Defaults that depend on other columns, and cross-column rules.
  func applyKindRules(_ values: inout [FieldValue], _ errors: inout [(RejectCategory, String)]) {
    for (s, e) in dateOrder {
      if let a = values[s].integer, let b = values[e].integer, b < a {
        errors.append(
          (
            .dateOrder,
            "\(columns[e].name) \(Day(yyyymmdd: Int(b))!.iso) is before \(columns[s].name) \(Day(yyyymmdd: Int(a))!.iso)"
          ))
      }
    }
    switch plan.kind {
    case .ledger:
      // due_date defaults to entry_date; period to the month of due_date.
      if values[3].isNull { values[3] = values[2] }
      if values[4].isNull, let due = values[3].integer { values[4] = .integer(due / 100) }
    case .actions:
      if values[4].isNull && values[5].isNull {
        errors.append((.missing, "case_id, household_id: at least one is required"))
      }
    case .plans:
      if let m = values[4].integer, m < 1 { errors.append((.format, "months: must be at least 1")) }
    default: break
    }
  }
}

extension FieldParser {
  /// Parses a canonical default value (`0`, `1`): defaults are written in canonical form.
  static func canonicalAmount(_ text: Substring) -> Result<Int64, FieldError> {
    FieldParser(profile: .canonical).amount(text)
  }
  static func canonicalDecimal(_ text: Substring) -> Result<Double, FieldError> {
    FieldParser(profile: .canonical).decimalNumber(text)
  }
}

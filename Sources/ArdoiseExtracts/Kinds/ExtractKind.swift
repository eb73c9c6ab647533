/// The thirteen kinds of extract of extracts.md, with their canonical columns and keys.
public enum ExtractKind: String, CaseIterable, Sendable, Comparable {
  case agencies, staff, units, households, leases, cases
  case caseHistory = "case_history"
  case plans, measures, stays, ledger, actions, balances

  /// The order in which files given together are ingested: reference kinds first.
  public static let loadOrder: [ExtractKind] = [
    .agencies, .staff, .units, .households, .leases, .cases, .caseHistory, .plans, .measures,
    .stays, .ledger, .actions, .balances,
  ]

  /// The position in ``loadOrder``.
  public var loadRank: Int { ExtractKind.loadOrder.firstIndex(of: self)! }

  public static func < (a: ExtractKind, b: ExtractKind) -> Bool { a.loadRank < b.loadRank }

  /// The store table holding this kind's rows.
  public var table: String { rawValue }

  /// Whether rows are append-only by key (an identical row is a duplicate, a different one a
  /// conflict) rather than upserted (the newer batch wins).
  public var isAppendOnly: Bool { self == .ledger || self == .actions || self == .balances }

  /// The columns forming the key.
  public var key: [String] {
    switch self {
    case .agencies: ["agency_id"]
    case .staff: ["staff_id"]
    case .units: ["unit_id"]
    case .households: ["household_id"]
    case .leases: ["lease_id"]
    case .ledger: ["entry_id"]
    case .balances: ["lease_id", "as_of"]
    case .cases: ["case_id"]
    case .caseHistory: ["case_id", "from_date"]
    case .actions: ["action_id"]
    case .plans: ["plan_id"]
    case .measures: ["measure_id"]
    case .stays: ["stay_id"]
    }
  }

  /// Pairs of (start, end) date columns where the end may not precede the start.
  public var dateOrder: [(start: String, end: String)] {
    switch self {
    case .staff: [("start_date", "end_date")]
    case .units: [("available_from", "available_to")]
    case .leases: [("start_date", "end_date")]
    case .cases: [("opened_on", "closed_on")]
    case .plans: [("signed_on", "ended_on")]
    case .measures: [("started_on", "ended_on")]
    case .stays: [("entered_on", "left_on")]
    default: []
    }
  }

  /// The kind a file name designates by its prefix (`ledger*.csv`, `case_history*.csv`…).
  public static func guess(fromFileName name: String) -> ExtractKind? {
    let lower = name.lowercased()
    // Longest names first so that `case_history` is not taken for `cases`.
    for kind in allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
    where lower.hasPrefix(kind.rawValue) {
      return kind
    }
    return nil
  }

  /// The canonical columns, in store order.
  public var columns: [ExtractColumn] {
    switch self {
    case .agencies:
      [
        ExtractColumn("agency_id", .text, required: true),
        ExtractColumn("name", .text, required: true),
      ]
    case .staff:
      [
        ExtractColumn("staff_id", .text, required: true),
        ExtractColumn("name", .text, required: true),
        ExtractColumn("role", .code(Codes.roles), required: true),
        ExtractColumn("agency_id", .reference(.agencies)),
        ExtractColumn("fte", .decimal, default: "1"),
        ExtractColumn("start_date", .date), ExtractColumn("end_date", .date),
      ]
    case .units:
      [
        ExtractColumn("unit_id", .text, required: true),
        ExtractColumn("agency_id", .reference(.agencies), required: true),
        ExtractColumn("programme", .text), ExtractColumn("commune", .text),
        ExtractColumn("typology", .text),
        ExtractColumn("scheme", .code(Codes.schemes), default: "parc"),
        ExtractColumn("available_from", .date), ExtractColumn("available_to", .date),
      ]
    case .households:
      [
        ExtractColumn("household_id", .text, required: true), ExtractColumn("holder_name", .text),
        ExtractColumn("adults", .integer, default: "1"),
        ExtractColumn("children", .integer, default: "0"),
        ExtractColumn("composition", .code(Codes.compositions)),
        ExtractColumn("resources", .code(Codes.resources)), ExtractColumn("fragile", .boolean),
        ExtractColumn("dalo", .boolean),
      ]
    case .leases:
      [
        ExtractColumn("lease_id", .text, required: true),
        ExtractColumn("household_id", .reference(.households), required: true),
        ExtractColumn("unit_id", .reference(.units), required: true),
        ExtractColumn("start_date", .date, required: true), ExtractColumn("end_date", .date),
        ExtractColumn("rent", .amount, required: true), ExtractColumn("apl", .amount, default: "0"),
        ExtractColumn("lease_type", .code(Codes.leaseTypes), default: "ordinaire"),
      ]
    case .ledger:
      [
        ExtractColumn("entry_id", .text, required: true),
        ExtractColumn("lease_id", .reference(.leases), required: true),
        ExtractColumn("entry_date", .date, required: true), ExtractColumn("due_date", .date),
        ExtractColumn("period", .month),
        ExtractColumn("type", .code(Codes.ledgerTypes), required: true),
        ExtractColumn("amount", .amount, required: true), ExtractColumn("label", .text),
      ]
    case .balances:
      [
        ExtractColumn("lease_id", .reference(.leases), required: true),
        ExtractColumn("as_of", .date, required: true),
        ExtractColumn("balance", .amount, required: true),
      ]
    case .cases:
      [
        ExtractColumn("case_id", .text, required: true),
        ExtractColumn("lease_id", .reference(.leases), required: true),
        ExtractColumn("opened_on", .date, required: true), ExtractColumn("closed_on", .date),
        ExtractColumn("close_reason", .code(Codes.closeReasons)),
      ]
    case .caseHistory:
      [
        ExtractColumn("case_id", .reference(.cases), required: true),
        ExtractColumn("from_date", .date, required: true),
        ExtractColumn("phase", .code(Codes.phases), required: true),
        ExtractColumn("staff_id", .reference(.staff), required: true),
      ]
    case .actions:
      [
        ExtractColumn("action_id", .text, required: true),
        ExtractColumn("date", .date, required: true),
        ExtractColumn("type", .openCode(Codes.actionTypes), required: true),
        ExtractColumn("staff_id", .reference(.staff)), ExtractColumn("case_id", .reference(.cases)),
        ExtractColumn("household_id", .reference(.households)), ExtractColumn("outcome", .text),
      ]
    case .plans:
      [
        ExtractColumn("plan_id", .text, required: true),
        ExtractColumn("case_id", .reference(.cases), required: true),
        ExtractColumn("signed_on", .date, required: true),
        ExtractColumn("first_month", .month, required: true),
        ExtractColumn("months", .integer, required: true),
        ExtractColumn("instalment", .amount, required: true),
        ExtractColumn("initial_debt", .amount, required: true), ExtractColumn("ended_on", .date),
      ]
    case .measures:
      [
        ExtractColumn("measure_id", .text, required: true),
        ExtractColumn("household_id", .reference(.households), required: true),
        ExtractColumn("scheme", .code(Codes.measureSchemes), required: true),
        ExtractColumn("funder", .code(Codes.funders), required: true),
        ExtractColumn("staff_id", .reference(.staff)),
        ExtractColumn("notified_on", .date, required: true),
        ExtractColumn("first_contact_on", .date), ExtractColumn("started_on", .date),
        ExtractColumn("ended_on", .date),
        ExtractColumn("outcome", .code(Codes.outcomes)),
      ]
    case .stays:
      [
        ExtractColumn("stay_id", .text, required: true),
        ExtractColumn("household_id", .reference(.households), required: true),
        ExtractColumn("unit_id", .reference(.units), required: true),
        ExtractColumn("entered_on", .date, required: true), ExtractColumn("left_on", .date),
        ExtractColumn("referral", .code(Codes.referrals)),
        ExtractColumn("exit_destination", .code(Codes.destinations)),
      ]
    }
  }

  /// The column that carries the signed amount a debit/credit pair may feed.
  public var signedAmountColumn: String? {
    switch self {
    case .ledger: "amount"
    case .balances: "balance"
    default: nil
    }
  }
}

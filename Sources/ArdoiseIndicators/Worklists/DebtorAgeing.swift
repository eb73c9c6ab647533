public import ArdoiseCore

/// One debtor lease of the aged balance (`balance-agee`): its unpaid parts by bucket and what an
/// advisor needs to work the file. Personal data: for the readers whose job needs it.
public struct DebtorAgeing: Sendable, Hashable {
  /// The lease id.
  public let lease: String
  /// The household id.
  public let household: String
  /// The holder's name, if known.
  public let holderName: String?
  /// The agency id.
  public let agency: String
  /// Present or departed at D.
  public let status: LeaseStatus
  /// Current monthly rent, cents.
  public let rent: Cents
  /// Current monthly apl, cents.
  public let apl: Cents
  /// The balance at D, cents (> 0).
  public let balance: Cents
  /// Unpaid amount by bucket, cents, indexed by ``AgeingBucket/rawValue``; they add up to the
  /// balance.
  public let buckets: [Cents]
  /// The due date of the oldest unpaid part (*date d'origine de la dette*).
  public let oldestUnpaidDue: Day
  /// Months of net rent owed, `balance / (rent − apl)`; nil when `rent − apl ≤ 0`.
  public let monthsOwed: Double?
  /// The `debt_months` band (`b0_1` … `b12_plus`) for a present lease, nil for a departed one.
  public let band: String?
  /// The phase at D (`sans_dossier` without an open case, `unassigned` without history).
  public let phase: String
  /// The open case giving phase and handler, if any.
  public let caseId: String?
  /// The handler's staff id at D, nil without an open case.
  public let handler: String?
  /// The handler's name, when known.
  public let handlerName: String?
  /// The latest action dated on or before D naming one of the lease's cases or its household.
  public let lastAction: String?
  /// Its date.
  public let lastActionDate: Day?
  /// A repayment plan of the lease active in the month (the first by id), if any.
  public let activePlan: String?

  /// The unpaid amount in `bucket`.
  public func unpaid(_ bucket: AgeingBucket) -> Cents { buckets[bucket.rawValue] }
}

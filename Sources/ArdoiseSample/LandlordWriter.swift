import ArdoiseCore

/// The landlord's open files, id counters and shared reference data: what every lease's
/// simulation writes through. Rows go straight to the buffered writers, so memory stays flat.
final class LandlordWriter {
  /// The options.
  let options: SampleOptions
  /// First and last day of the period.
  let firstDay: Day
  /// The last day of the period: nothing is dated after it.
  let endDay: Day
  /// The first month of the period.
  let firstMonth: Month
  /// The last month of the period.
  let endMonth: Month
  /// The recovery department.
  let staff: LandlordStaff
  /// The writers, by table.
  let agencies, staffFile, units, households, leases, ledger, balances: CSVWriter
  /// The writers of the recovery tables.
  let cases, history, actions, plans: CSVWriter
  /// Whether the ERP dialect is written.
  let erp: Bool

  /// Identifier widths (zero padding).
  let unitWidth, leaseWidth, entryWidth, actionWidth, staffWidth: Int

  /// Counters of the identifiers handed out so far.
  var unitCount = 0
  /// Households created.
  var householdCount = 0
  /// Leases created.
  var leaseCount = 0
  /// Ledger entries written.
  var entryCount = 0
  /// Recovery cases opened.
  var caseCount = 0
  /// Plans signed.
  var planCount = 0
  /// Actions written.
  var actionCount = 0

  private var labelCache: [Int: String] = [:]

  /// Opens every file of the landlord in `directory`.
  init(options: SampleOptions, directory: String) throws(SampleError) {
    self.options = options
    firstMonth = options.firstMonth
    endMonth = options.end
    firstDay = firstMonth.firstDay
    endDay = endMonth.lastDay
    staff = LandlordStaff(
      leases: options.leases, firstDay: firstDay, endDay: endDay, seed: options.seed)
    let isERP = options.dialect == .erp
    erp = isERP
    let format: CSVFormat = isERP ? .erp : .canonical
    func open(_ t: TableSpec) throws(SampleError) -> CSVWriter {
      try CSVWriter(
        path: directory + "/" + (isERP ? t.erpFile : t.canonicalFile), table: t, format: format)
    }
    agencies = try open(Schema.agencies)
    staffFile = try open(Schema.staff)
    units = try open(Schema.landlordUnits)
    households = try open(Schema.households)
    leases = try open(Schema.leases)
    ledger = try open(Schema.ledger)
    balances = try open(Schema.balances)
    cases = try open(Schema.cases)
    history = try open(Schema.caseHistory)
    actions = try open(Schema.actions)
    plans = try open(Schema.plans)
    let n = options.leases
    unitWidth = max(5, Self.digits(n + n / 4))
    leaseWidth = max(5, Self.digits(n))
    entryWidth = max(6, Self.digits(n * (options.months + 12) * 5))
    actionWidth = max(6, Self.digits(n * (options.months + 12) / 2))
    staffWidth = max(3, Self.digits(staff.members.count))
  }

  /// All writers, in the order of `Schema.landlord`.
  var all: [CSVWriter] {
    [
      agencies, staffFile, units, households, leases, ledger, balances, cases, history, actions,
      plans,
    ]
  }

  /// Number of decimal digits of `n`.
  static func digits(_ n: Int) -> Int { String(max(n, 1)).count }

  // MARK: Reference rows

  /// Writes the agencies and the staff.
  func writeReference() {
    for a in FrenchData.agencies {
      agencies.text(a.id)
      agencies.text(a.name)
      agencies.endRow()
    }
    for m in staff.members {
      staffFile.id(UInt8(ascii: "S"), m.number, width: staffWidth)
      staffFile.text(m.name)
      staffFile.code(m.role)
      staffFile.text(FrenchData.agencies[m.agency].id)
      staffFile.tenths(m.fteTenths)
      staffFile.day(m.start)
      staffFile.day(m.end)
      staffFile.endRow()
    }
  }

  /// Writes a staff reference (`S001`) or an empty field.
  func staffField(_ w: CSVWriter, _ member: Int?) {
    if let member {
      w.id(UInt8(ascii: "S"), staff.members[member].number, width: staffWidth)
    } else {
      w.text(nil)
    }
  }

  // MARK: Rows written during a lease's simulation

  /// Writes one ledger entry and returns its number.
  func entry(
    lease: Int, date: Day, type: LedgerType, amount: Cents, due: Day?, period: Month?,
    label: String
  ) {
    entryCount += 1
    ledger.id(UInt8(ascii: "E"), entryCount, width: entryWidth)
    ledger.id(UInt8(ascii: "B"), lease, width: leaseWidth)
    ledger.day(date)
    ledger.day(due)
    ledger.month(period)
    ledger.code(type)
    ledger.signedAmount(amount)
    ledger.text(label)
    if erp { ledger.setExtras([type.journal]) }
    ledger.endRow()
  }

  /// Writes one action.
  func action(
    date: Day, type: ActionType, staff member: Int?, case caseNumber: Int?, household: Int?,
    outcome: String?
  ) {
    actionCount += 1
    actions.id(UInt8(ascii: "A"), actionCount, width: actionWidth)
    actions.day(date)
    actions.code(type)
    staffField(actions, member)
    actions.id(UInt8(ascii: "D"), caseNumber, width: leaseWidth)
    actions.id(UInt8(ascii: "M"), household, width: leaseWidth)
    actions.text(outcome)
    actions.endRow()
  }

  // MARK: Labels

  /// A label that depends on a month (`Loyer octobre 2026`), built once per month and kind.
  func label(_ kind: Int, _ month: Month, _ make: (String) -> String) -> String {
    let key = kind * 200_000 + month.index
    if let s = labelCache[key] { return s }
    let s = make(FrenchData.monthLabel(month))
    labelCache[key] = s
    return s
  }

  /// Closes every file and returns what was written.
  func close() throws(SampleError) -> [SampleFile] {
    var out: [SampleFile] = []
    for w in all {
      try w.close()
      out.append(
        SampleFile(
          kind: w.table.kind, name: String(w.path.split(separator: "/").last ?? ""), rows: w.rows,
          bytes: w.bytesWritten))
    }
    return out
  }
}

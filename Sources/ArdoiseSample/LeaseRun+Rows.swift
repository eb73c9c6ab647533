import ArdoiseCore

/// The rows a lease leaves in the extracts at the end of its run.
extension LeaseRun {
  // MARK: Rows at the end

  mutating func writeRows() {
    let l = w.leases
    l.id(UInt8(ascii: "B"), number, width: w.leaseWidth)
    l.id(UInt8(ascii: "M"), household.number, width: w.leaseWidth)
    l.id(UInt8(ascii: "L"), unit, width: w.unitWidth)
    l.day(start)
    l.day(departure)
    l.amount(rent)
    l.amount(apl > 0 ? apl : nil)
    l.code(leaseType)
    l.endRow()
    for (d, b) in balanceRows {
      w.balances.id(UInt8(ascii: "B"), number, width: w.leaseWidth)
      w.balances.day(d)
      w.balances.signedAmount(b)
      w.balances.endRow()
    }
    for c in caseRows {
      w.cases.id(UInt8(ascii: "D"), c.number, width: w.leaseWidth)
      w.cases.id(UInt8(ascii: "B"), number, width: w.leaseWidth)
      w.cases.day(c.opened)
      w.cases.day(c.closed)
      w.cases.code(c.reason)
      w.cases.endRow()
    }
    for h in historyRows {
      w.history.id(UInt8(ascii: "D"), h.caseNumber, width: w.leaseWidth)
      w.history.day(h.from)
      w.history.code(h.phase)
      w.staffField(w.history, h.member)
      w.history.endRow()
    }
    for p in planRows {
      w.plans.id(UInt8(ascii: "P"), p.number, width: w.leaseWidth)
      w.plans.id(UInt8(ascii: "D"), p.caseNumber, width: w.leaseWidth)
      w.plans.day(p.signed)
      w.plans.month(p.firstMonth)
      w.plans.int(p.months)
      w.plans.amount(p.instalment)
      w.plans.amount(p.initialDebt)
      w.plans.day(p.endedOn)
      w.plans.endRow()
    }
  }
}

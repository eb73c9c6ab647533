import ArdoiseStore

/// The recovery store shared by the recovery and ageing tests, month M = 2026-10:
/// D = 2026-10-31, D(M−1) = 2026-09-30, D(M−12) = 2025-10-31, 12 months = 2025-11 … 2026-10.
///
/// Agencies AVI and CAR; staff S1, S2. Amounts in euros.
///
/// | lease | agency | dates | rent / apl | status at D | at D(M−12) |
/// |---|---|---|---|---|---|
/// | L1 | AVI | from 2024-01-01 | 500 / 0 | present | started |
/// | L2 | AVI | 2024-01-01 → 2026-10-31 (leaves on D) | 400 / 0 | departed | started |
/// | L3 | CAR | from 2024-01-01 | 600 / 200 | present | started |
/// | L4 | CAR | from 2026-11-15 | 300 / 0 | not started | not started |
/// | L5 | AVI | from 2025-12-01 | 450 / 0 | present | not started |
/// | L6 | CAR | 2023-01-01 → 2025-06-30 | 300 / 0 | departed | started |
///
/// Ledger (entry date, type, amount; due = entry date unless said):
///
///     L1  E101 2025-09-01 loyer +500 (period 2025-09)   E102 2025-09-05 paiement −500
///         E103 2025-10-01 loyer +500 (2025-10)           → balance at D(M−12) = 500
///         E104 2026-09-01 loyer +500 (2026-09)           E105 2026-09-10 paiement −400
///                                                        → opening (≤ 2026-09-30) = 600
///         E106 2026-10-01 loyer +500 (2026-10)           E107 2026-10-05 paiement −300
///         E108 2026-10-12 rejet +300 (bounced E107)      → balance at D = 1100
///         E109 2026-11-01 loyer +500 (after D: ignored)
///     L2  E201 2026-09-01 loyer +400                     → opening 400
///         E202 2026-10-01 loyer +400                     E203 2026-10-03 loyer −400 (cancelled call)
///         E204 2026-10-15 aide −150                      E205 2026-10-31 perte −100 (write-off on D)
///                                                        → balance 150
///     L3  E301 2026-10-01 loyer +600                     E302 2026-10-01 rls −50
///         E303 2026-10-06 apl −200                       E304 2026-10-10 paiement −100
///         E305 2026-10-20 reparations +80 (due 2026-11-20) → balance 330
///     L4  E401 2026-10-20 frais +50 (lease not started: only in bridge/opening/closing)
///     L5  E500 2025-10-15 frais +30 (before the lease starts: balance 30 at D(M−12), but L5
///         is not started then, so it is not in C0)   → opening 30
///         E501 2026-10-01 loyer +450                 E502 2026-10-02 paiement −630
///                                                    → balance −150 (credit)
///     L6  E601 2025-05-01 loyer +300   E602 2025-06-01 loyer +300   E603 2025-06-20 paiement −100
///                                                    → balance 500 (also at D(M−12) and opening)
///
/// Cases: K1 (L1, opened 2026-02-01; 2026-02-01 amiable S1), K2 (L1, opened 2026-06-01;
/// 2026-06-01 amiable S1, 2026-10-20 contentieux S2: reassigned in M), K3 (L2, opened
/// 2026-09-01, no history → `unassigned`), K4 (L5, 2026-01-01 → closed 2026-03-01), K5 (L1,
/// opened 2026-11-05, after D: ignored). L1's phase comes from K2 (the most recently opened
/// open case): contentieux; L2: unassigned; L3, L5, L6: sans_dossier.
enum RecoveryScenario {
  static func build(store: Store? = nil) throws -> StoreBuilder {
    let b = try StoreBuilder(store: store)
    try b.agency("AVI")
    try b.agency("CAR")
    try b.staff("S1", role: "recouvrement")
    try b.staff("S2", role: "contentieux")
    try b.lease("L1", agency: "AVI", start: "2024-01-01", rent: "500")
    try b.lease("L2", agency: "AVI", start: "2024-01-01", end: "2026-10-31", rent: "400")
    try b.lease("L3", agency: "CAR", start: "2024-01-01", rent: "600", apl: "200")
    try b.lease("L4", agency: "CAR", start: "2026-11-15", rent: "300")
    try b.lease("L5", agency: "AVI", start: "2025-12-01", rent: "450")
    try b.lease("L6", agency: "CAR", start: "2023-01-01", end: "2025-06-30", rent: "300")
    try b.entry("E101", "L1", "2025-09-01", "loyer", "500")
    try b.entry("E102", "L1", "2025-09-05", "paiement", "-500")
    try b.entry("E103", "L1", "2025-10-01", "loyer", "500")
    try b.entry("E104", "L1", "2026-09-01", "loyer", "500")
    try b.entry("E105", "L1", "2026-09-10", "paiement", "-400")
    try b.entry("E106", "L1", "2026-10-01", "loyer", "500")
    try b.entry("E107", "L1", "2026-10-05", "paiement", "-300")
    try b.entry("E108", "L1", "2026-10-12", "rejet", "300")
    try b.entry("E109", "L1", "2026-11-01", "loyer", "500")
    try b.entry("E201", "L2", "2026-09-01", "loyer", "400")
    try b.entry("E202", "L2", "2026-10-01", "loyer", "400")
    try b.entry("E203", "L2", "2026-10-03", "loyer", "-400", due: "2026-10-01")
    try b.entry("E204", "L2", "2026-10-15", "aide", "-150")
    try b.entry("E205", "L2", "2026-10-31", "perte", "-100")
    try b.entry("E301", "L3", "2026-10-01", "loyer", "600")
    try b.entry("E302", "L3", "2026-10-01", "rls", "-50")
    try b.entry("E303", "L3", "2026-10-06", "apl", "-200")
    try b.entry("E304", "L3", "2026-10-10", "paiement", "-100")
    try b.entry("E305", "L3", "2026-10-20", "reparations", "80", due: "2026-11-20")
    try b.entry("E401", "L4", "2026-10-20", "frais", "50")
    try b.entry("E500", "L5", "2025-10-15", "frais", "30")
    try b.entry("E501", "L5", "2026-10-01", "loyer", "450")
    try b.entry("E502", "L5", "2026-10-02", "paiement", "-630")
    try b.entry("E601", "L6", "2025-05-01", "loyer", "300")
    try b.entry("E602", "L6", "2025-06-01", "loyer", "300")
    try b.entry("E603", "L6", "2025-06-20", "paiement", "-100")
    try b.caseFile("K1", lease: "L1", opened: "2026-02-01")
    try b.history("K1", from: "2026-02-01", phase: "amiable", staff: "S1")
    try b.caseFile("K2", lease: "L1", opened: "2026-06-01")
    try b.history("K2", from: "2026-06-01", phase: "amiable", staff: "S1")
    try b.history("K2", from: "2026-10-20", phase: "contentieux", staff: "S2")
    try b.caseFile("K3", lease: "L2", opened: "2026-09-01")
    try b.caseFile("K4", lease: "L5", opened: "2026-01-01", closed: "2026-03-01")
    try b.history("K4", from: "2026-01-01", phase: "amiable", staff: "S1")
    try b.caseFile("K5", lease: "L1", opened: "2026-11-05")
    try b.history("K5", from: "2026-11-05", phase: "amiable", staff: "S1")
    return b
  }
}

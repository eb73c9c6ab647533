import ArdoiseCore
import ArdoiseReports

/// Realistic static datasets for the four recovery reports of a landlord with six agencies,
/// period October 2026: what the indicator engine will provide, written by hand.
enum SampleDatasets {
  /// The period of the sample.
  static let period = Period("2026-10")!

  /// The agencies: code and name.
  static let agencies = [
    ("APT", "Apt"), ("AVI", "Avignon"), ("CAR", "Carpentras"), ("CAV", "Cavaillon"),
    ("ORA", "Orange"), ("PER", "Pertuis"),
  ]

  /// The metadata of the sample run.
  static let metadata = ReportMetadata(
    organisation: "Vaucluse Habitat (exemple)", runID: "2026-11-05T06:00-cloture-mensuelle",
    definitionsVersion: "2026.1",
    definitionsHash: "9f2c4e1ab37d5f60c1e8a2b4d6f8091a3c5e7b9d1f2a4c6e8b0d2f4a6c8e0b2d",
    dataDate: Day(year: 2026, month: 11, day: 4),
    inputBatches: [
      .init(id: 41, kind: "ledger", file: "ledger_2026-10.csv", sha256: "aa11"),
      .init(id: 42, kind: "actions", file: "actions_2026-10.csv", sha256: "bb22"),
    ])

  /// Every dataset.
  static var all: [String: DataValue] {
    indicators.merging(caseload) { a, _ in a }.merging(worklists) { a, _ in a }
      .merging(quality) { a, _ in a }
  }

  /// The provider over every dataset.
  static var provider: StaticDatasetProvider { StaticDatasetProvider(all) }

  /// A record from pairs.
  static func row(_ pairs: KeyValuePairs<String, DataValue>) -> DataValue {
    .record(Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) }))
  }

  /// Euros to cents.
  static func eur(_ euros: Double) -> DataValue { .money(Int64((euros * 100).rounded())) }

  /// The indicator datasets.
  static var indicators: [String: DataValue] {
    [
      "headline": .list(headline.map(\.record)),
      "trend_13m": trend,
      "bridge": .list([
        row([
          "kind": .text("opening"), "type": .text(""),
          "label": .text("Solde d'ouverture au 30/09/2026"), "amount": eur(1_702_118.40),
          "is_total": .flag(true),
        ]),
        row([
          "kind": .text("movement"), "type": .text("loyer"),
          "label": .text("Loyers et charges quittancés"), "amount": eur(2_391_552.00),
          "is_total": .flag(false),
        ]),
        row([
          "kind": .text("movement"), "type": .text("rls"),
          "label": .text("Réduction de loyer de solidarité"), "amount": eur(-118_240.00),
          "is_total": .flag(false),
        ]),
        row([
          "kind": .text("movement"), "type": .text("paiement"),
          "label": .text("Paiements des ménages"), "amount": eur(-1_402_377.16),
          "is_total": .flag(false),
        ]),
        row([
          "kind": .text("movement"), "type": .text("apl"), "label": .text("APL versée par la CAF"),
          "amount": eur(-801_004.00), "is_total": .flag(false),
        ]),
        row([
          "kind": .text("movement"), "type": .text("aide"),
          "label": .text("Aides FSL et Loca-Pass"), "amount": eur(-21_450.00),
          "is_total": .flag(false),
        ]),
        row([
          "kind": .text("movement"), "type": .text("rejet"),
          "label": .text("Rejets de prélèvement"), "amount": eur(12_890.55),
          "is_total": .flag(false),
        ]),
        row([
          "kind": .text("movement"), "type": .text("perte"),
          "label": .text("Admissions en non-valeur"), "amount": eur(-9_812.30),
          "is_total": .flag(false),
        ]),
        row([
          "kind": .text("closing"), "type": .text(""),
          "label": .text("Solde de clôture au 31/10/2026"), "amount": eur(1_753_677.49),
          "is_total": .flag(true),
        ]),
      ]),
      "ageing": .list(
        [
          ("not_due", "Non échu", 41_220.0, 8_410.0, 210),
          ("m0_1", "0 à 1 mois", 402_118.0, 61_002.0, 512),
          ("m1_3", "1 à 3 mois", 288_450.0, 74_120.0, 301),
          ("m3_6", "3 à 6 mois", 176_020.0, 88_315.0, 190),
          ("m6_12", "6 à 12 mois", 143_907.0, 121_480.0, 142),
          ("m12_plus", "Plus de 12 mois", 101_334.0, 247_301.49, 118),
        ].map { b in
          row([
            "bucket": .text(b.0), "label": .text(b.1), "present": eur(b.2), "departed": eur(b.3),
            "total": eur(b.2 + b.3), "debtors": .count(Int64(b.4)),
            "share": .ratio((b.2 + b.3) / 1_753_677.49), "is_total": .flag(false),
          ])
        } + [
          row([
            "bucket": .text("total"), "label": .text("Total"), "present": eur(1_153_049.0),
            "departed": eur(600_628.49), "total": eur(1_753_677.49), "debtors": .count(1473),
            "share": .ratio(1), "is_total": .flag(true),
          ])
        ]),
      "receivables_by_agency": .list(
        agencies.enumerated().map { i, a in
          let present = 120_000.0 + Double(i) * 41_337.5
          let departed = 60_000.0 + Double(i * i) * 7_420.25
          return row([
            "agency": .text(a.0), "agency_name": .text(a.1), "present": eur(present),
            "departed": eur(departed), "total": eur(present + departed),
            "debtors": .count(Int64(150 + i * 37)),
            "debtor_rate": .ratio(0.081 + Double(i) * 0.011),
            "receivables_months": .decimal(0.62 + Double(i) * 0.09),
            "recovery_rate": .ratio(0.991 - Double(i) * 0.004), "is_total": .flag(false),
          ])
        } + [
          row([
            "agency": .text(""), "agency_name": .text("Total"), "present": eur(1_153_049.0),
            "departed": eur(600_628.49), "total": eur(1_753_677.49), "debtors": .count(1473),
            "debtor_rate": .ratio(0.1082), "receivables_months": .decimal(0.77),
            "recovery_rate": .ratio(0.9812), "is_total": .flag(true),
          ])
        ]),
      "receivables_by_phase": .list(
        [
          ("amiable", "Amiable", 612_030.0), ("contentieux", "Contentieux", 488_200.0),
          ("surendettement", "Surendettement", 190_114.0), ("expulsion", "Expulsion", 96_420.0),
          ("externalise", "Externalisé", 144_002.0), ("sans_dossier", "Sans dossier", 222_911.49),
        ].map { p in
          row([
            "phase": .text(p.0), "label": .text(p.1), "amount": eur(p.2),
            "share": .ratio(p.2 / 1_753_677.49), "is_total": .flag(false),
          ])
        } + [
          row([
            "phase": .text(""), "label": .text("Total"), "amount": eur(1_753_677.49),
            "share": .ratio(1), "is_total": .flag(true),
          ])
        ]),
    ]
  }

  /// The headline figures of October 2026.
  static var headline: [HeadlineFigure] {
    [
      HeadlineFigure(
        id: "billing", label: "Quittancement du mois", value: eur(2_273_312.00),
        previousMonth: eur(2_268_004.00), lastYear: eur(2_204_881.00)),
      HeadlineFigure(
        id: "collections", label: "Encaissements du mois", value: eur(2_212_643.71),
        previousMonth: eur(2_250_118.20), lastYear: eur(2_149_002.13), preference: .higherIsBetter),
      HeadlineFigure(
        id: "recovery_rate", label: "Taux de recouvrement du mois", value: .ratio(0.97331),
        previousMonth: .ratio(0.99211), lastYear: .ratio(0.97465), preference: .higherIsBetter),
      HeadlineFigure(
        id: "recovery_rate_12m", label: "Taux de recouvrement sur 12 mois", value: .ratio(0.98124),
        previousMonth: .ratio(0.98136), lastYear: .ratio(0.97702), preference: .higherIsBetter),
      HeadlineFigure(
        id: "receivables_present", label: "Créances des présents", value: eur(1_153_049.00),
        previousMonth: eur(1_121_770.15), lastYear: eur(1_190_334.00), preference: .lowerIsBetter),
      HeadlineFigure(
        id: "receivables_departed", label: "Créances des partis", value: eur(600_628.49),
        previousMonth: eur(580_348.25), lastYear: eur(612_004.80), preference: .lowerIsBetter),
      HeadlineFigure(
        id: "debtors", label: "Débiteurs", value: .count(1473), previousMonth: .count(1442),
        lastYear: .count(1519), preference: .lowerIsBetter),
      HeadlineFigure(
        id: "average_debt", label: "Dette moyenne", value: eur(1_190.55),
        previousMonth: eur(1_180.37), lastYear: eur(1_186.55), preference: .lowerIsBetter),
      HeadlineFigure(
        id: "caf_arrears", label: "Impayés CAF constitués", value: .count(212),
        previousMonth: .count(207), lastYear: .count(236), preference: .lowerIsBetter),
      HeadlineFigure(
        id: "caf_signal_overdue", label: "Signalements CAF en retard", value: .count(4),
        previousMonth: .count(2), lastYear: .null, preference: .lowerIsBetter,
        note: "Liste nominative dans la section Alertes."),
    ]
  }

  /// The 13 months to October 2026.
  static var trend: DataValue {
    let rates = [
      0.9747, 0.9902, 0.9688, 1.0121, 0.9775, 0.9861, 0.9934, 0.9712, 0.9853, 1.0034, 0.9641,
      0.9921, 0.9733,
    ]
    return .list(
      (0..<13).map { i in
        let m = period.firstMonth.adding(i - 12)
        let billing = 2_204_881.0 + Double(i) * 5_264.0
        let present = 1_190_334.0 - Double(i % 5) * 9_000 + Double(i) * 1_200
        let departed = 612_004.8 - Double(i) * 950
        return row([
          "month": .month(m), "billing": eur(billing), "collections": eur(billing * rates[i]),
          "recovery_rate": .ratio(rates[i]),
          "recovery_rate_12m": .ratio(0.977 + Double(i) * 0.00035),
          "receivables": eur(present + departed), "receivables_present": eur(present),
          "receivables_departed": eur(departed),
          "debtors": .count(Int64(1519 - i * 6 + (i % 3) * 9)),
          "average_debt": eur((present + departed) / Double(1519 - i * 6 + (i % 3) * 9)),
          "caf_arrears": .count(Int64(236 - i * 2)),
        ])
      })
  }
}

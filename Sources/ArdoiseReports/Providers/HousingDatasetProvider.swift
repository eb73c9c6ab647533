public import ArdoiseCore
import ArdoiseIndicators
public import ArdoiseStore

/// The datasets of the housing-support reports, `tableaux-deets` and `metropole-asll` (see
/// ``DatasetCatalogue``, `deets_*` and `metropole_*`), from the indicator values stored for the
/// period by `ardoise compute` and, for the *fiche de lien*, the billing and the year to date,
/// from the store itself.
///
/// Every table but the *fiche de lien* applies the configured disclosure rule (`min_cell`) to
/// its counts; the stored values are never altered. A period whose indicators were never
/// computed is an error that says which `compute` to run.
public struct HousingDatasetProvider: DatasetProvider {
  /// The organisation's store.
  public let store: Store
  /// Its indicator parameters: billing rule, monthly rates, first-contact days, `min_cell`.
  public let parameters: Parameters

  /// A provider on `store` with the organisation's `parameters`.
  public init(store: Store, parameters: Parameters) {
    self.store = store
    self.parameters = parameters
  }

  /// The names this provider serves.
  public static var datasetNames: [String] {
    DatasetCatalogue.housing.map(\.name)
  }

  /// The dataset `name` for the report's period.
  public func dataset(named name: String, parameters report: ReportParameters) throws
    -> DataValue
  {
    guard Self.datasetNames.contains(name) else { throw DatasetError.unknownDataset(name) }
    do {
      if name == "housing_parameters" { return parametersRecord }
      if name.hasPrefix("deets_") { return try deets(name, report.period) }
      guard report.period.length == .month else {
        throw DatasetError.providerFailed(
          dataset: name, message: "the Métropole's tables are monthly, not for \(report.period)")
      }
      return try metropole(name, report.period.firstMonth)
    } catch let error as DatasetError {
      throw error
    } catch {
      throw DatasetError.providerFailed(dataset: name, message: "\(error)")
    }
  }

  /// The `housing_parameters` record.
  var parametersRecord: DataValue {
    let rule = try? BillingRule(parameters)
    return .record([
      "min_cell": .count(parameters.minCell.map { Int64($0) }),
      "disclosure_note": parameters.minCell.map { n in
        n > 1
          ? .text(
            "Secret statistique : les effectifs de 1 à \(n - 1) sont affichés « < \(n) ».")
          : .null
      } ?? .null,
      "billing_rule": .text(parameters.billingRule),
      "billing_rule_label": .text(
        rule == .prorata
          ? "au prorata des jours : jours actifs du mois / jours du mois"
          : "au mois entamé : 1 mois-mesure pour chaque mois comptant au moins un jour actif"),
      "first_contact_days": .count(Int64(parameters.firstContactDays)),
    ])
  }

  /// The disclosure rule of the tables sent outside.
  var disclosure: DisclosureRule { DisclosureRule(minCell: parameters.minCell) }

  /// Whether billable months are whole numbers (`month_started`).
  var wholeMonths: Bool { (try? BillingRule(parameters)) != .prorata }

  /// The stored figures of `period`; an error naming the `compute` to run when there are none.
  func storedFigures(_ period: Period, for dataset: String) throws -> HousingFigures {
    guard
      let stored = try IndicatorEngine(store: store, parameters: parameters).stored(
        period: period)
    else {
      throw DatasetError.providerFailed(
        dataset: dataset,
        message: "the indicators of \(period) were never computed: run `ardoise compute "
          + "--period \(period)` first")
    }
    return HousingFigures(stored.values, wholeMonths: wholeMonths, disclosure: disclosure)
  }
}

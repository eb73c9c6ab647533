extension DatasetCatalogue {
  /// The data quality datasets: the period's batches and checks.
  static let quality: [DatasetDescription] = [
    DatasetDescription(
      "batches",
      "The batches of the period: received on or after its first day, up to the last batch its "
        + "figures were computed from; by batch id.",
      fields: [
        .init("batch", .count, "batch id"),
        .init("file", .text, "file name"),
        .init("kind", .text, "extract kind"),
        .init("kind_label", .text, "French label of the kind"),
        .init("profile", .text, "mapping profile"),
        .init("ingested_on", .date, "day of the ingest"),
        .init("read", .count, "rows read"),
        .init("accepted", .count, "rows stored"),
        .init("duplicate", .count, "rows already stored"),
        .init("rejected", .count, "rows in quarantine"),
        .init("warnings", .count, "rows stored with a warning"),
        .init("balanced", .flag, "read = accepted + duplicate + rejected"),
      ]),
    DatasetDescription(
      "checks", "The checks of those batches, by batch then check name.",
      fields: [
        .init("batch", .count, "batch id"),
        .init("file", .text, "file name"),
        .init("check", .text, "check name"),
        .init("label", .text, "French label of the check"),
        .init("status", .text, "pass, warn or fail"),
        .init("status_label", .text, "OK, Avertissement or Échec"),
        .init("count", .count, "failing rows"),
        .init("message", .text, "one-line explanation, in French"),
      ]),
    DatasetDescription(
      "check_samples", "A sample of failing rows (at most 20 per check), by batch, check, line.",
      fields: [
        .init("batch", .count, "batch id"),
        .init("check", .text, "check name"),
        .init("label", .text, "French label of the check"),
        .init("line", .count, "line in the file"),
        .init("key", .text, "row key"),
        .init("detail", .text, "what fails"),
      ]),
    DatasetDescription(
      "quarantine", "Rows of those batches still in quarantine, by kind and reason category.",
      fields: [
        .init("kind", .text, "extract kind"),
        .init("kind_label", .text, "French label of the kind"),
        .init("reason", .text, "reason category"),
        .init("label", .text, "French label of the reason"),
        .init("count", .count, "rows"),
        .init("replayable", .count, "rows waiting for a reference"),
      ]),
    DatasetDescription(
      "reconciliation",
      "The ledger against the ERP's balances of the latest date on or before the closing date, "
        + "per agency, then a total.",
      fields: [
        .init("agency", .text, "agency code"),
        .init("as_of", .date, "date of the ERP balances"),
        .init("erp_balance", .money, "Σ ERP balances"),
        .init("ledger_balance", .money, "Σ ledger balances at that date"),
        .init("gap", .money, "ledger - ERP"),
        .init("leases_with_gap", .count, "leases that differ"),
        .init("is_total", .flag, "true on the total row"),
      ]),
    DatasetDescription(
      "computation_checks", "The period's bridge and ageing checks.",
      fields: [
        .init("check", .text, "bridge or ageing"),
        .init("label", .text, "French label"),
        .init("status", .text, "pass or fail"),
        .init("status_label", .text, "OK or Échec"),
        .init("gap", .money, "the break, 0 when it holds"),
        .init("message", .text, "one-line explanation"),
      ]),
  ]
}

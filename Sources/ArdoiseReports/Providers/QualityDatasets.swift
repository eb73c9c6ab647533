import ArdoiseCore
import ArdoiseStore
import GRDB

/// The data quality datasets of a period, for whoever runs the jobs: `batches`, `checks`,
/// `check_samples` and `quarantine` (reconciliation and computation checks are in
/// ``ControlDatasets``).
///
/// The period's batches are those received on or after its first day, up to the last batch
/// its figures were computed from (``ReportFacts/batches(_:)``); the quarantine is the rows of
/// those batches still open.
struct QualityDatasets {
  /// The shared facts.
  let facts: ReportFacts

  /// `batches`: the period's batches, by id.
  func batches(_ p: ReportParameters) throws -> DataValue {
    .list(
      try facts.batches(p.period).map { b in
        .record([
          "batch": .count(b.id), "file": .text(b.file), "kind": .text(b.kind),
          "kind_label": .text(FrenchLabels.label(b.kind, in: FrenchLabels.kinds)),
          "profile": .text(b.profile), "ingested_on": .date(b.ingestDay), "read": .count(b.read),
          "accepted": .count(b.accepted), "duplicate": .count(b.duplicate),
          "rejected": .count(b.rejected), "warnings": .count(b.warnings),
          "balanced": .flag(b.read == b.accepted + b.duplicate + b.rejected),
        ])
      })
  }

  /// The condition selecting the period's batches by `batch_id`, with its arguments; nil
  /// when the store has no batch.
  private func scope(_ p: ReportParameters) throws -> (sql: String, arguments: StatementArguments)?
  {
    guard let last = try facts.lastBatch(p.period) else { return nil }
    return (
      "batch_id IN (SELECT id FROM batch WHERE id <= ? AND ingest_day >= ?)",
      [last, p.period.start.yyyymmdd]
    )
  }

  /// `checks`: the checks of the period's batches, by batch then check name.
  func checks(_ p: ReportParameters) throws -> DataValue {
    guard let scope = try scope(p) else { return .list([]) }
    let files = Dictionary(
      uniqueKeysWithValues: try facts.batches(p.period).map { ($0.id, $0.file) })
    let rows = try facts.store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT batch_id, name, status, count, message FROM check_result
          WHERE \(scope.sql) ORDER BY batch_id, name, id
          """, arguments: scope.arguments)
    }
    return .list(
      rows.map { r in
        let (batch, name, status, count): (Int64, String, String, Int64) = (r[0], r[1], r[2], r[3])
        return .record([
          "batch": .count(batch), "file": .text(files[batch] ?? ""), "check": .text(name),
          "label": .text(FrenchLabels.label(name, in: FrenchLabels.checks)),
          "status": .text(status),
          "status_label": .text(FrenchLabels.label(status, in: FrenchLabels.statuses)),
          "count": .count(count),
          "message": .text(
            CheckMessages.french(name: name, status: status, count: count, stored: r[4])),
        ])
      })
  }

  /// At most this many failing rows are shown per check.
  static let samplesPerCheck = 20

  /// `check_samples`: failing rows of the checks that did not pass, by batch, check, line.
  func samples(_ p: ReportParameters) throws -> DataValue {
    guard let scope = try scope(p) else { return .list([]) }
    let rows = try facts.store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT batch_id, name, line, key, detail FROM (
            SELECT c.batch_id, c.name, r.line, r.key, r.detail,
              row_number() OVER (PARTITION BY c.id ORDER BY r.line, r.rowid) AS n
            FROM check_result c JOIN check_row r ON r.check_id = c.id
            WHERE c.\(scope.sql) AND c.status <> 'pass')
          WHERE n <= ? ORDER BY batch_id, name, line, key
          """, arguments: scope.arguments + [Self.samplesPerCheck])
    }
    return .list(
      rows.map { r in
        let name: String = r[1]
        return .record([
          "batch": .count(r[0]), "check": .text(name),
          "label": .text(FrenchLabels.label(name, in: FrenchLabels.checks)),
          "line": .count(r[2]), "key": .text(r[3]), "detail": .text(r[4]),
        ])
      })
  }

  /// `quarantine`: the open rows of the period's batches by kind and reason category.
  func quarantine(_ p: ReportParameters) throws -> DataValue {
    guard let scope = try scope(p) else { return .list([]) }
    let rows = try facts.store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT kind, category, COUNT(*), SUM(category = 'reference') FROM quarantine
          WHERE status = 'open' AND \(scope.sql)
          GROUP BY kind, category ORDER BY kind, category
          """, arguments: scope.arguments)
    }
    return .list(
      rows.map { r in
        let (kind, reason): (String, String) = (r[0], r[1])
        return .record([
          "kind": .text(kind),
          "kind_label": .text(FrenchLabels.label(kind, in: FrenchLabels.kinds)),
          "reason": .text(reason),
          "label": .text(FrenchLabels.label(reason, in: FrenchLabels.rejects)),
          "count": .count(r[2]), "replayable": .count(r[3]),
        ])
      })
  }
}

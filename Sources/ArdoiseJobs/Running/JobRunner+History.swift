extension JobRunner {
  /// The recorded runs, newest first (`jobs history`).
  ///
  /// - Parameters:
  ///   - job: only this job's runs, when given.
  ///   - limit: at most this many, when given.
  public func history(job: String? = nil, limit: Int? = nil) throws -> [RunRecord] {
    try runHistory.runs(job: job, limit: limit)
  }
}

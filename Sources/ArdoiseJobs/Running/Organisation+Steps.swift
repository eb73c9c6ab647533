extension Organisation {
  /// The steps as this build carries them out: the real ingest, and compute and report through
  /// the indicator engine and the report renderer once they are plugged in here (until then
  /// those steps fail with ``StepUnavailable``).
  public func stepExecutor() -> OrganisationStepExecutor {
    OrganisationStepExecutor(organisation: self)
  }
}

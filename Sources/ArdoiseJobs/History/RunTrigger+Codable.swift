/// Written as its history name: `schedule`, `manual`, `backfill`, `catch-up`.
extension RunTrigger: Codable {}

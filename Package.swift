// swift-tools-version:6.1
import PackageDescription

/// Upcoming language features switched on for every Ardoise target.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "Ardoise",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "ardoise", targets: ["ardoise"]),
    .library(name: "ArdoiseJobs", targets: ["ArdoiseJobs"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Thin C library target.
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),

    // The flow: core values → extracts → store → indicators → reports → jobs.
    .target(
      name: "ArdoiseCore",
      dependencies: [.product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ArdoiseExtracts",
      dependencies: ["ArdoiseCore", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ArdoiseStore",
      dependencies: [
        "ArdoiseCore", "ArdoiseExtracts", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ArdoiseIndicators",
      dependencies: [
        "ArdoiseCore", "ArdoiseStore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ArdoiseReports",
      dependencies: [
        "ArdoiseCore", "ArdoiseStore", "ArdoiseIndicators", "CXlsxWriter",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ArdoiseJobs",
      dependencies: [
        "ArdoiseCore", "ArdoiseExtracts", "ArdoiseStore", "ArdoiseIndicators", "ArdoiseReports",
        "ArdoiseSample", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "ArdoiseSample",
      dependencies: ["ArdoiseCore"],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "ardoise",
      dependencies: [
        "ArdoiseCore", "ArdoiseExtracts", "ArdoiseStore", "ArdoiseIndicators", "ArdoiseReports",
        "ArdoiseJobs", "ArdoiseSample",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),

    // Tests mirror the targets.
    .testTarget(
      name: "ArdoiseCoreTests", dependencies: ["ArdoiseCore"], swiftSettings: swiftSettings),
    .testTarget(
      name: "ArdoiseExtractsTests", dependencies: ["ArdoiseExtracts"], swiftSettings: swiftSettings),
    .testTarget(
      name: "ArdoiseStoreTests",
      dependencies: [
        "ArdoiseStore", "ArdoiseSample", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ArdoiseIndicatorsTests",
      dependencies: ["ArdoiseIndicators", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ArdoiseReportsTests",
      dependencies: [
        "ArdoiseReports", "ArdoiseStore", "ArdoiseIndicators",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ArdoiseJobsTests",
      dependencies: [
        "ArdoiseJobs", "ArdoiseSample", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ArdoiseSampleTests", dependencies: ["ArdoiseSample"], swiftSettings: swiftSettings),
  ]
)

// `make fuzz` builds the libFuzzer target (with `ARDOISE_FUZZ=1` and `-sanitize=fuzzer`); it has
// no `main` of its own, so ordinary builds leave it out.
if Context.environment["ARDOISE_FUZZ"] != nil {
  package.targets.append(
    .executableTarget(
      name: "ArdoiseFuzz",
      dependencies: ["ArdoiseCore", "ArdoiseExtracts"],
      swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])]
    ))
}

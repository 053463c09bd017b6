// swift-tools-version: 6.2
import PackageDescription

/// Every target shares one set of settings: Swift 6 language mode (the tools
/// version's default), explicit `any`, imports visible only where declared,
/// and warnings treated as errors so a clean build means a clean build.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "survey",
    products: [
        .executable(name: "survey", targets: ["survey"]),
        // Libraries are products only so that the benchmark packages under
        // bench/ can link them; the product itself is the executable.
        .library(name: "StrictJSON", targets: ["StrictJSON"]),
        .library(name: "HTTPServer", targets: ["HTTPServer"]),
        .library(name: "SurveyModel", targets: ["SurveyModel"]),
        .library(name: "SurveyStore", targets: ["SurveyStore"]),
        .library(name: "SurveyCharts", targets: ["SurveyCharts"]),
        .library(name: "SurveyEvaluation", targets: ["SurveyEvaluation"]),
    ],
    targets: [
        // Foundations with no knowledge of surveys.
        .target(name: "CSystem"),
        .target(name: "StrictJSON", swiftSettings: swiftSettings, linkerSettings: [.linkedLibrary("m")]),
        // Optimised in every build: a sign-in hashes 600,000 PBKDF2 rounds, which unoptimised
        // code takes the better part of a minute for, and `swift run survey serve --demo` is a debug build.
        .target(
            name: "CryptoPrimitives",
            swiftSettings: swiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "CSVCodec", swiftSettings: swiftSettings),
        // Parquet files and the Thrift compact protocol of their metadata.
        .target(name: "ParquetFile", swiftSettings: swiftSettings),
        .target(name: "Suggestions", swiftSettings: swiftSettings),
        .target(name: "ArgumentParsing", dependencies: ["Suggestions"], swiftSettings: swiftSettings),
        .target(name: "HTTPServer", dependencies: ["CSystem"], swiftSettings: swiftSettings),
        // Test clients for the server: straight through the router, or live over loopback sockets.
        .target(name: "HTTPServerTesting", dependencies: ["HTTPServer", "CSystem"], swiftSettings: swiftSettings),
        .target(name: "Markup", swiftSettings: swiftSettings),
        // E-mail messages (RFC 5322, MIME, quoted-printable, RFC 2047 encoded words); knows nothing of surveys.
        .target(name: "InternetMessage", swiftSettings: swiftSettings),
        // Mail delivery through the system's sendmail program or SMTP to a relay; knows nothing of surveys.
        .target(name: "MailTransport", swiftSettings: swiftSettings),
        // ZIP archives with our own DEFLATE, and Excel workbooks (SpreadsheetML) inside them.
        .target(name: "ZipArchive", swiftSettings: swiftSettings),
        .target(name: "OfficeWorkbook", dependencies: ["ZipArchive", "Markup"], swiftSettings: swiftSettings),
        // SPSS system files (.sav) and names, written to PSPP's documentation of the format.
        .target(name: "SPSSSystemFile", swiftSettings: swiftSettings),
        .target(
            name: "SurveyCharts", dependencies: ["Markup"], swiftSettings: swiftSettings,
            linkerSettings: [.linkedLibrary("m")]
        ),
        // Edge cases for every escaper, shared by the tests of each module that writes text.
        .target(name: "EscapingCorpus", swiftSettings: swiftSettings),
        // For tests only: external programs as test conditions, golden files, test environment variables.
        .target(name: "TestSupport", swiftSettings: swiftSettings),

        // The survey product, layered: model → store → command line.
        .target(name: "SurveyModel", dependencies: ["StrictJSON", "Suggestions"], swiftSettings: swiftSettings),
        .target(
            name: "SurveyStore",
            dependencies: ["SurveyModel", "StrictJSON", "CryptoPrimitives", "CSVCodec", "Suggestions"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyntheticResponses", dependencies: ["SurveyModel", "StrictJSON"], swiftSettings: swiftSettings
        ),
        .target(
            name: "SurveyEvaluation",
            dependencies: [
                "SurveyModel", "SurveyStore", "SurveyCharts", "Markup", "StrictJSON", "CSVCodec", "CryptoPrimitives",
            ],
            swiftSettings: swiftSettings
        ),
        // Definitions converted from other survey tools (LimeSurvey, SurveyJS).
        .target(
            name: "SurveyConversion", dependencies: ["SurveyModel", "StrictJSON", "Suggestions"],
            swiftSettings: swiftSettings
        ),
        // Typed export formats (workbooks, statistics files, Parquet) written from the evaluation's export table.
        .target(
            name: "SurveyExport",
            dependencies: [
                "SurveyEvaluation", "SurveyModel", "SurveyStore", "CSVCodec", "Markup", "StrictJSON", "OfficeWorkbook",
                "ParquetFile", "SPSSSystemFile", "ZipArchive",
            ],
            swiftSettings: swiftSettings
        ),
        // Invitations and reminders by e-mail: settings, recipients, the round and its log.
        .target(
            name: "SurveyMail",
            dependencies: [
                "SurveyModel", "SurveyStore", "InternetMessage", "MailTransport", "CryptoPrimitives", "StrictJSON",
                "Suggestions", "Markup",
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SurveyWeb",
            dependencies: [
                "SurveyModel", "SurveyStore", "SurveyEvaluation", "SurveyExport", "Markup", "HTTPServer",
                "CryptoPrimitives", "StrictJSON", "CSVCodec", "SurveyCharts",
                "SurveyMail", "InternetMessage", "MailTransport",
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SurveyCLI",
            dependencies: [
                "ArgumentParsing", "Markup", "SurveyModel", "SurveyStore", "SurveyEvaluation", "SurveyExport",
                "SurveyConversion",
                "SurveyWeb",
                "SurveyMail", "InternetMessage", "MailTransport",
                "HTTPServer", "Suggestions",
                "StrictJSON", "SyntheticResponses", "CSVCodec", "CryptoPrimitives",
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "survey", dependencies: ["SurveyCLI"], swiftSettings: swiftSettings),

        .testTarget(name: "StrictJSONTests", dependencies: ["StrictJSON"], swiftSettings: swiftSettings),
        .testTarget(name: "CryptoPrimitivesTests", dependencies: ["CryptoPrimitives"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CSVCodecTests", dependencies: ["CSVCodec", "EscapingCorpus", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SuggestionsTests", dependencies: ["Suggestions"], swiftSettings: swiftSettings),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HTTPServerTests", dependencies: ["HTTPServer", "HTTPServerTesting"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ZipArchiveTests", dependencies: ["ZipArchive", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "OfficeWorkbookTests", dependencies: ["OfficeWorkbook", "ZipArchive", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "InternetMessageTests", dependencies: ["InternetMessage", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "MailTransportTests", dependencies: ["MailTransport", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MarkupTests", dependencies: ["Markup", "EscapingCorpus"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SurveyChartsTests", dependencies: ["SurveyCharts", "Markup", "EscapingCorpus", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyModelTests",
            dependencies: ["SurveyModel", "StrictJSON", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyStoreTests",
            dependencies: ["SurveyStore", "SurveyModel", "StrictJSON", "CryptoPrimitives", "CSVCodec"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyEvaluationTests",
            dependencies: [
                "SurveyEvaluation", "SurveyModel", "SurveyStore", "StrictJSON", "SyntheticResponses", "CSVCodec",
                "Markup", "EscapingCorpus", "TestSupport", "SurveyCharts",
            ],
            exclude: ["Golden"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyWebTests",
            dependencies: [
                "SurveyWeb", "SurveyModel", "SurveyStore", "SurveyEvaluation", "HTTPServer", "HTTPServerTesting",
                "CryptoPrimitives", "StrictJSON", "Markup", "EscapingCorpus", "TestSupport", "CSVCodec",
                "SurveyConversion", "SyntheticResponses",
                "SurveyMail", "InternetMessage", "MailTransport",
            ],
            exclude: ["Golden", "Fixtures"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyMailTests",
            dependencies: [
                "SurveyMail", "SurveyModel", "SurveyStore", "InternetMessage", "MailTransport", "CryptoPrimitives",
                "StrictJSON",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyCLITests",
            dependencies: [
                "SurveyCLI", "SurveyModel", "SurveyStore", "SurveyWeb", "ArgumentParsing", "HTTPServer", "StrictJSON",
                "Markup", "EscapingCorpus", "TestSupport", "SurveyEvaluation",
            ],
            exclude: ["Fixtures", "Trial/Golden", "Diff/Golden"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyExportTests",
            dependencies: [
                "SurveyExport", "SurveyEvaluation", "SurveyModel", "SurveyStore", "SyntheticResponses", "CSVCodec",
                "TestSupport", "OfficeWorkbook", "ParquetFile", "SPSSSystemFile",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SPSSSystemFileTests", dependencies: ["SPSSSystemFile", "TestSupport", "CSVCodec"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SurveyConversionTests",
            dependencies: ["SurveyConversion", "SurveyModel", "StrictJSON", "SyntheticResponses", "TestSupport"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "ParquetFileTests", dependencies: ["ParquetFile"], swiftSettings: swiftSettings),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SyntheticResponsesTests", dependencies: ["SyntheticResponses", "SurveyModel", "StrictJSON"],
            swiftSettings: swiftSettings
        ),
    ]
)

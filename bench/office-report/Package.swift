// swift-tools-version: 6.2
// Benchmark of what the office's live report page computes per request, at a given log size.
// A package of its own so the product's manifest stays free of benchmark code.
import PackageDescription

let package = Package(
    name: "office-report-bench",
    dependencies: [.package(name: "survey", path: "../..")],
    targets: [
        .executableTarget(
            name: "office-report-bench",
            dependencies: [
                .product(name: "SurveyEvaluation", package: "survey"),
                .product(name: "SurveyModel", package: "survey"),
                .product(name: "SurveyStore", package: "survey"),
            ]
        )
    ]
)

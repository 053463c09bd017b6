// swift-tools-version: 6.2
// Benchmark of the evaluation over a generated response log, run against DuckDB by run.sh.
// A package of its own so the product's manifest stays free of benchmark code.
import PackageDescription

let package = Package(
    name: "eval-bench",
    dependencies: [.package(name: "survey", path: "../..")],
    targets: [
        .executableTarget(
            name: "eval-bench",
            dependencies: [
                .product(name: "SurveyEvaluation", package: "survey"),
                .product(name: "SurveyModel", package: "survey"),
            ]
        )
    ]
)

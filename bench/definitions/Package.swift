// swift-tools-version: 6.2
// Benchmark of loading and checking survey definitions and of validating answers.
// A package of its own so the product's manifest stays free of benchmark code.
import PackageDescription

let package = Package(
    name: "definitions-bench",
    dependencies: [.package(name: "survey", path: "../..")],
    targets: [
        .executableTarget(
            name: "definitions-bench",
            dependencies: [
                .product(name: "SurveyModel", package: "survey"),
                .product(name: "StrictJSON", package: "survey"),
            ]
        )
    ]
)

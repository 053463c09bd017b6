// swift-tools-version: 6.2
// Benchmark of the StrictJSON parser against Foundation's JSONSerialization.
// A package of its own so the product's manifest stays free of benchmark code.
import PackageDescription

let package = Package(
    name: "json-bench",
    dependencies: [.package(name: "survey", path: "../..")],
    targets: [
        .executableTarget(
            name: "json-bench",
            dependencies: [.product(name: "StrictJSON", package: "survey")]
        )
    ]
)

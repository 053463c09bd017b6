// swift-tools-version: 6.2
import PackageDescription

/// Times SurveyCharts rendering through the library product, so it builds
/// with the module's own dependencies (Markup) as the product does.
let package = Package(
    name: "charts-bench",
    dependencies: [.package(name: "survey", path: "../..")],
    targets: [
        .executableTarget(
            name: "charts-bench",
            dependencies: [.product(name: "SurveyCharts", package: "survey")]
        )
    ]
)

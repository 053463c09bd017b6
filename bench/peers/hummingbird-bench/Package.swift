// swift-tools-version: 6.0
import PackageDescription

/// Hummingbird 2 serving the same workload as `bench/http/`, for comparison.
/// Only `bench/http/run.sh` builds this package; the product never depends on it.
let package = Package(
    name: "hummingbird-bench",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1")
    ],
    targets: [
        .executableTarget(
            name: "HummingbirdBench",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        )
    ]
)

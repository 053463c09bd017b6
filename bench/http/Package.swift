// swift-tools-version: 6.2
import PackageDescription

/// The benchmark server: our HTTPServer serving the same workload as the
/// Hummingbird peer in `bench/peers/hummingbird-bench`. The product package
/// offers only an executable, so this package compiles the server module's
/// sources through symbolic links instead of depending on a library product.
let package = Package(
    name: "http-bench",
    targets: [
        .target(name: "CSystem"),
        .target(
            name: "HTTPServer", dependencies: ["CSystem"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(name: "BenchServer", dependencies: ["HTTPServer"]),
    ]
)

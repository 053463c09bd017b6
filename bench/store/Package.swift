// swift-tools-version: 6.2
// Benchmarks of the response store: durable appends under concurrency and
// streaming reads of a large log. A package of its own so the product's
// manifest stays free of benchmark code.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, which differs between
// checkouts; derive it instead of hard-coding it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rootPackage = root.lastPathComponent.lowercased()

let package = Package(
    name: "store-bench",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "store-bench",
            dependencies: [
                .product(name: "SurveyStore", package: rootPackage),
                .product(name: "StrictJSON", package: rootPackage),
            ]
        )
    ]
)

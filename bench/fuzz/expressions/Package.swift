// swift-tools-version: 5.9
// A libFuzzer harness for the expression language. It compiles the expression
// sources of SurveyModel (linked into Sources/ExpressionFuzz) as its own
// module, so it builds without the rest of the package. Build and run with run.sh.
import PackageDescription

let package = Package(
    name: "expression-fuzz",
    targets: [
        .executableTarget(
            name: "ExpressionFuzz",
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
        )
    ]
)

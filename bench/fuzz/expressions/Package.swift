// swift-tools-version: 5.9
// A libFuzzer harness for the expression language. It compiles the expression
// sources of SurveyModel and the calendar date they use (linked into
// Sources/ExpressionFuzz) and the Suggestions module (linked into
// Sources/Suggestions), so it builds without the rest of the package.
// Build and run with run.sh.
import PackageDescription

let package = Package(
    name: "expression-fuzz",
    targets: [
        .target(name: "Suggestions", swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]),
        .executableTarget(
            name: "ExpressionFuzz",
            dependencies: ["Suggestions"],
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
        )
    ]
)

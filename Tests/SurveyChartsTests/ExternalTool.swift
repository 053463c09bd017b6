import Foundation
import Testing

/// Runs a command-line program the tests rely on, such as `xmllint`.
///
/// A missing program is a test failure naming the Debian package to install,
/// never a silent pass.
struct ExternalTool {
    let name: String
    let package: String

    static let xmllint = ExternalTool(name: "xmllint", package: "libxml2-utils")
    static let rsvgConvert = ExternalTool(name: "rsvg-convert", package: "librsvg2-bin")
    static let chromium = ExternalTool(name: "chromium", package: "chromium")

    /// The outcome of one run.
    struct Result {
        var status: Int32
        var output: String
    }

    /// The program's path on `PATH`, or `nil`.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program, recording an issue and returning `nil` if it is not installed.
    func run(_ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Result? {
        guard let path else {
            Issue.record("\(name) is not installed; install the Debian package \(package)", sourceLocation: sourceLocation)
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

import Foundation
import Testing

/// A program the report and export tests run (`xmllint`, `chromium`, LibreOffice); a missing one is a failure naming its package.
struct InstalledTool {
    let path: String
    let package: String

    static let xmllint = InstalledTool(path: "/usr/bin/xmllint", package: "libxml2-utils")
    static let chromium = InstalledTool(path: "/usr/bin/chromium", package: "chromium")
    static let libreOffice = InstalledTool(path: "/usr/bin/soffice", package: "libreoffice-calc-nogui")

    /// Runs the program and returns its exit status; nil (with an issue recorded) when it is not installed.
    func run(_ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int32? {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("\(path) is not installed; install the Debian package \(package)", sourceLocation: sourceLocation)
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

import Foundation
import Testing

extension ExternalTool {
    /// Runs the program on a script (PSPP syntax, a Python program) written to a temporary file
    /// with `fileExtension`, between `arguments` and `scriptArguments`.
    /// - Returns: the outcome, or nil (with an issue recorded) when the program is missing.
    package func run(
        script: String, fileExtension: String, arguments: [String] = [], scriptArguments: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "script-\(UUID().uuidString).\(fileExtension)")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(arguments + [file.path] + scriptArguments, sourceLocation: sourceLocation)
    }
}

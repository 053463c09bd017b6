import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
public final class Console: Sendable {
    private let writeOut: @Sendable (String) -> Void
    private let writeError: @Sendable (String) -> Void

    /// Writes to the process's standard output and standard error.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        error: { FileHandle.standardError.write(Data($0.utf8)) })

    public init(out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        writeOut = out
        writeError = error
    }

    /// Writes `text` and a line break (or `terminator`) to standard output.
    public func print(_ text: String, terminator: String = "\n") { writeOut(text + terminator) }

    /// Writes `text` and a line break to standard error.
    public func printError(_ text: String) { writeError(text + "\n") }
}

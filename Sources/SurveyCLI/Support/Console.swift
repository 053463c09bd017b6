import Foundation
import Markup

/// Where a command writes: standard output and standard error, or buffers in tests.
///
/// Text for people passes through ``TerminalEscaper`` on its way out, so no
/// answer, label, file name or definition line can send control sequences to
/// the terminal; data for programs (CSV, JSON) goes out unchanged.
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

    /// Writes `text` and a line break (or `terminator`) to standard output;
    /// control characters other than line feeds and tabs are shown escaped.
    public func print(_ text: String, terminator: String = "\n") {
        writeOut(TerminalEscaper.escapeKeepingLineBreaks(text) + terminator)
    }

    /// Writes `text` and a line break to standard error; control characters
    /// other than line feeds and tabs are shown escaped.
    public func printError(_ text: String) { writeError(TerminalEscaper.escapeKeepingLineBreaks(text) + "\n") }

    /// Writes data for another program (CSV, JSON) to standard output exactly as it is.
    public func write(data text: String) { writeOut(text) }
}

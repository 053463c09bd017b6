import Foundation
import Glibc
import Markup

/// Where a command writes: standard output and standard error, or buffers in tests.
///
/// Text for people passes through ``TerminalEscaper`` on its way out, so no
/// answer, label, file name or definition line can send control sequences to
/// the terminal; data for programs (CSV, JSON) goes out unchanged, unless
/// standard output is a terminal, where a person reads the data too.
public final class Console: Sendable {
    private let writeOut: @Sendable (String) -> Void
    private let writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal rather than a file or a pipe.
    private let outputIsTerminal: Bool
    /// The environment variables the command sees, such as `LANG` for the language of messages.
    let environment: [String: String]

    /// Writes to the process's standard output and standard error.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        error: { FileHandle.standardError.write(Data($0.utf8)) },
        outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)

    /// Creates a console that hands its output to `out` and `error`.
    ///
    /// - Parameters:
    ///   - outputIsTerminal: whether `out` is read on a terminal, so that data is escaped too.
    ///   - environment: the variables the command sees; none by default, so tests do not depend on the machine.
    public init(
        out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void,
        outputIsTerminal: Bool = false, environment: [String: String] = [:]
    ) {
        writeOut = out
        writeError = error
        self.outputIsTerminal = outputIsTerminal
        self.environment = environment
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
    ///
    /// On a terminal the data (an export, the invitation list) is shown like
    /// text for people: a label or an answer holding an escape sequence would
    /// otherwise act on the terminal. CSV line ends become plain line feeds there.
    public func write(data text: String) {
        guard outputIsTerminal else { return writeOut(text) }
        writeOut(TerminalEscaper.escapeKeepingLineBreaks(text.replacing("\r\n", with: "\n")))
    }
}

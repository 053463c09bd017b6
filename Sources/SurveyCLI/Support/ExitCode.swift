/// The process exit codes of `survey`, as documented in `--help`.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// The command ran and found problems (invalid definitions, failed checks).
    case failure = 1
    /// The command line itself was wrong.
    case usage = 2
}

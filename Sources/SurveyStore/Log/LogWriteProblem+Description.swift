import Glibc

extension LogWriteProblem: CustomStringConvertible {
    /// What the operator reads in `/healthz`: the log and what is wrong with it.
    public var description: String {
        switch self {
        case .closed:
            "the log is closed"
        case .unusable(let error):
            "\(error.path): \(error.operation.rawValue) failed (\(String(cString: strerror(error.code)))) and could not "
                + "be undone; restart to recover the log"
        case .notWritable(let path, let code):
            "\(path): cannot be written (\(String(cString: strerror(code))))"
        }
    }
}

/// What can stop the web application from starting.
public enum WebError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The responses folder cannot be created or written.
    case responsesFolder(path: String, reason: String)
    /// The server's secret key file exists but is not a key.
    case damagedKeyFile(path: String)

    public var description: String {
        switch self {
        case .responsesFolder(let path, let reason):
            "\(path): cannot be used for responses (\(reason)); check that the folder exists and is writable"
        case .damagedKeyFile(let path):
            "\(path): is not a server key (64 hex digits expected); delete it to create a new one, which signs everyone out"
        }
    }
}

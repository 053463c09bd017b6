/// Why the office password could not be set.
public enum OfficePasswordError: Error, Equatable, CustomStringConvertible {
    /// The password breaks the ``PasswordPolicy``.
    case refused(PasswordPolicy.Problem)
    /// The password file could not be written.
    case unwritable(file: String)

    public var description: String {
        switch self {
        case .refused(let problem): problem.description
        case .unwritable(let file): "cannot write \(file); check the permissions"
        }
    }
}

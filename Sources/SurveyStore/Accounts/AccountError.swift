/// Why an account could not be changed or used.
public enum AccountError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidEmail(String)
    case duplicateEmail(String)
    /// No account has this address; `suggestion` is a close one, if any.
    case unknownUser(String, suggestion: String?)
    /// The invitation link is unknown, used or expired.
    case invitationInvalid
    case passwordRefused(PasswordPolicy.Problem)
    /// Changing one's own password: the current password given is not the account's.
    case currentPasswordWrong
    /// An admin may not disable or remove the last active admin, so the office never locks itself out.
    case lastAdmin(String)
    /// There is no `.admin-password` to migrate, or it cannot be read.
    case nothingToMigrate(file: String)
    /// `.accounts.json` exists but cannot be read as accounts; it is never overwritten then.
    case damaged(file: String)
    case file(FileError)

    public var description: String {
        switch self {
        case .invalidEmail(let text): "'\(text)' is not an e-mail address"
        case .duplicateEmail(let email): "an account for \(email) exists already"
        case .unknownUser(let email, let suggestion):
            "no account for \(email)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invitationInvalid: "the invitation link is unknown, used or expired"
        case .passwordRefused(let problem): problem.description
        case .currentPasswordWrong: "the current password is not correct"
        case .lastAdmin(let email): "\(email) is the last active admin; add or enable another admin first"
        case .nothingToMigrate(let file): "there is no old office password to migrate (\(file))"
        case .damaged(let file): "\(file) cannot be read as accounts; restore it from a backup"
        case .file(let error): "cannot write \(error.path) (errno \(error.code)); check the permissions"
        }
    }
}

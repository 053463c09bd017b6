/// A change an admin makes to someone else's account, the same from `survey users …` and the office's users page.
///
/// One list of changes with one way to apply them keeps the command line and
/// the web area to the same rules: the store refuses to disable or remove the
/// last active admin, whichever of them asks.
public enum AccountChange: String, Sendable, CaseIterable {
    case disable, enable, remove, reset

    /// The audit log's name for the change.
    public var action: AuditAction {
        switch self {
        case .disable: .userDisabled
        case .enable: .userEnabled
        case .remove: .userRemoved
        case .reset: .userReset
        }
    }

    /// Whether the change takes something away that the person would notice, so the office asks first.
    public var needsConfirmation: Bool { self != .enable }
}

extension AccountDirectory {
    /// Applies `change` to the account `email`; a reset also returns its new invitation token (shown once).
    public func apply(_ change: AccountChange, email: String, now: Timestamp) throws(AccountError)
        -> (account: Account, token: String?)
    {
        switch change {
        case .disable, .enable: (try setDisabled(change == .disable, email: email, now: now), nil)
        case .remove: (try remove(email: email), nil)
        case .reset: try reset(email: email, now: now)
        }
    }
}

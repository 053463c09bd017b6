import SurveyStore

/// What signed-in people do to their own account: choose a new password, and sign out everywhere.
extension OfficeAccess {
    /// How a password change ended.
    enum PasswordChangeOutcome: Sendable {
        /// Changed; every other session has ended, and this is the asking browser's new session.
        case changed(session: String)
        case refused(AccountError)
        /// Too many wrong current passwords: wait this many seconds.
        case throttled(seconds: Int)
    }

    /// Changes the password of the account signed in with `session` on the sign-in queue, where every
    /// password is hashed; `completion` gets the outcome.
    ///
    /// A wrong current password counts as a failed sign-in of the account, so a session left open
    /// on a shared computer cannot be used to guess the password.
    /// - Returns: false, without calling `completion`, when the backlog or the client's share is full.
    func changePassword(
        session: String, current: String, new: String, client: String,
        completion: @escaping @Sendable (PasswordChangeOutcome) -> Void
    ) -> Bool {
        guard let account = account(forSession: session) else {
            completion(.refused(.unknownUser("", suggestion: nil)))
            return true
        }
        let accountKey = "account:" + account.email
        let wait = throttle.wait(for: accountKey, now: now())
        if wait > 0 {
            completion(.throttled(seconds: Int(wait.rounded(.up))))
            return true
        }
        return enqueue(client: client) { [self] in
            do throws(AccountError) {
                let changed = try accounts.changePassword(id: account.id, current: current, new: new, now: timestamp())
                throttle.clear(accountKey)
                sessions.closeAll(accountID: changed.id)
                record(.passwordChanged, account: changed, client: client, object: changed.email)
                guard let session = sessions.open(for: changed, now: timestamp()) else {
                    return completion(.refused(.unknownUser(changed.email, suggestion: nil)))
                }
                completion(.changed(session: session))
            } catch {
                if error == .currentPasswordWrong { throttle.recordFailure(accountKey, now: now()) }
                completion(.refused(error))
            }
        }
    }

    /// Ends every session of the account signed in with `session`, on every computer.
    func signOutEverywhere(_ session: String, client: String) {
        guard let account = account(forSession: session) else { return }
        sessions.closeAll(accountID: account.id)
        record(.signOutEverywhere, account: account, client: client, object: nil)
    }
}

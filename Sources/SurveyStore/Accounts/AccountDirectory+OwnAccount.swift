/// What a signed-in person does to their own account: a new password, and the time of each sign-in.
extension AccountDirectory {
    /// Replaces the password of the active account `id`, if `current` is its password and `new` passes the policy.
    ///
    /// Sessions are bound to the password (``Account/passwordStamp``), so every session of the account ends
    /// with the change; the caller opens a new one for the browser that asked.
    public func changePassword(id: String, current: String, new: String, now: Timestamp) throws(AccountError)
        -> Account
    {
        if let problem = PasswordPolicy.problem(with: new) { throw .passwordRefused(problem) }
        guard let account = account(id: id), account.state == .active, let hash = account.passwordHash else {
            throw .unknownUser(id, suggestion: nil)
        }
        guard hash.matches(current) else { throw .currentPasswordWrong }
        let stronger = PasswordHash(password: new, iterations: iterations)
        return try update { accounts throws(AccountError) in
            // Only if nothing changed the password meanwhile.
            guard let index = accounts.firstIndex(where: { $0.id == id }), accounts[index].passwordHash == hash
            else { throw .currentPasswordWrong }
            accounts[index].passwordHash = stronger
            accounts[index].changed = now
            return accounts[index]
        }
    }

    /// Notes that the account `id` signed in at `now`; a file that cannot be written leaves the old time.
    public func noteSignIn(id: String, now: Timestamp) {
        _ = try? update { accounts throws(AccountError) in
            guard let index = accounts.firstIndex(where: { $0.id == id }) else { return }
            accounts[index].lastSignIn = now
        }
    }
}

import Dispatch
import Foundation
import SurveyStore
import Synchronization

/// The office area's accounts, invitation links, persisted sessions, sign-in throttling and audit log.
///
/// A session belongs to one account and to the password it was opened with:
/// every request looks the account up (the accounts file is read again only
/// when it changed), so disabling, removing or resetting an account, or a new
/// password, ends its sessions at once, also when `survey users …` did it
/// while the server runs.
public final class OfficeAccess: Sendable {
    /// Why a sign-in did not open a session.
    enum SignInOutcome: Sendable {
        case signedIn(session: String)
        case wrongCredentials
        /// The client or the account must wait this many seconds before trying again.
        case throttled(seconds: Int)
    }

    private struct Checks {
        /// Checks waiting or running on `checks`, in all and per client.
        var pending = 0
        var pendingByClient: [String: Int] = [:]
    }

    /// Everyone who may use the office area.
    public let accounts: AccountDirectory
    /// Every office action, one line each.
    public let audit: AuditLog
    let sessions: OfficeSessionStore
    /// Failed sign-ins per client address and per account.
    let throttle: SignInThrottle
    let now: @Sendable () -> Date
    private let pending = Mutex(Checks())
    /// Where passwords are checked, one at a time (see ``signIn(email:password:client:completion:)``).
    private let checks: DispatchQueue
    /// How many checks may wait or run at once before a further sign-in is refused.
    let checkBacklog: Int
    /// How many of them one client may hold, so a single client cannot keep the backlog full.
    let checksPerClient: Int

    /// Opens the office's access in `folder`, migrating an old shared office password into an admin account.
    ///
    /// - Parameters:
    ///   - iterations: PBKDF2 rounds for new password hashes; tests lower them for speed.
    ///   - checks: the serial queue passwords are checked on; tests suspend it to fill the backlog.
    ///   - checkBacklog: how many sign-ins may wait for their check at once.
    ///   - checksPerClient: how many of those one client (address or IPv6 /64) may hold.
    init(
        folder: String, lifetime: OfficeSessionLifetime, throttle: SignInThrottle = SignInThrottle(),
        iterations: Int = PasswordHash.defaultIterations, now: @escaping @Sendable () -> Date = { Date() },
        checks: DispatchQueue = DispatchQueue(label: "survey.office.sign-in"), checkBacklog: Int = 8,
        checksPerClient: Int = 2
    ) {
        accounts = AccountDirectory(folder: folder, iterations: iterations)
        audit = AuditLog(folder: folder)
        sessions = OfficeSessionStore(
            folder: folder,
            lifetime: OfficeSessionStore.Lifetime(idle: Int64(lifetime.idle), absolute: Int64(lifetime.absolute)))
        self.throttle = throttle
        self.now = now
        self.checks = checks
        self.checkBacklog = checkBacklog
        self.checksPerClient = checksPerClient
        migrateLegacyPassword()
    }

    /// Turns an `.admin-password` left by an earlier version into the admin account `admin`.
    ///
    /// Only when there are no accounts yet: the people who knew the shared
    /// password sign in as „admin“ with it and can then invite themselves by name.
    /// `survey users migrate --email …` before the first start gives the account a real address instead.
    private func migrateLegacyPassword() {
        guard accounts.hasLegacyPassword, (try? accounts.all())?.isEmpty == true,
            let account = try? accounts.migrateLegacyPassword(email: EmailAddress.firstAdmin, now: timestamp())
        else { return }
        record(.userMigrated, account: account, client: "local", object: account.email)
    }

    /// Whether anyone can sign in.
    public var hasAccounts: Bool { (try? accounts.all())?.contains { $0.state == .active } == true }

    /// Whether people were invited (with `survey users add`) but nobody has set a password yet.
    public var hasInvitations: Bool { (try? accounts.all())?.contains { $0.state == .invited } == true }

    /// A path `/admin/invite/<token>` for a first admin, `admin`, while no account exists; nil once one does.
    ///
    /// Each call on an empty office issues a new link (the previous one stops working), so a restart
    /// that prints a new link never leaves an old one usable.
    public func setupPath() -> String? {
        guard let all = try? accounts.all(), !all.contains(where: { $0.state == .active }) else { return nil }
        let issued =
            if all.contains(where: { $0.email == EmailAddress.firstAdmin }) {
                try? accounts.reset(email: EmailAddress.firstAdmin, now: timestamp())
            } else if all.isEmpty {
                try? accounts.add(email: EmailAddress.firstAdmin, name: "Administrator", role: .admin, now: timestamp())
            } else {
                nil as (account: Account, token: String)?
            }
        return issued.map { "/admin/invite/" + $0.token }
    }

    /// The account an invitation token belongs to, while the link is good.
    func invitedAccount(_ token: String) -> Account? { accounts.account(invitation: token, now: timestamp()) }

    /// Sets the password through an invitation link, which then stops working, and signs the person in;
    /// the hashing runs on the sign-in queue like every password check, and `completion` gets the session id.
    ///
    /// Whoever holds the link has just chosen the password; asking for it again at once would add nothing.
    /// - Returns: false, without calling `completion`, when the backlog or the client's share is full.
    func acceptInvitation(
        token: String, password: String, client: String,
        completion: @escaping @Sendable (Result<String, AccountError>) -> Void
    ) -> Bool {
        enqueue(client: client) { [self] in
            completion(
                Result { () throws(AccountError) in
                    try acceptInvitation(token: token, password: password, client: client)
                })
        }
    }

    private func acceptInvitation(token: String, password: String, client: String) throws(AccountError) -> String {
        let account = try accounts.acceptInvitation(token: token, password: password, now: timestamp())
        sessions.closeAll(accountID: account.id)
        record(.passwordSet, account: account, client: client, object: account.email)
        guard let session = sessions.open(for: account, now: timestamp()) else { throw .invitationInvalid }
        accounts.noteSignIn(id: account.id, now: timestamp())
        record(.signIn, account: account, client: client, object: nil)
        return session
    }

    /// Checks a password on the office's own queue and opens a session; `completion` gets the outcome.
    ///
    /// Hashing a password takes a core for a noticeable while (600,000 PBKDF2
    /// rounds), and anyone may post the sign-in form. On the server's workers,
    /// two dozen clients posting wrong passwords kept every worker busy, and the
    /// schools' pages waited until the handler timeout. Checked one at a time on
    /// a queue of their own, sign-ins take at most one core and none of the
    /// workers; when `checkBacklog` checks are waiting, a further sign-in is
    /// refused at once, so the queue cannot grow without bound, and one client
    /// may hold only `checksPerClient` of them, so it cannot keep the office out.
    /// A client or account that must still wait after failures is answered
    /// without a check (see ``SignInThrottle``).
    /// - Returns: false, without calling `completion`, when the backlog or the client's share is full.
    func signIn(
        email: String, password: String, client: String,
        completion: @escaping @Sendable (SignInOutcome) -> Void
    ) -> Bool {
        let email = EmailAddress.normalised(email) ?? email
        let addressKey = "address:" + client
        let accountKey = "account:" + email
        let started = now()
        let wait = max(
            throttle.wait(for: addressKey, now: started),
            throttle.hasFailed(addressKey) ? throttle.wait(for: accountKey, now: started) : 0)
        if wait > 0 {
            completion(.throttled(seconds: Int(wait.rounded(.up))))
            return true
        }
        return enqueue(client: client) { [self] in
            completion(check(email: email, password: password, client: client))
        }
    }

    /// Runs `work` (which hashes a password) on the sign-in queue, if the backlog and the client's share allow.
    func enqueue(client: String, _ work: @escaping @Sendable () -> Void) -> Bool {
        let admitted = pending.withLock { pending in
            guard pending.pending < checkBacklog, pending.pendingByClient[client, default: 0] < checksPerClient
            else { return false }
            pending.pending += 1
            pending.pendingByClient[client, default: 0] += 1
            return true
        }
        guard admitted else { return false }
        checks.async { [self] in
            work()
            pending.withLock { pending in
                pending.pending -= 1
                let left = pending.pendingByClient[client, default: 1] - 1
                pending.pendingByClient[client] = left > 0 ? left : nil
            }
        }
        return true
    }

    private func check(email: String, password: String, client: String) -> SignInOutcome {
        let addressKey = "address:" + client
        let accountKey = "account:" + email
        guard let account = accounts.verify(email: email, password: password, now: timestamp()),
            let session = sessions.open(for: account, now: timestamp())
        else {
            throttle.recordFailure(addressKey, now: now())
            throttle.recordFailure(accountKey, now: now())
            record(.failedSignIn, account: accounts.account(email: email), actor: email, client: client, object: nil)
            return .wrongCredentials
        }
        throttle.clear(addressKey)
        throttle.clear(accountKey)
        accounts.noteSignIn(id: account.id, now: timestamp())
        record(.signIn, account: account, client: client, object: nil)
        return .signedIn(session: session)
    }

    /// The account of an open session, whose use extends it up to its absolute limit; nil when it has
    /// expired, or its account is gone, not active, or has a new password.
    public func account(forSession session: String?) -> Account? {
        guard let session else { return nil }
        var found: Account?
        _ = sessions.use(session, now: timestamp()) { open in
            guard let account = accounts.account(id: open.accountID), account.state == .active,
                account.passwordStamp == open.passwordStamp
            else { return false }
            found = account
            return true
        }
        return found
    }

    /// Whether a session is open; each use extends it up to its absolute limit.
    func isSignedIn(_ session: String?) -> Bool { account(forSession: session) != nil }

    /// Ends a session.
    func signOut(_ session: String, client: String) {
        let account = self.account(forSession: session)
        sessions.close(session)
        if let account { record(.signOut, account: account, client: client, object: nil) }
    }

    /// Records an office action by the person signed in with `session`.
    func record(_ action: AuditAction, session: String, client: String, object: String?) {
        record(action, account: account(forSession: session), client: client, object: object)
    }

    /// Records an action; a log that cannot be written is reported on standard error, the action stands.
    func record(
        _ action: AuditAction, account: Account?, actor: String? = nil, client: String, object: String?
    ) {
        let entry = AuditEntry(
            time: timestamp(), accountID: account?.id, actor: actor ?? account?.email ?? "-", address: client,
            action: action, object: object)
        do {
            try audit.append(entry)
        } catch {
            FileHandle.standardError.write(
                Data("survey: cannot write the audit log \(error.path) (errno \(error.code))\n".utf8))
        }
    }

    func timestamp() -> Timestamp {
        Timestamp(millisecondsSince1970: Int64((now().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}

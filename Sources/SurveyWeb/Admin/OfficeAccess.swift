import CryptoPrimitives
import Dispatch
import Foundation
import SurveyStore
import Synchronization

/// The office area's password, one-time setup link and server-side sessions.
///
/// A session belongs to the password it was opened with: it remembers the
/// salt of the password hash, and every request compares it with the file, so
/// a new password (set in the browser or with `survey admin set-password`
/// while the server runs) ends every session at once.
public final class OfficeAccess: Sendable {
    /// The password file's name inside the responses folder.
    public static let passwordFileName = ".admin-password"

    private struct Session {
        var idleExpiry: Date
        let absoluteExpiry: Date
        /// The salt of the password hash the session was opened with.
        let passwordSalt: [UInt8]
    }

    private struct State {
        var sessions: [String: Session] = [:]
        var setupToken: String?
        /// Checks waiting or running on `checks`, in all and per client.
        var pendingChecks = 0
        var pendingChecksByClient: [String: Int] = [:]
    }

    let passwordFile: String
    /// Counts failed sign-ins per client address and for the account.
    let limiter: RateLimiter
    let lifetime: OfficeSessionLifetime
    private let state = Mutex(State())
    /// Where passwords are checked, one at a time (see ``signIn(password:client:now:completion:)``).
    private let checks: DispatchQueue
    /// How many checks may wait or run at once before a further sign-in is refused.
    let checkBacklog: Int
    /// How many of them one client may hold, so a single client cannot keep the backlog full.
    let checksPerClient: Int

    /// Creates the office's access.
    ///
    /// - Parameters:
    ///   - checks: the serial queue passwords are checked on; tests suspend it to fill the backlog.
    ///   - checkBacklog: how many sign-ins may wait for their check at once.
    ///   - checksPerClient: how many of those one client (address or IPv6 /64) may hold.
    init(
        passwordFile: String, limiter: RateLimiter, lifetime: OfficeSessionLifetime,
        checks: DispatchQueue = DispatchQueue(label: "survey.office.sign-in"), checkBacklog: Int = 8,
        checksPerClient: Int = 2
    ) {
        self.passwordFile = passwordFile
        self.limiter = limiter
        self.lifetime = lifetime
        self.checks = checks
        self.checkBacklog = checkBacklog
        self.checksPerClient = checksPerClient
    }

    /// Whether a password has been set.
    public var hasPassword: Bool { storedHash != nil }

    private var storedHash: PasswordHash? {
        guard let data = FileManager.default.contents(atPath: passwordFile) else { return nil }
        return PasswordHash(
            stored: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes a new password hash, readable by the owner only; open sessions end with it.
    ///
    /// - Throws: ``OfficePasswordError/refused(_:)`` for a password the
    ///   ``PasswordPolicy`` refuses, ``OfficePasswordError/unwritable(file:)`` if the file cannot be written.
    public static func setPassword(_ password: String, file: String, iterations: Int = PasswordHash.defaultIterations)
        throws(OfficePasswordError)
    {
        if let problem = PasswordPolicy.problem(with: password) { throw .refused(problem) }
        let hash = PasswordHash(password: password, iterations: iterations)
        do {
            try PrivateFiles.write(Array((hash.stored + "\n").utf8), to: file)
        } catch {
            throw .unwritable(file: file)
        }
    }

    /// A one-time setup path, `/admin/setup/<token>`, while no password is set; nil once one is.
    public func setupPath() -> String? {
        guard !hasPassword else { return nil }
        let token = state.withLock { state in
            if let token = state.setupToken { return token }
            let token = Hex.encode(SecureRandom.bytes(count: 24))
            state.setupToken = token
            return token
        }
        return "/admin/setup/" + token
    }

    /// Whether `token` is the current setup token (constant-time).
    func isSetupToken(_ token: String) -> Bool {
        guard !hasPassword, let current = state.withLock({ $0.setupToken }) else { return false }
        return ConstantTime.equals(Array(token.utf8), Array(current.utf8))
    }

    /// Sets the password through the setup link, which then stops working, and signs the person in.
    ///
    /// Whoever holds the link has just chosen the password; asking for it again
    /// at once would add nothing.
    /// - Returns: the new session's id.
    func completeSetup(password: String, now: Date) throws(OfficePasswordError) -> String {
        try Self.setPassword(password, file: passwordFile)
        state.withLock { $0.setupToken = nil }
        guard let hash = storedHash else { throw .unwritable(file: passwordFile) }
        return openSession(hash: hash, now: now)
    }

    /// Checks a password on the office's own queue and opens a session; `completion` gets its id, or nil.
    ///
    /// Hashing a password takes a core for a noticeable while (200,000 PBKDF2
    /// rounds), and anyone may post the sign-in form. On the server's workers,
    /// two dozen clients posting wrong passwords kept every worker busy, and the
    /// schools' pages waited until the handler timeout. Checked one at a time on
    /// a queue of their own, sign-ins take at most one core and none of the
    /// workers; when `checkBacklog` checks are waiting, a further sign-in is
    /// refused at once, so the queue cannot grow without bound, and one client
    /// may hold only `checksPerClient` of them, so it cannot keep the office out.
    /// - Returns: false, without calling `completion`, when the backlog or the client's share is full.
    func signIn(
        password: String, client: String, now: Date, completion: @escaping @Sendable (String?) -> Void
    ) -> Bool {
        let admitted = state.withLock { state in
            guard state.pendingChecks < checkBacklog, state.pendingChecksByClient[client, default: 0] < checksPerClient
            else { return false }
            state.pendingChecks += 1
            state.pendingChecksByClient[client, default: 0] += 1
            return true
        }
        guard admitted else { return false }
        checks.async { [self] in
            let session = signIn(password: password, now: now)
            state.withLock { state in
                state.pendingChecks -= 1
                let left = state.pendingChecksByClient[client, default: 1] - 1
                state.pendingChecksByClient[client] = left > 0 ? left : nil
            }
            completion(session)
        }
        return true
    }

    /// Checks a password and opens a session.
    private func signIn(password: String, now: Date) -> String? {
        guard let hash = storedHash, hash.matches(password) else { return nil }
        return openSession(hash: hash, now: now)
    }

    /// Opens a session bound to the password `hash` was read from.
    private func openSession(hash: PasswordHash, now: Date) -> String {
        let id = Hex.encode(SecureRandom.bytes(count: 32))
        let session = Session(
            idleExpiry: now.addingTimeInterval(lifetime.idle),
            absoluteExpiry: now.addingTimeInterval(lifetime.absolute),
            passwordSalt: hash.salt)
        state.withLock { state in
            state.sessions = state.sessions.filter { $0.value.idleExpiry > now && $0.value.absoluteExpiry > now }
            state.sessions[id] = session
        }
        return id
    }

    /// Whether a session is open under the current password; each use extends it up to its absolute limit.
    func isSignedIn(_ session: String?, now: Date) -> Bool {
        // A made-up cookie is refused without reading the password file.
        guard let session, state.withLock({ $0.sessions[session] != nil }) else { return false }
        let salt = storedHash?.salt
        return state.withLock { state in
            guard var open = state.sessions[session], open.idleExpiry > now, open.absoluteExpiry > now,
                open.passwordSalt == salt
            else {
                state.sessions[session] = nil
                return false
            }
            open.idleExpiry = min(now.addingTimeInterval(lifetime.idle), open.absoluteExpiry)
            state.sessions[session] = open
            return true
        }
    }

    /// Ends a session.
    func signOut(_ session: String) {
        _ = state.withLock { $0.sessions.removeValue(forKey: session) }
    }
}

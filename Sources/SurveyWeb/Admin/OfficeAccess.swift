import CryptoPrimitives
import Foundation
import SurveyStore
import Synchronization

/// The office area's password, one-time setup link and server-side sessions.
public final class OfficeAccess: Sendable {
    /// The password file's name inside the responses folder.
    public static let passwordFileName = ".admin-password"
    /// How long a session lasts without activity.
    static let sessionLifetime: TimeInterval = 8 * 3600

    private struct State {
        var sessions: [String: Date] = [:]
        var setupToken: String?
    }

    let passwordFile: String
    let limiter: RateLimiter
    private let state = Mutex(State())

    init(passwordFile: String, limiter: RateLimiter) {
        self.passwordFile = passwordFile
        self.limiter = limiter
    }

    /// Whether a password has been set.
    public var hasPassword: Bool { storedHash != nil }

    private var storedHash: PasswordHash? {
        guard let data = FileManager.default.contents(atPath: passwordFile) else { return nil }
        return PasswordHash(
            stored: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes a new password hash, readable by the owner only.
    ///
    /// - Returns: false if the file cannot be written.
    @discardableResult
    public static func setPassword(_ password: String, file: String, iterations: Int = PasswordHash.defaultIterations)
        -> Bool
    {
        let hash = PasswordHash(password: password, iterations: iterations)
        do {
            try PrivateFiles.write(Array((hash.stored + "\n").utf8), to: file)
            return true
        } catch {
            return false
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

    /// Sets the password through the setup link, which then stops working.
    func completeSetup(password: String) -> Bool {
        guard Self.setPassword(password, file: passwordFile) else { return false }
        state.withLock { $0.setupToken = nil }
        return true
    }

    /// Checks a password and opens a session.
    func signIn(password: String, now: Date) -> String? {
        guard let hash = storedHash, hash.matches(password) else { return nil }
        let id = Hex.encode(SecureRandom.bytes(count: 32))
        state.withLock { state in
            state.sessions = state.sessions.filter { $0.value > now }
            state.sessions[id] = now.addingTimeInterval(Self.sessionLifetime)
        }
        return id
    }

    /// Whether a session is open; each use extends it.
    func isSignedIn(_ session: String?, now: Date) -> Bool {
        guard let session else { return false }
        return state.withLock { state in
            guard let expiry = state.sessions[session], expiry > now else {
                state.sessions[session] = nil
                return false
            }
            state.sessions[session] = now.addingTimeInterval(Self.sessionLifetime)
            return true
        }
    }

    /// Ends a session.
    func signOut(_ session: String) {
        _ = state.withLock { $0.sessions.removeValue(forKey: session) }
    }
}

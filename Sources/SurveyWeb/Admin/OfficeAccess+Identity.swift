import Foundation
import HTTPServer

/// The shared office password as the source of identities: whoever signed in
/// with it acts as the one office account, with every right (role admin).
extension OfficeAccess: OfficeIdentitySource {
    /// The cookie that carries the office session's id.
    static let sessionCookie = "office"

    func identity(of request: HTTPRequest, now: Date) -> OfficeIdentity? {
        guard let session = request.cookies[Self.sessionCookie], isSignedIn(session, now: now) else { return nil }
        return OfficeIdentity(userID: "office", displayName: "office", role: .admin, session: session)
    }
}

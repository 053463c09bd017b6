import Foundation
import HTTPServer
import SurveyStore

/// Personal accounts as the source of identities: a request acts as the
/// account its session belongs to, under that account's role.
extension OfficeAccess: OfficeIdentitySource {
    /// The cookie that carries the office session's id.
    static let sessionCookie = "office"

    /// The account's identity; the session's lifetime follows the access's own clock, so `now` is unused.
    func identity(of request: HTTPRequest, now: Date) -> OfficeIdentity? {
        let session = request.cookies[Self.sessionCookie]
        guard let session, let account = account(forSession: session) else { return nil }
        return OfficeIdentity(userID: account.id, displayName: account.name, role: account.role, session: session)
    }
}

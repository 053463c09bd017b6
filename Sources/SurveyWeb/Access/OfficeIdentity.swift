import Foundation
import HTTPServer
import SurveyStore

/// The person behind an office request: who, under which role, in which session.
struct OfficeIdentity: Sendable, Equatable {
    /// Stable for the person (today the one shared office account).
    let userID: String
    /// How pages name the person.
    let displayName: String
    let role: OfficeRole
    /// The server-side session the request belongs to; anti-forgery tokens are bound to it.
    let session: String

    /// The request context key the sign-in middleware stores the identity under.
    enum Key: TypedValueKey {
        typealias Value = OfficeIdentity
    }
}

/// Where the office's sign-in middleware learns who sent a request.
///
/// The one seam between routing and accounts: the shared office password
/// answers today; personal accounts replace the source, not the routes.
protocol OfficeIdentitySource: Sendable {
    /// The identity of the request's open session, or nil when nobody is signed in.
    ///
    /// Looking a session up counts as activity and extends it.
    func identity(of request: HTTPRequest, now: Date) -> OfficeIdentity?
}

extension HTTPRequest {
    /// Who is signed in, as the office's sign-in middleware found it; nil on public routes.
    var officeIdentity: OfficeIdentity? { context[OfficeIdentity.Key.self] }
}

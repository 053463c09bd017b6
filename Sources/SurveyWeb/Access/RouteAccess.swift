import HTTPServer
import SurveyStore

/// Who may use a route; every route of the application declares it when it is registered.
///
/// A test walks the route table and fails for a route that declares nothing,
/// so a new route cannot be reachable by accident.
enum RouteAccess: Sendable, Equatable {
    /// Anyone: respondents' forms (they carry their own grant), assets, the
    /// office's sign-in and setup link.
    case `public`
    /// Someone signed in to the office with at least this role.
    case office(OfficeRole)

    /// The route metadata key the declaration is stored under.
    enum Key: TypedValueKey {
        typealias Value = RouteAccess
    }

    /// The metadata that declares this access.
    var metadata: TypedValues {
        var metadata = TypedValues()
        metadata[Key.self] = self
        return metadata
    }
}

extension RouteRegistering {
    /// Adds office routes that require `role`; the office's sign-in middleware enforces it.
    mutating func group(_ prefix: String = "", requiring role: OfficeRole, _ build: (inout RouteGroup) -> Void) {
        group(prefix, metadata: RouteAccess.office(role).metadata, build)
    }

    /// Adds routes anyone may use, declared so explicitly.
    mutating func publicGroup(_ prefix: String = "", _ build: (inout RouteGroup) -> Void) {
        group(prefix, metadata: RouteAccess.public.metadata, build)
    }
}

extension RouteDeclaration {
    /// Who may use this route, as declared; nil when it declares nothing.
    var access: RouteAccess? { metadata[RouteAccess.Key.self] }
}

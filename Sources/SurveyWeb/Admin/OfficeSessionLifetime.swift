import Foundation

/// How long an office session lasts.
///
/// The idle limit ends a session left open on an unattended computer; the
/// absolute limit ends even a busy one, so a stolen session cookie is worth a
/// working day at most.
public struct OfficeSessionLifetime: Sendable {
    /// How long a session lasts without a request.
    public var idle: TimeInterval
    /// How long a session lasts after signing in, however busy.
    public var absolute: TimeInterval

    /// Creates a lifetime; the defaults are 30 minutes idle and 8 hours in all.
    public init(idle: TimeInterval = 30 * 60, absolute: TimeInterval = 8 * 3600) {
        self.idle = idle
        self.absolute = absolute
    }
}

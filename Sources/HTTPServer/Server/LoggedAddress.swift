/// How much of a client's address an access log line shows.
public enum LoggedAddress: Sendable, Equatable {
    /// The whole address, for audits.
    case full
    /// Only the network: IPv4 to /24 (`192.0.2.0`), IPv6 to /48 (`2001:db8:1::`),
    /// which tells an operator where traffic came from without naming a device.
    case network
    /// No address at all, written as "-" as in the Common Log Format: for
    /// requests that must not be traceable to where they came from.
    case none

    /// The text the log shows for `address`.
    func text(for address: IPAddress) -> String {
        switch self {
        case .full: address.description
        case .network: address.network(prefixLength: address.isIPv4 ? 24 : 48).description
        case .none: "-"
        }
    }
}

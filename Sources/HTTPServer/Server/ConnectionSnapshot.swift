/// What the event loop holds of one connection at a moment, so tests can wait
/// for a state (a request half sent, a response stuck in the socket) instead
/// of sleeping until it has probably been reached.
package struct ConnectionSnapshot: Sendable, Equatable {
    /// Where the connection is in its request cycle (see `Connection.Phase`).
    package enum Phase: Sendable, Equatable {
        /// Waiting for a request head; `started` once a byte of it arrived.
        case head(started: Bool)
        /// Receiving a body, of which `received` bytes have arrived.
        case body(received: Int)
        case handling
        case idle
        case lingering
    }

    package var phase: Phase
    /// Response bytes the socket has not taken yet.
    package var pendingOutput: Int
}

extension Connection {
    var snapshot: ConnectionSnapshot {
        let phase: ConnectionSnapshot.Phase =
            switch self.phase {
            case .head: .head(started: !parser.isIdle || !stash.isEmpty)
            case .body: .body(received: body.count)
            case .handling: .handling
            case .idle: .idle
            case .lingering: .lingering
            }
        return ConnectionSnapshot(phase: phase, pendingOutput: output.count - outputOffset)
    }
}

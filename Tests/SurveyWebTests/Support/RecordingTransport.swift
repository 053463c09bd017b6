import Dispatch
import MailTransport
import Synchronization

/// A mail transport that keeps what it is given instead of delivering it.
///
/// With `gated`, each message waits until the test lets it through (``release(_:)``), so a test can look at
/// a round in the middle without sleeping.
final class RecordingTransport: MailTransport {
    /// One message handed over: the envelope and the bytes as they would go out.
    struct Handed: Sendable {
        let envelope: MailEnvelope
        let text: String
    }

    private let handed = Mutex([Handed]())
    private let gate: DispatchSemaphore?
    /// Signalled each time a message reaches the gate.
    private let arrivals = DispatchSemaphore(value: 0)

    init(gated: Bool = false) {
        gate = gated ? DispatchSemaphore(value: 0) : nil
    }

    var messages: [Handed] { handed.withLock { $0 } }

    /// The recipients of every message so far, in order.
    var recipients: [String] { messages.flatMap(\.envelope.recipients) }

    /// Lets `count` waiting or future messages through.
    func release(_ count: Int) {
        for _ in 0..<count { gate?.signal() }
    }

    /// Waits until a message has reached the transport (and, gated, waits there).
    func awaitArrival() {
        arrivals.wait()
    }

    func verify() throws(MailTransportError) {}

    func send(_ message: [UInt8], envelope: MailEnvelope) throws(MailTransportError) -> MailDelivery {
        arrivals.signal()
        gate?.wait()
        handed.withLock { $0.append(Handed(envelope: envelope, text: String(decoding: message, as: UTF8.self))) }
        return MailDelivery(reply: "250 2.0.0 Ok: queued as TEST")
    }
}

import Foundation
import MailTransport
import Synchronization

/// A transport that keeps what it is given and answers as a test tells it to.
final class FakeTransport: MailTransport {
    struct Delivered: Sendable {
        let bytes: [UInt8]
        let envelope: MailEnvelope
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    private let state = Mutex<[Delivered]>([])
    /// Answers for recipients by address; accepted with "250 OK" otherwise.
    private let refusals: [String: MailTransportError]
    /// After this many accepted messages the transport is unreachable.
    private let reachableFor: Int?
    private let verifyError: MailTransportError?
    /// Runs while a message is "sent", with its recipients: what a school does in the meantime.
    private let whileSending: @Sendable ([String]) throws -> Void

    init(
        refusals: [String: MailTransportError] = [:], reachableFor: Int? = nil,
        verifyError: MailTransportError? = nil, whileSending: @escaping @Sendable ([String]) throws -> Void = { _ in }
    ) {
        self.refusals = refusals
        self.reachableFor = reachableFor
        self.verifyError = verifyError
        self.whileSending = whileSending
    }

    var delivered: [Delivered] { state.withLock { $0 } }

    func verify() throws(MailTransportError) {
        if let verifyError { throw verifyError }
    }

    func send(_ message: [UInt8], envelope: MailEnvelope) throws(MailTransportError) -> MailDelivery {
        do {
            try whileSending(envelope.recipients)
        } catch {
            throw TransportErrors.unreachable
        }
        if let refusal = envelope.recipients.lazy.compactMap({ self.refusals[$0] }).first { throw refusal }
        let count = state.withLock { $0.count }
        if let reachableFor, count >= reachableFor {
            throw TransportErrors.unreachable
        }
        state.withLock { $0.append(Delivered(bytes: message, envelope: envelope)) }
        return MailDelivery(reply: "250 2.0.0 Ok: queued as \(count + 1)")
    }
}

/// A clock that only the sleeper moves, so the rate limit is checked without waiting.
final class FakeClock: Sendable {
    private let now = Mutex(Date(timeIntervalSince1970: 1_796_000_000))
    private let sleeps = Mutex<[Duration]>([])

    var date: Date { now.withLock { $0 } }
    var slept: [Duration] { sleeps.withLock { $0 } }

    func sleep(_ duration: Duration) {
        sleeps.withLock { $0.append(duration) }
        now.withLock { $0 += Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
    }

    func advance(_ seconds: Double) { now.withLock { $0 += seconds } }
}

import CSystem
import Glibc
import Synchronization

/// Identifies one request on one connection, so a late answer for a
/// connection that has since closed (and whose descriptor was reused) is dropped.
struct RequestToken: Sendable, Equatable {
    let fd: Int32
    let connectionSerial: UInt32
    let request: UInt32
}

/// The way into the event loop from other threads: finished responses, a
/// shutdown request and tests' requests for a sweep, each followed by an eventfd wake-up only when the loop
/// is not already due to look, so a burst of answers costs one wake-up.
final class LoopMailbox: Sendable {
    /// What the loop should stop doing.
    enum Shutdown: Sendable, Equatable {
        case none
        case graceful(deadlineNanoseconds: Int64)
    }

    let eventFD: Int32
    private let completions = Mutex<[(RequestToken, HTTPResponse)]>([])
    private let wakePending = Atomic<Bool>(false)
    private let shutdownRequest = Mutex<Shutdown>(.none)
    private let sweepRequests = Mutex<[@Sendable ([ConnectionSnapshot]) -> Void]>([])

    init() throws(ServerError) {
        eventFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard eventFD >= 0 else { throw .systemCall(call: "eventfd", errno: errno) }
    }

    deinit { close(eventFD) }

    /// Hands a response to the loop (any thread).
    func complete(_ token: RequestToken, _ response: HTTPResponse) {
        completions.withLock { $0.append((token, response)) }
        wake()
    }

    /// Asks the loop to shut down gracefully by `deadline` on the monotonic clock.
    func requestShutdown(deadlineNanoseconds: Int64) {
        shutdownRequest.withLock { $0 = .graceful(deadlineNanoseconds: deadlineNanoseconds) }
        wake()
    }

    /// Asks the loop to read its clock, run its timeout sweep at once and
    /// then call `reply` with what it holds (see `HTTPServer.sweep()`).
    func requestSweep(_ reply: @escaping @Sendable ([ConnectionSnapshot]) -> Void) {
        sweepRequests.withLock { $0.append(reply) }
        wake()
    }

    /// Takes the pending sweep requests (loop thread).
    func takeSweepRequests() -> [@Sendable ([ConnectionSnapshot]) -> Void] {
        sweepRequests.withLock { requests in
            defer { requests.removeAll() }
            return requests
        }
    }

    /// The pending shutdown request, if any.
    var shutdown: Shutdown { shutdownRequest.withLock { $0 } }

    /// Called by the loop when the eventfd fired: re-arms the wake-up, then takes the answers.
    func drain() -> [(RequestToken, HTTPResponse)] {
        var counter: UInt64 = 0
        _ = read(eventFD, &counter, 8)
        wakePending.store(false, ordering: .sequentiallyConsistent)
        return completions.withLock { completions in
            defer { completions.removeAll(keepingCapacity: true) }
            return completions
        }
    }

    private func wake() {
        guard !wakePending.exchange(true, ordering: .sequentiallyConsistent) else { return }
        var one: UInt64 = 1
        _ = write(eventFD, &one, 8)
    }
}

import Synchronization

/// Completes one request, from any thread, exactly once.
///
/// A deferred handler keeps the responder until its answer is ready (for
/// example after a group fsync on another thread) and then calls `respond`.
/// The server is woken through its event queue, so nothing polls. A responder
/// dropped without an answer sends 500, so a forgotten path cannot hang the client.
public final class Responder: Sendable {
    private let sink: @Sendable (HTTPResponse) -> Void
    private let answered = Atomic<Bool>(false)

    /// Creates a responder that passes its one response to `sink`.
    public init(_ sink: @escaping @Sendable (HTTPResponse) -> Void) {
        self.sink = sink
    }

    /// Sends the response; calls after the first are ignored.
    public func respond(_ response: HTTPResponse) {
        guard !answered.exchange(true, ordering: .acquiringAndReleasing) else { return }
        sink(response)
    }

    /// Whether `respond` has been called.
    public var hasResponded: Bool { answered.load(ordering: .acquiring) }

    deinit {
        if !answered.load(ordering: .acquiring) {
            sink(.text("Internal Server Error\n", status: .internalServerError))
        }
    }
}

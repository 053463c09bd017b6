import CSystem
import Glibc

/// A joinable POSIX thread running a Sendable closure.
///
/// Used instead of Foundation's `Thread` so the module needs only Glibc, and
/// so shutdown can wait for the loop and the workers to really have ended.
struct NativeThread: Sendable {
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    private let handle: pthread_t

    /// Starts a thread; failure to create one is fatal, as the server cannot run without it.
    init(_ run: @escaping @Sendable () -> Void) {
        var handle = pthread_t()
        let context = Unmanaged.passRetained(Body(run)).toOpaque()
        let result = pthread_create(
            &handle, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        precondition(result == 0, "pthread_create failed with \(result)")
        self.handle = handle
    }

    /// Waits for the thread to end.
    func join() {
        pthread_join(handle, nil)
    }
}

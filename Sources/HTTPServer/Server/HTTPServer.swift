import CSystem
import Dispatch
import Glibc
import Synchronization

/// An HTTP/1.1 server: one epoll event loop thread plus a pool of handler threads.
///
/// ```swift
/// var router = Router()
/// router.get("/hello/:name") { request in .text("Hallo \(request.parameters["name"] ?? "")") }
/// let server = HTTPServer(configuration: configuration, router: router)
/// try server.run()          // until SIGTERM or SIGINT, then a graceful shutdown
/// ```
/// Tests use `start()` and `shutdown(gracePeriod:)` instead of `run()`.
public final class HTTPServer: Sendable {
    private struct Running: Sendable {
        let loopThread: NativeThread
        let mailbox: LoopMailbox
        let workers: WorkerPool
        /// Unix socket files to remove once the loop has stopped.
        let socketFiles: [UnixSocketFile]
    }

    /// The configuration the server was created with.
    public let configuration: ServerConfiguration
    private let router: Router
    private let running = Mutex<Running?>(nil)
    private let bound = Mutex<[ListenAddress]>([])

    /// Creates a server; nothing happens until `start()` or `run()`.
    public init(configuration: ServerConfiguration = ServerConfiguration(), router: Router) {
        self.configuration = configuration
        self.router = router
    }

    /// The port of the first TCP address the server listens on (the chosen one
    /// when configured with port 0); 0 when it listens on Unix sockets only.
    public var port: Int {
        for case .tcp(_, let port) in listening { return port }
        return 0
    }

    /// Where the server listens, with the ports actually bound; empty before `start()`.
    public var listening: [ListenAddress] { bound.withLock { $0 } }

    /// Binds and starts serving in the background.
    /// - Throws: `ServerError`, for example `.addressInUse` when the port is taken.
    public func start() throws(ServerError) {
        try start(signalFD: nil)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting, lets in-flight
    /// requests finish within `configuration.shutdownGracePeriod`, and returns.
    public func run() throws(ServerError) {
        let signalFD = csystem_termination_signalfd()
        guard signalFD >= 0 else { throw .systemCall(call: "signalfd", errno: errno) }
        defer { close(signalFD) }
        try start(signalFD: signalFD)
        waitUntilStopped()
    }

    /// Stops gracefully: no new connections, in-flight requests may finish
    /// within `gracePeriod`, then every connection closes. Returns when done.
    public func shutdown(gracePeriod: Duration = .seconds(10)) {
        guard let mailbox = running.withLock({ $0?.mailbox }) else { return }
        let now = configuration.clock.nanoseconds()
        mailbox.requestShutdown(deadlineNanoseconds: now + gracePeriod.nanoseconds)
        waitUntilStopped()
    }

    /// Makes the event loop read its clock and run its timeout sweep now,
    /// after every event that reached it before, and returns its connections.
    ///
    /// Tests call it after moving a `TestServerClock`, and poll it to wait
    /// for a state; the loop sweeps on its own every 250 ms of its clock.
    /// - Returns: the open connections, or nil when the server is not running
    ///   or its loop did not answer within 10 seconds.
    package func sweep() -> [ConnectionSnapshot]? {
        guard let mailbox = running.withLock({ $0?.mailbox }) else { return nil }
        let answer = Mutex<[ConnectionSnapshot]?>(nil)
        let answered = DispatchSemaphore(value: 0)
        mailbox.requestSweep { snapshots in
            answer.withLock { $0 = snapshots }
            answered.signal()
        }
        guard answered.wait(timeout: .now() + 10) == .success else { return nil }
        return answer.withLock { $0 }
    }

    private func start(signalFD: Int32?) throws(ServerError) {
        csystem_ignore_sigpipe()
        var listeners: [EventLoop.Listener] = []
        var addresses: [ListenAddress] = []
        var socketFiles: [UnixSocketFile] = []
        func release() {
            for listener in listeners { close(listener.fd) }
            for file in socketFiles { file.removeIfUnchanged() }
        }
        let mailbox: LoopMailbox
        do {
            for address in configuration.listenAddresses {
                switch address {
                case .tcp(let host, let port):
                    let socket = try Socket.listen(host: host, port: port)
                    listeners.append(EventLoop.Listener(fd: socket.fd, peersAreProxies: false))
                    addresses.append(.tcp(host: host, port: socket.port))
                case .unix(let path):
                    let socket = try Socket.listen(unixPath: path, mode: configuration.unixSocketMode)
                    listeners.append(EventLoop.Listener(fd: socket.fd, peersAreProxies: true))
                    socketFiles.append(socket.file)
                    addresses.append(address)
                }
            }
            mailbox = try LoopMailbox()
        } catch {
            release()
            throw error
        }
        let workers = WorkerPool(count: configuration.workerCount)
        let loop: EventLoop
        do {
            loop = try EventLoop(
                listeners: listeners, signalFD: signalFD, mailbox: mailbox, workers: workers, router: router,
                configuration: configuration)
        } catch {
            workers.stop()
            release()
            throw error
        }
        bound.withLock { $0 = addresses }
        // The loop object is not Sendable: it moves into its thread and stays there.
        let box = LoopBox(loop)
        let thread = NativeThread { box.take()?.run() }
        running.withLock {
            $0 = Running(loopThread: thread, mailbox: mailbox, workers: workers, socketFiles: socketFiles)
        }
    }

    private func waitUntilStopped() {
        guard
            let current = running.withLock({ state in
                defer { state = nil }
                return state
            })
        else { return }
        current.loopThread.join()
        current.workers.stop()
        for file in current.socketFiles { file.removeIfUnchanged() }
    }
}

/// Hands the non-Sendable loop to the thread that will own it, exactly once.
private final class LoopBox: Sendable {
    private let loop: Mutex<EventLoop?>

    init(_ loop: sending EventLoop) {
        self.loop = Mutex(loop)
    }

    func take() -> EventLoop? {
        loop.withLock { slot in
            defer { slot = nil }
            return slot
        }
    }
}

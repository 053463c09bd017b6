import CSystem
import Glibc

/// The epoll loop: accepts, reads, parses, writes and times out connections.
///
/// It runs on one thread and owns every `Connection`, so connection state has
/// no locks. Handlers run on the worker pool; their answers come back through
/// the `LoopMailbox` and its eventfd. All sockets are registered once,
/// edge-triggered, for input and output, so steady state needs no epoll_ctl.
final class EventLoop {
    /// A listening socket; connections accepted on a Unix socket come from the proxy in front.
    struct Listener {
        let fd: Int32
        let peersAreProxies: Bool
    }

    private enum Tag {
        static let listener: UInt64 = 1 << 62
        static let wake: UInt64 = 2 << 62
        static let signal: UInt64 = 3 << 62
        static let kindMask: UInt64 = 3 << 62
    }

    /// Unread bytes kept per connection while its handler is busy (pipelining backpressure).
    private static let stashLimit = 64 * 1024
    /// How long a closing connection waits for the client to go after our last byte.
    private static let lingerNanoseconds: Int64 = 2_000_000_000
    private static let sweepNanoseconds: Int64 = 250_000_000

    private let epollFD: Int32
    private var listeners: [Listener]
    private let signalFD: Int32?
    private let mailbox: LoopMailbox
    private let workers: WorkerPool
    private let router: Router
    private let configuration: ServerConfiguration
    private let parserLimits: HTTPRequestParser.Limits
    private var connections: [Connection?] = []
    private var connectionCount = 0
    private var nextSerial: UInt32 = 1
    private var acceptPaused = false
    private var drainDeadline: Int64?
    private var now: Int64 = 0
    private var wallSecond = 0
    private var nextSweep: Int64 = 0
    /// Tests' sweep requests taken from the mailbox in this turn, answered once all its events are handled.
    private var sweepReplies: [@Sendable ([ConnectionSnapshot]) -> Void] = []
    private var responseHead = ResponseHead()
    private var accessLog: AccessLog
    private var connectionsPerClient: ConnectionsPerClient
    private let idleEviction: IdleEviction
    private let readBuffer: UnsafeMutableRawBufferPointer

    init(
        listeners: [Listener], signalFD: Int32?, mailbox: LoopMailbox, workers: WorkerPool, router: Router,
        configuration: ServerConfiguration
    ) throws(ServerError) {
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw .systemCall(call: "epoll_create1", errno: errno) }
        self.listeners = listeners
        self.signalFD = signalFD
        self.mailbox = mailbox
        self.workers = workers
        self.router = router
        self.configuration = configuration
        var limits = configuration.limits
        // The parser enforces the largest limit any route allows; the loop applies each route's own.
        limits.body = max(limits.body, router.largestBodyLimit ?? 0)
        parserLimits = limits
        accessLog = AccessLog(configuration.accessLog)
        connectionsPerClient = ConnectionsPerClient(limit: configuration.maxConnectionsPerClient)
        idleEviction = IdleEviction(configuration: configuration)
        readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        let inputEdge = EPOLLIN.rawValue | EPOLLET.rawValue
        for (index, listener) in listeners.enumerated() {
            _ = csystem_epoll_add(epollFD, listener.fd, inputEdge, Tag.listener | UInt64(index))
        }
        _ = csystem_epoll_add(epollFD, mailbox.eventFD, inputEdge, Tag.wake)
        if let signalFD { _ = csystem_epoll_add(epollFD, signalFD, inputEdge, Tag.signal) }
    }

    deinit {
        readBuffer.deallocate()
        Glibc.close(epollFD)
    }

    /// Runs until a graceful shutdown has finished.
    func run() {
        var tags = [UInt64](repeating: 0, count: 256)
        var events = [UInt32](repeating: 0, count: 256)
        tick()
        for index in listeners.indices { acceptConnections(listeners[index]) }
        while true {
            let count = csystem_epoll_wait(epollFD, &tags, &events, 256, 250)
            tick()
            if count < 0 && errno != EINTR { break }
            for index in 0..<max(0, Int(count)) {
                handle(tag: tags[index], events: events[index])
            }
            if now >= nextSweep || !sweepReplies.isEmpty {
                sweep()
                nextSweep = now + Self.sweepNanoseconds
            }
            answerSweepRequests()
            accessLog.flush()
            if let deadline = drainDeadline, now >= deadline || onlyLingeringConnectionsLeft() { break }
        }
        for connection in connections.compactMap({ $0 }) { close(connection) }
        accessLog.flush()
    }

    private func tick() {
        now = configuration.clock.nanoseconds()
        wallSecond = HTTPDate.now()
    }

    private func handle(tag: UInt64, events: UInt32) {
        switch tag & Tag.kindMask {
        case Tag.listener:
            let index = Int(tag & 0xFFFF)
            if index < listeners.count, drainDeadline == nil { acceptConnections(listeners[index]) }
        case Tag.wake:
            for (token, response) in mailbox.drain() { complete(token, response) }
            sweepReplies += mailbox.takeSweepRequests()
            if drainDeadline == nil, case .graceful(let deadline) = mailbox.shutdown { beginDrain(deadline: deadline) }
        case Tag.signal:
            if let signalFD, csystem_read_signal(signalFD) > 0, drainDeadline == nil {
                beginDrain(deadline: now + configuration.shutdownGracePeriod.nanoseconds)
            }
        default:
            let fd = Int32(truncatingIfNeeded: tag & 0xFFFF_FFFF)
            guard let connection = connection(fd: fd, serial: UInt32(truncatingIfNeeded: tag >> 32)) else { return }
            if events & EPOLLERR.rawValue != 0 {
                close(connection)
                return
            }
            if events & EPOLLOUT.rawValue != 0 { flushOutput(connection) }
            if events & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue) != 0, isOpen(connection) {
                // After a hang-up no further edge will come: read on to the end of file.
                let hungUp = events & (EPOLLRDHUP.rawValue | EPOLLHUP.rawValue) != 0
                readAvailable(connection, untilDrained: hungUp)
            }
        }
    }

    private func connection(fd: Int32, serial: UInt32) -> Connection? {
        guard fd >= 0, Int(fd) < connections.count, let connection = connections[Int(fd)],
            connection.serial == serial
        else { return nil }
        return connection
    }

    private func isOpen(_ connection: Connection) -> Bool {
        Int(connection.fd) < connections.count && connections[Int(connection.fd)] === connection
    }

    // MARK: Accepting

    private func acceptConnections(_ listener: Listener) {
        while connectionCount < configuration.maxConnections {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    csystem_accept(listener.fd, $0, &length)
                }
            }
            if fd < 0 {
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors: try again when a connection closes.
                    acceptPaused = true
                    return
                default: return
                }
            }
            let peer = IPAddress(socketAddress: storage)
            let peerIsTrustedProxy = listener.peersAreProxies || configuration.trustedProxies.contains(peer)
            // A proxy speaks for many clients: its requests are counted per forwarded client instead.
            let key = peerIsTrustedProxy ? nil : ConnectionsPerClient.key(of: peer)
            if let key, !connectionsPerClient.admit(key) {
                Glibc.close(fd)
                continue
            }
            _ = csystem_set_nodelay(fd)
            let serial = nextSerial
            nextSerial = nextSerial >= 0x3FFF_FFFF ? 1 : nextSerial + 1
            let connection = Connection(
                fd: fd, serial: serial, peer: peer, peerIsTrustedProxy: peerIsTrustedProxy, limits: parserLimits,
                now: now)
            connection.countedAs = key
            if Int(fd) >= connections.count {
                connections += [Connection?](repeating: nil, count: Int(fd) + 1 - connections.count + 64)
            }
            connections[Int(fd)] = connection
            connectionCount += 1
            configuration.metrics?.connectionsOpen(connectionCount)
            let interest = EPOLLIN.rawValue | EPOLLOUT.rawValue | EPOLLRDHUP.rawValue | EPOLLET.rawValue
            if csystem_epoll_add(epollFD, fd, interest, UInt64(serial) << 32 | UInt64(UInt32(bitPattern: fd))) != 0 {
                close(connection)
            }
        }
        acceptPaused = true
    }

    // MARK: Reading and parsing

    /// Reads until the socket is empty. A short read is taken as empty (edge
    /// triggering reports later data) unless `untilDrained` asks to see EOF.
    private func readAvailable(_ connection: Connection, untilDrained: Bool = false) {
        while isOpen(connection) {
            let busy = connection.isHandling || connection.hasPendingOutput
            if busy && connection.stash.count >= Self.stashLimit {
                connection.readPaused = true
                return
            }
            guard let base = readBuffer.baseAddress else { return }
            let count = read(connection.fd, base, readBuffer.count)
            if count > 0 {
                if case .lingering = connection.phase { continue }
                received(connection, UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
                if count < readBuffer.count && !untilDrained { return }
            } else if count == 0 {
                connection.peerClosed = true
                if !connection.isHandling && !connection.hasPendingOutput { close(connection) }
                return
            } else if errno == EINTR {
                continue
            } else {
                if errno != EAGAIN && errno != EWOULDBLOCK { close(connection) }
                return
            }
        }
    }

    private func received(_ connection: Connection, _ bytes: UnsafeRawBufferPointer) {
        if connection.isHandling || !connection.stash.isEmpty || connection.hasPendingOutput {
            connection.stash += bytes
            return
        }
        if case .idle = connection.phase {
            connection.phase = .head(since: now)
            connection.requestStart = now
        }
        parse(connection, bytes)
    }

    private func parse(_ connection: Connection, _ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while isOpen(connection) {
            if connection.isHandling {
                if offset < bytes.count { connection.stash += bytes[offset...] }
                return
            }
            let start = offset
            let result: (consumed: Int, event: HTTPRequestParser.Event?)
            do {
                result = try connection.parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            } catch {
                sendError(connection, error.status)
                return
            }
            offset += result.consumed
            switch result.event {
            case nil:
                return
            case .head(let head):
                guard begin(connection, head) else { return }
            case .body(let range):
                connection.body += bytes[(start + range.lowerBound)..<(start + range.upperBound)]
            case .end:
                dispatch(connection)
            }
        }
    }

    /// Finds the request's client, applies the route's body limit and answers `Expect: 100-continue`.
    private func begin(_ connection: Connection, _ head: HTTPRequestHead) -> Bool {
        let method = HTTPMethod(rawValue: head.method)
        guard HTTPMethod.implemented.contains(method) else {
            sendError(connection, .notImplemented)
            return false
        }
        if connection.peerIsTrustedProxy {
            connection.client = configuration.trustedProxies.client(forwardedBy: connection.peer, headers: head.headers)
            connection.isSecure = configuration.trustedProxies.isSecure(forwardedBy: head.headers)
            let key = ConnectionsPerClient.key(of: connection.client)
            guard connectionsPerClient.admit(key) else {
                sendError(connection, .tooManyRequests)
                return false
            }
            connection.countedAs = key
        }
        let path = HTTPRequest.split(target: head.target).path
        let limit = router.bodyLimit(method: method, path: path) ?? configuration.limits.body
        connection.parser.bodyLimit = limit
        if case .length(let length) = head.bodyFraming {
            guard length <= limit else {
                sendError(connection, .contentTooLarge)
                return false
            }
            // Reserve only what a typical form needs: an announced length is not yet a sent one.
            connection.body.reserveCapacity(min(length, 64 * 1024))
        }
        if head.expectsContinue {
            enqueue(connection, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8), [])
        }
        connection.phase = .body(head, since: now)
        return true
    }

    private func dispatch(_ connection: Connection) {
        guard case .body(let head, _) = connection.phase else { return }
        connection.requestCount &+= 1
        let token = RequestToken(
            fd: connection.fd, connectionSerial: connection.serial, request: connection.requestCount)
        let request = HTTPRequest(
            method: HTTPMethod(rawValue: head.method), target: head.target, headers: head.headers,
            body: connection.body,
            remoteAddress: connection.client == connection.peer ? connection.peerText : connection.client.description,
            peerAddress: connection.peerText, isSecure: connection.isSecure)
        connection.body = []
        connection.phase = .handling(head, request: connection.requestCount, since: now)
        let mailbox = self.mailbox
        let router = self.router
        let workers = self.workers
        workers.submit {
            router.handle(
                request, responder: Responder { response in mailbox.complete(token, response) }, executor: workers)
        }
    }

    // MARK: Responding

    private func complete(_ token: RequestToken, _ response: HTTPResponse) {
        guard let connection = connection(fd: token.fd, serial: token.connectionSerial),
            case .handling(let head, let number, _) = connection.phase, number == token.request
        else { return }
        respond(connection, head: head, response: response)
    }

    private func respond(_ connection: Connection, head: HTTPRequestHead, response: HTTPResponse) {
        // A client that half-closed after pipelining still gets every answer; the last one closes.
        let close =
            !head.keepAlive || drainDeadline != nil || (connection.peerClosed && connection.stash.isEmpty)
            || response.headers.values(for: "Connection").contains { $0.lowercased().contains("close") }
        let sendsBody = head.method != "HEAD" && !response.statusForbidsBody
        let headBytes = responseHead.bytes(
            for: response, bodyLength: response.body.count, close: close, minorVersion: head.minorVersion,
            now: wallSecond)
        let path = HTTPRequest.split(target: head.target).path
        accessLog.record(
            remote: loggedAddress(connection, path: path), method: head.method,
            path: configuration.accessLogPath(path), minorVersion: head.minorVersion, status: response.status.code,
            bytes: sendsBody ? response.body.count : 0, microseconds: (now - connection.requestStart) / 1000,
            now: wallSecond)
        configuration.metrics?.recordResponse(
            path: path, status: response.status.code, microseconds: (now - connection.requestStart) / 1000)
        endProxiedRequest(connection)
        enqueue(connection, headBytes, sendsBody ? response.body : [])
        guard isOpen(connection) else { return }
        if close {
            finishAndClose(connection)
        } else {
            connection.phase = .idle(since: now)
            resume(connection)
        }
    }

    /// Answers with an error page and closes: after a framing error nothing more on the connection can be trusted.
    private func sendError(_ connection: Connection, _ status: HTTPStatus) {
        let response = router.errorPage(status, nil, nil)
        let headBytes = responseHead.bytes(
            for: response, bodyLength: response.body.count, close: true, minorVersion: 1, now: wallSecond)
        accessLog.record(
            remote: loggedAddress(connection, path: "-"), method: "-", path: "-",
            minorVersion: 1, status: status.code, bytes: response.body.count,
            microseconds: (now - connection.requestStart) / 1000, now: wallSecond)
        configuration.metrics?.recordResponse(
            path: "-", status: status.code, microseconds: (now - connection.requestStart) / 1000)
        endProxiedRequest(connection)
        connection.stash = []
        enqueue(connection, headBytes, response.body)
        if isOpen(connection) { finishAndClose(connection) }
    }

    /// The client's address as far as the access log may show it for `path`.
    private func loggedAddress(_ connection: Connection, path: String) -> String {
        let detail = configuration.accessLogAddress(path)
        return detail == .full && connection.client == connection.peer
            ? connection.peerText : detail.text(for: connection.client)
    }

    /// Behind a trusted proxy, a client is counted only while its request is
    /// in progress, and the next request on the connection may be another client's.
    private func endProxiedRequest(_ connection: Connection) {
        guard connection.peerIsTrustedProxy else { return }
        if let key = connection.countedAs { connectionsPerClient.release(key) }
        connection.countedAs = nil
        connection.client = connection.peer
        connection.isSecure = false
    }

    /// Continues with pipelined bytes once a response is out.
    private func resume(_ connection: Connection) {
        guard isOpen(connection), !connection.hasPendingOutput, case .idle = connection.phase else { return }
        if !connection.stash.isEmpty {
            let stash = connection.stash
            connection.stash = []
            connection.phase = .head(since: now)
            connection.requestStart = now
            stash.withUnsafeBytes { parse(connection, $0) }
        }
        guard isOpen(connection) else { return }
        if connection.readPaused {
            connection.readPaused = false
            readAvailable(connection, untilDrained: true)
        }
        if isOpen(connection), connection.peerClosed, !connection.isHandling, !connection.hasPendingOutput {
            close(connection)
        }
    }

    // MARK: Writing

    /// Writes head and body with one writev; what the socket does not take waits for EPOLLOUT.
    private func enqueue(_ connection: Connection, _ head: [UInt8], _ body: [UInt8]) {
        if connection.hasPendingOutput {
            connection.output += head
            connection.output += body
            return
        }
        var written = 0
        while true {
            written = head.withUnsafeBytes { headBytes in
                body.withUnsafeBytes { bodyBytes in
                    var vectors = [
                        iovec(
                            iov_base: UnsafeMutableRawPointer(mutating: headBytes.baseAddress), iov_len: headBytes.count
                        ),
                        iovec(
                            iov_base: UnsafeMutableRawPointer(mutating: bodyBytes.baseAddress), iov_len: bodyBytes.count
                        ),
                    ]
                    return writev(connection.fd, &vectors, bodyBytes.isEmpty ? 1 : 2)
                }
            }
            if written >= 0 || errno != EINTR { break }
        }
        if written < 0 {
            guard errno == EAGAIN || errno == EWOULDBLOCK else {
                close(connection)
                return
            }
            written = 0
        }
        let total = head.count + body.count
        guard written < total else { return }
        if written < head.count {
            connection.output = Array(head[written...]) + body
        } else {
            connection.output = Array(body[(written - head.count)...])
        }
        connection.outputOffset = 0
        connection.outputSince = now
    }

    private func flushOutput(_ connection: Connection) {
        while connection.hasPendingOutput {
            let written = connection.output.withUnsafeBytes { raw in
                write(
                    connection.fd, raw.baseAddress.map { $0 + connection.outputOffset },
                    raw.count - connection.outputOffset)
            }
            if written > 0 {
                connection.outputOffset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                if written < 0 && errno != EAGAIN && errno != EWOULDBLOCK { close(connection) }
                return
            }
        }
        connection.output = []
        connection.outputOffset = 0
        if connection.closeAfterOutput {
            lingerClose(connection)
        } else {
            resume(connection)
        }
    }

    // MARK: Closing

    private func finishAndClose(_ connection: Connection) {
        if connection.hasPendingOutput {
            connection.closeAfterOutput = true
        } else {
            lingerClose(connection)
        }
    }

    /// Shuts the write side and lets the client read our last bytes before the
    /// descriptor closes; closing at once could reset the connection and lose them.
    private func lingerClose(_ connection: Connection) {
        if connection.peerClosed {
            close(connection)
            return
        }
        Glibc.shutdown(connection.fd, Int32(SHUT_WR))
        connection.phase = .lingering(until: now + Self.lingerNanoseconds)
        connection.stash = []
    }

    private func close(_ connection: Connection) {
        guard isOpen(connection) else { return }
        Glibc.close(connection.fd)
        connections[Int(connection.fd)] = nil
        connectionCount -= 1
        configuration.metrics?.connectionsOpen(connectionCount)
        if let key = connection.countedAs { connectionsPerClient.release(key) }
        if acceptPaused && drainDeadline == nil {
            acceptPaused = false
            for listener in listeners { acceptConnections(listener) }
        }
    }

    // MARK: Timeouts and shutdown

    private func sweep() {
        evictIdleConnections()
        for case let connection? in connections {
            switch connection.phase {
            case .head(let since):
                guard now - since > configuration.headTimeout.nanoseconds else { break }
                if connection.parser.isIdle && connection.stash.isEmpty {
                    close(connection)
                } else {
                    sendError(connection, .requestTimeout)
                }
            case .body(_, let since):
                let allowance =
                    configuration.bodyTimeout.nanoseconds
                    + Int64(connection.body.count) * 1_000_000_000 / Int64(max(1, configuration.minimumBodyRate))
                if now - since > allowance { sendError(connection, .requestTimeout) }
            case .handling(_, _, let since):
                if now - since > configuration.handlerTimeout.nanoseconds {
                    sendError(connection, .serviceUnavailable)
                }
            case .idle(let since):
                if now - since > configuration.idleTimeout.nanoseconds { close(connection) }
            case .lingering(let until):
                if now > until { close(connection) }
            }
            if isOpen(connection), connection.hasPendingOutput,
                now - connection.outputSince > configuration.writeTimeout.nanoseconds
            {
                close(connection)
            }
        }
    }

    /// Tells each test that asked for a sweep what the loop now holds.
    private func answerSweepRequests() {
        guard !sweepReplies.isEmpty else { return }
        let snapshots = connections.compactMap { $0?.snapshot }
        for reply in sweepReplies { reply(snapshots) }
        sweepReplies = []
    }

    /// Closes idle connections early while the server is crowded, oldest first (see `IdleEviction`).
    private func evictIdleConnections() {
        guard idleEviction.isCrowded(open: connectionCount) else { return }
        var idle: [(since: Int64, id: Connection)] = []
        for case let connection? in connections {
            if let since = connection.idleSince { idle.append((since, connection)) }
        }
        // `acceptPaused` means newcomers are waiting at the cap (or for descriptors).
        for connection in idleEviction.victims(idle: idle, open: connectionCount, atCap: acceptPaused, now: now) {
            close(connection)
        }
    }

    /// During shutdown, connections that already got their last response need not be waited for.
    private func onlyLingeringConnectionsLeft() -> Bool {
        connections.allSatisfy { connection in
            guard let connection else { return true }
            if case .lingering = connection.phase { return !connection.hasPendingOutput }
            return false
        }
    }

    private func beginDrain(deadline: Int64) {
        drainDeadline = deadline
        for listener in listeners { Glibc.close(listener.fd) }
        listeners = []
        for case let connection? in connections where connection.idleSince != nil {
            close(connection)
        }
    }
}

import Foundation
import Glibc
import HTTPServer
import Testing

@testable import SurveyCLI

/// sd_notify(3) as `survey serve` speaks it: a datagram to the socket in NOTIFY_SOCKET, a path or an abstract name.
struct ServiceManagerNotifierTests {
    /// A datagram socket standing in for the service manager's notification socket.
    final class ManagerSocket {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)

        init(bind address: (((UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32?)) throws {
            try #require(descriptor >= 0)
            try #require(address { Glibc.bind(descriptor, $0, $1) } == 0)
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        func received() -> String? {
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            return count < 0 ? nil : String(decoding: buffer[..<count], as: UTF8.self)
        }

        deinit { close(descriptor) }
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString).sock").path
    }

    @Test func sendsEachStateToASocketFile() throws {
        let path = Self.temporaryPath()
        defer { unlink(path) }
        let manager = try ManagerSocket { bind in UnixSocketAddress.with(path: path, bind) }
        let notifier = ServiceManagerNotifier(socketName: path)
        #expect(notifier.notify("READY=1") == nil)
        #expect(notifier.notify("STOPPING=1") == nil)
        #expect(manager.received() == "READY=1")
        #expect(manager.received() == "STOPPING=1")
    }

    @Test func sendsToANameInTheAbstractNamespace() throws {
        let name = "survey-notify-\(UUID().uuidString)"
        let manager = try ManagerSocket { bind in UnixSocketAddress.with(abstractName: name, bind) }
        #expect(ServiceManagerNotifier(socketName: "@" + name).notify("READY=1") == nil)
        #expect(manager.received() == "READY=1")
    }

    @Test func withoutAManagerNothingIsSentAndNothingFails() {
        #expect(ServiceManagerNotifier(socketName: nil).notify("READY=1") == nil)
    }

    @Test func saysWhyAStateCouldNotBeSent() {
        let missing = ServiceManagerNotifier(socketName: Self.temporaryPath()).notify("READY=1")
        #expect(missing == "No such file or directory")
        let tooLong = "/" + String(repeating: "x", count: ListenAddress.longestSocketPath + 1)
        for name in [tooLong, "@"] {
            let problem = ServiceManagerNotifier(socketName: name).notify("READY=1")
            #expect(problem == "NOTIFY_SOCKET is not a socket address: \(name)")
        }
    }
}

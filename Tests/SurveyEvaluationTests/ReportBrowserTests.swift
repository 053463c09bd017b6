import EscapingCorpus
import Foundation
import Glibc
import Synchronization
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The stored XSS of the report, tried in a real browser: a free-text answer that would load an
/// image from a listener on 127.0.0.1 must not reach it, neither by markup nor by script.
@Suite(.requires(.chromium)) struct ReportBrowserTests {
    @Test func answerCannotMakeTheReportCallOut() throws {
        let listener = try LoopbackListener()
        defer { listener.stop() }
        let url = "http://127.0.0.1:\(listener.port)"
        let folder = NSTemporaryDirectory() + "report-browser-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // First the control: a page with a plain image reaches the listener, so silence below means something.
        try write("<!DOCTYPE html><img src=\"\(url)/control\">", to: "\(folder)/control.html")
        guard try openInChromium("\(folder)/control.html") else { return }
        #expect(listener.connections > 0, "Chromium did not load an image from \(url); the test would prove nothing")

        let before = listener.connections
        let answers = [
            "\u{600}<img src=\(url)/img onerror=\"fetch('\(url)/script')\">",
            "\u{600}<script>fetch('\(url)/script')</script>",
            "\u{600}<meta http-equiv=refresh content=\"0;url=\(url)/refresh\">",
            "\u{600}<link rel=stylesheet href=\(url)/style>",
        ]
        let document = ReportDocument(
            result: ReportEscapingTests.result(texts: answers), language: OutputLanguage(code: "de"),
            presentation: ReportPresentation(intro: answers[0]), date: "27.11.2026")
        try write(document.html, to: "\(folder)/index.html")
        _ = try openInChromium("\(folder)/index.html")
        #expect(listener.connections == before, "the report made the browser contact \(url)")
    }

    /// The policy admits the report's stylesheet: the page looks exactly as without a policy,
    /// and differently once the policy names another hash (so the comparison can fail).
    @Test func stylesheetAppliesUnderThePolicy() throws {
        let folder = NSTemporaryDirectory() + "report-style-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = GoldenOutputTests.reportDocument.html
        let policy = ReportStyle.contentSecurityPolicy.replacing("'", with: "&#39;")
        let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"
        let otherHash = policy.replacing(/sha256-[A-Za-z0-9+\/=]+/, with: "sha256-AAAA")
        #expect(html.contains(meta))
        let variants = [
            ("with-policy", html),
            ("without-policy", html.replacing(meta, with: "")),
            ("wrong-hash", html.replacing(policy, with: otherHash)),
        ]
        var screenshots: [String: Data] = [:]
        for (name, page) in variants {
            try write(page, to: "\(folder)/\(name).html")
            let outcome = try ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=600,400",
                "--screenshot=\(folder)/\(name).png", URL(fileURLWithPath: "\(folder)/\(name).html").absoluteString,
            ])
            guard outcome != nil else { return }
            screenshots[name] = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).png"))
        }
        #expect(screenshots["with-policy"] == screenshots["without-policy"], "the policy changes how the report looks")
        #expect(screenshots["with-policy"] != screenshots["wrong-hash"], "a wrong hash should leave the page unstyled")
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Loads the page in headless Chromium until it is parsed and its subresources are settled.
    private func openInChromium(_ path: String) throws -> Bool {
        let outcome = try ExternalTool.chromium.run([
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000", "--dump-dom",
            URL(fileURLWithPath: path).absoluteString,
        ])
        return outcome != nil
    }
}

/// A TCP listener on 127.0.0.1 that accepts connections, counts them and closes them at once.
final class LoopbackListener: Sendable {
    enum Failure: Error { case socket(Int32) }

    let port: UInt16
    private let descriptor: Int32
    private let accepted = Atomic<Int>(0)
    private let running = Atomic<Bool>(true)
    private let done = DispatchSemaphore(value: 0)

    /// How many connections arrived so far.
    var connections: Int { accepted.load(ordering: .acquiring) }

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.socket(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 64) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw Failure.socket(errno)
        }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    private func acceptLoop() {
        while running.load(ordering: .acquiring) {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 50) > 0 else { continue }
            let connection = accept(descriptor, nil, nil)
            if connection >= 0 {
                accepted.add(1, ordering: .releasing)
                close(connection)
            }
        }
        done.signal()
    }

    func stop() {
        running.store(false, ordering: .releasing)
        done.wait()
        close(descriptor)
    }
}

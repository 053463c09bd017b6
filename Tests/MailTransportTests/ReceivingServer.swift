import Foundation
import TestSupport

/// aiosmtpd as a real receiving SMTP server, started for one test: it writes each message it
/// accepts, unchanged after the dot-unstuffing, to `<n>.eml` and its envelope to `<n>.json`.
final class ReceivingServer {
    /// The receiver; with a user it requires AUTH (without TLS), and `excluded` mechanisms are not offered.
    private static let script = #"""
        import json, os, socket, sys
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        folder, user, password, excluded = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
        received = []

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                received.append(1)
                number = len(received)
                with open(os.path.join(folder, "%d.eml" % number), "wb") as file:
                    file.write(envelope.original_content)
                with open(os.path.join(folder, "%d.json" % number), "w") as file:
                    json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                               "authenticated": bool(session.authenticated)}, file)
                return "250 2.0.0 Ok: queued as %d" % number

        def authenticate(server, session, envelope, mechanism, data):
            with open(os.path.join(folder, "mechanisms"), "a") as file:
                file.write(mechanism + "\n")
            good = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
            return AuthResult(success=good, handled=False)

        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        options = {}
        if user:
            options = dict(authenticator=authenticate, auth_required=True, auth_require_tls=False,
                           auth_exclude_mechanism=[excluded] if excluded else [])
        controller = Controller(Handler(), hostname="127.0.0.1", port=port, **options)
        controller.start()
        print("PORT %d" % port, flush=True)
        sys.stdin.read()
        controller.stop()
        """#

    let folder: URL
    let port: Int
    private let process: Process
    private let input: Pipe

    /// A program the test needs and CI must install.
    struct MissingProgram: Error, CustomStringConvertible {
        let tool: ExternalTool
        var description: String { "\(tool.missingReason); CI must install it" }
    }

    /// The server did not say which port it listens on.
    struct NoPort: Error, CustomStringConvertible {
        let output: String
        var description: String { "aiosmtpd did not start: \(output)" }
    }

    /// Starts the server.
    /// - Throws: ``MissingProgram`` where aiosmtpd is not installed, ``NoPort`` when it does not start.
    init(user: String = "", password: String = "", excluding mechanism: String = "") throws {
        guard let python = ExternalTool.aiosmtpd.path else { throw MissingProgram(tool: .aiosmtpd) }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiosmtpd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scriptFile = folder.appendingPathComponent("receiver.py")
        try Data(Self.script.utf8).write(to: scriptFile)
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scriptFile.path, folder.path, user, password, mechanism]
        input = Pipe()
        let output = Pipe()
        // Its warnings about AUTH without TLS (deliberate here) go to a file, read only when it fails.
        let errors = folder.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        var line: [UInt8] = []
        while !line.contains(10) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).prefix { $0.isNumber }) else {
            process.terminate()
            throw NoPort(output: text + ((try? String(contentsOf: errors, encoding: .utf8)) ?? ""))
        }
        self.port = port
    }

    /// Stops the server and returns the messages it received, in order.
    func stop() throws -> [(message: [UInt8], envelope: [String: Any])] {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        var received: [(message: [UInt8], envelope: [String: Any])] = []
        var number = 1
        while let message = try? Data(contentsOf: folder.appendingPathComponent("\(number).eml")) {
            let envelope = try Data(contentsOf: folder.appendingPathComponent("\(number).json"))
            received.append((Array(message), try JSONSerialization.jsonObject(with: envelope) as? [String: Any] ?? [:]))
            number += 1
        }
        return received
    }

    /// The AUTH mechanisms clients used, one a line.
    var mechanisms: String {
        (try? String(contentsOf: folder.appendingPathComponent("mechanisms"), encoding: .utf8)) ?? ""
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: folder)
    }
}

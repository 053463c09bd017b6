import Foundation
import Testing

@testable import MailTransport

/// `SendmailTransport` against small shell scripts that stand in for sendmail: they record their
/// arguments and input, and end the way a real sendmail does.
@Suite struct SendmailTransportTests {
    /// A folder with a fake sendmail whose body is `script`; it may write to `$DIR`.
    private struct FakeSendmail {
        let folder: URL
        let path: String

        init(_ script: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("sendmail-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("sendmail").path
            try Self.writeExecutable("#!/bin/sh\nDIR='\(folder.path)'\n\(script)\n", to: path)
        }

        /// Writes through a close-on-exec descriptor: a program another test starts meanwhile
        /// must not inherit it, or running the script fails with ETXTBSY ("text file busy").
        private static func writeExecutable(_ text: String, to path: String) throws {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
            guard fd >= 0 else { throw POSIXError(.EIO) }
            defer { close(fd) }
            let bytes = Array(text.utf8)
            guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
                throw POSIXError(.EIO)
            }
        }

        func file(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    private let recording = "printf '%s\\n' \"$@\" > \"$DIR/arguments\"; cat > \"$DIR/input\""

    private func send(
        with fake: FakeSendmail, arguments: [String] = ["-t", "-i"], timeout: Duration = .seconds(10),
        message: [UInt8] = Script.message
    ) -> Result<MailDelivery, MailTransportError> {
        let transport = SendmailTransport(path: fake.path, arguments: arguments, timeout: timeout)
        return Result { () throws(MailTransportError) in try transport.send(message, envelope: Script.envelope) }
    }

    @Test func messageGoesToStandardInputWithUnixLineEnds() throws {
        let fake = try FakeSendmail(recording)
        defer { fake.remove() }
        #expect(try send(with: fake).get() == MailDelivery(reply: "sendmail: exit 0"))
        #expect(try fake.file("input") == LineEnds.unix(Script.message))
        let arguments = String(decoding: try fake.file("arguments"), as: UTF8.self)
        #expect(arguments == "-t\n-i\n-f\n\(Script.sender)\n")
    }

    @Test func aProgramFileStillOpenForWritingIsStartedOnceItIsClosed() throws {
        let fake = try FakeSendmail(recording)
        defer { fake.remove() }
        // Open for writing, the script cannot be run (ETXTBSY); it is closed 60 ms later, within the retries.
        let writer = open(fake.path, O_WRONLY | O_CLOEXEC)
        #expect(writer >= 0)
        let closer = Thread {
            Thread.sleep(forTimeInterval: 0.06)
            close(writer)
        }
        closer.start()
        #expect(try send(with: fake).get() == MailDelivery(reply: "sendmail: exit 0"))
    }

    @Test func withoutDashTTheRecipientsFollowTheOptions() throws {
        let fake = try FakeSendmail(recording)
        defer { fake.remove() }
        _ = try send(with: fake, arguments: ["-i"]).get()
        let arguments = String(decoding: try fake.file("arguments"), as: UTF8.self)
        #expect(arguments == "-i\n-f\n\(Script.sender)\n--\n\(Script.recipient)\n")
    }

    @Test(arguments: [
        (Int32(75), MailTransportError.Kind.temporary), (67, .permanent), (68, .configuration), (69, .permanent),
        (78, .configuration), (64, .configuration), (1, .permanent),
    ])
    func exitStatusDecidesTheKind(status: Int32, kind: MailTransportError.Kind) throws {
        let fake = try FakeSendmail("cat > /dev/null; echo 'sendmail: something happened' >&2; exit \(status)")
        defer { fake.remove() }
        let error = try #require(send(with: fake).failure)
        #expect(error.kind == kind)
        #expect(
            error.reason == .programFailed(path: fake.path, status: status, output: "sendmail: something happened\n"))
    }

    @Test func exitStatusIsNamedInBothLanguages() throws {
        let fake = try FakeSendmail("cat > /dev/null; echo 'recipient unknown' >&2; exit 67")
        defer { fake.remove() }
        let error = try #require(send(with: fake).failure)
        #expect(
            error.message(language: "en")
                == "The program \(fake.path) ended with exit status 67 (EX_NOUSER). Output: \"recipient unknown\"")
        #expect(
            error.message(language: "de")
                == "Das Programm \(fake.path) endete mit dem Status 67 (EX_NOUSER). Ausgabe: „recipient unknown“")
    }

    @Test func outputIsCapturedUpToTheLimit() throws {
        let fake = try FakeSendmail("cat > /dev/null; head -c 100000 /dev/zero | tr '\\0' x >&2; exit 1")
        defer { fake.remove() }
        let error = try #require(send(with: fake).failure)
        guard case .programFailed(_, 1, let output) = error.reason else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(output.utf8.count == ProgramRun.outputLimit)
    }

    @Test func largeMessageAndLargeOutputDoNotDeadlock() throws {
        // The program writes much before it reads: writing the input and reading the output must interleave.
        let fake = try FakeSendmail("head -c 200000 /dev/zero >&2; cat > \"$DIR/input\"")
        defer { fake.remove() }
        let message = Array(
            repeating: Array("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\r\n".utf8), count: 10_000
        )
        .flatMap { $0 }
        _ = try send(with: fake, message: message).get()
        #expect(try fake.file("input").count == 650_000)
    }

    @Test func programThatClosesItsOutputFirstStillGetsTheWholeMessage() throws {
        let fake = try FakeSendmail("exec >/dev/null 2>&1; cat > \"$DIR/input\"")
        defer { fake.remove() }
        let message = Array(repeating: UInt8(ascii: "x"), count: 500_000)
        _ = try send(with: fake, message: message).get()
        #expect(try fake.file("input").count == 500_001)
    }

    @Test func programThatDoesNotFinishIsStopped() throws {
        let fake = try FakeSendmail("exec sleep 30")
        defer { fake.remove() }
        let error = try #require(send(with: fake, timeout: .milliseconds(300)).failure)
        #expect(error.kind == .temporary)
        #expect(error.reason == .programTimedOut(path: fake.path, timeout: .milliseconds(300)))
        #expect(
            error.message(language: "de") == "Das Programm \(fake.path) war nach 0,3 s nicht fertig und wurde beendet.")
    }

    @Test func programPastItsTimeIsStoppedWithTheProgramsItStarted() throws {
        // sleep is a child of the shell, which waits for it.
        let fake = try FakeSendmail("sleep 30 & echo $! > \"$DIR/child\"; wait")
        defer { fake.remove() }
        let error = try #require(send(with: fake, timeout: .milliseconds(300)).failure)
        #expect(error.reason == .programTimedOut(path: fake.path, timeout: .milliseconds(300)))
        let child = try #require(Int32(String(decoding: try fake.file("child"), as: UTF8.self).filter(\.isNumber)))
        #expect(isEnded(child))
    }

    /// Whether a process is gone or a zombie, checked until SIGKILL has had a moment to act.
    private func isEnded(_ pid: Int32) -> Bool {
        for _ in 0..<200 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            // The state follows the command name in parentheses.
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "Z" { return true }
            RetryPolicy.sleep(.milliseconds(10))
        }
        return false
    }

    @Test func programKilledBySignalIsTemporary() throws {
        let fake = try FakeSendmail("cat > /dev/null; kill -9 $$")
        defer { fake.remove() }
        let error = try #require(send(with: fake).failure)
        #expect(error.kind == .temporary)
        #expect(error.reason == .programKilled(path: fake.path, signal: 9, output: ""))
    }

    @Test func successWithoutReadingTheMessageIsNotASuccess() throws {
        let fake = try FakeSendmail("exit 0")
        defer { fake.remove() }
        let message = Array(repeating: UInt8(ascii: "x"), count: 1_000_000)
        let error = try #require(send(with: fake, message: message).failure)
        #expect(error.kind == .temporary)
        #expect(error.reason == .programInputFailed(path: fake.path, errno: EPIPE))
    }

    @Test func senderThatLooksLikeAnOptionIsRefused() throws {
        let fake = try FakeSendmail(recording)
        defer { fake.remove() }
        let transport = SendmailTransport(path: fake.path)
        let envelope = MailEnvelope(sender: "-oQ/queue/x@y", recipients: [Script.recipient])
        #expect(throws: MailTransportError(.unsafeAddress("-oQ/queue/x@y", .leadingHyphen))) {
            try transport.send(Script.message, envelope: envelope)
        }
        #expect(!FileManager.default.fileExists(atPath: fake.folder.appendingPathComponent("arguments").path))
    }

    @Test func verifyNamesAMissingOrUnusableProgram() throws {
        let fake = try FakeSendmail(recording)
        defer { fake.remove() }
        try SendmailTransport(path: fake.path).verify()
        let missing = fake.folder.appendingPathComponent("nowhere").path
        #expect(throws: MailTransportError(.programMissing(path: missing))) {
            try SendmailTransport(path: missing).verify()
        }
        #expect(throws: MailTransportError(.programNotExecutable(path: fake.folder.path))) {
            try SendmailTransport(path: fake.folder.path).verify()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: fake.path)
        #expect(throws: MailTransportError(.programNotExecutable(path: fake.path))) {
            try SendmailTransport(path: fake.path).verify()
        }
    }

    @Test func missingProgramIsReportedWhenSending() throws {
        let error = try #require(
            Result { () throws(MailTransportError) in
                try SendmailTransport(path: "/nonexistent/sendmail").send(Script.message, envelope: Script.envelope)
            }.failure)
        #expect(error.kind == .configuration)
        #expect(error.reason == .programMissing(path: "/nonexistent/sendmail"))
    }
}

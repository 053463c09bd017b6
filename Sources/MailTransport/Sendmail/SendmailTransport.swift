import Glibc

/// Delivery through the system's sendmail interface, the Unix convention that postfix, exim,
/// OpenSMTPD and msmtp all provide, with their queues, TLS and relaying.
///
/// The program gets the message on its standard input with LF line ends (the convention for
/// local submission; the program turns them into CRLF on the wire), `-f` with the envelope
/// sender, and, unless the arguments contain `-t` (recipients from the To/Cc/Bcc headers), the
/// envelope recipients after `--`. Its exit status says what happened (`<sysexits.h>`).
public struct SendmailTransport: MailTransport {
    public let path: String
    public let arguments: [String]
    /// How long one run may take before the program is stopped.
    public let timeout: Duration

    public init(
        path: String = "/usr/sbin/sendmail", arguments: [String] = ["-t", "-i"], timeout: Duration = .seconds(60)
    ) {
        self.path = path
        self.arguments = arguments
        self.timeout = timeout
    }

    /// Checks that the program exists and may be run; nothing is started.
    public func verify() throws(MailTransportError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw MailTransportError(.programMissing(path: path)) }
        guard status.st_mode & S_IFMT == S_IFREG, access(path, X_OK) == 0 else {
            throw MailTransportError(.programNotExecutable(path: path))
        }
    }

    public func send(_ message: [UInt8], envelope: MailEnvelope) throws(MailTransportError) -> MailDelivery {
        let envelope = try envelope.validated()
        let run = ProgramRun(path: path, arguments: commandArguments(for: envelope), timeout: timeout)
        let outcome: ProgramRun.Outcome
        do {
            outcome = try run.run(input: LineEnds.unix(message))
        } catch {
            switch error {
            case .timedOut: throw MailTransportError(.programTimedOut(path: path, timeout: timeout))
            case .notStarted(ENOENT): throw MailTransportError(.programMissing(path: path))
            case .notStarted(EACCES), .notStarted(ENOEXEC): throw MailTransportError(.programNotExecutable(path: path))
            case .notStarted(let number): throw MailTransportError(.programNotStarted(path: path, errno: number))
            }
        }
        let output = String(decoding: outcome.output, as: UTF8.self)
        switch outcome.termination {
        case .exited(0):
            if let inputError = outcome.inputError {
                throw MailTransportError(.programInputFailed(path: path, errno: inputError))
            }
            return MailDelivery(reply: "\(programName): exit 0")
        case .exited(let status):
            throw MailTransportError(
                .programFailed(path: path, status: status, output: output), kind: SysExits.kind(of: status))
        case .signaled(let signal):
            throw MailTransportError(.programKilled(path: path, signal: signal, output: output))
        }
    }

    /// The configured arguments, then the envelope: `-f sender`, and `-- recipients` unless `-t`
    /// takes them from the headers (sendmail implementations disagree on whether `-t` adds or
    /// removes recipients named on the command line, so they are never given both ways).
    func commandArguments(for envelope: MailEnvelope) -> [String] {
        let recipients = arguments.contains("-t") ? [] : ["--"] + envelope.recipients
        return arguments + ["-f", envelope.sender] + recipients
    }

    private var programName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

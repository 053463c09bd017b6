import Glibc

/// One run of an external program with bytes on its standard input and its standard output and
/// error collected together, up to a limit, within a time limit.
///
/// Spawned with `posix_spawn`. Input and output go through socket pairs rather than pipes: a
/// program that exits without reading its input costs an `EPIPE` (the input is sent with
/// `MSG_NOSIGNAL`), never a SIGPIPE for the whole process. Input and output are served in one
/// `poll` loop, so a program that writes much before it reads cannot deadlock with us.
struct ProgramRun {
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    enum Failure: Error, Equatable {
        case notStarted(errno: Int32)
        case timedOut
    }

    struct Outcome {
        var termination: Termination
        /// The start of what the program wrote, at most ``ProgramRun/outputLimit`` bytes.
        var output: [UInt8]
        /// The error of writing the input, when the program stopped reading before the end.
        var inputError: Int32?
    }

    /// Enough for any sendmail's complaint; the rest is read and dropped.
    static let outputLimit = 4096
    /// How often a start refused with ETXTBSY is tried again, 20 ms apart.
    static let busyRetries = 10

    let path: String
    let arguments: [String]
    let timeout: Duration

    func run(input: [UInt8]) throws(Failure) -> Outcome {
        let deadline = ContinuousClock.now + timeout
        var inputEnds: [Int32] = [-1, -1]
        var outputEnds: [Int32] = [-1, -1]
        // Socket pairs, created close-on-exec in one step, so that no program another thread
        // starts meanwhile inherits an end and keeps the output open.
        let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, kind, 0, &inputEnds) == 0 else { throw .notStarted(errno: errno) }
        guard socketpair(AF_UNIX, kind, 0, &outputEnds) == 0 else {
            let error = errno
            close(inputEnds[0])
            close(inputEnds[1])
            throw .notStarted(errno: error)
        }
        let spawned = spawn(stdin: inputEnds[1], output: outputEnds[1])
        close(inputEnds[1])
        close(outputEnds[1])
        let pid: pid_t
        switch spawned {
        case .success(let spawnedID):
            pid = spawnedID
        case .failure(let failure):
            close(inputEnds[0])
            close(outputEnds[0])
            throw failure
        }
        var exchange = Exchange(input: input, inputFD: inputEnds[0], outputFD: outputEnds[0])
        defer { exchange.closeAll() }
        guard exchange.run(until: deadline), let termination = Self.reap(pid, until: deadline) else {
            kill(-pid, SIGKILL)
            _ = Self.reap(pid, until: nil)
            throw .timedOut
        }
        return Outcome(termination: termination, output: exchange.output, inputError: exchange.unwrittenInputError)
    }

    private func spawn(stdin: Int32, output: Int32) -> Result<pid_t, Failure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        // The server blocks SIGINT/SIGTERM in its threads and ignores SIGPIPE; a child inherits
        // both across exec unless they are reset here.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // A process group of its own, so that a program past its time limit is stopped together
        // with the helpers it started (postfix's sendmail runs postdrop).
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        var status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        // ETXTBSY: the program file is open for writing somewhere for a moment: a package upgrade
        // replacing it, or a file just written whose descriptor a child that another thread was
        // starting held between its fork and its exec (close-on-exec closes it only at the exec).
        // Both pass within milliseconds, so the start is tried again a few times.
        for _ in 0..<Self.busyRetries where status == ETXTBSY {
            RetryPolicy.sleep(.milliseconds(20))
            status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        }
        return status == 0 ? .success(pid) : .failure(.notStarted(errno: status))
    }

    /// Waits for the program to end; nil when `deadline` passes first.
    private static func reap(_ pid: pid_t, until deadline: ContinuousClock.Instant?) -> Termination? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return .exited(-1) }
            if let deadline, ContinuousClock.now >= deadline { return nil }
            // The output is closed, so the program is ending; look again shortly.
            if result == 0 { RetryPolicy.sleep(.milliseconds(5)) }
        }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }
}

/// The poll loop of one run: writes the input, reads the output.
private struct Exchange {
    let input: [UInt8]
    var inputFD: Int32
    let outputFD: Int32
    var written = 0
    var output: [UInt8] = []
    var inputError: Int32?

    init(input: [UInt8], inputFD: Int32, outputFD: Int32) {
        self.input = input
        self.inputFD = inputFD
        self.outputFD = outputFD
        _ = fcntl(inputFD, F_SETFL, fcntl(inputFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(outputFD, F_SETFL, fcntl(outputFD, F_GETFL) | O_NONBLOCK)
        if input.isEmpty { closeInput() }
    }

    /// Runs until the program has closed its output and the input is written (or refused);
    /// false when `deadline` passes first. A program may close its output early and still read.
    mutating func run(until deadline: ContinuousClock.Instant) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        var outputOpen = true
        while outputOpen || inputFD >= 0 {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return false }
            // poll skips entries with a negative descriptor.
            var fds = [
                pollfd(fd: outputOpen ? outputFD : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0),
            ]
            guard poll(&fds, 2, milliseconds(remaining)) >= 0 || errno == EINTR else { return false }
            if fds[1].revents != 0 { writeInput() }
            guard fds[0].revents != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(outputFD, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: buffer[0..<min(count, ProgramRun.outputLimit - output.count)])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                outputOpen = false
            }
        }
        return true
    }

    /// Why not all of the input reached the program, or nil when it did.
    var unwrittenInputError: Int32? {
        inputError ?? (written < input.count ? EPIPE : nil)
    }

    private mutating func writeInput() {
        let count = input[written...].withUnsafeBytes {
            send(inputFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
        if count >= 0 {
            written += count
            if written == input.count { closeInput() }
        } else if errno != EINTR && errno != EAGAIN {
            inputError = errno
            closeInput()
        }
    }

    private mutating func closeInput() {
        if inputFD >= 0 { close(inputFD) }
        inputFD = -1
    }

    mutating func closeAll() {
        closeInput()
        close(outputFD)
    }
}

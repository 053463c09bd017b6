import Foundation
import Glibc
import SurveyStore
import Testing

/// Kills a writing process with SIGKILL at random moments and checks that every
/// acknowledged record survives exactly once and the log still opens.
///
/// The child is this test binary run again with `SURVEY_CRASH_CHILD` set, which
/// enables ``CrashChild`` and nothing else. `SURVEY_CRASH_CYCLES` raises the
/// number of cycles for longer runs.
struct CrashTests {
    @Test(.timeLimit(.minutes(2)))
    func acknowledgedRecordsSurviveSIGKILL() throws {
        let directory = TemporaryDirectory()
        let cycles = ProcessInfo.processInfo.environment["SURVEY_CRASH_CYCLES"].flatMap(Int.init) ?? 20
        var generator = SystemRandomNumberGenerator()
        var acknowledged = Set<String>()
        for cycle in 0..<cycles {
            let child = try ChildProcess(directory: directory.path, cycle: cycle)
            // Every third cycle kills without waiting, possibly while the child recovers the log.
            let waitsForFirstAck = cycle % 3 != 2
            var acks = waitsForFirstAck ? try child.readAcks(until: .firstAck, timeout: 30) : []
            #expect(!waitsForFirstAck || !acks.isEmpty, "the child acknowledged nothing in cycle \(cycle)")
            if cycle == 0 {
                // A second process must be refused while the child writes.
                #expect(throws: StoreError.inUse(directory: directory.path, processID: child.processID)) {
                    try ResponseLog(directory: directory.path)
                }
            }
            usleep(UInt32.random(in: 0...50_000, using: &generator))
            kill(child.processID, SIGKILL)
            acks += try child.readAcks(until: .endOfFile, timeout: 30)
            child.killAndReap()
            acknowledged.formUnion(acks)

            let counts = try Self.responseCounts(in: directory.path)
            let missing = acknowledged.filter { counts[$0] == nil }
            #expect(missing.isEmpty, "cycle \(cycle): acknowledged but lost: \(missing.sorted().prefix(5))")
            let duplicated = counts.filter { $0.value > 1 }
            #expect(duplicated.isEmpty, "cycle \(cycle): written twice: \(duplicated.keys.sorted().prefix(5))")
        }
        #expect(acknowledged.count >= cycles / 2)
    }

    /// Opens the log (which recovers a torn tail) and counts records per response id.
    static func responseCounts(in directory: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let log = try ResponseLog(
            directory: directory,
            options: {
                var options = ResponseLog.Options()
                options.maintainsView = false
                return options
            }())
        withExtendedLifetime(log) {}
        let tail = try LogReader(path: directory + "/" + ResponseLog.logFileName).forEachLine { line in
            let text = String(decoding: line.bytes, as: UTF8.self)
            // Response ids in this test never need escaping, so a plain search is exact.
            if let start = text.range(of: "\"response\":\"")?.upperBound, let end = text[start...].firstIndex(of: "\"")
            {
                counts[String(text[start..<end]), default: 0] += 1
            }
        }
        #expect(tail.bytes.isEmpty, "the reopened log must end with a complete line")
        return counts
    }
}

/// The writing side of ``CrashTests``: runs only in the child process.
struct CrashChild {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SURVEY_CRASH_CHILD"] != nil))
    func appendUntilKilled() async throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = try #require(environment["SURVEY_CRASH_CHILD"])
        let cycle = environment["SURVEY_CRASH_CYCLE"] ?? "0"
        let log = try ResponseLog(directory: directory)
        let deadline = ContinuousClock.now + .seconds(20)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<16 {
                group.addTask {
                    var index = 0
                    while ContinuousClock.now < deadline {
                        let id = "c\(cycle)-w\(writer)-\(index)"
                        _ = try await log.append(Requests.submit(id, key: "key-" + id))
                        // One write per ack, shorter than PIPE_BUF, so lines never interleave.
                        let line = Array("ACK \(id)\n".utf8)
                        _ = line.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
                        index += 1
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// The child process and the pipe it reports acknowledgements on.
///
/// Spawned with `posix_spawn` and reaped with `waitpid` directly, so the test
/// controls every step of the child's life.
final class ChildProcess {
    enum ReadGoal { case firstAck, endOfFile }

    let processID: Int32
    private let readEnd: Int32
    private var pending: [UInt8] = []

    init(directory: String, cycle: Int) throws {
        let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(.EIO) }
        readEnd = ends[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["SURVEY_CRASH_CHILD"] = directory
        environment["SURVEY_CRASH_CYCLE"] = String(cycle)
        let arguments = [executable, "--testing-library", "swift-testing", "--filter", "CrashChild"]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for argument in argv { free(argument) }
            for variable in envp { free(variable) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(ends[1])
        guard status == 0 else {
            close(ends[0])
            throw POSIXError(.ECHILD)
        }
        processID = pid
    }

    deinit {
        close(readEnd)
    }

    /// Reads acknowledged ids until the goal is reached or `timeout` seconds pass.
    func readAcks(until goal: ReadGoal, timeout: Double) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var acks: [String] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var poller = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count <= 0 { return acks }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeFirst(newline + 1)
                if line.hasPrefix("ACK ") { acks.append(String(line.dropFirst(4))) }
            }
            if goal == .firstAck, !acks.isEmpty { return acks }
        }
        return acks
    }

    /// Kills the child (if still running) and reaps it.
    func killAndReap() {
        kill(processID, SIGKILL)
        var status: Int32 = 0
        while waitpid(processID, &status, 0) < 0, errno == EINTR {}
    }
}

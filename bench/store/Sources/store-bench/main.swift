import Dispatch
import Foundation
import StrictJSON
import SurveyStore
import Synchronization

/// Durable appends with many concurrent writers, and streaming reads of a large log.
let arguments = Array(CommandLine.arguments.dropFirst())
let mode = arguments.first ?? "appends"
func argument(_ index: Int, default value: Int) -> Int {
    arguments.count > index ? Int(arguments[index]) ?? value : value
}

let version = String(repeating: "5e", count: 32)

/// A plausible submission of the schools survey, about 400 bytes as a log line.
func answers(_ index: Int) -> JSON {
    let types = ["gs", "ms", "rs", "gym", "fos", "bs", "foerder", "wirtschaft"]
    return [
        "schulart": .string(types[index % types.count]), "schueler": .number(Double(120 + index % 900)),
        "internet": index % 7 == 0 ? "keiner" : "glasfaser", "bandbreite": .number(Double(50 * (1 + index % 20))),
        "wlan_abdeckung": .number(Double(index % 101)), "pcs": .number(Double(index % 60)),
        "notebooks": .number(Double(index % 45)), "tablets": .number(Double(index % 120)),
        "medienkonzept": index % 3 == 0 ? "nein" : "ja", "dienste": ["moodle", "office", "mebis"],
        "fortbildung": .number(Double(index % 5 + 1)), "support": .number(Double(index % 4 + 1)),
        "bemerkung": index % 10 == 0 ? "Die Ausstattung der Fachräume ist noch unvollständig." : .null,
    ]
}

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "survey-store-bench-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// CPU time of all threads of the process (user + system).
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The real file without fsync: measures the store's own cost per record, the
/// ceiling that group commit approaches when fsync is fast.
final class NoSyncFile: AppendOnlyFile {
    let inner: POSIXFile
    init(_ inner: POSIXFile) { self.inner = inner }
    func append(_ bytes: UnsafeRawBufferPointer) throws(FileError) { try inner.append(bytes) }
    func synchronize() throws(FileError) {}
    func truncate(to size: Int) throws(FileError) { try inner.truncate(to: size) }
}

/// `writers` closed loops, each appending its next record when the previous is durable.
func durableAppends(records: Int, writers: Int, fsync: Bool = true) throws -> (seconds: Double, batches: Int, cpuSeconds: Double) {
    let directory = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var options = ResponseLog.Options()
    options.maintainsView = false
    if !fsync { options.fileWrapper = { NoSyncFile($0) } }
    let log = try ResponseLog(directory: directory, options: options)
    let issued = Atomic<Int>(0)
    let done = DispatchSemaphore(value: 0)
    let finishedWriters = Atomic<Int>(0)

    @Sendable func next(_ writer: Int) {
        let index = issued.add(1, ordering: .relaxed).oldValue
        guard index < records else {
            if finishedWriters.add(1, ordering: .relaxed).newValue == writers { done.signal() }
            return
        }
        let request = AppendRequest(
            .submit(answers: answers(index)), responseID: "r\(index)", definitionVersion: version,
            participantID: "s\(index % 5000)", idempotencyKey: "k\(index)")
        log.append(request) { result in
            guard case .success = result else { fatalError("append failed: \(result)") }
            // Completions run on the store's writer queue; like a server's event
            // loop, the writer hops off it before building its next request.
            DispatchQueue.global().async { next(writer) }
        }
    }
    let start = DispatchTime.now()
    let cpuStart = processCPUSeconds()
    for writer in 0..<writers { next(writer) }
    done.wait()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return (seconds, log.commitCount, processCPUSeconds() - cpuStart)
}

/// Writes `records` submissions with one fsync per 10,000 (bulk mode).
func writeLargeLog(records: Int, directory: String) throws -> Double {
    var options = ResponseLog.Options()
    options.maintainsView = false
    let log = try ResponseLog(directory: directory, options: options)
    let start = DispatchTime.now()
    var index = 0
    while index < records {
        let end = min(index + 10_000, records)
        let requests = (index..<end).map { index in
            AppendRequest(.submit(answers: answers(index)), responseID: "r\(index)", definitionVersion: version, participantID: "s\(index % 5000)")
        }
        for result in log.appendBatch(requests) {
            if case .failure(let error) = result { fatalError("append failed: \(error)") }
        }
        index = end
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// CPU time of the calling thread: on a machine shared with other work, this is
/// what "per core" means, while wall time also counts waiting for a core.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Foundation's JSONSerialization on the same lines, as a peer in the same run.
func foundationRead(path: String, limit: Int) throws -> (cpuSeconds: Double, bytes: Int) {
    var bytes = 0
    var count = 0
    let start = threadCPUSeconds()
    _ = try LogReader(path: path).forEachLine { line in
        guard count < limit else { return }
        count += 1
        bytes += line.bytes.count + 1
        _ = try? JSONSerialization.jsonObject(with: Data(line.bytes))
    }
    return (threadCPUSeconds() - start, bytes)
}

/// Streams the log: split lines, parse each with StrictJSON, decode the record's bookkeeping fields.
func streamingRead(path: String, decodeRecords: Bool) throws -> (seconds: Double, cpuSeconds: Double, records: Int) {
    let start = DispatchTime.now()
    let cpuStart = threadCPUSeconds()
    var records = 0
    var failures = 0
    _ = try LogReader(path: path).forEachLine { line in
        do {
            let document = try JSONDocument(parsing: line.bytes)
            if decodeRecords {
                _ = try ResponseRecord(decoding: document.root, keepAnswers: false)
            }
            records += 1
        } catch {
            failures += 1
        }
    }
    precondition(failures == 0, "the benchmark log must parse")
    return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, threadCPUSeconds() - cpuStart, records)
}

/// Resident and peak resident memory of this process in MiB, from `/proc/self/status`.
func residentMemory() -> (current: Double, peak: Double) {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    func field(_ name: String) -> Double {
        let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }
    return (field("VmRSS"), field("VmHWM"))
}

/// Writes `count` drafts of about `kilobytes` KB each, one per response and each with an idempotency key as
/// the web forms send them, as abandoned public drafts are; returns the log still open. Every text is its own
/// string, as texts parsed from requests are, so that memory held per draft shows.
func writeDrafts(directory: String, count: Int, kilobytes: Int) throws -> ResponseLog {
    var options = ResponseLog.Options()
    // The benchmark measures reading such a log back, so the daily draft budget must not stop the writing.
    options.draftBudget = DraftBudget(maxAnswerBytes: .max, answerBytesPerDay: .max)
    let log = try ResponseLog(directory: directory, options: options)
    let text = String(repeating: "Zwischenstand ", count: 1024 * kilobytes / 20 / 14)
    for start in stride(from: 0, to: count, by: 100) {
        let requests = (start..<min(start + 100, count)).map { index in
            AppendRequest(
                .draft(page: "p1", answers: .object((0..<20).map { JSONField(key: "t\($0)", value: .string("\(index).\($0) " + text)) })),
                responseID: "r\(index)", definitionVersion: version, idempotencyKey: "k\(index)")
        }
        for result in log.appendBatch(requests) { _ = try result.get() }
    }
    return log
}

switch mode {
case "drafts-write":
    let directory = arguments.count > 1 ? arguments[1] : temporaryDirectory()
    let log = try writeDrafts(directory: directory, count: argument(2, default: 2_000), kilobytes: argument(3, default: 200))
    let memory = residentMemory()
    log.close()
    let path = directory + "/" + ResponseLog.logFileName
    let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
    print(
        "wrote \(String(format: "%.0f", size / 1_048_576)) MiB of drafts to \(directory); the open log holds"
            + " RSS \(Int(memory.current)) MiB (peak \(Int(memory.peak)) MiB)")
case "drafts-open":
    let directory = arguments.count > 1 ? arguments[1] : temporaryDirectory()
    let before = residentMemory()
    let start = DispatchTime.now()
    let log = try ResponseLog(directory: directory)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let after = residentMemory()
    print(
        "opened \(log.view.drafts.count) drafts in \(String(format: "%.2f", seconds)) s: RSS \(Int(before.current)) MiB before,"
            + " \(Int(after.current)) MiB after, peak \(Int(after.peak)) MiB")
case "appends":
    let records = argument(1, default: 200_000)
    let writers = argument(2, default: 64)
    let rounds = argument(3, default: 5)
    var rates: [Double] = []
    var serialRates: [Double] = []
    for round in 1...rounds {
        let (seconds, batches, _) = try durableAppends(records: records, writers: writers)
        let serial = try durableAppends(records: records / 50, writers: 1)
        rates.append(Double(records) / seconds)
        serialRates.append(Double(records / 50) / serial.seconds)
        print(
            "round \(round): \(writers) writers: \(Int(Double(records) / seconds)) records/s, \(batches) fsyncs"
                + " (\(records / max(batches, 1)) records each); 1 writer: \(Int(Double(records / 50) / serial.seconds)) records/s")
    }
    print("median: \(writers) writers \(Int(median(rates))) durable records/s; 1 writer (one fsync per record) \(Int(median(serialRates))) records/s; ratio \(String(format: "%.1f", median(rates) / median(serialRates)))x")
    var ceiling: [Double] = []
    var perCPU: [Double] = []
    for _ in 1...rounds {
        let run = try durableAppends(records: records, writers: writers, fsync: false)
        ceiling.append(Double(records) / run.seconds)
        perCPU.append(Double(records) / run.cpuSeconds)
    }
    print(
        "same without fsync (the store's own cost, the ceiling for fast disks): median \(Int(median(ceiling))) records/s wall,"
            + " \(Int(median(perCPU))) records per CPU second (all threads, including building the requests)")
case "read":
    let records = argument(1, default: 1_000_000)
    let rounds = argument(2, default: 5)
    let directory = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let writeSeconds = try writeLargeLog(records: records, directory: directory)
    let path = directory + "/" + ResponseLog.logFileName
    let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
    print("wrote \(records) records, \(String(format: "%.1f", size / 1e6)) MB in \(String(format: "%.2f", writeSeconds)) s (bulk, one fsync per 10,000)")
    var parseCPURate = 0.0
    for decode in [false, true] {
        var rates: [Double] = []
        var cpuRates: [Double] = []
        for _ in 1...rounds {
            let (seconds, cpuSeconds, count) = try streamingRead(path: path, decodeRecords: decode)
            precondition(count == records)
            rates.append(size / 1e6 / seconds)
            cpuRates.append(size / 1e6 / cpuSeconds)
        }
        if !decode { parseCPURate = median(cpuRates) }
        print(
            "\(decode ? "parse + decode record fields" : "parse only"): median \(Int(median(rates))) MB/s wall,"
                + " \(Int(median(cpuRates))) MB/s per CPU second (wall runs: \(rates.map { Int($0) }))")
    }
    let peer = try foundationRead(path: path, limit: records / 10)
    let peerRate = Double(peer.bytes) / 1e6 / peer.cpuSeconds
    print("Foundation JSONSerialization on the first \(records / 10) lines: \(Int(peerRate)) MB/s per CPU second; StrictJSON parse is \(String(format: "%.1f", parseCPURate / peerRate))x")
default:
    print(
        "usage: store-bench appends [records] [writers] [rounds] | read [records] [rounds]"
            + " | drafts-write directory [count] [kilobytes] | drafts-open directory")
}

import Glibc
import StrictJSON
import SurveyStore

/// Evaluates a response log file in one streaming pass.
///
/// Each submit is counted as it is read. When a later submit or a void
/// refers to a response already counted, the earlier line is read again from
/// the file and its contribution taken back, so memory holds one 16-byte
/// entry per response rather than the responses themselves.
public struct LogEvaluator: Sendable {
    public let decoder: ResponseDecoder
    /// The participant fields by participant id (`schulart` → `gs`), for filters and breakdowns.
    public let participants: [String: [String: String]]

    /// What the scan met besides the counted responses.
    public struct Scan: Sendable, Hashable {
        /// Lines in the log.
        public var lines = 0
        /// Submitted responses counted (after voids, before the filter).
        public var submitted = 0
        /// Submitted responses the filter left out.
        public var filteredOut = 0
        /// Drafts met (not counted).
        public var drafts = 0
        /// Lines that are not records, by 1-based line number: a torn last line or damage.
        public var badLines: [Int] = []
    }

    public init(decoder: ResponseDecoder, participants: [String: [String: String]] = [:]) {
        self.decoder = decoder
        self.participants = participants
    }

    /// Reads the log at `path` and returns the evaluation of its current responses.
    ///
    /// - Parameters:
    ///   - path: The `log.jsonl` file; a missing file is an empty log.
    ///   - progress: Called now and then with the bytes read so far.
    /// - Throws: ``FileError`` when the file cannot be read.
    public func evaluate(path: String, progress: ((Int) -> Void)? = nil) throws(FileError) -> (Evaluation, Scan) {
        var evaluation = Evaluation(plan: decoder.plan)
        var scan = Scan()
        // Offset of the line of each response's current submit; negative when
        // the filter left it out (so nothing is to be taken back).
        var current: [ResponseKey: Int] = [:]
        var collided: [String: Int] = [:]
        let rereader = access(path, F_OK) == 0 ? try POSIXFile(path: path, flags: O_RDONLY | O_CLOEXEC) : nil
        var nextProgress = 64 << 20

        func reread(_ offset: Int) -> (id: String, facts: ResponseFacts?)? {
            guard let rereader, let document = Self.readLine(rereader.descriptor, at: offset) else { return nil }
            let root = document.root
            guard let id = root["response"]?.string, let answers = root["answers"] else { return nil }
            return (id, decoder.facts(answers: answers, participant: participant(of: root)))
        }

        let tail = try LogReader(path: path).forEachLine { line in
            scan.lines += 1
            if line.offset >= nextProgress, let progress {
                progress(line.offset)
                nextProgress += 64 << 20
            }
            guard let document = try? JSONDocument(parsing: line.bytes) else {
                scan.badLines.append(line.number)
                return
            }
            let root = document.root
            guard let kind = root["kind"], let response = root["response"], let id = response.string else {
                scan.badLines.append(line.number)
                return
            }
            if kind.isString("draft") {
                scan.drafts += 1
                return
            }
            let isSubmit = kind.isString("submit")
            guard isSubmit || kind.isString("void") else {
                scan.badLines.append(line.number)
                return
            }
            // Take back the response's earlier submit, if one is counted.
            let key = ResponseKey(id.utf8)
            var previous: (entry: Int, line: (id: String, facts: ResponseFacts?)?)?
            var useSideTable = false
            if !collided.isEmpty, let entry = collided.removeValue(forKey: id) {
                useSideTable = true
                previous = (entry, reread(abs(entry) - 1))
            } else if let entry = current[key] {
                let earlier = reread(abs(entry) - 1)
                if let earlier, earlier.id != id {
                    useSideTable = true  // another response with the same hash
                } else {
                    current[key] = nil
                    previous = (entry, earlier)
                }
            }
            if let previous {
                scan.submitted -= 1
                if previous.entry < 0 {
                    scan.filteredOut -= 1
                } else if let facts = previous.line?.facts {
                    evaluation.remove(facts)
                }
            }
            guard isSubmit else { return }
            guard let answers = root["answers"] else {
                scan.badLines.append(line.number)
                return
            }
            scan.submitted += 1
            let facts = decoder.facts(answers: answers, participant: participant(of: root))
            if let facts { evaluation.add(facts) } else { scan.filteredOut += 1 }
            // Offsets are stored one up so that 0 stays distinguishable from its negative.
            let entry = facts == nil ? -(line.offset + 1) : line.offset + 1
            if useSideTable { collided[id] = entry } else { current[key] = entry }
        }
        if !tail.bytes.isEmpty { scan.badLines.append(tail.lineNumber) }
        return (evaluation, scan)
    }

    private func participant(of record: JSONValue) -> [String: String] {
        guard let id = record["participant"]?.string else { return [:] }
        return participants[id] ?? [:]
    }

    /// Reads and parses the line starting at `offset`.
    private static func readLine(_ descriptor: Int32, at offset: Int) -> JSONDocument? {
        var line: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        var position = offset
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(position)) }
            guard count > 0 else { return nil }
            if let end = chunk[0..<count].firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: chunk[0..<end])
                return try? JSONDocument(parsing: line)
            }
            line.append(contentsOf: chunk[0..<count])
            position += count
        }
    }
}

import StrictJSON
import SurveyStore

/// Evaluates a response log file in one streaming pass, split across cores.
///
/// Each submit is counted as it is read. When a later submit or a void
/// refers to a response already counted, the earlier line is read again from
/// the file and its contribution taken back, so memory holds one 16-byte
/// entry per response rather than the responses themselves. The file is cut
/// into byte ranges at line ends; each range is counted on its own core and
/// the parts are combined in file order, a later part taking back what it
/// revises in an earlier one. The store's ``LogLines`` does the file work:
/// ranges, lines and reading a line again.
public struct LogEvaluator: Sendable {
    public let decoder: ResponseDecoder
    /// The participant fields of a participant id (`schulart` → `gs`), for filters and breakdowns.
    public let participantFields: @Sendable (String) -> [String: String]

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

    /// Bits of the response hash; tests use few to make collisions common.
    let keyBits: Int

    public init(decoder: ResponseDecoder, participants: [String: [String: String]] = [:]) {
        self.init(decoder: decoder, participants: participants, keyBits: 32)
    }

    /// Evaluates with participant fields looked up as records are met, as the live evaluation does.
    public init(decoder: ResponseDecoder, participantFields: @escaping @Sendable (String) -> [String: String]) {
        self.init(decoder: decoder, participantFields: participantFields, keyBits: 32)
    }

    init(decoder: ResponseDecoder, participants: [String: [String: String]], keyBits: Int) {
        self.init(decoder: decoder, participantFields: { participants[$0] ?? [:] }, keyBits: keyBits)
    }

    init(decoder: ResponseDecoder, participantFields: @escaping @Sendable (String) -> [String: String], keyBits: Int) {
        self.decoder = decoder
        self.participantFields = participantFields
        self.keyBits = keyBits
    }

    /// Reads the log at `path` and returns the evaluation of its current responses.
    ///
    /// - Parameters:
    ///   - path: The `log.jsonl` file; a missing file is an empty log.
    ///   - workers: How many cores to use; small files use one.
    ///   - minimumPartSize: Files are split only into parts at least this large.
    ///   - progress: Called now and then with the bytes read so far (by the first worker, scaled).
    /// - Throws: ``FileError`` when the file cannot be read.
    public func evaluate(
        path: String, workers: Int = 2, minimumPartSize: Int = 8 << 20, progress: (@Sendable (Int) -> Void)? = nil
    ) throws(FileError) -> (Evaluation, Scan) {
        try evaluate(LogLines(path: path), workers: workers, minimumPartSize: minimumPartSize, progress: progress)
    }

    /// Evaluates the lines of an opened log, like ``evaluate(path:workers:minimumPartSize:progress:)``.
    public func evaluate(
        _ file: LogLines, workers: Int = 2, minimumPartSize: Int = 8 << 20,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(FileError) -> (Evaluation, Scan) {
        let parts = try file.readParts(
            of: 0..<file.length, workers: workers, minimumPartSize: minimumPartSize, progress: progress
        ) { range, report throws(FileError) in
            try scan(file, range: range, progress: report)
        }
        guard var combined = parts.first else { return (Evaluation(plan: decoder.plan), Scan()) }
        for (index, part) in parts.enumerated().dropFirst() {
            combine(&combined, part, file: file, keepsBookkeeping: index < parts.count - 1)
        }
        return (combined.evaluation, combined.scan)
    }

    /// The counts of one byte range and what later ranges need to combine with it.
    struct LogPart: Sendable {
        var evaluation: Evaluation
        var scan: Scan
        /// Line offset of each response's current submit, stored one up; negative when filtered out.
        var current: [ResponseKey: Int] = [:]
        /// The same for responses whose hash was taken by another response, by id.
        var collided: [String: Int] = [:]
        /// The hashes of the responses in `collided`.
        var collidedKeys: Set<ResponseKey> = []
        /// Responses this range voided (offset of the void, one up): an earlier range may have counted them.
        var voided: [ResponseKey: Int] = [:]
        /// The same for voids of responses kept by id.
        var voidedCollided: [String: Int] = [:]
    }

    private func scan(_ file: LogLines, range: Range<Int>, progress: ((Int) -> Void)?) throws(FileError) -> LogPart {
        var part = LogPart(evaluation: Evaluation(plan: decoder.plan), scan: Scan())
        var nextProgress = range.lowerBound + (64 << 20)
        try file.forEachLine(in: range) { line in
            part.scan.lines += 1
            if line.offset >= nextProgress, let progress {
                progress(line.offset - range.lowerBound)
                nextProgress += 64 << 20
            }
            guard line.isComplete, let document = try? JSONDocument(parsing: Array(line.bytes)) else {
                part.scan.badLines.append(part.scan.lines)
                return
            }
            apply(document.root, offset: line.offset, lineNumber: part.scan.lines, to: &part, file: file)
        }
        return part
    }

    /// Counts one record into `part`.
    private func apply(_ root: JSONValue, offset: Int, lineNumber: Int, to part: inout LogPart, file: LogLines) {
        guard let record = CountedRecord(root) else {
            part.scan.badLines.append(lineNumber)
            return
        }
        let id = record.responseID
        let answers: JSONValue?
        switch record.effect {
        case .draft:
            part.scan.drafts += 1
            return
        case .submit(let submitted): answers = submitted
        case .void: answers = nil
        }
        // Take back the response's earlier submit, if this range counted one.
        let key = ResponseKey(id.utf8, bits: keyBits)
        var previous: (entry: Int, facts: ResponseFacts?)?
        var useSideTable = false
        if !part.collided.isEmpty, let entry = part.collided.removeValue(forKey: id) {
            useSideTable = true
            previous = (entry, reread(file, entry)?.facts)
        } else if let entry = part.current[key] {
            let earlier = reread(file, entry)
            if let earlier, earlier.id != id {
                useSideTable = true // another response with the same hash
            } else {
                part.current[key] = nil
                previous = (entry, earlier?.facts)
            }
        }
        if let previous { takeBack(previous.entry, facts: previous.facts, from: &part) }
        if answers == nil {
            if useSideTable { part.voidedCollided[id] = offset + 1 } else { part.voided[key] = offset + 1 }
        }
        guard let answers else { return }
        part.scan.submitted += 1
        let facts = decoder.facts(answers: answers, participant: record.participantID.map(participantFields) ?? [:])
        if let facts { part.evaluation.add(facts) } else { part.scan.filteredOut += 1 }
        // Offsets are stored one up so that offset 0 keeps its sign.
        let entry = facts == nil ? -(offset + 1) : offset + 1
        if useSideTable {
            part.collided[id] = entry
            part.collidedKeys.insert(key)
        } else {
            part.current[key] = entry
        }
    }

    private func takeBack(_ entry: Int, facts: ResponseFacts?, from part: inout LogPart) {
        part.scan.submitted -= 1
        if entry < 0 {
            part.scan.filteredOut -= 1
        } else if let facts {
            part.evaluation.remove(facts)
        }
    }

    /// Appends `later` (the next range of the file) to `earlier`.
    ///
    /// - Parameter keepsBookkeeping: Whether further parts follow that need the
    ///   combined table of current submits; after the last part it is dropped, not built.
    private func combine(_ earlier: inout LogPart, _ later: LogPart, file: LogLines, keepsBookkeeping: Bool) {
        /// Takes back the earlier part's submit of the response of a later entry, found by hash or by id.
        func supersede(_ key: ResponseKey, laterEntry: Int, id knownID: String?) {
            var laterID = knownID
            if let entry = earlier.current[key] {
                // Check the ids: equal hashes of different responses must not cancel.
                let old = reread(file, entry)
                laterID = laterID ?? readID(file, laterEntry)
                if let old, old.id == laterID {
                    earlier.current[key] = nil
                    takeBack(entry, facts: old.facts, from: &earlier)
                    return
                }
            }
            guard earlier.collidedKeys.contains(key) else { return }
            laterID = laterID ?? readID(file, laterEntry)
            if let id = laterID, let entry = earlier.collided.removeValue(forKey: id) {
                takeBack(entry, facts: reread(file, entry)?.facts, from: &earlier)
            }
        }
        for (key, entry) in later.current { supersede(key, laterEntry: entry, id: nil) }
        for (key, entry) in later.voided { supersede(key, laterEntry: entry, id: nil) }
        for (id, entry) in later.collided { supersede(ResponseKey(id.utf8, bits: keyBits), laterEntry: entry, id: id) }
        for (id, entry) in later.voidedCollided {
            supersede(ResponseKey(id.utf8, bits: keyBits), laterEntry: entry, id: id)
        }
        earlier.evaluation.merge(later.evaluation)
        earlier.scan.submitted += later.scan.submitted
        earlier.scan.filteredOut += later.scan.filteredOut
        earlier.scan.drafts += later.scan.drafts
        earlier.scan.badLines += later.scan.badLines.map { $0 + earlier.scan.lines }
        earlier.scan.lines += later.scan.lines
        guard keepsBookkeeping else {
            earlier.current = [:]
            return
        }
        // A hash still held by an earlier response belongs to another one: keep the later by id.
        for (key, entry) in later.current {
            if earlier.current[key] != nil, let id = readID(file, entry) {
                earlier.collided[id] = entry
                earlier.collidedKeys.insert(key)
            } else {
                earlier.current[key] = entry
            }
        }
        earlier.collided.merge(later.collided) { _, new in new }
        earlier.collidedKeys.formUnion(later.collidedKeys)
    }

    /// The response id and facts of the line at `entry` (an offset stored one up, either sign).
    private func reread(_ file: LogLines, _ entry: Int) -> (id: String, facts: ResponseFacts?)? {
        guard let document = Self.readLine(file, at: abs(entry) - 1) else { return nil }
        // Only submits are noted, so the line is one.
        guard let record = CountedRecord(document.root), case .submit(let answers) = record.effect else { return nil }
        let participant = record.participantID.map(participantFields) ?? [:]
        return (record.responseID, decoder.facts(answers: answers, participant: participant))
    }

    private func readID(_ file: LogLines, _ entry: Int) -> String? {
        Self.readLine(file, at: abs(entry) - 1).flatMap { CountedRecord($0.root) }?.responseID
    }

    /// Reads and parses the line starting at `offset`.
    private static func readLine(_ file: LogLines, at offset: Int) -> JSONDocument? {
        guard let line = try? file.line(at: offset) else { return nil }
        return try? JSONDocument(parsing: line)
    }
}

import StrictJSON
import SurveyModel
import SurveyStore

/// The cold path: row groups from a range of the log, parsed on all cores.
///
/// The range is cut at line starts into one part per core. Each line goes
/// through the ``RecordScanner``; what it leaves goes through StrictJSON and
/// ``ResponseDecoder``, the semantics of ``LogEvaluator``: drafts are counted
/// and skipped, every submit and void becomes a row, and lines that are not
/// records are reported. Which rows stay live (latest revision, voids
/// applied) is decided afterwards in file order by ``ColumnSet``.
struct ColumnBuild: Sendable {
    let layout: ColumnLayout
    /// Reads what the scanner leaves: no filter, no breakdown.
    let fallback: ResponseDecoder
    let participants: [String: [String: String]]
    let today: ExpressionValue

    init(layout: ColumnLayout, participants: [String: [String: String]], today: ExpressionValue) {
        self.layout = layout
        fallback = ResponseDecoder(plan: layout.plan, today: today)
        self.participants = participants
        self.today = today
    }

    /// One core's share of the log.
    struct Part: Sendable {
        var groups: [BuiltGroup] = []
        /// Complete lines read.
        var lines = 0
        var drafts = 0
        /// Lines that are not records, 1-based within the part.
        var badLines: [Int] = []
        /// The offset just after the last complete line.
        var end: Int
        /// Whether the part ended in bytes without a newline (a torn or unfinished last line).
        var hasTail = false
    }

    /// A finished row group: its column blocks, and what deciding the live rows needs.
    struct BuiltGroup: Sendable {
        var count: Int
        var blocks: [[UInt8]]
        var live: [Bool]
        var ids: TextVector
    }

    /// Reads `range` of `log` on up to `workers` cores.
    func parts(
        of log: LogLines, range: Range<Int>, workers: Int, minimumPartSize: Int = 4 << 20,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(FileError) -> [Part] {
        try log.readParts(of: range, workers: workers, minimumPartSize: minimumPartSize, progress: progress) {
            part, report throws(FileError) in
            try self.part(of: log, range: part, progress: report)
        }
    }

    private func part(of log: LogLines, range: Range<Int>, progress: ((Int) -> Void)?) throws(FileError) -> Part {
        var part = Part(end: range.lowerBound)
        var scanner = RecordScanner(layout: layout)
        var group = RowGroup(schema: layout.schema)
        let source = RowSource(group: RowGroup(schema: layout.schema, rows: 0), columns: layout)
        var conditions = ConditionCache(layout: layout)
        var nextProgress = range.lowerBound + (64 << 20)
        try log.forEachLine(in: range) { read in
            let (offset, line) = (read.offset, read.bytes)
            guard read.isComplete else {
                part.hasTail = true
                return
            }
            part.lines += 1
            part.end = offset + line.count + 1
            if let progress, offset >= nextProgress {
                progress(offset - range.lowerBound)
                nextProgress += 64 << 20
            }
            if group.isFull {
                part.groups.append(finish(group))
                group.reset()
            }
            let row = group.count
            switch scanner.scan(line, row: row, into: &group) {
            case .submit(let response, let participant):
                let fields = participant.flatMap { range in
                    participants.isEmpty
                        ? nil
                        : participants[String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)]
                }
                addRow(id: UnsafeBufferPointer(rebasing: line[response]), participant: fields, to: &group)
                layout.decideShown(row: row, in: &group, source: source, cache: &conditions, today: today)
            case .void(let response):
                addRow(id: UnsafeBufferPointer(rebasing: line[response]), participant: nil, to: &group)
                group.live[row] = false
            case .unsure:
                group.clear(row: row)
                generalParse(line, into: &group, part: &part)
            }
        }
        if group.count > 0 { part.groups.append(finish(group)) }
        return part
    }

    /// Takes the next row for a record of response `id`, live until a later record replaces it.
    private func addRow(id: UnsafeBufferPointer<UInt8>, participant: [String: String]?, to group: inout RowGroup) {
        let row = group.count
        group.count += 1
        group.live[row] = true
        group.texts[layout.schema.idColumn].set(row, id)
        if let participant { layout.setParticipant(participant, row: row, in: &group) }
    }

    /// A line the scanner left, read as ``LogEvaluator`` reads every line.
    private func generalParse(_ line: UnsafeBufferPointer<UInt8>, into group: inout RowGroup, part: inout Part) {
        guard let document = try? JSONDocument(parsing: Array(line)) else {
            part.badLines.append(part.lines)
            return
        }
        guard let record = CountedRecord(document.root) else {
            part.badLines.append(part.lines)
            return
        }
        let answers: JSONValue?
        switch record.effect {
        case .draft:
            part.drafts += 1
            return
        case .submit(let submitted): answers = submitted
        case .void: answers = nil
        }
        let row = group.count
        let fields = record.participantID.flatMap { participants[$0] }
        var text = record.responseID
        text.withUTF8 { addRow(id: $0, participant: fields, to: &group) }
        guard let answers else {
            group.live[row] = false
            return
        }
        if let facts = fallback.facts(answers: answers, participant: fields ?? [:]) {
            group.set(row: row, observations: facts.observations, schema: layout.schema, plan: layout.plan)
            for (question, isShown) in facts.shown.enumerated() where question < group.shown.count {
                group.shown[question][row] = isShown
            }
        }
    }

    private func finish(_ group: RowGroup) -> BuiltGroup {
        BuiltGroup(
            count: group.count, blocks: group.columnBlocks(schema: layout.schema),
            live: Array(group.live[0..<group.count]), ids: group.texts[layout.schema.idColumn])
    }
}

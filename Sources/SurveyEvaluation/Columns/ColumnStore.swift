import SurveyModel
import SurveyStore

/// A survey's current-state columns: read from `columns.bin` when it is
/// intact and current, caught up with records appended to the log since,
/// rebuilt from the log when it is missing, stale or damaged.
///
/// The file is a cache. Whatever is wrong with it costs a rebuild and a
/// notice, never a wrong number; when it cannot be written, the evaluation
/// still runs from the columns built in memory.
public struct ColumnStore: Sendable {
    /// The response log.
    public let logPath: String
    /// Where the columns are kept (`responses/<id>/columns.bin`); nil keeps them in memory only.
    public let columnsPath: String?
    /// SHA-256 hex of the definition file, see ``DefinitionVersion``.
    public let definitionVersion: String
    /// Cores to use.
    public let workers: Int

    public init(logPath: String, columnsPath: String?, definitionVersion: String, workers: Int = 2) {
        self.logPath = logPath
        self.columnsPath = columnsPath
        self.definitionVersion = definitionVersion
        self.workers = max(1, workers)
    }

    /// The name of the columnar file in a survey's response folder.
    public static let fileName = SurveyFolder.columnsFileName

    /// What opening the columns found, besides the rows.
    struct Opened {
        let set: ColumnSet
        /// Whether the log ends in bytes without a newline (a torn or unfinished line).
        let hasTail: Bool
        /// Writes the columns when they changed, returning a notice when that fails; the caller runs it
        /// beside the counting, which reads the same set.
        let save: (@Sendable () -> String?)?
    }

    /// The columns for `layout`, from the file, the log, or both; `notice` hears why a file was not used.
    ///
    /// - Parameter limit: Read the log no further than this offset (e.g. ``ResponseLog/committedLength``);
    ///   nil reads all of it.
    func open(
        layout: ColumnLayout, participants: [String: [String: String]], today: ExpressionValue, upTo limit: Int? = nil,
        progress: (@Sendable (Int) -> Void)?, notice: (String) -> Void
    ) throws(FileError) -> Opened {
        let log = try LogLines(path: logPath, upTo: limit)
        let size = log.length
        let key = metadataKey(layout: layout, participants: participants, today: today)
        let build = ColumnBuild(layout: layout, participants: participants, today: today)
        var set: ColumnSet?
        if let columnsPath {
            do throws(ColumnsDamage) {
                set = try stored(columnsPath, layout: layout, key: key, log: log, size: size)
            } catch {
                notice("\(columnsPath) is rebuilt from the log: \(error.description)")
            }
        }
        var current = set ?? ColumnSet(layout: layout)
        let parts = try build.parts(
            of: log, range: current.covered..<size, workers: workers, progress: set == nil ? progress : nil)
        let hasTail = parts.last?.hasTail ?? false
        if parts.contains(where: { $0.lines > 0 }) || set == nil {
            do throws(ColumnsDamage) {
                try current.append(parts)
            } catch {
                notice("\(columnsPath ?? logPath) is rebuilt from the log: \(error.description)")
                current = ColumnSet(layout: layout)
                let all = try build.parts(of: log, range: 0..<size, workers: workers, progress: progress)
                // A set without stored groups reads nothing from a file, so adding to it cannot fail.
                try? current.append(all)
            }
            if let columnsPath {
                let written = current
                return Opened(set: current, hasTail: hasTail) {
                    save(written, to: columnsPath, key: key, log: log)
                }
            }
        }
        return Opened(set: current, hasTail: hasTail, save: nil)
    }

    /// The stored columns if the file is intact and belongs to this log, definition and participants.
    private func stored(
        _ path: String, layout: ColumnLayout, key: ColumnsMetadata.Key, log: LogLines, size: Int
    ) throws(ColumnsDamage) -> ColumnSet? {
        let reader: DerivedFile.Reader
        do {
            reader = try DerivedFile.Reader(path: path, version: ColumnsMetadata.formatVersion)
        } catch .missing {
            return nil
        } catch {
            throw ColumnsDamage(error.description)
        }
        let metadata = try ColumnsMetadata(parsing: reader.metadata)
        if metadata.key.definition != key.definition { throw ColumnsDamage("the survey definition has changed") }
        if metadata.key.participants != key.participants { throw ColumnsDamage("the participants have changed") }
        if metadata.key.today != key.today { throw ColumnsDamage("conditions use today(), and the day has changed") }
        if metadata.key != key { throw ColumnsDamage("the columns have another layout") }
        guard metadata.covered <= size else {
            throw ColumnsDamage("the log is shorter (\(size) bytes) than the \(metadata.covered) bytes covered")
        }
        let fingerprint: (head: UInt32, last: UInt32)
        do {
            fingerprint = try ColumnsMetadata.fingerprint(of: log, covered: metadata.covered)
        } catch {
            throw ColumnsDamage(DerivedFileError.file(error).description)
        }
        guard fingerprint == (metadata.logHead, metadata.logLast) else {
            throw ColumnsDamage("the log's bytes before offset \(metadata.covered) have changed")
        }
        return try ColumnSet(layout: layout, file: reader, metadata: metadata)
    }

    /// Writes the columns; a failure is only a notice (returned), since they are a cache.
    ///
    /// A set read from the file is appended to it in place (``DerivedFile/append(to:version:metadata:blocks:)``):
    /// new groups and changed live flags only; when catch-ups have left more than ``partialGroupLimit``
    /// groups that are not full at the end, their live rows are packed into new groups first. The whole
    /// file is written instead when it is new, or when more than a quarter of its rows are retired
    /// (then with live rows only: compaction) or of its bytes unused (``wastes(_:)``).
    private func save(_ set: ColumnSet, to path: String, key: ColumnsMetadata.Key, log: LogLines) -> String? {
        do {
            let fingerprint = try ColumnsMetadata.fingerprint(of: log, covered: set.covered)
            let compacts = set.retiredCount * 4 > set.rowCount
            if !compacts, let reader = set.file, reader.path == path, !Self.wastes(reader) {
                let tail = set.partialTail
                let appended: ColumnSet
                do {
                    appended = tail.count > Self.partialGroupLimit ? try set.merging(tail) : set
                } catch {
                    return "\(path) is not written: \(error.description)"
                }
                let metadata = ColumnsMetadata(
                    key: key, covered: set.covered, logHead: fingerprint.head, logLast: fingerprint.last,
                    lines: set.lines, drafts: set.drafts, badLines: set.badLines,
                    groupSizes: appended.groups.map(\.count))
                do throws(DerivedFileError) {
                    try DerivedFile.append(
                        to: reader, version: ColumnsMetadata.formatVersion, metadata: metadata.bytes,
                        blocks: appended.appendedBlocks() ?? [])
                    return nil
                } catch .damaged {
                    // Written again since it was read (by the server's maintainer, or a command): that newer
                    // file stays, and whoever opens it next catches it up.
                    return nil
                } catch {
                    return "\(path) is not written: \(error.description)"
                }
            }
            let written: ColumnSet
            let blocks: [[UInt8]]
            do {
                written = compacts ? try set.compacted() : set
                blocks = try written.blocks()
            } catch {
                return "\(path) is not written: \(error.description)"
            }
            let metadata = ColumnsMetadata(
                key: key, covered: set.covered, logHead: fingerprint.head, logLast: fingerprint.last,
                lines: set.lines, drafts: set.drafts, badLines: set.badLines, groupSizes: written.groups.map(\.count))
            try DerivedFile.write(
                to: path, version: ColumnsMetadata.formatVersion, metadata: metadata.bytes, blocks: blocks)
            return nil
        } catch {
            return "\(path) is not written: \(DerivedFileError.file(error).description)"
        }
    }

    /// Whether so many of the file's bytes are no longer pointed to (earlier indexes and live flags) that
    /// it is better written anew: more than a quarter, and more than a mebibyte (a small file's index
    /// alone is a large share of it, and appending to it costs nothing).
    static func wastes(_ reader: DerivedFile.Reader) -> Bool {
        let unused = reader.size - reader.usedBytes
        return unused * 4 > reader.size && unused > 1 << 20
    }

    /// Groups that are not full a file may gather at its end from catch-ups before they are packed.
    static let partialGroupLimit = 8

    /// What a stored file must match.
    func metadataKey(layout: ColumnLayout, participants: [String: [String: String]], today: ExpressionValue)
        -> ColumnsMetadata.Key
    {
        let usesToday = layout.plan.questions.contains { question in
            question.visibleIf.contains { $0.source.lowercased().contains("today") }
        }
        return ColumnsMetadata.Key(
            definition: definitionVersion,
            participants: Self.digest(participants, fields: layout.schema.participantFields),
            today: usesToday ? String(describing: today) : "", blocksPerGroup: layout.schema.blocksPerGroup)
    }

    /// An order-independent digest of the participants' values of `fields`: their number and a sum of hashes.
    static func digest(_ participants: [String: [String: String]], fields: [String]) -> String {
        var sum: UInt64 = 0
        for (id, values) in participants {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ text: String) {
                for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                hash = (hash ^ 0xFF) &* 0x100_0000_01b3
            }
            mix(id)
            for field in fields { mix(values[field] ?? "\u{0}") }
            sum &+= hash
        }
        return "\(participants.count):\(String(sum, radix: 16))"
    }
}

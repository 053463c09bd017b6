import Dispatch
import SurveyStore
import Synchronization

/// The current responses as row groups: read from `columns.bin`, built from
/// the log, or the file's groups followed by those of records appended since.
///
/// Groups from the file stay on disk and are read (and their checksums
/// checked) one at a time as they are counted; built groups are held as
/// encoded blocks. Every group keeps its live flags in memory, since a later
/// record can retire a row of any group.
///
/// It is changed only while it is put together (``append(_:)``) on one
/// thread; ``evaluate(_:workers:)`` then only reads it, from several.
final class ColumnSet: @unchecked Sendable {
    let layout: ColumnLayout
    private(set) var groups: [Group] = []
    /// The file the stored groups are read from.
    let file: DerivedFile.Reader?
    /// What the log held up to ``covered``: complete lines, drafts, and the lines that are not records.
    private(set) var lines = 0
    private(set) var drafts = 0
    private(set) var badLines: [Int] = []
    /// The log offset up to which the groups account for every line.
    private(set) var covered = 0

    struct Group: Sendable {
        let count: Int
        let source: Source
        var live: [Bool]
        /// Whether a later record retired a row since the group was read from the file.
        var liveChanged = false
    }

    enum Source: Sendable {
        case memory([[UInt8]])
        /// The index of the group's first block in the file.
        case file(firstBlock: Int)
    }

    /// An empty set, to which the whole log is added.
    init(layout: ColumnLayout) {
        self.layout = layout
        file = nil
    }

    /// The set stored in `file`, described by `metadata`.
    init(layout: ColumnLayout, file: DerivedFile.Reader, metadata: ColumnsMetadata) throws(ColumnsDamage) {
        self.layout = layout
        self.file = file
        lines = metadata.lines
        drafts = metadata.drafts
        badLines = metadata.badLines
        covered = metadata.covered
        let perGroup = layout.schema.blocksPerGroup
        guard file.blockCount == metadata.groupSizes.count * perGroup else {
            throw ColumnsDamage("\(file.blockCount) blocks for \(metadata.groupSizes.count) groups")
        }
        for (index, count) in metadata.groupSizes.enumerated() {
            let firstBlock = index * perGroup
            var reader = BlockReader(
                bytes: try Self.checked { () throws(DerivedFileError) in
                    try file.block(firstBlock + perGroup - 1)
                })
            let live = try BlockCoding.readBits(count, from: &reader)
            groups.append(Group(count: count, source: .file(firstBlock: firstBlock), live: live))
        }
    }

    /// A set with `groups` and what the log held up to `covered`, reading stored groups from `file`.
    private init(
        layout: ColumnLayout, file: DerivedFile.Reader?, groups: [Group], lines: Int, drafts: Int, badLines: [Int],
        covered: Int
    ) {
        self.layout = layout
        self.file = file
        self.groups = groups
        self.lines = lines
        self.drafts = drafts
        self.badLines = badLines
        self.covered = covered
    }

    /// All rows, live or retired.
    var rowCount: Int { groups.reduce(0) { $0 + $1.count } }

    /// Rows a revision or void has retired (and the rows of voids, never live).
    var retiredCount: Int { groups.reduce(0) { $0 + $1.live.count { !$0 } } }

    /// The groups at the end that are not full: each catch-up adds one.
    var partialTail: Range<Int> {
        let start = groups.lastIndex { $0.count == RowGroup.capacity }.map { $0 + 1 } ?? 0
        return start..<groups.count
    }

    /// The same set with its live rows only, in order, in full groups: what compaction writes.
    func compacted() throws(ColumnsDamage) -> ColumnSet {
        ColumnSet(
            layout: layout, file: nil, groups: try repacked(groups.indices), lines: lines, drafts: drafts,
            badLines: badLines, covered: covered)
    }

    /// The same set with the live rows of the groups in `range` packed into as few groups as they fill;
    /// the groups before stay where they are in the file.
    func merging(_ range: Range<Int>) throws(ColumnsDamage) -> ColumnSet {
        ColumnSet(
            layout: layout, file: file, groups: Array(groups[..<range.lowerBound]) + (try repacked(range)),
            lines: lines, drafts: drafts, badLines: badLines, covered: covered)
    }

    /// The live rows of the groups at `indices`, in order, as new full groups (the last one partly filled).
    private func repacked(_ indices: Range<Int>) throws(ColumnsDamage) -> [Group] {
        var packed: [Group] = []
        var group = RowGroup(schema: layout.schema)
        func finish() {
            packed.append(
                Group(
                    count: group.count, source: .memory(group.columnBlocks(schema: layout.schema)),
                    live: Array(group.live[0..<group.count])))
            group.reset()
        }
        for index in indices where groups[index].live.contains(true) {
            let source = try rowGroup(index)
            for row in 0..<source.count where source.live[row] {
                if group.isFull { finish() }
                group.appendRow(row, of: source)
            }
        }
        if group.count > 0 { finish() }
        return packed
    }

    /// Adds the parts built from the log after ``covered``, in file order, and retires the rows they replace.
    func append(_ parts: [ColumnBuild.Part]) throws(ColumnsDamage) {
        let capacity = RowGroup.capacity
        var ids: [TextVector] = []
        var table = ResponseTable(capacity: groups.reduce(0) { $0 + $1.count } + parts.reduce(0) { $0 + $1.lines })
        /// Records `row` (group * capacity + row) as the latest of its response; retires the one it replaces.
        func record(_ group: Int, _ row: Int) {
            let id = ids[group]
            let replaced = id.withBytes(row) { bytes in
                table.replace(hash: ResponseTable.hash(bytes), with: group * capacity + row) { earlier in
                    let other = ids[earlier / capacity]
                    return other.withBytes(earlier % capacity) { $0.elementsEqual(bytes) } ?? false
                }
            }
            if let replaced = replaced ?? nil {
                groups[replaced / capacity].live[replaced % capacity] = false
                groups[replaced / capacity].liveChanged = true
            }
        }
        if !parts.isEmpty {
            for index in groups.indices {
                ids.append(try responseIDs(of: index))
                for row in 0..<groups[index].count where groups[index].live[row] { record(index, row) }
            }
        }
        for part in parts {
            badLines += part.badLines.map { $0 + lines }
            lines += part.lines
            drafts += part.drafts
            covered = max(covered, part.end)
            for built in part.groups {
                groups.append(Group(count: built.count, source: .memory(built.blocks), live: built.live))
                ids.append(built.ids)
                for row in 0..<built.count { record(groups.count - 1, row) }
            }
        }
    }

    /// The response ids of group `index`, reading only their block: a catch-up needs them for every group
    /// to find the rows new records retire, and decoding whole groups for them would cost most of it.
    private func responseIDs(of index: Int) throws(ColumnsDamage) -> TextVector {
        let group = groups[index]
        let schema = layout.schema
        let block = schema.intCount + schema.doubleCount + schema.idColumn
        let bytes: [UInt8]
        switch group.source {
        case .memory(let blocks): bytes = blocks[block]
        case .file(let first):
            guard let file else { throw ColumnsDamage("a group without its file") }
            bytes = try Self.checked { () throws(DerivedFileError) in try file.block(first + block) }
        }
        var reader = BlockReader(bytes: bytes)
        let ids = try BlockCoding.readTexts(group.count, from: &reader)
        guard reader.remaining == 0 else { throw ColumnsDamage("block \(block) of a group has extra bytes") }
        return ids
    }

    /// Group `index`, decoded.
    func rowGroup(_ index: Int, skipIDs: Bool = false) throws(ColumnsDamage) -> RowGroup {
        let group = groups[index]
        var decoded = try RowGroup(schema: layout.schema, count: group.count, skipIDs: skipIDs) {
            (block) throws(ColumnsDamage) -> [UInt8] in
            switch group.source {
            case .memory(let blocks):
                return block < blocks.count ? blocks[block] : RowGroup.liveBlock(group.live[...])
            case .file(let first):
                guard let file else { throw ColumnsDamage("a group without its file") }
                return try Self.checked { () throws(DerivedFileError) in try file.block(first + block) }
            }
        }
        decoded.live = group.live
        return decoded
    }

    /// Every block of every group in file order, the live flags as they are now.
    func blocks() throws(ColumnsDamage) -> [[UInt8]] {
        var blocks: [[UInt8]] = []
        for group in groups {
            switch group.source {
            case .memory(let columns): blocks += columns
            case .file(let first):
                guard let file else { throw ColumnsDamage("a group without its file") }
                for block in first..<first + layout.schema.blocksPerGroup - 1 {
                    blocks.append(try Self.checked { () throws(DerivedFileError) in try file.block(block) })
                }
            }
            blocks.append(RowGroup.liveBlock(group.live[...]))
        }
        return blocks
    }

    /// Every block in file order as an append to ``file`` writes it: the stored column blocks stay where
    /// they are, new groups and changed live flags are new blocks. Nil when the set was not read from a file.
    func appendedBlocks() -> [DerivedFile.BlockSource]? {
        guard file != nil else { return nil }
        var blocks: [DerivedFile.BlockSource] = []
        let perGroup = layout.schema.blocksPerGroup
        for group in groups {
            switch group.source {
            case .memory(let columns): blocks += columns.map { .new($0) }
            case .file(let first): blocks += (first..<first + perGroup - 1).map { .stored($0) }
            }
            if case .file(let first) = group.source, !group.liveChanged {
                blocks.append(.stored(first + perGroup - 1))
            } else {
                blocks.append(.new(RowGroup.liveBlock(group.live[...])))
            }
        }
        return blocks
    }

    /// Counts every live row with `decoder`'s filter and breakdown on up to `workers` cores.
    func evaluate(_ decoder: ResponseDecoder, workers: Int) throws(ColumnsDamage) -> (
        evaluation: Evaluation, submitted: Int, filteredOut: Int
    ) {
        let next = Atomic<Int>(0)
        let workerCount = max(1, min(workers, groups.count))
        let results = Mutex<[Result<ColumnCounter, ColumnsDamage>]>([])
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            var counter = ColumnCounter(layout: layout, decoder: decoder)
            do throws(ColumnsDamage) {
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < groups.count else { break }
                    counter.count(try rowGroup(index, skipIDs: true))
                }
                results.withLock { $0.append(.success(counter)) }
            } catch {
                results.withLock { $0.append(.failure(error)) }
            }
        }
        var evaluation = Evaluation(plan: decoder.plan)
        var submitted = 0
        var filteredOut = 0
        for result in results.withLock({ $0 }) {
            let counter = try result.get()
            evaluation.merge(counter.finish())
            submitted += counter.submitted
            filteredOut += counter.filteredOut
        }
        return (evaluation, submitted, filteredOut)
    }

    private static func checked(_ read: () throws(DerivedFileError) -> [UInt8]) throws(ColumnsDamage) -> [UInt8] {
        do {
            return try read()
        } catch {
            throw ColumnsDamage(error.description)
        }
    }
}

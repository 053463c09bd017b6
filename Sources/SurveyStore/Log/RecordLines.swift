import Dispatch
import Synchronization

/// The log lines of a batch of records, encoded on several threads when the batch is large.
///
/// Encoding is most of the writer's CPU for a bulk batch (an import, `survey
/// generate`), and the writer queue is one thread that every appender waits on;
/// splitting a large batch into consecutive slices that are encoded side by
/// side and joined in order gives the same bytes sooner. Small batches (a
/// server's group commit) are encoded in place: starting threads would cost
/// more than it saves.
struct RecordLines {
    /// The lines, each with its `\n`, in the order of the records.
    private(set) var bytes: [UInt8] = []
    /// Where each record's line starts in ``bytes`` and how long it is without its `\n`.
    private(set) var lines: [(start: Int, length: Int)] = []

    /// Records per slice below which a batch is encoded on the calling thread.
    static let sliceSize = 1024

    init(_ records: [ResponseRecord], threads: Int) {
        let slices = max(1, min(threads, records.count / Self.sliceSize))
        guard slices > 1 else {
            self = Self(records[...])
            return
        }
        let parts = Mutex([RecordLines](repeating: RecordLines(), count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let lower = records.count * slice / slices
            let upper = records.count * (slice + 1) / slices
            let part = RecordLines(records[lower..<upper])
            parts.withLock { $0[slice] = part }
        }
        let encoded = parts.withLock { $0 }
        bytes.reserveCapacity(encoded.reduce(0) { $0 + $1.bytes.count })
        lines.reserveCapacity(records.count)
        for part in encoded {
            let offset = bytes.count
            bytes.append(contentsOf: part.bytes)
            lines.append(contentsOf: part.lines.lazy.map { (offset + $0.start, $0.length) })
        }
    }

    private init() {}

    /// One slice, on the calling thread.
    private init(_ records: ArraySlice<ResponseRecord>) {
        bytes.reserveCapacity(records.count * 512)
        lines.reserveCapacity(records.count)
        for record in records {
            let start = bytes.count
            record.writeLine(to: &bytes)
            lines.append((start, bytes.count - start - 1))
        }
    }
}

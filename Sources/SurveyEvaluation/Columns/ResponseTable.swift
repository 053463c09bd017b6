/// Which row holds each response's latest record, while columns are built:
/// an open-addressing table of 64-bit id hashes whose hits are confirmed by
/// comparing the ids themselves, so equal hashes never merge two responses.
struct ResponseTable {
    private var hashes: [UInt64]
    private var rows: [Int]
    private var used = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        rows = Array(repeating: -1, count: size)
    }

    /// FNV-1a of an id; never 0, which marks a free slot.
    static func hash(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash == 0 ? 1 : hash
    }

    /// Makes `row` the latest of its response and returns the row it replaces, if any.
    ///
    /// - Parameter isSameResponse: Whether an earlier row with an equal hash belongs to the same response.
    mutating func replace(hash: UInt64, with row: Int, isSameResponse: (Int) -> Bool) -> Int? {
        if used * 2 >= hashes.count { grow() }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, isSameResponse(rows[slot]) {
                defer { rows[slot] = row }
                return rows[slot]
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        rows[slot] = row
        used += 1
        return nil
    }

    private mutating func grow() {
        let entries = zip(hashes, rows).filter { $0.0 != 0 }
        hashes = Array(repeating: 0, count: hashes.count * 2)
        rows = Array(repeating: -1, count: hashes.count)
        let mask = hashes.count - 1
        for (hash, row) in entries {
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            rows[slot] = row
        }
    }
}

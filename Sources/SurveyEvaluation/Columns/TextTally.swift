/// Occurrences per distinct text, keyed by the text's bytes.
///
/// Counting a million free texts into ``TextCounts``' dictionary makes a
/// `String` and a Unicode-normalising hash per answer; this table compares
/// bytes and makes a `String` only per distinct text, at the end.
struct TextTally: Sendable {
    /// Per slot: the entry + 1, or 0 when free.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var counts: [Int] = []
    private var heap: [UInt8] = []

    mutating func add(_ text: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 11) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, lengths[entry] == text.count,
                heap[starts[entry]..<starts[entry] + lengths[entry]].elementsEqual(text)
            {
                counts[entry] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(hashes.count + 1)
        hashes.append(hash)
        starts.append(heap.count)
        lengths.append(text.count)
        counts.append(1)
        heap.append(contentsOf: text)
        if hashes.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 11) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// Adds every counted text to `texts`.
    func add(to texts: inout TextCounts) {
        heap.withUnsafeBufferPointer { heap in
            for entry in counts.indices {
                let bytes = UnsafeBufferPointer(rebasing: heap[starts[entry]..<starts[entry] + lengths[entry]])
                texts.add(String(decoding: bytes, as: UTF8.self), weight: counts[entry])
            }
        }
    }
}

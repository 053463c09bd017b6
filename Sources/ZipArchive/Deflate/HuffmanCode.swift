/// A canonical prefix code as DEFLATE describes one: by each symbol's code length alone (RFC 1951, 3.2.2).
struct HuffmanCode {
    /// The bit length of each symbol's code; 0 for a symbol the code leaves out.
    let lengths: [UInt8]
    /// Each symbol's code with its bits reversed, since ``BitWriter`` writes least significant bits first
    /// and Huffman codes go out most significant bit first.
    let reversedCodes: [UInt16]

    /// The canonical code with these lengths: shorter codes first, equal lengths in symbol order.
    init(lengths: [UInt8]) {
        self.lengths = lengths
        var countOfLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countOfLength[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + countOfLength[length - 1]) << 1
            nextCode[length] = code
        }
        reversedCodes = lengths.map { length in
            guard length > 0 else { return 0 }
            let code = nextCode[Int(length)]
            nextCode[Int(length)] += 1
            var reversed = 0
            for bit in 0..<Int(length) where code & (1 << bit) != 0 { reversed |= 1 << (Int(length) - 1 - bit) }
            return UInt16(reversed)
        }
    }

    /// A shortest code for `frequencies` with no code longer than `limit` bits.
    ///
    /// The code always has at least two symbols, so it is complete: zlib rejects an incomplete code
    /// for code lengths, and a lone symbol of one bit would be one. When the best code is too long,
    /// the frequencies are halved (a used symbol stays used) and the code is built again; halving
    /// flattens the tree, and with all frequencies 1 it is balanced, so the loop ends.
    init(frequencies: [Int], limit: Int) {
        var weights = frequencies
        var filler = 0
        while weights.count(where: { $0 > 0 }) < 2, filler < weights.count {
            if weights[filler] == 0 { weights[filler] = 1 }
            filler += 1
        }
        while true {
            let lengths = Self.treeDepths(weights)
            if lengths.allSatisfy({ $0 <= limit }) {
                self.init(lengths: lengths.map(UInt8.init))
                return
            }
            weights = weights.map { $0 == 0 ? 0 : max(1, $0 / 2) }
        }
    }

    /// The number of bits the symbols with these frequencies take in this code.
    func cost(of frequencies: [Int]) -> Int {
        zip(frequencies, lengths).reduce(0) { $0 + $1.0 * Int($1.1) }
    }

    /// Each symbol's depth in a Huffman tree of `weights` (0 for weight 0), built with two queues:
    /// the leaves sorted by weight, and the merged nodes, which come out in order of weight by themselves.
    private static func treeDepths(_ weights: [Int]) -> [Int] {
        let leaves = weights.indices.filter { weights[$0] > 0 }.sorted { (weights[$0], $0) < (weights[$1], $1) }
        var depths = [Int](repeating: 0, count: weights.count)
        guard leaves.count > 1 else { return depths }
        var nodeWeights = leaves.map { weights[$0] }
        var parents = [Int](repeating: 0, count: 2 * leaves.count - 1)
        var nextLeaf = 0
        var nextMerged = leaves.count
        func takeLightest() -> Int {
            let leafIsLighter =
                nextLeaf < leaves.count
                && (nextMerged >= nodeWeights.count || nodeWeights[nextLeaf] <= nodeWeights[nextMerged])
            if leafIsLighter {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextMerged += 1
            return nextMerged - 1
        }
        for _ in 1..<leaves.count {
            let first = takeLightest()
            let second = takeLightest()
            nodeWeights.append(nodeWeights[first] + nodeWeights[second])
            parents[first] = nodeWeights.count - 1
            parents[second] = nodeWeights.count - 1
        }
        var nodeDepths = [Int](repeating: 0, count: nodeWeights.count)
        for node in stride(from: nodeWeights.count - 2, through: 0, by: -1) {
            nodeDepths[node] = nodeDepths[parents[node]] + 1
        }
        for (index, symbol) in leaves.enumerated() { depths[symbol] = nodeDepths[index] }
        return depths
    }
}

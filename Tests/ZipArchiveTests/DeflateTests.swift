import Foundation
import TestSupport
import Testing

@testable import ZipArchive

/// Our DEFLATE streams decompress to the input with zlib, and are as small as they should be.
struct DeflateTests {
    /// Python's zlib (the reference inflater) restores every case byte for byte.
    /// The named cases, then 300 short seeded mixtures.
    static let inputs = ZipFixtures.cases.map(\.bytes) + ZipFixtures.shortMixes(count: 300, seed: 7)

    @Test(.requires(.python)) func zlibInflatesEveryCase() throws {
        try ZipFixtures.withFolder { folder in
            for (index, bytes) in Self.inputs.enumerated() {
                try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(index).raw"))
                try Data(Deflate.compress(bytes)).write(to: URL(fileURLWithPath: "\(folder)/\(index).deflate"))
            }
            let script = """
                import sys, zlib
                folder, count = sys.argv[1], int(sys.argv[2])
                for index in range(count):
                    raw = open(f"{folder}/{index}.raw", "rb").read()
                    packed = open(f"{folder}/{index}.deflate", "rb").read()
                    inflater = zlib.decompressobj(-15)
                    out = inflater.decompress(packed) + inflater.flush()
                    print(index, "ok" if out == raw and inflater.eof and not inflater.unused_data else "DIFFERS")
                """
            let outcome = try #require(try ExternalTool.python.run(["-c", script, folder, String(Self.inputs.count)]))
            #expect(outcome.status == 0, "\(outcome.output)")
            let expected = Self.inputs.indices.map { "\($0) ok" }
            #expect(outcome.output.split(separator: "\n").map(String.init) == expected, "\(outcome.output)")
        }
    }

    /// Text shrinks to well under half, runs to almost nothing, and random bytes grow by a few
    /// bytes per block at most (stored blocks: 0.1 %).
    @Test func sizesAreSensible() {
        let text = ZipFixtures.text(count: 200 * 1024, seed: 1)
        #expect(Deflate.compress(text).count < text.count / 3)
        #expect(Deflate.compress([UInt8](repeating: 0, count: 300 * 1024)).count < 1024)
        let random = ZipFixtures.random(count: 100 * 1024, seed: 2)
        #expect(Deflate.compress(random).count <= random.count + random.count / 1000)
    }

    /// The empty stream is the one zlib writes: a final fixed block holding only its end.
    @Test func emptyInputIsOneEmptyFixedBlock() {
        #expect(Deflate.compress([]) == [0x03, 0x00])
    }

    /// Code lengths stay within DEFLATE's 15 bits even for frequencies that grow like Fibonacci
    /// numbers, which would give an unlimited Huffman code a depth of one per symbol.
    @Test func codeLengthsAreLimited() {
        var fibonacci = [1, 1]
        while fibonacci.count < 40 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        let code = HuffmanCode(frequencies: fibonacci, limit: 15)
        #expect(code.lengths.allSatisfy { $0 >= 1 && $0 <= 15 })
        // Kraft: a complete code's lengths sum to exactly 1.
        #expect(code.lengths.reduce(0) { $0 + (1 << (15 - Int($1))) } == 1 << 15)
        let single = HuffmanCode(frequencies: [0, 0, 7, 0], limit: 7)
        #expect(single.lengths.filter { $0 > 0 }.count == 2)
    }
}

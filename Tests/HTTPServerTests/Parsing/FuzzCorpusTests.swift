import Glibc
import Testing

@testable import HTTPServer

/// Replays the fuzzer's kept corpus (`bench/fuzz/http/corpus`): every input
/// must parse the same whole, byte by byte and in pieces, as the fuzzer demands.
/// Crash reproducers are added to the corpus, so they stay fixed.
@Suite struct FuzzCorpusTests {
    static let corpusPath: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4) // Tests/HTTPServerTests/Parsing/<file>
        return parts.joined(separator: "/") + "/bench/fuzz/http/corpus"
    }()

    static func corpus() -> [String] {
        guard let directory = opendir(corpusPath) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    static func contents(_ name: String) -> [UInt8] {
        let fd = open(corpusPath + "/" + name, O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &chunk, chunk.count)
            guard count > 0 else { return bytes }
            bytes += chunk.prefix(count)
        }
    }

    @Test func corpusIsPresent() {
        #expect(Self.corpus().count >= 7)
    }

    @Test("corpus input parses the same in any pieces", arguments: corpus())
    func replay(_ name: String) {
        let input = Self.contents(name)
        let whole = parseAll(input, pieceSize: input.count)
        #expect(parseAll(input, pieceSize: 1) == whole)
        #expect(parseAll(input, pieceSize: 7) == whole)
    }
}

import Foundation
import TestSupport

/// Seeded contents that exercise every way an entry can be written.
enum ZipFixtures {
    /// German-looking text with much repetition, `count` bytes.
    static func text(count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        let words = ["Schule", "Grundschule", "WLAN", "Tablet", "Lehrkräfte", "Fortbildung", "und", "die", "mit", "42"]
        var bytes: [UInt8] = []
        while bytes.count < count {
            bytes += Array(words[Int(generator.next() % UInt64(words.count))].utf8)
            bytes.append(generator.next() % 9 == 0 ? 0x0A : 0x20)
        }
        return Array(bytes.prefix(count))
    }

    /// Bytes no compressor can shrink.
    static func random(count: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    /// Named contents: empty, one byte, short and long text, random bytes, long runs, and a mix
    /// in which stretches of random bytes interrupt text (blocks of different kinds in one stream).
    static let cases: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("one byte", [0x41]),
        ("two bytes", [0x00, 0xFF]),
        ("short text", Array("Müller & Söhne, Zeile 1\nZeile 2".utf8)),
        ("text 200 KiB", text(count: 200 * 1024, seed: 1)),
        ("random 100 KiB", random(count: 100 * 1024, seed: 2)),
        ("zeros 300 KiB", [UInt8](repeating: 0, count: 300 * 1024)),
        ("period 3", (0..<70_000).map { UInt8($0 % 3) }),
        // Every match lies exactly at the window's far end, 32,768 bytes back.
        ("window edge", random(count: 32768, seed: 3) + random(count: 32768, seed: 3)),
        (
            "mixed",
            (0..<8).flatMap { round in text(count: 20_000, seed: UInt64(round)) + random(count: 9_000, seed: 100) }
        ),
    ]

    /// Short seeded inputs of every shape: runs, repeats near and far, random bytes and text, mixed.
    static func shortMixes(count: Int, seed: UInt64) -> [[UInt8]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 8) {
                let length = Int(generator.next() % 600)
                switch generator.next() % 4 {
                case 0: bytes += [UInt8](repeating: UInt8(truncatingIfNeeded: generator.next()), count: length)
                case 1: bytes += random(count: length, seed: generator.next())
                case 2: bytes += text(count: length, seed: generator.next())
                default: bytes += bytes.suffix(length)
                }
            }
            return bytes
        }
    }

    /// A fresh folder for files the tools read, removed by `body`'s caller.
    static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = NSTemporaryDirectory() + "zip-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }
}

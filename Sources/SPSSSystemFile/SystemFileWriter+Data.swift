/// The cases after the dictionary: 8-byte units, plain or bytecode-compressed.
extension SystemFileWriter {
    func writeData(
        _ rows: [[SystemFileCell]], into output: inout LittleEndianBytes, layout: FileLayout,
        warnings: inout [SystemFileWarning]
    ) throws {
        var compressor = BytecodeCompressor()
        for (rowIndex, row) in rows.enumerated() {
            guard row.count == layout.placed.count else {
                throw SystemFileError.rowLength(row: rowIndex + 1, expected: layout.placed.count, found: row.count)
            }
            for (placed, cell) in zip(layout.placed, row) {
                switch (placed.segments, cell) {
                case (nil, .number(let number)):
                    compressed ? compressor.number(number) : output.double(number)
                case (nil, .missing):
                    compressed ? compressor.number(nil) : output.double(-.greatestFiniteMagnitude)
                case (let segments?, .text), (let segments?, .missing):
                    var bytes: [UInt8] = []
                    if case .text(let text) = cell {
                        bytes = Array(text.utf8)
                        let width = placed.width
                        if bytes.count > width {
                            warnings.append(
                                .textCut(
                                    variable: placed.variable.name, row: rowIndex + 1, bytes: bytes.count, width: width)
                            )
                            bytes = Array(text.utf8Prefix(width).utf8)
                        }
                    }
                    let stored = segments.stored(bytes)
                    compressed ? compressor.text(stored) : output.append(stored)
                default:
                    throw SystemFileError.cellType(row: rowIndex + 1, variable: placed.variable.name)
                }
            }
        }
        if compressed {
            output.append(compressor.finished())
        }
    }
}

extension FileLayout.Placed {
    /// The width of a text variable in bytes (0 for numbers).
    var width: Int {
        if case .text(let width, _) = variable.content { width } else { 0 }
    }
}

/// SPSS's bytecode compression (compression 1, bias 100): each 8-byte unit becomes one code byte,
/// with the units that no code can stand for following each block of eight codes.
struct BytecodeCompressor {
    private var output: [UInt8] = []
    private var codes: [UInt8] = []
    private var pending: [UInt8] = []

    private static let bias = 100.0
    private static let literal: UInt8 = 253
    private static let spaces: UInt8 = 254
    private static let systemMissing: UInt8 = 255

    /// A number, or nil for system-missing. Whole numbers from -99 to 151 take a single byte.
    mutating func number(_ value: Double?) {
        guard let value else { return add(Self.systemMissing) }
        if value == value.rounded(), value >= 1 - Self.bias, value <= 251 - Self.bias {
            add(UInt8(value + Self.bias))
        } else {
            add(Self.literal, withUnit: withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) })
        }
    }

    /// A string's stored bytes, a multiple of 8.
    mutating func text(_ bytes: [UInt8]) {
        var start = 0
        while start < bytes.count {
            let unit = Array(bytes[start..<start + 8])
            if unit.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                add(Self.spaces)
            } else {
                add(Self.literal, withUnit: unit)
            }
            start += 8
        }
    }

    /// The compressed data, the last block of codes padded with zeros (codes that mean nothing).
    mutating func finished() -> [UInt8] {
        if !codes.isEmpty {
            flush()
        }
        return output
    }

    private mutating func add(_ code: UInt8, withUnit unit: [UInt8] = []) {
        codes.append(code)
        pending += unit
        if codes.count == 8 {
            flush()
        }
    }

    private mutating func flush() {
        output += codes + Array(repeating: 0, count: 8 - codes.count)
        output += pending
        codes.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
    }
}

// libFuzzer entry point for the HTTP request parser and the form decoder.
//
// Each input is parsed twice: whole, and in pieces whose size comes from the
// first byte. Both runs must agree on every request and on the final error,
// so the fuzzer hunts for crashes and for any dependence on packet boundaries.

struct Outcome: Equatable {
    var heads: [HTTPRequestHead] = []
    var bodies: [[UInt8]] = []
    var error: HTTPParseError?
}

func run(_ bytes: UnsafeRawBufferPointer, pieceSize: Int) -> Outcome {
    var parser = HTTPRequestParser()
    var outcome = Outcome()
    var start = 0
    repeat {
        let end = min(start + pieceSize, bytes.count)
        let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        start = end
        var offset = 0
        while true {
            do {
                let (consumed, event) = try parser.parse(UnsafeRawBufferPointer(rebasing: piece[offset...]))
                switch event {
                case .head(let head):
                    outcome.heads.append(head)
                    outcome.bodies.append([])
                case .body(let range):
                    let absolute = (offset + range.lowerBound)..<(offset + range.upperBound)
                    if !outcome.bodies.isEmpty { outcome.bodies[outcome.bodies.count - 1] += piece[absolute] }
                case .end, nil:
                    break
                }
                offset += consumed
                if event == nil { break }
            } catch {
                outcome.error = error
                return outcome
            }
        }
    } while start < bytes.count
    return outcome
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let pieceSize = 1 + Int(bytes.first ?? 0) % 17
    let whole = run(bytes, pieceSize: max(1, size))
    let pieces = run(bytes, pieceSize: pieceSize)
    if whole != pieces {
        fatalError("whole and piecewise parses differ: \(whole) vs \(pieces)")
    }
    _ = try? URLEncodedForm(decoding: Array(bytes))
    return 0
}

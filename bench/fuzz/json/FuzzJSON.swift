// libFuzzer entry point: every input must either parse or throw a
// JSONSyntaxError; whatever parses must survive every accessor and a
// write/re-parse round trip unchanged. The parser sources are compiled into
// this one module, so nothing is imported.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let locator = SourceLocator(bytes)
    do {
        let document = try JSONDocument(parsing: bytes)
        let value = JSON(document.root)
        visit(document.root)
        let reparsed = try JSONDocument(parsing: value.serialized())
        if JSON(reparsed.root) != value && !containsNaNOrNegativeZero(value) {
            fatalError("round trip changed the value")
        }
    } catch {
        // Every problem reported (the parser goes on after some, such as a trailing comma) has a place.
        for problem in error.all { _ = locator.location(ofOffset: problem.offset) }
    }
    return 0
}

private func visit(_ value: JSONValue) {
    _ = (value.location, value.int, value.string, value.double, value.bool, value.count)
    if let text = value.string {
        for n in 0...text.unicodeScalars.count { _ = value.sourceOffset(ofScalar: n) }
    }
    for element in value.elements ?? [] { visit(element) }
    for member in value.members ?? [] {
        _ = value[member.key]
        visit(member.value)
    }
}

private func containsNaNOrNegativeZero(_ value: JSON) -> Bool {
    switch value {
    case .number(let number): return number == 0 && number.sign == .minus
    case .array(let elements): return elements.contains(where: containsNaNOrNegativeZero)
    case .object(let fields): return fields.contains { containsNaNOrNegativeZero($0.value) }
    default: return false
    }
}

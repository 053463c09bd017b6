import StrictJSON

/// The writer behind ``CanonicalDefinition``: tries each container on one line and takes it back
/// when it does not fit or holds something that must break.
///
/// Trying costs at most one line's width per container, because an attempt stops as soon as the
/// line is full, so even a file with thousands of options is written in linear time.
struct CanonicalLayout {
    private(set) var bytes: [UInt8] = []
    private(set) var entries: [DefinitionIndex.Entry] = []
    private var indent = 0
    /// Characters (Unicode scalars) on the current line so far.
    private var column = 0

    /// Writes `value` at the current position, on one line if it fits (a comma after it does not
    /// count), else one line per member or element.
    mutating func write(_ value: JSON, shape: DefinitionShape, path: DefinitionPath, keyOffset: Int?) {
        let saved = (bytes: bytes.count, entries: entries.count, column: column)
        if writeInline(value, shape: shape, path: path, keyOffset: keyOffset) { return }
        bytes.removeSubrange(saved.bytes...)
        entries.removeSubrange(saved.entries...)
        column = saved.column
        let start = bytes.count
        switch value {
        case .array(let elements):
            append("[")
            indent += 1
            for (position, element) in elements.enumerated() {
                newline()
                let last = position == elements.count - 1
                write(element, shape: shape, path: path.appending(position), keyOffset: nil)
                if !last { append(",") }
            }
            indent -= 1
            newline()
            append("]")
        case .object(let fields):
            let shape = shape.refined(by: fields)
            append("{")
            indent += 1
            let ordered = shape.ordered(fields)
            for (position, field) in ordered.enumerated() {
                newline()
                let last = position == ordered.count - 1
                let keyStart = writeKey(field.key)
                write(field.value, shape: shape.member(field.key), path: path.appending(field.key), keyOffset: keyStart)
                if !last { append(",") }
            }
            indent -= 1
            newline()
            append("}")
        default:
            return // Scalars always succeed inline.
        }
        entries.insert(
            DefinitionIndex.Entry(path: path, range: start..<bytes.count, keyOffset: keyOffset), at: saved.entries)
    }

    /// Writes `value` on the current line; false (with the bytes left for the caller to take back)
    /// when the line gets too wide or something inside must take several lines.
    private mutating func writeInline(
        _ value: JSON, shape: DefinitionShape, path: DefinitionPath, keyOffset: Int?
    ) -> Bool {
        let start = bytes.count
        let entryPosition = entries.count
        switch value {
        case .array(let elements):
            if elements.contains(where: \.isContainer) { return false }
            append("[")
            for (position, element) in elements.enumerated() {
                if position > 0 { append(", ") }
                guard writeInline(element, shape: shape, path: path.appending(position), keyOffset: nil),
                    column <= CanonicalDefinition.width
                else { return false }
            }
            append("]")
        case .object(let fields):
            let shape = shape.refined(by: fields)
            if shape.alwaysBroken { return false }
            append("{")
            for (position, field) in shape.ordered(fields).enumerated() {
                if position > 0 { append(", ") }
                let keyStart = writeKey(field.key)
                guard
                    writeInline(
                        field.value, shape: shape.member(field.key), path: path.appending(field.key),
                        keyOffset: keyStart),
                    column <= CanonicalDefinition.width
                else { return false }
            }
            append("}")
        default:
            value.write(to: &bytes)
            countColumns(from: start)
        }
        entries.insert(
            DefinitionIndex.Entry(path: path, range: start..<bytes.count, keyOffset: keyOffset), at: entryPosition)
        return !value.isContainer || column <= CanonicalDefinition.width
    }

    /// Ends the file with a newline, as text files do.
    mutating func endFile() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Writes `"key": ` and returns the offset of its opening quote.
    private mutating func writeKey(_ key: String) -> Int {
        let start = bytes.count
        JSON.writeString(key, to: &bytes)
        bytes.append(contentsOf: ": ".utf8)
        countColumns(from: start)
        return start
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        column += text.utf8.count
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        column = 2 * indent
    }

    /// Advances the column over the bytes written since `start` (continuation bytes share a character).
    private mutating func countColumns(from start: Int) {
        column += bytes[start...].count { $0 & 0xC0 != 0x80 }
    }
}

extension JSON {
    /// Whether this is a non-empty array or object, which the layout may spread over several lines.
    fileprivate var isContainer: Bool {
        switch self {
        case .array(let elements): !elements.isEmpty
        case .object(let fields): !fields.isEmpty
        default: false
        }
    }
}

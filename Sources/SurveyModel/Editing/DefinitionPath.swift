/// The place of one value inside a survey definition, as a chain of object keys and array indexes.
///
/// The designer names form fields by path, the canonical writer records where each path's value
/// lands in the file, and a diagnostic's position is traced back to a path, so an error is shown
/// at the field it belongs to.
public struct DefinitionPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down: a member of an object or an element of an array.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of the whole definition.
    public static let root = DefinitionPath()

    /// The path one key further down.
    public func appending(_ key: String) -> DefinitionPath {
        DefinitionPath(components + [.key(key)])
    }

    /// The path one array element further down.
    public func appending(_ index: Int) -> DefinitionPath {
        DefinitionPath(components + [.index(index)])
    }

    /// The path of the value that contains this one; the root is its own parent.
    public var parent: DefinitionPath {
        DefinitionPath(Array(components.dropLast()))
    }

    /// Whether `other` is this path or lies below it.
    public func contains(_ other: DefinitionPath) -> Bool {
        other.components.starts(with: components)
    }

    /// The path in the usual notation, `pages[1].questions[0].title.de`, as messages and form names use it.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Reads the notation of ``description`` back; nil when `text` is not a path.
    ///
    /// Keys are identifiers or language codes (letters, digits, `_`, `-`, `$`), so a dot or
    /// bracket never occurs inside one.
    public init?(parsing text: String) {
        var components: [Component] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                    index >= 0
                else { return nil }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            } else {
                if !components.isEmpty {
                    guard rest.first == "." else { return nil }
                    rest = rest.dropFirst()
                }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let key = rest[..<end]
                guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "_-$".contains($0) }) else {
                    return nil
                }
                components.append(.key(String(key)))
                rest = rest[end...]
            }
        }
        self.components = components
    }
}

import StrictJSON

/// Reading and replacing values of an owned `JSON` by ``DefinitionPath``, the one way edits reach
/// into a definition.
extension JSON {
    /// The value at `path`, nil when any step is missing.
    public func value(at path: DefinitionPath) -> JSON? {
        var current = self
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .object(let fields)):
                guard let field = fields.first(where: { $0.key == key }) else { return nil }
                current = field.value
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default: return nil
            }
        }
        return current
    }

    /// This value with `path` set to `newValue`; missing object members on the way are created
    /// (as objects), array elements must exist.
    func setting(_ newValue: JSON, at path: DefinitionPath) throws(DefinitionEditError) -> JSON {
        try updating(path.components[...], walked: .root) { _ in newValue }
    }

    /// This value with the member or element at `path` removed.
    func removing(at path: DefinitionPath) throws(DefinitionEditError) -> JSON {
        guard let last = path.components.last else { throw .noValue(at: path) }
        return try updating(path.parent.components[...], walked: .root, create: false) {
            (container) throws(DefinitionEditError) -> JSON in
            switch (last, container) {
            case (.key(let key), .object(var fields)):
                guard let position = fields.firstIndex(where: { $0.key == key }) else { throw .noValue(at: path) }
                fields.remove(at: position)
                return .object(fields)
            case (.index(let index), .array(var elements)):
                guard elements.indices.contains(index) else { throw .noValue(at: path) }
                elements.remove(at: index)
                return .array(elements)
            default: throw .noValue(at: path)
            }
        }
    }

    /// This value with `transform` applied to the value at `path`, which must exist.
    func modifying(at path: DefinitionPath, _ transform: (JSON) throws(DefinitionEditError) -> JSON)
        throws(DefinitionEditError) -> JSON
    {
        try updating(path.components[...], walked: .root, create: false, transform)
    }

    private func updating(
        _ rest: ArraySlice<DefinitionPath.Component>, walked: DefinitionPath, create: Bool = true,
        _ transform: (JSON) throws(DefinitionEditError) -> JSON
    ) throws(DefinitionEditError) -> JSON {
        guard let component = rest.first else { return try transform(self) }
        let below = rest.dropFirst()
        switch (component, self) {
        case (.key(let key), .object(var fields)):
            let path = walked.appending(key)
            if let position = fields.firstIndex(where: { $0.key == key }) {
                fields[position].value = try fields[position].value.updating(
                    below, walked: path, create: create, transform)
            } else if create {
                let fresh: JSON = below.first.map { if case .index = $0 { .array([]) } else { .object([]) } } ?? .null
                fields.append(JSONField(key: key, value: try fresh.updating(below, walked: path, transform)))
            } else {
                throw .noValue(at: path)
            }
            return .object(fields)
        case (.index(let index), .array(var elements)):
            let path = walked.appending(index)
            guard elements.indices.contains(index) else { throw .noValue(at: path) }
            elements[index] = try elements[index].updating(below, walked: path, create: create, transform)
            return .array(elements)
        default:
            throw .notAContainer(at: walked)
        }
    }
}

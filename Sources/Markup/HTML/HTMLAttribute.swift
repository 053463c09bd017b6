/// One attribute of an element; its value is escaped when written.
package struct HTMLAttribute {
    /// What the attribute contributes.
    package enum Value {
        /// Left out entirely (a flag that is false, an optional that is nil).
        case absent
        /// A boolean attribute written by name alone (`checked`).
        case present
        /// `name="value"`, escaped.
        case text(String)
        /// A place in an ``HTMLTemplate`` that each use fills with attributes of its own (its number).
        case hole(Int)
    }

    package let name: StaticString
    package let value: Value

    /// `name="value"`; nil leaves the attribute out.
    package init(_ name: StaticString, _ value: String?) {
        self.name = name
        self.value = value.map(Value.text) ?? .absent
    }

    /// A boolean attribute, written only when `isSet`.
    package static func flag(_ name: StaticString, _ isSet: Bool) -> HTMLAttribute {
        HTMLAttribute(name: name, value: isSet ? .present : .absent)
    }

    /// Hole `id` of a template among the attributes: where each use of the template writes its own.
    package static func hole(_ id: Int) -> HTMLAttribute {
        HTMLAttribute(name: "", value: .hole(id))
    }

    private init(name: StaticString, value: Value) {
        self.name = name
        self.value = value
    }
}

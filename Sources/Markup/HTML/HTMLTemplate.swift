/// Markup written once by an ``HTMLBuilder`` with numbered holes, and then used many times with the holes
/// filled through a builder (``HTMLBuilder/append(_:filling:)``).
///
/// The fixed parts are bytes the builder wrote, so they were escaped when the template was made; what
/// differs per use enters only through the builder's own methods, so it is escaped the same way. A
/// template never joins unescaped text to markup.
package struct HTMLTemplate: Sendable {
    /// Where a hole is in ``bytes`` and which one it is.
    package struct Hole: Sendable, Equatable {
        package let offset: Int
        package let id: Int
    }

    /// The fixed markup.
    package let bytes: [UInt8]
    /// The holes in the order of their offsets.
    package let holes: [Hole]
}

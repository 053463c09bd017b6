/// Shapes that tell series apart without colour, for dots and legends.
enum MarkerShape: Sendable, CaseIterable {
    case circle, square, triangle, diamond

    /// The shape of series `index`, repeating after four.
    static func series(_ index: Int) -> MarkerShape {
        allCases[index % allCases.count]
    }
}

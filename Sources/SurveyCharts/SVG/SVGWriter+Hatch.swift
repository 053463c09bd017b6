extension SVGWriter {
    /// The grey of hatching lines: dark enough to survive grey printing.
    static let hatchColour = Colour(0x777777)

    /// Draws a rectangle hatched with diagonal grey lines, the mark of
    /// hidden values in stacked and diverging bars.
    ///
    /// The lines are drawn, not filled in with an SVG `<pattern>`, so no id
    /// has to be unique across a page and every renderer and printer shows
    /// them alike. They lie on one grid for the whole picture, so adjacent
    /// hatched areas continue each other.
    mutating func hatch(x: Double, y: Double, width: Double, height: Double) {
        guard width > 0, height > 0, width.isFinite, height.isFinite else { return }
        rect(x: x, y: y, width: width, height: height, fill: Colour(0xF4F4F4))
        let spacing = 5.0
        // Lines rise to the right: each runs from (c, y + height) to (c + height, y).
        var start = ((x - height) / spacing).rounded(.down) * spacing
        var path = ""
        while start < x + width {
            let low = max(start, x)
            let high = min(start + height, x + width)
            if high > low {
                let bottom = y + height - (low - start)
                let top = y + height - (high - start)
                path += "M\(Self.number(low)) \(Self.number(bottom))L\(Self.number(high)) \(Self.number(top))"
            }
            start += spacing
        }
        guard !path.isEmpty else { return }
        append(
            "<path d=\"\(path)\" fill=\"none\" stroke=\"\(Self.hatchColour.svg)\" stroke-width=\"1\"/>\n")
    }
}

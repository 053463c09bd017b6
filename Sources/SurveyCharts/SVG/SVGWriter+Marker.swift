extension SVGWriter {
    /// Draws `shape` centred on a point, `radius` being half its width.
    mutating func marker(_ shape: MarkerShape, x: Double, y: Double, radius r: Double, fill: Colour) {
        let outline = Colour(0xFFFFFF)
        switch shape {
        case .circle:
            circle(cx: x, cy: y, r: r, fill: fill, stroke: outline)
        case .square:
            let side = r * 0.9
            polygon(
                [(x - side, y - side), (x + side, y - side), (x + side, y + side), (x - side, y + side)], fill: fill,
                stroke: outline)
        case .triangle:
            polygon(
                [(x, y - r * 1.15), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)], fill: fill, stroke: outline
            )
        case .diamond:
            let d = r * 1.2
            polygon([(x, y - d), (x + d, y), (x, y + d), (x - d, y)], fill: fill, stroke: outline)
        }
    }
}

/// Any of the chart kinds, for code that collects charts of mixed kinds,
/// such as a report that draws one chart per question.
public enum Chart: Sendable, Hashable {
    case bars(BarChart)
    case columns(ColumnChart)
    case stacked(StackedBarChart)
    case diverging(DivergingBarChart)
    case grouped(GroupedBarChart)
    case dots(DotChart)
    case smallMultiples(SmallMultiplesChart)

    /// The chart's title, also its accessible name.
    public var title: String {
        switch self {
        case .bars(let chart): chart.title
        case .columns(let chart): chart.title
        case .stacked(let chart): chart.title
        case .diverging(let chart): chart.title
        case .grouped(let chart): chart.title
        case .dots(let chart): chart.title
        case .smallMultiples(let chart): chart.title
        }
    }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        switch self {
        case .bars(let chart): chart.svg(id: id, settings: settings)
        case .columns(let chart): chart.svg(id: id, settings: settings)
        case .stacked(let chart): chart.svg(id: id, settings: settings)
        case .diverging(let chart): chart.svg(id: id, settings: settings)
        case .grouped(let chart): chart.svg(id: id, settings: settings)
        case .dots(let chart): chart.svg(id: id, settings: settings)
        case .smallMultiples(let chart): chart.svg(id: id, settings: settings)
        }
    }
}

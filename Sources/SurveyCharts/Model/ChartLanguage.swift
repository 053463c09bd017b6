/// The language of a chart's words and numbers.
///
/// German is the default because the reports go to a German committee;
/// English switches both the phrases and the number format.
public enum ChartLanguage: Sendable, Hashable {
    case german
    case english
}

import SurveyCharts

/// The charts kept as golden files: every kind, in both languages, with
/// long German labels, suppressed values and awkward numbers.
enum Gallery {
    /// One golden chart: its file name and its SVG text.
    struct Entry {
        var name: String
        var svg: String
    }

    static let entries: [Entry] = [
        Entry(name: "bar-support", svg: supportBars.svg(id: "bar-support")),
        Entry(name: "bar-support-en", svg: supportBarsEnglish.svg(id: "bar-support-en", settings: ChartSettings(language: .english))),
    ]

    static let supportBars = BarChart(
        title: "Wer unterstützt die Schule bei der Wartung der IT-Ausstattung?",
        subtitle: "Mehrfachauswahl; Anteil der Schulen, denen die Frage gezeigt wurde (n = 17)",
        bars: [
            LabelledValue("Lehrkräfte mit Anrechnungsstunden", 64.7),
            LabelledValue("Schulträger (Kreisverwaltung)", 47.1),
            LabelledValue("Pädagogisches Landesinstitut/Medienzentrum", 29.4),
            LabelledValue("Externer Dienstleister mit Wartungsvertrag", 17.6),
            LabelledValue("Eltern oder Fördervereine", .suppressed),
            LabelledValue("Niemand", 5.9),
        ])

    static let supportBarsEnglish = BarChart(
        title: "Who supports the school in maintaining its IT equipment?",
        subtitle: "Multiple answers; share of schools shown the question (n = 17)",
        bars: [
            LabelledValue("Teachers with reduced teaching load", 64.7),
            LabelledValue("School authority (district administration)", 47.1),
            LabelledValue("State institute for education / media centre", 29.4),
            LabelledValue("External service provider", 17.6),
            LabelledValue("Parents or booster clubs", .suppressed),
            LabelledValue("Nobody", 5.9),
        ])
}

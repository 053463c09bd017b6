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
        Entry(
            name: "bar-support-en",
            svg: supportBarsEnglish.svg(id: "bar-support-en", settings: ChartSettings(language: .english))),
        Entry(name: "columns-devices", svg: deviceColumns.svg(id: "columns-devices")),
        Entry(name: "stacked-wifi", svg: wifiStacked.svg(id: "stacked-wifi")),
        Entry(
            name: "diverging-concept",
            svg: conceptDiverging.svg(id: "diverging-concept", settings: ChartSettings(minimumCount: 5))),
        Entry(
            name: "diverging-concept-en",
            svg: conceptDivergingEnglish.svg(id: "diverging-concept-en", settings: ChartSettings(language: .english))),
        Entry(name: "grouped-devices", svg: devicesGrouped.svg(id: "grouped-devices")),
        Entry(name: "dots-waves", svg: wavesDots.svg(id: "dots-waves")),
        Entry(
            name: "dots-waves-en",
            svg: wavesDotsEnglish.svg(id: "dots-waves-en", settings: ChartSettings(language: .english))),
        Entry(name: "multiples-training", svg: trainingMultiples.svg(id: "multiples-training")),
        Entry(name: "columns-many-bins", svg: manyBins.svg(id: "columns-many-bins")),
        Entry(
            name: "bar-counts-narrow", svg: countBars.svg(id: "bar-counts-narrow", settings: ChartSettings(width: 420))),
        Entry(
            name: "diverging-seven-narrow",
            svg: sevenPoints.svg(id: "diverging-seven-narrow", settings: ChartSettings(width: 480, showsTitle: false))),
        Entry(
            name: "stacked-categorical-en",
            svg: channelsStacked.svg(id: "stacked-categorical-en", settings: ChartSettings(language: .english))),
    ]

    static let manyBins = ColumnChart(
        title: "Bandbreite des Internetanschlusses",
        subtitle: "Anzahl der Schulen je Bandbreite in Mbit/s",
        columns: [
            LabelledValue("0–49", 1), LabelledValue("50–99", 2), LabelledValue("100–149", 4),
            LabelledValue("150–199", 7), LabelledValue("200–249", 12), LabelledValue("250–299", 18),
            LabelledValue("300–349", 25), LabelledValue("350–399", 31), LabelledValue("400–449", 22),
            LabelledValue("450–499", 14), LabelledValue("500–549", 9), LabelledValue("550–599", 5),
            LabelledValue("600–649", 3), LabelledValue("650–699", 2),
            LabelledValue("700–749", .suppressed(.fewAnswers)),
            LabelledValue("750–799", 1), LabelledValue("800–849", 0), LabelledValue("850–899", 1),
            LabelledValue("900–949", 0), LabelledValue("950–999", 1), LabelledValue("1000 und mehr", 2),
        ])

    static let countBars = BarChart(
        title: "Rückmeldungen nach Landkreisteil",
        bars: [
            LabelledValue("Verbandsgemeinde Nord", 1234),
            LabelledValue("Verbandsgemeinde Süd", 987),
            LabelledValue("Stadt", 15),
        ],
        style: .count)

    static let sevenPoints = DivergingBarChart(
        title: "Zufriedenheit mit dem technischen Support",
        scale: ["1 – sehr unzufrieden", "2", "3", "4 – teils, teils", "5", "6", "7 – sehr zufrieden"],
        rows: [
            ChartRow("Grundschule", [1, 2, 3, 6, 8, 5, 2]),
            ChartRow("Weiterführende Schulen", [0, 1, 2, 3, 4, 6, 4]),
        ],
        decimals: 0)

    static let channelsStacked = StackedBarChart(
        title: "How do schools contact the support team?",
        categories: ["Phone", "E-mail", "Ticket system", "In person"],
        rows: [
            ChartRow("Primary schools", [40, 25, 20, 15]),
            ChartRow("Secondary schools", [10, 30, 55, 5]),
        ],
        colours: .categorical)

    static let devicesGrouped = GroupedBarChart(
        title: "Ausstattung der Klassenräume nach Schulart",
        subtitle: "Anteil der Schulen mit der Ausstattung in allen Klassenräumen",
        groups: ["Grundschule", "Realschule plus", "Gymnasium", "Förderschule"],
        rows: [
            ChartRow("Interaktive Tafel oder Großbildschirm", [42.9, 66.7, 80.0, .suppressed(.fewAnswers)]),
            ChartRow("Dokumentenkamera", [28.6, 33.3, 60.0, .suppressed(.fewAnswers)]),
            ChartRow(
                "WLAN mit ausreichender Bandbreite für den ganzen Klassensatz",
                [14.3, 50.0, 100.0, .suppressed(.fewAnswers)]),
        ])

    static let wavesDots = DotChart(
        title: "Veränderung gegenüber der Befragung 2019",
        subtitle: "Anteil der Schulen, die zustimmen",
        series: ["2019", "2021", "2023"],
        rows: [
            ChartRow("Schnelles Internet im ganzen Gebäude", [23.5, 52.9, 76.5]),
            ChartRow("Medienkonzept beschlossen", [41.2, 47.1, 47.1]),
            ChartRow("Fortbildungen zu digitalen Medien im letzten Schuljahr", [70.6, 64.7, 88.2]),
            ChartRow("Ansprechperson für Datenschutz benannt", [.suppressed(.fewAnswers), 35.3, 58.8]),
            ChartRow("Lernplattform im Einsatz", [0, 94.1, 100]),
        ])

    static let wavesDotsEnglish = DotChart(
        title: "Change since the 2019 survey",
        series: ["2019", "2021"],
        rows: [
            ChartRow("Fast internet throughout the building", [23.5, 52.9]),
            ChartRow("Media concept adopted", [41.2, 41.2]),
            ChartRow("Data protection contact named", [.suppressed(.fewAnswers), 35.3]),
        ])

    static let trainingMultiples = SmallMultiplesChart(
        title: "Fortbildungsbedarf des Kollegiums",
        subtitle: "Anteile der Schulen je Thema",
        categories: ["kein Bedarf", "geringer Bedarf", "mittlerer Bedarf", "hoher Bedarf"],
        panels: [
            ChartRow("Bedienung der Geräte", [12, 35, 35, 18]),
            ChartRow("Didaktik des digitalen Unterrichts", [0, 18, 41, 41]),
            ChartRow("Datenschutz und Urheberrecht", [6, 24, 47, 24]),
            ChartRow("Lernplattform", [18, 41, 29, 12]),
            ChartRow("Informatische Grundbildung", [.suppressed(.fewAnswers), 12, 35, 47]),
        ])

    static let deviceColumns = ColumnChart(
        title: "Schülerinnen und Schüler je digitalem Endgerät",
        subtitle: "Anzahl der Schulen je Klasse (n = 17)",
        columns: [
            LabelledValue("unter 2", 2),
            LabelledValue("2 bis unter 4", 5),
            LabelledValue("4 bis unter 6", 6),
            LabelledValue("6 bis unter 8", 3),
            LabelledValue("8 bis unter 10", .suppressed(.fewAnswers)),
            LabelledValue("10 und mehr", 1),
        ])

    static let wifiStacked = StackedBarChart(
        title: "WLAN-Abdeckung nach Schulart",
        subtitle: "Anteile der Schulen je Schulart",
        categories: ["kein WLAN", "einzelne Räume", "die meisten Räume", "alle Räume"],
        rows: [
            ChartRow("Grundschule", [3, 12, 20, 15]),
            ChartRow("Realschule plus", [1, 4, 9, 6]),
            ChartRow("Gymnasium", [0, 2, 5, 11]),
            ChartRow(
                "Berufsbildende Schule", [.suppressed(.fewAnswers), .suppressed(.protectsOthers), 5, 6], total: 14),
            ChartRow("Förderschule", [0, 0, 0, 0]),
        ])

    static let conceptScale = [
        "trifft nicht zu", "trifft eher nicht zu", "teils, teils", "trifft eher zu", "trifft zu",
    ]

    static let conceptDiverging = DivergingBarChart(
        title: "Aussagen zum Medienkonzept der Schule",
        subtitle: "Anteile aller Antworten, „weiß nicht“ gesondert (n = 20)",
        scale: conceptScale,
        notApplicable: "weiß nicht",
        rows: [
            ChartRow("Das Medienkonzept wird im Unterricht umgesetzt.", [2, 3, 5, 5, 2, 3]),
            ChartRow("Das Kollegium ist an der Fortschreibung beteiligt.", [1, 4, 4, 6, 2, 3]),
            ChartRow("Die Eltern kennen das Medienkonzept.", [6, 6, 3, 2, 0, 3]),
            ChartRow(
                "Der Schulträger unterstützt die Umsetzung.",
                [.suppressed(.fewAnswers), 5, .suppressed(.protectsOthers), 6, 4, 2], total: 20),
            ChartRow(
                "Die Schulleitung berichtet jährlich über den Stand.",
                [.suppressed(.sameAnswer), .suppressed(.sameAnswer), 2, 7, 6, 3], total: 20),
        ])

    static let conceptDivergingEnglish = DivergingBarChart(
        title: "Statements on the school's media concept",
        scale: ["disagree", "rather disagree", "rather agree", "agree"],
        rows: [
            ChartRow("The concept is put into practice in lessons.", [2, 3, 7, 5]),
            ChartRow("Parents know the concept.", [6, 6, 4, 1]),
        ])

    static let supportBars = BarChart(
        title: "Wer unterstützt die Schule bei der Wartung der IT-Ausstattung?",
        subtitle: "Mehrfachauswahl; Anteil der Schulen, denen die Frage gezeigt wurde (n = 17)",
        bars: [
            LabelledValue("Lehrkräfte mit Anrechnungsstunden", 64.7),
            LabelledValue("Schulträger (Kreisverwaltung)", 47.1),
            LabelledValue("Pädagogisches Landesinstitut/Medienzentrum", 29.4),
            LabelledValue("Externer Dienstleister mit Wartungsvertrag", 17.6),
            LabelledValue("Eltern oder Fördervereine", .suppressed(.fewAnswers)),
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
            LabelledValue("Parents or booster clubs", .suppressed(.fewAnswers)),
            LabelledValue("Nobody", 5.9),
        ])
}

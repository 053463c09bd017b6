// Times SurveyCharts rendering: a bar chart of one choice question and a
// diverging chart of an eight-row matrix, each rendered 1,000 times per run,
// median of seven runs. Built in release mode by run.sh.

import SurveyCharts

let bars = BarChart(
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
let diverging = DivergingBarChart(
    title: "Aussagen zum Medienkonzept der Schule",
    scale: ["trifft nicht zu", "trifft eher nicht zu", "teils, teils", "trifft eher zu", "trifft zu"],
    rows: (0..<8).map { ChartRow("Aussage Nummer \($0) zum Medienkonzept der Schule", [2, 3, 5, 5, 2]) })
let clock = ContinuousClock()
for (name, chart) in [("bars (6 rows)", Chart.bars(bars)), ("diverging (8 rows)", Chart.diverging(diverging))] {
    var runs: [Duration] = []
    var bytes = 0
    for _ in 0..<7 {
        runs.append(clock.measure { for _ in 0..<1000 { bytes &+= chart.svg(id: "b").utf8.count } })
    }
    runs.sort()
    print("\(name): median \(runs[3] / 1000) per chart (\(bytes / 7000) bytes)")
}

import Foundation
import SurveyModel

extension ResponseGenerator {
    /// A plausible answer of the question's type; it may still fail the question's checks.
    mutating func drawAnswer(_ question: Question, context: AnswerContext) -> Answer {
        switch question.kind {
        case .text(let settings): return .text(drawText(question, settings))
        case .number(let settings): return .number(drawNumber(question.id, settings, context: context))
        case .single(let settings): return .single(drawSingle(question.id, settings, participant: context.participant))
        case .multiple(let settings): return .multiple(drawMultiple(question.id, settings))
        case .boolean: return .boolean(random.chance(profile.yesRates[question.id] ?? 0.5))
        case .scale(let settings):
            let centre = profile.scaleCentres[question.id] ?? 0.6
            return .scale(drawsNotApplicable(settings) ? .notApplicable : .point(drawPoint(settings, centre)))
        case .matrix(let settings): return .matrix(drawMatrix(question.id, settings))
        case .ranking(let settings): return .ranking(drawRanking(settings, context: context))
        case .date(let settings): return .date(drawDate(settings))
        case .note: return .text("")
        }
    }

    private mutating func drawText(_ question: Question, _ settings: TextSettings) -> String {
        let text: String
        if settings.format == .email {
            text = "sekretariat@schule-\(drawn).example.org"
        } else if settings.pattern != nil {
            // Most patterns in surveys are codes of digits (postcodes, school numbers); others are left to the retries.
            text = String((0..<random.integer(in: 4...6)).map { _ in Character(String(random.integer(in: 0...9))) })
        } else if settings.multiline {
            text = pick(Self.comments)
        } else if question.id.lowercased().contains("name") {
            text = "\(pick(Self.schoolNames)) \(pick(Self.places))"
        } else {
            text = pick(Self.shortTexts)
        }
        return settings.maxLength.map { String(text.unicodeScalars.prefix($0)) } ?? text
    }

    private mutating func drawNumber(_ id: String, _ settings: NumberSettings, context: AnswerContext) -> Double {
        var hinted: Double?
        switch profile.numbers[id] {
        case .logNormal(let median, let spread):
            hinted = median * exp(spread * random.normal())
        case .ratio(let base, let factor, let spread):
            if case .number(let reference) = context.value(of: .question(base)) {
                // The noise has mean 1, so totals over many responses keep the ratio.
                hinted = reference * factor * exp(spread * random.normal() - spread * spread / 2)
            }
        case .uniform(let range):
            hinted = Double(random.integer(in: range))
        case nil:
            break
        }
        var value: Double
        if let hinted {
            value = hinted
        } else {
            let low = settings.min ?? 0
            let high = settings.max ?? (low + 40)
            value = low + (high - low) * random.unit()
        }
        if let minimum = settings.min { value = max(value, minimum) }
        if let maximum = settings.max { value = min(value, maximum) }
        return settings.integer ? value.rounded() : (value * 10).rounded() / 10
    }

    private mutating func drawSingle(_ id: String, _ settings: SingleChoiceSettings, participant: [String: String])
        -> SingleChoiceAnswer
    {
        // A question that asks again for a participant field (the school type) mostly agrees with it.
        if let known = participant[id], random.chance(0.97) {
            if settings.options.contains(where: { $0.value == known }) { return .option(known) }
            if settings.other != nil { return .other(pickOther(id)) }
        }
        if settings.other != nil, random.chance(profile.otherRate) { return .other(pickOther(id)) }
        let weights = profile.choiceWeights[id] ?? [:]
        let index = random.index(weightedBy: settings.options.map { weights[$0.value] ?? 1 }) ?? 0
        return .option(settings.options[index].value)
    }

    private mutating func drawMultiple(_ id: String, _ settings: MultipleChoiceSettings) -> MultipleChoiceAnswer {
        let rates = profile.tickRates[id] ?? [:]
        if let exclusive = settings.options.first(where: \.exclusive), random.chance(rates[exclusive.value] ?? 0.03) {
            return MultipleChoiceAnswer(values: [exclusive.value])
        }
        let candidates = settings.options.filter { !$0.exclusive }.map(\.value)
        var values = candidates.filter { random.chance(rates[$0] ?? 0.35) }
        let other = settings.other != nil && random.chance(profile.otherRate) ? pickOther(id) : nil
        let minimum = settings.minSelected ?? 0
        let maximum = settings.maxSelected ?? candidates.count + 1
        while values.count + (other == nil ? 0 : 1) < minimum, values.count < candidates.count {
            let missing = candidates.filter { !values.contains($0) }
            values.append(pick(missing))
        }
        while values.count + (other == nil ? 0 : 1) > maximum, !values.isEmpty {
            values.remove(at: random.integer(in: 0...(values.count - 1)))
        }
        // In the question's order, as a form posts them.
        return MultipleChoiceAnswer(values: candidates.filter { values.contains($0) }, other: other)
    }

    /// A scale point near `centre` (0 is the lowest point, 1 the highest), as answers cluster around an opinion.
    private mutating func drawPoint(_ scale: ScaleSettings, _ centre: Double) -> Int {
        let width = Double(scale.to - scale.from)
        let point = Double(scale.from) + width * centre + random.normal() * max(1, width / 4)
        return min(scale.to, max(scale.from, Int(point.rounded())))
    }

    /// Whether to answer "not applicable" where the scale offers it.
    private mutating func drawsNotApplicable(_ scale: ScaleSettings) -> Bool {
        scale.notApplicable != nil && random.chance(profile.notApplicableRate)
    }

    private mutating func drawMatrix(_ id: String, _ settings: MatrixSettings) -> [String: MatrixCell] {
        var cells: [String: MatrixCell] = [:]
        let centre = profile.scaleCentres[id] ?? 0.6
        for row in settings.rows {
            switch settings.cells {
            case .scale(let scale):
                cells[row.value] = drawsNotApplicable(scale) ? .notApplicable : .point(drawPoint(scale, centre))
            case .options(let options):
                cells[row.value] = .option(pick(options).value)
            }
        }
        return cells
    }

    private mutating func drawRanking(_ settings: RankingSettings, context: AnswerContext) -> [String] {
        // Options ticked in an earlier multiple choice (the biggest obstacles) tend to be ranked first.
        var weights = settings.options.map { option in
            context.answers.questionIDs.contains { id in
                guard case .multiple(let choice)? = context.answers[id] else { return false }
                return choice.values.contains(option.value)
            } ? 5.0 : 1.0
        }
        var ranking: [String] = []
        while ranking.count < settings.effectiveRankCount, let index = random.index(weightedBy: weights) {
            ranking.append(settings.options[index].value)
            weights[index] = 0
        }
        return ranking
    }

    private mutating func drawDate(_ settings: DateSettings) -> CalendarDate {
        let last = settings.max ?? today
        let first = settings.min ?? DayNumber.date(DayNumber.of(last) - 365) ?? last
        let day = random.integer(in: DayNumber.of(first)...max(DayNumber.of(first), DayNumber.of(last)))
        return DayNumber.date(day) ?? first
    }

    private mutating func pickOther(_ id: String) -> String {
        pick(profile.otherTexts[id] ?? Self.otherTexts)
    }

    /// An element drawn evenly; the lists here are never empty.
    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[random.integer(in: 0...max(0, elements.count - 1))]
    }

    static let otherTexts = ["Sonstiges", "Sonstige Angabe", "andere Lösung", "je nach Standort verschieden"]
    static let schoolNames = ["Grundschule", "Realschule plus", "Gymnasium", "Integrierte Gesamtschule", "Förderschule", "BBS"]
    static let places = ["Am Wald", "Bergstraße", "Altenkirchen", "Westerburg", "Hachenburg", "Wissen", "Betzdorf", "Daaden"]
    static let shortTexts = ["ja, teilweise", "siehe Anmerkungen", "wird geklärt", "keine Angabe möglich"]
    static let comments = [
        "Die WLAN-Ausleuchtung im Altbau ist weiterhin lückenhaft.",
        "Wir wünschen uns mehr Unterstützung bei der Wartung der Tablets.",
        "Die Fortbildungen des Medienzentrums waren sehr hilfreich.",
        "Der Support durch den Schulträger dauert zu lange; oft helfen Kolleginnen und Kollegen aus.",
        "Für die Folgekosten nach dem DigitalPakt fehlt bisher eine Lösung.",
        "Danke für die Befragung!",
    ]
}

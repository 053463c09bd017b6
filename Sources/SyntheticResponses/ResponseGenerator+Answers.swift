import Foundation
import SurveyModel

extension ResponseGenerator {
    /// A plausible answer of the question's type; it may still fail the question's checks.
    mutating func drawAnswer(_ plan: QuestionPlan, context: AnswerContext) -> Answer {
        switch plan.kind {
        case .text(let settings): return .text(drawText(plan, settings))
        case .number(let settings): return .number(drawNumber(plan.number, settings, context: context))
        case .single(let settings): return .single(drawSingle(plan, settings, participant: context.participant))
        case .multiple(let settings): return .multiple(drawMultiple(plan, settings))
        case .boolean: return .boolean(random.chance(plan.yesRate))
        case .scale(let settings):
            return .scale(drawsNotApplicable(settings) ? .notApplicable : .point(drawPoint(settings, plan.scaleCentre)))
        case .matrix(let settings): return .matrix(drawMatrix(settings, centre: plan.scaleCentre))
        case .ranking(let settings):
            return .ranking(drawRanking(settings, sources: plan.rankingSources, context: context))
        case .date(let settings): return .date(drawDate(settings))
        case .note: return .text("")
        }
    }

    private mutating func drawText(_ plan: QuestionPlan, _ settings: TextSettings) -> String {
        let text: String
        if settings.format == .email {
            text = "sekretariat@schule-\(number).example.org"
        } else if settings.pattern != nil {
            // Most patterns in surveys are codes of digits (postcodes, school numbers); others are left to the retries.
            text = String((0..<random.integer(in: 4...6)).map { _ in Character(String(random.integer(in: 0...9))) })
        } else if settings.multiline {
            text = pick(Self.comments)
        } else if plan.asksForName {
            text = "\(pick(Self.schoolNames)) \(pick(Self.places))"
        } else {
            text = pick(Self.shortTexts)
        }
        return settings.maxLength.map { String(text.unicodeScalars.prefix($0)) } ?? text
    }

    private mutating func drawNumber(_ hint: NumberHint?, _ settings: NumberSettings, context: AnswerContext) -> Double
    {
        var hinted: Double?
        switch hint {
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

    private mutating func drawSingle(
        _ plan: QuestionPlan, _ settings: SingleChoiceSettings, participant: [String: String]
    )
        -> SingleChoiceAnswer
    {
        // A question that asks again for a participant field (the school type) mostly agrees with it.
        if let known = participant[plan.id], random.chance(0.97) {
            if settings.options.contains(where: { $0.value == known }) { return .option(known) }
            if settings.other != nil { return .other(pick(plan.otherTexts)) }
        }
        if settings.other != nil, random.chance(profile.otherRate) { return .other(pick(plan.otherTexts)) }
        return .option(settings.options[random.index(weightedBy: plan.optionWeights) ?? 0].value)
    }

    private mutating func drawMultiple(_ plan: QuestionPlan, _ settings: MultipleChoiceSettings) -> MultipleChoiceAnswer
    {
        if let exclusive = settings.options.firstIndex(where: \.exclusive), random.chance(plan.tickRates[exclusive]) {
            return MultipleChoiceAnswer(values: [settings.options[exclusive].value])
        }
        var ticked = [Bool](repeating: false, count: settings.options.count)
        var candidates: [Int] = []
        for (index, option) in settings.options.enumerated() where !option.exclusive {
            candidates.append(index)
            ticked[index] = random.chance(plan.tickRates[index])
        }
        let other = settings.other != nil && random.chance(profile.otherRate) ? pick(plan.otherTexts) : nil
        let extra = other == nil ? 0 : 1
        var count = candidates.count(where: { ticked[$0] })
        let minimum = settings.minSelected ?? 0
        let maximum = settings.maxSelected ?? candidates.count + 1
        while count + extra < minimum, count < candidates.count {
            let unticked = candidates.filter { !ticked[$0] }
            ticked[pick(unticked)] = true
            count += 1
        }
        while count + extra > maximum, count > 0 {
            let chosen = candidates.filter { ticked[$0] }
            ticked[pick(chosen)] = false
            count -= 1
        }
        // In the question's order, as a form posts them.
        return MultipleChoiceAnswer(
            values: candidates.filter { ticked[$0] }.map { settings.options[$0].value }, other: other)
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

    private mutating func drawMatrix(_ settings: MatrixSettings, centre: Double) -> [String: MatrixCell] {
        var cells: [String: MatrixCell] = [:]
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

    private mutating func drawRanking(_ settings: RankingSettings, sources: [String], context: AnswerContext)
        -> [String]
    {
        // Options ticked in an earlier multiple choice (the biggest obstacles) tend to be ranked first.
        var ticked: Set<String> = []
        for id in sources {
            if case .multiple(let choice)? = context.answers[id] { ticked.formUnion(choice.values) }
        }
        var weights = settings.options.map { ticked.contains($0.value) ? 5.0 : 1.0 }
        var ranking: [String] = []
        while ranking.count < settings.effectiveRankCount, let index = random.index(weightedBy: weights) {
            ranking.append(settings.options[index].value)
            weights[index] = 0
        }
        return ranking
    }

    private mutating func drawDate(_ settings: DateSettings) -> CalendarDate {
        let last = settings.max ?? today
        let first = settings.min ?? CalendarDate(daysSince1970: last.daysSince1970 - 365) ?? last
        let day = random.integer(in: first.daysSince1970...max(first.daysSince1970, last.daysSince1970))
        return CalendarDate(daysSince1970: day) ?? first
    }

    /// An element drawn evenly; the lists here are never empty.
    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[random.integer(in: 0...max(0, elements.count - 1))]
    }

    static let schoolNames = [
        "Grundschule", "Realschule plus", "Gymnasium", "Integrierte Gesamtschule", "Förderschule", "BBS",
    ]
    static let places = [
        "Am Wald", "Bergstraße", "Altenkirchen", "Westerburg", "Hachenburg", "Wissen", "Betzdorf", "Daaden",
    ]
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

import Foundation
import StrictJSON
import SurveyStore
import TestSupport

/// The county's real situation in small: 130 schools of five types, one type with only 4 schools,
/// 125 of them submitted, 3 left a draft, 2 never started; answers skewed the way real answers are
/// (few "very dissatisfied", a handful of "cannot judge", a budget reported by few).
///
/// The survey is `Fixtures/schulsozialarbeit.json`, about 20 questions of every type, with the
/// personal-data questions a real questionnaire has.
enum TrialSurvey {
    static let definition = "\(repository)/Tests/SurveyCLITests/Fixtures/schulsozialarbeit.json"
    static let id = "schulsozialarbeit"

    /// Schools per type; the Förderschulen are the small group the report must hide.
    static let schoolTypes: [(value: String, count: Int)] = [
        ("gs", 68), ("rsplus", 20), ("gym", 16), ("foerder", 4), ("bbs", 22),
    ]
    static let regions = ["nord", "mitte", "sued"]

    /// Writes participants, submissions and drafts into `responses` (the folder `--responses` names).
    static func write(into responses: String) throws {
        let folder = "\(responses)/\(id)"
        var generator = SeededGenerator(seed: 1146)
        var rows: [ParticipantImport.Row] = []
        var requests: [AppendRequest] = []
        var number = 0
        for (type, count) in schoolTypes {
            for _ in 0..<count {
                number += 1
                let participant = "schule-\(number)"
                let region = regions[number % regions.count]
                rows.append(
                    ParticipantImport.Row(
                        id: participant, label: "Schule \(number)", email: "schule-\(number)@schule.example",
                        fields: ["schulart": type, "region": region]))
                // Schools 13 and 77 never started; 5, 40 and 99 left a draft.
                guard number != 13, number != 77 else { continue }
                let answers = self.answers(number: number, type: type, using: &generator)
                let content: AppendRequest.Content =
                    [5, 40, 99].contains(number) ? .draft(page: "ssa", answers: answers) : .submit(answers: answers)
                requests.append(
                    AppendRequest(
                        content, responseID: "antwort-\(number)", definitionVersion: "trial",
                        participantID: participant))
            }
        }
        let registry = try ParticipantRegistry(directory: folder)
        _ = try registry.register(rows)
        let log = try ResponseLog(directory: folder)
        defer { log.close() }
        for result in log.appendBatch(requests) { _ = try result.get() }
    }

    /// One school's answers.
    private static func answers(number: Int, type: String, using generator: inout SeededGenerator) -> JSON {
        func pick<T>(_ weighted: [(T, Int)]) -> T {
            var roll = Int.random(in: 0..<weighted.reduce(0) { $0 + $1.1 }, using: &generator)
            for (value, weight) in weighted {
                if roll < weight { return value }
                roll -= weight
            }
            return weighted[weighted.count - 1].0
        }
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }
        var fields: [JSONField] = [
            JSONField(key: "schulname", value: .string("Schule \(number)")),
            JSONField(key: "schueler", value: .number(Double(Int.random(in: 60...1400, using: &generator)))),
        ]
        if chance(70) { fields.append(JSONField(key: "ansprechperson", value: .string("Person \(number)"))) }
        if chance(60) { fields.append(JSONField(key: "email", value: .string("kontakt-\(number)@schule.example"))) }
        fields.append(JSONField(key: "kontakt_einwilligung", value: .bool(chance(80))))
        let hasSocialWork = type == "foerder" || chance(type == "gs" ? 55 : 80)
        fields.append(JSONField(key: "ssa_vorhanden", value: .bool(hasSocialWork)))
        if hasSocialWork {
            let posts = Double(Int.random(in: 1...8, using: &generator)) / 4
            fields.append(JSONField(key: "ssa_stellen", value: .number(posts)))
            let provider = pick([("kreis", 40), ("gemeinde", 25), ("freier", 33), ("land", 2)])
            fields.append(JSONField(key: "ssa_traeger", value: .string(provider)))
            if chance(85) {
                let year = Int.random(in: 1996...2026, using: &generator)
                let month = Int.random(in: 1...(year == 2026 ? 9 : 12), using: &generator)
                let date = "\(year)-\(month < 10 ? "0" : "")\(month)-01"
                fields.append(JSONField(key: "ssa_seit", value: .string(date)))
            }
            if type == "gym" && chance(45) {
                let budget = pick([(250, 2), (820, 3), (1100, 2), (1500, 2), (3000, 1)])
                fields.append(JSONField(key: "ssa_budget", value: .number(Double(budget))))
            }
            let offers = ["beratung", "gruppen", "eltern", "krisen", "uebergang", "praevention", "streit"]
            let weights = [70, 30, 35, 40, type == "bbs" || type == "rsplus" ? 60 : 5, 30, 25]
            var chosen: [String] = []
            for (offer, weight) in zip(offers, weights) where chosen.count < 3 && chance(weight) {
                chosen.append(offer)
            }
            if !chosen.isEmpty { fields.append(JSONField(key: "ssa_angebote", value: .array(chosen.map(JSON.string)))) }
        }
        let satisfaction = pick([(1, 3), (2, 4), (3, 30), (4, 55), (5, 33)])
        fields.append(JSONField(key: "ssa_zufriedenheit", value: .number(Double(satisfaction))))
        if chance(90) {
            let share = chance(12) ? 100 : Int.random(in: 0...99, using: &generator)
            fields.append(JSONField(key: "ganztag_anteil", value: .number(Double(share))))
        }
        fields.append(JSONField(key: "raum", value: .string(pick([("eigen", 50), ("geteilt", 35), ("nein", 15)]))))
        var cooperation: [JSONField] = []
        for (row, unknown) in [("beratung", 10), ("jugendamt", 6), ("polizei", 30), ("vereine", 20)] {
            let value: JSON =
                chance(unknown)
                ? .string("na") : .number(Double(pick([(1, 4), (2, 12), (3, 30), (4, 35), (5, 19)])))
            cooperation.append(JSONField(key: row, value: value))
        }
        fields.append(JSONField(key: "kooperation", value: .object(cooperation)))
        var demand: [JSONField] = []
        for row in ["betreuung", "beratung", "foerderung"] where chance(95) {
            demand.append(
                JSONField(key: row, value: .string(pick([("gestiegen", 70), ("gleich", 27), ("gesunken", 3)]))))
        }
        fields.append(JSONField(key: "bedarf", value: .object(demand)))
        let priorities = ["stellen", "raeume", "fortbildung", "vernetzung", "verwaltung"]
        var ranked = priorities.shuffled(using: &generator)
        if let posts = ranked.firstIndex(of: "stellen"), chance(60) { ranked.swapAt(0, posts) }
        fields.append(JSONField(key: "prioritaeten", value: .array(ranked.prefix(3).map(JSON.string))))
        fields.append(JSONField(key: "fortbildung", value: .bool(chance(65))))
        var obstacles = ["personal", "zeit", "raum", "datenschutz"].filter { _ in chance(45) }
        if chance(8) {
            obstacles.append("other")
            fields.append(
                JSONField(
                    key: "hemmnisse",
                    value: .object([
                        JSONField(key: "values", value: .array(obstacles.map(JSON.string))),
                        JSONField(key: "other", value: .string("Fahrwege")),
                    ])))
        } else if !obstacles.isEmpty {
            fields.append(JSONField(key: "hemmnisse", value: .array(obstacles.map(JSON.string))))
        }
        if chance(20) { fields.append(JSONField(key: "anmerkungen", value: .string("Anmerkung der Schule \(number)"))) }
        return .object(fields)
    }
}

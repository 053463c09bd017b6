import Markup
import SurveyModel
import SurveyStore
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The response-rate counts the office and the report share, and the report's table of them.
@Suite struct ParticipationTests {
    static let survey = Survey.load(
        bytes: Array(
            """
            {"id": "rate", "title": "Rücklauf", "access": "token",
             "participantFields": [
               {"id": "schulart", "label": "Schulart", "options": [
                 {"value": "gs", "label": "Grundschule"}, {"value": "gym", "label": "Gymnasium"},
                 {"value": "bbs", "label": "Berufsbildende Schule"}]},
               {"id": "name", "label": "Name"}],
             "pages": [{"id": "p", "title": "Seite", "questions": [
               {"id": "q", "type": "boolean", "title": "Frage"}]}]}
            """.utf8), file: "surveys/rate.json"
    ).survey!

    /// A log of submits (s), drafts (d) and voids (v) by participant id, applied in order.
    static func view(_ records: [(kind: ResponseRecord.Kind, participant: String?)]) -> ResponseView {
        var view = ResponseView()
        var revisions: [String: Int] = [:]
        for (number, record) in records.enumerated() {
            let response = record.participant.map { "r-\($0)" } ?? "r-anonymous-\(number)"
            revisions[response, default: 0] += 1
            view.apply(
                ResponseRecord(
                    kind: record.kind, sequence: number + 1, responseID: response,
                    revision: revisions[response] ?? 1, time: Timestamp(millisecondsSince1970: 0),
                    definitionVersion: "v", participantID: record.participant,
                    reason: record.kind == .void ? "Test" : nil))
        }
        return view
    }

    static func school(_ id: String, _ type: String) -> (id: String, fields: [String: String]) {
        (id, ["schulart": type, "name": "Schule \(id)"])
    }

    @Test func countsOnlyRegisteredParticipantsInTheRate() {
        let participants = [Self.school("1", "gs"), Self.school("2", "gs"), Self.school("3", "gym")]
        let view = Self.view([
            (.submit, "1"), (.draft, "2"), (.submit, "x"), (.submit, nil), (.submit, "3"), (.void, "3"),
        ])
        let counts = ParticipationCounts(survey: Self.survey, participants: participants, view: view, language: "de")
        #expect(counts.total == .init(invited: 3, started: 1, submitted: 1))
        #expect(counts.unregisteredSubmissions == 2)
        // A free-text field would list single schools, so it gets no breakdown.
        #expect(counts.breakdowns.map(\.id) == ["schulart"])
        let groups = counts.breakdowns[0].groups
        #expect(groups.map(\.label) == ["Grundschule", "Gymnasium", "Berufsbildende Schule"])
        #expect(groups.map(\.counts.submitted) == [1, 0, 0])
        #expect(groups.map(\.counts.started) == [1, 0, 0])
    }

    @Test func participantsWithoutAListedValueGetTheirOwnGroup() {
        let participants = [Self.school("1", "gs"), ("2", [:])]
        let counts = ParticipationCounts(
            survey: Self.survey, participants: participants, view: Self.view([(.submit, "2")]), language: "en")
        let groups = counts.breakdowns[0].groups
        #expect(groups.last?.label == "not given")
        #expect(groups.last?.counts == .init(invited: 1, started: 0, submitted: 1))
        #expect(groups.reduce(0) { $0 + $1.counts.invited } == counts.total.invited)
    }

    /// However registrations and submissions interleave, with repeated ids,
    /// revisions, voids and strangers, the rate stays within 0 … 100 % and
    /// every breakdown adds up to the total.
    @Test func theRateNeverExceedsAHundredPercent() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let ids = (0..<Int.random(in: 0...12, using: &generator)).map(String.init)
            let types = ["gs", "gym", "bbs", "other"]
            let participants = (0..<Int.random(in: 0...15, using: &generator)).map { _ in
                Self.school(
                    ids.randomElement(using: &generator) ?? "0", types.randomElement(using: &generator) ?? "gs")
            }
            let kinds: [ResponseRecord.Kind] = [.submit, .submit, .draft, .void]
            let records = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                (
                    kind: kinds.randomElement(using: &generator) ?? .submit,
                    participant: Int.random(in: 0..<5, using: &generator) == 0
                        ? nil : String(Int.random(in: 0...15, using: &generator))
                )
            }
            let counts = ParticipationCounts(
                survey: Self.survey, participants: participants, view: Self.view(records), language: "de")
            let total = counts.total
            #expect(total.submitted + total.started <= total.invited)
            #expect((total.rate ?? 0) <= 1)
            for group in counts.breakdowns.flatMap(\.groups) {
                #expect((group.counts.rate ?? 0) <= 1)
            }
            for breakdown in counts.breakdowns {
                #expect(breakdown.groups.reduce(0) { $0 + $1.counts.submitted } == total.submitted)
                #expect(breakdown.groups.reduce(0) { $0 + $1.counts.invited } == total.invited)
            }
            let submittedResponses = Self.view(records).submitted.count
            #expect(total.submitted + counts.unregisteredSubmissions == submittedResponses)
        }
    }
}

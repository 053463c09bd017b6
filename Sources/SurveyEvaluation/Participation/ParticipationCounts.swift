import SurveyModel
import SurveyStore

/// Who was invited, who started and who submitted: overall and by each participant field.
///
/// One computation for the office's overview and the report's response-rate
/// table, so the two never disagree. The rate counts only submissions of
/// registered participants against the registered participants, so it cannot
/// exceed 100 %; submissions that no registered participant made (a public
/// survey, test data, a participant removed from the list) are counted apart.
public struct ParticipationCounts: Sendable, Hashable {
    /// The counts of one set of participants.
    public struct Counts: Sendable, Hashable {
        /// Registered participants.
        public var invited = 0
        /// Participants with a draft and no current submission.
        public var started = 0
        /// Participants with a current (not withdrawn) submission.
        public var submitted = 0

        /// Submitted per invited, from 0 to 1; nil without invitations.
        public var rate: Double? {
            invited > 0 ? Double(submitted) / Double(invited) : nil
        }
    }

    /// One value of a participant field (`Grundschule`) and its counts.
    public struct Group: Sendable, Hashable {
        /// The stored value (`gs`); empty for participants without a listed value.
        public let value: String
        public let label: String
        public var counts = Counts()
    }

    /// The groups of one participant field, in the order of its options.
    public struct Breakdown: Sendable, Hashable {
        /// The field id (`schulart`).
        public let id: String
        public let label: String
        public var groups: [Group]
    }

    /// Every registered participant.
    public private(set) var total = Counts()
    /// Current submissions made by no registered participant; not part of any rate.
    public private(set) var unregisteredSubmissions = 0
    /// One breakdown per participant field with listed options (a free-text field would name single schools).
    public private(set) var breakdowns: [Breakdown]

    /// Counts `participants` (id and field values) against the current `view` of the log.
    ///
    /// - Parameter language: The language of field and option labels.
    public init(
        survey: Survey, participants: [(id: String, fields: [String: String])], view: ResponseView, language: String
    ) {
        let fields = survey.participantFields.filter { !$0.options.isEmpty }
        let noValue = language == "en" ? "not given" : "ohne Angabe"
        breakdowns = fields.map { field in
            Breakdown(
                id: field.id, label: field.label.text(in: language),
                groups: field.options.map { Group(value: $0.value, label: $0.label.text(in: language)) }
                    + [Group(value: "", label: noValue)])
        }
        var registered = Set<String>()
        for participant in participants where registered.insert(participant.id).inserted {
            let response = view.responseByParticipant[participant.id]
            let submitted = response.map { view.submitted[$0] != nil } ?? false
            let started = !submitted && (response.map { view.drafts[$0] != nil } ?? false)
            func count(_ counts: inout Counts) {
                counts.invited += 1
                if submitted { counts.submitted += 1 }
                if started { counts.started += 1 }
            }
            count(&total)
            for index in breakdowns.indices {
                let value = participant.fields[breakdowns[index].id] ?? ""
                let groups = breakdowns[index].groups
                let position = groups.firstIndex { $0.value == value } ?? groups.count - 1
                count(&breakdowns[index].groups[position].counts)
            }
        }
        // Only a group that has participants is worth a row; the listed options stay even when empty.
        for index in breakdowns.indices where breakdowns[index].groups.last?.counts.invited == 0 {
            breakdowns[index].groups.removeLast()
        }
        unregisteredSubmissions = view.submitted.values.count { record in
            record.participantID.map { !registered.contains($0) } ?? true
        }
    }
}

import Foundation
import StrictJSON

/// The survey's own settings, its report settings and its participant fields.
extension DefinitionDiff.ChangeCollector {
    mutating func compareSettings() {
        text(.title, old.title, new.title, .survey, page: nil)
        text(.description, old.description, new.description, .survey, page: nil)
        text(.privacy, old.privacy, new.privacy, .survey, page: nil)
        setting(.languages, .list(old.languages), .list(new.languages), .survey, page: nil)
        setting(.access, .access(old.access), .access(new.access), .survey, page: nil)
        setting(.anonymous, .bool(old.anonymous), .bool(new.anonymous), .survey, page: nil)
        setting(
            .publicQuestionnaire, .bool(old.publicQuestionnaire), .bool(new.publicQuestionnaire), .survey, page: nil)
        moment(.opens, old.opens, new.opens)
        moment(.closes, old.closes, new.closes)
        setting(
            .timeZone, .verbatim(old.timeZone.identifier), .verbatim(new.timeZone.identifier), .survey, page: nil)
        compareReportSettings()
        compareMail()
    }

    /// A moment compares as an instant; it is shown in each version's own time zone.
    private mutating func moment(_ setting: DefinitionChange.Setting, _ before: Date?, _ after: Date?) {
        guard before != after else { return }
        add(
            .survey, page: nil,
            .setting(
                setting, old: before.map { .instant($0, old.timeZone) }, new: after.map { .instant($0, new.timeZone) }))
    }

    private mutating func compareReportSettings() {
        setting(
            .minGroupSize, old.report["minGroupSize"]?.int.map { .number(Double($0)) },
            new.report["minGroupSize"]?.int.map { .number(Double($0)) }, .survey, page: nil)
        let before = old.reportSettings
        let after = new.reportSettings
        text(.reportIntro, before.intro, after.intro, .survey, page: nil)
        setting(
            .reportExcluded, Self.idList(before.excluded), Self.idList(after.excluded), .survey, page: nil)
        setting(
            .reportIncluded, Self.idList(before.included), Self.idList(after.included), .survey, page: nil)
        for index in 0..<max(before.sections.count, after.sections.count) {
            func section(_ sections: [ReportSection]) -> DefinitionChange.Value? {
                guard sections.indices.contains(index) else { return nil }
                return .section(title: sections[index].title, questions: sections[index].questions)
            }
            setting(.reportSection(index + 1), section(before.sections), section(after.sections), .survey, page: nil)
        }
    }

    /// A set of question ids in a stable order; nil when empty, as if the key were absent.
    private static func idList(_ ids: Set<String>) -> DefinitionChange.Value? {
        ids.isEmpty ? nil : .list(ids.sorted())
    }

    mutating func compareParticipantFields() {
        let before = Dictionary(old.participantFields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let remaining = Set(new.participantFields.map(\.id))
        for field in new.participantFields {
            let subject = DefinitionChange.Subject.participantField(field.id)
            guard let previous = before[field.id] else {
                add(subject, page: nil, .participantFieldAdded(label: field.label))
                continue
            }
            text(.label, previous.label, field.label, subject, page: nil)
            compareOptions(.options, previous.options, field.options, subject, page: nil)
        }
        for field in old.participantFields where !remaining.contains(field.id) {
            add(.participantField(field.id), page: nil, .participantFieldRemoved(label: field.label))
        }
    }
}

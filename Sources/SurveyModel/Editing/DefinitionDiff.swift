/// The semantic differences between two versions of a survey definition, in the reading order of
/// the new version.
///
/// Pages and questions are matched by id, options by value, so layout, key order and other
/// formatting never show as a change. A question whose id changed cannot be told from a new one:
/// it shows as removed and added (the added one names the removed question of the same type and
/// title). The designer's history page and `survey diff` show the same list.
public struct DefinitionDiff: Sendable {
    public let changes: [DefinitionChange]
    /// Page titles for headings: the new version's, and the old one's for pages it removed.
    let pageTitles: [String: LocalizedText]

    /// Compares `old` with `new`.
    public init(old: Survey, new: Survey) {
        var collector = ChangeCollector(old: old, new: new)
        collector.compareSettings()
        collector.compareParticipantFields()
        collector.comparePages()
        changes = collector.changes
        pageTitles = Dictionary(
            (new.pages + old.pages).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the two versions mean the same survey.
    public var isEmpty: Bool { changes.isEmpty }

    /// Stored option values of questions that now have another value: answers that held the old
    /// value would no longer match, so the designer refuses this for options that have answers.
    public var changedOptionValues: [OptionValueChange] {
        changes.compactMap { change in
            guard case .question(let question) = change.subject,
                case .optionValueChanged(let list, _, let old, let new, _) = change.kind
            else { return nil }
            return OptionValueChange(question: question, list: list, old: old, new: new)
        }
    }

    /// Stored option values of remaining questions that no longer exist, the "other" choice
    /// included: answers that hold them would be orphaned.
    public var removedOptionValues: [OptionValueChange] {
        changes.compactMap { change in
            guard case .question(let question) = change.subject else { return nil }
            switch change.kind {
            case .optionRemoved(let list, let value, _):
                return OptionValueChange(question: question, list: list, old: value, new: nil)
            case .textPresence(.otherLabel, .some, nil):
                return OptionValueChange(question: question, list: .options, old: Question.otherValue, new: nil)
            default:
                return nil
            }
        }
    }
}

/// A stored option value that changed or went away.
public struct OptionValueChange: Sendable, Hashable {
    public let question: String
    public let list: DefinitionChange.OptionList
    public let old: String
    /// The value that replaces it; nil when the option was removed.
    public let new: String?
}

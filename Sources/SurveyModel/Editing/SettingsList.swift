/// A list among the survey's settings whose entries the designer adds one at a time: the participant
/// fields, the options of one of them, the report's sections.
public enum SettingsList: Sendable, Hashable {
    case participantFields
    /// The options of participant field `field` (an index into `participantFields`).
    case fieldOptions(Int)
    case reportSections

    /// The list's place in the definition.
    public var path: DefinitionPath {
        switch self {
        case .participantFields: DefinitionPath.root.appending("participantFields")
        case .fieldOptions(let field):
            DefinitionPath.root.appending("participantFields").appending(field).appending("options")
        case .reportSections: DefinitionPath.root.appending("report").appending("sections")
        }
    }

    /// The list at `path`; nil for any other path.
    public init?(path: DefinitionPath) {
        let steps = path.components
        if steps == [.key("participantFields")] {
            self = .participantFields
        } else if steps == [.key("report"), .key("sections")] {
            self = .reportSections
        } else if steps.count == 3, steps[0] == .key("participantFields"), case .index(let field) = steps[1],
            steps[2] == .key("options")
        {
            self = .fieldOptions(field)
        } else {
            return nil
        }
    }
}

/// The kinds of definition parts that have an id or value of their own, named in messages about them.
enum DefinitionPart {
    case page, question, participantField, option, row

    /// The kind's name in messages ("question", "Frage").
    var name: DiagnosticMessage {
        switch self {
        case .page: DiagnosticMessage(.kindPage)
        case .question: DiagnosticMessage(.kindQuestion)
        case .participantField: DiagnosticMessage(.kindParticipantField)
        case .option: DiagnosticMessage(.kindOption)
        case .row: DiagnosticMessage(.kindRow)
        }
    }
}

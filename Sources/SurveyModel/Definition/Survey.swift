import Foundation
import StrictJSON

/// A fully checked survey definition, as loaded from `surveys/<id>.json`.
///
/// Obtain one through ``Survey/load(path:)``; a definition with errors never
/// becomes a `Survey`.
public struct Survey: Sendable {
    /// The identifier, equal to the file name without `.json`.
    public let id: String
    public let title: LocalizedText
    public let description: LocalizedText?
    /// A privacy notice shown on the welcome page.
    public let privacy: LocalizedText?
    /// The language codes the survey is offered in; the first is the default.
    public let languages: [String]
    public let access: AccessMode
    /// Whether responses are kept apart from who gave them.
    public let anonymous: Bool
    /// Whether anyone may see the blank, printable questionnaire.
    ///
    /// Defaults to whether the survey is public: the questions of a token survey
    /// are shown only to its participants unless the definition says otherwise.
    public let publicQuestionnaire: Bool
    /// The first instant answers are accepted, if limited.
    public let opens: Date?
    /// The first instant answers are no longer accepted, if limited.
    ///
    /// A date-only `closes` value means the end of that day.
    public let closes: Date?
    /// The time zone in which date-only and local `opens`/`closes` values are read.
    public let timeZone: TimeZone
    public let participantFields: [ParticipantField]
    public let pages: [Page]
    /// Evaluation settings, reserved for the evaluation; always an object.
    public let report: JSON
    /// How reports present the survey: introduction, left-out questions, sections.
    public let reportSettings: ReportSettings
    /// The letters of invitations and reminders (`mail`); empty when the definition has none.
    public let mail: MailTemplates
    /// The types of every question and participant field, for checking further expressions.
    public let expressionSchema: ExpressionSchema

    /// Creates a survey from checked parts; the loader is the usual way to get one.
    package init(
        id: String, title: LocalizedText, description: LocalizedText?, privacy: LocalizedText?,
        languages: [String], access: AccessMode, anonymous: Bool, publicQuestionnaire: Bool, opens: Date?,
        closes: Date?,
        timeZone: TimeZone, participantFields: [ParticipantField], pages: [Page], report: JSON,
        reportSettings: ReportSettings = ReportSettings(), mail: MailTemplates = MailTemplates()
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.privacy = privacy
        self.languages = languages
        self.access = access
        self.anonymous = anonymous
        self.publicQuestionnaire = publicQuestionnaire
        self.opens = opens
        self.closes = closes
        self.timeZone = timeZone
        self.participantFields = participantFields
        self.pages = pages
        self.report = report
        self.reportSettings = reportSettings
        var mail = mail
        mail.surveyCloses = closes != nil
        self.mail = mail
        self.expressionSchema = Survey.schema(pages: pages, participantFields: participantFields)
        let questions = pages.flatMap(\.questions)
        var index: [String: Int] = [:]
        for (position, question) in questions.enumerated() {
            index[question.id] = position
        }
        self.questions = questions
        questionIndex = index
    }

    /// Every question in form order.
    public let questions: [Question]
    private let questionIndex: [String: Int]

    /// The default language.
    public var defaultLanguage: String { languages.first ?? "de" }

    /// The question with `id`, if any.
    public func question(_ id: String) -> Question? {
        guard let position = questionIndex[id], questions.indices.contains(position) else { return nil }
        return questions[position]
    }

    /// The position of a question in form order, if it exists.
    public func position(ofQuestion id: String) -> Int? { questionIndex[id] }

    /// The participant field with `id`, if any.
    public func participantField(_ id: String) -> ParticipantField? {
        participantFields.first { $0.id == id }
    }

    /// Whether answers are accepted at `instant`.
    public func isOpen(at instant: Date) -> Bool {
        if let opens, instant < opens { return false }
        if let closes, instant >= closes { return false }
        return true
    }

    package static func schema(pages: [Page], participantFields: [ParticipantField]) -> ExpressionSchema {
        var questions: [String: ExpressionType] = [:]
        for question in pages.flatMap(\.questions) {
            if let type = question.expressionType { questions[question.id] = type }
        }
        var fields: [String: ExpressionType] = [:]
        for field in participantFields {
            fields[field.id] = field.options.isEmpty ? .text : .choice(options: field.options.map(\.value))
        }
        return ExpressionSchema(questions: questions, participantFields: fields)
    }
}

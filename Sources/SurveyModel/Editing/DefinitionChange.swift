import Foundation

/// One semantic difference between two versions of a survey definition, such as an option
/// relabelled or a question moved to another page.
///
/// Changes carry typed values, not words: the same change is shown on the command line and on the
/// designer's history page, in German or English (see `text(_:)`).
public struct DefinitionChange: Sendable, Hashable {
    /// What a change is about.
    public enum Subject: Sendable, Hashable {
        /// The survey's own settings.
        case survey
        case participantField(String)
        case page(String)
        case question(String)
    }

    /// A list of options inside a question or participant field.
    public enum OptionList: Sendable, Hashable {
        /// The choices of a choice or ranking question, or the values of a participant field.
        case options
        /// The rows of a matrix.
        case rows
        /// The choices every matrix row offers, when it has options rather than a scale.
        case columns
    }

    /// A setting that holds one value.
    public enum Setting: Sendable, Hashable {
        case languages, access, anonymous, publicQuestionnaire, opens, closes, timeZone
        case minGroupSize, reportExcluded, reportIncluded
        /// The n-th section (from 1) of the report.
        case reportSection(Int)
        case visibleIf, required, personal, report
        case min, max, integer, maxLength, multiline, pattern, format, display
        case minSelected, maxSelected, rankCount, scaleFrom, scaleTo, matrixCells
    }

    /// A text readers see, compared language by language.
    public enum TextField: Sendable, Hashable {
        case title, label, description, privacy, reportIntro, help, noteText, unit, patternMessage
        case otherLabel, trueLabel, falseLabel, notApplicable
        /// The label of one point of a scale.
        case scaleLabel(Int)
        /// The label of an option, row or column with this value.
        case optionLabel(OptionList, String)
        /// The message of the validation rule with this expression.
        case ruleMessage(String)
    }

    /// A value before or after a change, kept typed so that it is written in the reader's language.
    public enum Value: Sendable, Hashable {
        case number(Double)
        case bool(Bool)
        /// An identifier, pattern or other value shown exactly as written.
        case verbatim(String)
        /// Identifiers or codes in order.
        case list([String])
        /// A condition's source text.
        case expression(String)
        case date(CalendarDate)
        /// A moment, shown in the survey's time zone.
        case instant(Date, TimeZone)
        case questionType(QuestionType)
        case access(AccessMode)
        case display(ChoiceDisplay)
        case format(TextFormat)
        /// Whether a matrix is answered on a scale (true) or with options (false).
        case matrixOnScale(Bool)
        /// Whether a question must be answered: always, or while a condition holds.
        case requirement(Requirement)
        /// A section of the report: its heading and its questions.
        case section(title: LocalizedText?, questions: [String])
    }

    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// A setting was set, changed or removed (nil stands for absent).
        case setting(Setting, old: Value?, new: Value?)
        /// A text changed in one language (nil for a text that reads the same in every language).
        case text(TextField, language: String?, old: String, new: String)
        /// A text was added or removed as a whole.
        case textPresence(TextField, old: LocalizedText?, new: LocalizedText?)
        case participantFieldAdded(label: LocalizedText)
        case participantFieldRemoved(label: LocalizedText)
        /// A page was added at `position` (from 1).
        case pageAdded(position: Int, title: LocalizedText)
        case pageRemoved(title: LocalizedText)
        /// A page moved among the pages both versions have (positions from 1).
        case pageMoved(from: Int, to: Int)
        /// A question was added; `sameTitleAs` names a removed question with the same type and title,
        /// whose id was probably changed.
        case questionAdded(position: Int, type: QuestionType, title: LocalizedText?, sameTitleAs: String?)
        case questionRemoved(fromPage: String, title: LocalizedText?)
        /// A question moved to another page, or to another place among the questions both versions have.
        case questionMoved(fromPage: String, fromPosition: Int, toPage: String, toPosition: Int)
        case typeChanged(old: QuestionType, new: QuestionType)
        case optionAdded(OptionList, value: String, label: LocalizedText)
        case optionRemoved(OptionList, value: String, label: LocalizedText)
        /// The stored value at `position` (from 1) changed while its label stayed.
        case optionValueChanged(OptionList, position: Int, old: String, new: String, label: LocalizedText)
        /// The options both versions have stand in another order.
        case optionsReordered(OptionList, old: [String], new: [String])
        case optionExclusive(value: String, old: Bool, new: Bool)
        case ruleAdded(expression: String)
        case ruleRemoved(expression: String)
        /// The rule at `position` (from 1) checks another expression.
        case ruleChanged(position: Int, old: String, new: String)
        /// A mail template, or one part of it in one language (nil for a plain string), was added,
        /// removed or changed; the letters are too long to quote, so only the fact is shown.
        case mailTemplate(MailTemplateKind, part: MailTemplatePart?, language: String?, MailTemplateEdit)
    }

    /// A part of a mail template.
    public enum MailTemplatePart: Sendable, Hashable, CaseIterable {
        case subject, text, html
    }

    /// What happened to a mail template or one of its parts.
    public enum MailTemplateEdit: Sendable, Hashable {
        case added, removed, changed
    }

    public let subject: Subject
    /// The page the change is listed under: the question's or page's page in the new version,
    /// or in the old one for what was removed; nil for survey settings and participant fields.
    public let page: String?
    public let kind: Kind

    public init(_ subject: Subject, page: String?, _ kind: Kind) {
        self.subject = subject
        self.page = page
        self.kind = kind
    }
}

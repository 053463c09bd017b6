import Markup
import Synchronization

/// The markup of form pages that is the same for every respondent, kept as templates with holes for what
/// is not: the frame of a page (layout, progress, title, navigation) and each question without errors.
///
/// Every key starts with the survey's id and the SHA-256 of its definition file, so an edited definition
/// can never be served the markup of an earlier one, and holds everything else the markup depends on (the
/// language, the page's position and count, the addresses in it). The store is bounded: when either kind
/// reaches ``capacity`` entries it is emptied and filled again from the pages requested next, which keeps
/// memory fixed whatever addresses or definitions come and go.
final class FormTemplates: Sendable {
    /// Entries per kind; far above what the shipped surveys need (a frame per page, position and language,
    /// two templates per question and language).
    static let capacity = 2_048

    /// What a page's frame depends on besides the definition.
    struct FrameKey: Hashable, Sendable {
        let language: String
        let pageID: String
        let position: Int
        let pageCount: Int?
        let isLast: Bool
        let action: String
        let visibilityURL: String?
        /// Code, name and address of each language link.
        let links: [String]
    }

    /// What a question's markup depends on besides the definition and the answer.
    struct QuestionKey: Hashable, Sendable {
        let language: String
        let questionID: String
        let conditional: Bool
    }

    /// A question's markup with its answer holes; hole *n* of the template is `holes[n]`.
    struct QuestionTemplate: Sendable {
        let template: HTMLTemplate
        let holes: [AnswerHole]
    }

    fileprivate struct Definition: Hashable, Sendable {
        let surveyID: String
        let version: String
    }

    fileprivate struct State {
        var frames: [Key<FrameKey>: HTMLTemplate] = [:]
        var questions: [Key<QuestionKey>: QuestionTemplate] = [:]
    }

    fileprivate struct Key<Part: Hashable & Sendable>: Hashable, Sendable {
        let definition: Definition
        let part: Part
    }

    private let state = Mutex(State())

    init() {}

    /// The templates of one definition of one survey.
    func definition(surveyID: String, version: String) -> Versioned {
        Versioned(templates: self, definition: Definition(surveyID: surveyID, version: version))
    }

    /// How many templates are kept (tests).
    var count: Int { state.withLock { $0.frames.count + $0.questions.count } }

    /// The templates of one definition; ``FormPage`` takes this to render from the cache.
    struct Versioned: Sendable {
        let templates: FormTemplates
        fileprivate let definition: Definition

        /// The frame for `key`, made by `make` when it is not kept yet.
        func frame(_ key: FrameKey, make: () -> HTMLTemplate) -> HTMLTemplate {
            templates.lookUp(Key(definition: definition, part: key), in: \.frames, make: make)
        }

        /// The question template for `key`, made by `make` when it is not kept yet.
        func question(_ key: QuestionKey, make: () -> QuestionTemplate) -> QuestionTemplate {
            templates.lookUp(Key(definition: definition, part: key), in: \.questions, make: make)
        }
    }

    /// Looks `key` up; a template is made outside the lock, so two requests may both make it once.
    fileprivate func lookUp<Part, Value: Sendable>(
        _ key: Key<Part>, in store: WritableKeyPath<State, [Key<Part>: Value]>, make: () -> Value
    ) -> Value {
        if let kept = state.withLock({ $0[keyPath: store][key] }) { return kept }
        let made = make()
        state.withLock { state in
            if state[keyPath: store].count >= Self.capacity { state[keyPath: store].removeAll() }
            state[keyPath: store][key] = made
        }
        return made
    }
}

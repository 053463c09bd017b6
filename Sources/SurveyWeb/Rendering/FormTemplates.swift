import Markup
import Synchronization

/// The markup of form pages that is the same for every respondent, kept as templates with holes for what
/// is not: the frame of a page (layout, progress, title, navigation) and each of its questions as it looks
/// without errors, one lookup per page.
///
/// Every key starts with the survey's id and the SHA-256 of its definition file, so an edited definition
/// can never be served the markup of an earlier one, and holds everything else the markup depends on (the
/// language, the page's position and count, the addresses in it). The store is bounded: when it reaches
/// ``capacity`` pages it is emptied and filled again from the pages requested next, which keeps memory
/// fixed whatever addresses or definitions come and go.
final class FormTemplates: Sendable {
    /// Pages kept; far above what the shipped surveys need (one per page, position, page count and language).
    static let capacity = 1_024

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

    /// A question's markup with its answer holes; hole *n* of the template is `holes[n]`.
    struct QuestionTemplate: Sendable {
        let template: HTMLTemplate
        let holes: [AnswerHole]
    }

    /// A page's frame and, in page order, each question shown plainly and with its condition in words.
    struct PageTemplate: Sendable {
        let frame: HTMLTemplate
        let questions: [(shown: QuestionTemplate, conditional: QuestionTemplate)]
    }

    fileprivate struct Definition: Hashable, Sendable {
        let surveyID: String
        let version: String
    }

    fileprivate struct Key: Hashable, Sendable {
        let definition: Definition
        let frame: FrameKey
    }

    private let pages = Mutex([Key: PageTemplate]())

    init() {}

    /// The templates of one definition of one survey.
    func definition(surveyID: String, version: String) -> Versioned {
        Versioned(templates: self, definition: Definition(surveyID: surveyID, version: version))
    }

    /// How many templates are kept (tests).
    var count: Int { pages.withLock { $0.count } }

    /// The templates of one definition; ``FormPage`` takes this to render from the cache.
    struct Versioned: Sendable {
        let templates: FormTemplates
        fileprivate let definition: Definition

        /// The page for `key`, made by `make` when it is not kept yet.
        func page(_ key: FrameKey, make: () -> PageTemplate) -> PageTemplate {
            templates.lookUp(Key(definition: definition, frame: key), make: make)
        }
    }

    /// Looks `key` up; a page is made outside the lock, so two requests may both make it once.
    fileprivate func lookUp(_ key: Key, make: () -> PageTemplate) -> PageTemplate {
        if let kept = pages.withLock({ $0[key] }) { return kept }
        let made = make()
        pages.withLock { pages in
            if pages.count >= Self.capacity { pages.removeAll() }
            pages[key] = made
        }
        return made
    }
}

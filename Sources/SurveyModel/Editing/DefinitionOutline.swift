import StrictJSON

/// The parts of a definition's JSON that edits navigate by: languages, pages, questions and the
/// ids in use, read leniently, since the definition being edited need not load yet.
struct DefinitionOutline {
    let definition: JSON

    static let pages = DefinitionPath.root.appending("pages")

    /// The survey's languages; `["de"]` when the key is missing or broken, as the loader assumes.
    var languages: [String] {
        let codes = definition["languages"]?.elements?.compactMap(\.string) ?? []
        return codes.isEmpty ? ["de"] : codes
    }

    /// The pages, each an element of `pages`.
    func pages() throws(DefinitionEditError) -> [JSON] {
        guard let pages = definition.value(at: Self.pages) else { return [] }
        guard let elements = pages.elements else { throw .unexpectedShape(at: Self.pages) }
        return elements
    }

    /// The questions of page `page`, which must exist.
    func questions(onPage page: Int) throws(DefinitionEditError) -> [JSON] {
        let path = Self.pages.appending(page)
        guard let value = definition.value(at: path) else { throw .noValue(at: path) }
        guard let questions = value["questions"] else { return [] }
        guard let elements = questions.elements else { throw .unexpectedShape(at: path.appending("questions")) }
        return elements
    }

    /// The question at `address`, which must exist and be an object.
    func question(_ address: QuestionAddress) throws(DefinitionEditError) -> [JSONField] {
        guard let value = definition.value(at: address.path) else { throw .noValue(at: address.path) }
        guard let fields = value.fields else { throw .unexpectedShape(at: address.path) }
        return fields
    }

    /// The declared type of the question at `address`.
    func type(of address: QuestionAddress) throws(DefinitionEditError) -> QuestionType {
        let fields = try question(address)
        guard let name = fields.first(where: { $0.key == "type" })?.value.string,
            let type = QuestionType(rawValue: name)
        else { throw .unexpectedShape(at: address.path.appending("type")) }
        return type
    }

    /// Every id of a page, question or participant field; fresh ids differ from all of them, so an
    /// export column, a condition and a page anchor never share a name by accident.
    var idsInUse: Set<String> {
        pageIDs.union(questionIDs).union(
            definition["participantFields"]?.elements?.compactMap { $0["id"]?.string } ?? [])
    }

    var pageIDs: Set<String> {
        Set((definition["pages"]?.elements ?? []).compactMap { $0["id"]?.string })
    }

    var questionIDs: Set<String> {
        Set(
            (definition["pages"]?.elements ?? []).flatMap { $0["questions"]?.elements ?? [] }.compactMap {
                $0["id"]?.string
            })
    }

    /// Checks an id a person chose for a page or question against the loader's rules: a name, no
    /// word of the expression language, unique among its own kind. (A question may share its id
    /// with a participant field, as `schulart` asked of schools that are invited with their type.)
    func checkChosenID(_ id: String, among taken: Set<String>) throws(DefinitionEditError) {
        guard Identifier.isName(id), !Identifier.reserved.contains(id.lowercased()) else {
            throw .notAnIdentifier(id)
        }
        guard !taken.contains(id) else { throw .idTaken(id) }
    }

    /// `prefix_n` with the smallest n from `start` on that no page, question or field uses.
    func freshID(prefix: String, startingAt start: Int) -> String {
        let used = idsInUse
        var number = max(start, 1)
        while used.contains("\(prefix)_\(number)") { number += 1 }
        return "\(prefix)_\(number)"
    }

    /// The number of questions on all pages, for numbering new ones.
    var questionCount: Int {
        (definition["pages"]?.elements ?? []).reduce(0) { $0 + ($1["questions"]?.elements?.count ?? 0) }
    }
}

/// The place of one question: its page and its position on that page, both counted from 0.
public struct QuestionAddress: Sendable, Hashable {
    public var page: Int
    public var index: Int

    public init(page: Int, index: Int) {
        self.page = page
        self.index = index
    }

    /// `pages[page].questions[index]`.
    public var path: DefinitionPath {
        DefinitionOutline.pages.appending(page).appending("questions").appending(index)
    }
}

/// A list of choices of one question: its `options`, or the `rows` of a matrix.
public enum ChoiceList: Sendable, Hashable {
    case options(QuestionAddress)
    case rows(QuestionAddress)

    /// The question the list belongs to.
    public var question: QuestionAddress {
        switch self {
        case .options(let address), .rows(let address): address
        }
    }

    /// The path of the list itself.
    public var path: DefinitionPath {
        switch self {
        case .options(let address): address.path.appending("options")
        case .rows(let address): address.path.appending("rows")
        }
    }
}

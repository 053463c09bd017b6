import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import TestSupport
import Testing

@testable import SurveyWeb

/// Any sequence of designer forms either shows an error or writes a definition that loads, in the
/// canonical layout, with one kept version per save; a refused or stale form changes nothing.
@Suite struct DesignerPropertyTests {
    /// Where a random sequence starts: the shipped further-training survey, or a blank one.
    enum Start: String, CaseIterable, Sendable {
        case shipped, blank
    }

    @Test(arguments: Start.allCases)
    func randomDesignerFormsSaveLoadableCanonicalFilesOrChangeNothing(start: Start) async throws {
        var bench = try await DesignerBench(start: start)
        var random = SeededGenerator(seed: start == .shipped ? 15 : 1015)
        var saves = 0
        var versions: [String] = []
        for step in 0..<150 {
            let before = try bench.files.current(id: bench.id)
            versions.append(before.version)
            let definition = JSON(try JSONDocument(parsing: before.bytes).root)
            var forms = RandomDesignerForm(definition: definition)
            let stale = versions.count > 1 && Int.random(in: 0..<10, using: &random) == 0
            let version = stale ? versions[Int.random(in: 0..<(versions.count - 1), using: &random)] : before.version
            let fields = [("version", version)] + forms.fields(using: &random)
            let response = await bench.post(fields)
            let after = try bench.files.current(id: bench.id)
            let context = "step \(step): \(fields.map { "\($0.0)=\($0.1.prefix(60))" })"
            switch response.status {
            case .seeOther: saves += 1
            case .unprocessableContent, .conflict:
                #expect(after.bytes == before.bytes, "a refused form changed the file, \(context)")
            default:
                Issue.record("answered \(response.status.code), \(context)")
            }
            if stale && version != before.version { #expect(response.status == .conflict, "\(context)") }
            #expect(Survey.load(bytes: after.bytes, file: bench.id + ".json").survey != nil, "\(context)")
            let written = JSON(try JSONDocument(parsing: after.bytes).root)
            #expect(CanonicalDefinition.write(written).bytes == after.bytes, "not canonical, \(context)")
        }
        #expect(saves > 10, "too few saves to say much: \(saves)")
        #expect(saves < 140, "too few refusals to say much: \(saves)")
        let kept = try bench.files.versions(of: bench.id)
        #expect(kept.count == saves + 1)
        #expect(kept.first?.version == (try bench.files.current(id: bench.id).version))
    }
}

/// A site with one definition to edit and an office browser that posts designer forms to its overview.
struct DesignerBench {
    let site: TestSite
    let files: DefinitionFiles
    let id: String
    var office: TestBrowser
    let csrf: String

    init(start: DesignerPropertyTests.Start, mode: TestMode = .router) async throws {
        site = try TestSite(mode: mode)
        files = DefinitionFiles(folder: site.surveys)
        switch start {
        case .shipped:
            id = "fortbildung-feedback"
            try FileManager.default.copyItem(
                atPath: Fixtures.packageRoot.appendingPathComponent("surveys/\(id).json").path,
                toPath: site.surveys + "/\(id).json")
        case .blank:
            id = "leer"
            try files.create(
                id: id, json: DefinitionTemplate.blank(id: id, title: "Leer", languages: ["de", "en"]), author: "test")
        }
        site.application.reloadSurveys()
        office = try await site.office()
        let page = await office.get("/admin/designer/\(id)")
        csrf = try #require(TestBrowser.hiddenFields(named: ["_csrf"], in: page.text).first?.1)
    }

    var address: String { "/admin/designer/\(id)" }

    /// Posts a designer form to the overview, with the anti-forgery token.
    mutating func post(_ fields: [(String, String)]) async -> HTTPResponse {
        await office.post(address, [("_csrf", csrf)] + fields)
    }
}

/// A random designer form for a definition: a structural button, changed fields at paths of the
/// definition (and some beside it), or both, with plausible and implausible values.
struct RandomDesignerForm {
    let definition: JSON

    init(definition: JSON) { self.definition = definition }

    private var pages: [JSON] { definition["pages"]?.elements ?? [] }

    private func questionCount(_ page: Int) -> Int {
        pages.indices.contains(page) ? pages[page]["questions"]?.elements?.count ?? 0 : 0
    }

    mutating func fields(using random: inout SeededGenerator) -> [(String, String)] {
        var fields: [(String, String)] = []
        let choice = Int.random(in: 0..<10, using: &random)
        if choice < 6 {
            for _ in 0..<Int.random(in: 1...3, using: &random) { fields.append(field(using: &random)) }
        }
        if choice >= 4 {
            if Int.random(in: 0..<25, using: &random) == 0 {
                fields.append(("action", "explode 1"))
            } else if let value = DesignerAction.value(of: edit(using: &random)) {
                if value.contains("@type") { fields.append(("type", pick(Self.types, &random))) }
                fields.append(("action", value))
            }
        }
        return fields
    }

    // MARK: Structural edits

    private static let types = QuestionType.allCases.map(\.rawValue) + ["essay", ""]
    private static let ids = ["neu", "frage_2", "q1", "2fach", "mit leer", "äpfel", "a-b", "", "x".repeated(300)]

    private func edit(using random: inout SeededGenerator) -> DefinitionEdit {
        let page = index(below: pages.count, &random)
        let question = QuestionAddress(page: page, index: index(below: questionCount(page), &random))
        let list: ChoiceList = Bool.random(using: &random) ? .options(question) : .rows(question)
        let choice = index(below: 5, &random)
        let on = Bool.random(using: &random)
        let edits: [DefinitionEdit] = [
            .addPage, .renamePage(page, id: pick(Self.ids, &random)),
            .movePage(page, to: index(below: pages.count, &random)), .deletePage(page),
            .addQuestion(QuestionType.allCases.randomElement(using: &random)!, page: page),
            .renameQuestion(question, id: pick(Self.ids, &random)), .duplicateQuestion(question),
            .moveQuestion(question, to: index(below: questionCount(page), &random)),
            .moveQuestionToPage(question, page: index(below: pages.count, &random)), .deleteQuestion(question),
            .changeType(question, to: QuestionType.allCases.randomElement(using: &random)!), .addChoice(list),
            .removeChoice(list, choice), .moveChoice(list, choice, to: index(below: 5, &random)),
            .setChoiceValue(list, choice, pick(Self.ids, &random)), .setOther(question, on),
            .setNotApplicable(question, on), .addLanguage(pick(["en", "fr", "de", "klingonisch"], &random)),
            .removeLanguage(pick(["en", "fr", "de"], &random)),
        ]
        // Adding questions and pages more often than deleting them keeps the definition worth editing.
        if Int.random(in: 0..<4, using: &random) == 0 {
            return .addQuestion(QuestionType.allCases.randomElement(using: &random)!, page: page)
        }
        return edits.randomElement(using: &random)!
    }

    /// Mostly a valid index, sometimes one past the end or far outside.
    private func index(below count: Int, _ random: inout SeededGenerator) -> Int {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: -1
        case 1: count
        case 2: 999
        default: count > 0 ? Int.random(in: 0..<count, using: &random) : 0
        }
    }

    // MARK: Fields

    private func field(using random: inout SeededGenerator) -> (String, String) {
        var places = Self.leaves(of: definition, at: .root)
        let page = index(below: pages.count, &random)
        let question = QuestionAddress(page: page, index: index(below: questionCount(page), &random)).path
        places += ["visibleIf", "requiredIf", "min", "max", "help.de", "id", "title.en"].map {
            "\(question).\($0)"
        }
        places += ["opens", "closes", "report.minGroupSize", "privacy.de", "pages[\(page)].visibleIf"]
        let place = pick(places, &random)
        return (place, value(using: &random))
    }

    /// The paths of every string, number and switch in `json`: the names the designer's fields carry.
    private static func leaves(of json: JSON, at path: DefinitionPath) -> [String] {
        switch json {
        case .object(let fields): fields.flatMap { leaves(of: $0.value, at: path.appending($0.key)) }
        case .array(let items): items.indices.flatMap { leaves(of: items[$0], at: path.appending($0)) }
        case .null: []
        default: path == .root ? [] : [path.description]
        }
    }

    private func value(using random: inout SeededGenerator) -> String {
        let values = [
            "Wie zufrieden waren Sie?", "Fortbildung „Digitale Medien“ 2026", "", " ", "12", "1.000,5", "-3", "1e400",
            "zehn", "true", "false", "frage_1", "2 Frage!", "answer(q1) == 'a'", "antwort(q1 == 'a'",
            "answer(q1) = 3 &&", "answer(qeins) > 2", "((((", "\"", "<script>alert(1)</script>", "a & b < c",
            "\u{202E}rechts nach links", "👩‍👩‍👧 Familie", "e\u{301}\u{301}\u{301}", "\u{FEFF}", "Zeile 1\r\nZeile 2",
            "2026-13-45", "2026-09-01T08:00:00+02:00", "Europe/Berlin", "x".repeated(20_000),
        ]
        return pick(values, &random)
    }

    private func pick<T>(_ items: [T], _ random: inout SeededGenerator) -> T {
        items[Int.random(in: 0..<items.count, using: &random)]
    }
}

extension String {
    fileprivate func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}

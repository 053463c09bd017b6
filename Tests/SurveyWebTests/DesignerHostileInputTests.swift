import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// Input meant to break the designer: each is refused with a message at its field (or saved when it is
/// merely large), never answered with a crash, and never leaves a file that does not load.
@Suite struct DesignerHostileInputTests {
    private static let question = "pages[0].questions[0]"

    /// Posts `fields` on the shipped survey's current version and checks the answer and the file.
    private func post(
        _ fields: [(String, String)], expect statuses: Set<Int>, mode: TestMode = .router,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> (HTTPResponse, DesignerBench) {
        var bench = try await DesignerBench(start: .shipped, mode: mode)
        let before = try bench.files.current(id: bench.id)
        let response = await bench.post([("version", before.version)] + fields)
        #expect(
            statuses.contains(response.status.code), "answered \(response.status.code)", sourceLocation: sourceLocation)
        let after = try bench.files.current(id: bench.id)
        if response.status != .seeOther { #expect(after.bytes == before.bytes, sourceLocation: sourceLocation) }
        #expect(Survey.load(bytes: after.bytes, file: bench.id + ".json").survey != nil, sourceLocation: sourceLocation)
        return (response, bench)
    }

    /// The messages the pipeline puts at `path` for `fields`, as an editing page shows them beside the field.
    private func messages(at path: String, for fields: [(String, String)], in bench: DesignerBench) throws -> [String] {
        let version = try bench.files.current(id: bench.id).version
        let form = URLEncodedForm(fields: [("version", version)] + fields.map { (name: $0.0, value: $0.1) })
        let outcome = try DesignerChange(files: bench.files, ui: .de).perform(id: bench.id, form: form, author: "test")
        guard case .rejected(let document) = outcome else { return [] }
        return document.messages(at: try #require(DefinitionPath(parsing: path)))
    }

    @Test func anExpressionNested10000DeepIsRefusedAtItsField() async throws {
        let deep =
            String(repeating: "(", count: 10_000) + "answer(workshop) == 'a'" + String(repeating: ")", count: 10_000)
        let field = "\(Self.question).visibleIf"
        let (response, bench) = try await post([(field, deep)], expect: [422])
        #expect(response.text.contains("verschachtelt"))
        #expect(!(try messages(at: field, for: [(field, deep)], in: bench)).isEmpty)
    }

    @Test func aSurveyWithFiveThousandOptionsIsEditedAndStaysCanonical() async throws {
        var bench = try await DesignerBench(start: .shipped)
        let stored = try bench.files.current(id: bench.id)
        var definition = JSON(try JSONDocument(parsing: stored.bytes).root)
        let options = JSON.array(
            (0..<5_000).map { index in ["value": .string("w\(index)"), "label": ["de": .string("Wahl \(index)")]] })
        let list = try #require(DefinitionPath(parsing: "\(Self.question).options"))
        definition = try DefinitionEdit.set(list, options).apply(to: definition)
        let version = try bench.files.save(
            id: bench.id, json: definition, expectedVersion: stored.version, author: "test")
        let response = await bench.post([
            ("version", version), ("\(Self.question).options[4999].label.de", "Die letzte Wahl"),
        ])
        #expect(response.status == .seeOther)
        let after = try bench.files.current(id: bench.id).bytes
        #expect(Survey.load(bytes: after, file: bench.id + ".json").survey?.questions.first?.options.count == 5_000)
        #expect(CanonicalDefinition.write(JSON(try JSONDocument(parsing: after).root)).bytes == after)
    }

    @Test func optionsPostedBeyondTheListAreRefusedAtTheirField() async throws {
        var fields: [(String, String)] = []
        for index in 0..<5_000 {
            fields.append(("\(Self.question).options[\(index)].value", "w\(index)"))
            fields.append(("\(Self.question).options[\(index)].label.de", "Wahl \(index)"))
        }
        let (response, _) = try await post(fields, expect: [422])
        #expect(response.text.contains("kein Wert"))
    }

    @Test func aMegabyteOfTextIsTakenWithinTheBodyLimitAndThreeAreRefusedWith413() async throws {
        let megabyte = String(repeating: "Ä", count: 1 << 19) // 1 MiB as UTF-8, 3 MiB percent-encoded
        let ascii = String(repeating: "a", count: 1 << 20)
        _ = try await post([("\(Self.question).help.de", ascii)], expect: [303, 422])
        // Only the server's parser enforces the route's body limit, so this one goes over a socket.
        _ = try await post([("\(Self.question).help.de", megabyte)], expect: [413], mode: .live)
    }

    @Test func aDuplicateIdIsRefusedAtTheQuestion() async throws {
        let field = "pages[0].questions[1].id"
        let (response, bench) = try await post([(field, "workshop")], expect: [422])
        #expect(response.text.contains("workshop"))
        #expect(!(try messages(at: field, for: [(field, "workshop")], in: bench)).isEmpty)
    }

    @Test func anIdThatIsNoIdentifierIsRefusedAtItsField() async throws {
        for id in ["2 Frage!", "", "frage.eins", "<b>"] {
            let field = "\(Self.question).id"
            let (_, bench) = try await post([(field, id)], expect: [422])
            #expect(!(try messages(at: field, for: [(field, id)], in: bench)).isEmpty, "\(id)")
        }
    }
}

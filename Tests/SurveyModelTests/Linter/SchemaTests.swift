import Foundation
import StrictJSON
import TestSupport
import Testing

@testable import SurveyModel

/// `docs/survey.schema.json` lists exactly the keys the loader accepts, and the examples validate against it.
struct SchemaTests {
    static let schemaPath = RepositoryPaths.path("docs/survey.schema.json")

    static func schema() throws -> JSONValue {
        let bytes = try #require(FileManager.default.contents(atPath: schemaPath))
        return try JSONDocument(parsing: [UInt8](bytes)).root
    }

    /// The keys of `properties` of the schema object at `path` below the root.
    static func keys(_ path: [String]) throws -> Set<String> {
        var value = try schema()
        for step in path {
            value = try #require(value[step], "schema has no \(path.joined(separator: "/"))")
        }
        let properties = try #require(value["properties"]?.members)
        return Set(properties.map(\.key))
    }

    static let fixedTables: [(path: [String], keys: [String])] = [
        ([], DefinitionKeys.survey),
        (["$defs", "page"], DefinitionKeys.page),
        (["$defs", "participantField"], DefinitionKeys.participantField),
        (["$defs", "option"], DefinitionKeys.option.filter { $0 != "exclusive" }),
        (["$defs", "multipleOption"], DefinitionKeys.option),
        (["$defs", "row"], DefinitionKeys.row),
        (["$defs", "scale"], DefinitionKeys.scale),
        (["$defs", "other"], DefinitionKeys.other),
        (["$defs", "notApplicable"], DefinitionKeys.notApplicable),
        (["$defs", "booleanLabels"], DefinitionKeys.booleanLabels),
        (["$defs", "rule"], DefinitionKeys.rule),
        (["properties", "report"], DefinitionKeys.report),
        (["$defs", "reportSection"], DefinitionKeys.reportSection),
        (["properties", "mail"], DefinitionKeys.mail),
        (["$defs", "mailTemplate"], DefinitionKeys.mailTemplate),
    ]
    static let questionTables: [(path: [String], keys: [String])] = QuestionType.allCases.map { type in
        (["$defs", "\(type.rawValue)Question"], DefinitionKeys.question(type))
    }
    static let tables = fixedTables + questionTables

    @Test(arguments: tables.indices)
    func schemaListsTheLoadersKeys(index: Int) throws {
        let table = Self.tables[index]
        #expect(try Self.keys(table.path) == Set(table.keys), "at \(table.path.joined(separator: "/"))")
    }

    @Test func questionTypesMatch() throws {
        let schema = try Self.schema()
        let declared = try #require(schema["$defs"]?["question"]?["properties"]?["type"]?["enum"]?.elements)
        #expect(declared.compactMap(\.string) == QuestionType.allCases.map(\.rawValue))
        for type in QuestionType.allCases {
            let constant = schema["$defs"]?["\(type.rawValue)Question"]?["properties"]?["type"]?["const"]?.string
            #expect(constant == type.rawValue)
        }
    }

    @Test func enumerationsMatch() throws {
        let schema = try Self.schema()
        func values(_ value: JSONValue?) -> [String] { value?["enum"]?.elements?.compactMap(\.string) ?? [] }
        #expect(values(schema["properties"]?["access"]) == AccessMode.allCases.map(\.rawValue))
        #expect(
            values(schema["$defs"]?["singleQuestion"]?["properties"]?["display"])
                == ChoiceDisplay.allCases.map(\.rawValue))
        #expect(
            values(schema["$defs"]?["textQuestion"]?["properties"]?["format"]) == TextFormat.allCases.map(\.rawValue))
    }

    /// Every object with named properties is closed, except the question dispatcher,
    /// whose branches are closed.
    @Test func objectsAreClosed() throws {
        var open: [String] = []
        func walk(_ value: JSONValue, _ path: String) {
            if let members = value.members {
                if value["properties"] != nil, value["additionalProperties"]?.bool != false {
                    open.append(path)
                }
                for member in members { walk(member.value, "\(path)/\(member.key)") }
            } else if let elements = value.elements {
                for (index, element) in elements.enumerated() { walk(element, "\(path)/\(index)") }
            }
        }
        walk(try Self.schema(), "")
        #expect(open.sorted() == ["/$defs/question"])
    }

    /// Needs python3 with the `jsonschema` package.
    @Test(.requires(.jsonSchemaValidator), arguments: ["digitale-bildung", "fortbildung-feedback"])
    func exampleValidatesAgainstSchema(id: String) throws {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.validate(json.load(open(sys.argv[2])), schema, cls=jsonschema.Draft202012Validator)
            """
        let arguments = ["-c", script, Self.schemaPath, RepositoryPaths.path("surveys/\(id).json")]
        guard let outcome = try ExternalTool.jsonSchemaValidator.run(arguments) else { return }
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    /// The schema is not toothless: definitions the loader refuses for their keys fail it too.
    @Test(
        .requires(.jsonSchemaValidator),
        arguments: [
            "unknown-key", "key-of-other-type", "wrong-type-required", "missing-key-pages", "unknown-type",
            "matrix-scale-and-options", "matrix-without-cells", "not-applicable-with-options",
            "required-and-required-if", "pattern-message-without-pattern", "note-with-required",
        ])
    func schemaRejectsABrokenDefinition(fixture: String) throws {
        let script = """
            import json, sys, jsonschema
            document = json.load(open(sys.argv[2]))
            sys.exit(0 if jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).is_valid(document) else 3)
            """
        let path = RepositoryPaths.path("Tests/SurveyModelTests/Fixtures/invalid/\(fixture).json")
        guard let outcome = try ExternalTool.jsonSchemaValidator.run(["-c", script, Self.schemaPath, path]) else {
            return
        }
        #expect(outcome.status == 3, "\(outcome.output)")
    }
}

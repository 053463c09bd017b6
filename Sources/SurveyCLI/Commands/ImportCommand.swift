import ArgumentParsing
import CSVCodec
import CryptoPrimitives
import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// `survey import <survey> <file.csv>`: adds responses collected elsewhere, all or none.
enum ImportCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "import",
            abstract:
                "Import responses from a CSV file in the export's shape; nothing is imported unless every row is valid.",
            discussion: """
                The file has the columns of `survey export` (codes or labels; ',' or ';' between fields; a decimal \
                comma is accepted); columns may be left out. The apostrophe the export puts in front of text that \
                looks like a formula is removed again. Each row is checked against the definition like a \
                submitted form, and every problem is reported with its row and column. Only when all rows are valid \
                are they appended as submissions. Importing the same file again writes nothing new.
                """,
            arguments: [SurveyDefinition.argument.spec, file.spec],
            options: [responses.spec]),
        run: run)

    static let file = CommandArgument<String>("file", help: "The CSV file to import.")
    static let responses = SurveyReference.responses

    /// Problems printed before the rest are only counted.
    static let shownProblems = 50

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        func fail(_ message: String, _ code: ExitCode) -> ExitCode {
            console.printError("survey import: error: \(message)")
            return code
        }
        let definition: SurveyDefinition
        do {
            definition = try SurveyDefinition(arguments[SurveyDefinition.argument])
        } catch {
            return fail(error.message, error.exitCode)
        }
        let survey = definition.survey
        let file = arguments[Self.file]
        guard let data = FileManager.default.contents(atPath: file) else { return fail("cannot read \(file)", .usage) }
        let bytes = [UInt8](data)
        let table: CSVTable
        do {
            table = try CSVReader.read(bytes)
        } catch {
            for problem in error.errors.prefix(shownProblems) { console.printError("\(file): \(problem.description)") }
            return .failure
        }
        // An import reads every column an export can have, personal ones included.
        let layout = ExportLayout(survey: survey, language: survey.defaultLanguage, includesPersonal: true)
        var problems: [ImportProblem] = []
        var positions: [String: Int] = [:]
        let known = Set(ExportLayout.fixedColumns + layout.columns.map(\.name))
        for (position, name) in table.header.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces)
            if known.contains(name) {
                positions[name] = position
            } else {
                problems.append(
                    ImportProblem(
                        row: 0, column: name,
                        message: "no such column; the columns are those of `survey export \(survey.id)`"))
            }
        }
        let today = survey.today()
        var rows: [(answers: Answers, response: String?, participant: String?)] = []
        for (index, row) in table.rows.enumerated() {
            let number = index + 1
            let (answers, cellProblems) = layout.answers(row.fields, positions: positions, row: number)
            problems += cellProblems
            func field(_ name: String) -> String? {
                guard let position = positions[name], row.fields.indices.contains(position),
                    !row.fields[position].isEmpty
                else { return nil }
                return row.fields[position]
            }
            if cellProblems.isEmpty {
                for issue in survey.validate(answers, participant: [:], today: today) {
                    problems.append(
                        ImportProblem(row: number, column: issue.questionID, message: issue.message(in: "en")))
                }
            }
            rows.append((answers, field("response"), field("participant")))
        }
        guard problems.isEmpty else {
            for problem in problems.prefix(shownProblems) { console.printError("\(file): \(problem)") }
            if problems.count > shownProblems {
                console.printError("… and \(problems.count - shownProblems) more problems")
            }
            console.printError(
                "survey import: nothing imported: \(problems.count) problem(s) in \(table.rows.count) row(s)")
            return .failure
        }
        let fileHash = Hex.encode(SHA256.hash(bytes))
        let version = DefinitionVersion.of(definition.bytes)
        let requests = rows.enumerated().map { index, row in
            AppendRequest(
                .submit(answers: row.answers.json(in: survey)),
                responseID: row.response ?? "import-\(fileHash.prefix(12))-\(index + 1)", definitionVersion: version,
                participantID: row.participant, idempotencyKey: "import-\(fileHash.prefix(24))-\(index + 1)",
                timeResolution: survey.storedTimeResolution)
        }
        do {
            let log = try ResponseLog(
                directory: SurveyFolder(responsesRoot: arguments[responses], surveyID: survey.id).path)
            var written = 0
            for result in log.appendBatch(requests) {
                switch result {
                case .success(let appended): if !appended.replayed { written += 1 }
                case .failure(let error): return fail(error.description, .failure)
                }
            }
            console.print(
                "imported \(written) of \(requests.count) responses (\(requests.count - written) already imported)")
            return .success
        } catch {
            return fail(error.description, .failure)
        }
    }
}

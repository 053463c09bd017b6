import ArgumentParsing
import Foundation
import StrictJSON
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// `survey evaluate <survey> [--filter …] [--by …] [--format json|text]`: the evaluation of a survey's responses.
enum EvaluateCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "evaluate",
            abstract: "Evaluate a survey's submitted responses: counts, percentages, statistics, breakdowns.",
            discussion: """
                Evaluates the current responses of <responses>/<survey id>/log.jsonl (latest revision of each \
                response, voided responses and drafts left out) from the columnar file columns.bin beside it, which \
                is built from the log when missing, caught up when the log has grown, and rebuilt when stale or \
                damaged (docs/columnar-file.md), and prints every question with its three bases (submitted, shown, \
                answered), frequencies and statistics. Groups and cells with fewer responses than the survey's \
                report.minGroupSize (default 5) are shown as — (null in JSON), and so are the cells that would \
                reveal them. The JSON shape is documented in docs/evaluation-json.md.
                """,
            arguments: [SurveyDefinition.argument.spec],
            options: [format.spec, language.spec] + selectionOptions),
        run: run)

    static let format = CommandOption<String?>(
        "format", value: "format", allowed: ["text", "json"], help: "Output format (default: text).")
    static let language = CommandOption<String?>(
        "lang", value: "language", allowed: ["de", "en"], help: "Language of labels (default: the survey's first).")

    static let filter = CommandOption<String?>(
        "filter", value: "expression", help: "Count only responses for which this holds, e.g. \"schulart == 'gs'\".")
    static let by = CommandOption<String?>(
        "by", value: "id", help: "Break every question down by a single-choice question or a participant field.")
    static let texts = CommandOption<Bool>("texts", help: "List free-text answers (they can identify a respondent).")
    static let log = CommandOption<String?>(
        "log", value: "file", help: "Read this log file instead of the survey's own.")
    static let test = CommandOption<Bool>(
        "test", help: "Read the survey's test data (written by `survey generate --test`) instead of the real responses."
    )
    static let responses = SurveyReference.responses

    /// What to evaluate: the options `evaluate` and `report` share.
    static let selectionOptions = [filter.spec, by.spec, texts.spec, log.spec, test.spec, responses.spec]

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        switch Input.load(arguments, command: "evaluate", language: language, console: console) {
        case .failure(let code): return code
        case .success(let input):
            if arguments[format] == "json" {
                var bytes: [UInt8] = []
                input.result.json.write(to: &bytes)
                console.write(data: String(decoding: bytes, as: UTF8.self) + "\n")
            } else {
                console.print(input.result.text(language: input.language), terminator: "")
            }
            return .success
        }
    }

    /// What `evaluate` and `report` share: the survey, its log and the evaluation asked for.
    struct Input {
        let survey: Survey
        let language: OutputLanguage
        let result: EvaluationResult
        /// The registered participants' ids and field values.
        let participants: [(id: String, fields: [String: String])]
        /// The log that was evaluated.
        let logPath: String

        enum Outcome {
            case success(Input)
            case failure(ExitCode)
        }

        /// Loads the survey named by the `survey` argument and evaluates its log with `--filter`, `--by`, `--lang`.
        ///
        /// Problems are printed as `survey <command>: error: …`; big logs report progress on standard error.
        ///
        /// - Parameters:
        ///   - languageOption: The command's `--lang`, whose help differs between the commands.
        ///   - survey: The survey file or id; the `survey` argument when nil.
        ///   - by: Whether to apply `--by` (a compared wave is evaluated without breakdown).
        static func load(
            _ arguments: ParsedArguments, command: String, language languageOption: CommandOption<String?>,
            console: Console,
            survey named: String? = nil, by: Bool = true
        ) -> Outcome {
            func fail(_ message: String, _ code: ExitCode) -> Outcome {
                console.printError("survey \(command): error: \(message)")
                return .failure(code)
            }
            if arguments[test], arguments[log] != nil {
                return fail("--test and --log both name the responses to read; give one of them", .usage)
            }
            let definition: SurveyDefinition
            do {
                definition = try SurveyDefinition(named ?? arguments[SurveyDefinition.argument])
            } catch {
                return fail(error.message, error.exitCode)
            }
            let survey = definition.survey
            let languageCode = arguments[languageOption] ?? survey.defaultLanguage
            let evaluator: SurveyEvaluator
            do {
                evaluator = try SurveyEvaluator(
                    survey: survey, language: languageCode, filter: arguments[filter],
                    by: by ? arguments[EvaluateCommand.by] : nil,
                    today: Input.today())
            } catch {
                return fail(error.description, .usage)
            }
            let surveyFolder = SurveyFolder(responsesRoot: arguments[responses], surveyID: survey.id)
            // Test data is a store folder of its own, with its own participants.
            let folder = arguments[test] ? surveyFolder.testData : surveyFolder
            // --log names the main survey's log, not a compared wave's.
            let givenLog = named == nil ? arguments[EvaluateCommand.log] : nil
            let log = givenLog ?? folder.log
            // The survey's own log keeps its columns beside it; a log named on the command line is read afresh.
            let columns = ColumnStore(
                logPath: log,
                columnsPath: givenLog == nil && FileManager.default.fileExists(atPath: log)
                    ? folder.columns : nil,
                definitionVersion: DefinitionVersion.of(definition.bytes),
                workers: ProcessInfo.processInfo.activeProcessorCount)
            // Participant fields (the school's type, its region) for filters and breakdowns.
            var participants: [String: [String: String]] = [:]
            var registered: [(id: String, fields: [String: String])] = []
            if folder.hasParticipants {
                do {
                    for participant in try ParticipantRegistry(directory: folder.path).all() {
                        participants[participant.id] = participant.fields
                        registered.append((participant.id, participant.fields))
                    }
                } catch {
                    return fail(error.description, .failure)
                }
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: log)
            let size = attributes?[.size] as? Int ?? 0
            var progress: (@Sendable (Int) -> Void)?
            if size > 256 << 20 {
                progress = { read in
                    let percent = min(100, read * 100 / max(size, 1))
                    console.printError("survey \(command): \(percent) % of \(size >> 20) MB read")
                }
            }
            do {
                let (result, scan) = try evaluator.evaluate(
                    columns: columns, participants: participants, includeTexts: arguments[texts], progress: progress,
                    notice: { console.printError("survey \(command): note: \($0)") })
                if !scan.badLines.isEmpty {
                    let lines = scan.badLines.prefix(5).map(String.init).joined(separator: ", ")
                    console.printError(
                        "survey \(command): warning: \(scan.badLines.count) unreadable line(s) in \(log) skipped (line \(lines)\(scan.badLines.count > 5 ? ", …" : ""))"
                    )
                }
                let language = OutputLanguage(code: languageCode)
                // Test data says so in its title, on every page and copy made from it.
                let marked = arguments[test] && named == nil ? result.markedAsTestData(language: language) : result
                return .success(
                    Input(
                        survey: survey, language: language, result: marked,
                        participants: registered, logPath: log))
            } catch {
                return fail("cannot read \(log): \(String(cString: strerror(error.code)))", .failure)
            }
        }

        /// Today in the survey office's calendar, for `today()` in filters and conditions.
        static func today() -> ExpressionValue {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .current
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return .date(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
        }
    }
}

import ArgumentParsing
import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// `survey report <survey> --out <dir> [--filter …] [--by …] [--lang de|en]`: the printable committee report.
enum ReportCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "report",
            abstract: "Write the committee report: a self-contained index.html and every chart as an SVG file.",
            discussion: """
                Evaluates the survey's responses like `survey evaluate` and writes <dir>/index.html (inline SVG \
                charts, each followed by its data table, print layout for A4 with a title page and a methods \
                note) and <dir>/<question id>.svg for slides. Small groups and cells are suppressed as in the \
                evaluation. The survey's report settings give the introduction, the sections and the questions \
                left out; personal-data and free-text questions are left out unless the settings include free \
                text (docs/survey-format.md). The filter and breakdown are described in words on the title page \
                and under every chart.
                """,
            arguments: [SurveyDefinition.argument.spec],
            options: [out.spec, language.spec, compare.spec] + EvaluateCommand.selectionOptions),
        run: run)

    static let out = CommandOption<String?>(
        "out", short: "o", value: "dir", help: "The folder to write (required; created if missing).")
    static let language = CommandOption<String?>(
        "lang", value: "language", allowed: ["de", "en"], help: "Language of the report (default: de).")
    static let compare = CommandOption<String?>(
        "compare", value: "survey", help: "Compare with an earlier wave: questions with the same id and options.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let folder = arguments[out] else {
            console.printError(
                "survey report: error: --out needs the folder to write the report to, e.g. --out bericht")
            return .usage
        }
        switch EvaluateCommand.Input.load(arguments, command: "report", language: Self.language, console: console) {
        case .failure(let code): return code
        case .success(let input):
            let language = input.language
            var comparison: EvaluationResult?
            if let earlier = arguments[compare] {
                switch EvaluateCommand.Input.load(
                    arguments, command: "report", language: Self.language, console: console, survey: earlier, by: false)
                {
                case .failure(let code): return code
                case .success(let wave): comparison = wave.result
                }
            }
            var document = ReportDocument(
                result: input.result, language: language,
                presentation: ReportPresentation(survey: input.survey, language: language, filter: input.result.filter),
                date: today(english: language.isEnglish),
                comparison: comparison)
            do {
                document.participation = try participation(of: input)
            } catch {
                // The evaluation skips damaged lines with a warning; the rates are left out rather than guessed.
                console.printError("survey report: warning: no response-rate table: \(error.description)")
            }
            do {
                try PrivateFiles.createFolder(folder)
                try PrivateFiles.write(Array(document.html.utf8), to: folder + "/index.html")
                let charts = document.charts
                for chart in charts {
                    try PrivateFiles.write(Array(chart.svg.utf8), to: folder + "/" + chart.name)
                }
                console.print("wrote \(folder)/index.html and \(charts.count) charts")
                return .success
            } catch {
                console.printError(
                    "survey report: error: cannot write \(error.path): \(String(cString: strerror(error.code)))")
                return .failure
            }
        }
    }

    /// Invited, started and submitted participants for the response-rate table, from the log just evaluated.
    ///
    /// The log is read only when participants are registered: the columns the evaluation read keep neither
    /// participant ids nor drafts ("started"), and without invitations the table is not written at all,
    /// so a public survey's report skips a pass over the whole log (docs/columnar-file.md).
    private static func participation(of input: EvaluateCommand.Input) throws(StoreError) -> ParticipationCounts {
        let view =
            !input.participants.isEmpty && FileManager.default.fileExists(atPath: input.logPath)
            ? try ResponseView.read(logPath: input.logPath, keepAnswers: false) : ResponseView()
        return ParticipationCounts(
            survey: input.survey, participants: input.participants, view: view, language: input.language.code)
    }

    private static func today(english: Bool) -> String {
        guard case .date(let year, let month, let day) = EvaluateCommand.Input.today() else { return "" }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return english ? "\(year)-\(two(month))-\(two(day))" : "\(two(day)).\(two(month)).\(year)"
    }
}

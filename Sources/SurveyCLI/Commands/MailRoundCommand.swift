import ArgumentParsing
import Foundation
import InternetMessage
import MailTransport
import SurveyMail
import SurveyModel

/// Runs `survey mail invite` and `survey mail remind`: settings, plan, dry run or round, summary.
enum MailRoundCommand {
    static func run(_ kind: MailTemplateKind, _ arguments: ParsedArguments, console: Console) -> ExitCode {
        let language =
            (arguments[ValidateCommand.lang].map(DiagnosticLanguage.init(locale:))
            ?? DiagnosticLanguage(environment: console.environment)).rawValue
        let reference = SurveyReference(arguments)
        guard let survey = reference.loadSurvey(console: console) else { return .failure }
        let settingsFile = arguments[MailCommand.mailSettings]
        var settings: MailSettings
        let transport: any MailTransport
        do throws(MailSettingsError) {
            settings = try MailSettings.load(path: settingsFile)
            transport = try settings.makeTransport(settingsFile: settingsFile)
        } catch {
            console.printError("survey: error: " + error.message(language: language))
            return .failure
        }
        if let perMinute = arguments[MailCommand.perMinute] { settings.perMinute = perMinute }
        let round = MailRound(survey: survey, folder: reference.folder, settings: settings, transport: transport)
        let request = MailRoundRequest(
            kind: kind, notStarted: kind == .reminder && arguments[MailCommand.notStarted],
            again: kind == .reminder && arguments[MailCommand.again],
            resendUncertain: arguments[MailCommand.resendUncertain], limit: arguments[MailCommand.limit])
        let output = MailRoundOutput(console: console, language: language)
        let plan: MailRoundPlan
        do {
            plan = try round.plan(request)
        } catch {
            console.printError("survey: error: " + error.message(language: language))
            return .failure
        }
        if arguments[MailCommand.dryRun] {
            output.dryRun(plan)
            let invalid = plan.skipped.filter { $0.reason.category == .invalidAddress }
            guard invalid.isEmpty else {
                console.printError(
                    "survey: error: " + MailRoundError.invalidAddresses(invalid).message(language: language))
                return .failure
            }
            return .success
        }
        let summary: MailRoundSummary
        do {
            summary = try round.send(plan) { output.progress($0) }
        } catch {
            console.printError("survey: error: " + error.message(language: language))
            return .failure
        }
        output.summary(summary)
        return summary.failed.isEmpty && summary.uncertain.isEmpty && summary.stoppedBy == nil ? .success : .failure
    }
}

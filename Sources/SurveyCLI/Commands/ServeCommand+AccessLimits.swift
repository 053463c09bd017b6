import ArgumentParsing
import Foundation
import SurveyStore
import SurveyWeb

/// The options of `survey serve` that set how long access lasts, how many failures are tolerated
/// and how much anonymous respondents may begin and store.
extension ServeCommand {
    static let accessLimitOptions = [
        OptionSpec(
            "failed-attempts", .value(name: "count"),
            help: "Wrong access codes or office passwords per minute, per client address and per target, "
                + "before further failures get 429 (default: 10). A correct one always passes."),
        OptionSpec(
            "grant-margin", .value(name: "days"),
            help: "Days a respondent's session lasts after the survey closes (default: 14)."),
        OptionSpec(
            "grant-lifetime", .value(name: "days"),
            help: "Days a respondent's session lasts for a survey without a closing date (default: 120)."),
        OptionSpec(
            "office-idle", .value(name: "hours"),
            help: "Hours an office session lasts without a request (default: 8)."),
        OptionSpec(
            "office-session", .value(name: "hours"),
            help: "Hours an office session lasts after signing in, however busy (default: 12)."),
        OptionSpec(
            "new-responses-per-address", .value(name: "count"),
            help: "New responses a public survey begins per client address and clock hour (default: 30)."),
        OptionSpec(
            "new-responses-per-survey", .value(name: "count"),
            help: "New responses a public survey begins per clock hour from all addresses (default: 1000)."),
        OptionSpec(
            "draft-megabytes-per-day", .value(name: "count"),
            help: "Megabytes of draft answers a survey stores per day (UTC) before further drafts wait for "
                + "the next day; submissions are never refused for it (default: 64)."),
        OptionSpec(
            "draft-retention", .value(name: "days"),
            help: "Drafts older than this are not loaded when the server starts; they stay in the log (default: 90)."),
    ]

    /// Applies the access limit options to `configuration`; false (after an error message) for a bad value.
    static func applyAccessLimits(
        _ arguments: ParsedArguments, to configuration: inout WebApplication.Configuration, console: Console
    ) -> Bool {
        func number(_ option: String, unit: TimeInterval, into value: inout TimeInterval) -> Bool {
            guard let text = arguments.value(option) else { return true }
            guard let count = Int(text), (1...100_000).contains(count) else {
                console.printError("survey: error: --\(option) must be a whole number from 1 to 100000")
                return false
            }
            value = TimeInterval(count) * unit
            return true
        }
        var attempts = TimeInterval(configuration.failedAttemptsPerMinute)
        var perAddress = TimeInterval(configuration.newResponsesPerAddressPerHour)
        var perSurvey = TimeInterval(configuration.newResponsesPerSurveyPerHour)
        var draftBytes = TimeInterval(configuration.logOptions.draftBudget.answerBytesPerDay)
        var retention = TimeInterval(configuration.logOptions.draftRetentionDays ?? 0)
        let valid =
            number("failed-attempts", unit: 1, into: &attempts)
            && number("grant-margin", unit: 86_400, into: &configuration.grantLifetime.afterClosing)
            && number("grant-lifetime", unit: 86_400, into: &configuration.grantLifetime.withoutClosingDate)
            && number("office-idle", unit: 3600, into: &configuration.officeSessions.idle)
            && number("office-session", unit: 3600, into: &configuration.officeSessions.absolute)
            && number("new-responses-per-address", unit: 1, into: &perAddress)
            && number("new-responses-per-survey", unit: 1, into: &perSurvey)
            && number("draft-megabytes-per-day", unit: 1_048_576, into: &draftBytes)
            && number("draft-retention", unit: 1, into: &retention)
        configuration.failedAttemptsPerMinute = Int(attempts)
        configuration.newResponsesPerAddressPerHour = Int(perAddress)
        configuration.newResponsesPerSurveyPerHour = Int(perSurvey)
        configuration.logOptions.draftBudget.answerBytesPerDay = Int(draftBytes)
        if arguments.value("draft-retention") != nil { configuration.logOptions.draftRetentionDays = Int(retention) }
        return valid
    }
}

import ArgumentParsing
import Foundation
import SurveyStore
import SurveyWeb

/// The options of `survey serve` that set how long access lasts, how many failures are tolerated
/// and how much anonymous respondents may begin and store.
extension ServeCommand {
    static let failedAttempts = limit(
        "failed-attempts", "count",
        help: "Wrong access codes per minute, per client address and per code prefix, before further failures "
            + "get 429 (default: 10); a correct code always passes. Office sign-ins back off exponentially instead.")
    static let grantMargin = limit(
        "grant-margin", "days", help: "Days a respondent's session lasts after the survey closes (default: 14).")
    static let grantLifetime = limit(
        "grant-lifetime", "days",
        help: "Days a respondent's session lasts for a survey without a closing date (default: 120).")
    static let officeIdle = limit(
        "office-idle", "minutes", help: "Minutes an office session lasts without a request (default: 30).")
    static let officeSession = limit(
        "office-session", "hours", help: "Hours an office session lasts after signing in, however busy (default: 8).")
    static let newResponsesPerAddress = limit(
        "new-responses-per-address", "count",
        help: "New responses a public survey begins per client address and clock hour (default: 30).")
    static let newResponsesPerSurvey = limit(
        "new-responses-per-survey", "count",
        help: "New responses a public survey begins per clock hour from all addresses (default: 1000).")
    static let draftMegabytesPerDay = limit(
        "draft-megabytes-per-day", "megabytes",
        help: "Megabytes of draft answers a survey stores per day (UTC) before further drafts wait for "
            + "the next day; submissions are never refused for it (default: 64).")
    static let draftMegabytesPerClient = limit(
        "draft-megabytes-per-client", "megabytes",
        help: "Megabytes of draft answers the public respondents behind one client address may store per survey "
            + "and day (UTC); invited schools are not counted (default: 8).")
    static let draftRetention = limit(
        "draft-retention", "days",
        help: "Drafts older than this are not loaded when the server starts; they stay in the log (default: 90).")

    static let accessLimitOptions = [
        failedAttempts.spec, grantMargin.spec, grantLifetime.spec, officeIdle.spec, officeSession.spec,
        newResponsesPerAddress.spec, newResponsesPerSurvey.spec, draftMegabytesPerDay.spec,
        draftMegabytesPerClient.spec,
        draftRetention.spec,
    ]

    /// A limit option: a whole number from 1 to 100000, which the parser checks.
    private static func limit(_ name: String, _ valueName: String, help: String) -> CommandOption<Int?> {
        CommandOption(name, value: valueName, in: 1...100_000, help: help)
    }

    /// Applies the access limit options to `configuration`.
    static func applyAccessLimits(_ arguments: ParsedArguments, to configuration: inout WebApplication.Configuration) {
        func seconds(_ option: CommandOption<Int?>, unit: TimeInterval, into value: inout TimeInterval) {
            if let count = arguments[option] { value = TimeInterval(count) * unit }
        }
        seconds(grantMargin, unit: 86_400, into: &configuration.grantLifetime.afterClosing)
        seconds(grantLifetime, unit: 86_400, into: &configuration.grantLifetime.withoutClosingDate)
        seconds(officeIdle, unit: 60, into: &configuration.officeSessions.idle)
        seconds(officeSession, unit: 3600, into: &configuration.officeSessions.absolute)
        if let count = arguments[failedAttempts] { configuration.failedAttemptsPerMinute = count }
        if let count = arguments[newResponsesPerAddress] { configuration.newResponsesPerAddressPerHour = count }
        if let count = arguments[newResponsesPerSurvey] { configuration.newResponsesPerSurveyPerHour = count }
        if let megabytes = arguments[draftMegabytesPerDay] {
            configuration.logOptions.draftBudget.answerBytesPerDay = megabytes << 20
        }
        if let megabytes = arguments[draftMegabytesPerClient] {
            configuration.draftBytesPerClientPerDay = megabytes << 20
        }
        if let days = arguments[draftRetention] { configuration.logOptions.draftRetentionDays = days }
    }
}

import Dispatch
import Foundation
import HTTPServer
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The whole web application: respondents' forms, access, assets and the office area, as one router.
public final class WebApplication: Sendable {
    /// Where the application finds its surveys and keeps its data.
    public struct Configuration: Sendable {
        public var surveysFolder: String
        public var responsesFolder: String
        /// The current time; tests move it.
        public var now: @Sendable () -> Date = { Date() }
        /// Options of every response log (tests inject failing disks); their
        /// clock also stamps the participants' times (invited, first opened).
        public var logOptions = ResponseLog.Options()
        /// Failed attempts at an access code per minute, counted per client (an IPv4 address or an IPv6 /64)
        /// and per code prefix. Beyond it, failures are answered 429; a correct code is always accepted.
        /// Office sign-ins back off exponentially instead (see `SignInThrottle`).
        public var failedAttemptsPerMinute = 10
        /// How long a respondent's grant cookie opens its survey.
        public var grantLifetime = GrantLifetime()
        /// How long an office session lasts without activity and in all.
        public var officeSessions = OfficeSessionLifetime()
        /// PBKDF2 rounds for new office passwords; weaker hashes are raised to it at sign-in.
        public var passwordIterations = PasswordHash.defaultIterations
        /// New responses a public survey begins per client (an IPv4 address or an IPv6 /64) and clock hour.
        public var newResponsesPerAddressPerHour = 30
        /// New responses a public survey begins per clock hour from all addresses together.
        public var newResponsesPerSurveyPerHour = 1_000
        /// Bytes of draft answers the public respondents behind one client (an IPv4 address or an IPv6 /64)
        /// may store per survey and UTC day: some thousand saves of a long questionnaire, and an eighth
        /// of the survey's whole daily budget (`logOptions.draftBudget`), so no single client can spend it.
        public var draftBytesPerClientPerDay = 8 << 20
        /// Where warnings for the operator go while the server runs (a survey's drafts refused for the day).
        public var warn: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        /// When each survey's `columns.bin` is caught up with its log while the application runs; nil leaves
        /// the files to the commands and the reports (tests that do not look at them).
        public var columnFiles: ColumnMaintainer.Cadence?
        /// How the office area sends invitations and reminders (`survey serve --mail-settings`); nil: not at all.
        public var mail: WebMail?
        /// The free space kept back on the responses' disk (`survey serve --disk-reserve`): below it new drafts
        /// and submissions are answered 503 "please try again later" and the office overview warns; nil: no check.
        public var diskReserve: DiskReserve?

        /// Creates a configuration for the two folders.
        public init(surveysFolder: String, responsesFolder: String) {
            self.surveysFolder = surveysFolder
            self.responsesFolder = responsesFolder
        }
    }

    /// Routes every request of the application.
    public let router: Router
    /// The invited participants of every survey.
    public let invitees: InviteeDirectory
    /// The office area's accounts, sessions and audit log.
    public let office: OfficeAccess
    let services: WebServices
    /// The live evaluations behind the office's report pages.
    let officeReports: LiveReports
    /// Keeps the surveys' columnar files current, when the configuration asks for it.
    let columnFiles: ColumnFiles?
    private let watcher = DispatchQueue(label: "survey.web.watcher")

    /// Creates the application; call ``reloadSurveys()`` to load the definitions.
    ///
    /// - Throws: ``WebError`` when the responses folder or its key file cannot be used.
    public convenience init(configuration: Configuration) throws(WebError) {
        try self.init(configuration: configuration, identities: nil)
    }

    /// Creates the application with the office's identities from `identities`; nil uses the office password.
    init(configuration: Configuration, identities: (any OfficeIdentitySource)?) throws(WebError) {
        let key = try SecretKeyFile.load(folder: configuration.responsesFolder)
        invitees = InviteeDirectory()
        let catalog = SurveyCatalog(
            surveysFolder: configuration.surveysFolder, responsesFolder: configuration.responsesFolder,
            logOptions: configuration.logOptions, warn: configuration.warn)
        // The limiters read the application's clock, so tests move one clock for everything.
        let now = configuration.now
        let seconds: @Sendable () -> Int64 = { Int64(now().timeIntervalSince1970) }
        services = WebServices(
            catalog: catalog, invitees: invitees, signer: CookieSigner(key: key),
            codeLimiter: RateLimiter(limit: configuration.failedAttemptsPerMinute, clock: seconds),
            grantLifetime: configuration.grantLifetime,
            newResponses: NewResponseBudget(
                limits: NewResponseBudget.Limits(
                    perAddress: configuration.newResponsesPerAddressPerHour,
                    perSurvey: configuration.newResponsesPerSurveyPerHour)),
            anonymousDrafts: AnonymousDraftBudget(bytesPerClientPerDay: configuration.draftBytesPerClientPerDay),
            now: now, mail: configuration.mail, diskReserve: configuration.diskReserve)
        office = OfficeAccess(
            folder: configuration.responsesFolder, lifetime: configuration.officeSessions,
            iterations: configuration.passwordIterations, now: now)
        var router = Router()
        router.errorPage = { status, _, request in
            // Bytes that never made a request carry no language choice: German, the office's own.
            let ui = request.map(LanguageChoice.ui) ?? .de
            let (heading, text): (Phrase, Phrase) =
                switch status.code {
                case 404: (.notFoundTitle, .notFound)
                // The server's own 429: a client behind a trusted proxy has too many requests in progress.
                case 429: (.busyTitle, .tooManyAttempts)
                case 400..<500: (.errorTitle, .sessionExpired)
                default: (.errorTitle, .serverError)
                }
            let page = MessagePage(
                language: ui.rawValue, ui: ui, siteTitle: heading.text(ui), heading: heading.text(ui),
                paragraphs: [text.text(ui)])
            var response = HTTPResponse(
                status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: page.render())
            SecurityHeaders.apply(to: &response)
            return response
        }
        let respondents = RespondentController(services: services)
        let columnFiles = configuration.columnFiles.map { [invitees] cadence in
            ColumnFiles(cadence: cadence, invitees: invitees, now: now, warn: configuration.warn)
        }
        self.columnFiles = columnFiles
        let reports = LiveReports(columnFiles: columnFiles)
        officeReports = reports
        let area = OfficeArea(services: services, access: office, identities: identities ?? office, reports: reports)
        // The security headers wrap everything, so even a page a middleware answers early carries them.
        router.group(middleware: [SecurityHeadersMiddleware()]) { app in
            app.publicGroup { open in
                respondents.register(on: &open)
                AccessController(services: area.services, grants: GrantCheck(services: area.services)).register(
                    on: &open)
                AssetController().register(on: &open)
                ShareLinkController(services: area.services).register(on: &open)
                open.get("/") { _ in HTTPResponse.redirect(to: "/t") }
            }
            area.register(on: &app)
        }
        self.router = router
    }

    /// Reads changed definition files and the participants of every survey; returns one line per event for the operator.
    @discardableResult
    public func reloadSurveys() -> [String] {
        let messages = services.catalog.reload() + services.refreshInvitees()
        columnFiles?.follow(services.catalog.entries)
        return messages
    }

    /// The ids of the surveys online.
    public var surveyIDs: [String] {
        services.catalog.entries.map(\.survey.id)
    }

    /// The participants of a survey online, for the command line (demo data).
    public func participants(of surveyID: String) -> ParticipantRegistry? {
        services.catalog.entry(surveyID)?.participants
    }

    /// The response log of a survey online, for the command line (demo data).
    public func responseLog(of surveyID: String) -> ResponseLog? {
        services.catalog.entry(surveyID)?.log
    }

    /// Writes what the logs accepted and releases their locks; call it after the server has stopped.
    public func close() {
        columnFiles?.close()
        for entry in services.catalog.entries { entry.log.close() }
    }

    /// Checks the definition files every `interval` and reports what changed through `report`.
    public func watchSurveys(every interval: Duration = .seconds(2), report: @escaping @Sendable ([String]) -> Void) {
        let (seconds, attoseconds) = interval.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        watcher.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
            let messages = reloadSurveys()
            if !messages.isEmpty { report(messages) }
            watchSurveys(every: interval, report: report)
        }
    }
}

import ArgumentParsing
import Foundation
import Glibc
import HTTPServer
import SurveyEvaluation
import SurveyMail
import SurveyModel
import SurveyStore
import SurveyWeb
import SyntheticResponses

/// `survey serve`: the web forms for schools and the office area.
enum ServeCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "serve",
            abstract: "Serve the survey forms and the office area over HTTP.",
            discussion: """
                Serves every valid survey in the surveys folder and stores answers in the responses folder. \
                A survey with errors is reported and not served; the others still are. Edited definitions \
                are reloaded; a broken edit keeps the last good version online. When no office account \
                exists, a one-time invitation link for a first admin is printed (an old shared office password \
                becomes the admin account "admin"). With --demo, demo schools are invited and their \
                personal links printed, and the responses go to a fresh temporary folder unless --responses is given. \
                SIGHUP reloads the survey definitions, as the office area's reload does.
                """,
            options: [
                listen.spec, host.spec, port.spec, surveys.spec, responses.spec, demo.spec, trustedProxy.spec,
                maxConnectionsPerClient.spec, mailSettings.spec, diskReserve.spec, adminListen.spec,
            ] + accessLimitOptions),
        run: run)

    static let listen = CommandOption<[String]>(
        "listen", repeated: "address",
        help: """
            Where to listen: HOST:PORT, [IPV6]:PORT or unix:/path (a socket file with mode 0660, \
            for a proxy on the same machine, whose forwarding headers are believed)
            """)
    /// No defaults: given alone or with --port, they add one TCP address to those of --listen.
    static let host = CommandOption<String?>(
        "host", value: "address", help: "Address to listen on (default: 127.0.0.1), short for --listen HOST:PORT.")
    static let port = CommandOption<Int?>(
        "port", value: "port", in: 0...65535, help: "Port to listen on (default: 8080), short for --listen HOST:PORT.")
    static let surveys = CommandOption<String>(
        "surveys", value: "folder", default: "surveys", help: "Folder of survey definitions (default: surveys).")
    /// No default: without it, `--demo` writes to a fresh temporary folder.
    static let responses = CommandOption<String?>(
        "responses", value: "folder", help: "Folder for responses (default: responses).")
    static let demo = CommandOption<Bool>("demo", help: "Invite demo schools and print their personal links.")
    static let trustedProxy = CommandOption<[String]>(
        "trusted-proxy", repeated: "address",
        help: """
            Address or CIDR range of a reverse proxy in front, such as 127.0.0.1 or \
            10.0.0.0/8; its X-Forwarded-For names the client (for limits and the log) and its \
            X-Forwarded-Proto: https makes cookies Secure, while from other peers these \
            headers are ignored
            """)
    static let maxConnectionsPerClient = CommandOption<Int?>(
        "max-connections-per-client", value: "count", in: 1...Int.max,
        help: """
            Open connections one client (an IPv4 address or an IPv6 /64) may hold; behind a \
            trusted proxy, its requests in progress (default: 256).
            """)

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        // Taken first, before anything could start a program that would inherit it.
        let serviceManager = ServiceManagerNotifier.takenFromEnvironment()
        let configuration: ServerConfiguration
        let operatorConfiguration: ServerConfiguration?
        do {
            configuration = try serverConfiguration(arguments)
            operatorConfiguration = try adminConfiguration(arguments)
        } catch {
            console.printError("survey: error: \(error)")
            return .usage
        }
        // Blocked before any thread starts, so every thread inherits the mask and
        // Ctrl-C reaches the sigwait below instead of killing the process mid-write.
        var signals = handledSignals
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let demo = arguments[Self.demo]
        let surveys = arguments[Self.surveys]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: surveys, isDirectory: &isFolder), isFolder.boolValue else {
            console.printError(
                "survey: error: no such folder: \(surveys); pass the folder of survey definitions with --surveys")
            return .usage
        }
        // Every option is checked before a demo folder is made, so a typo leaves nothing behind.
        var webConfiguration = WebApplication.Configuration(surveysFolder: surveys, responsesFolder: "responses")
        applyAccessLimits(arguments, to: &webConfiguration)
        let storeMetrics = StoreMetrics()
        if operatorConfiguration != nil { webConfiguration.logOptions.commitObserver = storeMetrics.observe }
        do {
            webConfiguration.mail = try webMail(arguments)
        } catch {
            console.printError("survey: error: \(error.message(language: "en"))")
            return .usage
        }
        // The server keeps each survey's columns current, so the office's reports never parse the whole log.
        webConfiguration.columnFiles = ColumnMaintainer.Cadence()
        let responses: String
        if let folder = arguments[Self.responses] {
            responses = folder
        } else if demo {
            do {
                responses = try DemoFolder.create()
            } catch {
                console.printError(
                    "survey: error: cannot create the demo folder \(error.path): \(String(cString: strerror(error.code)))"
                )
                return .failure
            }
        } else {
            responses = "responses"
        }
        webConfiguration.responsesFolder = responses
        applyDiskReserve(arguments, responsesFolder: responses, to: &webConfiguration)
        let application: WebApplication
        do {
            application = try WebApplication(configuration: webConfiguration)
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
        for line in application.reloadSurveys() { console.print(line) }
        if application.surveyIDs.isEmpty {
            console.printError("survey: error: no survey in \(surveys) can be served; fix the errors above")
            return .failure
        }
        let server = HTTPServer(configuration: configuration, router: application.router)
        do {
            try server.start()
        } catch {
            console.printError("survey: error: cannot listen: \(error)")
            return .failure
        }
        let places = server.listening.map(Self.shown)
        let origin = places.first { $0.hasPrefix("http") } ?? "https://<your-server>"
        console.print("Serving on \(places.joined(separator: " and ")) with responses in \(responses)")
        var operatorServer: HTTPServer?
        if let operatorConfiguration, let serverMetrics = configuration.metrics {
            do {
                operatorServer = try startOperatorServer(
                    operatorConfiguration, application: application, server: serverMetrics, store: storeMetrics)
            } catch {
                console.printError("survey: error: cannot listen for --admin-listen: \(error)")
                server.shutdown()
                application.close()
                return .failure
            }
        }
        if let operatorServer {
            console.print(
                "Health and metrics: \(operatorServer.listening.map(Self.shown).joined(separator: " and ")) "
                    + "(/healthz, /metrics)")
        }
        if let setup = application.office.setupPath() {
            console.print(
                "No office account yet. First admin (sign-in name \"admin\"), link works once: \(origin)\(setup)")
        } else if !application.office.hasAccounts {
            console.print(
                "Office area: \(origin)/admin. Nobody has set a password yet: open the invitation link "
                    + "`survey users add` printed, or print a new one with `survey users reset <email>`.")
        } else {
            console.print("Office area: \(origin)/admin")
        }
        console.print(
            webConfiguration.mail.map { "Office mail: sending as \($0.settings.from)" }
                ?? "Office mail: not set up; the office can preview messages (see --mail-settings)")
        // The first reading warns when the server starts below the reserve, so the first refusal is no surprise.
        _ = webConfiguration.diskReserve?.reading()
        if demo {
            addGeneratedResponses(to: application, console: console)
            console.print("Demo schools (personal links):")
            for invitation in application.inviteDemoParticipants(count: 5) {
                console.print("  \(invitation.surveyID)  \(invitation.label): \(origin)/t/\(invitation.token)")
            }
            for id in application.surveyIDs where !application.isTokenSurvey(id) {
                console.print("  \(id) (public): \(origin)/s/\(id)")
            }
        }
        application.watchSurveys { lines in
            for line in lines { console.print(line) }
        }
        console.print("Press Ctrl-C to stop; send SIGHUP to reload the survey definitions.")
        tell(serviceManager, "READY=1", console: console)
        serveSignals {
            let lines = application.reloadSurveys()
            console.print("SIGHUP: survey definitions reloaded" + (lines.isEmpty ? "; none had changed" : ":"))
            for line in lines { console.print(line) }
        }
        tell(serviceManager, "STOPPING=1", console: console)
        operatorServer?.shutdown()
        server.shutdown()
        application.close()
        return .success
    }

    /// Stores 40 generated submissions per survey, so the office area and the evaluation have data.
    private static func addGeneratedResponses(to application: WebApplication, console: Console) {
        for id in application.surveyIDs {
            guard let survey = application.survey(id), application.responseLog(of: id)?.recordCount == 0 else {
                continue
            }
            var generator = ResponseGenerator(survey: survey, seed: 2026, today: survey.today())
            let responses = (0..<40).map { _ in
                let generated = generator.next()
                return (participant: generated.participant, answers: generated.answers)
            }
            let stored = application.addSubmittedDemoParticipants(surveyID: id, responses)
            console.print("  \(id): \(stored) generated responses stored")
        }
    }

    /// Sends `state` to the service manager; a failure is only a warning, since the server itself works (under
    /// `Type=notify`, systemd then ends it when its start times out, and the warning says why).
    private static func tell(_ serviceManager: ServiceManagerNotifier, _ state: String, console: Console) {
        if let problem = serviceManager.notify(state) {
            console.printError("survey: warning: cannot tell the service manager \(state): \(problem)")
        }
    }

    /// SIGINT and SIGTERM stop the server; SIGHUP reloads (systemd's `ExecReload` sends it).
    private static var handledSignals: sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        return signals
    }

    /// Calls `reload` for every SIGHUP and returns at SIGINT or SIGTERM.
    private static func serveSignals(reload: () -> Void) {
        var signals = handledSignals
        var received: Int32 = 0
        while sigwait(&signals, &received) == 0, received == SIGHUP { reload() }
    }

    /// A TCP address as the origin of the links printed for schools and the
    /// office; a Unix socket as itself (behind it, the proxy in front decides
    /// the public address, so the links get a placeholder origin).
    private static func shown(_ address: ListenAddress) -> String {
        switch address {
        case .tcp: "http://\(address)"
        case .unix: address.description
        }
    }
}

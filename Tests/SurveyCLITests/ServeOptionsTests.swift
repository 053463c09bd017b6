import ArgumentParsing
import HTTPServer
import SurveyStore
import SurveyWeb
import Testing

@testable import SurveyCLI

/// `survey serve`'s options reach the server configuration, and bad values stop it before it starts.
@Suite struct ServeOptionsTests {
    static func configuration(_ options: String...) throws -> ServerConfiguration {
        guard case .run(let parsed) = try ArgumentParser.parse(["serve"] + options, root: SurveyCommandLine.root.spec)
        else {
            Issue.record("serve \(options) did not parse")
            return ServerConfiguration()
        }
        return try ServeCommand.serverConfiguration(parsed)
    }

    @Test func trustedProxiesAndTheClientLimitReachTheServer() throws {
        let configuration = try Self.configuration(
            "--trusted-proxy", "127.0.0.1", "--trusted-proxy", "10.0.0.0/8", "--max-connections-per-client", "64")
        #expect(configuration.trustedProxies.ranges.map(\.description) == ["127.0.0.1/32", "10.0.0.0/8"])
        #expect(configuration.maxConnectionsPerClient == 64)
        #expect(configuration.accessLogAddress("/s/umfrage/submit") == .none)
        #expect(configuration.accessLogAddress("/admin/s/umfrage") == .full)
    }

    @Test func withoutOptionsNoProxyIsTrusted() throws {
        let configuration = try Self.configuration()
        #expect(configuration.trustedProxies.ranges.isEmpty)
        #expect(configuration.maxConnectionsPerClient == 256)
    }

    @Test func withoutListenHostAndPortAreTheOnlyAddress() throws {
        #expect(try Self.configuration().listenAddresses == [.tcp(host: "127.0.0.1", port: 8080)])
        #expect(try Self.configuration("--host", "::", "--port", "80").listenAddresses == [.tcp(host: "::", port: 80)])
    }

    @Test func listenIsRepeatableAndHostOrPortAddsOneMore() throws {
        let listen = ["--listen", "unix:/run/survey/http.sock", "--listen", "[::1]:8443"]
        let only = try Self.configuration(listen[0], listen[1], listen[2], listen[3])
        #expect(only.listenAddresses == [.unix(path: "/run/survey/http.sock"), .tcp(host: "::1", port: 8443)])
        let more = try Self.configuration(listen[0], listen[1], "--port", "9000")
        #expect(more.listenAddresses == [.unix(path: "/run/survey/http.sock"), .tcp(host: "127.0.0.1", port: 9000)])
    }

    @Test func limitsForRespondentsAndTheOfficeReachTheApplication() throws {
        guard
            case .run(let parsed) = try ArgumentParser.parse(
                [
                    "serve", "--failed-attempts", "5", "--office-session", "6", "--new-responses-per-address", "3",
                    "--new-responses-per-survey", "40", "--draft-megabytes-per-day", "2",
                    "--draft-megabytes-per-client", "3",
                    "--draft-retention", "30",
                ], root: SurveyCommandLine.root.spec)
        else {
            Issue.record("serve did not parse")
            return
        }
        var configuration = WebApplication.Configuration(surveysFolder: "s", responsesFolder: "r")
        ServeCommand.applyAccessLimits(parsed, to: &configuration)
        #expect(configuration.failedAttemptsPerMinute == 5)
        #expect(configuration.officeSessions.absolute == 6 * 3600)
        #expect(configuration.newResponsesPerAddressPerHour == 3)
        #expect(configuration.newResponsesPerSurveyPerHour == 40)
        #expect(configuration.logOptions.draftBudget.answerBytesPerDay == 2 << 20)
        #expect(configuration.draftBytesPerClientPerDay == 3 << 20)
        #expect(configuration.logOptions.draftRetentionDays == 30)
    }

    @Test(arguments: [
        (["--trusted-proxy", "proxy.example.org"], "--trusted-proxy needs an IP address or CIDR range"),
        (["--trusted-proxy", "10.0.0.0/40"], "--trusted-proxy needs an IP address or CIDR range"),
        (["--max-connections-per-client", "0"], "--max-connections-per-client must be a whole number"),
        (["--port", "70000"], "--port must be a whole number from 0 to 65535, not \"70000\""),
        (["--listen", "localhost:8080"], "--listen needs HOST:PORT with an IP address"),
        (["--listen", "::1:8080"], "--listen needs HOST:PORT with an IP address"),
        (["--listen", "unix:"], "--listen needs HOST:PORT with an IP address"),
        (["--host", "example.org"], "--host needs an IP address such as 127.0.0.1"),
        (["--new-responses-per-address", "many"], "--new-responses-per-address must be a whole number"),
        (["--draft-megabytes-per-day", "0"], "--draft-megabytes-per-day must be a whole number"),
    ])
    func badValuesStopTheServerBeforeItStarts(_ options: [String], _ message: String) {
        let run = Run(["serve"] + options)
        #expect(run.code == .usage)
        #expect(run.error.hasPrefix("survey: error: \(message)"), "\(run.error)")
    }
}

import ArgumentParsing
import HTTPServer
import Testing

@testable import SurveyCLI

/// `survey serve --admin-listen`: where `/healthz` and `/metrics` are served, and only when asked for.
struct AdminListenOptionTests {
    private static func parsed(_ options: [String]) throws -> ParsedArguments? {
        guard case .run(let parsed) = try ArgumentParser.parse(["serve"] + options, root: SurveyCommandLine.root.spec)
        else { return nil }
        return parsed
    }

    @Test func withoutTheOptionNothingIsServedOrCounted() throws {
        let parsed = try #require(try Self.parsed([]))
        #expect(try ServeCommand.adminConfiguration(parsed) == nil)
        #expect(try ServeCommand.serverConfiguration(parsed).metrics == nil)
    }

    @Test func theOptionGivesAnAdminListenerAndCountsThePublicOne() throws {
        let parsed = try #require(try Self.parsed(["--admin-listen", "[::1]:9090"]))
        let admin = try #require(try ServeCommand.adminConfiguration(parsed))
        #expect(admin.listenAddresses == [.tcp(host: "::1", port: 9090)])
        #expect(admin.accessLog == .none)
        #expect(admin.metrics == nil)
        #expect(try ServeCommand.serverConfiguration(parsed).metrics != nil)
    }

    @Test(arguments: [
        ("127.0.0.1:9090", ListenAddress.tcp(host: "127.0.0.1", port: 9090)),
        ("unix:/run/survey/admin.sock", ListenAddress.unix(path: "/run/survey/admin.sock")),
    ])
    func theAddressIsTheOneListenedOn(value: String, address: ListenAddress) throws {
        let parsed = try #require(try Self.parsed(["--admin-listen", value]))
        #expect(try ServeCommand.adminConfiguration(parsed)?.listenAddresses == [address])
    }

    @Test(arguments: [
        "9090", "localhost:9090", "127.0.0.1", "127.0.0.1:65536", "::1:9090", "[127.0.0.1]:9090", "unix:",
    ])
    func otherValuesAreRefusedWithTheOptionNamed(value: String) throws {
        let parsed = try #require(try Self.parsed(["--admin-listen", value]))
        #expect(throws: ServeOptionError.adminListen(value)) { try ServeCommand.adminConfiguration(parsed) }
        #expect(ServeOptionError.adminListen(value).description.hasPrefix("--admin-listen needs HOST:PORT"))
    }
}

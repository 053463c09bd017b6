import ArgumentParsing
import HTTPServer
import SurveyWeb

extension ServeCommand {
    /// The server settings that `survey serve`'s options ask for, checked before anything starts.
    /// - Throws: `ServeOptionError` naming the first option with a value the server cannot use.
    static func serverConfiguration(_ arguments: ParsedArguments) throws(ServeOptionError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = arguments[host]
        configuration.port = arguments[port]
        var proxies: [AddressRange] = []
        for value in arguments[trustedProxy] {
            guard let range = AddressRange(value) else { throw .trustedProxy(value) }
            proxies.append(range)
        }
        configuration.trustedProxies = TrustedProxies(proxies)
        if let limit = arguments[maxConnectionsPerClient] { configuration.maxConnectionsPerClient = limit }
        // Personal and setup links carry secrets, which must never reach a log;
        // respondents' addresses are logged only as far as their network.
        configuration.accessLogPath = WebApplication.loggablePath
        configuration.accessLogAddress = WebApplication.loggableAddress
        // Counted only when someone can read the counts, on the admin listener.
        if arguments[adminListen] != nil {
            configuration.metrics = ServerMetrics(routeClass: WebApplication.routeClass)
        }
        return configuration
    }
}

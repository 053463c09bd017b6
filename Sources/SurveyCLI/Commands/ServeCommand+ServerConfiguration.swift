import ArgumentParsing
import HTTPServer
import SurveyWeb

extension ServeCommand {
    /// The server settings that `survey serve`'s options ask for, checked before anything starts.
    /// - Throws: `ServeOptionError` naming the first option with a value the server cannot use.
    static func serverConfiguration(_ arguments: ParsedArguments) throws(ServeOptionError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        for value in arguments[listen] {
            guard let address = ListenAddress(value) else { throw .listen(value) }
            configuration.listen.append(address)
        }
        let tcpHost = arguments[host]
        let tcpPort = arguments[port]
        // --host and --port are short for one more --listen HOST:PORT, and are the default without --listen.
        if configuration.listen.isEmpty || tcpHost != nil || tcpPort != nil {
            let host = tcpHost ?? configuration.host
            guard IPAddress(host) != nil else { throw .host(host) }
            configuration.listen.append(.tcp(host: host, port: tcpPort ?? configuration.port))
        }
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

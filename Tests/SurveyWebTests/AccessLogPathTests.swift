import HTTPServer
import Testing

@testable import SurveyWeb

@Suite struct AccessLogPathTests {
    @Test(arguments: [
        ("/t/K7QX-9M2A-55TT", "/t/…"),
        ("/admin/invite/0f66822a5df852d6", "/admin/invite/…"),
        ("/t", "/t"),
        ("/t/", "/t/"),
        ("/s/digitale-bildung/p/netz", "/s/digitale-bildung/p/netz"),
        ("/admin/surveys", "/admin/surveys"),
    ])
    func hidesSecretsInPaths(_ path: String, _ logged: String) {
        #expect(WebApplication.loggablePath(path) == logged)
    }

    @Test(arguments: [
        ("/admin", LoggedAddress.full),
        ("/admin/s/digitale-bildung/report", .full),
        ("/admin/invite/0f66822a5df852d6", .full),
        ("/administration", .none),
        ("/s/oeffentlich/submit", .none),
        ("/t/K7QX-9M2A-55TT", .none),
        ("/assets/form.css", .none),
        ("/", .none),
        ("-", .network),
    ])
    func keepsAddressesOnlyForTheOfficeAndUnparseableRequests(_ path: String, _ logged: LoggedAddress) {
        #expect(WebApplication.loggableAddress(path) == logged)
    }
}

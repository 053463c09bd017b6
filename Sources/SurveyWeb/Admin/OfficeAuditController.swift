import HTTPServer
import SurveyStore

/// The admin's view of the audit log, filtered by person, action and days, a page of lines at a time.
struct OfficeAuditController: OfficeController {
    let area: OfficeArea

    /// How many lines one page shows.
    static let pageSize = 100

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .admin) { admins in
            admins.get("/audit") { request in auditLog(request) }
        }
    }

    private func auditLog(_ request: HTTPRequest) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let items = try? request.queryItems()
        let query = OfficeAuditPage.Query(
            user: items?["user"] ?? "", action: items?["action"] ?? "", from: items?["from"] ?? "",
            until: items?["until"] ?? "")
        var error: String?
        var filter = AuditFilter(
            actor: query.user.isEmpty ? nil : query.user, action: AuditAction(rawValue: query.action))
        for (text, isEnd) in [(query.from, false), (query.until, true)] where !text.isEmpty {
            guard let day = AuditFilter.startOfDay(text) else {
                error = AuditPhrase.invalidDate(text).text(ui)
                continue
            }
            if isEnd {
                filter.until = day.adding(seconds: 24 * 60 * 60)
            } else {
                filter.since = day
            }
        }
        let before = items?["before"].flatMap { Int($0) }
        var page: AuditLog.Page?
        if error == nil {
            do {
                page = try area.access.audit.page(filter, before: before, limit: Self.pageSize)
            } catch {
                return services.message(
                    .errorTitle, [Phrase.serverError.text(ui)], ui: ui, status: .internalServerError,
                    link: (href: "/admin", text: Phrase.adminTitle.text(ui)))
            }
        }
        let view = OfficeAuditPage(ui: ui, query: query, page: page, isLater: before != nil, error: error)
        return self.page(request, AuditPhrase.title.text(ui), status: error == nil ? .ok : .badRequest) { html in
            view.render(into: &html)
        }
    }
}

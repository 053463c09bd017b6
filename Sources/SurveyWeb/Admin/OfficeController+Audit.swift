import HTTPServer
import SurveyStore

extension OfficeController {
    /// Records an office action of the person signed in with `session` in the audit log.
    ///
    /// `object` names what was acted on by id (survey, response, participant), never its content.
    func audit(_ action: AuditAction, _ request: HTTPRequest, session: String, object: String) {
        office.record(action, session: session, client: request.clientKey, object: object)
    }
}

import HTTPServer
import SurveyStore

extension OfficeController {
    /// Records an office action of the person signed in on `request` in the audit log.
    ///
    /// `object` names what was acted on by id (survey, response, participant), never its content.
    func audit(_ action: AuditAction, _ request: HTTPRequest, object: String) {
        guard let session = request.officeIdentity?.session else { return }
        area.access.record(action, session: session, client: request.clientKey, object: object)
    }
}

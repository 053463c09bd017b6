import Foundation
import StrictJSON
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// Computes a report to publish: once, from the log's current state, with suppression always on.
///
/// The numbers come from one snapshot of the response view, and the
/// response-rate table from the same snapshot, so the report, its
/// `evaluation.json` and its `meta.json` (records covered, cut-off) agree.
/// The survey's own `report.minGroupSize` may be lower for the office's
/// working view; a report leaving the office never is
/// (``EvaluationPlan/defaultMinGroupSize`` at least).
struct ReportFreezer {
    let entry: SurveyEntry
    let invitees: InviteeDirectory

    /// What publishing stores.
    struct Frozen {
        let meta: PublishedReport
        let html: [UInt8]
        let evaluation: [UInt8]
    }

    /// What staff asked for.
    struct Request {
        let id: String
        let title: String
        let filter: String?
        let by: String?
        let language: String
        let audience: PublishedReport.Audience
        let publisher: OfficeIdentity
    }

    /// The frozen report, or the reason the filter or breakdown cannot be used.
    func freeze(_ request: Request, now: Date) throws(EvaluationSetupError) -> Frozen {
        let survey = entry.survey
        let evaluator = try SurveyEvaluator(
            survey: survey, language: request.language, filter: request.filter, by: request.by,
            today: survey.today(at: now).expressionValue)
        var plan = evaluator.plan
        plan.minGroupSize = max(plan.minGroupSize, EvaluationPlan.defaultMinGroupSize)
        let decoder = ResponseDecoder(
            plan: plan, filter: evaluator.decoder.filter, groupSource: evaluator.decoder.groupSource,
            today: evaluator.decoder.today)
        let view: ResponseView
        let submitted: [ResponseRecord]
        do {
            (view, submitted) = try entry.log.snapshot()
        } catch {
            throw .unreadableLog(String(describing: error))
        }
        let fields = Dictionary(
            invitees.invitees(of: survey.id).map { ($0.id, $0.fields) }, uniquingKeysWith: { first, _ in first })
        let evaluation = LiveEvaluation(decoder: decoder) { id in fields[id] ?? [:] }
        for record in submitted { evaluation.apply(.submitted(record, replacing: nil)) }
        let result = evaluation.result()
        let language = OutputLanguage(code: request.language)
        let ui = UILanguage(code: request.language)
        var document = ReportDocument(
            result: result, language: language,
            presentation: ReportPresentation(survey: survey, language: language, filter: result.filter),
            date: ReceiptFormat.date(now, timeZone: survey.timeZone, ui: ui))
        document.participation = ParticipationCounts(
            survey: survey, participants: fields.map { (id: $0.key, fields: $0.value) }, view: view,
            language: request.language)
        document.publication = ReportDocument.Publication(
            title: request.title, dataCutoff: ReceiptFormat.time(now, timeZone: survey.timeZone, ui: ui))
        let stamp = Timestamp(millisecondsSince1970: Int64((now.timeIntervalSince1970 * 1000).rounded(.down)))
        let meta = PublishedReport(
            id: request.id, surveyID: survey.id, title: request.title, filter: request.filter,
            breakdown: request.by, language: request.language, dataCutoff: stamp, records: view.recordCount,
            responses: view.submitted.count, minGroupSize: plan.minGroupSize, audience: request.audience,
            publishedBy: request.publisher.userID, publisherName: request.publisher.displayName, published: stamp)
        return Frozen(
            meta: meta, html: Array(document.html.utf8), evaluation: Array((result.json.serialized() + "\n").utf8))
    }
}

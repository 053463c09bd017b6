import SurveyModel
import SurveyStore

/// Evaluates a survey's response log as asked on the command line or in the admin area.
public struct SurveyEvaluator: Sendable {
    public let survey: Survey
    public let plan: EvaluationPlan
    public let decoder: ResponseDecoder
    /// The filter's text, for the output.
    public let filterSource: String?

    /// Sets up an evaluation.
    ///
    /// - Parameters:
    ///   - survey: The definition.
    ///   - language: The language of labels in the output.
    ///   - filter: An expression over questions and `participant.` fields; only responses for which it holds count.
    ///   - by: The breakdown (see ``EvaluationPlan/init(survey:language:by:)``).
    ///   - today: The day `today()` means in conditions.
    /// - Throws: ``EvaluationSetupError`` for an unusable filter, breakdown or threshold.
    public init(survey: Survey, language: String, filter: String?, by: String?, today: ExpressionValue)
        throws(EvaluationSetupError)
    {
        let plan = try EvaluationPlan(survey: survey, language: language, by: by)
        var expression: Expression?
        if let filter {
            do {
                expression = try Expression.parse(filter)
            } catch {
                throw .invalidFilter(error.message)
            }
            if let problem = expression?.check(against: survey.expressionSchema, expecting: .bool).first {
                throw .invalidFilter(problem.message)
            }
        }
        let source = try by.map { id throws(EvaluationSetupError) in
            try EvaluationPlan.groupSource(id, survey: survey, plan: plan)
        }
        self.survey = survey
        self.plan = plan
        self.filterSource = filter
        decoder = ResponseDecoder(plan: plan, filter: expression, groupSource: source, today: today)
    }

    /// Reads the log at `logPath` and evaluates it.
    ///
    /// - Parameters:
    ///   - participants: Participant fields by participant id.
    ///   - includeTexts: Whether free texts are listed.
    ///   - progress: Called now and then with the bytes read so far.
    public func evaluate(
        logPath: String, participants: [String: [String: String]] = [:], includeTexts: Bool = false,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws(FileError) -> (result: EvaluationResult, scan: LogEvaluator.Scan) {
        let (evaluation, scan) = try LogEvaluator(decoder: decoder, participants: participants)
            .evaluate(path: logPath, progress: progress)
        return (evaluation.result(filter: filterSource, includeTexts: includeTexts), scan)
    }
}

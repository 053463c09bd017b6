extension EvaluationResult {
    /// The result titled as test data, so the title page, the browser tab and
    /// every printed or saved copy say that these are not the real responses.
    public func markedAsTestData(language: OutputLanguage) -> EvaluationResult {
        var marked = self
        marked.title = language.pick("Testdaten: ", "Test data: ") + title
        return marked
    }
}

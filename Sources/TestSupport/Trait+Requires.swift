import Testing

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where `tool` is installed, and skips it elsewhere with the
    /// reason, e.g. "xmllint not found on PATH (Debian package libxml2-utils)".
    ///
    /// Under continuous integration the test always runs, so a missing tool is a failure there
    /// (recorded by ``ExternalTool/run(_:input:sourceLocation:)``), not a skip.
    package static func requires(
        _ tool: ExternalTool, environment: TestEnvironment = .current, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Self {
        let runs = tool.isAvailable || environment.isContinuousIntegration
        return .enabled(if: runs, Comment(rawValue: tool.missingReason), sourceLocation: sourceLocation)
    }
}

import StrictJSON

/// `survey convert limesurvey`: a LimeSurvey survey structure (`.lss`) as our definition.
///
/// Question groups become pages, questions map type by type (see `docs/conversion.md`),
/// relevance equations become `visibleIf` where they keep their meaning, and everything
/// dropped or approximated is a ``ConversionWarning`` naming the group, question and line.
public enum LimeSurveyConverter {
    /// The largest file read: survey structures are far smaller, and the limit bounds the work.
    public static let maximumSize = 16 * 1024 * 1024

    /// Converts the bytes of a `.lss` file.
    ///
    /// - Parameter surveyID: the id of the converted survey; by default `limesurvey-<survey id>`.
    /// - Throws: ``LimeSurveyError`` when the file is not a readable LimeSurvey survey structure.
    public static func convert(_ bytes: [UInt8], surveyID: String? = nil) throws(LimeSurveyError) -> Conversion {
        guard bytes.count <= maximumSize else { throw .tooLarge(bytes: bytes.count, limit: maximumSize) }
        let structure = try LimeSurveyStructure(LSSReader.read(bytes))
        let languages = LimeSurveyLanguages(structure.languages)
        guard !languages.codes.isEmpty else { throw .noLanguage(codes: structure.languages) }
        var builder = DefinitionBuilder(structure: structure, languages: languages)
        let definition = builder.definition(surveyID: surveyID)
        return Conversion(definition: definition, warnings: builder.log.warnings)
    }
}

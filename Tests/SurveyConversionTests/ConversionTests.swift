import StrictJSON
import SurveyConversion
import SurveyModel
import Testing

/// What every converter shares: the canonical layout, loading, and warnings with their place.
struct ConversionTests {
    @Test func aConvertedDefinitionIsCanonicalAndLoads() throws {
        let definition: JSON = .object([
            JSONField(key: "id", value: .string("umfrage")),
            JSONField(key: "title", value: .string("Umfrage")),
            JSONField(key: "access", value: .string("public")),
            JSONField(
                key: "pages",
                value: .array([
                    .object([
                        JSONField(key: "id", value: .string("p1")),
                        JSONField(key: "title", value: .string("Seite 1")),
                        JSONField(
                            key: "questions",
                            value: .array([
                                .object([
                                    JSONField(key: "id", value: .string("name")),
                                    JSONField(key: "type", value: .string("text")),
                                    JSONField(key: "title", value: .string("Name")),
                                ])
                            ])),
                    ])
                ])),
        ])
        let warning = ConversionWarning(
            place: "pages[0]", german: "nicht übernommen", english: "not carried over")
        let conversion = Conversion(definition: definition, warnings: [warning])
        #expect(conversion.result.survey?.questions.map(\.id) == ["name"], "\(conversion.result.diagnostics)")
        #expect(CanonicalDefinition.write(definition).bytes == conversion.bytes)
        #expect(conversion.warnings.map { $0.text(in: "en") } == ["pages[0]: not carried over"])
    }
}

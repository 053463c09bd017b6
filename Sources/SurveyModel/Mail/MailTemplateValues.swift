import Foundation

/// What the placeholders of one participant's mail stand for, already in the mail's language.
public struct MailTemplateValues: Sendable, Hashable {
    public var name: String
    public var link: String
    public var code: String
    /// The closing date as ``closingDate(of:language:)`` writes it; empty for a survey without end.
    public var closes: String
    public var title: String
    public var office: String
    public var contact: String
    /// Labels of the options chosen in participant fields, by field id.
    public var fields: [String: String]

    public init(
        name: String, link: String, code: String, closes: String, title: String, office: String, contact: String,
        fields: [String: String] = [:]
    ) {
        self.name = name
        self.link = link
        self.code = code
        self.closes = closes
        self.title = title
        self.office = office
        self.contact = contact
        self.fields = fields
    }

    /// The value of `placeholder`; a participant field without a value is empty.
    public func value(of placeholder: MailPlaceholder) -> String {
        switch placeholder {
        case .name: name
        case .link: link
        case .code: code
        case .closes: closes
        case .title: title
        case .office: office
        case .contact: contact
        case .field(let id): fields[id] ?? ""
        }
    }

    /// The survey's last day as people write it: „29. Januar 2027“, "29 January 2027".
    ///
    /// A date-only `closes` ends at the following midnight, so the day before is
    /// named; a closing time within the day is added („29. Januar 2027, 12:00 Uhr“).
    /// Languages other than German write the English form. Empty without `closes`.
    public static func closingDate(of survey: Survey, language: String) -> String {
        guard let closes = survey.closes else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = survey.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: closes)
        let atMidnight = parts.hour == 0 && parts.minute == 0 && parts.second == 0
        let day = atMidnight ? calendar.date(byAdding: .day, value: -1, to: closes) ?? closes : closes
        let date = calendar.dateComponents([.year, .month, .day], from: day)
        let year = date.year ?? 0
        let month = date.month ?? 1
        let dayNumber = date.day ?? 1
        let german = language == "de"
        let names = german ? germanMonths : englishMonths
        let monthName = names.indices.contains(month - 1) ? names[month - 1] : String(month)
        let text = german ? "\(dayNumber). \(monthName) \(year)" : "\(dayNumber) \(monthName) \(year)"
        guard !atMidnight else { return text }
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return german ? "\(text), \(time) Uhr" : "\(text), \(time)"
    }

    /// Values for a preview: the survey's own title and closing date, made-up participant and office.
    public static func sample(for survey: Survey, language: String) -> MailTemplateValues {
        let german = language == "de"
        var fields: [String: String] = [:]
        for field in survey.participantFields {
            fields[field.id] = field.options.first.map { $0.label.text(in: language) } ?? field.label.text(in: language)
        }
        return MailTemplateValues(
            name: german ? "Grundschule Am Beispielweg" : "Example Road Primary School",
            link: "https://umfrage.example/t/\(sampleCode)",
            code: sampleCode,
            closes: closingDate(of: survey, language: language),
            title: survey.title.text(in: language),
            office: german ? "Kreisverwaltung Beispielkreis, Schulamt" : "Example County, Education Office",
            contact: german
                ? "Telefon 01234 56789-0, schulamt@kreis.example" : "Phone +49 1234 56789-0, schulamt@kreis.example",
            fields: fields)
    }

    /// A code of the real length that reads as an example.
    private static let sampleCode = "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456"

    private static let germanMonths = [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}

/// A `{{…}}` placeholder of a mail template.
public enum MailPlaceholder: Sendable, Hashable {
    /// The participant's label, e.g. the school's name.
    case name
    /// The personal link, which signs the participant in.
    case link
    /// The access code as printed, in groups of four.
    case code
    /// The closing date in the language's own format.
    case closes
    /// The survey's title.
    case title
    /// The office's name.
    case office
    /// The office's contact line.
    case contact
    /// The label of the option chosen in a participant field, `{{field.<id>}}`.
    case field(String)

    /// Every placeholder but the participant fields, in the order the documentation lists them.
    public static let fixed: [MailPlaceholder] = [.name, .link, .code, .closes, .title, .office, .contact]

    /// The placeholder written as `{{name}}`, without the braces; nil for an unknown name.
    public init?(name: String) {
        if name.hasPrefix(Self.fieldPrefix) {
            let id = String(name.dropFirst(Self.fieldPrefix.count))
            guard !id.isEmpty else { return nil }
            self = .field(id)
            return
        }
        guard let found = Self.fixed.first(where: { $0.name == name }) else { return nil }
        self = found
    }

    /// The name written between the braces.
    public var name: String {
        switch self {
        case .name: "name"
        case .link: "link"
        case .code: "code"
        case .closes: "closes"
        case .title: "title"
        case .office: "office"
        case .contact: "contact"
        case .field(let id): Self.fieldPrefix + id
        }
    }

    /// The placeholder as written in a template.
    public var written: String { "{{\(name)}}" }

    static let fieldPrefix = "field."
}

import Foundation
import HTTPServer
import SurveyStore

/// The order of the office's participants table, chosen in the query (`?sort=status&order=desc`),
/// so the column headers sort as plain links without JavaScript.
struct ParticipantTableSort: Equatable {
    /// What a column sorts by.
    enum Key: Equatable {
        case label, id, status, activity, invited, reminded
        /// A participant field, by id.
        case field(String)

        /// The query value naming the key.
        var queryValue: String {
            switch self {
            case .label: "label"
            case .id: "id"
            case .status: "status"
            case .activity: "activity"
            case .invited: "invited"
            case .reminded: "reminded"
            case .field(let id): "field-" + id
            }
        }
    }

    var key: Key = .label
    var descending = false

    /// Reads `sort` and `order`; anything unknown falls back to the name, ascending.
    init(query: URLEncodedForm?, fieldIDs: [String]) {
        let value = query?["sort"] ?? ""
        if let known = [Key.label, .id, .status, .activity, .invited, .reminded].first(where: { $0.queryValue == value }
        ) {
            key = known
        } else if value.hasPrefix("field-"), fieldIDs.contains(String(value.dropFirst(6))) {
            key = .field(String(value.dropFirst(6)))
        }
        descending = query?["order"] == "desc"
    }

    init(key: Key, descending: Bool) {
        self.key = key
        self.descending = descending
    }

    /// The query of a header link: this column ascending, or reversed when it is the current one;
    /// an English page stays English.
    func query(for column: Key, language: UILanguage) -> String {
        let reverse = column == key && !descending
        return "?sort=\(URLEncodedForm.encode(column.queryValue))" + (reverse ? "&order=desc" : "")
            + (language == .de ? "" : "&lang=\(language.rawValue)")
    }

    /// `rows` in this order; ties keep the name order, ascending either way.
    func sorted(_ rows: [ParticipantRow]) -> [ParticipantRow] {
        rows.sorted { left, right in
            switch compare(left, right) {
            case .orderedAscending: !descending
            case .orderedDescending: descending
            case .orderedSame: left.invitee.label.localizedStandardCompare(right.invitee.label) == .orderedAscending
            }
        }
    }

    private func compare(_ left: ParticipantRow, _ right: ParticipantRow) -> ComparisonResult {
        func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
            a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
        }
        switch key {
        case .label: return left.invitee.label.localizedStandardCompare(right.invitee.label)
        case .id: return left.invitee.id.localizedStandardCompare(right.invitee.id)
        case .status: return order(left.progress.rank, right.progress.rank)
        case .activity:
            return order(
                left.progress.lastActivity?.millisecondsSince1970 ?? .min,
                right.progress.lastActivity?.millisecondsSince1970 ?? .min)
        case .invited: return order(left.invited ?? .distantPast, right.invited ?? .distantPast)
        case .reminded: return order(left.reminded ?? .distantPast, right.reminded ?? .distantPast)
        case .field(let id):
            return (left.fieldLabels[id] ?? "").localizedStandardCompare(right.fieldLabels[id] ?? "")
        }
    }
}

/// One participant in the office's table: the invitee, its progress, its field values in words and
/// when mail last went out to it.
struct ParticipantRow {
    let invitee: Invitee
    let progress: ResponseProgress
    /// Each participant field's option label (or free text), by field id.
    let fieldLabels: [String: String]
    /// When the last invitation by e-mail was sent; nil when none was.
    var invited: Date? = nil
    /// When the last reminder by e-mail was sent; nil when none was.
    var reminded: Date? = nil
}

extension ResponseProgress {
    /// Not started, started, submitted: the order a status column sorts in.
    var rank: Int { isSubmitted ? 2 : hasDraft ? 1 : 0 }
}

import Foundation
import StrictJSON

/// Starting points for a new survey: a blank one, a new wave of an existing one, or a copy of a
/// survey shipped in `surveys/`.
public enum DefinitionTemplate {
    /// A blank survey for invited participants, with the title in each language and one starting
    /// page, so that it loads as it is.
    public static func blank(id: String, title: String, languages: [String]) -> JSON {
        let codes = languages.isEmpty ? ["de"] : languages
        let empty: JSON = [
            "$schema": "../docs/survey.schema.json",
            "id": .string(id),
            "title": .object(codes.map { JSONField(key: $0, value: .string(title)) }),
            "languages": .array(codes.map(JSON.string)),
            "access": "token",
            "pages": [],
        ]
        // The format wants a page; with the starting page the new survey loads and can be saved at once.
        return (try? DefinitionEdit.addPage.apply(to: empty)) ?? empty
    }

    /// A copy of `definition` as a new wave: a new id and dates, the title with `titleSuffix`
    /// appended in every language, and everything else (participant fields, question ids,
    /// options) unchanged, so `survey evaluate --compare` lines the waves up. A nil date removes it.
    public static func wave(
        of definition: JSON, id: String, opens: String?, closes: String?, titleSuffix: String? = nil
    ) -> JSON {
        guard case .object(var fields) = definition else { return definition }
        func put(_ key: String, _ value: JSON?) {
            if let position = fields.firstIndex(where: { $0.key == key }) {
                if let value { fields[position].value = value } else { fields.remove(at: position) }
            } else if let value {
                // A new key goes after the keys the format lists before it, so the file reads in its usual order.
                let earlier = Set(DefinitionKeys.survey.prefix { $0 != key })
                let after = fields.lastIndex { earlier.contains($0.key) }
                fields.insert(JSONField(key: key, value: value), at: after.map { $0 + 1 } ?? fields.count)
            }
        }
        put("id", .string(id))
        put("opens", opens.map(JSON.string))
        put("closes", closes.map(JSON.string))
        if let titleSuffix, !titleSuffix.isEmpty, let title = definition["title"] {
            switch title {
            case .string(let text): put("title", .string(text + titleSuffix))
            case .object(let texts):
                put(
                    "title",
                    .object(texts.map { JSONField(key: $0.key, value: .string(($0.value.string ?? "") + titleSuffix)) })
                )
            default: break
            }
        }
        return .object(fields)
    }

    /// A survey shipped as an example, offered as a template.
    public struct Shipped: Sendable, Hashable {
        /// The survey id, the file name without `.json`.
        public let id: String
        /// The title in the survey's first language.
        public let title: String
        public let definition: JSON
    }

    /// The definitions in `folder` (usually `surveys/`) that parse as JSON objects, by id; files
    /// that do not parse are left out, since a template must be a sound starting point.
    public static func shipped(in folder: String) -> [Shipped] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), data.count <= Survey.maximumFileSize,
                let document = try? JSONDocument(parsing: [UInt8](data))
            else { return nil }
            let definition = JSON(document.root)
            guard definition.fields != nil else { return nil }
            let title = definition["title"].flatMap { $0.string ?? $0.fields?.first?.value.string } ?? ""
            return Shipped(id: String(name.dropLast(5)), title: title, definition: definition)
        }
    }
}

import ArgumentParsing
import Foundation
import SurveyConversion
import SurveyModel
import SurveyStore

/// `survey convert …`: definitions from other survey tools.
///
/// Every converter ends the same way (``finish(_:arguments:console:)``): its warnings on
/// standard error, the definition written, then the checks of `survey validate` on it.
enum ConvertCommand {
    static let node = CommandNode(
        group: "convert", abstract: "Convert survey definitions of other tools (LimeSurvey, SurveyJS) into ours.",
        [ConvertLimeSurveyCommand.node, ConvertSurveyJSCommand.node])

    static let out = CommandOption<String?>(
        "out", short: "o", value: "file", help: "Write the definition to this file instead of standard output.")
    static let id = CommandOption<String?>(
        "id", value: "id",
        help: "The survey id (default: the name of the -o file, else one derived from the source).")
    static let lang = CommandOption<String?>(
        "lang", value: "language", allowed: ["de", "en"],
        help: "Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG, else en).")

    static func language(_ arguments: ParsedArguments, console: Console) -> DiagnosticLanguage {
        arguments[lang].map(DiagnosticLanguage.init(locale:)) ?? DiagnosticLanguage(environment: console.environment)
    }

    /// The survey id asked for: `--id`, else the `-o` file's name when it is a valid id.
    static func surveyID(_ arguments: ParsedArguments) -> String? {
        if let id = arguments[id] { return id }
        guard let file = arguments[out] else { return nil }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let valid =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return valid && name.first != "-" ? name : nil
    }

    /// Reads the source file, refusing one larger than `limit` before reading it.
    static func read(_ path: String, limit: Int, language: DiagnosticLanguage, console: Console) -> [UInt8]? {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let size, size > limit {
            console.printError(
                "survey convert: error: \(path): "
                    + (language == .de
                        ? "die Datei hat \(size) Bytes, mehr als die erlaubten \(limit)"
                        : "the file has \(size) bytes, more than the \(limit) allowed"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            console.printError(
                "survey convert: error: \(path): "
                    + (language == .de
                        ? "kann nicht gelesen werden; prüfen Sie Pfad und Zugriffsrechte"
                        : "cannot be read; check the path and its permissions"))
            return nil
        }
        return [UInt8](data)
    }

    /// Prints the warnings, writes the definition and checks it as `survey validate` does.
    ///
    /// A definition with errors is still written, so the office can fix it by hand; the
    /// exit code is then 1 and the message says so.
    static func finish(_ conversion: Conversion, arguments: ParsedArguments, console: Console) -> ExitCode {
        let language = language(arguments, console: console)
        for warning in conversion.warnings {
            console.printError("survey convert: warning: " + warning.text(in: language.rawValue))
        }
        let file = arguments[out]
        if let file {
            do {
                try PrivateFiles.write(conversion.bytes, to: file)
            } catch {
                console.printError(
                    "survey convert: error: \(file): "
                        + (language == .de ? "kann nicht geschrieben werden" : "cannot be written")
                        + " (\(String(cString: strerror(error.code))))")
                return .failure
            }
        } else {
            console.write(data: String(decoding: conversion.bytes, as: UTF8.self))
        }
        // Checked under the name it is written to, or, on standard output, the `<id>.json` it belongs in.
        let diagnostics =
            file.map { Survey.load(bytes: conversion.bytes, file: $0).diagnostics }
            ?? conversion.result.diagnostics
        for diagnostic in diagnostics { console.printError(DiagnosticText.render(diagnostic, in: language)) }
        guard diagnostics.contains(where: { $0.severity == .error }) else { return .success }
        console.printError(
            "survey convert: error: "
                + (language == .de
                    ? "die umgewandelte Definition hat Fehler (oben); sie wurde trotzdem geschrieben, "
                        + "damit Sie sie von Hand berichtigen können"
                    : "the converted definition has errors (above); it was written anyway so that you can fix it by hand")
        )
        return .failure
    }
}

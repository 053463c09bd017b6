import SurveyConversion
import SurveyModel
import SurveyStore

/// What every `survey convert` subcommand does with its result: warnings, the definition, the loader's verdict.
enum ConversionOutput {
    /// Prints each warning as `survey convert: warning: <place>: <text>`, then what `survey validate` would say.
    static func report(_ conversion: Conversion, written file: String?, language: DiagnosticLanguage, console: Console)
    {
        for warning in conversion.warnings {
            console.printError("survey convert: warning: " + warning.text(in: language.rawValue))
        }
        for var diagnostic in conversion.result.diagnostics {
            diagnostic.file = file ?? "<stdout>"
            console.printError(DiagnosticText.render(diagnostic, in: language))
        }
    }

    /// Writes the definition to `file` (atomically) or standard output; exit 1 when the loader found errors.
    static func write(
        _ conversion: Conversion, to file: String?, language: DiagnosticLanguage, console: Console
    ) -> ExitCode {
        let text = String(decoding: conversion.bytes, as: UTF8.self)
        if let file {
            do {
                try PrivateFiles.replaceDurably(conversion.bytes, at: file)
            } catch {
                console.printError(
                    "survey convert: error: \(file): "
                        + (language == .de ? "kann nicht geschrieben werden" : "cannot be written") + " (\(error))")
                return .failure
            }
        } else {
            console.write(data: text)
        }
        guard conversion.result.survey == nil else { return .success }
        console.printError(
            "survey convert: error: "
                + (language == .de
                    ? "Die umgewandelte Definition hat Fehler (siehe oben); sie wurde trotzdem geschrieben, "
                        + "damit Sie sie dort korrigieren können."
                    : "the converted definition has errors (see above); it was written anyway so that you can fix "
                        + "them there"))
        return .failure
    }
}

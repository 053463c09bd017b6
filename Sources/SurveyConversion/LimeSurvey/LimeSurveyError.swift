/// Why a LimeSurvey file cannot be converted at all; anything smaller is a ``ConversionWarning``.
public enum LimeSurveyError: Error, Sendable, Equatable {
    /// The file is larger than ``LimeSurveyConverter/maximumSize``.
    case tooLarge(bytes: Int, limit: Int)
    /// The file declares a document type; DTDs and entity declarations are refused, never expanded.
    case documentTypeDeclaration(line: Int)
    /// The bytes are not UTF-8, the encoding LimeSurvey writes.
    case notUTF8(line: Int)
    /// A processing instruction (`<?name …?>`) other than the XML declaration; LimeSurvey writes none.
    case processingInstruction(line: Int)
    /// The XML declaration names an encoding other than UTF-8.
    case unsupportedEncoding(name: String)
    /// The XML is not well-formed.
    case malformed(line: Int, column: Int)
    /// Well-formed XML whose root element is not LimeSurvey's `<document>`.
    case wrongRootElement(name: String)
    /// A `<document>` without a table every survey structure has (`surveys`, `surveys_languagesettings`).
    case missingTable(name: String)
    /// None of the survey's languages has a two-letter ISO 639-1 code.
    case noLanguage(codes: [String])

    /// The message in `language` (`de` or `en`).
    public func message(in language: String) -> String {
        language == "en" ? english : german
    }

    private var english: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "the file has \(bytes) bytes, more than the \(limit) a survey structure may have"
        case .documentTypeDeclaration(let line):
            "line \(line): the file declares a document type (<!DOCTYPE>); LimeSurvey never writes one, "
                + "and entity declarations are not read for safety"
        case .notUTF8(let line):
            "line \(line): the file is not UTF-8 text; export the survey again from LimeSurvey"
        case .processingInstruction(let line):
            "line \(line): the file holds a processing instruction (<?…?>); LimeSurvey never writes one"
        case .unsupportedEncoding(let name):
            "line 1: the file declares the encoding \(name); LimeSurvey writes UTF-8, and only UTF-8 is read"
        case .malformed(let line, let column):
            "line \(line), column \(column): the file is not well-formed XML; export the survey again from LimeSurvey"
        case .wrongRootElement(let name):
            "not a LimeSurvey survey structure (.lss): the root element is <\(name)>, not <document>"
        case .missingTable(let name):
            "not a LimeSurvey survey structure (.lss): the table <\(name)> is missing"
        case .noLanguage(let codes):
            "none of the survey's languages (\(codes.joined(separator: ", "))) has a two-letter ISO 639-1 code"
        }
    }

    private var german: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            "die Datei hat \(bytes) Bytes, mehr als die \(limit), die eine Umfragestruktur haben darf"
        case .documentTypeDeclaration(let line):
            "Zeile \(line): die Datei deklariert einen Dokumenttyp (<!DOCTYPE>); LimeSurvey schreibt nie einen, "
                + "und Entity-Deklarationen werden aus Sicherheitsgründen nicht gelesen"
        case .notUTF8(let line):
            "Zeile \(line): die Datei ist kein UTF-8-Text; exportieren Sie die Umfrage erneut aus LimeSurvey"
        case .processingInstruction(let line):
            "Zeile \(line): die Datei enthält eine Verarbeitungsanweisung (<?…?>); LimeSurvey schreibt nie eine"
        case .unsupportedEncoding(let name):
            "Zeile 1: die Datei gibt die Kodierung \(name) an; LimeSurvey schreibt UTF-8, und nur UTF-8 wird gelesen"
        case .malformed(let line, let column):
            "Zeile \(line), Spalte \(column): die Datei ist kein wohlgeformtes XML; "
                + "exportieren Sie die Umfrage erneut aus LimeSurvey"
        case .wrongRootElement(let name):
            "keine LimeSurvey-Umfragestruktur (.lss): das Wurzelelement ist <\(name)>, nicht <document>"
        case .missingTable(let name):
            "keine LimeSurvey-Umfragestruktur (.lss): die Tabelle <\(name)> fehlt"
        case .noLanguage(let codes):
            "keine der Sprachen der Umfrage (\(codes.joined(separator: ", "))) hat einen zweibuchstabigen "
                + "Code nach ISO 639-1"
        }
    }
}

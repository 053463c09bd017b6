/// What the office reads on the page „Daten exportieren“, in German and English.
enum ExportPhrase: Sendable {
    case exportData, intro, privacy, format, values, codes, labels, language, personal, personalHint, download
    case personalData
    case responses(Int)
    case notWritten(String)
    case formatName(String)
    case formatHint(String)

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .exportData: ("Daten exportieren", "Export data")
        case .intro:
            (
                "Eine Zeile je eingereichter Antwort (die jeweils letzte Fassung; zurückgezogene Antworten und Entwürfe bleiben außen vor), eine Spalte je Frage. Eine Mehrfachauswahl hat eine Spalte je Option, eine Matrix eine je Zeile.",
                "One row per submitted response (its latest revision; withdrawn responses and drafts are left out), one column per question. A multiple choice has one column per option, a matrix one per row."
            )
        case .privacy:
            (
                "Rohdaten lassen einzelne Schulen erkennen. Bewahren Sie die Datei nur im Amt auf und geben Sie sie nicht weiter; für den Ausschuss gibt es den Bericht. Jeder Export wird im Protokoll vermerkt.",
                "Raw data identify single schools. Keep the file inside the office and do not pass it on; the committee gets the report. Every export is recorded in the audit log."
            )
        case .format: ("Format", "Format")
        case .values: ("Werte", "Values")
        case .codes: ("Codes (z. B. „gs“, 1, 0)", "Codes (e.g. “gs”, 1, 0)")
        case .labels: ("Beschriftungen (z. B. „Grundschule“)", "Labels (e.g. “Primary school”)")
        case .language: ("Sprache der Beschriftungen", "Language of labels")
        case .personalData: ("Personenbezogene Angaben", "Personal data")
        case .personal: ("Auch personenbezogene Angaben exportieren", "Also export personal data")
        case .personalHint:
            (
                "Fragen nach Namen, E-Mail-Adressen oder der Zustimmung zur Kontaktaufnahme bleiben sonst außen vor: ",
                "Questions asking for names, e-mail addresses or consent to contact are otherwise left out: "
            )
        case .download: ("Herunterladen", "Download")
        case .notWritten(let reason):
            (
                "Die Datei konnte in diesem Format nicht erstellt werden (\(reason)). Bitte wählen Sie ein anderes Format.",
                "The file could not be made in this format (\(reason)). Please choose another format."
            )
        case .responses(let count):
            count == 1
                ? ("1 eingereichte Antwort", "1 submitted response")
                : ("\(count) eingereichte Antworten", "\(count) submitted responses")
        case .formatName(let format):
            switch format {
            case "xlsx": ("Excel-Arbeitsmappe (.xlsx)", "Excel workbook (.xlsx)")
            case "csv-excel":
                ("CSV für Excel (Semikolon, Dezimalkomma)", "CSV for German Excel (semicolon, decimal comma)")
            case "csv": ("CSV (Komma, UTF-8)", "CSV (comma, UTF-8)")
            case "spss": ("SPSS-Datei (.sav)", "SPSS file (.sav)")
            case "sps": ("SPSS-Syntax mit CSV-Datei (ZIP)", "SPSS syntax with CSV file (ZIP)")
            case "r": ("R-Skript mit CSV-Datei (ZIP)", "R script with CSV file (ZIP)")
            case "parquet": ("Parquet (.parquet)", "Parquet (.parquet)")
            case "json": ("JSON", "JSON")
            default: (format, format)
            }
        case .formatHint(let format):
            switch format {
            case "xlsx":
                (
                    "Daten, Wertelabels und Codebuch in drei Tabellenblättern; Zahlen als Zahlen, Datumsangaben als Datum.",
                    "Data, value labels and codebook in three sheets; numbers as numbers, dates as dates."
                )
            case "csv-excel":
                ("Öffnet sich in deutschem Excel mit einem Doppelklick.", "Opens in German Excel with a double click.")
            case "csv": ("Für Statistikprogramme und Skripte.", "For statistics programs and scripts.")
            case "spss":
                (
                    "Mit Variablen- und Wertelabels und Messniveau; liest SPSS, PSPP und R (haven).",
                    "With variable and value labels and measurement levels; read by SPSS, PSPP and R (haven)."
                )
            case "sps":
                (
                    "Für alle, die mit Syntax arbeiten: Entpacken Sie beide Dateien in einen Ordner und führen Sie die Syntax aus.",
                    "For those who work with syntax: unpack both files into one folder and run the syntax."
                )
            case "r":
                (
                    "Liest die CSV-Datei mit Faktoren, Wertelabels und Variablenlabels ein; entpacken Sie beide Dateien in einen Ordner.",
                    "Reads the CSV file with factors, value labels and variable labels; unpack both files into one folder."
                )
            case "parquet":
                (
                    "Für DuckDB, Python (pandas, pyarrow) und R (arrow).",
                    "For DuckDB, Python (pandas, pyarrow) and R (arrow)."
                )
            case "json": ("Ein Objekt je Antwort.", "One object per response.")
            default: ("", "")
            }
        }
    }
}

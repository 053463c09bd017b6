import Markup

/// The package parts of a workbook other than its sheets and strings: content types, relationships,
/// document properties, the workbook part and the styles (ECMA-376 Parts 1 and 2).
enum OfficeXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The cell formats of `xl/styles.xml`, by their index in `cellXfs`.
    enum Style: Int {
        case plain = 0
        case header = 1
        case date = 2
        case dateTime = 3
    }

    /// `[Content_Types].xml`: the media type of every part.
    static func contentTypes(sheetCount: Int) -> String {
        let type = "application/vnd.openxmlformats-officedocument"
        let sheets = (0..<sheetCount).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"\(type).spreadsheetml.worksheet+xml\"/>"
        }
        return declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(type).spreadsheetml.sheet.main+xml\"/>"
            + sheets.joined()
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(type).spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(type).spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"\(type).extended-properties+xml\"/>"
            + "</Types>"
    }

    /// `_rels/.rels`: where the workbook and the document properties are.
    static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" "
        + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        + "Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipsNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// `docProps/core.xml`: title and time of creation (also as the time last modified).
    static func coreProperties(title: String, created: WorkbookTime) -> String {
        declaration
            + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLEscaper.escape(title))</dc:title>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(created.w3cdtf)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(created.w3cdtf)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the program that wrote the workbook.
    static func extendedProperties(application: String) -> String {
        declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>\(XMLEscaper.escape(application))</Application></Properties>"
    }

    /// `xl/workbook.xml`: the sheets in order, and each sheet's filter range as Excel records it.
    /// - Parameter filterRanges: each sheet's autofilter range, e.g. `$A$1:$C$10`.
    static func workbook(sheetNames: [String], filterRanges: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(XMLEscaper.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let filters = zip(sheetNames, filterRanges).enumerated().map { index, sheet in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + XMLEscaper.escape("\(SheetName.quoted(sheet.0))!\(sheet.1)") + "</definedName>"
        }
        return declaration
            + "<workbook xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
            + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets>\(sheets.joined())</sheets><definedNames>\(filters.joined())</definedNames></workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets, then styles and shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationshipsNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        return declaration + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">" + sheets.joined()
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipsNamespace)/sharedStrings\" "
            + "Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }

    /// `xl/styles.xml`: the cell formats of ``Style``: plain, bold header, ISO date, ISO date and time.
    static let styles =
        declaration + "<styleSheet xmlns=\"\(spreadsheetNamespace)\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
        + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}

import ZipArchive

extension Workbook {
    /// The workbook as an `.xlsx` file: a ZIP archive of its XML parts.
    /// - Throws: ``WorkbookError`` for a sheet name Excel refuses, a sheet past Excel's size, or an
    ///   archive past the ZIP format's limits.
    package func xlsx() throws(WorkbookError) -> [UInt8] {
        var seen: Set<String> = []
        for sheet in sheets {
            guard SheetName.isValid(sheet.name) else { throw .invalidSheetName(sheet.name) }
            guard seen.insert(sheet.name.lowercased()).inserted else { throw .duplicateSheetName(sheet.name) }
        }
        let writers = sheets.enumerated().map { WorksheetXML(sheet: $1, isFirst: $0 == 0) }
        for writer in writers
        where writer.sheet.rows.count + 1 > WorksheetXML.maximumRows || writer.columnCount > WorksheetXML.maximumColumns
        {
            throw .sheetTooLarge(
                sheet: writer.sheet.name, rows: writer.sheet.rows.count + 1, columns: writer.columnCount)
        }
        var strings = SharedStrings()
        let sheetParts = writers.map { $0.xml(strings: &strings) }
        let time = ZipEntryTime(
            year: created.year, month: created.month, day: created.day, hour: created.hour, minute: created.minute,
            second: created.second)
        // The content types first: readers that sniff the file type look there.
        let parts: [(String, [UInt8])] =
            [
                ("[Content_Types].xml", Array(OfficeXML.contentTypes(sheetCount: sheets.count).utf8)),
                ("_rels/.rels", Array(OfficeXML.packageRelationships.utf8)),
                ("docProps/core.xml", Array(OfficeXML.coreProperties(title: title, created: created).utf8)),
                ("docProps/app.xml", Array(OfficeXML.extendedProperties(application: application).utf8)),
                (
                    "xl/workbook.xml",
                    Array(
                        OfficeXML.workbook(sheetNames: sheets.map(\.name), filterRanges: writers.map(\.filterRange))
                            .utf8)
                ),
                ("xl/_rels/workbook.xml.rels", Array(OfficeXML.workbookRelationships(sheetCount: sheets.count).utf8)),
                ("xl/styles.xml", Array(OfficeXML.styles.utf8)),
                ("xl/sharedStrings.xml", strings.xml),
            ] + sheetParts.enumerated().map { ("xl/worksheets/sheet\($0 + 1).xml", $1) }
        do {
            var archive = ZipWriter()
            for (name, contents) in parts { try archive.add(name: name, contents: contents, modified: time) }
            return try archive.finished()
        } catch {
            throw .archive(error)
        }
    }
}

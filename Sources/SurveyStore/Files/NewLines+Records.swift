import StrictJSON
import SurveyModel

extension NewLines {
    /// Parses each new line as one JSON record and hands it to `apply`, in order.
    ///
    /// A line that is not JSON, or whose record `apply` refuses, is a damaged line of
    /// `path`, named by its number: the first new line is number `firstLine`.
    func forEachRecord(
        of path: String, firstLine: Int, _ apply: (JSONValue) throws -> Void
    ) throws(StoreError) {
        for (index, line) in lines.enumerated() {
            do {
                try apply(JSONDocument(parsing: Array(line)).root)
            } catch let error as JSONSyntaxError {
                throw .damagedLine(file: path, line: firstLine + index, reason: error.message)
            } catch {
                throw .damagedLine(file: path, line: firstLine + index, reason: "\(error)")
            }
        }
    }
}

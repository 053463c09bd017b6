import CryptoPrimitives
import Foundation

/// The report's stylesheet and the Content-Security-Policy that admits it and nothing else.
///
/// The report is one file that must open anywhere, so its stylesheet is
/// inline. Instead of allowing every inline style (`'unsafe-inline'`), the
/// policy names this stylesheet by its SHA-256 hash; any other `<style>`,
/// `style` attribute or script, however it got into the page, is refused.
/// The charts use presentation attributes (`fill`, `font-size`), which a
/// policy does not restrict.
package enum ReportStyle {
    /// Print layout for A4 and a calm screen layout; system fonts only, nothing loaded.
    ///
    /// A `StaticString`, because the content of `<style>` is raw text that is
    /// written unescaped; `.screen-only` marks what the printed report leaves out.
    package static let css: StaticString = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        :root { color: #1a1a1a; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; }
        body { max-width: 180mm; margin: 0 auto; padding: 12mm 4mm; }
        h1 { font-size: 22pt; line-height: 1.2; margin: 0 0 6mm; }
        h2 { font-size: 13pt; margin: 0 0 2mm; }
        h3 { font-size: 12pt; margin: 0 0 2mm; }
        .part > h2 { font-size: 16pt; margin: 0 0 6mm; break-after: avoid; padding-bottom: 1mm; border-bottom: 0.5pt solid #999; }
        .contents h2 { font-size: 11pt; }
        .contents ol { columns: 2; column-gap: 8mm; font-size: 9.5pt; margin: 0; padding-left: 5mm; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; color: #555; margin: 30mm 0 2mm; }
        .lead { font-size: 12pt; max-width: 150mm; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 8mm 0; }
        .facts div { display: contents; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        .methods { margin-top: 10mm; font-size: 9.5pt; color: #333; }
        .reading-guide { margin-top: 8mm; font-size: 10pt; }
        .reading-guide h2, .methods h2 { break-after: avoid; }
        .details.new-page { break-before: page; }
        p.withheld { font-size: 10pt; color: #444; }
        .title-page { break-after: page; }
        .question { break-inside: avoid; margin: 0 0 10mm; padding-top: 2mm; }
        .base { color: #555; font-size: 9pt; margin: 0 0 2mm; }
        figure { margin: 0 0 3mm; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: auto; min-width: 60%; max-width: 100%; font-size: 9pt; margin: 0 0 3mm; font-variant-numeric: tabular-nums; }
        table { break-inside: avoid; }
        caption { text-align: left; font-weight: bold; padding: 1mm 0; break-after: avoid; }
        th, td { padding: 1mm 2mm; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
        th { text-align: left; font-weight: bold; }
        tbody th { font-weight: normal; min-width: 30mm; }
        td.n { text-align: right; white-space: nowrap; padding: 1mm 1.5mm; }
        th.n { text-align: right; font-size: 8pt; padding: 1mm 1.5mm; hyphens: auto; overflow-wrap: break-word; }
        .base-row { color: #555; }
        .note { font-size: 8.5pt; color: #444; break-before: avoid; }
        @media screen and (max-width: 640px) { table { display: block; overflow-x: auto; min-width: 0; } tbody th { min-width: 24mm; } }
        @media print { body { padding: 0; max-width: none; } a { color: inherit; } .screen-only { display: none; } }
        """

    /// `'sha256-…'`, the source expression for ``css`` in a `style-src` directive.
    package static let hashSource: String = {
        let digest = css.withUTF8Buffer { SHA256.hash($0) }
        return "'sha256-\(Data(digest).base64EncodedString())'"
    }()

    /// The policy of the report file: no script, no request, no frame, only the report's stylesheet.
    ///
    /// A `<meta>` policy cannot set `frame-ancestors`; a page served over
    /// HTTP gets the server's headers as well.
    package static let contentSecurityPolicy =
        "default-src 'none'; style-src \(hashSource); base-uri 'none'; form-action 'none'"
}

import Markup
import StrictJSON
import SurveyModel

/// The fields of the keys only one question type offers (see the type tables of the format).
struct QuestionTypeFields {
    let controls: QuestionFormControls
    let address: QuestionAddress
    let type: QuestionType

    /// A scale with at most this many points gets a label field per point; a longer one only at its ends.
    static let labelledPoints = 11

    private var path: DefinitionPath { address.path }
    private var ui: UILanguage { controls.ui }
    private func value(_ key: String) -> JSON? { controls.document.json.value(at: path.appending(key)) }

    func render(into html: inout HTMLBuilder) {
        switch type {
        case .text:
            controls.checkbox(path.appending("multiline"), .multiline, into: &html)
            controls.text(path.appending("maxLength"), .maxLength, help: .maxLengthHelp, into: &html)
            controls.text(path.appending("pattern"), .pattern, help: .patternHelp, into: &html)
            controls.localized(path.appending("patternMessage"), .patternMessage, into: &html)
            controls.select(
                path.appending("format"), .format,
                choices: [
                    ("", QuestionEditorPhrase.formatNone.text(ui)),
                    ("email", QuestionEditorPhrase.formatEmail.text(ui)),
                ],
                into: &html)
        case .number:
            controls.checkbox(path.appending("integer"), .integer, into: &html)
            controls.text(path.appending("min"), .min, into: &html)
            controls.text(path.appending("max"), .max, into: &html)
            controls.localized(path.appending("unit"), .unit, into: &html)
        case .single:
            options(exclusive: false, into: &html)
            controls.select(
                path.appending("display"), .display,
                choices: [
                    ("", QuestionEditorPhrase.displayRadio.text(ui)),
                    ("dropdown", QuestionEditorPhrase.displayDropdown.text(ui)),
                ], into: &html)
            extra("other", on: .setOther(address, true), off: .setOther(address, false), .other, into: &html)
        case .multiple:
            options(exclusive: true, into: &html)
            controls.text(path.appending("minSelected"), .minSelected, into: &html)
            controls.text(path.appending("maxSelected"), .maxSelected, into: &html)
            extra("other", on: .setOther(address, true), off: .setOther(address, false), .other, into: &html)
        case .boolean:
            controls.localized(path.appending("labels").appending("true"), .labelTrue, into: &html)
            controls.localized(path.appending("labels").appending("false"), .labelFalse, into: &html)
        case .scale:
            scale(into: &html)
            notApplicable(into: &html)
        case .matrix:
            QuestionChoiceTable(controls: controls, list: .rows(address), caption: .rowsHeading, offersExclusive: false)
                .render(into: &html)
            if value("options") != nil {
                options(exclusive: false, into: &html)
            } else {
                scale(into: &html)
                notApplicable(into: &html)
            }
        case .ranking:
            options(exclusive: false, into: &html)
            controls.text(path.appending("rankCount"), .rankCount, help: .rankCountHelp, into: &html)
        case .date:
            controls.text(path.appending("min"), .earliest, help: .dateHelp, into: &html)
            controls.text(path.appending("max"), .latest, help: .dateHelp, into: &html)
        case .note:
            controls.localized(path.appending("text"), .noteText, multiline: true, into: &html)
        }
    }

    private func options(exclusive: Bool, into html: inout HTMLBuilder) {
        QuestionChoiceTable(
            controls: controls, list: .options(address), caption: .optionsHeading, offersExclusive: exclusive
        )
        .render(into: &html)
    }

    private func notApplicable(into html: inout HTMLBuilder) {
        extra(
            "notApplicable", on: .setNotApplicable(address, true), off: .setNotApplicable(address, false),
            .notApplicable, into: &html)
    }

    /// An extra answer ("other", "not applicable"): its label while it is on, and the button that switches it.
    private func extra(
        _ key: String, on: DefinitionEdit, off: DefinitionEdit, _ label: QuestionEditorPhrase,
        into html: inout HTMLBuilder
    ) {
        html.element(
            "div",
            [HTMLAttribute("class", "extra-answer"), HTMLAttribute("id", DesignerField.id(of: path.appending(key)))]
        ) { html in
            for message in controls.errors(path.appending(key)) {
                html.element("p", [HTMLAttribute("class", "error")], text: message)
            }
            if value(key) != nil {
                controls.localized(path.appending(key).appending("label"), label, into: &html)
                controls.button(off, QuestionEditorPhrase.switchOff(label.text(ui)).text(ui), into: &html)
            } else {
                html.element("p", text: QuestionEditorPhrase.extraAbsent(label.text(ui)).text(ui))
                controls.button(on, QuestionEditorPhrase.switchOn(label.text(ui)).text(ui), into: &html)
            }
        }
    }

    /// `from`, `to` and the points' labels; every point of a short scale, the ends and the labelled points of a long one.
    private func scale(into html: inout HTMLBuilder) {
        let scale = path.appending("scale")
        for message in controls.errors(scale) { html.element("p", [HTMLAttribute("class", "error")], text: message) }
        controls.text(scale.appending("from"), .scaleFrom, into: &html)
        controls.text(scale.appending("to"), .scaleTo, into: &html)
        let labels = scale.appending("labels")
        let named = (controls.document.json.value(at: labels)?.fields ?? []).map(\.key)
        var points: [String] = []
        if let from = value("scale")?["from"]?.int, let to = value("scale")?["to"]?.int, from <= to {
            let span = to.subtractingReportingOverflow(from)
            points =
                !span.overflow && span.partialValue < Self.labelledPoints
                ? (from...to).map(String.init) : [String(from), String(to)]
        }
        for point in named where !points.contains(point) { points.append(point) }
        for point in points {
            controls.localized(labels.appending(point), .pointLabel(point), into: &html)
        }
    }
}

/// The form's own stylesheet, served as `/assets/form.css`.
///
/// Colours keep at least 4.5:1 against their background (body text #1a1a1a on
/// white 17:1, links #0b4f9c 8:1, errors #b00020 7:1, help #4a4a4a 9:1); focus
/// is a thick outline that never depends on colour alone; the layout is one
/// column that works from 320 px and at 200 % zoom.
enum Stylesheet {
    static let css = """
        :root { --text: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; --error: #b00020; --line: #767676; --tint: #f2f5f9; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; line-height: 1.5; color: var(--text); background: #fff; }
        a { color: var(--link); }
        code { overflow-wrap: anywhere; }
        a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #000; outline-offset: 2px; box-shadow: 0 0 0 5px #ffd33d; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem 1rem; }
        .skip:focus { left: .5rem; top: .5rem; z-index: 10; }
        header.site { border-bottom: 1px solid var(--line); background: var(--tint); }
        header.site .inner, main, footer.site .inner { max-width: 46rem; margin: 0 auto; padding: .75rem 1rem; }
        header.site .inner { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; align-items: baseline; }
        header.site .title { font-weight: 600; }
        nav.languages ul, nav.admin ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0; }
        h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; }
        .progress { color: var(--muted); margin: 0; }
        .help, .hint, .unit { color: var(--muted); }
        .help, .hint { margin: .25rem 0; font-size: .95rem; }
        .question { margin: 1.5rem 0; padding: 0; border: 0; }
        fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
        legend, .question > label { font-weight: 600; padding: 0; display: block; margin-bottom: .25rem; }
        .required { font-weight: 400; color: var(--muted); }
        input[type=text], input[type=email], input[type=date], input[type=password], select, textarea {
            font: inherit; color: inherit; padding: .4rem .5rem; border: 2px solid var(--line); border-radius: 3px; background: #fff; max-width: 100%; }
        input[type=text], input[type=email], input[type=password], textarea { width: 100%; }
        input.number { width: 10rem; }
        textarea { min-height: 6rem; }
        .choice { display: flex; align-items: flex-start; gap: .5rem; margin: .3rem 0; }
        .choice input { width: 1.25rem; height: 1.25rem; margin: .15rem 0 0; flex: none; }
        .scale .choices { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
        .matrix-row { border-top: 1px solid #d0d0d0; padding: .5rem 0; }
        .matrix-row legend { font-weight: 400; }
        .matrix-row .choices { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
        .other { margin: .25rem 0 .5rem 1.75rem; }
        .other label { display: block; }
        .ranking .rank { display: flex; gap: .75rem; align-items: center; margin: .3rem 0; flex-wrap: wrap; }
        .ranking .rank label { min-width: 5rem; }
        .has-error { border-left: 4px solid var(--error); padding-left: .75rem; }
        .error { color: var(--error); font-weight: 600; margin: .25rem 0; }
        .error-summary { border: 3px solid var(--error); padding: .75rem 1rem; margin: 1rem 0; }
        .error-summary h2 { margin-top: 0; color: var(--error); }
        .notice { border-left: 4px solid var(--link); background: var(--tint); padding: .75rem 1rem; margin: 1rem 0; }
        .condition { font-style: italic; }
        .filter-builder { border: 1px solid var(--line); border-radius: 3px; background: var(--tint); padding: .75rem 1rem; margin: 1rem 0; }
        .builder-row { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; }
        .builder-field { flex: 1 1 12rem; min-width: 0; } .builder-field select, .builder-field input { width: 100%; }
        .builder-field label { font-weight: 600; display: block; margin-bottom: .25rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 2rem 0 1rem; }
        button, .button { font: inherit; padding: .55rem 1.1rem; border-radius: 3px; border: 2px solid var(--link); background: #fff; color: var(--link); cursor: pointer; text-decoration: none; display: inline-block; }
        button.primary, .button.primary { background: var(--link); color: #fff; }
        dl.answers { margin: 0; }
        dl.answers dt { font-weight: 600; margin-top: .75rem; }
        dl.answers dd { margin: 0; white-space: pre-wrap; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        .participant-line { margin: 1rem 0; }
        .participant-line dt { font-weight: 600; }
        .participant-line dd { margin: .25rem 0 0; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
        .table-wrap { overflow-x: auto; }
        main:has(table.participants) { max-width: 76rem; }
        table.participants details button { margin-top: .25rem; }
        section.issued td, code.invitation-link { overflow-wrap: anywhere; }
        ul.actions { list-style: none; padding: 0; }
        pre.mail-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--tint); padding: .75rem; max-width: 78ch; }
        dl.mail-headers { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.mail-headers dt { font-weight: 600; }
        dl.mail-headers dd { margin: 0; overflow-wrap: anywhere; }
        pre.diagnostics { white-space: pre-wrap; background: var(--tint); padding: .75rem; overflow-x: auto; }
        section[aria-labelledby="mail"] fieldset[id$=".text"] textarea { min-height: 18rem; }
        pre.mail-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--tint); padding: .75rem; font-family: inherit; }
        .inline-form { display: inline; }
        nav.breadcrumbs ol { list-style: none; margin: .75rem 0 0; padding: 0; display: flex; flex-wrap: wrap; }
        nav.breadcrumbs li + li::before { content: "›"; padding: 0 .5rem; color: var(--muted); }
        main:has(table.definitions), main:has(section.designer-page), main:has(section.settings-part) { max-width: 64rem; }
        .row-actions, .page-links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        .page-links { margin: 1rem 0; }
        p.diagnostic { color: var(--error); margin: .25rem 0 0; overflow-wrap: anywhere; }
        dl.settings { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: .35rem 1rem; margin: 0; }
        dl.settings dt { font-weight: 600; } dl.settings dd { margin: 0; }
        dl.settings ul, ul.messages { margin: 0; padding-left: 1.25rem; }
        @media (max-width: 36rem) { dl.settings { grid-template-columns: 1fr; } dl.settings dd { margin-bottom: .5rem; } }
        section.designer-page { border-top: 2px solid var(--line); margin-top: 1.5rem; }
        .question-list { padding-left: 1.5rem; }
        .question-summary { margin: 1rem 0; }
        .question-summary h4 { margin: 0 0 .25rem; font-size: 1.05rem; }
        .meta, .condition-source { margin: .25rem 0; }
        .badge { display: inline-block; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; font-size: .9rem; background: var(--tint); }
        .badge.type { font-weight: 600; }
        fieldset.localized { margin: 1rem 0; }
        .side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem 1rem; }
        .field { margin: .5rem 0; } .field label { display: block; font-weight: 600; }
        main:has(form.designer-form) { max-width: 64rem; }
        fieldset.editor-section { margin: 1.5rem 0; } .editor-section .rule { border-top: 1px solid var(--line); }
        .field.checkbox label { display: inline; font-weight: normal; margin-left: .4rem; }
        .choice-table table { width: 100%; } .choice-table td { vertical-align: top; }
        .choice-table td .field label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        pre.expression-excerpt { background: var(--tint); padding: .5rem; margin: .25rem 0; overflow-x: auto; }
        @media (max-width: 36rem) {
            .choice-table thead { display: none; }
            .choice-table table, .choice-table tbody, .choice-table tr, .choice-table td { display: block; }
            .choice-table tr { border-top: 1px solid var(--line); padding: .5rem 0; }
            .choice-table td .field label { position: static; width: auto; height: auto; clip: auto; white-space: normal; }
        }
        .structure { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: center; margin: .4rem 0; }
        button.small { padding: .2rem .6rem; } .structure select { max-width: 16rem; }
        fieldset.entry, div.entry { border-left: 3px solid var(--line); padding-left: .75rem; margin: 1rem 0; }
        .actions.top { margin: 1rem 0; }
        ul.entry-list li { margin: .25rem 0; }
        [hidden] { display: none !important; }
        @media print {
            header.site, footer.site, nav, .actions, .skip, .no-print { display: none !important; }
            body { font-size: 11pt; }
            a { color: inherit; text-decoration: none; }
            .question { break-inside: avoid; }
            section.page { break-before: page; }
            section.page:first-of-type { break-before: auto; }
            input[type=text], input[type=email], textarea { border: 1px solid #000; }
        }

        """
}

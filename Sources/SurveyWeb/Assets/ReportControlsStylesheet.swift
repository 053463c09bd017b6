/// The look of the live report's filter and breakdown, served as `/assets/report-controls.css`.
///
/// The report itself keeps its print stylesheet; these rules reach only the
/// screen controls above it (`.screen-only`) and repeat the office area's
/// colours, fields, buttons and focus ring from ``Stylesheet``, with the same
/// contrast: text #1a1a1a, help #4a4a4a, links and buttons #0b4f9c, errors #b00020.
enum ReportControlsStylesheet {
    static let path = "/assets/report-controls.css"

    static let css = """
        .screen-only { --link: #0b4f9c; --muted: #4a4a4a; --line: #767676; --tint: #f2f5f9; --error: #b00020;
            font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; font-size: 1rem; line-height: 1.5;
            border-bottom: 1px solid var(--line); margin-bottom: 2rem; padding: 0 1rem 1rem; }
        .screen-only, .screen-only * { box-sizing: border-box; }
        .screen-only a { color: var(--link); }
        .screen-only a:focus, .screen-only button:focus, .screen-only input:focus, .screen-only select:focus {
            outline: 3px solid #000; outline-offset: 2px; box-shadow: 0 0 0 5px #ffd33d; }
        .screen-only h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        .screen-only .question { margin: 1.25rem 0; }
        .screen-only .question > label, .screen-only legend, .screen-only .builder-field label {
            font-weight: 600; display: block; margin-bottom: .25rem; padding: 0; }
        .screen-only .help { color: var(--muted); margin: .25rem 0 .5rem; font-size: .95rem; }
        .screen-only input[type=text], .screen-only select {
            font: inherit; color: inherit; padding: .4rem .5rem; border: 2px solid var(--line); border-radius: 3px;
            background: #fff; max-width: 100%; }
        .screen-only input[type=text] { width: 100%; }
        .screen-only .filter-builder { border: 1px solid var(--line); border-radius: 3px; background: var(--tint);
            padding: .75rem 1rem; margin: 1rem 0; min-width: 0; }
        .screen-only .builder-row { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: flex-end; }
        .screen-only .builder-field { flex: 1 1 12rem; min-width: 0; }
        .screen-only .builder-field:first-child { flex-grow: 2; }
        .screen-only .builder-field select, .screen-only .builder-field input[type=text] { width: 100%; }
        .screen-only .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0 0; }
        .screen-only button { font: inherit; padding: .55rem 1.1rem; border-radius: 3px; border: 2px solid var(--link);
            background: #fff; color: var(--link); cursor: pointer; }
        .screen-only button.primary { background: var(--link); color: #fff; }
        .screen-only .notice { border-left: 4px solid var(--link); background: var(--tint); padding: .75rem 1rem; margin: 1rem 0; }
        .screen-only .error-summary { border: 3px solid var(--error); padding: .75rem 1rem; margin: 1rem 0; }
        .screen-only .error { color: var(--error); font-weight: 600; margin: .25rem 0; }
        .screen-only nav ul { padding-left: 1.25rem; }
        """
}

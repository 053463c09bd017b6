/// The optional script for live show and hide, served as `/assets/form.js`.
///
/// The form works fully without it. With it, a change to any field asks the
/// server which questions of the page are visible now (the server owns the one
/// evaluator of the expression language) and hides the others, so conditional
/// questions appear as soon as they apply. It also clears the other choices
/// when an exclusive option ("none of these") is ticked. While an answer of
/// the server is outstanding the form is `aria-busy`, which tells assistive
/// technology (and the browser tests) that its questions may still change.
enum FormScript {
    static let javascript = """
        (function () {
          "use strict";
          var form = document.querySelector("form[data-visibility]");
          if (!form) { return; }
          var pending = null;
          var latest = 0;
          function apply(visible) {
            var blocks = form.querySelectorAll("[data-question][data-conditional]");
            for (var i = 0; i < blocks.length; i++) {
              var id = blocks[i].getAttribute("data-question");
              var show = visible.indexOf(id) >= 0;
              blocks[i].hidden = !show;
              var hint = blocks[i].querySelector(".condition");
              if (hint) { hint.hidden = true; }
            }
          }
          function refresh() {
            pending = null;
            var ticket = ++latest;
            form.setAttribute("aria-busy", "true");
            var body = new URLSearchParams(new FormData(form));
            fetch(form.getAttribute("data-visibility"), {
              method: "POST", body: body, credentials: "same-origin",
              headers: { "Content-Type": "application/x-www-form-urlencoded" }
            }).then(function (response) {
              return response.ok ? response.json() : null;
            }).then(function (result) {
              if (result && result.visible) { apply(result.visible); }
            }).catch(function () { /* keep everything shown; the server decides on submit */ }).then(function () {
              if (ticket === latest && !pending) { form.removeAttribute("aria-busy"); }
            });
          }
          function schedule() {
            form.setAttribute("aria-busy", "true");
            if (pending) { clearTimeout(pending); }
            pending = setTimeout(refresh, 150);
          }
          form.addEventListener("change", function (event) {
            var target = event.target;
            if (target && target.type === "checkbox" && target.checked) {
              var group = form.querySelectorAll("input[type=checkbox][name='" + target.name + "']");
              var exclusive = target.hasAttribute("data-exclusive");
              for (var i = 0; i < group.length; i++) {
                if (group[i] !== target && (exclusive || group[i].hasAttribute("data-exclusive"))) {
                  group[i].checked = false;
                }
              }
            }
            schedule();
          });
          form.addEventListener("input", schedule);
          refresh();
        })();

        """
}

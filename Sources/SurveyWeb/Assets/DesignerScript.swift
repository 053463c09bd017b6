/// The designer's optional script, served as ``path`` and loaded only on designer pages.
///
/// Every designer action works without it: a form POST, then a redirect or the page again with its
/// errors. With it, a designer form posts the same fields (and the pressed button's `name`/`value`)
/// with `fetch` and puts the answer's `<main>` in place of the page's own, so the page does not blink
/// and the person keeps their place: focus returns to the same field, moves to the part an action
/// created (the first field whose id is new), or to the error summary when something was refused.
/// A "saved" message is read out through a live region that stays in the page. An answer it does not
/// understand, or no answer at all, hands the form to the browser to submit as usual.
enum DesignerScript {
    static let path = "/assets/designer.js"

    static let javascript = """
        (function () {
          "use strict";
          if (!window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }
          var live = document.createElement("div");
          live.className = "visually-hidden";
          live.setAttribute("aria-live", "polite");
          document.body.appendChild(live);
          var busy = false;
          var native = null;
          var fieldSelector = "input[id], select[id], textarea[id], [id^='field-']";

          // Read as attributes: the designer's buttons are called "action", which hides `form.action`.
          function target(form) { return new URL(form.getAttribute("action") || "", location.href); }
          function isDesignerForm(form) {
            var address = target(form);
            return (form.getAttribute("method") || "").toLowerCase() === "post" &&
              address.origin === location.origin && address.pathname.indexOf("/admin/designer/") === 0 &&
              !!form.closest("main");
          }
          function body(form, submitter) {
            var data = new FormData(form);
            if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
            return form.getAttribute("enctype") === "multipart/form-data" ? data : new URLSearchParams(data);
          }
          function fieldIds(main) {
            var ids = {};
            var fields = main.querySelectorAll(fieldSelector);
            for (var i = 0; i < fields.length; i++) { ids[fields[i].id] = true; }
            return ids;
          }
          function focus(element) {
            if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) { element.setAttribute("tabindex", "-1"); }
            element.focus();
          }
          function focusAfter(main, before, focusedId, submitter, arrival) {
            var summary = main.querySelector(".error-summary");
            if (summary) { focus(summary); return; }
            var arrived = arrival && document.getElementById(arrival);
            if (arrived) { focus(arrived); return; }
            var fields = main.querySelectorAll(fieldSelector);
            for (var i = 0; i < fields.length; i++) {
              if (!before[fields[i].id] && fields[i].type !== "hidden") { focus(fields[i]); return; }
            }
            var same = focusedId && document.getElementById(focusedId);
            if (!same && submitter && submitter.name) {
              same = main.querySelector("button[name='" + CSS.escape(submitter.name) + "'][value='" +
                CSS.escape(submitter.value) + "']");
            }
            focus(same || main);
          }
          function announce(main) {
            var status = main.querySelector("[role=status]");
            live.textContent = "";
            if (status) { setTimeout(function () { live.textContent = status.textContent; }, 50); }
          }
          function show(response, text, before, focusedId, submitter) {
            var page = new DOMParser().parseFromString(text, "text/html");
            var next = page.querySelector("main");
            var main = document.querySelector("main");
            if (!next || !main) { return false; }
            main.replaceWith(document.adoptNode(next));
            document.title = page.title;
            // The server names the part to arrive at in `at`, since a followed redirect hides its fragment.
            var arrival = response.redirected ? new URL(response.url).searchParams.get("at") : null;
            if (response.redirected) { history.replaceState(null, "", response.url + (arrival ? "#" + arrival : "")); }
            focusAfter(next, before, focusedId, submitter, arrival);
            announce(next);
            return true;
          }
          function submitNatively(form, submitter) {
            native = form;
            if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
          }

          document.addEventListener("submit", function (event) {
            var form = event.target;
            if (form === native || !isDesignerForm(form)) { return; }
            event.preventDefault();
            if (busy) { return; }
            busy = true;
            var submitter = event.submitter || null;
            var main = document.querySelector("main");
            var before = fieldIds(main);
            var focusedId = document.activeElement && document.activeElement.id;
            main.setAttribute("aria-busy", "true");
            fetch(target(form), { method: "POST", body: body(form, submitter), credentials: "same-origin" })
              .then(function (response) {
                var understood = response.ok || response.status === 409 || response.status === 422;
                var html = (response.headers.get("Content-Type") || "").indexOf("text/html") === 0;
                if (!understood || !html) { throw new Error("answer " + response.status); }
                return response.text().then(function (text) {
                  if (!show(response, text, before, focusedId, submitter)) { throw new Error("no main"); }
                });
              })
              .catch(function () {
                main.removeAttribute("aria-busy");
                submitNatively(form, submitter);
              })
              .then(function () { busy = false; });
          });
        })();

        """
}

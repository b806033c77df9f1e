/* On articles: copy the citation (overrides/partials/article-end.html), and let Escape close a glossary
   tooltip (kennisbank/html/glossary_extension.py; WCAG 1.4.13). Without this script the citation can still be
   selected and copied, and a tooltip closes when the pointer or focus moves away. */
(function () {
  "use strict";

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Opened as a file or over plain http the clipboard API is missing; the older way still works there.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "kb-buiten-beeld";
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      document.body.removeChild(area);
      if (copied) {
        resolve();
      } else {
        reject(new Error("kopiëren lukte niet"));
      }
    });
  }

  document.querySelectorAll("[data-kb-kopieer]").forEach(function (button) {
    var message = button.parentNode.querySelector("[data-kb-kopieer-melding]");
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(button.getAttribute("data-kb-kopieer")).then(function () {
        message.textContent = "De verwijzing is gekopieerd.";
      }, function () {
        message.textContent = "Kopiëren lukte niet. Selecteer de verwijzing en kopieer hem zelf.";
      });
    });
  });

  var terms = document.querySelectorAll(".kb-begrip");
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      terms.forEach(function (term) { term.classList.add("kb-begrip--gesloten"); });
    }
  });
  terms.forEach(function (term) {
    function reopen() { term.classList.remove("kb-begrip--gesloten"); }
    term.addEventListener("mouseleave", reopen);
    term.addEventListener("focusout", reopen);
  });
})();

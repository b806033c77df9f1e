/* Het menu van Material, bruikbaar met toetsenbord en schermlezer (WCAG 2.1.1 en 4.1.2).
   - De menuknop op een telefoon (of bij grote zoom) is een <label> voor een verborgen checkbox: een
     label krijgt met Tab geen focus en reageert niet op Enter of spatie. Een <label> mag ook geen rol
     'button' krijgen (ARIA in HTML). Daarom komt binnen het label een element met die rol: het krijgt
     de focus, zegt of het menu open of dicht is en reageert op Enter en spatie; Escape sluit het menu.
     Een klik of tik erop gaat via het label naar de checkbox, zoals voorheen.
   - De knopjes die een onderdeel van het zijmenu open- en dichtklappen hebben alleen een pijltje: een
     schermlezer noemt ze zonder naam. Hier krijgen ze de naam van het onderdeel en hun stand.
   Zonder dit script werkt het menu met muis en vinger zoals voorheen. */
(() => {
  "use strict";

  // The label's content moves into a focusable element with the role button; the label itself leaves the Tab order.
  function makeButton(label, name, checkbox) {
    const button = document.createElement("span");
    button.className = "kb-knop";
    button.setAttribute("role", "button");
    button.tabIndex = 0;
    button.append(...label.childNodes);
    if (button.textContent.trim() !== name) button.setAttribute("aria-label", name);
    label.append(button);
    label.removeAttribute("tabindex");
    const showState = () => button.setAttribute("aria-expanded", String(checkbox.checked));
    checkbox.addEventListener("change", showState);
    showState();
    button.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation();
        checkbox.click(); // toggles the checkbox and fires "change", as a tap on the label does
      }
    });
    return button;
  }

  const drawer = document.getElementById("__drawer");
  const menuLabel = document.querySelector('.md-header label[for="__drawer"]');
  if (drawer && menuLabel) {
    const menuButton = makeButton(menuLabel, "Menu", drawer);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && drawer.checked) {
        drawer.click();
        menuButton.focus();
      }
    });
  }

  for (const toggle of document.querySelectorAll('label.md-nav__link[for][tabindex="0"]')) {
    const checkbox = document.getElementById(toggle.htmlFor);
    // A section with its own page has the toggle beside the link to that page, with only an arrow.
    const title = toggle.textContent.trim() || toggle.parentElement.querySelector("a.md-nav__link")?.textContent.trim();
    if (checkbox && title) makeButton(toggle, title, checkbox);
  }
})();

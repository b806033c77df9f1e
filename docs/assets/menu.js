/* Het menu van Material, bruikbaar met toetsenbord en schermlezer (WCAG 2.1.1 en 4.1.2).
   - De menuknop op een telefoon (of bij grote zoom) is een <label> voor een verborgen checkbox: een
     label krijgt met Tab geen focus en reageert niet op Enter of spatie. Hier wordt het een echte knop
     die zegt of het menu open of dicht is; Escape sluit het menu.
   - De knopjes die een onderdeel van het zijmenu open- en dichtklappen hebben alleen een pijltje: een
     schermlezer noemt ze zonder naam. Hier krijgen ze de naam van het onderdeel en hun stand.
   Zonder dit script werkt het menu met muis en vinger zoals voorheen. */
(() => {
  "use strict";

  function makeButton(label, name, checkbox) {
    label.setAttribute("role", "button");
    if (label.textContent.trim() !== name) label.setAttribute("aria-label", name);
    const showState = () => label.setAttribute("aria-expanded", String(checkbox.checked));
    checkbox.addEventListener("change", showState);
    showState();
  }

  const drawer = document.getElementById("__drawer");
  const menuButton = document.querySelector('.md-header label[for="__drawer"]');
  if (drawer && menuButton) {
    menuButton.tabIndex = 0;
    makeButton(menuButton, "Menu", drawer);
    menuButton.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation(); // Material clicks a focused label on Enter itself: that would toggle twice
        drawer.click(); // toggles the checkbox and fires "change", as a tap on the label does
      }
    });
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
    if (!checkbox || !title) continue;
    makeButton(toggle, title, checkbox);
    toggle.addEventListener("keydown", (event) => {
      if (event.key === " ") { // Material handles Enter; a button also answers to the space bar
        event.preventDefault();
        toggle.click();
      }
    });
  }
})();

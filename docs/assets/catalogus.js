/* The interventions catalogue (kennisbank/finding/catalogue.py): filter by theme, target group, recognition level
   and words. The full list is in the HTML; this script only shows the filters and hides what does not match.
   The address keeps the filters (?thema=wat-werkt&niveau=goed-beschreven&zoek=maatje), so a list can be shared.
   Within one group a value OR another counts; between groups and words, all must match. */
(function () {
  "use strict";

  var catalogue = document.querySelector("[data-kb-catalogus]");
  if (!catalogue) {
    return;
  }
  var form = catalogue.querySelector("[data-kb-filters]");
  var status = catalogue.querySelector("[data-kb-resultaat]");
  var empty = catalogue.querySelector("[data-kb-leeg]");
  var search = form.elements.zoek;
  var groups = ["thema", "doelgroep", "niveau"];
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var items = Array.prototype.slice.call(catalogue.querySelectorAll("[data-kb-item]")).map(function (element) {
    var values = {};
    groups.forEach(function (group) {
      values[group] = (element.getAttribute("data-" + group) || "").split(" ").filter(Boolean);
    });
    return { element: element, values: values, text: element.getAttribute("data-tekst") || "" };
  });
  var announceTimer = null;

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function currentState() {
    var state = { words: normalise(search.value).split(/\s+/).filter(Boolean) };
    groups.forEach(function (group) {
      state[group] = boxes.filter(function (box) { return box.name === group && box.checked; })
        .map(function (box) { return box.value; });
    });
    return state;
  }

  // Whether an item matches every filter, except the group `ignored` (to count what a value would give).
  function matches(item, state, ignored) {
    for (var i = 0; i < groups.length; i++) {
      var group = groups[i];
      if (group === ignored || !state[group].length) {
        continue;
      }
      if (!state[group].some(function (value) { return item.values[group].indexOf(value) !== -1; })) {
        return false;
      }
    }
    return state.words.every(function (word) { return item.text.indexOf(word) !== -1; });
  }

  function resultText(shown) {
    var total = items.length;
    if (!shown) {
      return "Geen interventies gevonden.";
    }
    var noun = total === 1 ? "interventie" : "interventies";
    return shown === total ? total + " " + noun : shown + " van de " + total + " interventies";
  }

  function keepInAddress(state) {
    var params = new URLSearchParams();
    groups.forEach(function (group) {
      state[group].forEach(function (value) { params.append(group, value); });
    });
    if (search.value.trim()) {
      params.set("zoek", search.value.trim());
    }
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function apply(announceLater) {
    var state = currentState();
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, state, null);
      item.element.hidden = !visible;
      shown += visible ? 1 : 0;
    });
    boxes.forEach(function (box) {
      var number = items.filter(function (item) {
        return item.values[box.name].indexOf(box.value) !== -1 && matches(item, state, box.name);
      }).length;
      box.parentNode.querySelector("[data-kb-aantal]").textContent = "(" + number + ")";
    });
    empty.hidden = shown > 0;
    keepInAddress(state);
    // While someone types, announce the count once they pause, not after every letter.
    clearTimeout(announceTimer);
    if (announceLater) {
      announceTimer = setTimeout(function () { status.textContent = resultText(shown); }, 600);
    } else {
      status.textContent = resultText(shown);
    }
  }

  // The filters in the address, also as comma-separated values (?thema=a,b).
  var params = new URLSearchParams(location.search);
  groups.forEach(function (group) {
    var wanted = [];
    params.getAll(group).forEach(function (value) { wanted = wanted.concat(value.split(",")); });
    boxes.forEach(function (box) {
      if (box.name === group && wanted.indexOf(box.value) !== -1) {
        box.checked = true;
      }
    });
  });
  search.value = params.get("zoek") || "";

  form.hidden = false;
  form.addEventListener("change", function (event) { apply(event.target === search); });
  search.addEventListener("input", function () { apply(true); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(false); });
  form.querySelector("[data-kb-wissen]").addEventListener("click", function () {
    boxes.forEach(function (box) { box.checked = false; });
    search.value = "";
    apply(false);
    search.focus();
  });
  apply(false);
})();

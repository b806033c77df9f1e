/* Zoeken in de kennisbank: het zoekvak bovenaan elke pagina (overrides/partials/zoeken.html) en de
   resultatenpagina /zoeken/?q=... (kennisbank/search/results_page.py).

   De zoekmachine is Pagefind: de index staat in pagefind/ in de gebouwde site (hooks/search.py). Pas als
   een lezer het zoekvak gebruikt, laadt de browser Pagefind en de delen van de index die de zoekwoorden
   nodig hebben. Een woord dat de site niet kent, verbetert dit script met de woordenlijst van de site
   (zoeken/woorden/, kennisbank/search/typos.py): "mantelzorgrs" zoekt "mantelzorgers". */
(() => {
  "use strict";

  const siteRoot = new URL("..", document.currentScript.src); // this file is <site>/assets/zoeken.js
  const resultsPage = new URL("zoeken/", siteRoot);
  const FILTERS = { onderdeel: "Onderdeel", soort: "Soort pagina", thema: "Thema" }; // kennisbank/search/facets.py
  const IN_HEADER = 6;
  const PER_PAGE = 10;
  const WAIT_MS = 100; // after the last keystroke: one search per pause in typing, not one per letter
  const MIN_TYPO_LENGTH = 4; // kennisbank/search/typos.py MIN_LENGTH

  // ---------------------------------------------------------------- Pagefind, loaded at first use
  let engine = null;
  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(async (module) => {
        // The extra search words (kennisbank/search/markup.py): those from the title's words weigh like the
        // title (Pagefind's own weight for it), those from the rest of the page half an ordinary field, the
        // thesaurus' broader and related words (verwant) a fifth.
        await module.options({ baseUrl: siteRoot.pathname, ranking: { metaWeights: { titelwoorden: 5, zoekwoorden: 0.5, verwant: 0.2 } } });
        await module.init();
        return module;
      });
      engine.catch(() => { engine = null; }); // not loaded (offline, a file:// page): try again at the next search
    }
    return engine;
  }

  const fold = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl");
  const termsOf = (query) => fold(query).match(/[\p{L}\p{N}]+/gu) || [];

  // ---------------------------------------------------------------- "did you mean"
  // Pagefind has no typo tolerance: for a word it does not know it searches a shorter piece of it
  // ("mantelzorgrs" finds "mantelzorg"). So each word of four letters or more is looked up in the site's
  // own words (most frequent first, one small file per first two letters); an unknown word is replaced
  // by the nearest known one, at most one or two typing errors away.
  const wordLists = new Map();
  function wordsBeginningWith(prefix) {
    if (!wordLists.has(prefix)) {
      wordLists.set(prefix, fetch(new URL(`zoeken/woorden/${prefix}.json`, siteRoot))
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)); // null: not known (offline); then every word counts as known
    }
    return wordLists.get(prefix);
  }

  // Edits between two words (insert, delete, replace, swap two neighbours); more than `limit` counts as limit + 1.
  function distance(a, b, limit) {
    let before = null;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      let smallest = i;
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          row[j] = Math.min(row[j], before[j - 2] + 1);
        }
        smallest = Math.min(smallest, row[j]);
      }
      if (smallest > limit) return limit + 1;
      before = previous;
      previous = row;
    }
    return Math.min(previous[b.length], limit + 1);
  }

  // What a Dutch word may be an inflection of, as far as Pagefind's stemming also finds it: huizen -> huis.
  function baseForms(term) {
    const forms = [term, term.replace(/s$/, ""), term.replace(/e$/, "")];
    if (term.endsWith("en")) {
      const stem = term.slice(0, -2);
      forms.push(stem, stem.replace(/z$/, "s").replace(/v$/, "f"), stem.replace(/(.)\1$/, "$1"));
    }
    return forms.filter((form) => form.length >= MIN_TYPO_LENGTH);
  }

  // The query with its typos corrected (null when there were none), and the words the site does not have
  // at all, corrected or not: Pagefind would leave those out of its search without saying so.
  async function correction(query) {
    let changed = false;
    const unknown = [];
    const terms = await Promise.all(termsOf(query).map(async (term) => {
      if (term.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(term)) return term;
      const words = await wordsBeginningWith(term.slice(0, 2));
      const forms = baseForms(term);
      if (!words || words.some((word) => forms.some((form) => word.startsWith(form)))) return term; // known
      const limit = term.length < 9 ? 1 : 2;
      let best = null;
      let bestCost = limit + 1;
      for (const word of words) { // most frequent first: on a tie the more frequent word stays
        if (Math.abs(word.length - term.length) > limit) continue;
        // A letter left out is the commonest slip: on the same distance, a word longer than the typed one wins.
        const cost = distance(term, word, limit) + (word.length > term.length ? 0 : 0.5);
        if (cost < bestCost) [best, bestCost] = [word, cost];
      }
      if (best) changed = true;
      else unknown.push(term);
      return best || term;
    }));
    return { corrected: changed ? terms.join(" ") : null, unknown };
  }

  // ---------------------------------------------------------------- answering a query
  // Pagefind only finds pages with every word of a query. A question in plain words ("hoe vind ik
  // vrijwilligers voor mijn buurthuis") has words no single page has. So the search is for its content
  // words (not the stop words of kennisbank/search/stopwoorden.txt); of those pages, the first ones that
  // have the query as a phrase, stop words and all ("welzijn op recept"), come first (Pagefind's own
  // phrase search reads every page with "de" and "op", which is slow). When that makes fewer than ENOUGH pages,
  // each content word is searched on its own, and the list goes on with the pages that have the most of
  // them (each word counts less the more pages have it: a word on every page hardly counts; a word only
  // among a page's hidden search words half). Among pages with the same words: the kind of page, then
  // titles and headings with the words, then Pagefind's score (rankByTitleAndKind).
  const ENOUGH = 5;
  const RANKED = 12; // the first results whose title and kind of page are looked at (it needs their data)
  const LEAST_WORTH = 0.1;
  const [SOME_WORDS, ALL_WORDS, PHRASE] = [0, 1, 2]; // how a page matches, best last
  const ONLY_HIDDEN = 0.5; // a word a page has only among its hidden search words (a synonym, part of a compound)
  let wordFacts = null;
  function stopWords() { // kennisbank/search/stopwords.py: {stopwoorden: [...], paginas: number of pages}
    if (!wordFacts) {
      wordFacts = fetch(new URL("zoeken/stopwoorden.json", siteRoot))
        .then((response) => (response.ok ? response.json() : {}))
        .catch(() => ({}))
        .then((facts) => ({ stop: new Set(facts.stopwoorden || []), pages: facts.paginas || 0 }));
    }
    return wordFacts;
  }

  // A stop word, or a verb form of one with -t ("doet": doen, "kunt": kunnen, "bent": ben): the list has
  // the infinitives, readers ask "wat doet een ...".
  function isStopWord(term, stop) {
    if (stop.has(term)) return true;
    const stem = term.slice(0, -1);
    return term.length > 2 && term.endsWith("t") && [stem, `${stem}n`, `${stem}${stem.slice(-1)}en`].some((form) => stop.has(form));
  }

  async function find(query, filters = {}) {
    const module = await pagefind();
    const [{ corrected, unknown }, { stop, pages }] = await Promise.all([correction(query), stopWords()]);
    const typed = corrected || query;
    const terms = [...new Set(termsOf(typed))];
    const meant = terms.filter((term) => !isStopWord(term, stop));
    const content = meant.filter((term) => !unknown.includes(term));
    if (meant.length && !content.length) return { corrected, content: meant, entries: [], filters: {}, found: [], missing: meant };
    const whole = await module.search(content.length ? content.join(" ") : typed, { filters });
    const byPage = new Map(whole.results.map((result) => [result.id, {
      result, tier: ALL_WORDS, score: result.score, found: new Set(content), matched: content.length, locations: [result.words],
    }]));
    const single = content.length === 1; // its own search was the search for all content words
    const worthOf = new Map();
    if (byPage.size < ENOUGH && content.length && !single) {
      const perWord = await Promise.all(content.map((term) => module.search(term, { filters })));
      perWord.forEach((search, n) => {
        const worth = pages ? Math.max(LEAST_WORTH, 1 - search.unfilteredResultCount / pages) : 1;
        worthOf.set(content[n], worth);
        const best = search.results[0]?.score || 1; // each word's scores on one scale: the best page 1
        search.results.forEach((result) => {
          let entry = byPage.get(result.id);
          if (!entry) {
            entry = { result, tier: SOME_WORDS, score: 0, found: new Set(), matched: 0, locations: [] };
            byPage.set(result.id, entry);
          }
          if (entry.tier !== SOME_WORDS) return;
          entry.found.add(content[n]);
          entry.matched += worth * (result.words.length ? 1 : ONLY_HIDDEN);
          entry.score += (worth * result.score) / best;
          entry.locations.push(result.words);
        });
      });
    }
    const entries = [...byPage.values()].sort(byMatch);
    // With its stop words the query is a phrase ("welzijn op recept"): pages with that phrase come first.
    const phrase = terms.length > meant.length && terms.length > 1 && !unknown.length ? terms.join(" ") : null;
    await rankByTitleAndKind(entries, content.length ? content : terms, worthOf, phrase);
    const foundAnywhere = new Set(entries.flatMap((entry) => [...entry.found]));
    return {
      corrected, content: meant, entries, filters: whole.filters,
      found: meant.filter((term) => foundAnywhere.has(term)),
      missing: meant.filter((term) => !foundAnywhere.has(term)),
    };
  }

  const byMatch = (a, b) => (b.tier - a.tier) || (b.matched - a.matched) || ((b.weight || 1) - (a.weight || 1))
    || ((b.inTitle || 0) - (a.inTitle || 0)) || (b.score - a.score);

  // Whether a word of a title or heading is a form of a search word: its start, less a Dutch ending.
  const stemOf = (term) => term.slice(0, Math.max(4, term.length - 2));
  const wordsIn = (text, terms) => {
    const titleWords = termsOf(text || "");
    return terms.filter((term) => titleWords.some((word) => word.startsWith(stemOf(term))));
  };

  // Among the first results with the same words found: articles, chapters, interventions and cards before
  // other and overview pages (each page's weight, kennisbank/search/facets.py), then the pages with the
  // words in their title, then in their headings (a heading word counts half), then Pagefind's score.
  async function rankByTitleAndKind(entries, terms, worthOf, phrase) {
    const first = entries.slice(0, RANKED);
    await Promise.all(first.map(async (entry) => {
      entry.data = await entry.result.data();
      if (phrase && entry.tier === ALL_WORDS && ` ${termsOf(entry.data.content).join(" ")} `.includes(` ${phrase} `)) {
        entry.tier = PHRASE;
      }
      entry.weight = Number(entry.data.meta.gewicht || 1);
      // The title with its own synonyms and the parts of its compounds (kennisbank/search/markup.py).
      const inTitle = wordsIn(`${entry.data.meta.title} ${entry.data.meta.titelwoorden || ""}`, terms);
      const headings = (entry.data.anchors || []).filter((a) => /^h[2-6]$/i.test(a.element)).map((a) => a.text).join(" ");
      const inHeadings = wordsIn(headings, terms).filter((term) => !inTitle.includes(term));
      const worth = (term) => worthOf.get(term) ?? 1;
      entry.inTitle = inTitle.reduce((sum, term) => sum + worth(term), 0)
        + inHeadings.reduce((sum, term) => sum + worth(term) / 2, 0);
    }));
    entries.splice(0, first.length, ...first.sort(byMatch));
  }

  // What a result shows: the page, opened at the section where most of the words are (Pagefind's
  // headings with their place in the text); an excerpt from there; and, when the page has only some
  // of the words, which ones.
  async function presented(entry, found) {
    const data = entry.data || (entry.data = await entry.result.data());
    const section = bestSection(data, entry.locations, found.content);
    const marked = entry.locations.flat();
    return {
      url: section ? `${data.url}#${section.id}` : data.url,
      title: data.meta.title || data.url,
      section: section ? section.text : "",
      kind: kindOf(data),
      excerpt: marked.length ? passage(data, section, marked) : excerpt(data, found.content.join(" ")),
      found: found.content.filter((term) => entry.found.has(term)),
      missing: found.content.filter((term) => !entry.found.has(term)),
    };
  }

  // The heading whose section has the most of the words found (each word's places: one list per word),
  // then the most of them in its heading, then the most places, then the first; none when that is the
  // start of the page, before its first subheading.
  function bestSection(data, locationsPerWord, terms) {
    const headings = (data.anchors || []).filter((a) => /^h[2-6]$/i.test(a.element) && a.id && /\S/.test(a.text || ""))
      .sort((a, b) => a.location - b.location);
    const sectionOf = (location) => {
      let at = -1;
      while (at + 1 < headings.length && headings[at + 1].location <= location) at++;
      return at;
    };
    const words = new Map();
    const places = new Map();
    locationsPerWord.forEach((locations, word) => locations.forEach((location) => {
      const at = sectionOf(location);
      if (!words.has(at)) words.set(at, new Set());
      words.get(at).add(word);
      places.set(at, (places.get(at) || 0) + 1);
    }));
    let best = -1;
    let bestKey = null;
    [...words.keys()].sort((a, b) => a - b).forEach((at) => {
      const key = [words.get(at).size, at >= 0 ? wordsIn(headings[at].text, terms).length : 0, places.get(at)];
      const differs = bestKey ? key.findIndex((value, n) => value !== bestKey[n]) : 0;
      if (differs >= 0 && (!bestKey || key[differs] > bestKey[differs])) [best, bestKey] = [at, key];
    });
    return best >= 0 ? headings[best] : null;
  }

  // Some thirty words of the section, from just before its first word found, with the words found marked.
  function passage(data, section, locations) {
    const words = data.raw_content.split(/[\r\n\s]+/g);
    const from = section ? section.location : 0;
    const first = Math.min(...locations.filter((location) => location >= from));
    const start = Math.max(from, (Number.isFinite(first) ? first : from) - 8);
    const marks = new Set(locations);
    return words.slice(start, start + 30).map((word, n) => (marks.has(start + n) ? `<mark>${word}</mark>` : word)).join(" ");
  }

  // While the reader types: fetch the word lists the typo check will need. (Not Pagefind's preload: for a
  // half-typed word it fetches parts of the index that the whole word does not need.)
  function prepare(query) {
    termsOf(query).filter((term) => /^[a-z]{2}/.test(term)).forEach((term) => wordsBeginningWith(term.slice(0, 2)));
  }

  // One search at a time: Pagefind works through searches one after the other, so a search for every pause
  // in typing would queue up behind each other. While one runs, only the newest wish waits; the task reads
  // the box when it starts.
  function oneAtATime(task) {
    let running = false;
    let waiting = false;
    return function start() {
      if (running) {
        waiting = true;
        return;
      }
      running = true;
      Promise.resolve(task()).finally(() => {
        running = false;
        if (waiting) {
          waiting = false;
          start();
        }
      });
    };
  }

  // ---------------------------------------------------------------- showing a result
  const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  // Pagefind's excerpt, or, when the page matched on a compound ("zorgsteunpunt" for "steunpunt"), the
  // text around the first word that contains a search word, with that word marked.
  function excerpt(data, query) {
    if (data.excerpt.includes("<mark>")) return data.excerpt;
    const terms = termsOf(query).filter((term) => term.length >= 3);
    const words = data.content.split(/\s+/);
    const contains = (word) => terms.some((term) => fold(word).includes(term));
    const at = words.findIndex(contains);
    if (at < 0) return data.excerpt;
    const start = Math.max(0, at - 10);
    return words.slice(start, start + 30)
      .map((word) => (contains(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word))).join(" ");
  }

  const kindOf = (data) => [data.filters.soort, data.filters.onderdeel].flat().filter(Boolean).join(" · ");
  const quoted = (text) => `‘${text}’`;

  const listed = (terms) => terms.map(quoted).join(", ");
  // "gevonden: ‘a’, ‘b’; niet gevonden: ‘c’": which of the words a result (or the whole list) has.
  const wordsFound = (found, missing) => (missing.length
    ? `gevonden: ${found.length ? listed(found) : "geen"}; niet gevonden: ${listed(missing)}` : "");

  function summary(found, query) {
    const count = found.entries.length;
    if (!count) return `Geen resultaten voor ${quoted(query)}. Controleer de spelling, of probeer een ander of korter woord.`;
    const text = `${count === 1 ? "1 resultaat" : `${count} resultaten`} voor ${quoted(found.corrected || query)}`;
    const first = found.corrected ? `${text} (u typte ${quoted(query)}).` : `${text}.`;
    if (found.entries.every((entry) => entry.tier !== SOME_WORDS)) {
      return found.missing.length ? `${first} Uw woorden: ${wordsFound(found.found, found.missing)}.` : first;
    }
    const whole = found.entries.filter((entry) => entry.tier !== SOME_WORDS).length;
    const start = whole ? `${whole === 1 ? "1 pagina heeft" : `${whole} pagina's hebben`} al uw woorden, daarna`
      : "Geen pagina heeft al uw woorden; eerst";
    return `${first} ${start} de pagina's met de meeste: ${wordsFound(found.found, found.missing) || `gevonden: ${listed(found.found)}`}.`;
  }

  // The line under a result that has only some of the words.
  const wordsLine = (item, className) => (item.missing.length
    ? `<span class="${className}">${escapeHtml(wordsFound(item.found, item.missing))}</span>` : "");
  const sectionLine = (item, className) => (item.section
    ? `<span class="${className}">${escapeHtml(item.section)}</span>` : "");

  // ---------------------------------------------------------------- the search box in the header
  function headerBox(box) {
    const form = box.querySelector("form");
    const input = box.querySelector("input");
    const panel = box.querySelector("[data-kb-zoekpaneel]");
    const list = box.querySelector("[role=listbox]");
    const shown = box.querySelector("[data-kb-zoeksamenvatting]");
    const announcement = box.querySelector("[data-kb-zoekmelding]");
    const all = box.querySelector("[data-kb-zoekalles]");
    let latest = 0;
    let timer = null;
    let active = -1;

    // The ARIA combobox pattern: the input keeps focus, the arrow keys choose an option.
    Object.entries({ role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": list.id })
      .forEach(([name, value]) => input.setAttribute(name, value));

    const options = () => [...list.querySelectorAll("[role=option]")];
    function open(isOpen) {
      panel.hidden = !isOpen;
      input.setAttribute("aria-expanded", String(isOpen));
      if (!isOpen) choose(-1);
    }
    function choose(index) {
      const items = options();
      active = index;
      items.forEach((option, n) => option.setAttribute("aria-selected", String(n === index)));
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    async function search() {
      const query = input.value.trim();
      const number = ++latest;
      if (!query) {
        open(false);
        list.replaceChildren();
        shown.textContent = "";
        announcement.textContent = "";
        return;
      }
      let found;
      try {
        found = await find(query);
      } catch {
        found = null;
      }
      if (number !== latest) return; // the reader typed on
      if (!found) {
        shown.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw.";
        list.replaceChildren();
        announcement.textContent = shown.textContent;
        open(true);
        return;
      }
      const data = await Promise.all(found.entries.slice(0, IN_HEADER).map((entry) => presented(entry, found)));
      if (number !== latest) return;
      list.replaceChildren(...data.map((item, n) => {
        const option = document.createElement("a");
        Object.assign(option, { id: `kb-zoekoptie-${n}`, href: item.url, className: "kb-zoeken__resultaat" });
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.innerHTML = `<span class="kb-zoeken__titel">${escapeHtml(item.title)}</span>`
          + sectionLine(item, "kb-zoeken__kop")
          + `<span class="kb-zoeken__soort">${escapeHtml(item.kind)}</span>`
          + `<span class="kb-zoeken__uittreksel">${item.excerpt}</span>`
          + wordsLine(item, "kb-zoeken__woorden");
        return option;
      }));
      shown.textContent = summary(found, query);
      announcement.textContent = shown.textContent + (data.length ? " Kies met de pijltjestoetsen." : "");
      all.hidden = found.entries.length === 0;
      all.href = `${resultsPage.href}?q=${encodeURIComponent(found.corrected || query)}`;
      active = -1;
      open(true);
    }

    input.addEventListener("focus", () => { pagefind().catch(() => {}); if (input.value.trim() && list.childElementCount) open(true); });
    const searchSoon = oneAtATime(search);
    input.addEventListener("input", () => {
      clearTimeout(timer);
      if (input.value.trim()) prepare(input.value);
      timer = setTimeout(searchSoon, WAIT_MS);
    });
    input.addEventListener("keydown", (event) => {
      const count = options().length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!count) return;
        event.preventDefault();
        open(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        choose(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if (event.key === "Enter" && active >= 0 && !panel.hidden) {
        event.preventDefault();
        window.location.href = options()[active].href;
      } else if (event.key === "Escape" && !panel.hidden) {
        event.preventDefault(); // close the list first; a second Escape empties the box, as in any search box
        open(false);
      }
    });
    box.addEventListener("focusout", (event) => {
      if (!box.contains(event.relatedTarget)) open(false);
    });
    form.addEventListener("submit", () => clearTimeout(timer));
    window.addEventListener("pageshow", () => open(false)); // back to this page: no stale list
  }

  // ---------------------------------------------------------------- the results page /zoeken/
  function resultsPageOf(page) {
    const form = page.querySelector("form");
    const input = page.querySelector("input[type=search]");
    const filterBox = page.querySelector("[data-kb-zoekfilters]");
    const status = page.querySelector("[data-kb-zoekstatus]");
    const list = page.querySelector("[data-kb-zoekresultaten]");
    const more = page.querySelector("[data-kb-meer]");
    const params = new URLSearchParams(window.location.search);
    const chosen = Object.fromEntries(Object.keys(FILTERS).map((name) => [name, params.getAll(name)]));
    let latest = 0;
    let timer = null;
    let answer = { entries: [] };
    let query = "";
    const runSoon = oneAtATime(run);
    input.value = params.get("q") || "";

    function address() {
      const next = new URLSearchParams();
      if (input.value.trim()) next.set("q", input.value.trim());
      Object.entries(chosen).forEach(([name, values]) => values.forEach((value) => next.append(name, value)));
      const search = next.toString();
      window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
    }

    const selected = () => Object.fromEntries(Object.entries(chosen)
      .filter(([, values]) => values.length).map(([name, values]) => [name, { any: values }]));

    // One group of check boxes per filter, made once from every value on the site.
    async function buildFilters() {
      const module = await pagefind();
      const available = await module.filters();
      const groups = Object.entries(FILTERS).filter(([name]) => Object.keys(available[name] || {}).length);
      filterBox.replaceChildren(...groups.map(([name, legend]) => {
        const fieldset = document.createElement("fieldset");
        fieldset.className = "kb-zoekfilter";
        fieldset.innerHTML = `<legend>${escapeHtml(legend)}</legend>`;
        Object.keys(available[name]).sort((a, b) => a.localeCompare(b, "nl")).forEach((value) => {
          const label = document.createElement("label");
          label.className = "kb-zoekfilter__keuze";
          label.innerHTML = `<input type="checkbox"> <span>${escapeHtml(value)}</span> <span class="kb-zoekfilter__aantal"></span>`;
          const box = label.querySelector("input");
          Object.assign(box, { name, value, checked: chosen[name].includes(value) });
          box.addEventListener("change", () => {
            chosen[name] = box.checked ? [...chosen[name], value] : chosen[name].filter((v) => v !== value);
            runSoon();
          });
          fieldset.append(label);
        });
        return fieldset;
      }));
      filterBox.hidden = groups.length === 0;
    }

    function showCounts(counts) {
      filterBox.querySelectorAll("input").forEach((box) => {
        const count = counts?.[box.name]?.[box.value] ?? 0;
        box.closest("label").querySelector(".kb-zoekfilter__aantal").textContent = `(${count})`;
      });
    }

    async function showMore() {
      const start = list.childElementCount;
      const data = await Promise.all(answer.entries.slice(start, start + PER_PAGE).map((entry) => presented(entry, answer)));
      list.append(...data.map((item) => {
        const entry = document.createElement("li");
        entry.className = "kb-zoekresultaat";
        entry.innerHTML = `<h2 class="kb-zoekresultaat__titel"><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a></h2>`
          + `<p class="kb-zoekresultaat__soort">${escapeHtml(item.kind)}</p>`
          + (item.section ? `<p class="kb-zoekresultaat__kop">${escapeHtml(item.section)}</p>` : "")
          + `<p class="kb-zoekresultaat__uittreksel">${item.excerpt}</p>`
          + (item.missing.length ? `<p class="kb-zoekresultaat__woorden">${escapeHtml(wordsFound(item.found, item.missing))}</p>` : "");
        return entry;
      }));
      more.hidden = list.childElementCount >= answer.entries.length;
      return list.children[start];
    }

    async function run() {
      const number = ++latest;
      query = input.value.trim();
      address();
      if (!query) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = "Typ een of meer woorden om te zoeken.";
        return;
      }
      let found;
      try {
        found = await find(query, selected());
      } catch {
        status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw.";
        return;
      }
      if (number !== latest) return;
      answer = found;
      list.replaceChildren();
      showCounts(found.filters);
      await showMore();
      if (number !== latest) return;
      const filtered = Object.keys(selected()).length ? " Er staan filters aan." : "";
      status.textContent = summary(found, query) + filtered;
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      runSoon();
    });
    input.addEventListener("input", () => {
      clearTimeout(timer);
      if (input.value.trim()) prepare(input.value);
      timer = setTimeout(runSoon, WAIT_MS * 3); // a list that changes under every letter is hard to follow
    });
    more.addEventListener("click", async () => {
      const first = await showMore();
      first?.querySelector("a")?.focus();
    });
    buildFilters().then(run, () => { status.textContent = "Zoeken lukt nu niet. Probeer het later opnieuw."; });
  }

  document.querySelectorAll("[data-kb-zoeken]").forEach(headerBox);
  document.querySelectorAll("[data-kb-zoekpagina]").forEach(resultsPageOf);
})();

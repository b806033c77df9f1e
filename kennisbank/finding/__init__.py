"""How readers and machines find a page: lists, overviews, relations, feeds, addresses and metadata.

- `overviews`: the generated overview pages per theme, target group, page type and dossier;
- `catalogue`: the interventions catalogue with its filters; `news`: the news overview; `listing`: their HTML;
- `related`: related pages; `article`: what an article shows around its text (with `reading_time`, `citation`);
- `feed`: the Atom feed; `redirects`: old addresses of moved pages; `robots`: robots.txt;
- `structured_data`: schema.org JSON-LD and Open Graph.
"""

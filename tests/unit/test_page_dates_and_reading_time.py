import datetime

from kennisbank.content.dates import PageDates, in_words
from kennisbank.finding import reading_time


def test_dates_in_dutch_words():
    assert in_words(datetime.date(2026, 11, 3)) == "3 november 2026"
    assert in_words(datetime.date(2027, 3, 21)) == "21 maart 2027"


def changed(text):
    return datetime.datetime.fromisoformat(text)


def test_an_update_shows_only_when_it_is_later_than_the_publication():
    published = {"datum": "2026-11-28"}
    assert PageDates.of(published, changed("2026-12-03T10:00:00+01:00")).updated == datetime.date(2026, 12, 3)
    assert PageDates.of(published, changed("2026-11-28T23:00:00+01:00")).updated is None  # the same day
    assert PageDates.of(published, None).updated is None  # no Git history: no claim about updates
    assert PageDates.of(published, None).newest == datetime.date(2026, 11, 28)
    assert PageDates.of({}, changed("2026-12-03T10:00:00+01:00")).newest == datetime.date(2026, 12, 3)
    assert PageDates.of({"datum": "geen datum"}, None).newest is None


def test_reading_time_counts_the_words_a_reader_sees():
    html = ('<h2 id="a">Kop<a class="headerlink" href="#a">¶</a></h2><p>' + "woord " * 399 + "</p>"
            '<span hidden>tien woorden die verborgen zijn en dus niet meetellen hier</span><script>var x = 1;</script>')
    assert reading_time.words_in_html(html) == 400
    assert reading_time.label(400) == "2 minuten lezen"
    assert reading_time.label(401) == "3 minuten lezen"
    assert reading_time.label(12) == "1 minuut lezen"

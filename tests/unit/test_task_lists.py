from kennisbank.html.task_lists import label_checkboxes

BOX = ('<label class="task-list-control"><input type="checkbox" disabled/><span class="task-list-indicator"></span>'
       '</label>')


def test_the_item_text_becomes_the_checkbox_label():
    html = (f'<ul class="task-list"><li class="task-list-item">{BOX} We beginnen met <a href="x/">gesprekken</a>.'
            '</li></ul>')
    assert label_checkboxes(html) == (
        '<ul class="task-list"><li class="task-list-item"><label class="task-list-control"><input type="checkbox" '
        'disabled/><span class="task-list-indicator"></span> We beginnen met <a '
        'href="x/">gesprekken</a>.</label></li></ul>'
    )


def test_a_loose_item_keeps_its_paragraph():
    html = f'<li class="task-list-item"><p>{BOX} Klaar</p>\n<p>Uitleg</p></li>'
    assert label_checkboxes(html) == (
        '<li class="task-list-item"><p><label class="task-list-control"><input type="checkbox" disabled/>'
        '<span class="task-list-indicator"></span> Klaar</label></p>\n<p>Uitleg</p></li>'
    )


def test_a_nested_list_stays_outside_the_label():
    html = f'<li class="task-list-item">{BOX} Stap\n<ul>\n<li>deel</li>\n</ul>\n</li>'
    assert label_checkboxes(html) == (
        '<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/>'
        '<span class="task-list-indicator"></span> Stap</label>\n<ul>\n<li>deel</li>\n</ul>\n</li>'
    )


def test_an_item_with_a_block_inside_its_text_is_left_alone():
    html = f'<li class="task-list-item">{BOX} Zie <div>blok</div></li>'
    assert label_checkboxes(html) == html

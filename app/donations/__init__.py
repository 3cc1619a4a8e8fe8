"""献血者与献血记录: donor registry, donations, eligibility, blood-station import, emergency list.

Modules: :mod:`records` (the dataclasses services return), :mod:`idcard` (GB 11643 ID numbers),
:mod:`masking` (the one display function for ID numbers and phones), :mod:`search` (find a
donor), :mod:`donors` (registry, duplicates), :mod:`donations` (recording one donation),
:mod:`eligibility` (GB 18467 from ``resources/rules/eligibility``), :mod:`station_import` with
:mod:`station_rows` and :mod:`station_commit` (the blood station's export), :mod:`merge`,
:mod:`emergency`, :mod:`listing` (the SQL-paged donations list) and :mod:`initials` (pinyin
keys in bulk).
"""

"""献血者与献血记录: donor registry, donations, eligibility, blood-station import, emergency list.

Modules: :mod:`records` (dataclasses), :mod:`idcard` (GB 11643), :mod:`masking` (display of
personal numbers), :mod:`search` (find a donor), :mod:`donors`, :mod:`donations`,
:mod:`eligibility`, :mod:`station_import`, :mod:`emergency`, :mod:`merge`, :mod:`listing`.
"""

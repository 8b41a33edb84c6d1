"""Value types for the extractor: quantities, money and dates in every supported language.

Each finder returns ``Span``s whose offsets point into the original text; the
per-language vocabulary lives in ``armstrack/kb/data/lang/<lang>/values.yaml``.
"""

from armstrack.values.dates import find_dates, parse_date
from armstrack.values.money import find_money, parse_money
from armstrack.values.quantity import find_quantities, parse_quantity
from armstrack.values.reading import find_values
from armstrack.values.span import Span

__all__ = ["Span", "find_dates", "find_money", "find_quantities", "find_values", "parse_date", "parse_money",
           "parse_quantity"]

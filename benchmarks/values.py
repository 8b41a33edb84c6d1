"""Time armstrack.values' finders on typical candidate sentences, per language and per finder.

Target: under 2 ms per sentence for each finder once the vocabulary is loaded.
Run: python benchmarks/values.py [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from armstrack.values import Span, find_dates, find_money, find_quantities
from armstrack.values.vocabulary import languages

SENTENCES = {
    "en": "On October 30, 2024, the ministry said Rabat would buy 13 drones and four ground stations "
          "for $70 million, after a first batch was delivered in September and a deal signed last year.",
    "fr": "Le 10 janvier 2025, le ministère a indiqué que Rabat achèterait treize drones et une vingtaine "
          "de blindés pour 1,2 milliard d'euros, après une première livraison fin 2019.",
    "nl": "Op 24 november tekenden beide landen een akkoord over twee fabrieken, dertien drones en "
          "een dozijn voertuigen ter waarde van 70 miljoen dollar, na onderhandelingen sinds eind 2019.",
    "de": "Am 10. Januar 2025 bestellte Marokko dreizehn Drohnen und ein Dutzend Panzer für "
          "1,2 Milliarden Euro, nachdem Ende 2019 die ersten Gespräche begonnen hatten.",
    "es": "El 10 de enero de 2025 Marruecos compró trece drones y una docena de tanques por "
          "1.500 millones de dólares, tras las negociaciones de finales de 2019.",
    "ar": "في 10 كانون الثاني 2025 اشترى المغرب ثلاث عشرة طائرة مسيرة و١٢ دبابة بقيمة 500 مليون دولار "
          "بعد مفاوضات بدأت أواخر 2019.",
}
FINDERS: dict[str, Callable[[str, str], list[Span]]] = {
    "quantities": find_quantities,
    "money": find_money,
    "dates": lambda text, lang: find_dates(text, lang, "2025-01-15"),
}


def per_call_ms(finder: Callable[[str, str], list[Span]], text: str, lang: str, rounds: int) -> float:
    """Mean milliseconds per call of FINDER on TEXT over ROUNDS calls (after one warm-up call)."""
    finder(text, lang)
    start = time.perf_counter()
    for _ in range(rounds):
        finder(text, lang)
    return (time.perf_counter() - start) * 1000 / rounds


def main() -> None:
    """Print a table of milliseconds per sentence, per language and finder, and the first-call cost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=500)
    rounds = parser.parse_args().rounds
    print(f"{'lang':<6}{'load ms':>9}" + "".join(f"{name:>12}" for name in FINDERS) + f"{'all ms':>9}")
    for lang in languages():
        text = SENTENCES.get(lang, "13 drones")
        start = time.perf_counter()
        for finder in FINDERS.values():
            finder(text, lang)
        load = (time.perf_counter() - start) * 1000
        times = [per_call_ms(finder, text, lang, rounds) for finder in FINDERS.values()]
        print(f"{lang:<6}{load:>9.1f}" + "".join(f"{ms:>12.3f}" for ms in times) + f"{sum(times):>9.3f}")


if __name__ == "__main__":
    main()

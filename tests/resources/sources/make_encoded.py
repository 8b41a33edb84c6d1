"""Writes the legacy-encoded fixtures (Windows-1252 French text, Windows-1256 Arabic HTML) from the UTF-8 text below.

Run from anywhere: ``python tests/resources/sources/make_encoded.py``. The outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

FRENCH = """Livraison de véhicules blindés à l'armée sénégalaise

Dakar a réceptionné la semaine dernière un premier lot de véhicules blindés
de transport de troupes, a indiqué l'état-major.
Le contrat, signé l'an passé, prévoit la livraison d'une trentaine d'engins d'ici à la fin de l'année prochaine.
Le ministère n'a pas précisé le coût de l'opération, estimé à plusieurs dizaines de millions d'euros.
"""

ARABIC_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>المغرب يتسلم دفعة جديدة من الطائرات المسيرة</title>
<meta property="og:site_name" content="صحيفة الدفاع">
<meta property="article:published_time" content="2021-09-20T10:00:00+01:00">
<link rel="canonical" href="https://ar.example.net/news/2021/09/drones-maroc">
</head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/defense">دفاع</a></nav>
<article>
<h1>المغرب يتسلم دفعة جديدة من الطائرات المسيرة</h1>
<p>تسلمت القوات المسلحة الملكية المغربية دفعة أولى من الطائرات المسيرة التركية،
وفق ما أفادت به مصادر عسكرية مطلعة يوم الإثنين.</p>
<p>وكانت الرباط قد وقعت عقدا لشراء هذه الطائرات في وقت سابق من هذا العام، دون الكشف عن قيمة الصفقة.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body>
</html>
"""


def main() -> None:
    """Write the fixture files in their legacy encodings."""
    (HERE / "text" / "blindes-cp1252.txt").write_bytes(FRENCH.replace("\n", "\r\n").encode("cp1252"))
    (HERE / "html" / "arabic-cp1256.html").write_bytes(ARABIC_PAGE.encode("cp1256"))


if __name__ == "__main__":
    main()

"""Roles: the role marker of a country reference, and who may receive an item when no marker says so."""

from __future__ import annotations

import pytest

from armstrack.extract import build_pipeline
from armstrack.extract.roles import Grammar, references
from armstrack.kb import KnowledgeBase
from armstrack.kb.normalize import fold
from armstrack.model import Document, Transfer
from armstrack.pipeline import Pipeline


@pytest.fixture(scope="module")
def packaged() -> Pipeline:
    return build_pipeline()  # the packaged catalogue: system names and monarchies the test catalogue lacks


def sides(pipeline: Pipeline, text: str, language: str) -> list[tuple[str | None, str | None]]:
    events = pipeline(Document("test", text, published="2021-10-01", language=language)).events
    return sorted((e.supplier, e.recipient) for e in events if isinstance(e, Transfer))


@pytest.mark.parametrize(("language", "sentence", "name", "expected"), [
    # a title noun between the article and the name keeps the marker before them
    ("en", "The vehicles will go to the ally Lithuania next year.", "Lithuania", "target"),
    ("de", "Die Lieferung an das NATO-Mitglied Litauen beginnt im Mai.", "Litauen", "target"),
    ("nl", "De levering aan het buurland België is rond.", "België", "target"),
    ("es", "La venta a la vecina Colombia sigue en pie.", "Colombia", "target"),
    ("fr", "La livraison à la voisine Belgique est prévue.", "Belgique", "target"),
    ("en", "The contract was signed in Singapore.", "Singapore", "place"),
    ("ar", "وصلت الدبابات إلى بولندا أمس.", "بولندا", "target"),
    ("ar", "اشترت الجزائر طائرات من روسيا.", "روسيا", "source"),
    ("ar", "وقع المغرب اتفاقا مع إسرائيل.", "إسرائيل", "partner"),
    # a German dative object right after a verb or auxiliary receives; the same article opening a sentence
    # is its subject, and "aus dem" keeps its own marker
    ("de", "Die Türkei hat der Ukraine Drohnen geliefert.", "Ukraine", "target"),
    ("de", "Russland liefert dem Iran Kampfjets.", "Iran", "target"),
    ("de", "Der Irak hat Panzer aus Deutschland gekauft.", "Irak", ""),
    ("de", "Die Ukraine kaufte keine Drohnen aus dem Iran.", "Iran", "source"),
    # a title noun with no marker before it marks nothing
    ("en", "The ally Lithuania bought tanks.", "Lithuania", ""),
    ("de", "Das NATO-Mitglied Litauen kauft Panzer.", "Litauen", ""),
    ("nl", "Het buurland België koopt tanks.", "België", ""),
])
def test_role_marker_of_a_name(kb: KnowledgeBase, language: str, sentence: str, name: str, expected: str) -> None:
    start = sentence.index(name)
    assert Grammar(kb, language).marker(fold(sentence), start, start + len(name)) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # battlefields named far from the verb receive nothing; the royal forces of the article's monarchy do
    ("en", "Morocco keeps arming. The air force received 13 Bayraktar TB2 drones, aircraft that reshaped the wars of "
           "Yemen, Libya and Syria.", []),
    ("es", "Marruecos sigue comprando. La fuerza aérea recibió 13 drones Bayraktar TB2, aparatos que cambiaron guerras "
           "como Yemen, Libia y Siria.", []),
    ("de", "Marokko rüstet auf. Die Luftwaffe erhielt 13 Drohnen vom Typ Bayraktar TB2, Geräte, die Kriege wie Jemen, "
           "Libyen und Syrien geprägt haben.", []),
    ("nl", "Marokko bewapent zich. De luchtmacht ontving 13 Bayraktar TB2-drones, toestellen die oorlogen als Jemen, "
           "Libië en Syrië hebben gekleurd.", []),
    ("fr", "Le Maroc modernise son armée. Les Forces armées royales ont reçu 13 drones Bayraktar TB2, des appareils "
           "qui ont marqué des guerres comme le Yémen, la Libye et la Syrie.", [("TUR", "MAR")]),
    ("ar", "المغرب يعزز قدراته. تسلمت القوات الملكية الجوية 13 طائرة مسيرة من طراز بيرقدار تي بي 2، وهي الطائرات "
           "التي غيرت حروب اليمن وليبيا وسوريا.", [("TUR", "MAR")]),
    # an unmarked name right by the verb still receives
    ("en", "Turkey keeps supplying Qatar with armed drones.", [("TUR", "QAT")]),
    ("es", "Turquía entregó a Catar drones armados.", [("TUR", "QAT")]),
    ("ar", "بدأت فرنسا تسليم مصر طائرات رافال.", [("FRA", "EGY")]),
])
def test_who_receives_when_no_marker_says(packaged: Pipeline, language: str, text: str, expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a demonym beside an armed force or a ministry names the acting country; a kingdom anaphor its monarchy
    ("en", "Morocco keeps modernising its forces. The North African kingdom has bought 13 Bayraktar TB2 drones.",
     [("TUR", "MAR")]),
    ("ar", "قال مصدر إن سلاح الجو الجزائري سيشتري 14 طائرة سو-35.", [("RUS", "DZA")]),
    ("fr", "Le ministère égyptien de la Défense a commandé 30 avions Rafale.", [("FRA", "EGY")]),
    ("es", "El ministerio chileno de Defensa compró seis helicópteros Black Hawk.", [("USA", "CHL")]),
    # a name one linking word after a force is that force's country, and acts like it, however far from the verb
    ("es", "Son seis helicópteros Black Hawk, cuya compra concretó en marzo la Fuerza Aérea de Chile a la empresa "
           "Sikorsky.", [("USA", "CHL")]),
    ("fr", "Ce sont six hélicoptères Black Hawk, dont l'achat a été conclu en mars par l'armée de l'air du Chili "
           "auprès de Sikorsky.", [("USA", "CHL")]),
    ("en", "These are six Black Hawk helicopters, a purchase that in March the Air Force of Chile completed with "
           "Sikorsky.", [("USA", "CHL")]),
    # a demonym right after a force takes the force's marker: "with the Iraqi ministry" is the other side
    ("ar", "قالت شركة \"نكس\" الكورية الجنوبية إنها وقعت عقدا بقيمة 2.8 مليار دولار مع وزارة الدفاع العراقية لتزويد "
           "العراق بمنظومة الدفاع الجوي \"تشونغونغ 2\" المعروفة باسم (KM-SAM).", [("KOR", "IRQ")]),
    # the name of a country's armed forces stands for it
    ("de", "Die Bundeswehr will 60 Hubschrauber vom Typ CH-47F Chinook aus den USA beschaffen.", [("USA", "DEU")]),
    # a demonym beside the defence minister names the government acting (second-hand jets bought from Qatar)
    ("de", "Der türkische Verteidigungsminister sagte, man werde zwölf Eurofighter von Katar erwerben.",
     [("QAT", "TUR")]),
    ("en", "The Turkish defence minister said they would acquire twelve Eurofighter jets from Qatar.",
     [("QAT", "TUR")]),
    ("fr", "Le ministre de la Défense turc a annoncé l'achat de douze Eurofighter auprès du Qatar.", [("QAT", "TUR")]),
    ("es", "El ministro de Defensa turco anunció que comprarán doce Eurofighter a Catar.", [("QAT", "TUR")]),
    ("nl", "De Turkse defensieminister zei dat men twaalf Eurofighters van Qatar wil kopen.", [("QAT", "TUR")]),
    ("ar", "أعلن وزير الدفاع التركي شراء 12 طائرة رافال من قطر.", [("QAT", "TUR")]),
])
def test_forces_ministries_and_kingdoms_act_for_their_country(packaged: Pipeline, language: str, text: str,
                                                              expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "the country" is the article's main country named last, not a neighbour named in passing
    ("en", "Finland chose an Israeli air defence system. Finland, which shares a long border with Russia, joined NATO "
           "in April. The country has also bought 64 F-35 jets.", [("ISR", "FIN"), ("USA", "FIN")]),
    ("nl", "Finland koos een Israëlisch luchtverdedigingssysteem. Finland, dat een lange grens met Rusland deelt, werd "
           "in april lid van de NAVO. Het land kocht eerder al 64 F-35-toestellen.", [("USA", "FIN")]),
    ("de", "Finnland wählte ein israelisches Luftabwehrsystem. Finnland, das eine lange Grenze mit Russland hat, trat "
           "im April der NATO bei. Das Land kaufte bereits 64 F-35-Kampfjets.", [("USA", "FIN")]),
    # a country named before in the same sentence is another one ("l'Algérie a acquis auprès de ce pays")
    ("fr", "La Russie reste le premier fournisseur de l'Algérie. En dix ans, l'Algérie a acquis auprès de ce pays 44 "
           "avions Su-30.", [("RUS", "DZA")]),
    ("en", "Russia remains Algeria's main supplier. Over ten years, Algeria has bought from this country 44 Su-30 "
           "jets.", [("RUS", "DZA")]),
])
def test_the_country_is_the_main_country_named_last(packaged: Pipeline, language: str, text: str,
                                                    expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # an item owning no trigger takes the nearest verb, not a bare deal noun: the buyer stays the buyer
    ("ar", "حصلت الجزائر في إطار الصفقة مع روسيا على 40 دبابة \"تي90\"، وعلى أنظمة صواريخ أرض جو من طراز \"أس300\".",
     [("RUS", "DZA"), ("RUS", "DZA")]),
])
def test_a_deal_noun_leaves_the_sides_to_the_verb(packaged: Pipeline, language: str, text: str,
                                                  expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a buying sentence naming no country: the article's own country buys a named system
    ("de", "Die Schweiz stärkt ihre Luftverteidigung. Die Schweiz hat bereits Flugzeuge bestellt. Die Beschaffung "
           "von Patriot-Raketen läuft bereits.", [("USA", "CHE")]),
    ("nl", "Nederland versterkt zijn leger. Nederland investeert fors. Defensie koopt nieuwe "
           "CV90-gevechtsvoertuigen.", [("SWE", "NLD")]),
    ("fr", "La Suisse renforce sa défense aérienne. La Suisse a déjà commandé des avions. L'acquisition de missiles "
           "Patriot est déjà en cours.", [("USA", "CHE")]),
    # but never a mere kind of item, nor the country making the systems the article names
    ("en", "Switzerland is strengthening its air defence. Switzerland has already ordered jets. The purchase of new "
           "helicopters is planned.", []),
    ("en", "The United States builds Patriot missiles. The United States sells many. The acquisition of Patriot "
           "missiles is under way.", []),
])
def test_a_sentence_naming_no_buyer_leaves_it_to_the_article(packaged: Pipeline, language: str, text: str,
                                                             expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a force right before an item says whose the item is: the transport aircraft carry, they are not delivered
    ("en", "The first BrahMos missile systems bought by the Philippines arrived in the country on Friday, aboard "
           "Indian Air Force transport aircraft that landed at Clark Air Base.", [("IND", "PHL")]),
    ("en", "The first drones bought by Morocco arrived on Friday, aboard Turkish Air Force transport aircraft that "
           "landed in Rabat.", []),
])
def test_a_force_before_an_item_owns_it(packaged: Pipeline, language: str, text: str, expected: list) -> None:
    assert sides(packaged, text, language) == expected


@pytest.mark.parametrize(("language", "sentence", "name", "expected"), [
    # a rival in a tender, or the item not chosen, is an opponent: no party to the deal
    ("en", "The H225M was chosen over the American UH-60M.", "American", "opponent"),
    ("nl", "Het toestel werd verkozen boven de Amerikaanse UH-60M.", "Amerikaanse", "opponent"),
    ("fr", "Le H225M a été préféré au modèle américain.", "américain", ""),
    ("fr", "Le Rafale l'a emporté face au Gripen suédois et plutôt que la Suède.", "Suède", "opponent"),
    ("de", "Das Heer kauft den Caracal anstelle des amerikanischen UH-60M.", "amerikanischen", "opponent"),
    ("es", "El Gripen fue elegido frente a Estados Unidos y su F-16.", "Estados Unidos", "opponent"),
    ("ar", "اختار الجيش المروحية الفرنسية بدلا من الأمريكية.", "الأمريكية", "opponent"),
    # the words alone, with no rival after them, change no other role
    ("en", "The tanks were sold to Poland instead.", "Poland", "target"),
])
def test_a_rival_is_an_opponent(kb: KnowledgeBase, language: str, sentence: str, name: str, expected: str) -> None:
    start = sentence.index(name)
    assert Grammar(kb, language).marker(fold(sentence), start, start + len(name)) == expected


@pytest.mark.parametrize(("language", "sentence", "name", "expected"), [
    # a country in brackets after a town says where the town lies: a place, never the receiver
    ("fr", "Le patrouilleur a été livré à Concarneau (France) mardi.", "France", "place"),
    ("en", "The patrol vessel was handed over in Kiel (Germany) to Egypt.", "Germany", "place"),
    ("de", "Das Boot wurde in Kiel (Deutschland) an Ägypten übergeben.", "Deutschland", "place"),
    ("nl", "Het schip werd in Vlissingen (Nederland) aan Marokko geleverd.", "Nederland", "place"),
    ("es", "El patrullero fue entregado en Ferrol (España) a Marruecos.", "España", "place"),
    ("ar", "تم تسليم الزورق في كيل (ألمانيا) إلى مصر.", "ألمانيا", "place"),
    # a name in brackets after another country's name, or after a firm, keeps its own role
    ("en", "The frigate was sold to the United Kingdom (Britain) last year.", "Britain", ""),
    ("fr", "Le navire a été livré au Sénégal (Dakar) par Piriou.", "Sénégal", "target"),
])
def test_a_country_in_brackets_after_a_town_is_a_place(packaged: Pipeline, kb: KnowledgeBase, language: str,
                                                        sentence: str, name: str, expected: str) -> None:
    mentions = packaged(Document("test", sentence, published="2021-10-01", language=language)).mentions
    start = sentence.index(name)
    refs = references(mentions, fold(sentence), Grammar(kb, language))
    assert [r.marker for r in refs if r.start == start] == [expected]


@pytest.mark.parametrize(("language", "sentence", "noun", "expected"), [
    # a determiner stands before its kind noun across up to two adjectives ("the light attack aircraft")
    ("en", "The United States agreed to sell Nigeria the light attack aircraft.", "aircraft", True),
    ("en", "They bought the battle-proven drone.", "drone", True),
    ("fr", "Le Maroc a reçu les nouveaux drones turcs.", "drones", True),
    ("de", "Ägypten erhielt die modernen deutschen U-Boote.", "U-Boote", True),
    ("nl", "Polen kocht de nieuwe zware tanks.", "tanks", True),
    ("es", "Argentina recibió los nuevos aviones.", "aviones", True),
    ("ar", "تسلمت مصر هذه الطائرات.", "الطائرات", True),
    # three words apart, or no determiner, is an indefinite noun: a new item
    ("en", "Nigeria bought the very old heavy attack aircraft.", "aircraft", False),
    ("en", "Nigeria bought light attack aircraft.", "aircraft", False),
    ("es", "Argentina recibió 24 aviones.", "aviones", False),
])
def test_a_determiner_reaches_its_noun_across_two_adjectives(kb: KnowledgeBase, language: str, sentence: str,
                                                              noun: str, expected: bool) -> None:
    assert Grammar(kb, language).definite(fold(sentence), sentence.index(noun)) is expected


@pytest.mark.parametrize(("language", "sentence", "name", "expected"), [
    # a definite title noun and a linking word between the role word and the name keep the role word's marker
    ("fr", "Des munitions ont été offertes par la Fédération de Russie.", "Russie", "agent"),
    ("en", "The frigates were delivered to the Republic of Korea.", "Korea", "target"),
    ("es", "Las armas fueron donadas por el Reino de España.", "España", "agent"),
    ("nl", "De munitie werd geleverd door het Koninkrijk der Nederlanden.", "Nederlanden", "agent"),
    ("de", "Die Boote wurden an das Königreich der Niederlande geliefert.", "Niederlande", "target"),
    ("ar", "قدمت الذخائر من قبل جمهورية مصر.", "مصر", ""),
    # an indefinite one is only a comparison: "to a country of Latin America" names no party
    ("es", "Es la mayor exportación a un país de Chile.", "Chile", ""),
])
def test_a_title_noun_and_linking_word_keep_the_marker(kb: KnowledgeBase, language: str, sentence: str, name: str,
                                                       expected: str) -> None:
    start = sentence.index(name)
    assert Grammar(kb, language).marker(fold(sentence), start, start + len(name)) == expected

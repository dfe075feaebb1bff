"""Names and places for demo submissions: the mix of a town in North Rhine-Westphalia.

Every name is NFC and uses only DIN 91379 data type A (normative Latin letters, sequences with combining marks,
non-letters N1); the demo tests check that against the official lists. Besides umlauts and ß the pools carry
letters that break careless code: Ł, ő, ğ, ı, İ, ș, ț, Þ, ð, Ŋ, ễ, ẹ, ħ, ġ and base-plus-combining sequences
(K͟h, r̥) that have no precomposed form. A family name written ``"Wiśniewski|Wiśniewska"`` has a masculine and a
feminine form.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.demo.town_names import TOWN as TOWN_OF_THE_REGISTER
from models.demo.town_names import DemoStreet, demo_street_directory


@dataclass(frozen=True)
class NameOrigin:
    """Where a family's names come from: name pools, places of birth, nationality, how common in the town."""

    key: str
    family_names: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    birthplaces: tuple[str, ...]
    nationality: str  # as the registration form asks for it ("deutsch", "polnisch", …)
    country: str  # ISO 3166-1 alpha-2
    weight: int


def _names(listed: str) -> tuple[str, ...]:
    return tuple(listed.split(", "))


ORIGINS: tuple[NameOrigin, ...] = (
    NameOrigin(
        "german",
        _names(
            "Müller, Schäfer, Weiß, Große, Köhler, Hoffmann, Schröder, Krüger, Böhm, Meißner, Günther, "
            "Jürgens, Strauß, Fuß, Brüggemann, Hölscher, Wöstmann, "
            "Große-Kleimann, Tüshaus, Schulze Höing, Müller-Lüdenscheidt, Becker, Schmitz, Lübbers"
        ),
        _names(
            "Anna, Änne, Sophie, Marie, Hannah, Lea, Käthe, Jördis, Ursula, Gisela, Renate, Birgit, "
            "Zoë, Anneliese, Mia-Sophie, Lotte"
        ),
        _names(
            "Jürgen, Jörg, Björn, Sören, Lukas, Jonas, Felix, Hans-Peter, Karl-Heinz, Uwe, Günter, "
            "Maximilian, Bernd, Matthäus, Jürgen Friedrich"
        ),
        _names("Lindenbrück, Dortmund, Münster, Hamm, Soest, Bielefeld, Köln, Lüdenscheid, Göttingen"),
        "deutsch",
        "DE",
        46,
    ),
    NameOrigin(
        "turkish",
        _names("Doğan, Çelik, Yılmaz, Öztürk, Şahin, Güneş, Aydın, Kılıç, Ağaoğlu"),
        _names("Ayşe, Gülşen, Fatma, Şeyma, Büşra, Özlem, Elif, Hülya"),
        _names("Ömer, Çağlar, Doğukan, Mustafa, Emre, Barış, İsmail, Oğuz"),
        _names("İzmir, Ankara, İstanbul, Kayseri, Trabzon, Dortmund, Hamm"),
        "türkisch",
        "TR",
        10,
    ),
    NameOrigin(
        "polish",
        _names(
            "Kowalczyk, Wiśniewski|Wiśniewska, Dąbrowski|Dąbrowska, Wójcik, Łukasiewicz, "
            "Zieliński|Zielińska, Grzegorczyk"
        ),
        _names("Małgorzata, Zofia, Agnieszka, Józefa, Łucja"),
        _names("Łukasz, Paweł, Michał, Wojciech, Przemysław"),
        _names("Wrocław, Kraków, Łódź, Gdańsk, Poznań"),
        "polnisch",
        "PL",
        8,
    ),
    NameOrigin(
        "hungarian",
        _names("Szőke, Kovács, Tóth, Nagy, Horváth, Szűcs, Fűzi"),
        _names("Ágnes, Erzsébet, Zsófia, Réka, Dóra"),
        _names("Ödön, Gergő, Levente, Zoltán, Bálint, Győző"),
        _names("Budapest, Debrecen, Győr, Pécs"),
        "ungarisch",
        "HU",
        3,
    ),
    NameOrigin(
        "romanian",
        _names("Popescu, Țurcanu, Sârbu, Ștefănescu, Mărgărit, Dumitrașcu"),
        _names("Ioana, Andreea, Mădălina, Ștefania"),
        _names("Ștefan, Mihai, Răzvan, Ionuț"),
        _names("București, Iași, Timișoara, Cluj-Napoca"),
        "rumänisch",
        "RO",
        4,
    ),
    NameOrigin(
        "vietnamese",
        _names("Nguyễn, Trần, Phạm, Lê, Đặng, Võ"),
        _names("Ngọc Anh, Thị Hương, Thu Trang, Mỹ Linh"),
        _names("Văn Đức, Minh Tuấn, Quốc Bảo, Đức Anh"),
        _names("Hà Nội, Hải Phòng, Huế, Đà Nẵng"),
        "vietnamesisch",
        "VN",
        3,
    ),
    NameOrigin(
        "icelandic",
        _names("Þórsson|Þórsdóttir, Sigurðsson|Sigurðardóttir, Guðmundsson|Guðmundsdóttir"),
        _names("Sigrún, Guðrún, Þórunn, Ásdís"),
        _names("Þórður, Ragnar, Sigurður, Ævar"),
        _names("Reykjavík, Akureyri"),
        "isländisch",
        "IS",
        1,
    ),
    NameOrigin(
        "czech",
        _names("Dvořák|Dvořáková, Novák|Nováková, Černý|Černá, Růžička|Růžičková"),
        _names("Kateřina, Šárka, Jiřina"),
        _names("Jiří, Tomáš, Matěj"),
        _names("Brno, Praha, Plzeň"),
        "tschechisch",
        "CZ",
        1,
    ),
    NameOrigin(
        "croatian",
        _names("Kovačević, Đurić, Petrović, Babić"),
        _names("Đurđa, Ivana, Snježana"),
        _names("Đorđe, Dražen, Luka"),
        _names("Zagreb, Split, Osijek"),
        "kroatisch",
        "HR",
        2,
    ),
    NameOrigin(
        "french",
        _names("Dubois, Lefèvre, Rousseau, Fontaine, Bénard"),
        _names("Renée, Gaëlle, Hélène, Noémie"),
        _names("François, Noël, Jérôme, Théo"),
        _names("Strasbourg, Lyon, Lille"),
        "französisch",
        "FR",
        2,
    ),
    NameOrigin(
        "iberian",
        _names("Núñez, Peña, Muñoz, Gonçalves, Simões"),
        _names("Begoña, Inês, María José, Conceição"),
        _names("João, Íñigo, José Luis, Gonçalo"),
        _names("Sevilla, Madrid, Porto, Coimbra"),
        "spanisch",
        "ES",
        2,
    ),
    NameOrigin(
        "latvian",
        _names("Bērziņš|Bērziņa, Kalniņš|Kalniņa, Ozoliņš|Ozoliņa"),
        _names("Līga, Ilze, Māra"),
        _names("Mārtiņš, Ģirts, Jānis"),
        _names("Rīga, Daugavpils"),
        "lettisch",
        "LV",
        1,
    ),
    NameOrigin(
        "maltese",
        _names("Azzopardi, Camilleri, Ħili"),
        _names("Marija, Ġorġina, Ċensina"),
        _names("Ġużeppi, Ġorġ, Ċensu"),
        _names("Valletta, Birkirkara"),
        "maltesisch",
        "MT",
        1,
    ),
    NameOrigin(
        "nordic",
        _names("Sørensen, Østergaard, Bjørnsen, Ærenlund"),
        _names("Åsa, Sølvi, Birgitte"),
        _names("Bjørn, Søren, Øystein"),
        _names("København, Aarhus, Odense"),
        "dänisch",
        "DK",
        1,
    ),
    NameOrigin(
        "nigerian",
        _names("Okafor, Ọlátúnjí, Adéọlá, Chukwu"),
        _names("Ŋgozi, Chiamaka, Ṣọlá"),
        _names("Chukwuẹmeka, Ọlápadé, Ọládélé"),
        _names("Lagos, Enugu, Ibadan"),
        "nigerianisch",
        "NG",
        1,
    ),
    NameOrigin(
        "pakistani",
        _names("K͟hān, Raḥmān, Qurayshī"),
        _names("Fāṭima, Zaynab, Ṣadaf"),
        _names("K͟halīl, Saʿīd, Ḥasan"),
        _names("Lahore, Karachi"),
        "pakistanisch",
        "PK",
        1,
    ),
    NameOrigin(
        "indian",
        _names("Kr̥ṣṇamūrti, Rāmacandran"),
        _names("Lakṣmī, Priyā"),
        _names("Kr̥ṣṇa, Arjun"),
        _names("Chennai, Bengaluru"),
        "indisch",
        "IN",
        1,
    ),
)

#: German name prefixes (Namensvorsatz) that stand before the family name.
NAME_PREFIXES: tuple[tuple[str, str], ...] = (("von", "Hohenstein"), ("von der", "Heide"), ("zu", "Löwenstein"))

TOWN = TOWN_OF_THE_REGISTER
#: The streets the citizens live in: the demo town's street directory (name → postcode and district), so that what
#: the portal sends matches the register of `amtsstube gui --demo` (same seed).
TOWN_STREETS: dict[str, DemoStreet] = {street.name: street for street in demo_street_directory()}

#: Elsewhere in Germany: (street, postcode, city).
GERMAN_ADDRESSES: tuple[tuple[str, str, str], ...] = (
    ("Hansastraße", "44137", "Dortmund"),
    ("Prinzipalmarkt", "48143", "Münster"),
    ("Hohe Straße", "50667", "Köln"),
    ("Oststraße", "59065", "Hamm"),
    ("Brüderstraße", "59494", "Soest"),
    ("Königsallee", "40212", "Düsseldorf"),
    ("Schloßstraße", "12163", "Berlin"),
    ("Weender Straße", "37073", "Göttingen"),
)

#: Abroad: country → (street, house number, postcode, city).
FOREIGN_ADDRESSES: dict[str, tuple[str, str, str, str]] = {
    "FR": ("Rue des Fleurs", "14", "67000", "Strasbourg"),
    "PL": ("ul. Świdnicka", "14", "50-066", "Wrocław"),
    "TR": ("Kıbrıs Şehitleri Caddesi", "45", "35220", "İzmir"),
    "HU": ("Váci utca", "12", "1052", "Budapest"),
    "IS": ("Laugavegur", "28", "101", "Reykjavík"),
    "AT": ("Mariahilfer Straße", "88", "1070", "Wien"),
    "NL": ("Prinsengracht", "263", "1016 GV", "Amsterdam"),
    "ES": ("Calle de Alcalá", "120", "28009", "Madrid"),
    "RO": ("Strada Lipscani", "5", "030031", "București"),
    "CZ": ("Náměstí Míru", "9", "120 00", "Praha"),
    "DK": ("Østerbrogade", "71", "2100", "København"),
}

E_MAIL_DOMAINS = ("example.org", "example.com", "example.net", "post.example", "mail.example")

"""The demo town Lindenbrück (NRW): its districts and streets, and the names of its residents.

Names of many origins, with the letters DIN 91379 requires beyond Latin-1 (Ł, ő, ş, ı, ễ, č, ø …); a family of an
origin gets given names of that origin and, often, its nationality beside the German one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

TOWN = "Lindenbrück"

#: District (Ortsteil) → postcode.
DISTRICTS = {
    "Altstadt": "59821",
    "Mitte": "59821",
    "Lindenhöhe": "59823",
    "Nordviertel": "59823",
    "Bruchhausen": "59825",
    "Ostfeld": "59825",
}

#: Street names: stems that take a suffix, and names that stand as they are.
_STEMS = (
    "Linden", "Eichen", "Birken", "Ahorn", "Buchen", "Kastanien", "Ulmen", "Eschen", "Erlen", "Weiden", "Tannen",
    "Rosen", "Tulpen", "Nelken", "Flieder", "Holunder", "Mühlen", "Kirch", "Schul", "Bahnhof", "Markt", "Garten",
    "Feld", "Wiesen", "Wald", "Berg", "Tal", "Bach", "Brunnen", "Schloss", "Burg", "Post", "Sonnen", "Hohl",
    "Kamp", "Heide", "Moor", "Bruch", "Hof", "Rathaus", "Ziegelei", "Zechen", "Hütten", "Schmiede", "Weber",
    "Kloster", "Stifts", "Brücken", "Hafen", "Schleusen", "Raiffeisen", "Kolping", "Drossel", "Amsel", "Finken",
    "Lerchen", "Meisen", "Falken", "Habicht", "Reiher", "Kranich", "Storchen", "Hasen", "Fuchs", "Dachs",
    "Apfel", "Kirsch", "Pflaumen", "Nuss", "Hopfen", "Korn", "Roggen", "Hafer", "Lehm", "Sand", "Kiesel",
)  # fmt: skip
_SUFFIXES_ONCE = ("straße", "weg", "allee", "gasse", "ring", "pfad", "kamp", "feld")
_WHOLE = (
    "Hauptstraße", "Am Markt", "Marktplatz", "An der Mühle", "Am Kirchplatz", "Zum Sportplatz", "Im Winkel",
    "Auf dem Kamp", "An der Ruhr", "Am Wasserturm", "Zur alten Ziegelei", "Am Stadtgarten", "Hinter der Kirche",
    "Konrad-Adenauer-Straße", "Friedrich-Ebert-Straße", "Goethestraße", "Schillerstraße", "Beethovenstraße",
    "Mozartstraße", "Heinrich-Heine-Straße", "Annette-von-Droste-Hülshoff-Straße", "Willy-Brandt-Platz",
    "Theodor-Heuss-Ring", "Bertha-von-Suttner-Weg", "Sophie-Scholl-Straße", "Kardinal-von-Galen-Straße",
    "Westfalendamm", "Sauerlandstraße", "Dortmunder Straße", "Hammer Straße", "Soester Weg", "Unnaer Straße",
    "Römerweg", "Hansaring", "Lippestraße", "Emscherweg", "Glück-auf-Straße", "Zechenstraße Nord",
    "Grüner Weg", "Alter Postweg", "Neue Straße", "Lange Straße", "Kurze Gasse", "Breite Straße",
    "Óscar-Romero-Weg", "Marie-Curie-Straße", "Lise-Meitner-Straße", "Clara-Schumann-Weg",
)  # fmt: skip


@dataclass(frozen=True)
class Origin:
    """Families of one origin: how common, their family names, given names by sex, and nationality."""

    country: str
    weight: float
    family_names: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    also_german: float  # share of residents of this origin who hold German nationality too (or only)


ORIGINS = (
    Origin(
        "DE", 0.76,
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
         "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
         "Lehmann", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Kaiser", "Fuchs", "Peters",
         "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther",
         "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster",
         "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Sommer", "Groß", "Große",
         "Seidel", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kühn", "Pohl",
         "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Oßwald",
         "Müller-Lüdenscheidt", "von Hohenstein", "Tüllmann", "Hülsmann", "Brüggemann", "Westhoff", "Kötter"),
        ("Jürgen", "Hans-Peter", "Lukas", "Jonas", "Leon", "Finn", "Paul", "Felix", "Maximilian", "Thomas",
         "Michael", "Andreas", "Stefan", "Klaus", "Wolfgang", "Uwe", "Dieter", "Karl", "Heinz", "Günter", "Jörg",
         "Björn", "Sören", "Jan", "Tobias", "Matthias", "Noah", "Elias", "Ben", "Emil", "Frank", "Horst", "Bernd",
         "Friedrich", "Moritz", "Till", "Malte", "Jens", "Rüdiger", "Karl-Heinz"),
        ("Anna", "Maria", "Ursula", "Monika", "Petra", "Sabine", "Claudia", "Susanne", "Andrea", "Julia", "Lea",
         "Emma", "Mia", "Hannah", "Sophie", "Lena", "Laura", "Sarah", "Käthe", "Gisela", "Ingrid", "Helga",
         "Renate", "Zoë", "Chloé", "Renée", "Anja", "Jana", "Marie", "Anne-Kathrin", "Brigitte", "Jutta",
         "Greta", "Ida", "Frieda", "Mathilda", "Karin", "Elke", "Birgit", "Dörte"),
        1.0,
    ),
    Origin(
        "TR", 0.07,
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
         "Koç", "Kılıç", "Aslan", "Çetin", "Kurt"),
        ("Ömer", "Mehmet", "Mustafa", "Ahmet", "Emre", "Yusuf", "Can", "Burak", "Hüseyin", "İbrahim", "Serkan"),
        ("Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Gülşen", "Hatice", "Derya", "Büşra", "Özlem", "Şeyma"),
        0.6,
    ),
    Origin(
        "PL", 0.05,
        ("Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Zając", "Król", "Woźniak", "Dąbrowski", "Kamiński"),
        ("Łukasz", "Paweł", "Piotr", "Krzysztof", "Tomasz", "Michał", "Jakub", "Grzegorz"),
        ("Małgorzata", "Agnieszka", "Katarzyna", "Zofia", "Joanna", "Magdalena", "Ewa", "Żaneta"),
        0.4,
    ),
    Origin(
        "VN", 0.02,
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"),
        ("Minh", "Đức", "Quang", "Tuấn", "Hải"),
        ("Ngọc Anh", "Thị Lan", "Hương", "Thu Trang", "Phương"),
        0.5,
    ),
    Origin(
        "IT", 0.02,
        ("Russo", "Romano", "Esposito", "Bianchi", "Ricci", "Colombo", "De Luca"),
        ("Marco", "Luca", "Giuseppe", "Niccolò", "Matteo"),
        ("Giulia", "Sofia", "Francesca", "Chiara", "Alessia"),
        0.3,
    ),
    Origin(
        "HR", 0.015,
        ("Horvat", "Kovačević", "Jurić", "Babić", "Marić", "Novaković"),
        ("Ivan", "Luka", "Marko", "Josip", "Tomislav"),
        ("Ana", "Ivana", "Petra", "Marija", "Željka"),
        0.4,
    ),
    Origin(
        "UA", 0.02,
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko"),
        ("Dmytro", "Oleksandr", "Andrii", "Serhii", "Mykola"),
        ("Olena", "Iryna", "Natalia", "Oksana", "Yuliia"),
        0.1,
    ),
    Origin(
        "SY", 0.02,
        ("Haddad", "Al-Hassan", "Khalil", "Mansour", "Al-Ahmad", "Darwish"),
        ("Omar", "Karim", "Ahmad", "Mahmoud", "Yousef"),
        ("Amira", "Lina", "Rania", "Nour", "Fatima"),
        0.3,
    ),
    Origin(
        "GR", 0.01,
        ("Papadopoulos", "Georgiou", "Dimitriou", "Nikolaidis"),
        ("Giorgos", "Dimitrios", "Nikos", "Konstantinos"),
        ("Eleni", "Maria", "Katerina", "Sofia"),
        0.5,
    ),
    Origin(
        "HU", 0.005,
        ("Szőke", "Nagy", "Kovács", "Tóth", "Szabó"),
        ("Ádám", "Bálint", "Gergő", "László"),
        ("Ágnes", "Réka", "Zsófia", "Enikő"),
        0.4,
    ),
    Origin(
        "CZ", 0.005,
        ("Dvořák", "Novák", "Černý", "Procházka"),
        ("Jiří", "Tomáš", "Ondřej", "Lukáš"),
        ("Tereza", "Kateřina", "Lucie", "Markéta"),
        0.4,
    ),
    Origin(
        "DK", 0.003,
        ("Jørgensen", "Sørensen", "Møller", "Østergaard"),
        ("Søren", "Lars", "Mads", "Jens"),
        ("Ingrid", "Mette", "Sigrid", "Åse"),
        0.3,
    ),
    Origin(
        "ES", 0.01,
        ("García", "Fernández", "López", "Martínez", "Núñez"),
        ("Javier", "Andrés", "José", "Íñigo"),
        ("Lucía", "María José", "Begoña", "Inés"),
        0.4,
    ),
    Origin(
        "FR", 0.005,
        ("Dubois", "Lefèvre", "Moreau", "Gérard", "Laurent"),
        ("Pierre", "François", "Loïc", "Jérôme"),
        ("Élodie", "Céline", "Hélène", "Noémie"),
        0.4,
    ),
)  # fmt: skip

BIRTH_PLACES = (
    TOWN, TOWN, TOWN, "Dortmund", "Hamm", "Unna", "Soest", "Münster", "Bochum", "Essen", "Köln", "Düsseldorf",
    "Paderborn", "Bielefeld", "Hagen", "Lünen", "Kamen", "Arnsberg", "Berlin", "Hamburg", "München",
)  # fmt: skip
#: Where people of another origin were born, by country.
FOREIGN_BIRTH_PLACES = {
    "TR": ("İstanbul", "Ankara", "İzmir", "Kayseri"),
    "PL": ("Kraków", "Łódź", "Wrocław", "Gdańsk"),
    "VN": ("Hà Nội", "Hải Phòng", "Huế"),
    "IT": ("Napoli", "Palermo", "Bari"),
    "HR": ("Zagreb", "Split", "Osijek"),
    "UA": ("Kyjiw", "Charkiw", "Lwiw"),
    "SY": ("Aleppo", "Damaskus", "Homs"),
    "GR": ("Thessaloniki", "Athen"),
    "HU": ("Budapest", "Pécs", "Győr"),
    "CZ": ("Praha", "Brno", "Plzeň"),
    "DK": ("København", "Århus", "Ålborg"),
    "ES": ("Sevilla", "Málaga", "A Coruña"),
    "FR": ("Lyon", "Besançon", "Orléans"),
}

BLOCK_REASONS = (
    "Gefahr für Leib und Leben durch einen früheren Partner glaubhaft gemacht",
    "Bedrohung im beruflichen Umfeld (Justizvollzug) glaubhaft gemacht",
    "Nachstellung (Stalking), polizeiliche Anzeige liegt vor",
)


def street_names(rng: random.Random) -> list[str]:
    """The town's ≈ 150 street names: the whole names, and each stem with a suffix (every third one twice, as
    "Lindenweg" beside "Lindenstraße")."""
    names = list(_WHOLE)
    for number, stem in enumerate(_STEMS):
        chosen = rng.sample(_SUFFIXES_ONCE, 2 if number % 3 == 0 else 1)
        names.extend(stem + suffix for suffix in chosen)
    return names


#: The seed of ``amtsstube gui --demo``'s town; the portal demo draws its citizens' streets with it too.
DEMO_SEED = 2026


@dataclass(frozen=True)
class DemoStreet:
    name: str
    postcode: str
    district: str


def street_directory(rng: random.Random) -> list[DemoStreet]:
    """The town's streets with postcode and district, as the demo town writes them into the street directory:
    round the districts in turn, every fifth street into a district drawn at random."""
    districts = list(DISTRICTS)
    streets = []
    for number, name in enumerate(street_names(rng)):
        district = districts[number % len(districts)] if number % 5 else rng.choice(districts)
        streets.append(DemoStreet(name, DISTRICTS[district], district))
    return streets


def demo_street_directory(seed: int = DEMO_SEED) -> list[DemoStreet]:
    """The street directory of the demo town made with ``seed`` (its streets are the first thing drawn), for the
    portal demo, whose citizens live there."""
    return street_directory(random.Random(seed))

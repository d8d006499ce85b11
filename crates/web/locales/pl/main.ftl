# Machine-drafted translation, not yet reviewed by a national reviewer.

# OpenNRM user interface, Polish. Keys are grouped by page; vocabulary labels follow
# the pattern <vocabulary>-<value> so the code can look them up from the data.

# The language's own name, for the language switcher, and whether a national reviewer has
# confirmed this translation (yes / no): pages show a "not yet reviewed" mark where not.
language-name = Polski
translation-reviewed = no
language-switcher = Język
nav-main = Menu główne
translation-unreviewed = To tłumaczenie zostało przygotowane maszynowo i nie zostało jeszcze sprawdzone przez krajowego recenzenta. Wiążący jest tekst angielski.

site-name = OpenNRM
site-tagline = Kto identyfikuje ofiary handlu ludźmi w celu pracy przymusowej, kieruje je do pomocy i udziela im wsparcia
nav-countries = Kraje
nav-search = Wyszukiwanie
nav-api = API
nav-about = O danych
skip-to-content = Przejdź do treści
footer-source = Dane: { $report }.
footer-licence = OpenNRM jest wolnym oprogramowaniem. Każdy fakt prowadzi do fragmentu raportu, z którego pochodzi.
footer-revision = Wersja atlasu { $revision }, wczytana { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Podmioty przeciwdziałające handlowi ludźmi w celu pracy przymusowej w 11 krajach
home-lead = Atlas przedstawia dla każdego kraju objętego badaniem Rady Państw Morza Bałtyckiego podmioty, które mogą identyfikować ofiary, kierować je do pomocy i udzielać im wsparcia, ich uprawnienia, formy współpracy oraz istniejące mechanizmy krajowe. Przy każdym fakcie widać zdanie raportu, z którego pochodzi.
home-countries = Kraje
home-glance = Mechanizmy w skrócie
home-glance-lead = Jakie mechanizmy krajowe raport odnotowuje w każdym kraju. Brak mechanizmu to także ustalenie.
home-legend = Co oznaczają kolory
home-chips-lead = Każda karta pokazuje mechanizmy krajowe, o które pyta raport, ocenione tak, jak opisuje je raport:
home-legend-formal = formalny (stanowisko lub organ o tej nazwie)
home-legend-functional-equivalent = odpowiednik funkcjonalny (w raporcie: "comes closest to", "a coordinating role")
home-legend-expired = wygasły (jego okres obowiązywania się zakończył)
home-legend-absent = odnotowany jako nieistniejący
home-legend-not-recorded = nieodnotowany w raporcie
home-respondents = Kwestionariusz wypełniony: { $completed } z { $invited } zaproszonych
home-respondents-completed = Kwestionariusz wypełniony: { $completed }
home-counts = { $actors ->
    [one] { $actors } podmiot
    [few] { $actors } podmioty
    [many] { $actors } podmiotów
   *[other] { $actors } podmiotu
} · { $mandates ->
    [one] { $mandates } uprawnienie
    [few] { $mandates } uprawnienia
    [many] { $mandates } uprawnień
   *[other] { $mandates } uprawnienia
} · { $ties ->
    [one] { $ties } relacja współpracy
    [few] { $ties } relacje współpracy
    [many] { $ties } relacji współpracy
   *[other] { $ties } relacji współpracy
} · { $mechanisms ->
    [one] { $mechanisms } mechanizm
    [few] { $mechanisms } mechanizmy
    [many] { $mechanisms } mechanizmów
   *[other] { $mechanisms } mechanizmu
}
home-search-title = Przeszukaj atlas
home-search-lead = Dowolne słowo dowolnego faktu: nazwa podmiotu, uprawnienie, przepis („§ 262a”), zdanie raportu. Aby znaleźć podmioty według tego, co mogą robić (kto w Danii przyznaje status ofiary?), użyj filtrów na stronie wyszukiwania.

country-native = W języku krajowym: { $name }
country-chapter = Rozdział raportu: { $chapter }
country-on-this-page = Na tej stronie
country-findings = Ustalenia
country-participation = Kto wziął udział w badaniu
country-actors = Podmioty i uprawnienia
country-governmental = Rządowe
country-non-governmental = Pozarządowe
country-cooperation = Współpraca
country-cooperation-lead = Relacje współpracy w opisie respondentów. Pierwszy podmiot to ten, którego odpowiedź opisuje daną relację.
country-policy = Polityka i prawodawstwo
country-mechanisms = Mechanizmy
country-challenges = Wyzwania i ograniczenia
country-challenges-lead = Ograniczenia wskazane przez respondentów; liczba oznacza, ilu respondentów je wskazało, jeśli raport ją podaje.
country-conclusions = Wnioski
country-ambiguities = Gdzie raport jest niejednoznaczny
country-ambiguities-lead = W różnych miejscach raport mówi różne rzeczy. Każde odczytanie zostało zachowane wraz z cytatem.
country-lists = Właściwe departamenty i organizacje
country-no-cooperation = Raport nie opisuje żadnych relacji współpracy w tym kraju.
country-no-documents = Raport nie wymienia żadnego aktu prawnego ani dokumentu strategicznego dla tego kraju.
country-no-limitations = Raport nie podaje liczby wskazań ograniczeń dla tego kraju.
country-invited = Zaproszeni
country-completed = Wypełnili
country-reading = Odczytanie
country-respondents = Respondenci
country-counts-unknown = nie podano

actor-native-name = Nazwa w języku krajowym
actor-acronym = Skrót
actor-also-known-as = Inne nazwy
actor-sector = Sektor
actor-level = Szczebel
actor-study-status = W badaniu
actor-parent = Jednostka nadrzędna
actor-children = Jednostki
actor-mandates = Uprawnienia
actor-no-mandates = Raport nie podaje żadnych uprawnień tego podmiotu.
actor-cooperation = Współpraca
actor-cooperation-out = Współpraca opisana przez ten podmiot
actor-cooperation-in = Współpraca z tym podmiotem opisana przez inne podmioty
actor-no-cooperation = Raport nie opisuje żadnej relacji współpracy tego podmiotu.
actor-mechanisms = Mechanizmy
actor-holds = Prowadzi lub przewodniczy
actor-member-of = Członek
actor-no-mechanisms = Raport nie wymienia tego podmiotu w żadnym mechanizmie krajowym.
actor-back = Powrót: { $country }
actor-find-similar = Inne podmioty tego sektora w 11 krajach

mandate-scope = Zakres: { $scope }
mandate-labour-yes = Obejmuje handel ludźmi w celu pracy przymusowej
mandate-labour-no = Brak uprawnień w zakresie handlu ludźmi w celu pracy przymusowej
mandate-labour-unknown = Raport nie mówi, czy obejmuje to wyzysk w pracy

mandate-denied = Brak uprawnień
mandate-denied-scope = Według raportu podmiot nie może: { $scope }
mechanism-holder = Prowadzi lub przewodniczy
mechanism-members = Członkowie
mechanism-year = Utworzony
mechanism-frequency = Posiedzenia
mechanism-focus = Zakres tematyczny

source = Źródło
source-show = Pokaż źródło
source-line = wiersz raportu { $line }
source-record = rekord OpenNRM { $record }: podsumowanie sporządzone przez OpenNRM, nie fragment raportu
source-section = { $country } › { $section }
source-note = Uwaga

search-title = Wyszukaj podmioty
search-lead = Łącz dowolne filtry. Wyszukiwanie według tego, co podmiot może robić, odpowiada na pytania takie jak „kto w Danii przyznaje status ofiary?”.
search-text = Nazwa, nazwa w języku krajowym lub skrót
search-country = Kraj
search-sector = Sektor
search-capability = Uprawnienie
search-study-status = W badaniu
search-any = Dowolny
search-submit = Szukaj
search-results = { $count ->
    [0] Żaden podmiot nie pasuje.
    [one] Pasuje jeden podmiot.
    [few] Pasują { $count } podmioty.
    [many] Pasuje { $count } podmiotów.
   *[other] Pasuje { $count } podmiotu.
}
search-col-actor = Podmiot
search-col-country = Kraj
search-col-sector = Sektor
search-col-mandates = Pasujące uprawnienia
search-col-status = W badaniu
search-invalid = { $field }: „{ $value }” nie jest znaną wartością.
search-too-long = { $field }: najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}.
search-too-many-words = { $field }: najwyżej { $max ->
    [one] { $max } słowo
    [few] { $max } słowa
    [many] { $max } słów
   *[other] { $max } słowa
}.
search-kind = Rodzaj faktu
search-facts-text = Słowa
search-to-facts = Przeszukaj zamiast tego wszystkie fakty.
search-to-actors = Znajdź zamiast tego podmioty według nazwy i filtrów.
search-facts-title = Przeszukaj atlas
search-facts-lead = Wszystkie fakty: nazwy podmiotów, uprawnienia, mechanizmy, dokumenty, ograniczenia, ustalenia i cytaty z raportu. Wielkość liter i znaki diakrytyczne nie mają znaczenia („liepaja” znajduje „Liepāja”), a słowo znajduje też dłuższe słowa, które się od niego zaczynają („reflect” znajduje „reflection”).
search-facts-results = { $count ->
    [0] Nic nie pasuje.
    [one] Pasuje jeden fragment.
    [few] Pasują { $count } fragmenty.
    [many] Pasuje { $count } fragmentów.
   *[other] Pasuje { $count } fragmentu.
}
search-facts-truncated = Pokazano tylko pierwsze pasujące fragmenty ({ $count ->
    [one] { $count } fragment
    [few] { $count } fragmenty
    [many] { $count } fragmentów
   *[other] { $count } fragmentu
}); dodaj słowo lub filtr, aby zawęzić wyszukiwanie.

search_kind-country = Kraj
search_kind-actor = Podmiot
search_kind-mandate = Uprawnienie
search_kind-tie = Współpraca
search_kind-mechanism = Mechanizm
search_kind-document = Dokument
search_kind-limitation = Ograniczenie
search_kind-participation = Udział
search_kind-finding = Ustalenie
search_kind-ambiguity = Niejednoznaczność
search_kind-respondent = Respondent
search_kind-recommendation = Rekomendacja
search_field-name = nazwa
search_field-native_name = nazwa w języku krajowym
search_field-acronym = skrót
search_field-alias = inna nazwa
search_field-chapter = rozdział
search_field-scope = zakres
search_field-note = uwaga
search_field-title = tytuł
search_field-topic = temat
search_field-frequency = posiedzenia
search_field-quote = cytat
search_field-reason = powód
search_field-summary = streszczenie

about-title = O danych
about-lead = Atlas to raport Grupy Zadaniowej ds. Zwalczania Handlu Ludźmi Rady Państw Morza Bałtyckiego „Actors against Trafficking for Labour Exploitation” (2013) przekształcony w dane. Nic nie zostało dodane do tego, co mówi raport.
about-sources = Każdy fakt ma przypisaną część rozdziału krajowego, z której pochodzi, oraz krótki cytat, który występuje w raporcie dosłownie. Tam, gdzie raport jest wewnętrznie sprzeczny, zachowano oba odczytania.
about-data = Pliki danych to zwykły tekst, jeden na kraj; można je przeglądać i poprawiać jak każdy dokument. Cały atlas można pobrać przez API.
about-api = JSON API jest opisane w dokumencie OpenAPI.
about-revisions = Wersje atlasu

error-not-found-title = Nie znaleziono strony
error-not-found = Nie znaleziono: { $what }. Sprawdź adres lub zacznij od listy krajów.
error-bad-request-title = Nie udało się zrozumieć żądania
error-internal-title = Coś poszło nie tak
error-internal = Nie udało się wyświetlić strony. Błąd został zapisany; spróbuj ponownie później.
error-back-home = Przejdź do listy krajów

yes = tak
no = nie

sector-police = Policja
sector-border_guard = Straż Graniczna
sector-prosecution = Prokuratura
sector-court = Sądy
sector-labour_inspection = Inspekcja pracy
sector-tax = Administracja skarbowa
sector-immigration = Urzędy ds. cudzoziemców
sector-ministry = Ministerstwa
sector-coordination_body = Organy koordynujące
sector-rapporteur = Sprawozdawcy
sector-victim_assistance = Pomoc ofiarom
sector-municipality = Samorządy lokalne
sector-ngo = Organizacje pozarządowe
sector-trade_union = Związki zawodowe
sector-employers_org = Organizacje pracodawców
sector-international_org = Organizacje międzynarodowe
sector-research = Nauka i badania
sector-company = Przedsiębiorstwa
sector-other = Inne

study_status-participated = Wziął udział
study_status-invited_not_participated = Zaproszony, nie wziął udziału
study_status-mentioned = Wymieniony przez respondentów

level-national = Krajowy
level-regional = Regionalny
level-local = Lokalny
level-international = Międzynarodowy

capability-identify_victims = Identyfikacja ofiar
capability-refer_victims = Kierowanie ofiar do pomocy
capability-report_to_police = Zawiadamianie policji
capability-inspect_workplaces = Kontrola miejsc pracy
capability-investigate_crime = Prowadzenie postępowań przygotowawczych
capability-prosecute = Ściganie przestępstw
capability-determine_victim_status = Przyznawanie statusu ofiary
capability-grant_reflection_period = Przyznawanie okresu na zastanowienie się
capability-grant_residence_permit = Udzielanie zezwolenia na pobyt
capability-provide_assistance = Udzielanie pomocy
capability-repatriation = Repatriacja
capability-coordinate = Koordynacja
capability-monitor_and_report = Monitorowanie i sprawozdawczość
capability-bring_labour_court_cases = Występowanie do sądu pracy
capability-training = Szkolenia
capability-prevention = Profilaktyka
capability-policy_making = Kształtowanie polityki
capability-supervise = Nadzór
capability-advocacy = Rzecznictwo
capability-research = Badania
capability-protect_workers_rights = Ochrona praw pracowniczych

cooperation-information_exchange = Wymiana informacji
cooperation-joint_inspection = Wspólna kontrola
cooperation-referral = Kierowanie
cooperation-service_contract = Umowa o świadczenie usług
cooperation-coordination = Koordynacja
cooperation-membership = Członkostwo
cooperation-other = Współpraca

mechanism-national_coordinator = Krajowy koordynator
mechanism-national_rapporteur = Krajowy sprawozdawca
mechanism-lead_agency = Instytucja wiodąca
mechanism-referral_system = System kierowania
mechanism-mou = Porozumienie o współpracy (MoU)
mechanism-working_group = Grupy robocze
mechanism-specialised_unit = Wyspecjalizowane jednostki
mechanism-network = Sieci
mechanism-national_action_plan = Krajowy plan działania
mechanism-local_coordinator = Koordynatorzy lokalni

mechanism_status-formal = Formalny
mechanism_status-functional_equivalent = Odpowiednik funkcjonalny
mechanism_status-absent = Brak
mechanism_status-expired = Wygasły
focus-sexual = Wykorzystanie seksualne
focus-labour = Wyzysk w pracy
focus-all = Wszystkie formy
focus-unclear = Niejasne

limitation-legislation = Prawodawstwo
limitation-lack_of_policy = Brak polityki
limitation-lack_of_cooperation = Brak współpracy
limitation-lack_of_referral_mechanisms = Brak mechanizmów kierowania
limitation-corruption = Korupcja
limitation-lack_of_knowledge = Brak wiedzy
limitation-lack_of_capacity = Brak zasobów
limitation-other = Inne

document-legislation = Akt prawny
document-action_plan = Plan działania
document-policy = Dokument strategiczny
document-agreement = Porozumienie
document-report = Raport
document-other = Inny dokument

nav-screening = Ocena wstępna
screening-title = Ocena wstępna: czy to handel ludźmi?
screening-lead = Odpowiedz na pytania o to, co obserwujesz, na przykład podczas kontroli w miejscu pracy. Wynik umieszcza sytuację na skali od naruszenia prawa pracy do handlu ludźmi w celu pracy przymusowej, wyjaśnia, które odpowiedzi do tego doprowadziły, wskazuje, czego jeszcze brakuje, i podaje podmioty w danym kraju, które mają uprawnienia do działania.
screening-notice-title = Wskazówka, nie decyzja.
screening-notice = Wynik oceny wstępnej jest wskazówką przy kierowaniu osoby do podmiotu, który ma odpowiednie uprawnienia. Nigdy nie jest rozstrzygnięciem prawnym: tylko właściwe organy decydują, czy ktoś jest ofiarą handlu ludźmi lub pracy przymusowej.
screening-translation-unreviewed = Pytania są wstępnym tłumaczeniem, którego nie sprawdził jeszcze krajowy recenzent. Oficjalne angielskie brzmienie MOP znajduje się pod każdym pytaniem.

# The explanation of a screening result, one message per domain ExplanationCode
# (screening-why-<code>); in English each reads exactly as the engine's `reasoning` (a test
# compares them). Lists of indicators are the ILO's official English names.
screening-why-screened_with = Ocenę przeprowadzono przy użyciu narzędzia „{ $instrument }” { $version }, zestawu reguł „{ $rules }” { $rules_version } i listy dla { $population ->
    [child] dzieci
   *[adult] osób dorosłych
}.
screening-why-dimension_positive = Wymiar „{ $dimension }” jest pozytywny ({ $rule }); wskaźniki z odpowiedzią „tak”: { $indicators }.
screening-why-dimension_not_assessed = Wymiar „{ $dimension }” nie został oceniony: nie udzielono odpowiedzi na żadne z jego pytań.
screening-why-dimension_open = Wymiar „{ $dimension }” nie jest jeszcze rozstrzygnięty; { $yes ->
    [0] jak dotąd żaden wskaźnik nie ma odpowiedzi „tak”
   *[other] jak dotąd wskaźniki z odpowiedzią „tak”: { $indicators }
}; { $count ->
    [one] { $count } wskaźnik bez odpowiedzi może jeszcze sprawić, że będzie pozytywny
    [few] { $count } wskaźniki bez odpowiedzi mogą jeszcze sprawić, że będzie pozytywny
    [many] { $count } wskaźników bez odpowiedzi może jeszcze sprawić, że będzie pozytywny
   *[other] { $count } wskaźnika bez odpowiedzi może jeszcze sprawić, że będzie pozytywny
}.
screening-why-dimension_negative = Wymiar „{ $dimension }” jest negatywny; { $yes ->
    [0] żaden wskaźnik nie ma odpowiedzi „tak”
   *[other] odpowiedź „tak” mają tylko wskaźniki: { $indicators }
}; { $complete ->
    [yes] na wszystkie wskaźniki udzielono odpowiedzi i żadna reguła nie jest spełniona
   *[no] wskaźniki bez odpowiedzi nie mogłyby sprawić, że będzie pozytywny
}.
screening-why-unknown_answers = { $count ->
    [one] { $count } odpowiedź brzmi
    [few] { $count } odpowiedzi brzmią
    [many] { $count } odpowiedzi brzmi
   *[other] { $count } odpowiedzi brzmi
} „Nieznane”; odpowiedź „Nieznane” nigdy nie liczy się jako „tak”.
screening-why-ignored_answers = Pominięto odpowiedzi dotyczące wskaźników, których nie ma na liście dla { $population ->
    [child] dzieci
   *[adult] osób dorosłych
}: { $indicators }.
screening-why-level_none = Poziom: brak przesłanek — udzielone odpowiedzi nie spełniają żadnej reguły z zestawu dla wyższego poziomu.
screening-why-level_reached = Poziom: { $level ->
    [labour_law_violation] możliwe naruszenie prawa pracy
    [labour_exploitation] wyzysk w pracy
    [forced_labour] praca przymusowa
    [presumed_trafficking] domniemany handel ludźmi w celu pracy przymusowej
   *[no_indication] brak przesłanek
} — { $because }
screening-why-unverified = { $count ->
    [one] { $count } uwzględniony wskaźnik nie został jeszcze zweryfikowany
    [few] { $count } uwzględnione wskaźniki nie zostały jeszcze zweryfikowane
    [many] { $count } uwzględnionych wskaźników nie zostało jeszcze zweryfikowanych
   *[other] { $count } uwzględnionego wskaźnika nie zostało jeszcze zweryfikowane
} z publikacją źródłową (zob. plik narzędzia): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Możliwe naruszenie prawa pracy: skieruj sprawę do inspekcji pracy i poinformuj pracownika o związku zawodowym i sądzie pracy.
    [labour_exploitation] Wyzysk w pracy: skieruj sprawę do inspekcji pracy, rozważ zawiadomienie policji i skieruj pracownika do podmiotów udzielających wsparcia.
    [forced_labour] Praca przymusowa: zawiadom policję i skieruj osobę do organu, który przyznaje status ofiary, oraz do podmiotów udzielających pomocy.
    [presumed_trafficking] Domniemany handel ludźmi w celu pracy przymusowej: zawiadom policję i niezwłocznie skieruj osobę do organu, który przyznaje status ofiary, do podmiotów udzielających pomocy oraz w celu przyznania okresu na zastanowienie się.
   *[no_indication] Brak przesłanek: te odpowiedzi nie wskazują na potrzebę skierowania; pytania bez odpowiedzi mogą to zmienić.
}{ $open ->
    [yes] {" "}Więcej odpowiedzi może podnieść poziom; sprawdź, czego jeszcze brakuje.
   *[no] {""}
}

# What a way to a higher level still needs (screening-why-toward and its parts); the
# parts are said one after the other, separated by "; ". $names: dimensions joined by
# screening-or; $asks: the ILO's names of the indicators still open; $topics: what to ask
# about (English data).
screening-or = {" "}lub{" "}
screening-why-toward = Droga do poziomu „{ $level ->
    [labour_law_violation] możliwe naruszenie prawa pracy
    [labour_exploitation] wyzysk w pracy
    [forced_labour] praca przymusowa
    [presumed_trafficking] domniemany handel ludźmi w celu pracy przymusowej
   *[no_indication] brak przesłanek
}”{ $population ->
    [adult] {" "}(osoba dorosła)
    [child] {" "}(dziecko)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = wymiar „{ $names }” jest pozytywny
screening-why-step_closed = wymiar „{ $names }” jest negatywny — ta droga jest zamknięta, chyba że odpowiedzi się zmienią
screening-why-step_not_assessed = wymiar „{ $names }” nie został jeszcze oceniony — zapytaj o kwestie ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = wymiar „{ $names }” nie jest jeszcze pozytywny — kwestia nadal otwarta{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = żaden wskaźnik wymiaru „{ $names }” nie ma odpowiedzi „tak” i nie pozostał żaden wskaźnik bez odpowiedzi
screening-why-step_none_yet = żaden wskaźnik wymiaru „{ $names }” nie ma jeszcze odpowiedzi „tak” — kwestia nadal otwarta{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Nie wpisuj imion, nazwisk ani innych danych osobowych: ocena zapisuje tylko, które wskaźniki występują. „Nie zapytano” jest odróżniane od „nie”.
screening-instrument-meta = { $count ->
    [one] { $count } wskaźnik
    [few] { $count } wskaźniki
    [many] { $count } wskaźników
   *[other] { $count } wskaźnika
} · wersja { $version }
screening-population = Kogo dotyczy
screening-country = Kraj (kto może działać)
screening-country-none = Bez kraju
screening-start = Rozpocznij ocenę
screening-progress = Udzielono odpowiedzi na { $answered } z { $total ->
    [one] { $total } pytania
    [few] { $total } pytań
    [many] { $total } pytań
   *[other] { $total } pytania
}
screening-answer-help = Odpowiadaj na to, co wiesz. „Nieznane” oznacza, że pytanie zostało zadane, ale odpowiedź jest niejasna; „Nie zapytano” oznacza, że pytanie nie padło. Żadna z tych odpowiedzi nie liczy się jako „tak”.
screening-official-wording = Oficjalne brzmienie
screening-strength = Waga w narzędziu: { $strength }
screening-see-result = Zobacz wynik
screening-save-draft = Zapisz wersję roboczą
screening-draft-saved = Wersja robocza została zapisana w tej przeglądarce. Otwórz ponownie Ocenę wstępną, aby ją kontynuować; wersje robocze są przechowywane przez 30 dni.
screening-continue-draft = Kontynuuj zapisaną wersję roboczą
screening-discard-draft = Odrzuć wersję roboczą
screening-draft-discarded = Wersja robocza została odrzucona.
screening-no-draft-title = Brak zapisanej wersji roboczej
screening-no-draft = W tej przeglądarce nie ma zapisanej wersji roboczej oceny (wersje robocze są przechowywane przez 30 dni). Rozpocznij nową ocenę na stronie Ocena wstępna.
screening-forbidden-title = Nie można przyjąć formularza
screening-forbidden = Formularz nie pochodzi z tej witryny lub wygasł. Otwórz ocenę ponownie i prześlij ją jeszcze raz.
screening-result-title = Wynik oceny wstępnej
screening-level = Miejsce sytuacji na skali
screening-continuum = Skala wyzysku
screening-reasoning = Dlaczego
screening-dimensions = Wymiary
screening-dimension = Wymiar
screening-status = Status
screening-yes-indicators = Wskaźniki z odpowiedzią „tak”
screening-missing = Czego brakuje do wniosku
screening-questions-to-ask = { $count ->
    [one] Jedno pytanie do zadania
    [few] { $count } pytania do zadania
    [many] { $count } pytań do zadania
   *[other] { $count } pytania do zadania
}
screening-who-acts = Kto może działać
screening-who-acts-in = Kto może działać: { $country }
screening-nobody = Atlas nie odnotowuje żadnego podmiotu z tymi uprawnieniami.
screening-uncovered = Żaden podmiot w atlasie nie ma tych uprawnień:
screening-choose-country = Wybierz kraj, aby zobaczyć jego podmioty. Do wyniku pasują te uprawnienia:
screening-unverified = { $count ->
    [one] Jeden uwzględniony wskaźnik ma wagę jeszcze niezweryfikowaną z publikacją ILO.
    [few] { $count } uwzględnione wskaźniki mają wagę jeszcze niezweryfikowaną z publikacją ILO.
    [many] { $count } uwzględnionych wskaźników ma wagę jeszcze niezweryfikowaną z publikacją ILO.
   *[other] { $count } uwzględnionego wskaźnika ma wagę jeszcze niezweryfikowaną z publikacją ILO.
}
screening-used = Narzędzie: { $instrument }. Reguły: { $rules }.
screening-change-answers = Zmień odpowiedzi (zapisane jako wersja robocza)

answer-yes = Tak
answer-no = Nie
answer-unknown = Nieznane
answer-not-asked = Nie zapytano

population-adult = Osoba dorosła
population-child = Dziecko (poniżej 18 lat)

strength-strong = silny
strength-medium = średni
strength-weak = słaby
strength-unweighted = bez wagi

continuum-no_indication = Brak przesłanek
continuum-labour_law_violation = Naruszenie prawa pracy
continuum-labour_exploitation = Wyzysk w pracy
continuum-forced_labour = Praca przymusowa
continuum-presumed_trafficking = Domniemany handel ludźmi w celu pracy przymusowej

dimension-status-positive = Pozytywny
dimension-status-negative = Negatywny
dimension-status-insufficient_information = Za mało informacji
screening-version = Wersja narzędzia { $version }

report-title = Raport
report-showing = Wiersze { $from }–{ $to } z { $total }. Wyróżniony wiersz to ten, w którym zaczyna się cytowany fragment.
report-earlier = ← Wcześniejsze wiersze
report-later = Dalsze wiersze →
country-download = Pobierz dane tego kraju w formacie JSON
about-download = Pobierz cały atlas (JSON).
about-read-report = Czytaj raport wiersz po wierszu.

## Platform: sign-in, account, administration
nav-sign-in = Zaloguj się
nav-sign-out = Wyloguj się
nav-account = Twoje konto
nav-audit = Dziennik audytu
error-sign-in-title = Zaloguj się
error-sign-in = Ta strona jest przeznaczona dla zalogowanych użytkowników OpenNRM.
error-forbidden-title = Brak uprawnień
error-too-many-title = Zbyt wiele żądań
sign-in-title = Logowanie do OpenNRM
sign-in-username = Nazwa użytkownika (Twój adres e-mail)
sign-in-password = Hasło
sign-in-code = Sześciocyfrowy kod z aplikacji uwierzytelniającej
sign-in-continue = Dalej
sign-in-code-wrong = Ten kod nie został zaakceptowany. Każdy kod działa jeden raz i zmienia się co 30 sekund: wpisz ten, który aplikacja pokazuje teraz.
sign-in-note = Konta zakłada administrator Twojej organizacji. Po pięciu nieudanych próbach konto jest blokowane na 15 minut.
account-title = Twoje konto
account-username = Nazwa użytkownika
account-organisation = Organizacja
account-roles = Role
account-sessions = Aktywne sesje
account-totp = Drugi składnik (aplikacja uwierzytelniająca)
account-totp-on = Drugi składnik jest skonfigurowany: przy logowaniu wymagany jest kod.
account-totp-off = Drugi składnik nie jest jeszcze skonfigurowany. Koordynatorzy i administratorzy muszą go skonfigurować, zanim będą mogli działać.
account-totp-start = Skonfiguruj aplikację uwierzytelniającą
account-totp-replace = Przenieś do innej aplikacji uwierzytelniającej
account-totp-scan = Zeskanuj ten kod aplikacją uwierzytelniającą albo wpisz do niej poniższy klucz, a następnie wpisz kod, który pokaże.
account-totp-secret = Klucz:
account-totp-confirm = Potwierdź
account-totp-wrong = Ten kod nie pasuje do tego klucza. Sprawdź, czy aplikacja zawiera poniższy klucz, a następnie wpisz kod, który pokazuje teraz.
account-totp-done = Aplikacja uwierzytelniająca została skonfigurowana. Przy logowaniu wymagany jest teraz kod.
account-needs-totp = Twoja rola wymaga drugiego składnika. Zanim przejdziesz dalej, skonfiguruj poniżej aplikację uwierzytelniającą.
account-password = Hasło
account-password-current = Obecne hasło
account-password-new = Nowe hasło (od 12 do 128 znaków)
account-password-change = Zmień hasło
account-password-done = Hasło zostało zmienione; pozostałe sesje zostały wylogowane.
account-tokens = Tokeny API
account-tokens-none = Brak tokenów API.
account-token-name = Nazwa
account-token-created = Utworzono
account-token-used = Ostatnio użyty
account-token-create = Utwórz token
account-token-once = Skopiuj ten token teraz; nie zostanie pokazany ponownie:
account-token-revoke = Unieważnij
account-token-revoked = Token został unieważniony.
account-token-revoked-mark = unieważniony
account-sign-out-everywhere = Wyloguj się wszędzie
audit-title = Dziennik audytu
audit-lead = Każde logowanie, nieudane logowanie oraz zmiana użytkowników, ról i tokenów, od najnowszych. Wpisy są powiązane łańcuchem skrótów; polecenie `opennrm audit verify` sprawdza ten łańcuch.
audit-action = Czynność
audit-actor = Wykonawca
audit-outcome = Wynik
audit-object = Obiekt
audit-at = Czas (UTC)
audit-address = Adres
audit-detail = Szczegóły
audit-filter = Filtruj
audit-older = Starsze zdarzenia
users-title = Użytkownicy
users-name = Nazwa
users-state = Stan
users-disabled = wyłączony
users-locked = zablokowany
users-active = aktywny
users-unlock = Odblokuj
role-frontline_officer = Funkcjonariusz pierwszego kontaktu
role-case_worker = Osoba prowadząca sprawę
role-service_provider = Usługodawca
role-national_coordinator = Krajowy koordynator
role-national_rapporteur = Krajowy sprawozdawca
role-administrator = Administrator

## Atlas history
revision-banner = Oglądasz wersję atlasu { $revision } ({ $label }, { $date }); bieżąca wersja to { $current }.
revision-banner-current = Pokaż bieżącą wersję.
diff-title = Zmiany
diff-from = Od wersji
diff-to = Do wersji
diff-compare = Porównaj
diff-heading = { $count ->
    [0] Brak zmian od wersji { $from } do { $to }
    [one] Jedna zmiana od wersji { $from } do { $to }
    [few] { $count } zmiany od wersji { $from } do { $to }
    [many] { $count } zmian od wersji { $from } do { $to }
   *[other] { $count } zmiany od wersji { $from } do { $to }
}
diff-none = Obie wersje mówią o tym kraju to samo.
diff-legend = + dodane · − usunięte lub wycofane · ~ zmienione · · zmieniło się tylko źródło
diff-see-revision = Kraj według wersji { $revision }
about-revision-view = pokaż
actor-retired = Ten podmiot został wycofany w wersji { $revision }: bieżący atlas już go nie wymienia. Jest pokazany według wersji { $last }, ostatniej, która go zawierała i opisywała.
country-changes = Zmiany od 2013 r.
about-revision-not-kept = fakty niezachowane (sprzed historii atlasu)

# Respondents, attribution, several sources, readings, contested facts (issue 6)
country-summary = Streszczenie
country-summary-lead = Streszczenie tego rozdziału sporządzone przez autorów raportu.
country-respondents-title = Kto odpowiedział na kwestionariusz
country-respondents-lead = Jeden wiersz na każdy wysłany kwestionariusz, zgodnie z rozdziałem. Przy stwierdzeniach, które raport przypisuje kwestionariuszowi, widnieje „Autor wypowiedzi” wraz ze źródłem.
country-respondents-computed = Według respondentów: zaproszeni – { $invited }, wypełnili – { $completed }
country-respondents-none = Ta wersja nie wymienia respondentów dla tego kraju.
country-recommendations = Rekomendacje
country-recommendations-lead = Co zaleca raport: każda rekomendacja jako osobny fakt, wraz z rodzajami podmiotów, do których jest skierowana.
country-no-recommendations = W tym rozdziale raport nie formułuje rekomendacji.
respondent-form-full = Pełny kwestionariusz
respondent-form-alternative = Tylko pytania alternatywne
respondent-form-declined = Odmowa
respondent-form-no_reply = Brak odpowiedzi
respondent-answered-for = Odpowiedź w imieniu
respondent-reason = Powód
respondent-footnotes = Cytowany w raporcie jako
said-by = Autor wypowiedzi
also-stated = Podano także w
reading-marker = nasze odczytanie, nie słowa raportu: { $fields }
contested = Sporne
contested-title = Raport jest w tej kwestii niejednoznaczny: zob. niejednoznaczności
tie-direction-mutual = obustronna
tie-direction-one_way = jednostronna
tie-reported-by = Zgłoszone przez: { $name }
actor-group = Grupa, nie jeden organ
document-governs-capabilities = Przyznaje lub reguluje
document-governs-actors = Upoważnia lub zobowiązuje
document-governs-mechanisms = Reguluje
recommendation-addresses = Adresaci
recommendation-addresses-all = Podmioty ogólnie
mechanisms-title = Mechanizmy we wszystkich krajach
mechanisms-lead = Każdy mechanizm krajowy odnotowany w raporcie, kraj po kraju: kto go prowadzi, od kiedy, jaki ma zakres tematyczny i jakie jest jego źródło.
mechanisms-country = Kraj
mechanisms-none = nie odnotowano
nav-mechanisms = Mechanizmy
report-wide-title = Raport poza rozdziałami krajowymi
report-wide-lead = Streszczenie, wprowadzenie i metodologia jako ustalenia ze źródłami oraz rekomendacje dotyczące całego raportu.
finding-part-executive_summary = Streszczenie
finding-part-introduction = Wprowadzenie
finding-part-methodology = Metodologia
finding-part-conclusions = Wnioski
finding-part-findings = Ustalenia
finding-part-challenges = Wyzwania i ograniczenia
mechanisms-status = Status
mechanisms-name = Nazwa
mechanisms-filter = Pokaż
study-full-text = pełny tekst
study-recommendations-lead = Wszystkie rekomendacje raportu: najpierw dotyczące całego raportu, potem z poszczególnych rozdziałów, wraz z krajami i rodzajami podmiotów, do których są skierowane. Filtrowanie według sektora jest możliwe przez API (/api/v1/recommendations).
study-all-countries = Wszystkie jedenaście krajów
nav-study = Badanie
mechanisms-kind = Mechanizm
search-governing = Przepisy i dokumenty, które to przyznają lub regulują
nav-insight = Porównanie
insight-title = Porównanie krajów
insight-lead = Co mówią rozdziały raportu, zestawione obok siebie i obliczone na podstawie atlasu: każda komórka prowadzi do swoich faktów i ich źródeł; fakty sporne są oznaczone.
insight-mechanisms = Mechanizmy
insight-mechanisms-lead = Które kraje mają krajowego koordynatora, sprawozdawcę, porozumienie o współpracy (MoU), system kierowania …, i na czym koncentrują się te mechanizmy.
insight-mandates = Kto ma poszczególne uprawnienia
insight-mandates-lead = Ile podmiotów w każdym kraju ma dane uprawnienie; kliknij liczbę, aby zobaczyć podmioty i ich źródła.
insight-mandates-legend = Liczba oznacza posiadane uprawnienia; −N to uprawnienia, których według raportu podmiot nie ma; § oznacza akt prawny lub dokument przyznający dane uprawnienie.
insight-sectors = Które sektory uczestniczą w mechanizmach
insight-sectors-lead = Czy podmioty z danego sektora uczestniczą w działającym mechanizmie (formalnym lub odpowiedniku funkcjonalnym) jako prowadzący lub członek: raport stwierdza, że podmioty z obszaru pracy są pomijane.
insight-sectors-legend = ✓ co najmniej jeden uczestniczy w działającym mechanizmie; ✗ podmioty sektora nie uczestniczą w żadnym; – atlas nie odnotowuje żadnego podmiotu tego sektora.
insight-sector-none = nie odnotowano podmiotu tego sektora
insight-sector-seated = uczestniczy w mechanizmie
insight-sector-left-out = poza działającymi mechanizmami
insight-limitations = Ograniczenia wskazane przez respondentów
insight-limitations-lead = Ilu respondentów wybrało poszczególne ograniczenia z kwestionariusza, jeśli raport podaje liczbę.
insight-limitations-legend = Liczba to największa wartość, jaką rozdział podaje dla kategorii; · rozdział wymienia kategorię bez liczby.
insight-limitation-stated = wymienione bez liczby
insight-partners = Najczęściej wskazywani partnerzy
insight-partners-lead = Podmioty uszeregowane według liczby innych podmiotów, które wskazują je jako partnera współpracy (relacje zgłoszone przez inny podmiot).
insight-named-by = { $count ->
    [one] wskazany przez { $count } podmiot
    [few] wskazany przez { $count } podmioty
    [many] wskazany przez { $count } podmiotów
   *[other] wskazany przez { $count } podmiotu
}
focus-short-sexual = seks.
focus-short-labour = praca
focus-short-all = wszystkie
focus-short-unclear = ?
insight-focus-legend = pod symbolem zakres: wykorzystanie seksualne (seks.) lub wyzysk w pracy (praca), wszystkie formy, ? niejasne
gaps-title = Luki
gaps-lead = Nazwane reguły zastosowane do atlasu; każde ustalenie z dowodami (faktami i ich cytatami) oraz wskazaniem, kogo zaangażować. Zastosowane do danych z 2013 r. odtwarzają wnioski rozdziałów; reguły są wymienione wraz ze słowami raportu, na których się opierają.
gaps-rules = reguły
gaps-rule = Reguła
gaps-involve = Zaangażuj
gaps-evidence = { $count ->
    [one] Dowody: { $count } fakt
    [few] Dowody: { $count } fakty
    [many] Dowody: { $count } faktów
   *[other] Dowody: { $count } faktu
}
gaps-count = { $count ->
    [one] { $count } ustalenie
    [few] { $count } ustalenia
    [many] { $count } ustaleń
   *[other] { $count } ustalenia
}
gaps-none = Brak ustaleń dla tego wyboru.
gaps-severity-gap = Luka
gaps-severity-gap-means = atlas odnotowuje brak lub niedociągnięcie
gaps-severity-unrecorded = Nie odnotowano
gaps-severity-unrecorded-means = atlas nie odnotowuje niczego, co by to wypełniało: luka albo milczenie raportu
gaps-severity-information = Uwaga
gaps-severity-information-means = nie luka: to, co dane pokazują najwyraźniej
gaps-since-counts = Zamknięte: { $closed }, nowe: { $opened }.
gaps-closed = Zamknięte
gaps-opened = Nowe
country-gaps = Luki
country-network = Sieć współpracy
country-network-lead = Kto jest z kim powiązany według opisu respondentów: podmioty mają kolor według sektora, a ich wielkość zależy od tego, jak często leżą między dwoma innymi. Poniższa tabela podaje te same dane w postaci tekstu.
country-network-files = Pobierz: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Podmiot
network-col-degree = Partnerzy
network-col-betweenness = Pośrednictwo
network-col-broker = Pośrednik
network-density = { $nodes ->
    [one] { $nodes } podmiot z powiązaniami
    [few] { $nodes } podmioty z powiązaniami
    [many] { $nodes } podmiotów z powiązaniami
   *[other] { $nodes } podmiotu z powiązaniami
}, { $edges ->
    [one] { $edges } powiązana para
    [few] { $edges } powiązane pary
    [many] { $edges } powiązanych par
   *[other] { $edges } powiązanej pary
}; gęstość { $density }; powiązania między administracją a społeczeństwem obywatelskim: { $gov_civil }
compare-with = Porównaj z wersją
compare-baseline = Stan wyjściowy z 2013 r.
compare-button = Porównaj
compare-since = Co się zmieniło od wersji { $from } do wersji { $to }
compare-nothing = Nic się nie zmieniło.
compare-revision = Wersja { $revision }
compare-not-in-revision = brak w tej wersji
compare-not-recorded = Nie odnotowano
insight-compare-count = { $count ->
    [one] Zmieniła się jedna komórka.
    [few] Zmieniły się { $count } komórki.
    [many] Zmieniło się { $count } komórek.
   *[other] Zmieniło się { $count } komórki.
}
insight-compare-table = Tabela
insight-compare-row = Wiersz
network-region-title = Sieć współpracy w regionie
network-country-title = Sieć współpracy: { $country }
network-region-lead = Powiązania współpracy wszystkich krajów w jednej sieci, według opisu respondentów. W raporcie powiązania nigdy nie przekraczają granic, dlatego każdy kraj jest pokazany w osobnym panelu: podmioty mają kolor według sektora, wielkość zależną od tego, jak często leżą między dwoma innymi podmiotami ze swojego kraju, a najbardziej centralne są podpisane. Tabele podają te same dane w postaci tekstu.
network-whole-region = cały region
network-files = Pobierz
network-alt = { $scope }: { $nodes ->
    [one] { $nodes } podmiot z powiązaniami
    [few] { $nodes } podmioty z powiązaniami
    [many] { $nodes } podmiotów z powiązaniami
   *[other] { $nodes } podmiotu z powiązaniami
}, { $edges ->
    [one] { $edges } powiązana para
    [few] { $edges } powiązane pary
    [many] { $edges } powiązanych par
   *[other] { $edges } powiązanej pary
}; poniższe tabele wymieniają najbardziej centralne podmioty i dane każdego kraju
network-summary = Podmioty z powiązaniami: { $nodes } (bez żadnych powiązań: { $untied }); powiązane pary: { $edges }; składowe: { $components }; społeczności: { $communities }; pośrednicy: { $brokers }; gęstość { $density }; powiązania między administracją a społeczeństwem obywatelskim: { $gov_civil } (gęstość { $gov_civil_density }).
network-by-country = Kraj po kraju
network-by-country-lead = Te same miary dla sieci każdego kraju: jak jest gęsta, jak dobrze powiązane są administracja i społeczeństwo obywatelskie, na ile części się rozpada i kto ją spaja.
network-by-country-legend = Gęstość: udział powiązanych par we wszystkich możliwych parach. Administracja–społeczeństwo obywatelskie: powiązania między podmiotem rządowym a pozarządowym oraz ich udział we wszystkich takich możliwych parach. Pośrednicy: podmioty, bez których niektóre podmioty tracą jedyną drogę do pozostałych.
network-actors-tied = Podmioty z powiązaniami
network-col-untied = Bez powiązań
network-col-ties = Powiązane pary
network-col-density = Gęstość
network-col-gov-civil = Powiązania administracja–społeczeństwo obywatelskie
network-col-gov-civil-density = Gęstość powiązań administracja–społeczeństwo obywatelskie
network-col-components = Składowe
network-col-communities = Społeczności
network-col-brokers = Pośrednicy
network-col-sector = Sektor
network-col-weighted = Powiązania
network-col-closeness = Bliskość
network-central = Najbardziej centralne podmioty
network-central-lead = Według pośrednictwa: udziału najkrótszych ścieżek między innymi podmiotami z tego samego kraju, które przechodzą przez dany podmiot (w sieci jego kraju, aby można było porównywać podmioty z małych i dużych krajów), a następnie według bliskości: jak blisko podmiot jest od wszystkich innych, do których może dotrzeć.
network-connected = Podmioty o największej liczbie powiązań
network-partners-ties = { $degree ->
    [one] { $degree } partner
    [few] { $degree } partnerów
    [many] { $degree } partnerów
   *[other] { $degree } partnera
}, { $ties ->
    [one] { $ties } powiązanie
    [few] { $ties } powiązania
    [many] { $ties } powiązań
   *[other] { $ties } powiązania
}
network-communities = Społeczności
network-communities-lead = Grupy podmiotów silniej powiązanych między sobą niż z pozostałymi (metoda Louvain, łącznie: { $count }), od największej, każda z najlepiej powiązanymi członkami.
network-community-size = { $count ->
    [one] jeden podmiot
    [few] { $count } podmioty
    [many] { $count } podmiotów
   *[other] { $count } podmiotu
}
network-compare-counts = { $ties_added ->
    [one] Dodano jedną powiązaną parę
    [few] Dodano { $ties_added } powiązane pary
    [many] Dodano { $ties_added } powiązanych par
   *[other] Dodano { $ties_added } powiązanej pary
}, usunięto: { $ties_removed }; { $actors_added ->
    [one] do sieci dołączył jeden podmiot
    [few] do sieci dołączyły { $actors_added } podmioty
    [many] do sieci dołączyło { $actors_added } podmiotów
   *[other] do sieci dołączyło { $actors_added } podmiotu
}, odeszło z niej: { $actors_removed }.
network-ties-added = Dodane powiązania
network-ties-removed = Usunięte powiązania
network-ties-changed = Zmienione powiązania
network-tie-weight = { $from ->
    [one] { $from } powiązanie
    [few] { $from } powiązania
    [many] { $from } powiązań
   *[other] { $from } powiązania
} ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Podmioty, które dołączyły do sieci
network-actors-removed = Podmioty, które opuściły sieć
network-centrality-changed = Podmioty, których pozycja się zmieniła
country-network-compare = Porównaj tę sieć z inną wersją
network-all-measures = Wszystkie miary
insight-charts = Wykresy
insight-charts-lead = Te same dane w formie wykresów; każdy wykres zawiera swoje liczby w postaci tekstu (w tytule i opisie) oraz w tabelach powyżej.
insight-chart-participation = Zaproszeni respondenci i ci, którzy wypełnili kwestionariusz, według krajów (jeśli rozdział podaje liczbę)
insight-chart-mechanisms = Mechanizmy według krajów i statusu
insight-chart-limitations = Ograniczenia podane w rozdziałach, według krajów i kategorii
country-network-alt = Sieć współpracy: { $country }; { $nodes ->
    [one] { $nodes } podmiot z powiązaniami
    [few] { $nodes } podmioty z powiązaniami
    [many] { $nodes } podmiotów z powiązaniami
   *[other] { $nodes } podmiotu z powiązaniami
}, { $edges ->
    [one] { $edges } powiązana para
    [few] { $edges } powiązane pary
    [many] { $edges } powiązanych par
   *[other] { $edges } powiązanej pary
}; poniższa tabela wymienia najbardziej centralne podmioty

## Generated national reports (domain insight::national; the PDF, Markdown and the page)
nr-title-country = { $country }: podmioty przeciwdziałające handlowi ludźmi w celu pracy przymusowej
nr-title-region = Podmioty przeciwdziałające handlowi ludźmi w celu pracy przymusowej w regionie Morza Bałtyckiego
nr-subtitle = Wygenerowano w OpenNRM z wersji atlasu { $revision } ({ $label }, { $date })
nr-preface = Ten raport został wygenerowany z atlasu OpenNRM, który zawiera fakty z raportu „{ $report }” oraz późniejsze zmiany, każdy ze swoim źródłem. Odpowiada układowi rozdziałów krajowych raportu; jego wnioski pochodzą z analizy luk.
nr-preface-sources = Małe liczby w indeksie górnym odsyłają do źródeł na końcu: części raportu, wiersza i dosłownego cytatu, na którym opiera się stwierdzenie, oraz respondenta, który je wypowiedział, jeśli wskazuje go przypis raportu. Stwierdzenie bez liczby jest obliczone na podstawie faktów wymienionych obok.
nr-contents = Spis treści
nr-sources = Źródła
nr-figure = Rysunek
nr-table = Tabela
nr-page = Strona
nr-line = wiersz
nr-said-by = Kwestionariusz 2012:
nr-source-of = Źródło
nr-executive-summary = Streszczenie
nr-summary-region = Region
nr-summary-data = W atlasie: { $actors ->
    [one] { $actors } podmiot
    [few] { $actors } podmioty
    [many] { $actors } podmiotów
   *[other] { $actors } podmiotu
} i { $ties ->
    [one] { $ties } relacja współpracy
    [few] { $ties } relacje współpracy
    [many] { $ties } relacji współpracy
   *[other] { $ties } relacji współpracy
}; działające mechanizmy (formalne lub odpowiedniki funkcjonalne): { $mechanisms } z { $kinds ->
    [one] { $kinds } rodzaju
    [few] { $kinds } rodzajów
    [many] { $kinds } rodzajów
   *[other] { $kinds } rodzaju
}; analiza luk stwierdza { $gaps ->
    [one] jedną odnotowaną lukę
    [few] { $gaps } odnotowane luki
    [many] { $gaps } odnotowanych luk
   *[other] { $gaps } odnotowanej luki
} i { $unrecorded ->
    [one] jedną kwestię, której raport nie odnotowuje.
    [few] { $unrecorded } kwestie, których raport nie odnotowuje.
    [many] { $unrecorded } kwestii, których raport nie odnotowuje.
   *[other] { $unrecorded } kwestii, których raport nie odnotowuje.
}
nr-part-findings = Ustalenia
nr-part-actors = Podmioty i uprawnienia
nr-part-cooperation = Współpraca
nr-part-policy = Polityka i prawodawstwo
nr-part-mechanisms = Mechanizmy
nr-part-limitations = Wyzwania i ograniczenia
nr-part-conclusions = Wnioski
nr-part-organisations = Właściwe departamenty i organizacje
nr-participation = O udział w badaniu poproszono { $invited ->
    [one] { $invited } podmiot
    [few] { $invited } podmioty
    [many] { $invited } podmiotów
   *[other] { $invited } podmiotu
}, z czego { $completed ->
    [one] kwestionariusz wypełnił { $completed }
    [few] kwestionariusz wypełniły { $completed }
    [many] kwestionariusz wypełniło { $completed }
   *[other] kwestionariusz wypełniło { $completed }
}.
nr-participation-completed = { $completed ->
    [one] Kwestionariusz wypełnił { $completed } podmiot.
    [few] Kwestionariusz wypełniły { $completed } podmioty.
    [many] Kwestionariusz wypełniło { $completed } podmiotów.
   *[other] Kwestionariusz wypełniło { $completed } podmiotu.
}
nr-participation-invited = O udział w badaniu poproszono { $invited ->
    [one] { $invited } podmiot
    [few] { $invited } podmioty
    [many] { $invited } podmiotów
   *[other] { $invited } podmiotu
}.
nr-respondents = Respondenci odnotowani w atlasie: zaproszeni – { $invited }, wypełnili – { $completed } (pełny kwestionariusz – { $full }, pytania alternatywne – { $alternative }), odmówili – { $declined }, nie odpowiedzieli – { $noreply }.
nr-ambiguities = Gdzie raport jest niejasny
nr-actors-summary = Atlas odnotowuje { $actors ->
    [one] { $actors } podmiot
    [few] { $actors } podmioty
    [many] { $actors } podmiotów
   *[other] { $actors } podmiotu
} i { $mandates ->
    [one] { $mandates } posiadane przez nie uprawnienie
    [few] { $mandates } posiadane przez nie uprawnienia
    [many] { $mandates } posiadanych przez nie uprawnień
   *[other] { $mandates } posiadanego przez nie uprawnienia
}; poniżej każdy podmiot wymieniono wraz z jego uprawnieniami.
nr-governmental = Rządowe
nr-non-governmental = Pozarządowe
nr-part-of = część: { $parent }
nr-mandate-denied = Nie: { $capability }
nr-labour-mandate-yes = obejmuje handel ludźmi w celu pracy przymusowej
nr-labour-mandate-no = nie obejmuje handlu ludźmi w celu pracy przymusowej
nr-no-ties = Raport nie opisuje żadnej współpracy między podmiotami.
nr-network-summary = Raport opisuje { $ties ->
    [one] { $ties } relację współpracy
    [few] { $ties } relacje współpracy
    [many] { $ties } relacji współpracy
   *[other] { $ties } relacji współpracy
} między { $pairs ->
    [one] { $pairs } parą podmiotów
    [few] { $pairs } parami podmiotów
    [many] { $pairs } parami podmiotów
   *[other] { $pairs } pary podmiotów
}; { $actors ->
    [one] powiązania ma { $actors } podmiot
    [few] powiązania mają { $actors } podmioty
    [many] powiązania ma { $actors } podmiotów
   *[other] powiązania ma { $actors } podmiotu
}, nie ma ich – { $untied }. Gęstość sieci: { $density }.
nr-gov-civil = Między administracją a społeczeństwem obywatelskim: { $ties ->
    [one] { $ties } powiązana para
    [few] { $ties } powiązane pary
    [many] { $ties } powiązanych par
   *[other] { $ties } powiązanej pary
}, co daje gęstość { $density } względem wszystkich par możliwych ponad tym podziałem.
nr-gov-civil-none = W sieci nie ma powiązania ponad podziałem na administrację i społeczeństwo obywatelskie albo po jednej stronie nie ma podmiotu z powiązaniami.
nr-brokers = Pośrednicy (bez nich niektóre podmioty tracą jedyną drogę do pozostałych): { $names }.
nr-network-title = Sieć współpracy: { $country }
nr-network-caption = Sieć współpracy: { $country }. Podmioty mają kolor według sektora i wielkość według pośrednictwa; strzałki oznaczają powiązania jednostronne.
nr-network-alt = Rysunek sieci: { $actors ->
    [one] { $actors } podmiot
    [few] { $actors } podmioty
    [many] { $actors } podmiotów
   *[other] { $actors } podmiotu
} i { $pairs ->
    [one] { $pairs } powiązana para
    [few] { $pairs } powiązane pary
    [many] { $pairs } powiązanych par
   *[other] { $pairs } powiązanej pary
}, spójne części: { $components }; tabele w tej części podają te same dane w postaci tekstu.
nr-central-caption = Podmioty, które najbardziej łączą pozostałe (pośrednictwo)
nr-ties-caption = Relacje współpracy w opisie raportu
nr-col-actor = Podmiot
nr-col-sector = Sektor
nr-col-partners = Partnerzy
nr-col-betweenness = Pośrednictwo
nr-col-from = Od
nr-col-to = Do
nr-col-kind = Rodzaj
nr-col-direction = Kierunek
nr-col-mechanism = Mechanizm
nr-col-status = Status
nr-col-name = Nazwa w raporcie
nr-col-focus = Zakres tematyczny
nr-col-holder = Prowadzi
nr-col-category = Ograniczenie
nr-col-respondents = Respondenci
nr-col-statement = Co mówi raport
nr-col-capability = Uprawnienie
nr-col-rule = Reguła analizy luk
nr-no-documents = Rozdział nie wymienia żadnych dokumentów strategicznych ani aktów prawnych.
nr-mechanisms-intro = Każdy rodzaj mechanizmu, którego szuka raport, wraz z tym, co odnotowuje rozdział; rodzaj, o którym rozdział nie wspomina, jest oznaczony jako „nie odnotowano”.
nr-mechanisms-caption = Mechanizmy: { $country }
nr-state-formal = formalny
nr-state-functional_equivalent = odpowiednik funkcjonalny
nr-state-expired = wygasły
nr-state-absent = brak
nr-state-not_recorded = nie odnotowano
nr-no-limitations = Rozdział nie podaje żadnych wyzwań ani ograniczeń.
nr-limitations-caption = Wyzwania i ograniczenia według kategorii: { $country }
nr-limitations-alt = Wykres słupkowy ograniczeń podanych w rozdziale „{ $country }”, według kategorii; poniższa tabela podaje te same dane.
nr-limitations-alt-counted = Wykres słupkowy liczby respondentów, którzy wybrali poszczególne ograniczenia (kraj: { $country }); poniższa tabela podaje te same dane.
nr-limitations-table = Ograniczenia podane w rozdziale
nr-gap-heading = Ustalenia analizy luk
nr-gap-intro = Każde ustalenie wynika z nazwanej reguły zastosowanej do atlasu (zob. strony analizy luk); jego źródłami są fakty, na których się opiera. „Nie odnotowano” oznacza to, o czym raport nie mówi ani w jedną, ani w drugą stronę.
nr-involve = zaangażuj: { $names }
nr-recommendations = Rekomendacje raportu
nr-organisations-participated = Zaproszone podmioty, które wzięły udział w badaniu
nr-organisations-invited_not_participated = Inne zaproszone podmioty
nr-organisations-mentioned = Inne podmioty wymienione przez respondentów
nr-comparison = Porównanie regionalne
nr-comparison-intro = Jedenaście krajów obok siebie, na podstawie faktów z każdego rozdziału. Oznaczenia: { $legend }.
nr-comparison-mechanisms = Mechanizmy według krajów
nr-chart-mechanisms-caption = Mechanizmy według krajów i statusu
nr-chart-mechanisms-alt = Wykres słupkowy liczby rodzajów mechanizmów w każdym kraju, według statusu; tabela powyżej podaje te same dane.
nr-comparison-mandates-title = Uprawnienia
nr-comparison-mandates-intro = Ile podmiotów w każdym kraju ma dane uprawnienie; ✗ gdy raport stwierdza, że jedyny wymieniony podmiot go nie ma, puste pole, gdy nie wymienia żadnego.
nr-comparison-mandates = Podmioty mające poszczególne uprawnienia, według krajów
nr-comparison-sectors-title = Podmioty w mechanizmach
nr-comparison-sectors-intro = Jakie rodzaje podmiotów uczestniczą w działającym mechanizmie: ✓ co najmniej jeden uczestniczy, ○ kraj ma takie podmioty, ale żaden nie uczestniczy, puste pole, gdy atlas nie odnotowuje żadnego.
nr-comparison-sectors = Rodzaje podmiotów w działającym mechanizmie, według krajów
nr-comparison-limitations-intro = Wyzwania i ograniczenia według kategorii: liczba respondentów, którzy ją wybrali, jeśli rozdział ją podaje, • gdy rozdział wymienia kategorię bez liczby.
nr-comparison-limitations = Ograniczenia według krajów
nr-chart-limitations-caption = Ograniczenia podane w rozdziałach, według krajów i kategorii
nr-chart-limitations-alt = Wykres słupkowy ograniczeń podanych w każdym rozdziale, według kategorii; tabela powyżej podaje liczby.
nr-chart-participation-caption = Zaproszeni respondenci i ci, którzy wypełnili kwestionariusz, według krajów
nr-chart-participation-alt = Wykres słupkowy liczby podmiotów zaproszonych i liczby tych, które wypełniły kwestionariusz, w każdym kraju, jeśli rozdział podaje liczbę.
nr-comparison-gaps-title = Luki w regionie
nr-comparison-gaps-intro = Każda reguła analizy luk w każdym kraju: ● odnotowana luka, ○ nieodnotowane ani w jedną, ani w drugą stronę, i uwaga (nie luka), puste pole, gdy reguła niczego nie stwierdza.
nr-comparison-gaps = Ustalenia analizy luk według reguł i krajów
nr-download = Pobierz:
nr-link = Wygenerowany raport
nr-link-lead = Rozdział tego kraju odtworzony z atlasu — ustalenia, podmioty i uprawnienia, współpraca, mechanizmy, ograniczenia, wnioski z analizy luk — z każdym stwierdzeniem powiązanym ze źródłem.
nr-read = Czytaj raport
insight-report = Wygenerowany raport dla regionu
insight-report-lead = Całe badanie odtworzone z atlasu: streszczenie, rozdziały wszystkich krajów i porównanie regionalne, z każdym stwierdzeniem powiązanym ze źródłem.

## Referral (cases, consent, pathways)
nav-cases = Sprawy
cases-title = Sprawy i skierowania
cases-lead = Sprawy założone przez Twoją organizację i skierowania do niej przesłane. Dane osobowe są szyfrowane i pokazywane tylko tym, którzy ich potrzebują; każdy wgląd w nie jest rejestrowany.
cases-open = Załóż sprawę
cases-screen-first = lub najpierw przeprowadź ocenę wstępną sytuacji
cases-inbox = Skierowania do Twojej organizacji
cases-country-referrals = Skierowania w Twoim kraju
cases-inbox-empty = Brak skierowań.
cases-mine = Sprawy założone przez Twoją organizację
cases-none = Brak spraw.
case-reference = Sprawa
case-action = Działanie
case-from = Od
case-to = Do
case-state = Stan
case-sent = Wysłano
case-deadline = Termin
case-exploitation = Forma wyzysku
case-persons = Osoby
case-anonymised = Zanonimizowano { $date }: okres przechowywania upłynął, więc imiona i nazwiska, daty urodzenia, obywatelstwa, dane kontaktowe, notatki i wiadomości zostały zniszczone. Dane liczone w statystykach pozostają.
case-level = Poziom oceny wstępnej
case-opened = Założono
case-updated = Ostatnia zmiana
case-new-title = Załóż sprawę
case-new-lead = Opisz sytuację i osoby, których dotyczy. Wpisz osobę oddzielnie, gdy jej ścieżka jest inna (osoba małoletnia wśród dorosłych); grupa osób z tą samą ścieżką może być jednym wierszem bez nazwisk.
case-new-from-screening = Do tej sprawy dołączono przeprowadzoną przez Ciebie ocenę wstępną: { $level }.
case-situation = Sytuacja
case-work-sector = Sektor pracy
case-region = Region
case-persons-help = Pozostaw status pobytowy osoby na „brak osoby”, aby pominąć wiersz. Pola osobowe są nieobowiązkowe: zapisz tylko to, czego potrzebuje skierowanie.
case-person-n = Osoba { $n }
case-no-person = brak osoby
case-residence = Status pobytowy
case-age = Grupa wiekowa
case-count = Liczba osób z tą ścieżką
case-gender = Płeć
case-nationality-group = Grupa obywatelstwa (zachowywana do statystyk)
case-name = Imię i nazwisko lub pseudonim
case-birth-date = Data urodzenia
case-nationality = Obywatelstwo
case-contact = Kontakt
case-encrypted = Imiona i nazwiska, daty urodzenia, obywatelstwa, dane kontaktowe, notatki i wiadomości są szyfrowane pole po polu przed zapisaniem.
case-title = Sprawa { $reference }
view-owner = Twoja organizacja zidentyfikowała tę sprawę: widzisz ją w całości.
view-receiver = Ta sprawa została skierowana do Twojej organizacji: widzisz sytuację i tylko to, czego wymaga Twoje działanie.
view-oversight = Widok krajowego koordynatora: sprawa i jej skierowania, bez danych osobowych.
case-identified-by = Zidentyfikowana przez
case-not-screened = bez oceny wstępnej
case-group-of = { $count ->
    [one] grupa { $count } osoby
    [few] grupa { $count } osób
    [many] grupa { $count } osób
   *[other] grupa { $count } osoby
}
case-withheld = Niepokazywane Twojej organizacji: { $fields }.
case-consent = Zgoda
case-no-consent = Nie odnotowano jeszcze zgody. Osobę, która na wszystko odmawia zgody, nadal można uwzględnić anonimowo w statystykach.
case-person = Osoba
case-purpose = Wymagana zgoda
case-method = Sposób wyrażenia
case-recorded = Odnotowano
case-withdrawn = Wycofano
case-withdraw = Wycofaj
case-share-with = Organizacja (tylko udostępnianie)
case-record-consent = Odnotuj zgodę
case-proposals = Proponowane skierowania
case-proposals-lead = Czego wymaga ścieżka kierowania danego kraju dla każdej osoby, wraz z uzasadnieniem i słowami raportu. Zaznacz te, które chcesz wysłać.
case-see-pathway = Zobacz całą ścieżkę kierowania.
case-no-proposals = Ścieżka kierowania nie proponuje dla tej sytuacji żadnego skierowania.
case-undefined-route = Raport nie określa tej ścieżki; w zamian proponowany jest koordynator.
case-because = Ponieważ:
case-consent-on-record = Odnotowana zgoda: { $purpose }.
case-consent-missing = Brak zgody: { $purpose }. Odnotuj ją przed wysłaniem.
case-message = Wiadomość do organizacji przyjmujących (nieobowiązkowa)
case-send = Wyślij zaznaczone skierowania
case-referrals = Skierowania
case-no-referrals = Nie wysłano jeszcze żadnego skierowania.
case-until = do { $date }
case-until-label = Koniec okresu na zastanowienie się (jeśli przyznano)
case-reason = Powód
case-outcome = Wynik
case-notes = Notatki
case-add-note = Dodaj notatkę
case-seen-by = Kto widział dane osobowe
case-when = Kiedy
case-who = Kto
case-what = Co
pathway-title = Ścieżka kierowania: { $country }
pathway-lead = Dokąd skierować? Ścieżki opisane w raporcie z 2013 r., każda ze źródłem. Gdy raport nie określa ścieżki, jest to wskazane i proponowany jest koordynator.
pathway-coordinator-formal = Krajowy koordynator:
pathway-coordinator-closest = Brak krajowego koordynatora; organ, który według raportu jest najbliższy tej roli:
pathway-undefined-count = { $count ->
    [one] Raport nie określa jednej ścieżki.
    [few] Raport nie określa { $count } ścieżek.
    [many] Raport nie określa { $count } ścieżek.
   *[other] Raport nie określa { $count } ścieżki.
}
pathway-rules = Ścieżki i ich źródła
pathway-when = Kiedy
pathway-source = Źródło
pathway-undefined = nieokreślona w raporcie
pathway-any-case = każda sprawa
pathway-from-level = poziom oceny wstępnej co najmniej „{ $level }”
pathway-from-sector = kierujący: { $sectors }
pathway-no-consent = Na tej ścieżce zgoda nie jest wymagana.
pathway-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
pathway-link = Ścieżka kierowania: dokąd skierować?
residence-legal_resident = osoba przebywająca legalnie
residence-eu_citizen = obywatel UE
residence-irregular_migrant = migrant o nieuregulowanym statusie
residence-asylum_seeker = osoba ubiegająca się o ochronę międzynarodową
age-adult = dorosły
age-minor = małoletni
age-unknown = wiek nieznany
gender-female = kobieta
gender-male = mężczyzna
gender-other = inna
gender-unknown = nieznana
nationality_group-national = obywatel tego kraju
nationality_group-eu_eea = obywatel UE/EOG
nationality_group-third_country = obywatel państwa trzeciego
nationality_group-unknown = nieznane
exploitation-labour_exploitation = Wyzysk w pracy
exploitation-forced_labour = Praca przymusowa
exploitation-forced_begging = Zmuszanie do żebractwa
exploitation-forced_criminality = Zmuszanie do działalności przestępczej
exploitation-domestic_servitude = Niewola domowa
exploitation-sexual_exploitation = Wykorzystanie seksualne
exploitation-other = Inna
work-agriculture = Rolnictwo
work-construction = Budownictwo
work-manufacturing = Przetwórstwo przemysłowe
work-hospitality = Gastronomia i hotelarstwo
work-cleaning = Sprzątanie
work-domestic_work = Praca w gospodarstwie domowym
work-fishing = Rybołówstwo
work-forestry = Leśnictwo i zbiór jagód
work-transport = Transport
work-care = Opieka
work-other = Inny
action-investigate = Postępowanie przygotowawcze
action-inspect = Kontrola inspekcji pracy
action-determine_victim_status = Status ofiary
action-grant_reflection_period = Okres na zastanowienie się
action-decide_residence_permit = Zezwolenie na pobyt
action-provide_assistance = Pomoc
action-child_protection = Ochrona dziecka
action-repatriation = Repatriacja
purpose-referral_assistance = skierowanie do systemu pomocy
purpose-police_contact = kontakt z policją
purpose-share_with_organisation = udostępnienie danych wskazanej organizacji
purpose-support_services = usługi wsparcia
purpose-statistics = wykorzystanie w statystykach
method-signed_form = podpisany formularz
method-oral_with_witness = ustnie, w obecności świadka
method-via_interpreter = za pośrednictwem tłumacza
field-name = imię i nazwisko
field-birth_date = data urodzenia
field-nationality = obywatelstwo
field-contact = kontakt
field-notes = notatki
field-messages = wiadomości
state-sent = wysłane
state-acknowledged = potwierdzono odbiór
state-accepted = przyjęte
state-declined = odrzucone
state-decided = podjęto decyzję
state-closed = zamknięte
step-send = Wysłano
step-acknowledge = Potwierdź odbiór
step-accept = Przyjmij
step-decline = Odrzuć
step-decide = Odnotuj wynik
step-close = Zamknij
step-consent_withdrawn = Zgoda wycofana
outcome-presumed_victim = domniemana ofiara
outcome-confirmed_victim = potwierdzona ofiara
outcome-not_a_victim = nie jest ofiarą
outcome-reflection_period_granted = przyznano okres na zastanowienie się
outcome-residence_permit_granted = udzielono zezwolenia na pobyt
outcome-residence_permit_refused = odmówiono zezwolenia na pobyt
outcome-assistance_started = rozpoczęto udzielanie pomocy
outcome-investigation_opened = wszczęto postępowanie przygotowawcze
outcome-child_protection_started = wszczęto działania w zakresie ochrony dziecka
outcome-inspection_carried_out = przeprowadzono kontrolę
cases-open-from-screening = Załóż sprawę z tą oceną wstępną
pathway-open = Zobacz, kto otrzymuje sprawę i w jakim celu, według raportu
statistics-title = Statystyki
statistics-lead = Zanonimizowane liczby spraw odnotowanych w OpenNRM, według krajów. Żaden rekord nigdy nie jest pokazywany: każda liczba mniejsza niż { $k } (poza zerem) jest ukrywana, podobnie jak każda liczba, z której można by ją wyliczyć.
statistics-measures = Co jest liczone
statistics-downloads = Pobierz:
statistics-htcds = w formacie Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = „–” oznacza ukrytą liczbę (mniejszą niż { $k } albo taką, która by ją ujawniła). Zera są pokazywane.
statistics-total = Razem
statistics-all-countries = wszystkie kraje
statistics-measure-persons = Zidentyfikowane osoby
statistics-measure-cases = Sprawy
statistics-measure-referrals = Skierowania
statistics-measure-decisions = Decyzje
statistics-axis-persons = osoby
statistics-axis-cases = sprawy
statistics-axis-referrals = skierowania
statistics-axis-decisions = decyzje
statistics-dimension-year = Według roku
statistics-dimension-work_sector = Według sektora pracy
statistics-dimension-exploitation = Według formy wyzysku
statistics-dimension-age_group = Według grupy wiekowej
statistics-dimension-gender = Według płci
statistics-dimension-nationality_group = Według grupy obywatelstwa
statistics-dimension-residence = Według statusu pobytowego
statistics-dimension-referring_sector = Według sektora organizacji identyfikującej
statistics-dimension-days_to_referral = Dni od identyfikacji do pierwszego skierowania
statistics-dimension-days_to_decision = Dni od identyfikacji do pierwszej decyzji
statistics-dimension-screening_level = Według poziomu oceny wstępnej
statistics-dimension-action = Według tego, o co wnioskowano
statistics-dimension-state = Według obecnego stanu skierowania
statistics-dimension-outcome = Według decyzji
statistics-not_recorded = nie odnotowano
statistics-not_screened = bez oceny wstępnej
days-not_referred = jeszcze nie skierowano
days-no_decision = jeszcze bez decyzji
days-same_day = tego samego dnia
days-1_to_7_days = 1–7 dni
days-8_to_30_days = 8–30 dni
days-31_to_90_days = 31–90 dni
days-over_90_days = ponad 90 dni
nav-statistics = Statystyki
jobs-title = Zadania w tle
jobs-lead = Terminy, eskalacje i wiadomości e-mail, wykonywane przez ten węzeł serwera, który pierwszy je przejmie. Nieudane zadanie jest ponawiane z coraz dłuższymi przerwami, aż do wyczerpania prób; potem pozostaje tutaj jako nieudane, dopóki nie dodasz go ponownie do kolejki.
jobs-none = Brak zadań.
jobs-kind = Zadanie
jobs-state = Stan
jobs-attempts = Próby
jobs-due = Termin
jobs-error = Ostatni błąd
jobs-updated = Ostatnia zmiana
jobs-retry = Dodaj ponownie do kolejki
job-escalation_sweep = Wyszukaj skierowania po terminie potwierdzenia odbioru
job-apply_retention = Zanonimizuj zamknięte sprawy po upływie okresu przechowywania
job-send_email = Wyślij wiadomość e-mail
job-state-queued = w kolejce
job-state-running = w toku
job-state-done = wykonane
job-state-failed = nieudane
notifications-title = Powiadomienia
notification-referral_unacknowledged = Odbiór skierowania nie został potwierdzony w terminie
notifications-open = Otwórz sprawę
case-plan = Plan pomocy
case-plan-empty = Brak zadań w zakresie pomocy.
case-plan-help = Przydziel zadanie usługodawcy, którego uprawnienia w atlasie je obejmują. Osoba musi wyrazić zgodę na usługi wsparcia; usługodawca widzi tylko to, czego wymaga zadanie (schronisko: imię i nazwisko oraz kontakt).
case-assistance = Pomoc
case-provider = Usługodawca
case-assign = Przydziel zadanie
tasks-title = Zadania w zakresie pomocy
tasks-lead = Zadania przydzielone Twojej organizacji, z danymi osoby ograniczonymi do tego, czego wymaga każde z nich. Sama sprawa pozostaje w organizacji, która przydzieliła zadanie.
tasks-none = Twojej organizacji nie przydzielono żadnego zadania.
tasks-from = Przydzielone przez: { $organisation }
assistance-accommodation = Zakwaterowanie
assistance-legal_aid = Pomoc prawna
assistance-health_care = Opieka zdrowotna
assistance-psychological_support = Wsparcie psychologiczne
assistance-interpreter = Tłumacz
assistance-subsistence = Środki utrzymania
assistance-reflection_period_support = Wsparcie w okresie na zastanowienie się
assistance-residence_permit_support = Pomoc w sprawie zezwolenia na pobyt
assistance-repatriation = Repatriacja
assistance-return_and_reintegration = Powrót i reintegracja
task-state-assigned = przydzielone
task-state-in_progress = w toku
task-state-completed = ukończone
task-state-declined = odrzucone
task-step-start = Rozpocznij
task-step-complete = Oznacz jako ukończone
task-step-decline = Odrzuć
nav-tasks = Zadania
nav-jobs = Zadania w tle
notification-referral_overdue = Skierowanie do Twojej organizacji czeka po terminie: potwierdź jego odbiór
nav-inspections = Kontrole
inspections-title = Wspólne kontrole
inspections-lead = Kontrole miejsc pracy prowadzone wspólnie przez kilka instytucji, każdą na własnej podstawie prawnej. W Danii "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; raport zaleca je jako jeden ze sposobów koordynowania działań i lepszego zrozumienia wzajemnej pracy.
inspections-none = Twoja organizacja nie uczestniczy jeszcze w żadnej wspólnej kontroli.
inspection-title = Wspólna kontrola
inspection-reference = Numer
inspection-date = Data
inspection-agencies = Uczestniczące instytucje
inspection-agency = Instytucja
inspection-state = Stan
inspection-state-planned = zaplanowana
inspection-state-closed = przeprowadzona i zamknięta
inspection-planned-by = zaplanowana przez: { $organisation }
inspection-planned-by-label = Zaplanowana przez
inspection-plan = Zaplanuj wspólną kontrolę
inspection-plan-help = Zaznacz co najmniej dwie instytucje ze swojego kraju i podaj podstawę prawną, na której każda prowadzi kontrolę (administracja skarbowa – podatki, urząd ds. środowiska pracy – bezpieczeństwo, policja – przestępstwa). Kontrolę zobaczą tylko zaznaczone instytucje.
inspection-when-where = Kiedy i gdzie
inspection-takes-part = Uczestniczy
inspection-legal-basis = Podstawa prawna
inspection-plan-submit = Zaplanuj kontrolę
inspection-findings = Ustalenia
inspection-no-findings = Żadna instytucja nie odnotowała jeszcze ustaleń.
inspection-workers = { $met ->
    [one] spotkano jednego pracownika
    [few] spotkano { $met } pracowników
    [many] spotkano { $met } pracowników
   *[other] spotkano { $met } pracownika
}
inspection-screened = { $screened ->
    [one] jeden objęty oceną wstępną
    [few] { $screened } objętych oceną wstępną
    [many] { $screened } objętych oceną wstępną
   *[other] { $screened } objętego oceną wstępną
}
inspection-record-finding = Ustalenia Twojej instytucji
inspection-workers-met = Spotkani pracownicy
inspection-workers-screened = Pracownicy objęci oceną wstępną według wskaźników
inspection-note = Co ustalono (widoczne tylko dla uczestniczących instytucji; zaszyfrowane)
inspection-record = Odnotuj ustalenia
inspection-cases = Sprawy założone w wyniku tej kontroli
inspection-no-cases = W wyniku tej kontroli nie założono żadnej sprawy.
inspection-open-case = Załóż sprawę w wyniku tej kontroli
inspection-screen = Przeprowadź ocenę wstępną pracownika
inspection-in-atlas = Atlas odnotowuje współpracę w ramach tej kontroli w wersji { $revision }.
inspection-see-diff = Zobacz, co się zmieniło
inspection-close-help = Zamknij kontrolę, gdy się odbyła: atlas odnotuje wtedy powiązanie typu wspólna kontrola między każdą parą uczestniczących instytucji, ze źródłem w tej kontroli.
inspection-close = Zamknij kontrolę
case-from-inspection = Ta sprawa jest zakładana w wyniku wspólnej kontroli { $reference }.
case-inspection = Wspólna kontrola
notification-decision_overdue = Upłynął termin decyzji w sprawie skierowania do Twojej organizacji: odnotuj decyzję
notification-decision_escalated = Decyzja w sprawie skierowania jest opóźniona
notification-reflection_period_ending = Okres na zastanowienie się kończy się w ciągu tygodnia: zaplanuj dalsze kroki
screening-for-inspection = Ta ocena wstępna jest przeprowadzana w ramach wspólnej kontroli { $reference }; sprawa założona na podstawie jej wyniku zostanie powiązana z kontrolą.

## Survey (issue 11)
study-survey-link = Ankieta, fala po fali
survey-title = Ankieta
survey-lead = Mapa jest aktualizowana tak, jak powstało badanie z 2013 r.: kwestionariusz dla podmiotów z każdego kraju, krótki formularz alternatywny dla tych, którzy nie mają uprawnień, oraz wskazania — jeden respondent prowadzi do kolejnego. Fala 0 to badanie z 2012 r. odczytane z atlasu; obok widnieją liczby podane w raporcie.
survey-start = Rozpocznij falę: { $country }
survey-wave-label = Nazwa fali
survey-wave-label-example = np. aktualizacja 2027
survey-days-open = Przez ile dni działają linki z zaproszeniem
survey-start-submit = Rozpocznij falę
survey-waves = Fale
survey-country = Kraj
survey-wave = Fala
survey-invited = Zaproszeni
survey-completed = Wypełnili
survey-short-form = Krótki formularz
survey-declined = Odmówili
survey-no-reply = Brak odpowiedzi
survey-started = Rozpoczęli
survey-proposed = Zaproponowani
survey-report-states = Co podaje raport
survey-questionnaire = Kwestionariusz
survey-closes = Linki działają do
survey-closed = zamknięta
survey-snowball-depth = Najdłuższy łańcuch wskazań
survey-by-sector = Według sektora
survey-sector = Sektor
survey-invitees = Zaproszeni
survey-export-csv = Zaproszeni w formacie CSV
survey-export-graphml = Drzewo rekrutacji w formacie GraphML
survey-organisation = Organizacja
survey-contact = Osoba kontaktowa
survey-email = E-mail
survey-state = Stan
survey-nominated-by = Wskazany przez
survey-link = Link
survey-state-proposed = zaproponowano
survey-state-invited = zaproszono
survey-state-started = rozpoczęto
survey-state-completed = wypełniono
survey-state-declined = odmówiono
survey-form-full = kwestionariusz
survey-form-alternative = krótki formularz
survey-new-link = Nowy link
survey-issue-links = Wygeneruj linki dla zaproponowanych osób
survey-add-invitee = Dodaj zaproszonego
survey-atlas-actor = Podmiot z atlasu
survey-new-organisation-option = (inna organizacja, podana poniżej)
survey-new-organisation = Inna organizacja
survey-add-submit = Dodaj
survey-tree = Drzewo rekrutacji
survey-tree-caption = Każde pole to zaproszony (#pozycja, organizacja, stan); linia prowadzi od respondenta do wskazanych przez niego kontaktów. Tabela zaproszonych powyżej zawiera te same dane.
survey-links-title = Linki z zaproszeniem
survey-links-lead = Każdy link jest pokazywany tylko ten jeden raz: wydrukuj tę stronę lub wyślij teraz każdy link do jego adresata. Przechowywany jest tylko odcisk każdego linku, więc zgubionego linku nie można pokazać ponownie — zamiast tego wygeneruj nowy.
survey-links-none = Żaden zaproszony nie czekał na link.
survey-back-to-wave = Powrót do fali
survey-respond-title = Kwestionariusz na temat handlu ludźmi w celu pracy przymusowej
survey-respond-lead = Odpowiadasz w imieniu: { $organisation } ({ $country }). Twoje odpowiedzi widzi tylko krajowy koordynator, a do atlasu trafiają dopiero po weryfikacji.
survey-respond-closes = Ten link działa do { $date }.
survey-saved = Twoje odpowiedzi zostały zapisane. Możesz wrócić, korzystając z tego samego linku, dopóki ich nie prześlesz.
survey-comment-on = Komentarz do: { $choice }
survey-your-answer = Twoja odpowiedź
survey-more = Coś do dodania
survey-save = Zapisz i wróć później
survey-submit = Prześlij odpowiedzi
survey-short-help = Nie masz doświadczenia, uprawnień ani wiedzy, by odpowiedzieć na te pytania? Kilka krótkich pytań alternatywnych dotyczy zamiast tego Twojej pracy.
survey-full-help = Masz doświadczenie, by wypełnić pełny kwestionariusz? Możesz wrócić do niego.
survey-switch-short = Odpowiedz zamiast tego na krótkie pytania
survey-switch-full = Wypełnij zamiast tego pełny kwestionariusz
survey-decline = Odmów udziału
survey-nominate = Kogo jeszcze powinniśmy zapytać?
survey-nominate-help = Wskaż osobę, której organizacja zajmuje się lub mogłaby się zajmować handlem ludźmi w celu pracy przymusowej: koordynator zdecyduje, czy ją zaprosić.
survey-nominee-name = Imię i nazwisko
survey-why = Dlaczego ta osoba jest istotna
survey-nominate-submit = Wskaż
survey-done-title = Dziękujemy
survey-done-thanks = Twoje odpowiedzi zostały przesłane. Ten link nie otwiera już kwestionariusza.
survey-declined-thanks = Odmówiono udziału. Ten link nie otwiera już kwestionariusza.
survey-review = Weryfikacja: od odpowiedzi do atlasu
survey-review-help = Wypełnione odpowiedzi proponują zmiany w atlasie: respondent odpowiadający w imieniu podmiotu z atlasu proponuje powiązania ze wskazanymi partnerami i zaznaczone uprawnienia; każdy respondent proponuje mechanizmy, które jego zdaniem istnieją. Odpowiedzi dotyczące tego samego faktu są pokazywane razem, wraz z tymi, którzy odpowiedzieli na to samo pytanie, nie wymieniając go. Przyjmij propozycję (wybór innego rodzaju współpracy lub innej oceny niż zaproponowane jest odnotowywany jako zmiana) albo ją odrzuć; przyjęta propozycja trafia do atlasu jako nowa wersja, która obok cytatów z raportu przywołuje odpowiedź.
survey-see-diff = Co się zmieniło od 2013 r.
survey-no-proposals = Żadna wypełniona odpowiedź nie proponuje jeszcze zmiany.
survey-fact-tie = Współpraca
survey-fact-mandate = Uprawnienie
survey-fact-mechanism = Mechanizm
survey-conflicting = odpowiedzi się różnią
survey-named-by = { $count ->
    [one] wskazany przez jednego respondenta
    [few] wskazany przez { $count } respondentów
    [many] wskazany przez { $count } respondentów
   *[other] wskazany przez { $count } respondenta
}
survey-answered-without = { $count ->
    [one] jeden respondent odpowiedział, nie wymieniając go
    [few] { $count } respondentów odpowiedziało, nie wymieniając go
    [many] { $count } respondentów odpowiedziało, nie wymieniając go
   *[other] { $count } respondenta odpowiedziało, nie wymieniając go
}
survey-not-in-atlas = nie odnotowano
survey-mandate-held = posiada
survey-mandate-denied = według odpowiedzi nie posiada
survey-grade = Ocena
survey-limitations-help = { $count ->
    [one] Liczone spośród jednego respondenta, który wypełnił pełny kwestionariusz.
    [few] Liczone spośród { $count } respondentów, którzy wypełnili pełny kwestionariusz.
    [many] Liczone spośród { $count } respondentów, którzy wypełnili pełny kwestionariusz.
   *[other] Liczone spośród { $count } respondenta, który wypełnił pełny kwestionariusz.
} Przyjęcie liczby dodaje ją do atlasu jako ograniczenie ze źródłem w tej fali; liczby z raportu pozostają bez zmian.
survey-reminders = Przypomnienia
survey-send-reminders = Przypomnij tym, którzy nie odpowiedzieli
survey-reminders-help = Każdy otrzymuje nowy link (poprzedni przestaje działać); to, co zapisał, pozostaje.
survey-in-atlas = Już w atlasie
survey-decision = Decyzja
survey-decision-accepted = przyjęto
survey-decision-edited = przyjęto z innym rodzajem
survey-decision-rejected = odrzucono
survey-in-revision = wersja { $revision }
survey-kind = Rodzaj
survey-accept = Przyjmij
survey-reject = Odrzuć
survey-limitations = Czynniki ograniczające pracę
survey-limitation = Ograniczenie
survey-respondents-naming = Respondenci, którzy je wskazali
survey-emailed = E-mailem
survey-emailed-yes = wysłano

# Machine-drafted translation, not yet reviewed by a national reviewer.

# OpenNRM user interface, Estonian. Keys are grouped by page; vocabulary labels follow
# the pattern <vocabulary>-<value> so the code can look them up from the data.

# The language's own name, for the language switcher, and whether a national reviewer has
# confirmed this translation (yes / no): pages show a "not yet reviewed" mark where not.
language-name = Eesti
translation-reviewed = no
language-switcher = Keel
nav-main = Peamenüü
translation-unreviewed = See tõlge on masintõlge ja riiklik ülevaataja ei ole seda veel üle vaadanud. Kehtib ingliskeelne tekst.

site-name = OpenNRM
site-tagline = Kes tuvastab, suunab ja abistab tööalase ärakasutamise eesmärgil toime pandud inimkaubanduse ohvreid
nav-countries = Riigid
nav-search = Otsing
nav-api = API
nav-about = Andmetest
skip-to-content = Mine sisu juurde
footer-source = Andmed: { $report }.
footer-licence = OpenNRM on vaba tarkvara. Iga fakt viitab aruande lõigule, millest see pärineb.
footer-revision = Atlase redaktsioon { $revision }, laaditud { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Tööalase ärakasutamise eesmärgil toimuva inimkaubanduse vastu tegutsevad osapooled 11 riigis
home-lead = Atlas kaardistab Läänemere Riikide Nõukogu uuringu iga riigi kohta osapooled, kes saavad ohvreid tuvastada, suunata ja abistada, nende pädevused, koostöö ja olemasolevad riiklikud mehhanismid. Iga fakti juures on aruande lause, millest see pärineb.
home-countries = Riigid
home-glance = Mehhanismid ülevaatlikult
home-glance-lead = Milliseid riiklikke mehhanisme aruanne iga riigi puhul märgib. Ka puudumine on tulemus.
home-legend = Mida värvid tähendavad
home-chips-lead = Igal kaardil on riiklikud mehhanismid, mille kohta aruanne küsib, hinnatuna nii, nagu aruanne neid kirjeldab:
home-legend-formal = ametlik (nii nimetatud ametikoht või organ)
home-legend-functional-equivalent = funktsionaalne vaste (aruandes: „comes closest to“, „a coordinating role“)
home-legend-expired = aegunud (selle periood on lõppenud)
home-legend-absent = märgitud puuduvaks
home-legend-not-recorded = aruandes märkimata
home-respondents = { $invited } kutsutust täitis küsimustiku { $completed }
home-respondents-completed = Küsimustiku täitis { $completed }
home-counts = Osapooli: { $actors } · pädevusi: { $mandates } · koostöösidemeid: { $ties } · mehhanisme: { $mechanisms }
home-search-title = Otsi atlasest
home-search-lead = Mis tahes sõna mis tahes faktist: osapoole nimi, pädevus, seadus („§ 262a“), aruande lause. Osapoolte leidmiseks selle järgi, mida nad teha tohivad (kes määrab Taanis ohvri staatuse?), kasutage otsingulehe filtreid.

country-native = Riigikeeles: { $name }
country-chapter = Aruande peatükk: { $chapter }
country-on-this-page = Sellel lehel
country-findings = Tulemused
country-participation = Kes uuringus osalesid
country-actors = Osapooled ja pädevused
country-governmental = Valitsussektor
country-non-governmental = Valitsusväline sektor
country-cooperation = Koostöö
country-cooperation-lead = Koostöösidemed vastajate kirjelduse järgi. Esimene osapool on see, kelle vastus sidet kirjeldab.
country-policy = Poliitika ja õigusaktid
country-mechanisms = Mehhanismid
country-challenges = Väljakutsed ja piirangud
country-challenges-lead = Vastajate nimetatud piirangud; arv näitab, mitu vastajat seda nimetas, kui aruanne selle esitab.
country-conclusions = Järeldused
country-ambiguities = Kus aruanne on mitmetähenduslik
country-ambiguities-lead = Aruanne ütleb eri kohtades eri asju. Iga tõlgendus on säilitatud koos tsitaadiga.
country-lists = Asjaomased osakonnad ja organisatsioonid
country-no-cooperation = Aruanne ei kirjelda selle riigi kohta ühtegi koostöösidet.
country-no-documents = Aruanne ei nimeta selle riigi kohta ühtegi õigusakti ega poliitikadokumenti.
country-no-limitations = Aruanne ei esita selle riigi kohta piirangute arve.
country-invited = Kutsutud
country-completed = Täitnud
country-reading = Tõlgendus
country-respondents = Vastajad
country-counts-unknown = pole esitatud

actor-native-name = Nimi riigikeeles
actor-acronym = Lühend
actor-also-known-as = Ka nimetatud
actor-sector = Sektor
actor-level = Tasand
actor-study-status = Uuringus
actor-parent = Kuulub
actor-children = Üksused
actor-mandates = Pädevused
actor-no-mandates = Aruanne ei nimeta selle osapoole pädevusi.
actor-cooperation = Koostöö
actor-cooperation-out = Selle osapoole kirjeldatud koostöö
actor-cooperation-in = Teiste kirjeldatud koostöö selle osapoolega
actor-no-cooperation = Aruanne ei kirjelda selle osapoole ühtegi koostöösidet.
actor-mechanisms = Mehhanismid
actor-holds = Haldab või juhatab
actor-member-of = Liige
actor-no-mechanisms = Aruanne ei nimeta seda osapoolt üheski riiklikus mehhanismis.
actor-back = Tagasi: { $country }
actor-find-similar = Sama sektori teised osapooled 11 riigis

mandate-scope = Ulatus: { $scope }
mandate-labour-yes = Hõlmab inimkaubandust tööalase ärakasutamise eesmärgil
mandate-labour-no = Pädevus inimkaubanduse osas tööalase ärakasutamise eesmärgil puudub
mandate-labour-unknown = Aruanne ei ütle, kas see hõlmab tööalast ärakasutamist

mandate-denied = Puudub
mandate-denied-scope = Aruande järgi ei tohi osapool: { $scope }
mechanism-holder = Haldaja või juht
mechanism-members = Liikmed
mechanism-year = Loodud
mechanism-frequency = Koguneb
mechanism-focus = Fookus

source = Allikas
source-show = Näita allikat
source-line = aruande rida { $line }
source-record = OpenNRM-i kirje { $record }: OpenNRM-i koostatud kokkuvõte, mitte aruande lõik
source-section = { $country } › { $section }
source-note = Märkus

search-title = Otsi osapooli
search-lead = Kombineerige filtreid vabalt. Otsing selle järgi, mida osapool teha tohib, vastab küsimustele nagu „kes määrab Taanis ohvri staatuse?“.
search-text = Nimi, nimi riigikeeles või lühend
search-country = Riik
search-sector = Sektor
search-capability = Pädevus
search-study-status = Uuringus
search-any = Kõik
search-submit = Otsi
search-results = { $count ->
    [0] Ükski osapool ei vasta.
    [one] Vastab üks osapool.
   *[other] Vastab { $count } osapoolt.
}
search-col-actor = Osapool
search-col-country = Riik
search-col-sector = Sektor
search-col-mandates = Sobivad pädevused
search-col-status = Uuringus
search-invalid = { $field }: „{ $value }“ ei ole tuntud väärtus.
search-too-long = { $field }: { $max ->
    [one] lubatud on kõige rohkem { $max } märk.
   *[other] lubatud on kõige rohkem { $max } märki.
}
search-too-many-words = { $field }: lubatud on kõige rohkem { $max } sõna.
search-kind = Fakti liik
search-facts-text = Sõnad
search-to-facts = Otsi hoopis kõigist faktidest.
search-to-actors = Leia hoopis osapooli nime ja filtrite järgi.
search-facts-title = Otsi atlasest
search-facts-lead = Kõik faktid: osapoolte nimed, pädevused, mehhanismid, dokumendid, piirangud, tulemused ja aruande tsitaadid. Suur- ja väiketähed ning diakriitikud ei loe („liepaja“ leiab „Liepāja“) ja sõna leiab ka pikemad sõnad, mis sellega algavad („reflect“ leiab „reflection“).
search-facts-results = { $count ->
    [0] Midagi ei leitud.
    [one] Vastab üks lõik.
   *[other] Vastab { $count } lõiku.
}
search-facts-truncated = { $count ->
    [one] Näidatakse ainult esimest sobivat lõiku; otsingu kitsendamiseks lisage sõna või filter.
   *[other] Näidatakse { $count } esimest sobivat lõiku; otsingu kitsendamiseks lisage sõna või filter.
}

search_kind-country = Riik
search_kind-actor = Osapool
search_kind-mandate = Pädevus
search_kind-tie = Koostöö
search_kind-mechanism = Mehhanism
search_kind-document = Dokument
search_kind-limitation = Piirang
search_kind-participation = Osalemine
search_kind-finding = Tulemus
search_kind-ambiguity = Mitmetähenduslikkus
search_kind-respondent = Vastaja
search_kind-recommendation = Soovitus
search_field-name = nimi
search_field-native_name = nimi riigikeeles
search_field-acronym = lühend
search_field-alias = ka nimetatud
search_field-chapter = peatükk
search_field-scope = ulatus
search_field-note = märkus
search_field-title = pealkiri
search_field-topic = teema
search_field-frequency = koguneb
search_field-quote = tsitaat
search_field-reason = põhjus
search_field-summary = kokkuvõte

about-title = Andmetest
about-lead = Atlas on andmeteks muudetud Läänemere Riikide Nõukogu inimkaubanduse vastase töörühma aruanne „Actors against Trafficking for Labour Exploitation“ (2013). Aruandes öeldule ei ole midagi lisatud.
about-sources = Iga fakti juures on riigi peatüki jaotis, millest see pärineb, ja lühike tsitaat, mis esineb aruandes sõna-sõnalt. Kui aruanne on iseendaga vastuolus, on säilitatud mõlemad tõlgendused.
about-data = Andmefailid on lihttekstis, üks iga riigi kohta, ning neid saab üle vaadata ja parandada nagu iga teist dokumenti. Kogu atlase saab alla laadida API kaudu.
about-api = JSON API on kirjeldatud OpenAPI dokumendis.
about-revisions = Atlase redaktsioonid

error-not-found-title = Lehte ei leitud
error-not-found = Siin ei ole seda, mida otsite ({ $what }). Kontrollige aadressi või alustage riikide loendist.
error-bad-request-title = Päringust ei saadud aru
error-internal-title = Midagi läks valesti
error-internal = Lehte ei õnnestunud kuvada. Viga on logitud; palun proovige hiljem uuesti.
error-back-home = Mine riikide loendisse

yes = jah
no = ei

sector-police = Politsei
sector-border_guard = Piirivalve
sector-prosecution = Prokuratuur
sector-court = Kohtud
sector-labour_inspection = Tööinspektsioon
sector-tax = Maksuhaldur
sector-immigration = Migratsioon
sector-ministry = Ministeeriumid
sector-coordination_body = Koordineerivad organid
sector-rapporteur = Raportöörid
sector-victim_assistance = Ohvriabi
sector-municipality = Kohalikud omavalitsused
sector-ngo = Vabaühendused
sector-trade_union = Ametiühingud
sector-employers_org = Tööandjate organisatsioonid
sector-international_org = Rahvusvahelised organisatsioonid
sector-research = Teadusasutused
sector-company = Ettevõtted
sector-other = Muu

study_status-participated = Osales
study_status-invited_not_participated = Kutsuti, ei osalenud
study_status-mentioned = Vastajate mainitud

level-national = Riiklik
level-regional = Piirkondlik
level-local = Kohalik
level-international = Rahvusvaheline

capability-identify_victims = Ohvrite tuvastamine
capability-refer_victims = Ohvrite suunamine
capability-report_to_police = Politseile teatamine
capability-inspect_workplaces = Töökohtade kontrollimine
capability-investigate_crime = Kuritegude uurimine
capability-prosecute = Süüdistuse esitamine
capability-determine_victim_status = Ohvri staatuse määramine
capability-grant_reflection_period = Järelemõtlemisaja andmine
capability-grant_residence_permit = Elamisloa andmine
capability-provide_assistance = Abi osutamine
capability-repatriation = Repatrieerimine
capability-coordinate = Koordineerimine
capability-monitor_and_report = Seire ja aruandlus
capability-bring_labour_court_cases = Töövaidluste kohtusse viimine
capability-training = Koolitus
capability-prevention = Ennetus
capability-policy_making = Poliitika kujundamine
capability-supervise = Järelevalve
capability-advocacy = Huvikaitse
capability-research = Uurimistöö
capability-protect_workers_rights = Töötajate õiguste kaitse

cooperation-information_exchange = Teabevahetus
cooperation-joint_inspection = Ühiskontroll
cooperation-referral = Suunamine
cooperation-service_contract = Teenusleping
cooperation-coordination = Koordineerimine
cooperation-membership = Liikmesus
cooperation-other = Koostöö

mechanism-national_coordinator = Riiklik koordinaator
mechanism-national_rapporteur = Riiklik raportöör
mechanism-lead_agency = Juhtasutus
mechanism-referral_system = Suunamissüsteem
mechanism-mou = Vastastikuse mõistmise memorandum
mechanism-working_group = Töörühmad
mechanism-specialised_unit = Spetsialiseerunud üksused
mechanism-network = Võrgustikud
mechanism-national_action_plan = Riiklik tegevuskava
mechanism-local_coordinator = Kohalikud koordinaatorid

mechanism_status-formal = Ametlik
mechanism_status-functional_equivalent = Funktsionaalne vaste
mechanism_status-absent = Puudub
mechanism_status-expired = Aegunud
focus-sexual = Seksuaalne ärakasutamine
focus-labour = Tööalane ärakasutamine
focus-all = Kõik vormid
focus-unclear = Ebaselge

limitation-legislation = Õigusaktid
limitation-lack_of_policy = Poliitika puudumine
limitation-lack_of_cooperation = Koostöö puudumine
limitation-lack_of_referral_mechanisms = Suunamismehhanismide puudumine
limitation-corruption = Korruptsioon
limitation-lack_of_knowledge = Teadmiste puudumine
limitation-lack_of_capacity = Suutlikkuse puudumine
limitation-other = Muu

document-legislation = Õigusakt
document-action_plan = Tegevuskava
document-policy = Poliitika
document-agreement = Kokkulepe
document-report = Aruanne
document-other = Muu dokument

nav-screening = Esmane hindamine
screening-title = Esmane hindamine: kas see on inimkaubandus?
screening-lead = Vastake küsimustele selle kohta, mida täheldate, näiteks töökoha kontrolli ajal. Tulemus paigutab olukorra skaalale alates tööõiguse rikkumisest kuni inimkaubanduseni tööalase ärakasutamise eesmärgil, selgitab, millised vastused selleni viisid, ütleb, mis on veel puudu, ja nimetab riigi osapooled, kellel on pädevus tegutseda.
screening-notice-title = Juhis, mitte otsus.
screening-notice = Hindamise tulemus on juhis isiku suunamiseks pädevale osapoolele. See ei ole kunagi õiguslik otsus: ainult pädevad asutused otsustavad, kas keegi on inimkaubanduse või sunniviisilise töö ohver.
screening-translation-unreviewed = Küsimused on esialgne tõlge, mida riiklik ülevaataja ei ole veel üle vaadanud. ILO ametlik ingliskeelne sõnastus on iga küsimuse all.

# The explanation of a screening result, one message per domain ExplanationCode
# (screening-why-<code>); in English each reads exactly as the engine's `reasoning` (a test
# compares them). Lists of indicators are the ILO's official English names.
screening-why-screened_with = Hindamisel kasutati instrumenti „{ $instrument }“ { $version } ja reeglistikku „{ $rules }“ { $rules_version } ning { $population ->
    [child] laste
   *[adult] täiskasvanute
} loendit.
screening-why-dimension_positive = Mõõde „{ $dimension }“ on positiivne ({ $rule }); jaatava vastuse said need indikaatorid: { $indicators }.
screening-why-dimension_not_assessed = Mõõdet „{ $dimension }“ ei hinnatud: selle ühelegi küsimusele ei vastatud.
screening-why-dimension_open = Mõõde „{ $dimension }“ ei ole veel kindlaks tehtud; { $yes ->
    [0] seni ei ole ühelegi indikaatorile jaatavalt vastatud
   *[other] seni said jaatava vastuse need indikaatorid: { $indicators }
}; { $count ->
    [one] { $count } vastamata indikaator võib selle veel positiivseks muuta
   *[other] { $count } vastamata indikaatorit võivad selle veel positiivseks muuta
}.
screening-why-dimension_negative = Mõõde „{ $dimension }“ on negatiivne; { $yes ->
    [0] ühelegi indikaatorile ei vastatud jaatavalt
   *[other] jaatava vastuse said ainult need indikaatorid: { $indicators }
}; { $complete ->
    [yes] kõigile indikaatoritele on vastatud ja ükski reegel ei ole täidetud
   *[no] vastamata indikaatorid ei saaks seda positiivseks muuta
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] vastus on
   *[other] vastust on
} „Teadmata“; vastust „Teadmata“ ei loeta kunagi jaatavaks.
screening-why-ignored_answers = Vastused indikaatoritele, mida ei ole { $population ->
    [child] laste
   *[adult] täiskasvanute
} loendis, jäeti arvestamata: { $indicators }.
screening-why-level_none = Tase: viiteid ei ole — antud vastused ei täida ühtegi reeglistiku kõrgema taseme reeglit.
screening-why-level_reached = Tase: { $level ->
    [labour_law_violation] võimalik tööõiguse rikkumine
    [labour_exploitation] tööalane ärakasutamine
    [forced_labour] sunniviisiline töö
    [presumed_trafficking] eeldatav inimkaubandus tööalase ärakasutamise eesmärgil
   *[no_indication] viiteid ei ole
} — { $because }
screening-why-unverified = { $count } arvesse läinud { $count ->
    [one] indikaator ei ole
   *[other] indikaatorit ei ole
} veel lähteväljaande alusel kontrollitud (vt instrumendi faili): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Võimalik tööõiguse rikkumine: suunake juhtum tööinspektsiooni ning rääkige töötajale ametiühingust ja võimalusest pöörduda töövaidlusega kohtusse.
    [labour_exploitation] Tööalane ärakasutamine: suunake juhtum tööinspektsiooni, kaaluge politseile teatamist ja suunake töötaja tugiteenustele.
    [forced_labour] Sunniviisiline töö: teatage politseile ning suunake isik ohvri staatust määrava asutuse juurde ja abiteenustele.
    [presumed_trafficking] Eeldatav inimkaubandus tööalase ärakasutamise eesmärgil: teatage politseile ning suunake isik viivitamata ohvri staatust määrava asutuse juurde, abiteenustele ja järelemõtlemisaja saamiseks.
   *[no_indication] Viiteid ei ole: nende vastuste põhjal ei ole suunamine vajalik; vastamata küsimused võivad seda muuta.
}{ $open ->
    [yes] {" "}Rohkem vastuseid võib taset tõsta; vaadake, mis on veel puudu.
   *[no] {""}
}

# What a way to a higher level still needs (screening-why-toward and its parts); the
# parts are said one after the other, separated by "; ". $names: dimensions joined by
# screening-or; $asks: the ILO's names of the indicators still open; $topics: what to ask
# about (English data).
screening-or = {" "}või{" "}
screening-why-toward = Teel tasemele „{ $level ->
    [labour_law_violation] võimalik tööõiguse rikkumine
    [labour_exploitation] tööalane ärakasutamine
    [forced_labour] sunniviisiline töö
    [presumed_trafficking] eeldatav inimkaubandus tööalase ärakasutamise eesmärgil
   *[no_indication] viiteid ei ole
}“{ $population ->
    [adult] {" "}(täiskasvanu)
    [child] {" "}(laps)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = mõõde „{ $names }“ on positiivne
screening-why-step_closed = mõõde „{ $names }“ on negatiivne — see tee on suletud, kui vastused ei muutu
screening-why-step_not_assessed = mõõdet „{ $names }“ ei ole veel hinnatud — küsige teemade kohta ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = mõõde „{ $names }“ ei ole veel positiivne — küsimus on endiselt lahtine{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = mõõtme „{ $names }“ ühelegi indikaatorile ei ole jaatavalt vastatud ja vastamata indikaatoreid ei ole jäänud
screening-why-step_none_yet = mõõtme „{ $names }“ ühelegi indikaatorile ei ole veel jaatavalt vastatud — küsimus on endiselt lahtine{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Ärge sisestage nimesid ega muid isikuandmeid: hindamisel salvestatakse ainult see, millised indikaatorid esinevad. „Ei küsitud“ hoitakse vastusest „ei“ lahus.
screening-instrument-meta = { $count ->
    [one] { $count } indikaator · versioon { $version }
   *[other] { $count } indikaatorit · versioon { $version }
}
screening-population = Keda see puudutab
screening-country = Riik (kes saab tegutseda)
screening-country-none = Riik valimata
screening-start = Alusta hindamist
screening-progress = { $total } küsimusest on vastatud { $answered }
screening-answer-help = Vastake sellele, mida teate. „Teadmata“ tähendab, et küsisite, kuid vastus on ebaselge; „Ei küsitud“ tähendab, et küsimust ei tõstatatud. Kumbagi ei loeta jaatavaks vastuseks.
screening-official-wording = Ametlik sõnastus
screening-strength = Tugevus instrumendis: { $strength }
screening-see-result = Vaata tulemust
screening-save-draft = Salvesta mustand
screening-draft-saved = Mustand on salvestatud selles brauseris. Jätkamiseks avage uuesti esmane hindamine; mustandeid hoitakse 30 päeva.
screening-continue-draft = Jätka salvestatud mustandit
screening-discard-draft = Loobu mustandist
screening-draft-discarded = Teie mustand kustutati.
screening-no-draft-title = Salvestatud mustandit ei ole
screening-no-draft = Selles brauseris ei ole salvestatud hindamise mustandit (mustandeid hoitakse 30 päeva). Alustage uut hindamist esmase hindamise lehelt.
screening-forbidden-title = Vormi ei saanud vastu võtta
screening-forbidden = Vorm ei pärinenud sellelt saidilt või on aegunud. Avage hindamine uuesti ja saatke vorm uuesti.
screening-result-title = Hindamise tulemus
screening-level = Kus olukord skaalal paikneb
screening-continuum = Ärakasutamise skaala
screening-reasoning = Miks
screening-dimensions = Mõõtmed
screening-dimension = Mõõde
screening-status = Seisund
screening-yes-indicators = Jaatava vastusega indikaatorid
screening-missing = Mis on järelduseks veel puudu
screening-questions-to-ask = { $count ->
    [one] Üks küsimus, mida esitada
   *[other] { $count } küsimust, mida esitada
}
screening-who-acts = Kes saab tegutseda
screening-who-acts-in = { $country }: kes saab tegutseda
screening-nobody = Atlases ei ole ühtegi osapoolt, kellel oleksid need pädevused.
screening-uncovered = Ühelgi atlase osapoolel ei ole neid pädevusi:
screening-choose-country = Valige riik, et näha selle osapooli. Tulemusele vastavad need pädevused:
screening-unverified = { $count ->
    [one] Ühe arvesse läinud indikaatori tugevust ei ole veel ILO väljaande alusel kontrollitud.
   *[other] { $count } arvesse läinud indikaatori tugevust ei ole veel ILO väljaande alusel kontrollitud.
}
screening-used = Instrument: { $instrument }. Reeglid: { $rules }.
screening-change-answers = Muuda vastuseid (salvestatakse mustandina)

answer-yes = Jah
answer-no = Ei
answer-unknown = Teadmata
answer-not-asked = Ei küsitud

population-adult = Täiskasvanu
population-child = Laps (alla 18-aastane)

strength-strong = tugev
strength-medium = keskmine
strength-weak = nõrk
strength-unweighted = kaalumata

continuum-no_indication = Viiteid ei ole
continuum-labour_law_violation = Tööõiguse rikkumine
continuum-labour_exploitation = Tööalane ärakasutamine
continuum-forced_labour = Sunniviisiline töö
continuum-presumed_trafficking = Eeldatav inimkaubandus tööalase ärakasutamise eesmärgil

dimension-status-positive = Positiivne
dimension-status-negative = Negatiivne
dimension-status-insufficient_information = Teavet ei ole piisavalt
screening-version = Instrumendi versioon { $version }

report-title = Aruanne
report-showing = Read { $from }–{ $to }, kokku { $total }. Esiletõstetud real algab tsiteeritud lõik.
report-earlier = ← Varasemad read
report-later = Hilisemad read →
country-download = Laadi selle riigi andmed alla JSON-vormingus
about-download = Laadi alla kogu atlas (JSON).
about-read-report = Loe aruannet rida-realt.

## Platform: sign-in, account, administration
nav-sign-in = Logi sisse
nav-sign-out = Logi välja
nav-account = Teie konto
nav-audit = Auditilogi
error-sign-in-title = Palun logige sisse
error-sign-in = See leht on mõeldud OpenNRM-i sisseloginud kasutajatele.
error-forbidden-title = Pole lubatud
error-too-many-title = Liiga palju päringuid
sign-in-title = Logi sisse OpenNRM-i
sign-in-username = Kasutajanimi (teie e-posti aadress)
sign-in-password = Parool
sign-in-code = Autentimisrakenduse kuuekohaline kood
sign-in-continue = Jätka
sign-in-code-wrong = Seda koodi ei aktsepteeritud. Iga kood kehtib ühe korra ja muutub iga 30 sekundi järel: sisestage kood, mida rakendus praegu näitab.
sign-in-note = Kontod loob teie organisatsiooni administraator. Pärast viit valet katset lukustatakse konto 15 minutiks.
account-title = Teie konto
account-username = Kasutajanimi
account-organisation = Organisatsioon
account-roles = Rollid
account-sessions = Sisselogitud seansid
account-totp = Teine tegur (autentimisrakendus)
account-totp-on = Teine tegur on seadistatud: sisselogimisel küsitakse koodi.
account-totp-off = Teist tegurit veel ei ole. Koordinaatorid ja administraatorid peavad selle seadistama, enne kui saavad toiminguid teha.
account-totp-start = Seadista autentimisrakendus
account-totp-replace = Vaheta autentimisrakendust
account-totp-scan = Skannige see kood autentimisrakendusega või sisestage sinna allolev võti, seejärel sisestage kood, mida rakendus näitab.
account-totp-secret = Võti:
account-totp-confirm = Kinnita
account-totp-wrong = See kood ei vasta sellele võtmele. Kontrollige, et rakenduses oleks allolev võti, seejärel sisestage kood, mida see praegu näitab.
account-totp-done = Autentimisrakendus on seadistatud. Nüüd küsitakse sisselogimisel koodi.
account-needs-totp = Teie roll nõuab teist tegurit. Enne jätkamist seadistage allpool autentimisrakendus.
account-password = Parool
account-password-current = Praegune parool
account-password-new = Uus parool (12–128 märki)
account-password-change = Muuda parooli
account-password-done = Teie parool muudeti; teie teised seansid logiti välja.
account-tokens = API-tõendid
account-tokens-none = API-tõendeid ei ole.
account-token-name = Nimi
account-token-created = Loodud
account-token-used = Viimati kasutatud
account-token-create = Loo tõend
account-token-once = Kopeerige see tõend kohe; seda ei näidata uuesti:
account-token-revoke = Tühista
account-token-revoked = Tõend tühistati.
account-token-revoked-mark = tühistatud
account-sign-out-everywhere = Logi kõikjal välja
audit-title = Auditilogi
audit-lead = Kõik sisselogimised, ebaõnnestunud sisselogimised ning kasutajate, rollide ja tõendite muudatused, uusimad eespool. Kirjed on seotud räsiahelaga; `opennrm audit verify` kontrollib ahelat.
audit-action = Toiming
audit-actor = Tegija
audit-outcome = Tulemus
audit-object = Objekt
audit-at = Aeg (UTC)
audit-address = Aadress
audit-detail = Üksikasjad
audit-filter = Filtreeri
audit-older = Vanemad sündmused
users-title = Kasutajad
users-name = Nimi
users-state = Olek
users-disabled = keelatud
users-locked = lukustatud
users-active = aktiivne
users-unlock = Ava lukk
role-frontline_officer = Eesliini ametnik
role-case_worker = Juhtumikorraldaja
role-service_provider = Teenuseosutaja
role-national_coordinator = Riiklik koordinaator
role-national_rapporteur = Riiklik raportöör
role-administrator = Administraator

## Atlas history
revision-banner = Vaatate atlase redaktsiooni { $revision } ({ $label }, { $date }); kehtiv redaktsioon on { $current }.
revision-banner-current = Näita kehtivat redaktsiooni.
diff-title = Muudatused
diff-from = Redaktsioonist
diff-to = Redaktsioonini
diff-compare = Võrdle
diff-heading = { $count ->
    [0] Redaktsioonist { $from } redaktsioonini { $to } muudatusi ei ole
    [one] Redaktsioonist { $from } redaktsioonini { $to } üks muudatus
   *[other] Redaktsioonist { $from } redaktsioonini { $to } { $count } muudatust
}
diff-none = Mõlemad redaktsioonid ütlevad selle riigi kohta sama.
diff-legend = + lisatud · − eemaldatud või kõrvaldatud · ~ muudetud · · muutus ainult allikas
diff-see-revision = Riik redaktsiooni { $revision } seisuga
about-revision-view = vaata
actor-retired = See osapool kõrvaldati redaktsioonis { $revision }: kehtivas atlases seda enam ei ole. Seda näidatakse nii, nagu seda kirjeldas redaktsioon { $last }, viimane, mis seda sisaldas.
country-changes = Muudatused alates 2013. aastast
about-revision-not-kept = fakte ei säilitatud (enne atlase ajaloo algust)

# Respondents, attribution, several sources, readings, contested facts (issue 6)
country-summary = Kokkuvõte
country-summary-lead = Aruande enda kokkuvõte sellest peatükist.
country-respondents-title = Kes küsimustikule vastasid
country-respondents-lead = Üks rida iga saadetud küsimustiku kohta, nii nagu peatükk seda esitab. Väidete juures, mille aruanne omistab mõnele küsimustikule, on märge „Ütles“ koos allikaga.
country-respondents-computed = Vastajate põhjal: kutsutud { $invited }, täitnud { $completed }
country-respondents-none = Selles redaktsioonis ei ole selle riigi vastajaid loetletud.
country-recommendations = Soovitused
country-recommendations-lead = Mida aruanne soovitab, iga soovitus eraldi faktina, koos osapoolte liikidega, kellele see on suunatud.
country-no-recommendations = Aruanne ei esita selles peatükis ühtegi soovitust.
respondent-form-full = Täielik küsimustik
respondent-form-alternative = Ainult alternatiivsed küsimused
respondent-form-declined = Keeldus
respondent-form-no_reply = Ei vastanud
respondent-answered-for = Kelle nimel vastas
respondent-reason = Põhjus
respondent-footnotes = Aruandes viidatud kui
said-by = Ütles
also-stated = Samuti märgitud
reading-marker = meie tõlgendus, mitte aruande sõnad: { $fields }
contested = Vaidlustatud
contested-title = Aruanne on selles osas mitmetähenduslik: vt mitmetähenduslikke kohti
tie-direction-mutual = mõlemasuunaline
tie-direction-one_way = ühesuunaline
tie-reported-by = Teatas: { $name }
actor-group = Rühm, mitte üks organ
document-governs-capabilities = Annab või reguleerib
document-governs-actors = Volitab või kohustab
document-governs-mechanisms = Reguleerib
recommendation-addresses = Adressaadid
recommendation-addresses-all = Osapooled üldiselt
mechanisms-title = Mehhanismid riikide lõikes
mechanisms-lead = Kõik aruandes märgitud riiklikud mehhanismid riikide kaupa: kes neid haldab, mis ajast, nende fookus ja allikas.
mechanisms-country = Riik
mechanisms-none = pole märgitud
nav-mechanisms = Mehhanismid
report-wide-title = Aruanne väljaspool peatükke
report-wide-lead = Kokkuvõte, sissejuhatus ja metoodika allikatega tulemustena ning kogu aruannet hõlmavad soovitused.
finding-part-executive_summary = Kokkuvõte
finding-part-introduction = Sissejuhatus
finding-part-methodology = Metoodika
finding-part-conclusions = Järeldused
finding-part-findings = Tulemused
finding-part-challenges = Väljakutsed ja piirangud
mechanisms-status = Seisund
mechanisms-name = Nimi
mechanisms-filter = Näita
study-full-text = täistekst
study-recommendations-lead = Kõik aruande soovitused: kõigepealt kogu aruannet hõlmavad, seejärel iga peatüki omad, koos riikide ja osapoolte liikidega, kellele need on suunatud. Sektori järgi saab neid filtreerida API kaudu (/api/v1/recommendations).
study-all-countries = Kõik üksteist riiki
nav-study = Uuring
mechanisms-kind = Mehhanism
search-governing = Seda andvad või reguleerivad õigusaktid ja dokumendid
nav-insight = Võrdlus
insight-title = Riikide võrdlus
insight-lead = Mida aruande peatükid ütlevad, kõrvuti ja atlase põhjal arvutatuna: iga lahter viitab oma faktidele ja nende allikatele; vaidlustatud faktid on märgitud.
insight-mechanisms = Mehhanismid
insight-mechanisms-lead = Millistes riikides on riiklik koordinaator, raportöör, vastastikuse mõistmise memorandum (MoU), suunamissüsteem …, ja millele mehhanismid keskenduvad.
insight-mandates = Kellel on milline pädevus
insight-mandates-lead = Mitmel osapoolel on igas riigis iga pädevus; arvule klõpsates näete osapooli ja nende allikaid.
insight-mandates-legend = Arv näitab olemasolevaid pädevusi; −N on pädevused, mida aruande järgi osapoolel ei ole; § tähistab õigusakti või dokumenti, mis pädevuse annab.
insight-sectors = Millised sektorid kuuluvad mehhanismidesse
insight-sectors-lead = Kas iga sektori osapooled kuuluvad toimivasse mehhanismi (ametlik või funktsionaalne vaste) selle haldaja või liikmena: aruande järgi jäävad tööturu osapooled kõrvale.
insight-sectors-legend = ✓ vähemalt üks kuulub toimivasse mehhanismi; ✗ sektori osapooled ei kuulu ühessegi; – atlases ei ole selle sektori ühtegi osapoolt.
insight-sector-none = selle sektori osapooli ei ole märgitud
insight-sector-seated = kuulub mehhanismi
insight-sector-left-out = ei kuulu ühessegi toimivasse mehhanismi
insight-limitations = Vastajate valitud piirangud
insight-limitations-lead = Mitu vastajat valis küsimustiku iga piirangu, kui aruanne esitab arvu.
insight-limitations-legend = Arv on suurim, mille peatükk kategooria kohta esitab; · peatükk nimetab seda ilma arvuta.
insight-limitation-stated = nimetatud ilma arvuta
insight-partners = Enim nimetatud partnerid
insight-partners-lead = Osapooled järjestatuna selle järgi, mitu teist osapoolt nimetab neid koostööpartnerina (sidemed, millest teatab teine osapool).
insight-named-by = { $count ->
    [one] nimetanud { $count } osapool
   *[other] nimetanud { $count } osapoolt
}
focus-short-sexual = seksuaalne
focus-short-labour = tööalane
focus-short-all = kõik
focus-short-unclear = ?
insight-focus-legend = sümboli all fookus: seksuaalne või tööalane ärakasutamine, kõik vormid, ? ebaselge
gaps-title = Lüngad
gaps-lead = Atlasele rakendatud nimetatud reeglid; iga tulemus koos tõenditega (faktid ja nende tsitaadid) ning sellega, keda kaasata. 2013. aasta andmetele rakendatuna taastoodavad need peatükkide järeldused; reeglid on loetletud koos aruande sõnadega, millele need tuginevad.
gaps-rules = reeglid
gaps-rule = Reegel
gaps-involve = Keda kaasata
gaps-evidence = { $count ->
    [one] Tõend: { $count } fakt
   *[other] Tõendid: { $count } fakti
}
gaps-count = { $count ->
    [one] { $count } tulemus
   *[other] { $count } tulemust
}
gaps-none = Selle valiku kohta tulemusi ei ole.
gaps-severity-gap = Lünk
gaps-severity-gap-means = atlases on märgitud puudumine või puudujääk
gaps-severity-unrecorded = Märkimata
gaps-severity-unrecorded-means = atlases ei ole midagi, mis seda täidaks: lünk või aruande vaikimine
gaps-severity-information = Märkus
gaps-severity-information-means = mitte lünk: mida andmed kõige enam näitavad
gaps-since-counts = Suletud { $closed }, avatud { $opened }.
gaps-closed = Suletud
gaps-opened = Avatud
country-gaps = Lüngad
country-network = Koostöövõrgustik
country-network-lead = Kes on kellega seotud, nii nagu vastajad seda kirjeldasid: osapooled on värvitud sektori järgi ja nende suurus näitab, kui sageli nad paiknevad kahe teise vahel. Allolev tabel esitab samad andmed tekstina.
country-network-files = Laadi alla: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Osapool
network-col-degree = Partnerid
network-col-betweenness = Vahelisus
network-col-broker = Vahendaja
network-density = Sidemetega osapooli: { $nodes }, seotud paare: { $edges }; tihedus: { $density }; valitsuse ja kodanikuühiskonna vahelisi sidemeid: { $gov_civil }
compare-with = Võrdle redaktsiooniga
compare-baseline = 2013. aasta lähtetase
compare-button = Võrdle
compare-since = Mis muutus redaktsioonist { $from } redaktsioonini { $to }
compare-nothing = Midagi ei muutunud.
compare-revision = Redaktsioon { $revision }
compare-not-in-revision = selles redaktsioonis puudub
compare-not-recorded = Märkimata
insight-compare-count = { $count ->
    [one] Muutus üks lahter.
   *[other] Muutus { $count } lahtrit.
}
insight-compare-table = Tabel
insight-compare-row = Rida
network-region-title = Piirkonna koostöövõrgustik
network-country-title = Koostöövõrgustik: { $country }
network-region-lead = Kõigi riikide koostöösidemed ühes võrgustikus, nii nagu vastajad neid kirjeldasid. Aruandes ei ulatu sidemed kunagi üle riigipiiri, seega on iga riik joonistatud eraldi paneelile: osapooled on värvitud sektori järgi, nende suurus näitab, kui sageli nad oma riigis kahe teise vahel paiknevad, ja kõige kesksemad on nimega märgitud. Tabelid esitavad samad andmed tekstina.
network-whole-region = kogu piirkond
network-files = Laadi alla
network-alt = { $scope }: sidemetega osapooli { $nodes }, seotud paare { $edges }; allolevad tabelid loetlevad kõige kesksemad osapooled ja iga riigi näitajad
network-summary = Sidemetega osapooli: { $nodes } (ilma sidemeteta: { $untied }), seotud paare: { $edges }, komponente: { $components }, kogukondi: { $communities }, vahendajaid: { $brokers }; tihedus: { $density }; valitsuse ja kodanikuühiskonna vahelisi sidemeid: { $gov_civil } (tihedus: { $gov_civil_density }).
network-by-country = Riikide kaupa
network-by-country-lead = Samad näitajad iga riigi enda võrgustiku kohta: kui tihe see on, kui hästi on valitsus ja kodanikuühiskond seotud, mitmeks osaks see jaguneb ja kes seda koos hoiab.
network-by-country-legend = Tihedus: seotud paaride osakaal kõigist võimalikest paaridest. Valitsus–kodanikuühiskond: sidemed valitsusasutuse ja valitsusvälise osapoole vahel ning nende osakaal kõigist sellistest võimalikest paaridest. Vahendajad: osapooled, kelleta mõned osapooled kaotavad oma ainsa tee teisteni.
network-actors-tied = Sidemetega osapooled
network-col-untied = Ilma sidemeteta
network-col-ties = Seotud paarid
network-col-density = Tihedus
network-col-gov-civil = Valitsuse ja kodanikuühiskonna sidemed
network-col-gov-civil-density = Valitsuse ja kodanikuühiskonna tihedus
network-col-components = Komponendid
network-col-communities = Kogukonnad
network-col-brokers = Vahendajad
network-col-sector = Sektor
network-col-weighted = Sidemed
network-col-closeness = Lähedus
network-central = Kõige kesksemad osapooled
network-central-lead = Vahelisuse järgi: sama riigi teiste osapoolte vaheliste lühimate teede osakaal, mis läbivad osapoolt (oma riigi võrgustikus, et väikeste ja suurte riikide osapooli saaks võrrelda), seejärel läheduse järgi: kui lähedal on osapool kõigile teistele, kelleni ta jõuab.
network-connected = Kõige enam seotud osapooled
network-partners-ties = partnereid: { $degree }, sidemeid: { $ties }
network-communities = Kogukonnad
network-communities-lead = Osapoolte rühmad, mis on omavahel tihedamalt seotud kui teistega (Louvain, kokku { $count }), suurimad eespool, igaühe juures selle kõige paremini seotud liikmed.
network-community-size = { $count ->
    [one] üks osapool
   *[other] { $count } osapoolt
}
network-compare-counts = { $ties_added ->
    [one] Lisandus üks seotud paar
   *[other] Lisandus { $ties_added } seotud paari
}, eemaldati { $ties_removed }; { $actors_added ->
    [one] võrgustikuga liitus üks osapool
   *[other] võrgustikuga liitus { $actors_added } osapoolt
}, lahkus { $actors_removed }.
network-ties-added = Lisandunud sidemed
network-ties-removed = Eemaldatud sidemed
network-ties-changed = Muutunud sidemed
network-tie-weight = sidemeid { $from } ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Võrgustikuga liitunud osapooled
network-actors-removed = Võrgustikust lahkunud osapooled
network-centrality-changed = Osapooled, kelle positsioon muutus
country-network-compare = Võrdle seda võrgustikku mõne teise redaktsiooniga
network-all-measures = Kõik näitajad
insight-charts = Diagrammid
insight-charts-lead = Samad andmed joonisena; iga diagramm sisaldab oma arve tekstina (pealkirjas ja kirjelduses) ning ülalolevates tabelites.
insight-chart-participation = Kutsutud ja küsimustiku täitnud vastajad riigiti (kui peatükk esitab arvu)
insight-chart-mechanisms = Mehhanismid riigiti, seisundi järgi
insight-chart-limitations = Peatükkides nimetatud piirangud riigi ja kategooria kaupa
country-network-alt = Koostöövõrgustik: { $country }; sidemetega osapooli { $nodes }, seotud paare { $edges }; allolev tabel loetleb kõige kesksemad osapooled

## Generated national reports (domain insight::national; the PDF, Markdown and the page)
nr-title-country = { $country }: tööalase ärakasutamise eesmärgil toimuva inimkaubanduse vastu tegutsevad osapooled
nr-title-region = Tööalase ärakasutamise eesmärgil toimuva inimkaubanduse vastu tegutsevad osapooled Läänemere piirkonnas
nr-subtitle = Koostanud OpenNRM atlase redaktsiooni { $revision } ({ $label }, { $date }) põhjal
nr-preface = See aruanne on koostatud OpenNRM-i atlase põhjal, mis sisaldab aruande „{ $report }“ fakte ja hiljem tehtud muudatusi, igaüht koos allikaga. See järgib aruande riigipeatükkide ülesehitust; selle järeldused tulenevad lünkade analüüsist.
nr-preface-sources = Väikesed ülaindeksis numbrid viitavad lõpus olevatele allikatele: aruande jaotis, selle rida ja sõnasõnaline tsitaat, millele väide tugineb, ning vastaja, kes seda ütles, kui aruande joonealune märkus teda nimetab. Numbrita väide on arvutatud selle kõrval loetletud faktide põhjal.
nr-contents = Sisukord
nr-sources = Allikad
nr-figure = Joonis
nr-table = Tabel
nr-page = Lehekülg
nr-line = rida
nr-said-by = Küsimustik 2012:
nr-source-of = Allikas
nr-executive-summary = Kokkuvõte
nr-summary-region = Piirkond
nr-summary-data = Atlases: osapooli { $actors } ja koostöösidemeid { $ties }; { $kinds } mehhanismiliigist on toimivaid (ametlikke või funktsionaalseid vasteid) { $mechanisms }; lünkade analüüs leiab { $gaps ->
    [one] ühe märgitud lünga
   *[other] { $gaps } märgitud lünka
} ja { $unrecorded ->
    [one] ühe punkti
   *[other] { $unrecorded } punkti
}, mida aruanne ei märgi.
nr-part-findings = Tulemused
nr-part-actors = Osapooled ja pädevused
nr-part-cooperation = Koostöö
nr-part-policy = Poliitika ja õigusaktid
nr-part-mechanisms = Mehhanismid
nr-part-limitations = Väljakutsed ja piirangud
nr-part-conclusions = Järeldused
nr-part-organisations = Asjaomased osakonnad ja organisatsioonid
nr-participation = Uuringus osalema kutsutud { $invited } osapoolest täitis küsimustiku { $completed }.
nr-participation-completed = { $completed ->
    [one] Küsimustiku täitis { $completed } osapool.
   *[other] Küsimustiku täitis { $completed } osapoolt.
}
nr-participation-invited = { $invited ->
    [one] Uuringus osalema kutsuti { $invited } osapool.
   *[other] Uuringus osalema kutsuti { $invited } osapoolt.
}
nr-respondents = Atlasesse märgitud vastajad: kutsutud { $invited }, täitnud { $completed } (täieliku küsimustiku { $full }, alternatiivsed küsimused { $alternative }), keeldunud { $declined }, vastamata { $noreply }.
nr-ambiguities = Kus aruanne on ebaselge
nr-actors-summary = Atlas sisaldab { $actors } osapoolt ja { $mandates } pädevust, mis neil on; allpool on iga osapool loetletud koos oma pädevustega.
nr-governmental = Valitsussektor
nr-non-governmental = Valitsusväline sektor
nr-part-of = kuulub: { $parent }
nr-mandate-denied = Ei: { $capability }
nr-labour-mandate-yes = hõlmab inimkaubandust tööalase ärakasutamise eesmärgil
nr-labour-mandate-no = ei hõlma inimkaubandust tööalase ärakasutamise eesmärgil
nr-no-ties = Aruanne ei kirjelda osapoolte vahelist koostööd.
nr-network-summary = Aruanne kirjeldab { $ties } koostöösidet { $pairs } osapoolte paari vahel; { $actors } osapoolel on side, { $untied } osapoolel ei ole. Võrgustiku tihedus: { $density }.
nr-gov-civil = Valitsuse ja kodanikuühiskonna vahel: seotud paare { $ties }, tihedus { $density } kahe poole vaheliste võimalike paaride suhtes.
nr-gov-civil-none = Võrgustikus ei ole ühtegi valitsuse ja kodanikuühiskonna vahelist sidet või ühel poolel ei ole ühtegi sidemetega osapoolt.
nr-brokers = Vahendajad (ilma nendeta kaotavad mõned osapooled oma ainsa tee teisteni): { $names }.
nr-network-title = Koostöövõrgustik: { $country }
nr-network-caption = Koostöövõrgustik: { $country }. Osapooled on värvitud sektori järgi ja nende suurus näitab vahelisust; nooled tähistavad ühesuunalisi sidemeid.
nr-network-alt = Võrgustiku joonis: osapooli { $actors }, seotud paare { $pairs }, sidusaid osi { $components }; selle jaotise tabelid esitavad samad andmed tekstina.
nr-central-caption = Osapooled, kes teisi kõige enam ühendavad (vahelisus)
nr-ties-caption = Koostöösidemed aruande kirjelduse järgi
nr-col-actor = Osapool
nr-col-sector = Sektor
nr-col-partners = Partnerid
nr-col-betweenness = Vahelisus
nr-col-from = Kellelt
nr-col-to = Kellele
nr-col-kind = Liik
nr-col-direction = Suund
nr-col-mechanism = Mehhanism
nr-col-status = Seisund
nr-col-name = Nimi aruandes
nr-col-focus = Fookus
nr-col-holder = Haldaja
nr-col-category = Piirang
nr-col-respondents = Vastajad
nr-col-statement = Mida aruanne ütleb
nr-col-capability = Pädevus
nr-col-rule = Lünga reegel
nr-no-documents = Peatükk ei nimeta ühtegi poliitikadokumenti ega õigusakti.
nr-mechanisms-intro = Iga mehhanismiliik, mida aruanne otsib, koos sellega, mida peatükk märgib; liik, mida peatükk ei maini, on tähistatud „märkimata“.
nr-mechanisms-caption = Mehhanismid: { $country }
nr-state-formal = ametlik
nr-state-functional_equivalent = funktsionaalne vaste
nr-state-expired = aegunud
nr-state-absent = puudub
nr-state-not_recorded = märkimata
nr-no-limitations = Peatükk ei nimeta väljakutseid ega piiranguid.
nr-limitations-caption = { $country }: väljakutsed ja piirangud kategooriate kaupa
nr-limitations-alt = Tulpdiagramm piirangutest, mida peatükk ({ $country }) nimetab, kategooriate kaupa; allolev tabel esitab samad andmed.
nr-limitations-alt-counted = Tulpdiagramm sellest, mitu vastajat valis iga piirangu ({ $country }); allolev tabel esitab samad andmed.
nr-limitations-table = Peatükis nimetatud piirangud
nr-gap-heading = Mida lünkade analüüs leiab
nr-gap-intro = Iga tulemus tuleneb nimetatud reeglist, mida on atlasele rakendatud (vt lünkade analüüsi lehti); selle allikad on faktid, millele see tugineb. „Märkimata“ tähistab seda, mille kohta aruanne ei ütle ei üht ega teist.
nr-involve = kaasata: { $names }
nr-recommendations = Aruande soovitused
nr-organisations-participated = Uuringus osalenud kutsutud osapooled
nr-organisations-invited_not_participated = Teised kutsutud osapooled
nr-organisations-mentioned = Teised vastajate mainitud osapooled
nr-comparison = Piirkondlik võrdlus
nr-comparison-intro = Üksteist riiki kõrvuti, arvutatud iga peatüki faktide põhjal. Märgid: { $legend }.
nr-comparison-mechanisms = Mehhanismid riigiti
nr-chart-mechanisms-caption = Mehhanismid riigiti, seisundi järgi
nr-chart-mechanisms-alt = Tulpdiagramm sellest, mitu mehhanismiliiki igal riigil on, seisundi järgi; ülalolev tabel esitab samad andmed.
nr-comparison-mandates-title = Pädevused
nr-comparison-mandates-intro = Mitmel osapoolel on igas riigis iga pädevus; ✗, kui aruande järgi ei ole see pädevus ainsal osapoolel, keda aruanne nimetab; tühi, kui aruanne ei nimeta ühtegi.
nr-comparison-mandates = Pädevusega osapooled riigiti
nr-comparison-sectors-title = Osapooled mehhanismides
nr-comparison-sectors-intro = Millised osapoolte liigid kuuluvad toimivasse mehhanismi: ✓ vähemalt üks kuulub, ○ riigis on selliseid osapooli, kuid ükski ei kuulu, tühi, kui atlases ei ole ühtegi märgitud.
nr-comparison-sectors = Toimivasse mehhanismi kuuluvad osapoolte liigid riigiti
nr-comparison-limitations-intro = Väljakutsed ja piirangud kategooriate kaupa: seda valinud vastajate arv, kui peatükk selle esitab, • kui peatükk nimetab seda ilma arvuta.
nr-comparison-limitations = Piirangud riigiti
nr-chart-limitations-caption = Peatükkides nimetatud piirangud riigi ja kategooria kaupa
nr-chart-limitations-alt = Tulpdiagramm piirangutest, mida iga peatükk nimetab, kategooriate kaupa; ülalolev tabel esitab arvud.
nr-chart-participation-caption = Kutsutud ja küsimustiku täitnud vastajad riigiti
nr-chart-participation-alt = Tulpdiagramm sellest, mitu osapoolt igas riigis kutsuti ja mitu täitis küsimustiku, kui peatükk esitab arvu.
nr-comparison-gaps-title = Lüngad piirkonnas
nr-comparison-gaps-intro = Lünkade analüüsi iga reegel igas riigis: ● märgitud lünk, ○ märkimata, i märkus (mitte lünk), tühi, kui reegel ei leia midagi.
nr-comparison-gaps = Lünkade tulemused reegli ja riigi kaupa
nr-download = Laadi alla:
nr-link = Koostatud aruanne
nr-link-lead = Selle riigi peatükk, taastatud atlase põhjal – tulemused, osapooled ja pädevused, koostöö, mehhanismid, piirangud, lünkade analüüsi järeldused –, kus iga väide on seotud oma allikaga.
nr-read = Loe aruannet
insight-report = Piirkonna kohta koostatud aruanne
insight-report-lead = Kogu uuring, taastatud atlase põhjal: kokkuvõte, iga riigi peatükk ja piirkondlik võrdlus, kus iga väide on seotud oma allikaga.

## Referral (cases, consent, pathways)
nav-cases = Juhtumid
cases-title = Juhtumid ja suunamised
cases-lead = Teie organisatsiooni avatud juhtumid ja sellele saadetud suunamised. Isikuandmed on krüpteeritud ja neid näidatakse ainult neile, kes neid vajavad; iga nende vaatamine salvestatakse.
cases-open = Ava juhtum
cases-screen-first = või hinnake olukorda esmalt
cases-inbox = Teie organisatsioonile saadetud suunamised
cases-country-referrals = Suunamised teie riigis
cases-inbox-empty = Suunamisi ei ole.
cases-mine = Teie organisatsiooni avatud juhtumid
cases-none = Juhtumeid veel ei ole.
case-reference = Juhtum
case-action = Toiming
case-from = Kellelt
case-to = Kellele
case-state = Olek
case-sent = Saadetud
case-deadline = Tähtaeg
case-exploitation = Ärakasutamise vorm
case-persons = Isikud
case-anonymised = Anonüümitud { $date }: säilitustähtaeg lõppes, seega hävitati nimed, sünnikuupäevad, kodakondsused, kontaktandmed, märkmed ja sõnumid. Statistika jaoks arvestatav jääb alles.
case-level = Hindamise tase
case-opened = Avatud
case-updated = Viimane muudatus
case-new-title = Ava juhtum
case-new-lead = Kirjeldage olukorda ja asjaomaseid isikuid. Sisestage isik eraldi, kui tema suunamistee erineb (alaealine täiskasvanute seas); sama suunamisteega isikute rühm võib olla üks rida ilma nimedeta.
case-new-from-screening = Teie tehtud hindamine on sellele juhtumile lisatud: { $level }.
case-situation = Olukord
case-work-sector = Tegevusala
case-region = Piirkond
case-persons-help = Rea vahelejätmiseks jätke isiku elamisstaatuseks „isik puudub“. Isikuandmete väljad on valikulised: märkige ainult see, mida suunamine vajab.
case-person-n = Isik { $n }
case-no-person = isik puudub
case-residence = Elamisstaatus
case-age = Vanuserühm
case-count = Selle suunamisteega isikute arv
case-gender = Sugu
case-nationality-group = Kodakondsusrühm (säilitatakse statistika jaoks)
case-name = Nimi või varjunimi
case-birth-date = Sünnikuupäev
case-nationality = Kodakondsus
case-contact = Kontakt
case-encrypted = Nimed, sünnikuupäevad, kodakondsused, kontaktandmed, märkmed ja sõnumid krüpteeritakse enne salvestamist väljade kaupa.
case-title = Juhtum { $reference }
view-owner = Teie organisatsioon tuvastas selle juhtumi: näete seda tervikuna.
view-receiver = See juhtum suunati teie organisatsioonile: näete olukorda ja ainult seda, mida teie toiming vajab.
view-oversight = Riikliku koordinaatori vaade: juhtum ja selle suunamised ilma isikuandmeteta.
case-identified-by = Tuvastaja
case-not-screened = hindamata
case-group-of = { $count }-liikmeline rühm
case-withheld = Teie organisatsioonile ei näidata: { $fields }.
case-consent = Nõusolek
case-no-consent = Nõusolekut pole veel märgitud. Isikut, kes keeldub kõigest, saab siiski anonüümselt arvesse võtta.
case-person = Isik
case-purpose = Vajalik nõusolek
case-method = Kuidas see anti
case-recorded = Märgitud
case-withdrawn = Tagasi võetud
case-withdraw = Võta tagasi
case-share-with = Organisatsioon (ainult jagamiseks)
case-record-consent = Märgi nõusolek
case-proposals = Pakutud suunamised
case-proposals-lead = Mida riigi suunamistee iga isiku puhul nõuab, koos põhjuse ja aruande sõnadega. Märkige need, mida saata.
case-see-pathway = Vaata kogu suunamisteed.
case-no-proposals = Suunamistee ei paku selles olukorras ühtegi suunamist.
case-undefined-route = Aruanne jätab selle tee määratlemata; selle asemel pakutakse koordinaatorit.
case-because = Põhjus:
case-consent-on-record = Märgitud nõusolek: { $purpose }.
case-consent-missing = Puuduv nõusolek: { $purpose }. Märkige see enne saatmist.
case-message = Sõnum vastuvõtvatele organisatsioonidele (valikuline)
case-send = Saada märgitud suunamised
case-referrals = Suunamised
case-no-referrals = Suunamisi pole veel saadetud.
case-until = kuni { $date }
case-until-label = Järelemõtlemisaja lõpp (kui see anti)
case-reason = Põhjus
case-outcome = Tulemus
case-notes = Märkmed
case-add-note = Lisa märge
case-seen-by = Kes on isikuandmeid näinud
case-when = Millal
case-who = Kes
case-what = Mida
pathway-title = Suunamistee: { $country }
pathway-lead = Kellele suunata? Teed, mida 2013. aasta aruanne kirjeldab, igaüks koos allikaga. Kui aruanne jätab tee määratlemata, ütleb suunamistee seda ja pakub koordinaatorit.
pathway-coordinator-formal = Riiklik koordinaator:
pathway-coordinator-closest = Riiklikku koordinaatorit ei ole; organ, mida aruanne nimetab sellele rollile kõige lähedasemaks:
pathway-undefined-count = { $count ->
    [one] Aruanne jätab ühe tee määratlemata.
   *[other] Aruanne jätab { $count } teed määratlemata.
}
pathway-rules = Teed ja nende allikad
pathway-when = Millal
pathway-source = Allikas
pathway-undefined = aruandes määratlemata
pathway-any-case = iga juhtum
pathway-from-level = hindamise tase vähemalt { $level }
pathway-from-sector = suunaja: { $sectors }
pathway-no-consent = Sellel teel ei ole nõusolekut vaja.
pathway-days = { $days ->
    [one] { $days } päev
   *[other] { $days } päeva
}
pathway-link = Suunamistee: kellele suunata?
residence-legal_resident = seaduslik elanik
residence-eu_citizen = ELi kodanik
residence-irregular_migrant = ebaseaduslikult riigis viibiv isik
residence-asylum_seeker = varjupaigataotleja
age-adult = täiskasvanu
age-minor = alaealine
age-unknown = vanus teadmata
gender-female = naine
gender-male = mees
gender-other = muu
gender-unknown = teadmata
nationality_group-national = selle riigi kodanik
nationality_group-eu_eea = EL/EMP kodanik
nationality_group-third_country = kolmanda riigi kodanik
nationality_group-unknown = teadmata
exploitation-labour_exploitation = Tööalane ärakasutamine
exploitation-forced_labour = Sunniviisiline töö
exploitation-forced_begging = Sunniviisiline kerjamine
exploitation-forced_criminality = Sunniviisiline kuritegelik tegevus
exploitation-domestic_servitude = Kodune orjus
exploitation-sexual_exploitation = Seksuaalne ärakasutamine
exploitation-other = Muu
work-agriculture = Põllumajandus
work-construction = Ehitus
work-manufacturing = Tootmine
work-hospitality = Restoranid ja hotellid
work-cleaning = Koristus
work-domestic_work = Kodutöö
work-fishing = Kalandus
work-forestry = Metsandus ja marjakorjamine
work-transport = Transport
work-care = Hooldus
work-other = Muu
action-investigate = Kriminaalmenetlus
action-inspect = Tööinspektsiooni kontroll
action-determine_victim_status = Ohvri staatus
action-grant_reflection_period = Järelemõtlemisaeg
action-decide_residence_permit = Elamisluba
action-provide_assistance = Abi
action-child_protection = Lastekaitse
action-repatriation = Repatrieerimine
purpose-referral_assistance = suunamine abisüsteemi
purpose-police_contact = kontakt politseiga
purpose-share_with_organisation = andmete jagamine nimetatud organisatsiooniga
purpose-support_services = tugiteenused
purpose-statistics = kasutamine statistikas
method-signed_form = allkirjastatud vorm
method-oral_with_witness = suuliselt, tunnistaja juuresolekul
method-via_interpreter = tõlgi vahendusel
field-name = nimi
field-birth_date = sünnikuupäev
field-nationality = kodakondsus
field-contact = kontakt
field-notes = märkmed
field-messages = sõnumid
state-sent = saadetud
state-acknowledged = kättesaamine kinnitatud
state-accepted = vastu võetud
state-declined = tagasi lükatud
state-decided = otsustatud
state-closed = suletud
step-send = Saadetud
step-acknowledge = Kinnita kättesaamist
step-accept = Võta vastu
step-decline = Lükka tagasi
step-decide = Märgi tulemus
step-close = Sulge
step-consent_withdrawn = Nõusolek tagasi võetud
outcome-presumed_victim = eeldatav ohver
outcome-confirmed_victim = kinnitatud ohver
outcome-not_a_victim = ei ole ohver
outcome-reflection_period_granted = järelemõtlemisaeg antud
outcome-residence_permit_granted = elamisluba antud
outcome-residence_permit_refused = elamisloa andmisest keeldutud
outcome-assistance_started = abi osutamist alustatud
outcome-investigation_opened = kriminaalmenetlust alustatud
outcome-child_protection_started = lastekaitsemeetmeid alustatud
outcome-inspection_carried_out = kontroll tehtud
cases-open-from-screening = Ava juhtum selle hindamisega
pathway-open = Vaata aruande põhjal, kes juhtumi saab ja milleks
statistics-title = Statistika
statistics-lead = Anonüümitud arvud OpenNRM-is märgitud juhtumite põhjal riigiti. Ühtegi kirjet ei näidata kunagi: iga arv alla { $k } (v.a null) varjatakse, samuti iga arv, mille põhjal saaks sellise arvu tuletada.
statistics-measures = Mida loetakse
statistics-downloads = Laadi alla:
statistics-htcds = Human Trafficking Case Data Standardi kujul (CSV)
statistics-suppressed-note = „–“ tähistab varjatud arvu (alla { $k } või selline, mis reedaks sellise arvu). Nullid on näidatud.
statistics-total = Kokku
statistics-all-countries = kõik riigid
statistics-measure-persons = Tuvastatud isikud
statistics-measure-cases = Juhtumid
statistics-measure-referrals = Suunamised
statistics-measure-decisions = Otsused
statistics-axis-persons = isikud
statistics-axis-cases = juhtumid
statistics-axis-referrals = suunamised
statistics-axis-decisions = otsused
statistics-dimension-year = Aasta järgi
statistics-dimension-work_sector = Tegevusala järgi
statistics-dimension-exploitation = Ärakasutamise vormi järgi
statistics-dimension-age_group = Vanuserühma järgi
statistics-dimension-gender = Soo järgi
statistics-dimension-nationality_group = Kodakondsusrühma järgi
statistics-dimension-residence = Elamisstaatuse järgi
statistics-dimension-referring_sector = Tuvastanud organisatsiooni sektori järgi
statistics-dimension-days_to_referral = Päevi tuvastamisest esimese suunamiseni
statistics-dimension-days_to_decision = Päevi tuvastamisest esimese otsuseni
statistics-dimension-screening_level = Hindamise taseme järgi
statistics-dimension-action = Taotletud toimingu järgi
statistics-dimension-state = Suunamise praeguse oleku järgi
statistics-dimension-outcome = Otsuse järgi
statistics-not_recorded = märkimata
statistics-not_screened = hindamata
days-not_referred = veel suunamata
days-no_decision = otsust veel ei ole
days-same_day = samal päeval
days-1_to_7_days = 1–7 päeva
days-8_to_30_days = 8–30 päeva
days-31_to_90_days = 31–90 päeva
days-over_90_days = üle 90 päeva
nav-statistics = Statistika
jobs-title = Taustatööd
jobs-lead = Tähtajad, eskaleerimised ja e-kirjad, mida täidab see serverisõlm, mis need esimesena endale võtab. Ebaõnnestunud tööd proovitakse uuesti üha pikenevate pausidega, kuni katsed on ammendatud; seejärel jääb see siia ebaõnnestununa, kuni te selle uuesti järjekorda panete.
jobs-none = Töid veel ei ole.
jobs-kind = Töö
jobs-state = Olek
jobs-attempts = Katsed
jobs-due = Tähtaeg
jobs-error = Viimane viga
jobs-updated = Viimane muudatus
jobs-retry = Pane uuesti järjekorda
job-escalation_sweep = Otsi suunamisi, mille kättesaamise kinnitamise tähtaeg on möödunud
job-apply_retention = Anonüümi suletud juhtumid, mille säilitustähtaeg on möödunud
job-send_email = Saada e-kiri
job-state-queued = järjekorras
job-state-running = käimas
job-state-done = tehtud
job-state-failed = ebaõnnestunud
notifications-title = Teavitused
notification-referral_unacknowledged = Suunamise kättesaamist ei ole õigeaegselt kinnitatud
notifications-open = Ava juhtum
case-plan = Abiplaan
case-plan-empty = Abiülesandeid veel ei ole.
case-plan-help = Andke ülesanne teenuseosutajale, kelle pädevus atlases seda hõlmab. Isik peab olema andnud nõusoleku tugiteenusteks; teenuseosutaja näeb ainult seda, mida ülesanne vajab (varjupaik: nimi ja kontakt).
case-assistance = Abi
case-provider = Teenuseosutaja
case-assign = Anna ülesanne
tasks-title = Abiülesanded
tasks-lead = Teie organisatsioonile antud ülesanded, igaühe juures ainult see, mida see isiku kohta vajab. Juhtum ise jääb ülesande andnud organisatsioonile.
tasks-none = Teie organisatsioonile ei ole ülesandeid antud.
tasks-from = Andja: { $organisation }
assistance-accommodation = Majutus
assistance-legal_aid = Õigusabi
assistance-health_care = Tervishoid
assistance-psychological_support = Psühholoogiline tugi
assistance-interpreter = Tõlk
assistance-subsistence = Toimetulek
assistance-reflection_period_support = Tugi järelemõtlemisaja jooksul
assistance-residence_permit_support = Tugi elamisloa taotlemisel
assistance-repatriation = Repatrieerimine
assistance-return_and_reintegration = Tagasipöördumine ja taasintegreerimine
task-state-assigned = määratud
task-state-in_progress = pooleli
task-state-completed = lõpetatud
task-state-declined = tagasi lükatud
task-step-start = Alusta
task-step-complete = Märgi lõpetatuks
task-step-decline = Lükka tagasi
nav-tasks = Ülesanded
nav-jobs = Taustatööd
notification-referral_overdue = Teie organisatsioonile saadetud suunamine ootab üle tähtaja: palun kinnitage selle kättesaamist
nav-inspections = Kontrollid
inspections-title = Ühiskontrollid
inspections-lead = Mitme asutuse koos tehtavad töökohakontrollid, igaüks oma õigusliku aluse põhjal. Taanis "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; aruanne soovitab neid kui üht viisi jõupingutuste koordineerimiseks ja üksteise töö mõistmiseks.
inspections-none = Teie organisatsioon ei osale veel üheski ühiskontrollis.
inspection-title = Ühiskontroll
inspection-reference = Viide
inspection-date = Kuupäev
inspection-agencies = Osalevad asutused
inspection-agency = Asutus
inspection-state = Olek
inspection-state-planned = kavandatud
inspection-state-closed = toimunud ja suletud
inspection-planned-by = kavandaja: { $organisation }
inspection-planned-by-label = Kavandaja
inspection-plan = Kavanda ühiskontroll
inspection-plan-help = Märkige vähemalt kaks oma riigi asutust ja esitage õiguslik alus, mille põhjal igaüks kontrollib (maksuhaldur maksustamise, tööinspektsioon töötervishoiu ja tööohutuse, politsei kuritegude osas). Kontrolli näevad ainult märgitud asutused.
inspection-when-where = Millal ja kus
inspection-takes-part = Osaleb
inspection-legal-basis = Õiguslik alus
inspection-plan-submit = Kavanda kontroll
inspection-findings = Tähelepanekud
inspection-no-findings = Ükski asutus ei ole veel tähelepanekuid märkinud.
inspection-workers = { $met ->
    [one] kohtuti ühe töötajaga
   *[other] kohtuti { $met } töötajaga
}
inspection-screened = { $screened ->
    [one] hinnati üht
   *[other] hinnati { $screened }
}
inspection-record-finding = Teie asutuse tähelepanekud
inspection-workers-met = Töötajad, kellega kohtuti
inspection-workers-screened = Indikaatorite abil hinnatud töötajad
inspection-note = Mida leidsite (näevad ainult osalevad asutused; krüpteeritud)
inspection-record = Salvesta tähelepanekud
inspection-cases = Selle kontrolli põhjal avatud juhtumid
inspection-no-cases = Selle kontrolli põhjal ei ole juhtumeid avatud.
inspection-open-case = Ava juhtum selle kontrolli põhjal
inspection-screen = Hinda töötaja olukorda
inspection-in-atlas = Atlas sisaldab selle kontrolli koostööd redaktsioonis { $revision }.
inspection-see-diff = Vaata, mis muutus
inspection-close-help = Sulgege kontroll pärast selle toimumist: seejärel märgib atlas ühiskontrolli sideme kõigi osalevate asutuste paaride vahel, allikaks see kontroll.
inspection-close = Sulge kontroll
case-from-inspection = See juhtum avatakse ühiskontrolli { $reference } põhjal.
case-inspection = Ühiskontroll
notification-decision_overdue = Teie organisatsioonile saadetud suunamise otsuse tähtaeg on möödunud: palun märkige otsus
notification-decision_escalated = Suunamise otsusega on hilinetud
notification-reflection_period_ending = Järelemõtlemisaeg lõpeb nädala jooksul: kavandage edasised sammud
screening-for-inspection = See hindamine tehakse ühiskontrolli { $reference } käigus; selle tulemuse põhjal avatud juhtum seotakse kontrolliga.

## Survey (issue 11)
study-survey-link = Küsitlus lainete kaupa
survey-title = Küsitlus
survey-lead = Kaarti hoitakse ajakohasena samamoodi, nagu tehti 2013. aasta uuring: küsimustik iga riigi osapooltele, lühike alternatiivne vorm neile, kellel pädevust ei ole, ja soovitused – üks vastaja juhatab järgmiseni. Laine 0 on 2012. aasta uuring, loetud atlasest; aruandes esitatud arvud on selle kõrval.
survey-start = Alusta uut lainet: { $country }
survey-wave-label = Laine nimi
survey-wave-label-example = nt 2027. aasta uuendus
survey-days-open = Mitu päeva kutselingid kehtivad
survey-start-submit = Alusta lainet
survey-waves = Lained
survey-country = Riik
survey-wave = Laine
survey-invited = Kutsutud
survey-completed = Täitnud
survey-short-form = Lühivorm
survey-declined = Keeldunud
survey-no-reply = Vastamata
survey-started = Alustatud
survey-proposed = Pakutud
survey-report-states = Mida aruanne esitab
survey-questionnaire = Küsimustik
survey-closes = Lingid kehtivad kuni
survey-closed = suletud
survey-snowball-depth = Pikim soovituste ahel
survey-by-sector = Sektori järgi
survey-sector = Sektor
survey-invitees = Kutsutud
survey-export-csv = Kutsutud CSV-failina
survey-export-graphml = Värbamispuu GraphML-failina
survey-organisation = Organisatsioon
survey-contact = Kontaktisik
survey-email = E-post
survey-state = Olek
survey-nominated-by = Soovitaja
survey-link = Link
survey-state-proposed = pakutud
survey-state-invited = kutsutud
survey-state-started = alustatud
survey-state-completed = täidetud
survey-state-declined = keeldunud
survey-form-full = küsimustik
survey-form-alternative = lühivorm
survey-new-link = Uus link
survey-issue-links = Väljasta lingid pakutud kutsututele
survey-add-invitee = Lisa kutsutu
survey-atlas-actor = Atlase osapool
survey-new-organisation-option = (muu organisatsioon, nimetatud allpool)
survey-new-organisation = Muu organisatsioon
survey-add-submit = Lisa
survey-tree = Värbamispuu
survey-tree-caption = Iga kast on kutsutu (#järjekorranumber, organisatsioon, olek); joon viib vastajalt kontaktideni, keda ta soovitas. Ülalolev kutsutute tabel sisaldab sama.
survey-links-title = Kutselingid
survey-links-lead = Iga linki näidatakse ainult seekord: printige see leht või saatke iga link kohe selle kutsutule. Igast lingist säilitatakse ainult sõrmejälg, seega kadunud linki ei saa uuesti näidata – väljastage selle asemel uus.
survey-links-none = Ükski kutsutu ei oodanud linki.
survey-back-to-wave = Tagasi laine juurde
survey-respond-title = Küsimustik inimkaubanduse kohta tööalase ärakasutamise eesmärgil
survey-respond-lead = Vastate organisatsiooni { $organisation } ({ $country }) nimel. Teie vastuseid näeb ainult riiklik koordinaator ja need lisatakse atlasesse alles pärast läbivaatamist.
survey-respond-closes = See link kehtib kuni { $date }.
survey-saved = Teie vastused on salvestatud. Saate sama lingiga tagasi tulla, kuni need esitate.
survey-comment-on = Kommentaar valikule „{ $choice }“
survey-your-answer = Teie vastus
survey-more = Midagi lisada
survey-save = Salvesta ja jätka hiljem
survey-submit = Esita vastused
survey-short-help = Kas teil puudub kogemus, pädevus või teadmised nendele küsimustele vastamiseks? Mõni lühike alternatiivne küsimus küsib selle asemel teie töö kohta.
survey-full-help = Kas teil on kogemust täielikule küsimustikule vastamiseks? Saate tagasi lülituda.
survey-switch-short = Vasta hoopis lühikestele küsimustele
survey-switch-full = Vasta hoopis täielikule küsimustikule
survey-decline = Keeldu osalemast
survey-nominate = Keda veel peaksime küsitlema?
survey-nominate-help = Nimetage isik, kelle organisatsioon tegeleb või võiks tegeleda tööalase ärakasutamise eesmärgil toimuva inimkaubandusega: koordinaator otsustab, kas teda kutsuda.
survey-nominee-name = Tema nimi
survey-why = Miks ta on asjakohane
survey-nominate-submit = Soovita
survey-done-title = Aitäh
survey-done-thanks = Teie vastused on esitatud. See link ei ava enam küsimustikku.
survey-declined-thanks = Olete osalemisest keeldunud. See link ei ava enam küsimustikku.
survey-review = Läbivaatus: vastustest atlasesse
survey-review-help = Täidetud vastused pakuvad atlasesse muudatusi: vastaja, kes vastab atlase osapoole nimel, pakub välja sidemed enda nimetatud partneritega ja enda märgitud pädevused; iga vastaja pakub välja mehhanismid, mis tema sõnul on olemas. Sama fakti puudutavad vastused on näidatud koos, samuti need, kes vastasid samale küsimusele seda nimetamata. Võtke ettepanek vastu (pakutust erineva koostööliigi või hinnangu valimine märgitakse muudatusena) või lükake see tagasi; vastu võetud ettepanek lisatakse atlasesse uue redaktsioonina, mis viitab vastusele aruande tsitaatide kõrval.
survey-see-diff = Mis on muutunud alates 2013. aastast
survey-no-proposals = Ükski täidetud vastus ei paku veel muudatust.
survey-fact-tie = Koostöö
survey-fact-mandate = Pädevus
survey-fact-mechanism = Mehhanism
survey-conflicting = vastused erinevad
survey-named-by = { $count ->
    [one] nimetanud üks vastaja
   *[other] nimetanud { $count } vastajat
}
survey-answered-without = { $count ->
    [one] üks vastaja vastas seda nimetamata
   *[other] { $count } vastajat vastas seda nimetamata
}
survey-not-in-atlas = märkimata
survey-mandate-held = olemas
survey-mandate-denied = märgitud puuduvaks
survey-grade = Hinnang
survey-limitations-help = { $count ->
    [one] Arvestatud ühe vastaja põhjal, kes täitis täieliku küsimustiku. Arvu vastuvõtmisel lisatakse see atlasesse piiranguna, mis viitab sellele lainele; aruande arvud jäävad samaks.
   *[other] Arvestatud { $count } vastaja põhjal, kes täitsid täieliku küsimustiku. Arvu vastuvõtmisel lisatakse see atlasesse piiranguna, mis viitab sellele lainele; aruande arvud jäävad samaks.
}
survey-reminders = Meeldetuletused
survey-send-reminders = Tuleta meelde neile, kes pole vastanud
survey-reminders-help = Igaüks saab uue lingi (varasem lakkab töötamast); see, mis nad on salvestanud, säilib.
survey-in-atlas = Juba atlases
survey-decision = Otsus
survey-decision-accepted = vastu võetud
survey-decision-edited = vastu võetud teise liigiga
survey-decision-rejected = tagasi lükatud
survey-in-revision = redaktsioon { $revision }
survey-kind = Liik
survey-accept = Võta vastu
survey-reject = Lükka tagasi
survey-limitations = Tööd piiravad tegurid
survey-limitation = Piirang
survey-respondents-naming = Seda nimetanud vastajad
survey-emailed = E-postiga
survey-emailed-yes = saadetud

# Machine-drafted translation, not yet reviewed by a national reviewer.

# OpenNRM user interface, Lithuanian. Keys are grouped by page; vocabulary labels follow
# the pattern <vocabulary>-<value> so the code can look them up from the data.

# The language's own name, for the language switcher, and whether a national reviewer has
# confirmed this translation (yes / no): pages show a "not yet reviewed" mark where not.
language-name = Lietuvių
translation-reviewed = no
language-switcher = Kalba
nav-main = Pagrindinis meniu
translation-unreviewed = Šis vertimas parengtas mašininiu būdu ir jo dar nepatikrino nacionalinis recenzentas. Galioja tekstas anglų kalba.

site-name = OpenNRM
site-tagline = Kas nustato prekybos žmonėmis darbo išnaudojimo tikslais aukas, jas nukreipia ir joms padeda
nav-countries = Šalys
nav-search = Paieška
nav-api = API
nav-about = Apie duomenis
skip-to-content = Pereiti prie turinio
footer-source = Duomenys: { $report }.
footer-licence = OpenNRM yra laisvoji programinė įranga. Kiekvienas faktas susietas su ataskaitos ištrauka, iš kurios jis paimtas.
footer-revision = Atlaso redakcija { $revision }, įkelta { $date }.
date-numeric = { $year }-{ $month }-{ $day }

home-title = Kovos su prekyba žmonėmis darbo išnaudojimo tikslais subjektai 11 šalių
home-lead = Atlase kiekvienai Baltijos jūros valstybių tarybos tyrimo šaliai parodyta, kurie subjektai gali nustatyti aukas, jas nukreipti ir joms padėti, kokie jų įgaliojimai, kaip jie bendradarbiauja ir kokie nacionaliniai mechanizmai veikia. Prie kiekvieno fakto pateiktas ataskaitos sakinys, iš kurio jis paimtas.
home-countries = Šalys
home-glance = Mechanizmų apžvalga
home-glance-lead = Kokius nacionalinius mechanizmus ataskaita nurodo kiekvienoje šalyje. Mechanizmo nebuvimas – taip pat išvada.
home-legend = Ką reiškia spalvos
home-chips-lead = Kiekvienoje kortelėje parodyti nacionaliniai mechanizmai, apie kuriuos klausiama ataskaitoje, įvertinti taip, kaip juos aprašo ataskaita:
home-legend-formal = oficialus (taip pavadintos pareigos ar institucija)
home-legend-functional-equivalent = funkcinis atitikmuo (ataskaitoje: "comes closest to", "a coordinating role")
home-legend-expired = nebegaliojantis (jo laikotarpis baigėsi)
home-legend-absent = nurodyta, kad nėra
home-legend-not-recorded = ataskaitoje neužfiksuota
home-respondents = { $completed } iš { $invited } pakviestųjų užpildė klausimyną
home-respondents-completed = Užpildytų klausimynų: { $completed }
home-counts = { $actors ->
    [one] { $actors } subjektas
    [few] { $actors } subjektai
    [many] { $actors } subjekto
   *[other] { $actors } subjektų
} · { $mandates ->
    [one] { $mandates } įgaliojimas
    [few] { $mandates } įgaliojimai
    [many] { $mandates } įgaliojimo
   *[other] { $mandates } įgaliojimų
} · { $ties ->
    [one] { $ties } bendradarbiavimo ryšys
    [few] { $ties } bendradarbiavimo ryšiai
    [many] { $ties } bendradarbiavimo ryšio
   *[other] { $ties } bendradarbiavimo ryšių
} · { $mechanisms ->
    [one] { $mechanisms } mechanizmas
    [few] { $mechanisms } mechanizmai
    [many] { $mechanisms } mechanizmo
   *[other] { $mechanisms } mechanizmų
}
home-search-title = Paieška atlase
home-search-lead = Bet kuris bet kurio fakto žodis: subjekto pavadinimas, įgaliojimas, teisės aktas („§ 262a“), ataskaitos sakinys. Norėdami rasti subjektus pagal tai, ką jie gali daryti (kas Danijoje nustato aukos statusą?), naudokite paieškos puslapio filtrus.

country-native = Nacionaline kalba: { $name }
country-chapter = Ataskaitos skyrius: { $chapter }
country-on-this-page = Šiame puslapyje
country-findings = Tyrimo rezultatai
country-participation = Kas dalyvavo tyrime
country-actors = Subjektai ir įgaliojimai
country-governmental = Valstybiniai
country-non-governmental = Nevyriausybiniai
country-cooperation = Bendradarbiavimas
country-cooperation-lead = Bendradarbiavimo ryšiai, kaip juos aprašė respondentai. Pirmasis nurodytas subjektas yra tas, kurio atsakyme ryšys aprašytas.
country-policy = Politika ir teisės aktai
country-mechanisms = Mechanizmai
country-challenges = Iššūkiai ir apribojimai
country-challenges-lead = Respondentų nurodyti apribojimai; skaičius rodo, kiek respondentų juos nurodė, jei ataskaitoje jis pateiktas.
country-conclusions = Išvados
country-ambiguities = Kur ataskaita nevienareikšmė
country-ambiguities-lead = Skirtingose ataskaitos vietose teigiami skirtingi dalykai. Išsaugotas kiekvienas aiškinimas su savo citata.
country-lists = Susiję departamentai ir organizacijos
country-no-cooperation = Ataskaitoje neaprašyta jokių šios šalies bendradarbiavimo ryšių.
country-no-documents = Ataskaitoje nenurodyta jokio šios šalies teisės akto ar politikos dokumento.
country-no-limitations = Ataskaitoje nepateikta, kiek respondentų nurodė šios šalies apribojimus.
country-invited = Pakviesta
country-completed = Užpildė
country-reading = Aiškinimas
country-respondents = Respondentai
country-counts-unknown = nenurodyta

actor-native-name = Pavadinimas nacionaline kalba
actor-acronym = Santrumpa
actor-also-known-as = Kiti pavadinimai
actor-sector = Sektorius
actor-level = Lygmuo
actor-study-status = Tyrime
actor-parent = Priklauso
actor-children = Padaliniai
actor-mandates = Įgaliojimai
actor-no-mandates = Ataskaitoje nenurodyta jokių šio subjekto įgaliojimų.
actor-cooperation = Bendradarbiavimas
actor-cooperation-out = Šio subjekto aprašytas bendradarbiavimas
actor-cooperation-in = Kitų subjektų aprašytas bendradarbiavimas su šiuo subjektu
actor-no-cooperation = Ataskaitoje neaprašyta jokio šio subjekto bendradarbiavimo ryšio.
actor-mechanisms = Mechanizmai
actor-holds = Vadovauja arba pirmininkauja
actor-member-of = Narys
actor-no-mechanisms = Ataskaitoje šis subjektas nenurodytas nė viename nacionaliniame mechanizme.
actor-back = Atgal: { $country }
actor-find-similar = Kiti šio sektoriaus subjektai 11 šalių

mandate-scope = Apimtis: { $scope }
mandate-labour-yes = Apima prekybą žmonėmis darbo išnaudojimo tikslais
mandate-labour-no = Neturi įgaliojimų, susijusių su prekyba žmonėmis darbo išnaudojimo tikslais
mandate-labour-unknown = Ataskaitoje nenurodyta, ar tai apima darbo išnaudojimą

mandate-denied = Neturi įgaliojimų
mandate-denied-scope = Ataskaitoje teigiama, kad subjektas negali: { $scope }
mechanism-holder = Vadovauja arba pirmininkauja
mechanism-members = Nariai
mechanism-year = Įsteigtas
mechanism-frequency = Renkasi
mechanism-focus = Dėmesio sritis

source = Šaltinis
source-show = Rodyti šaltinį
source-line = ataskaitos eilutė { $line }
source-record = OpenNRM įrašas { $record }: OpenNRM parengta santrauka, ne ataskaitos ištrauka
source-section = { $country } › { $section }
source-note = Pastaba

search-title = Subjektų paieška
search-lead = Derinkite bet kuriuos filtrus. Ieškant pagal tai, ką subjektas gali daryti, galima atsakyti į tokius klausimus kaip „kas Danijoje nustato aukos statusą?“.
search-text = Pavadinimas, pavadinimas nacionaline kalba arba santrumpa
search-country = Šalis
search-sector = Sektorius
search-capability = Įgaliojimas
search-study-status = Tyrime
search-any = Bet kuris
search-submit = Ieškoti
search-results = { $count ->
    [0] Atitinkančių subjektų nėra.
    [one] Atitinka { $count } subjektas.
    [few] Atitinka { $count } subjektai.
    [many] Atitinka { $count } subjekto.
   *[other] Atitinka { $count } subjektų.
}
search-col-actor = Subjektas
search-col-country = Šalis
search-col-sector = Sektorius
search-col-mandates = Atitinkantys įgaliojimai
search-col-status = Tyrime
search-invalid = { $field }: „{ $value }“ nėra žinoma reikšmė.
search-too-long = { $field }: ne daugiau kaip { $max ->
    [one] { $max } simbolis
    [few] { $max } simboliai
    [many] { $max } simbolio
   *[other] { $max } simbolių
}.
search-too-many-words = { $field }: ne daugiau kaip { $max ->
    [one] { $max } žodis
    [few] { $max } žodžiai
    [many] { $max } žodžio
   *[other] { $max } žodžių
}.
search-kind = Fakto rūšis
search-facts-text = Žodžiai
search-to-facts = Verčiau ieškoti visuose faktuose.
search-to-actors = Verčiau ieškoti subjektų pagal pavadinimą ir filtrus.
search-facts-title = Paieška atlase
search-facts-lead = Visi faktai: subjektų pavadinimai, įgaliojimai, mechanizmai, dokumentai, apribojimai, tyrimo rezultatai ir ataskaitos citatos. Didžiosios raidės ir diakritiniai ženklai nesvarbūs („liepaja“ randa „Liepāja“), o žodis randa ir ilgesnius juo prasidedančius žodžius („reflect“ randa „reflection“).
search-facts-results = { $count ->
    [0] Nieko nerasta.
    [one] Atitinka { $count } ištrauka.
    [few] Atitinka { $count } ištraukos.
    [many] Atitinka { $count } ištraukos.
   *[other] Atitinka { $count } ištraukų.
}
search-facts-truncated = Rodomos tik pirmosios atitinkančios ištraukos ({ $count }); pridėkite žodį ar filtrą, kad susiaurintumėte paiešką.

search_kind-country = Šalis
search_kind-actor = Subjektas
search_kind-mandate = Įgaliojimas
search_kind-tie = Bendradarbiavimas
search_kind-mechanism = Mechanizmas
search_kind-document = Dokumentas
search_kind-limitation = Apribojimas
search_kind-participation = Dalyvavimas
search_kind-finding = Tyrimo rezultatas
search_kind-ambiguity = Nevienareikšmiškumas
search_kind-respondent = Respondentas
search_kind-recommendation = Rekomendacija
search_field-name = pavadinimas
search_field-native_name = pavadinimas nacionaline kalba
search_field-acronym = santrumpa
search_field-alias = kitas pavadinimas
search_field-chapter = skyrius
search_field-scope = apimtis
search_field-note = pastaba
search_field-title = antraštė
search_field-topic = tema
search_field-frequency = posėdžių dažnumas
search_field-quote = citata
search_field-reason = priežastis
search_field-summary = santrauka

about-title = Apie duomenis
about-lead = Atlasas – tai duomenimis paversta Baltijos jūros valstybių tarybos Kovos su prekyba žmonėmis darbo grupės ataskaita „Actors against Trafficking for Labour Exploitation“ (2013). Prie to, ką teigia ataskaita, nieko nepridėta.
about-sources = Prie kiekvieno fakto nurodyta šalies skyriaus dalis, iš kurios jis paimtas, ir trumpa citata, kuri pažodžiui yra ataskaitoje. Kur ataskaita prieštarauja pati sau, išsaugoti abu aiškinimai.
about-data = Duomenų failai yra paprasto teksto, po vieną kiekvienai šaliai, ir juos galima peržiūrėti bei taisyti kaip bet kurį dokumentą. Visą atlasą galima atsisiųsti per API.
about-api = JSON API aprašytas OpenAPI dokumente.
about-revisions = Atlaso redakcijos

error-not-found-title = Puslapis nerastas
error-not-found = Nerasta: { $what }. Patikrinkite adresą arba pradėkite nuo šalių sąrašo.
error-bad-request-title = Užklausos nepavyko suprasti
error-internal-title = Įvyko klaida
error-internal = Puslapio nepavyko parodyti. Klaida užregistruota; bandykite dar kartą vėliau.
error-back-home = Eiti į šalių sąrašą

yes = taip
no = ne

sector-police = Policija
sector-border_guard = Pasienio apsauga
sector-prosecution = Prokuratūra
sector-court = Teismai
sector-labour_inspection = Darbo inspekcija
sector-tax = Mokesčių administratorius
sector-immigration = Migracija
sector-ministry = Ministerijos
sector-coordination_body = Koordinavimo institucijos
sector-rapporteur = Pranešėjai
sector-victim_assistance = Pagalba aukoms
sector-municipality = Savivaldybės
sector-ngo = NVO
sector-trade_union = Profesinės sąjungos
sector-employers_org = Darbdavių organizacijos
sector-international_org = Tarptautinės organizacijos
sector-research = Moksliniai tyrimai
sector-company = Įmonės
sector-other = Kita

study_status-participated = Dalyvavo
study_status-invited_not_participated = Pakviestas, bet nedalyvavo
study_status-mentioned = Paminėtas respondentų

level-national = Nacionalinis
level-regional = Regioninis
level-local = Vietos
level-international = Tarptautinis

capability-identify_victims = Nustatyti aukas
capability-refer_victims = Nukreipti aukas
capability-report_to_police = Pranešti policijai
capability-inspect_workplaces = Tikrinti darbovietes
capability-investigate_crime = Tirti nusikaltimus
capability-prosecute = Vykdyti baudžiamąjį persekiojimą
capability-determine_victim_status = Nustatyti aukos statusą
capability-grant_reflection_period = Suteikti apmąstymo laikotarpį
capability-grant_residence_permit = Išduoti leidimą gyventi
capability-provide_assistance = Teikti pagalbą
capability-repatriation = Repatriacija
capability-coordinate = Koordinuoti
capability-monitor_and_report = Stebėti ir teikti ataskaitas
capability-bring_labour_court_cases = Kreiptis į teismą darbo bylose
capability-training = Mokymai
capability-prevention = Prevencija
capability-policy_making = Politikos formavimas
capability-supervise = Prižiūrėti
capability-advocacy = Interesų gynimas
capability-research = Moksliniai tyrimai
capability-protect_workers_rights = Ginti darbuotojų teises

cooperation-information_exchange = Keitimasis informacija
cooperation-joint_inspection = Bendras patikrinimas
cooperation-referral = Nukreipimas
cooperation-service_contract = Paslaugų sutartis
cooperation-coordination = Koordinavimas
cooperation-membership = Narystė
cooperation-other = Bendradarbiavimas

mechanism-national_coordinator = Nacionalinis koordinatorius
mechanism-national_rapporteur = Nacionalinis pranešėjas
mechanism-lead_agency = Pagrindinė institucija
mechanism-referral_system = Nukreipimo sistema
mechanism-mou = Susitarimo memorandumas
mechanism-working_group = Darbo grupės
mechanism-specialised_unit = Specializuoti padaliniai
mechanism-network = Tinklai
mechanism-national_action_plan = Nacionalinis veiksmų planas
mechanism-local_coordinator = Vietos koordinatoriai

mechanism_status-formal = Oficialus
mechanism_status-functional_equivalent = Funkcinis atitikmuo
mechanism_status-absent = Nėra
mechanism_status-expired = Nebegalioja
focus-sexual = Seksualinis išnaudojimas
focus-labour = Darbo išnaudojimas
focus-all = Visos formos
focus-unclear = Neaišku

limitation-legislation = Teisės aktai
limitation-lack_of_policy = Politikos trūkumas
limitation-lack_of_cooperation = Bendradarbiavimo trūkumas
limitation-lack_of_referral_mechanisms = Nukreipimo mechanizmų trūkumas
limitation-corruption = Korupcija
limitation-lack_of_knowledge = Žinių trūkumas
limitation-lack_of_capacity = Pajėgumų trūkumas
limitation-other = Kita

document-legislation = Teisės aktas
document-action_plan = Veiksmų planas
document-policy = Politika
document-agreement = Susitarimas
document-report = Ataskaita
document-other = Kitas dokumentas

nav-screening = Patikra
screening-title = Pirminė patikra: ar tai prekyba žmonėmis?
screening-lead = Atsakykite į klausimus apie tai, ką pastebite, pavyzdžiui, tikrindami darbovietę. Rezultatas parodo, kur situacija yra tęstinėje skalėje nuo darbo teisės pažeidimo iki prekybos žmonėmis darbo išnaudojimo tikslais, paaiškina, kurie atsakymai lėmė šį rezultatą, nurodo, ko dar trūksta, ir įvardija šalies subjektus, turinčius įgaliojimus veikti.
screening-notice-title = Tai rekomendacija, ne sprendimas.
screening-notice = Patikros rezultatas yra rekomendacija, padedanti nukreipti asmenį subjektui, turinčiam atitinkamus įgaliojimus. Tai niekada nėra teisinis sprendimas: tik kompetentingos institucijos sprendžia, ar asmuo yra prekybos žmonėmis ar priverstinio darbo auka.
screening-translation-unreviewed = Klausimai yra preliminarus vertimas, kurio dar nepatikrino nacionalinis recenzentas. Oficiali TDO formuluotė anglų kalba pateikta po kiekvienu klausimu.

# The explanation of a screening result, one message per domain ExplanationCode
# (screening-why-<code>); in English each reads exactly as the engine's `reasoning` (a test
# compares them). Lists of indicators are the ILO's official English names.
screening-why-screened_with = Patikrai naudota priemonė „{ $instrument }“ { $version }, taisyklių rinkinys „{ $rules }“ { $rules_version } ir { $population ->
    [child] vaikų
   *[adult] suaugusiųjų
} sąrašas.
screening-why-dimension_positive = Aspektas „{ $dimension }“ yra teigiamas ({ $rule }); rodikliai, į kuriuos atsakyta „taip“: { $indicators }.
screening-why-dimension_not_assessed = Aspektas „{ $dimension }“ nebuvo įvertintas: neatsakyta nė į vieną jo klausimą.
screening-why-dimension_open = Aspektas „{ $dimension }“ dar nenustatytas; { $yes ->
    [0] kol kas nė į vieną rodiklį neatsakyta „taip“
   *[other] kol kas rodikliai, į kuriuos atsakyta „taip“: { $indicators }
}; { $count ->
    [one] { $count } neatsakytas rodiklis dar gali jį padaryti teigiamu
    [few] { $count } neatsakyti rodikliai dar gali jį padaryti teigiamu
    [many] { $count } neatsakyto rodiklio dar gali jį padaryti teigiamu
   *[other] { $count } neatsakytų rodiklių dar gali jį padaryti teigiamu
}.
screening-why-dimension_negative = Aspektas „{ $dimension }“ yra neigiamas; { $yes ->
    [0] nė į vieną rodiklį neatsakyta „taip“
   *[other] „taip“ atsakyta tik į šiuos rodiklius: { $indicators }
}; { $complete ->
    [yes] atsakyta į visus rodiklius ir neįvykdyta nė viena taisyklė
   *[no] neatsakyti rodikliai negalėtų jo padaryti teigiamu
}.
screening-why-unknown_answers = { $count ->
    [one] { $count } atsakymas yra
    [few] { $count } atsakymai yra
    [many] { $count } atsakymo yra
   *[other] { $count } atsakymų yra
} „Nežinoma“; „Nežinoma“ niekada nelaikoma atsakymu „taip“.
screening-why-ignored_answers = Atsakymai į rodiklius, kurių nėra { $population ->
    [child] vaikų
   *[adult] suaugusiųjų
} sąraše, neįskaityti: { $indicators }.
screening-why-level_none = Lygis: požymių nėra — pateikti atsakymai neatitinka nė vienos taisyklių rinkinio aukštesnio lygio taisyklės.
screening-why-level_reached = Lygis: { $level ->
    [labour_law_violation] galimas darbo teisės pažeidimas
    [labour_exploitation] darbo išnaudojimas
    [forced_labour] priverstinis darbas
    [presumed_trafficking] tikėtina prekyba žmonėmis darbo išnaudojimo tikslais
   *[no_indication] požymių nėra
} — { $because }
screening-why-unverified = { $count ->
    [one] { $count } įskaitytas rodiklis dar nepatikrintas
    [few] { $count } įskaityti rodikliai dar nepatikrinti
    [many] { $count } įskaityto rodiklio dar nepatikrinta
   *[other] { $count } įskaitytų rodiklių dar nepatikrinta
} pagal šaltinio leidinį (žr. priemonės failą): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Galimas darbo teisės pažeidimas: nukreipkite atvejį į darbo inspekciją ir informuokite darbuotoją apie profesinę sąjungą ir galimybę kreiptis į teismą darbo bylose.
    [labour_exploitation] Darbo išnaudojimas: nukreipkite atvejį į darbo inspekciją, apsvarstykite galimybę pranešti policijai ir nukreipkite darbuotoją gauti paramos.
    [forced_labour] Priverstinis darbas: praneškite policijai ir nukreipkite asmenį į instituciją, nustatančią aukos statusą, ir pagalbos teikėjams.
    [presumed_trafficking] Tikėtina prekyba žmonėmis darbo išnaudojimo tikslais: praneškite policijai ir nedelsdami nukreipkite asmenį į instituciją, nustatančią aukos statusą, pagalbos teikėjams ir apmąstymo laikotarpiui suteikti.
   *[no_indication] Požymių nėra: pagal šiuos atsakymus nukreipti nereikia; neatsakyti klausimai gali tai pakeisti.
}{ $open ->
    [yes] {" "}Daugiau atsakymų galėtų pakelti lygį; žiūrėkite, ko dar trūksta.
   *[no] {""}
}

# What a way to a higher level still needs (screening-why-toward and its parts); the
# parts are said one after the other, separated by "; ". $names: dimensions joined by
# screening-or; $asks: the ILO's names of the indicators still open; $topics: what to ask
# about (English data).
screening-or = {" "}arba{" "}
screening-why-toward = Kelias į lygį „{ $level ->
    [labour_law_violation] galimas darbo teisės pažeidimas
    [labour_exploitation] darbo išnaudojimas
    [forced_labour] priverstinis darbas
    [presumed_trafficking] tikėtina prekyba žmonėmis darbo išnaudojimo tikslais
   *[no_indication] požymių nėra
}“{ $population ->
    [adult] {" "}(suaugęs asmuo)
    [child] {" "}(vaikas)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = aspektas „{ $names }“ yra teigiamas
screening-why-step_closed = aspektas „{ $names }“ yra neigiamas — šis kelias uždarytas, nebent atsakymai pasikeistų
screening-why-step_not_assessed = aspektas „{ $names }“ dar neįvertintas — klauskite apie temas ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = aspektas „{ $names }“ dar nėra teigiamas — klausimas vis dar atviras{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = nė į vieną aspekto „{ $names }“ rodiklį neatsakyta „taip“ ir neatsakytų rodiklių neliko
screening-why-step_none_yet = kol kas nė į vieną aspekto „{ $names }“ rodiklį neatsakyta „taip“ — klausimas vis dar atviras{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Neįveskite vardų, pavardžių ar kitų asmens duomenų: patikroje fiksuojama tik tai, kurie rodikliai nustatyti. „Neklausta“ atskiriama nuo „ne“.
screening-instrument-meta = { $count ->
    [one] { $count } rodiklis
    [few] { $count } rodikliai
    [many] { $count } rodiklio
   *[other] { $count } rodiklių
} · versija { $version }
screening-population = Ką tai liečia
screening-country = Šalis (kas gali veikti)
screening-country-none = Šalis nepasirinkta
screening-start = Pradėti patikrą
screening-progress = Atsakyta į { $answered } iš { $total ->
    [one] { $total } klausimo
    [few] { $total } klausimų
    [many] { $total } klausimo
   *[other] { $total } klausimų
}
screening-answer-help = Atsakykite į tai, ką žinote. „Nežinoma“ reiškia, kad klausėte, bet atsakymas neaiškus; „Neklausta“ reiškia, kad klausimas nebuvo užduotas. Nė vienas iš jų nelaikomas atsakymu „taip“.
screening-official-wording = Oficiali formuluotė
screening-strength = Svarba priemonėje: { $strength }
screening-see-result = Žiūrėti rezultatą
screening-save-draft = Išsaugoti juodraštį
screening-draft-saved = Juodraštis išsaugotas šioje naršyklėje. Norėdami tęsti, vėl atidarykite patikrą; juodraščiai saugomi 30 dienų.
screening-continue-draft = Tęsti išsaugotą juodraštį
screening-discard-draft = Atmesti juodraštį
screening-draft-discarded = Jūsų juodraštis atmestas.
screening-no-draft-title = Išsaugoto juodraščio nėra
screening-no-draft = Šioje naršyklėje nėra išsaugoto patikros juodraščio (juodraščiai saugomi 30 dienų). Pradėkite naują patikrą puslapyje „Patikra“.
screening-forbidden-title = Formos nepavyko priimti
screening-forbidden = Forma pateikta ne iš šios svetainės arba jos galiojimas baigėsi. Vėl atidarykite patikrą ir pateikite formą iš naujo.
screening-result-title = Patikros rezultatas
screening-level = Kur situacija yra tęstinėje skalėje
screening-continuum = Išnaudojimo tęstinė skalė
screening-reasoning = Kodėl
screening-dimensions = Aspektai
screening-dimension = Aspektas
screening-status = Būsena
screening-yes-indicators = Rodikliai, į kuriuos atsakyta „taip“
screening-missing = Ko trūksta išvadai padaryti
screening-questions-to-ask = { $count ->
    [one] Reikia užduoti { $count } klausimą
    [few] Reikia užduoti { $count } klausimus
    [many] Reikia užduoti { $count } klausimo
   *[other] Reikia užduoti { $count } klausimų
}
screening-who-acts = Kas gali veikti
screening-who-acts-in = Kas gali veikti: { $country }
screening-nobody = Atlase neužfiksuota nė vieno subjekto, turinčio šiuos įgaliojimus.
screening-uncovered = Nė vienas atlaso subjektas neturi šių įgaliojimų:
screening-choose-country = Pasirinkite šalį, kad pamatytumėte jos subjektus. Rezultatą atitinka šie įgaliojimai:
screening-unverified = { $count ->
    [one] { $count } įskaitytas rodiklis turi svarbą, dar nepatikrintą pagal ILO leidinį.
    [few] { $count } įskaityti rodikliai turi svarbą, dar nepatikrintą pagal ILO leidinį.
    [many] { $count } įskaityto rodiklio svarba dar nepatikrinta pagal ILO leidinį.
   *[other] { $count } įskaitytų rodiklių svarba dar nepatikrinta pagal ILO leidinį.
}
screening-used = Priemonė: { $instrument }. Taisyklės: { $rules }.
screening-change-answers = Keisti atsakymus (išsaugoma kaip juodraštis)

answer-yes = Taip
answer-no = Ne
answer-unknown = Nežinoma
answer-not-asked = Neklausta

population-adult = Suaugęs asmuo
population-child = Vaikas (iki 18 metų)

strength-strong = stipri
strength-medium = vidutinė
strength-weak = silpna
strength-unweighted = nesverta

continuum-no_indication = Požymių nėra
continuum-labour_law_violation = Darbo teisės pažeidimas
continuum-labour_exploitation = Darbo išnaudojimas
continuum-forced_labour = Priverstinis darbas
continuum-presumed_trafficking = Tikėtina prekyba žmonėmis darbo išnaudojimo tikslais

dimension-status-positive = Teigiamas
dimension-status-negative = Neigiamas
dimension-status-insufficient_information = Nepakanka informacijos
screening-version = Priemonės versija { $version }

report-title = Ataskaita
report-showing = Eilutės { $from }–{ $to } iš { $total }. Paryškinta eilutė – ta, kurioje prasideda cituojama ištrauka.
report-earlier = ← Ankstesnės eilutės
report-later = Vėlesnės eilutės →
country-download = Atsisiųsti šios šalies duomenis JSON formatu
about-download = Atsisiųsti visą atlasą (JSON).
about-read-report = Skaityti ataskaitą eilutė po eilutės.

## Platform: sign-in, account, administration
nav-sign-in = Prisijungti
nav-sign-out = Atsijungti
nav-account = Jūsų paskyra
nav-audit = Audito žurnalas
error-sign-in-title = Prisijunkite
error-sign-in = Šis puslapis skirtas prisijungusiems OpenNRM naudotojams.
error-forbidden-title = Neleidžiama
error-too-many-title = Per daug užklausų
sign-in-title = Prisijungimas prie OpenNRM
sign-in-username = Naudotojo vardas (jūsų el. pašto adresas)
sign-in-password = Slaptažodis
sign-in-code = Šešių skaitmenų kodas iš autentifikavimo programėlės
sign-in-continue = Tęsti
sign-in-code-wrong = Šis kodas nepriimtas. Kiekvienas kodas galioja vieną kartą ir keičiasi kas 30 sekundžių: įveskite tą, kurį programėlė rodo dabar.
sign-in-note = Paskyras kuria jūsų organizacijos administratorius. Po penkių nesėkmingų bandymų paskyra užrakinama 15 minučių.
account-title = Jūsų paskyra
account-username = Naudotojo vardas
account-organisation = Organizacija
account-roles = Vaidmenys
account-sessions = Prisijungimo sesijos
account-totp = Antrasis veiksnys (autentifikavimo programėlė)
account-totp-on = Antrasis veiksnys nustatytas: jungiantis prašoma kodo.
account-totp-off = Antrasis veiksnys dar nenustatytas. Koordinatoriai ir administratoriai turi jį nustatyti prieš imdamiesi veiksmų.
account-totp-start = Nustatyti autentifikavimo programėlę
account-totp-replace = Pereiti prie kitos autentifikavimo programėlės
account-totp-scan = Nuskaitykite šį kodą autentifikavimo programėle arba įveskite į ją toliau pateiktą raktą, tada įveskite jos rodomą kodą.
account-totp-secret = Raktas:
account-totp-confirm = Patvirtinti
account-totp-wrong = Šis kodas neatitinka šio rakto. Patikrinkite, ar programėlėje yra toliau pateiktas raktas, tada įveskite kodą, kurį ji rodo dabar.
account-totp-done = Autentifikavimo programėlė nustatyta. Jungiantis dabar prašoma kodo.
account-needs-totp = Jūsų vaidmeniui reikalingas antrasis veiksnys. Prieš tęsdami toliau nustatykite autentifikavimo programėlę.
account-password = Slaptažodis
account-password-current = Dabartinis slaptažodis
account-password-new = Naujas slaptažodis (nuo 12 iki 128 simbolių)
account-password-change = Keisti slaptažodį
account-password-done = Slaptažodis pakeistas; kitos jūsų sesijos atjungtos.
account-tokens = API raktai
account-tokens-none = API raktų nėra.
account-token-name = Pavadinimas
account-token-created = Sukurtas
account-token-used = Paskutinį kartą naudotas
account-token-create = Sukurti raktą
account-token-once = Nukopijuokite šį raktą dabar; jis daugiau nebus rodomas:
account-token-revoke = Atšaukti
account-token-revoked = Raktas atšauktas.
account-token-revoked-mark = atšauktas
account-sign-out-everywhere = Atsijungti visur
audit-title = Audito žurnalas
audit-lead = Kiekvienas prisijungimas, nesėkmingas prisijungimas ir naudotojų, vaidmenų bei raktų pakeitimas, naujausi – pirmi. Įrašai susieti maišos grandine; komanda `opennrm audit verify` patikrina grandinę.
audit-action = Veiksmas
audit-actor = Vykdytojas
audit-outcome = Rezultatas
audit-object = Objektas
audit-at = Laikas (UTC)
audit-address = Adresas
audit-detail = Išsami informacija
audit-filter = Filtruoti
audit-older = Senesni įvykiai
users-title = Naudotojai
users-name = Vardas
users-state = Būsena
users-disabled = išjungtas
users-locked = užrakintas
users-active = aktyvus
users-unlock = Atrakinti
role-frontline_officer = Pirmosios linijos pareigūnas
role-case_worker = Atvejo vadybininkas
role-service_provider = Paslaugų teikėjas
role-national_coordinator = Nacionalinis koordinatorius
role-national_rapporteur = Nacionalinis pranešėjas
role-administrator = Administratorius

## Atlas history
revision-banner = Žiūrite atlaso redakciją { $revision } ({ $label }, { $date }); dabartinė redakcija – { $current }.
revision-banner-current = Rodyti dabartinę redakciją.
diff-title = Pakeitimai
diff-from = Nuo redakcijos
diff-to = Iki redakcijos
diff-compare = Palyginti
diff-heading = { $count ->
    [0] Nuo redakcijos { $from } iki { $to } pakeitimų nėra
    [one] Nuo redakcijos { $from } iki { $to }: { $count } pakeitimas
    [few] Nuo redakcijos { $from } iki { $to }: { $count } pakeitimai
    [many] Nuo redakcijos { $from } iki { $to }: { $count } pakeitimo
   *[other] Nuo redakcijos { $from } iki { $to }: { $count } pakeitimų
}
diff-none = Abiejose redakcijose apie šią šalį teigiama tas pats.
diff-legend = + pridėta · − pašalinta arba panaikinta · ~ pakeista · · pasikeitė tik šaltinis
diff-see-revision = Šalis pagal redakciją { $revision }
about-revision-view = žiūrėti
actor-retired = Šis subjektas panaikintas redakcijoje { $revision }: dabartiniame atlase jo nebėra. Jis rodomas pagal redakciją { $last } – paskutinę, kurioje jis buvo aprašytas.
country-changes = Pakeitimai nuo 2013 m.
about-revision-not-kept = faktai neišsaugoti (iki atlaso istorijos pradžios)

# Respondents, attribution, several sources, readings, contested facts (issue 6)
country-summary = Santrauka
country-summary-lead = Pačios ataskaitos šio skyriaus santrauka.
country-respondents-title = Kas atsakė į klausimyną
country-respondents-lead = Viena eilutė kiekvienam išsiųstam klausimynui, kaip nurodyta skyriuje. Prie teiginių, kuriuos ataskaita priskiria klausimynui, nurodyta „Teigė“ ir šaltinis.
country-respondents-computed = Pagal respondentus: pakviesta – { $invited }, užpildė – { $completed }
country-respondents-none = Šioje redakcijoje šios šalies respondentų nenurodyta.
country-recommendations = Rekomendacijos
country-recommendations-lead = Ką ataskaita rekomenduoja: kiekviena rekomendacija – atskiras faktas, nurodant, kokiems subjektams ji skirta.
country-no-recommendations = Šiame skyriuje ataskaita nepateikia rekomendacijų.
respondent-form-full = Visas klausimynas
respondent-form-alternative = Tik alternatyvūs klausimai
respondent-form-declined = Atsisakė
respondent-form-no_reply = Neatsakė
respondent-answered-for = Atsakė už
respondent-reason = Priežastis
respondent-footnotes = Ataskaitoje cituojamas kaip
said-by = Teigė
also-stated = Taip pat nurodyta
reading-marker = mūsų aiškinimas, ne ataskaitos žodžiai: { $fields }
contested = Ginčytina
contested-title = Ataskaita šiuo klausimu nevienareikšmė: žr. nevienareikšmiškumus
tie-direction-mutual = abipusis
tie-direction-one_way = vienpusis
tie-reported-by = Nurodė: { $name }
actor-group = Grupė, ne viena institucija
document-governs-capabilities = Suteikia arba reglamentuoja
document-governs-actors = Įgalioja arba įpareigoja
document-governs-mechanisms = Reglamentuoja
recommendation-addresses = Skirta
recommendation-addresses-all = Subjektams apskritai
mechanisms-title = Mechanizmai visose šalyse
mechanisms-lead = Kiekvienas ataskaitoje nurodytas nacionalinis mechanizmas pagal šalis: kas jam vadovauja, nuo kada, kokia jo dėmesio sritis ir šaltinis.
mechanisms-country = Šalis
mechanisms-none = neužfiksuota
nav-mechanisms = Mechanizmai
report-wide-title = Ataskaita už skyrių ribų
report-wide-lead = Santrauka, įvadas ir metodika kaip tyrimo rezultatai su šaltiniais, taip pat visai ataskaitai skirtos rekomendacijos.
finding-part-executive_summary = Santrauka
finding-part-introduction = Įvadas
finding-part-methodology = Metodika
finding-part-conclusions = Išvados
finding-part-findings = Tyrimo rezultatai
finding-part-challenges = Iššūkiai ir apribojimai
mechanisms-status = Būsena
mechanisms-name = Pavadinimas
mechanisms-filter = Rodyti
study-full-text = visas tekstas
study-recommendations-lead = Visos ataskaitos rekomendacijos: pirmiausia bendrosios, tada kiekvieno skyriaus, nurodant šalis ir subjektų rūšis, kurioms jos skirtos. Filtruoti pagal sektorių galima per API (/api/v1/recommendations).
study-all-countries = Visos vienuolika šalių
nav-study = Tyrimas
mechanisms-kind = Mechanizmas
search-governing = Tai suteikiantys ar reglamentuojantys teisės aktai ir dokumentai
nav-insight = Palyginimas
insight-title = Šalių palyginimas
insight-lead = Ką teigia ataskaitos skyriai – šalia vienas kito ir apskaičiuota iš atlaso: kiekvienas langelis susietas su savo faktais ir jų šaltiniais; ginčytini faktai pažymėti.
insight-mechanisms = Mechanizmai
insight-mechanisms-lead = Kuriose šalyse yra nacionalinis koordinatorius, pranešėjas, susitarimo memorandumas (MoU), nukreipimo sistema …, ir kam skirti šie mechanizmai.
insight-mandates = Kas turi kiekvieną įgaliojimą
insight-mandates-lead = Kiek subjektų kiekvienoje šalyje turi kiekvieną įgaliojimą; spustelėkite skaičių, kad pamatytumėte subjektus ir jų šaltinius.
insight-mandates-legend = Skaičius rodo turimus įgaliojimus; −N – įgaliojimai, kurių, anot ataskaitos, subjektas neturi; § žymi teisės aktą ar dokumentą, kuris suteikia šį įgaliojimą.
insight-sectors = Kurie sektoriai dalyvauja mechanizmuose
insight-sectors-lead = Ar kiekvieno sektoriaus subjektai dalyvauja veikiančiame mechanizme (oficialiame arba funkciniame atitikmenyje) kaip jo vadovas ar narys: ataskaitos duomenimis, darbo srities subjektai lieka nuošalyje.
insight-sectors-legend = ✓ bent vienas dalyvauja veikiančiame mechanizme; ✗ sektoriaus subjektai nedalyvauja nė viename; – atlase neužfiksuota nė vieno šio sektoriaus subjekto.
insight-sector-none = šio sektoriaus subjektų neužfiksuota
insight-sector-seated = dalyvauja mechanizme
insight-sector-left-out = nedalyvauja jokiame veikiančiame mechanizme
insight-limitations = Respondentų pasirinkti apribojimai
insight-limitations-lead = Kiek respondentų pasirinko kiekvieną klausimyno apribojimą, jei ataskaitoje pateiktas skaičius.
insight-limitations-legend = Skaičius – didžiausias skyriuje kategorijai nurodytas skaičius; · skyriuje kategorija paminėta be skaičiaus.
insight-limitation-stated = paminėta be skaičiaus
insight-partners = Dažniausiai įvardijami partneriai
insight-partners-lead = Subjektai, surikiuoti pagal tai, kiek kitų subjektų juos įvardija kaip bendradarbiavimo partnerius (ryšiai, apie kuriuos pranešė kitas subjektas).
insight-named-by = { $count ->
    [one] įvardijo { $count } subjektas
    [few] įvardijo { $count } subjektai
    [many] įvardijo { $count } subjekto
   *[other] įvardijo { $count } subjektų
}
focus-short-sexual = seks.
focus-short-labour = darbo
focus-short-all = visos
focus-short-unclear = ?
insight-focus-legend = po simboliu – dėmesio sritis: seksualinis („seks.“) ar darbo išnaudojimas, visos formos, ? neaišku
gaps-title = Spragos
gaps-lead = Atlasui pritaikytos įvardytos taisyklės; prie kiekvieno pastebėjimo pateikti įrodymai (faktai ir jų citatos) ir nurodyta, ką įtraukti. Pritaikytos 2013 m. duomenims, jos atkartoja skyrių išvadas; taisyklės pateiktos kartu su ataskaitos žodžiais, kuriais jos grindžiamos.
gaps-rules = taisyklės
gaps-rule = Taisyklė
gaps-involve = Įtraukti
gaps-evidence = { $count ->
    [one] Įrodymai: { $count } faktas
    [few] Įrodymai: { $count } faktai
    [many] Įrodymai: { $count } fakto
   *[other] Įrodymai: { $count } faktų
}
gaps-count = { $count ->
    [one] { $count } pastebėjimas
    [few] { $count } pastebėjimai
    [many] { $count } pastebėjimo
   *[other] { $count } pastebėjimų
}
gaps-none = Šiam pasirinkimui pastebėjimų nėra.
gaps-severity-gap = Spraga
gaps-severity-gap-means = atlase užfiksuotas trūkumas arba kažko nebuvimas
gaps-severity-unrecorded = Neužfiksuota
gaps-severity-unrecorded-means = atlase nėra nieko, kas tai užpildytų: spraga arba ataskaita apie tai tyli
gaps-severity-information = Pastaba
gaps-severity-information-means = ne spraga: tai, ką duomenys rodo ryškiausiai
gaps-since-counts = Užverta: { $closed }, atsirado naujų: { $opened }.
gaps-closed = Užverta
gaps-opened = Atsirado
country-gaps = Spragos
country-network = Bendradarbiavimo tinklas
country-network-lead = Kas su kuo susijęs, kaip aprašė respondentai: subjektai nuspalvinti pagal sektorių, o jų dydis rodo, kaip dažnai jie yra tarp dviejų kitų. Toliau pateiktoje lentelėje tie patys duomenys pateikti tekstu.
country-network-files = Atsisiųsti: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Subjektas
network-col-degree = Partneriai
network-col-betweenness = Tarpiškumas
network-col-broker = Tarpininkas
network-density = { $nodes ->
    [one] { $nodes } subjektas, turintis ryšių
    [few] { $nodes } subjektai, turintys ryšių
    [many] { $nodes } subjekto, turinčio ryšių
   *[other] { $nodes } subjektų, turinčių ryšių
}, { $edges ->
    [one] { $edges } susieta pora
    [few] { $edges } susietos poros
    [many] { $edges } susietos poros
   *[other] { $edges } susietų porų
}; tankis { $density }; valstybinio sektoriaus ir pilietinės visuomenės ryšių: { $gov_civil }
compare-with = Palyginti su redakcija
compare-baseline = 2013 m. pradinė būklė
compare-button = Palyginti
compare-since = Kas pasikeitė nuo redakcijos { $from } iki redakcijos { $to }
compare-nothing = Niekas nepasikeitė.
compare-revision = Redakcija { $revision }
compare-not-in-revision = šioje redakcijoje nėra
compare-not-recorded = Neužfiksuota
insight-compare-count = { $count ->
    [one] Pasikeitė { $count } langelis.
    [few] Pasikeitė { $count } langeliai.
    [many] Pasikeitė { $count } langelio.
   *[other] Pasikeitė { $count } langelių.
}
insight-compare-table = Lentelė
insight-compare-row = Eilutė
network-region-title = Regiono bendradarbiavimo tinklas
network-country-title = Bendradarbiavimo tinklas: { $country }
network-region-lead = Visų šalių bendradarbiavimo ryšiai viename tinkle, kaip juos aprašė respondentai. Ataskaitoje ryšiai niekada nekerta sienų, todėl kiekviena šalis pavaizduota atskirame skydelyje: subjektai nuspalvinti pagal sektorių, jų dydis rodo, kaip dažnai jie yra tarp dviejų kitų savo šalies subjektų, o svarbiausieji įvardyti. Lentelėse tie patys duomenys pateikti tekstu.
network-whole-region = visas regionas
network-files = Atsisiųsti
network-alt = { $scope }: { $nodes ->
    [one] { $nodes } subjektas, turintis ryšių
    [few] { $nodes } subjektai, turintys ryšių
    [many] { $nodes } subjekto, turinčio ryšių
   *[other] { $nodes } subjektų, turinčių ryšių
}, { $edges ->
    [one] { $edges } susieta pora
    [few] { $edges } susietos poros
    [many] { $edges } susietos poros
   *[other] { $edges } susietų porų
}; toliau pateiktose lentelėse nurodyti svarbiausi subjektai ir kiekvienos šalies rodikliai
network-summary = Subjektai, turintys ryšių: { $nodes } (be jokių ryšių: { $untied }); susietos poros: { $edges }; komponentės: { $components }; bendruomenės: { $communities }; tarpininkai: { $brokers }; tankis { $density }; valstybinio sektoriaus ir pilietinės visuomenės ryšiai: { $gov_civil } (tankis { $gov_civil_density }).
network-by-country = Pagal šalis
network-by-country-lead = Tie patys kiekvienos šalies tinklo matai: koks jis tankus, kaip gerai susieti valstybinis sektorius ir pilietinė visuomenė, į kiek dalių jis skyla ir kas jį laiko kartu.
network-by-country-legend = Tankis: susietų porų dalis iš visų galimų porų. Valstybinis sektorius–pilietinė visuomenė: valstybinio ir nevyriausybinio subjekto ryšiai ir jų dalis iš visų tokių galimų porų. Tarpininkai: subjektai, be kurių kai kurie subjektai praranda vienintelį kelią iki kitų.
network-actors-tied = Subjektai, turintys ryšių
network-col-untied = Be ryšių
network-col-ties = Susietos poros
network-col-density = Tankis
network-col-gov-civil = Valstybinio sektoriaus ir pilietinės visuomenės ryšiai
network-col-gov-civil-density = Valstybinio sektoriaus ir pilietinės visuomenės ryšių tankis
network-col-components = Komponentės
network-col-communities = Bendruomenės
network-col-brokers = Tarpininkai
network-col-sector = Sektorius
network-col-weighted = Ryšiai
network-col-closeness = Artumas
network-central = Svarbiausi subjektai
network-central-lead = Pagal tarpiškumą: kokia dalis trumpiausių kelių tarp kitų tos pačios šalies subjektų eina per subjektą (jo šalies tinkle, kad būtų galima palyginti mažų ir didelių šalių subjektus), tada pagal artumą: kaip arti subjektas yra visų kitų, kuriuos gali pasiekti.
network-connected = Daugiausia ryšių turintys subjektai
network-partners-ties = { $degree ->
    [one] { $degree } partneris
    [few] { $degree } partneriai
    [many] { $degree } partnerio
   *[other] { $degree } partnerių
}, { $ties ->
    [one] { $ties } ryšys
    [few] { $ties } ryšiai
    [many] { $ties } ryšio
   *[other] { $ties } ryšių
}
network-communities = Bendruomenės
network-communities-lead = Subjektų grupės, tarpusavyje susijusios glaudžiau nei su kitais (Louvain metodas, iš viso – { $count }), pradedant didžiausia, su geriausiai susietais nariais.
network-community-size = { $count ->
    [one] { $count } subjektas
    [few] { $count } subjektai
    [many] { $count } subjekto
   *[other] { $count } subjektų
}
network-compare-counts = { $ties_added ->
    [one] Pridėta { $ties_added } susieta pora
    [few] Pridėtos { $ties_added } susietos poros
    [many] Pridėta { $ties_added } susietos poros
   *[other] Pridėta { $ties_added } susietų porų
}, pašalinta: { $ties_removed }; { $actors_added ->
    [one] prie tinklo prisijungė { $actors_added } subjektas
    [few] prie tinklo prisijungė { $actors_added } subjektai
    [many] prie tinklo prisijungė { $actors_added } subjekto
   *[other] prie tinklo prisijungė { $actors_added } subjektų
}, jį paliko: { $actors_removed }.
network-ties-added = Pridėti ryšiai
network-ties-removed = Pašalinti ryšiai
network-ties-changed = Pakeisti ryšiai
network-tie-weight = { $from ->
    [one] { $from } ryšys
    [few] { $from } ryšiai
    [many] { $from } ryšio
   *[other] { $from } ryšių
} ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Prie tinklo prisijungę subjektai
network-actors-removed = Tinklą palikę subjektai
network-centrality-changed = Subjektai, kurių padėtis pasikeitė
country-network-compare = Palyginti šį tinklą su kita redakcija
network-all-measures = Visi matai
insight-charts = Diagramos
insight-charts-lead = Tie patys duomenys grafiškai; kiekvienoje diagramoje skaičiai pateikti tekstu (jos antraštėje ir aprašyme) ir anksčiau pateiktose lentelėse.
insight-chart-participation = Pakviesti ir klausimyną užpildę respondentai pagal šalis (jei skyriuje pateiktas skaičius)
insight-chart-mechanisms = Mechanizmai pagal šalis ir būseną
insight-chart-limitations = Skyriuose nurodyti apribojimai pagal šalis ir kategorijas
country-network-alt = Bendradarbiavimo tinklas: { $country }; { $nodes ->
    [one] { $nodes } subjektas, turintis ryšių
    [few] { $nodes } subjektai, turintys ryšių
    [many] { $nodes } subjekto, turinčio ryšių
   *[other] { $nodes } subjektų, turinčių ryšių
}, { $edges ->
    [one] { $edges } susieta pora
    [few] { $edges } susietos poros
    [many] { $edges } susietos poros
   *[other] { $edges } susietų porų
}; toliau pateiktoje lentelėje nurodyti svarbiausi subjektai

## Generated national reports (domain insight::national; the PDF, Markdown and the page)
nr-title-country = { $country }: kovos su prekyba žmonėmis darbo išnaudojimo tikslais subjektai
nr-title-region = Kovos su prekyba žmonėmis darbo išnaudojimo tikslais subjektai Baltijos jūros regione
nr-subtitle = Sugeneruota OpenNRM iš atlaso redakcijos { $revision } ({ $label }, { $date })
nr-preface = Ši ataskaita sugeneruota iš OpenNRM atlaso, kuriame saugomi ataskaitos „{ $report }“ faktai ir vėlesni pakeitimai, kiekvienas su savo šaltiniu. Ji atitinka ataskaitos šalių skyrių struktūrą; jos išvados gautos atlikus spragų analizę.
nr-preface-sources = Maži viršutiniai skaičiai nurodo šaltinius pabaigoje: ataskaitos dalį, eilutę ir pažodinę citatą, kuria grindžiamas teiginys, ir respondentą, kuris tai teigė, jei jį įvardija ataskaitos išnaša. Teiginys be skaičiaus apskaičiuotas iš šalia pateiktų faktų.
nr-contents = Turinys
nr-sources = Šaltiniai
nr-figure = Paveikslas
nr-table = Lentelė
nr-page = Puslapis
nr-line = eilutė
nr-said-by = 2012 m. klausimynas:
nr-source-of = Šaltinis
nr-executive-summary = Santrauka
nr-summary-region = Regionas
nr-summary-data = Atlase: { $actors ->
    [one] { $actors } subjektas
    [few] { $actors } subjektai
    [many] { $actors } subjekto
   *[other] { $actors } subjektų
} ir { $ties ->
    [one] { $ties } bendradarbiavimo ryšys
    [few] { $ties } bendradarbiavimo ryšiai
    [many] { $ties } bendradarbiavimo ryšio
   *[other] { $ties } bendradarbiavimo ryšių
}; veikia { $mechanisms } iš { $kinds ->
    [one] { $kinds } mechanizmų rūšies
    [few] { $kinds } mechanizmų rūšių
    [many] { $kinds } mechanizmų rūšies
   *[other] { $kinds } mechanizmų rūšių
} (oficialūs arba funkciniai atitikmenys); spragų analizė nustato { $gaps ->
    [one] { $gaps } užfiksuotą spragą
    [few] { $gaps } užfiksuotas spragas
    [many] { $gaps } užfiksuotos spragos
   *[other] { $gaps } užfiksuotų spragų
} ir { $unrecorded ->
    [one] { $unrecorded } klausimą, kurio ataskaita neužfiksuoja.
    [few] { $unrecorded } klausimus, kurių ataskaita neužfiksuoja.
    [many] { $unrecorded } klausimo, kurio ataskaita neužfiksuoja.
   *[other] { $unrecorded } klausimų, kurių ataskaita neužfiksuoja.
}
nr-part-findings = Tyrimo rezultatai
nr-part-actors = Subjektai ir įgaliojimai
nr-part-cooperation = Bendradarbiavimas
nr-part-policy = Politika ir teisės aktai
nr-part-mechanisms = Mechanizmai
nr-part-limitations = Iššūkiai ir apribojimai
nr-part-conclusions = Išvados
nr-part-organisations = Susiję departamentai ir organizacijos
nr-participation = Iš { $invited ->
    [one] { $invited } subjekto, pakviesto
    [few] { $invited } subjektų, pakviestų
    [many] { $invited } subjekto, pakviesto
   *[other] { $invited } subjektų, pakviestų
} dalyvauti tyrime, klausimyną užpildė { $completed }.
nr-participation-completed = Klausimyną užpildė { $completed ->
    [one] { $completed } subjektas
    [few] { $completed } subjektai
    [many] { $completed } subjekto
   *[other] { $completed } subjektų
}.
nr-participation-invited = Dalyvauti tyrime { $invited ->
    [one] pakviestas { $invited } subjektas
    [few] pakviesti { $invited } subjektai
    [many] pakviesta { $invited } subjekto
   *[other] pakviesta { $invited } subjektų
}.
nr-respondents = Atlase užfiksuoti respondentai: pakviesta – { $invited }, užpildė – { $completed } (visą klausimyną – { $full }, alternatyvius klausimus – { $alternative }), atsisakė – { $declined }, neatsakė – { $noreply }.
nr-ambiguities = Kur ataskaita neaiški
nr-actors-summary = Atlase { $actors ->
    [one] užfiksuotas { $actors } subjektas
    [few] užfiksuoti { $actors } subjektai
    [many] užfiksuota { $actors } subjekto
   *[other] užfiksuota { $actors } subjektų
} ir { $mandates ->
    [one] { $mandates } jų turimas įgaliojimas
    [few] { $mandates } jų turimi įgaliojimai
    [many] { $mandates } jų turimo įgaliojimo
   *[other] { $mandates } jų turimų įgaliojimų
}; toliau kiekvienas subjektas pateiktas su savo įgaliojimais.
nr-governmental = Valstybiniai
nr-non-governmental = Nevyriausybiniai
nr-part-of = priklauso: { $parent }
nr-mandate-denied = Neturi: { $capability }
nr-labour-mandate-yes = apima prekybą žmonėmis darbo išnaudojimo tikslais
nr-labour-mandate-no = neapima prekybos žmonėmis darbo išnaudojimo tikslais
nr-no-ties = Ataskaitoje neaprašytas joks subjektų bendradarbiavimas.
nr-network-summary = { $ties ->
    [one] Ataskaitoje aprašytas { $ties } bendradarbiavimo ryšys
    [few] Ataskaitoje aprašyti { $ties } bendradarbiavimo ryšiai
    [many] Ataskaitoje aprašyta { $ties } bendradarbiavimo ryšio
   *[other] Ataskaitoje aprašyta { $ties } bendradarbiavimo ryšių
} tarp { $pairs ->
    [one] { $pairs } subjektų poros
    [few] { $pairs } subjektų porų
    [many] { $pairs } subjektų poros
   *[other] { $pairs } subjektų porų
}; ryšių turi { $actors ->
    [one] { $actors } subjektas
    [few] { $actors } subjektai
    [many] { $actors } subjekto
   *[other] { $actors } subjektų
}, neturi – { $untied }. Tinklo tankis: { $density }.
nr-gov-civil = Tarp valstybinio sektoriaus ir pilietinės visuomenės: { $ties ->
    [one] { $ties } susieta pora
    [few] { $ties } susietos poros
    [many] { $ties } susietos poros
   *[other] { $ties } susietų porų
}, t. y. tankis { $density } iš galimų porų tarp šių dviejų grupių.
nr-gov-civil-none = Tinkle nėra ryšio tarp valstybinio sektoriaus ir pilietinės visuomenės arba vienoje pusėje nėra subjekto, turinčio ryšių.
nr-brokers = Tarpininkai (be jų kai kurie subjektai praranda vienintelį kelią iki kitų): { $names }.
nr-network-title = Bendradarbiavimo tinklas: { $country }
nr-network-caption = Bendradarbiavimo tinklas: { $country }. Subjektai nuspalvinti pagal sektorių, jų dydis rodo tarpiškumą; rodyklės žymi vienpusius ryšius.
nr-network-alt = Tinklo brėžinys: { $actors ->
    [one] { $actors } subjektas
    [few] { $actors } subjektai
    [many] { $actors } subjekto
   *[other] { $actors } subjektų
} ir { $pairs ->
    [one] { $pairs } susieta pora
    [few] { $pairs } susietos poros
    [many] { $pairs } susietos poros
   *[other] { $pairs } susietų porų
}, { $components ->
    [one] { $components } susijusi dalis
    [few] { $components } susijusios dalys
    [many] { $components } susijusios dalies
   *[other] { $components } susijusių dalių
}; šio skyriaus lentelėse tie patys duomenys pateikti tekstu.
nr-central-caption = Subjektai, labiausiai jungiantys kitus (tarpiškumas)
nr-ties-caption = Bendradarbiavimo ryšiai, kaip juos aprašo ataskaita
nr-col-actor = Subjektas
nr-col-sector = Sektorius
nr-col-partners = Partneriai
nr-col-betweenness = Tarpiškumas
nr-col-from = Nuo
nr-col-to = Kam
nr-col-kind = Rūšis
nr-col-direction = Kryptis
nr-col-mechanism = Mechanizmas
nr-col-status = Būsena
nr-col-name = Kaip pavadinta ataskaitoje
nr-col-focus = Dėmesio sritis
nr-col-holder = Vadovauja
nr-col-category = Apribojimas
nr-col-respondents = Respondentai
nr-col-statement = Ką teigia ataskaita
nr-col-capability = Įgaliojimas
nr-col-rule = Spragų taisyklė
nr-no-documents = Skyriuje nenurodyta jokios politikos ar teisės aktų.
nr-mechanisms-intro = Kiekviena mechanizmų rūšis, kurios ieškoma ataskaitoje, su tuo, ką nurodo skyrius; nepaminėta rūšis pažymėta „neužfiksuota“.
nr-mechanisms-caption = Mechanizmai: { $country }
nr-state-formal = oficialus
nr-state-functional_equivalent = funkcinis atitikmuo
nr-state-expired = nebegalioja
nr-state-absent = nėra
nr-state-not_recorded = neužfiksuota
nr-no-limitations = Skyriuje nenurodyta jokių iššūkių ar apribojimų.
nr-limitations-caption = Iššūkiai ir apribojimai pagal kategoriją: { $country }
nr-limitations-alt = Stulpelinė diagrama, rodanti skyriuje apie šalį „{ $country }“ nurodytus apribojimus pagal kategoriją; toliau pateiktoje lentelėje – tie patys duomenys.
nr-limitations-alt-counted = Stulpelinė diagrama, rodanti, kiek respondentų šalyje „{ $country }“ pasirinko kiekvieną apribojimą; toliau pateiktoje lentelėje – tie patys duomenys.
nr-limitations-table = Skyriuje nurodyti apribojimai
nr-gap-heading = Ką nustato spragų analizė
nr-gap-intro = Kiekvienas pastebėjimas gautas atlasui pritaikius įvardytą taisyklę (žr. spragų analizės puslapius); jo šaltiniai – faktai, kuriais jis grindžiamas. „Neužfiksuota“ žymi tai, apie ką ataskaita nieko neteigia nei viena, nei kita linkme.
nr-involve = įtraukti: { $names }
nr-recommendations = Ataskaitos rekomendacijos
nr-organisations-participated = Pakviesti subjektai, dalyvavę tyrime
nr-organisations-invited_not_participated = Kiti pakviesti subjektai
nr-organisations-mentioned = Kiti respondentų paminėti subjektai
nr-comparison = Regioninis palyginimas
nr-comparison-intro = Vienuolika šalių šalia viena kitos, apskaičiuota iš kiekvieno skyriaus faktų. Ženklai: { $legend }.
nr-comparison-mechanisms = Mechanizmai pagal šalis
nr-chart-mechanisms-caption = Mechanizmai pagal šalis ir būseną
nr-chart-mechanisms-alt = Stulpelinė diagrama, rodanti, kiek mechanizmų rūšių turi kiekviena šalis, pagal būseną; aukščiau pateiktoje lentelėje – tie patys duomenys.
nr-comparison-mandates-title = Įgaliojimai
nr-comparison-mandates-intro = Kiek subjektų kiekvienoje šalyje turi kiekvieną įgaliojimą; ✗ – kai ataskaita teigia, kad vienintelis jos įvardytas subjektas šio įgaliojimo neturi, tuščia – kai neįvardytas nė vienas.
nr-comparison-mandates = Subjektai, turintys kiekvieną įgaliojimą, pagal šalis
nr-comparison-sectors-title = Subjektai mechanizmuose
nr-comparison-sectors-intro = Kokių rūšių subjektai dalyvauja veikiančiame mechanizme: ✓ – bent vienas dalyvauja, ○ – šalyje tokių subjektų yra, bet nė vienas nedalyvauja, tuščia – atlase tokių neužfiksuota.
nr-comparison-sectors = Subjektų rūšys veikiančiame mechanizme pagal šalis
nr-comparison-limitations-intro = Iššūkiai ir apribojimai pagal kategoriją: respondentų, pasirinkusių kategoriją, skaičius, jei skyriuje jis pateiktas, • – jei skyriuje kategorija nurodyta be skaičiaus.
nr-comparison-limitations = Apribojimai pagal šalis
nr-chart-limitations-caption = Skyriuose nurodyti apribojimai pagal šalis ir kategorijas
nr-chart-limitations-alt = Stulpelinė diagrama, rodanti kiekviename skyriuje nurodytus apribojimus pagal kategoriją; aukščiau pateiktoje lentelėje – skaičiai.
nr-chart-participation-caption = Pakviesti ir klausimyną užpildę respondentai pagal šalis
nr-chart-participation-alt = Stulpelinė diagrama, rodanti, kiek subjektų kiekvienoje šalyje buvo pakviesta ir kiek užpildė klausimyną, jei skyriuje pateiktas skaičius.
nr-comparison-gaps-title = Spragos regione
nr-comparison-gaps-intro = Kiekviena spragų analizės taisyklė kiekvienoje šalyje: ● – užfiksuota spraga, ○ – neužfiksuota nei viena, nei kita linkme, i – pastaba (ne spraga), tuščia – taisyklė nieko nenustato.
nr-comparison-gaps = Spragų analizės pastebėjimai pagal taisyklę ir šalį
nr-download = Atsisiųsti:
nr-link = Sugeneruota ataskaita
nr-link-lead = Šios šalies skyrius, atkurtas iš atlaso – tyrimo rezultatai, subjektai ir įgaliojimai, bendradarbiavimas, mechanizmai, apribojimai, spragų analizės išvados – kiekvienam teiginiui nurodant šaltinį.
nr-read = Skaityti ataskaitą
insight-report = Sugeneruota regiono ataskaita
insight-report-lead = Visas tyrimas, atkurtas iš atlaso: santrauka, kiekvienos šalies skyrius ir regioninis palyginimas, kiekvienam teiginiui nurodant šaltinį.

## Referral (cases, consent, pathways)
nav-cases = Atvejai
cases-title = Atvejai ir nukreipimai
cases-lead = Jūsų organizacijos pradėti atvejai ir į ją nukreipti nukreipimai. Asmens duomenys užšifruoti ir rodomi tik tiems, kuriems jų reikia; kiekvienas jų peržiūrėjimas registruojamas.
cases-open = Pradėti atvejį
cases-screen-first = arba pirmiausia atlikti situacijos patikrą
cases-inbox = Nukreipimai jūsų organizacijai
cases-country-referrals = Nukreipimai jūsų šalyje
cases-inbox-empty = Nukreipimų nėra.
cases-mine = Jūsų organizacijos pradėti atvejai
cases-none = Atvejų dar nėra.
case-reference = Atvejis
case-action = Veiksmas
case-from = Nuo
case-to = Kam
case-state = Būsena
case-sent = Išsiųsta
case-deadline = Terminas
case-exploitation = Išnaudojimo forma
case-persons = Asmenys
case-anonymised = Nuasmeninta { $date }: baigėsi saugojimo laikotarpis, todėl vardai, pavardės, gimimo datos, pilietybės, kontaktai, pastabos ir pranešimai sunaikinti. Statistikai skaičiuojami duomenys lieka.
case-level = Patikros lygis
case-opened = Pradėtas
case-updated = Paskutinis pakeitimas
case-new-title = Pradėti atvejį
case-new-lead = Užfiksuokite situaciją ir susijusius asmenis. Asmenį įveskite atskirai, kai jo kelias skiriasi (nepilnametis tarp suaugusiųjų); tą patį kelią turinčių asmenų grupė gali būti viena eilutė be vardų.
case-new-from-screening = Prie šio atvejo pridėta jūsų atlikta patikra: { $level }.
case-situation = Situacija
case-work-sector = Darbo sektorius
case-region = Regionas
case-persons-help = Norėdami praleisti eilutę, palikite asmens teisinio statuso lauke „asmens nėra“. Asmeniniai laukai neprivalomi: užfiksuokite tik tai, ko reikia nukreipimui.
case-person-n = Asmuo { $n }
case-no-person = asmens nėra
case-residence = Teisinis statusas šalyje
case-age = Amžiaus grupė
case-count = Asmenų, turinčių šį kelią, skaičius
case-gender = Lytis
case-nationality-group = Pilietybės grupė (saugoma statistikai)
case-name = Vardas ir pavardė arba slapyvardis
case-birth-date = Gimimo data
case-nationality = Pilietybė
case-contact = Kontaktai
case-encrypted = Vardai, pavardės, gimimo datos, pilietybės, kontaktai, pastabos ir pranešimai prieš saugojimą užšifruojami kiekvienas laukas atskirai.
case-title = Atvejis { $reference }
view-owner = Šį atvejį nustatė jūsų organizacija: matote jį visą.
view-receiver = Šis atvejis nukreiptas jūsų organizacijai: matote situaciją ir tik tai, ko reikia jūsų veiksmui.
view-oversight = Nacionalinio koordinatoriaus vaizdas: atvejis ir jo nukreipimai be asmens duomenų.
case-identified-by = Nustatė
case-not-screened = patikra neatlikta
case-group-of = { $count ->
    [one] { $count } asmens grupė
    [few] { $count } asmenų grupė
    [many] { $count } asmens grupė
   *[other] { $count } asmenų grupė
}
case-withheld = Jūsų organizacijai nerodoma: { $fields }.
case-consent = Sutikimas
case-no-consent = Sutikimas dar neužfiksuotas. Asmenį, kuris visko atsisako, vis tiek galima įskaičiuoti anonimiškai.
case-person = Asmuo
case-purpose = Reikalingas sutikimas
case-method = Kaip duotas
case-recorded = Užfiksuotas
case-withdrawn = Atšauktas
case-withdraw = Atšaukti
case-share-with = Organizacija (tik dalijimuisi)
case-record-consent = Užfiksuoti sutikimą
case-proposals = Siūlomi nukreipimai
case-proposals-lead = Ko šalies nukreipimo kelias reikalauja kiekvienam asmeniui, su priežastimi ir ataskaitos žodžiais. Pažymėkite tuos, kuriuos norite išsiųsti.
case-see-pathway = Žiūrėti visą nukreipimo kelią.
case-no-proposals = Šiai situacijai nukreipimo kelias nesiūlo jokio nukreipimo.
case-undefined-route = Ataskaitoje šis kelias neapibrėžtas; vietoj jo siūlomas koordinatorius.
case-because = Nes:
case-consent-on-record = Užfiksuotas sutikimas: { $purpose }.
case-consent-missing = Trūksta sutikimo: { $purpose }. Užfiksuokite jį prieš siųsdami.
case-message = Pranešimas gaunančioms organizacijoms (neprivaloma)
case-send = Siųsti pažymėtus nukreipimus
case-referrals = Nukreipimai
case-no-referrals = Nukreipimų dar neišsiųsta.
case-until = iki { $date }
case-until-label = Apmąstymo laikotarpio pabaiga (jei suteiktas)
case-reason = Priežastis
case-outcome = Rezultatas
case-notes = Pastabos
case-add-note = Pridėti pastabą
case-seen-by = Kas matė asmens duomenis
case-when = Kada
case-who = Kas
case-what = Ką
pathway-title = Nukreipimo kelias: { $country }
pathway-lead = Kam nukreipti? 2013 m. ataskaitoje aprašyti keliai, kiekvienas su šaltiniu. Jei ataskaitoje kelias neapibrėžtas, tai nurodoma ir siūlomas koordinatorius.
pathway-coordinator-formal = Nacionalinis koordinatorius:
pathway-coordinator-closest = Nacionalinio koordinatoriaus nėra; institucija, kurią ataskaita įvardija kaip artimiausią šiam vaidmeniui:
pathway-undefined-count = { $count ->
    [one] Ataskaitoje neapibrėžtas { $count } kelias.
    [few] Ataskaitoje neapibrėžti { $count } keliai.
    [many] Ataskaitoje neapibrėžta { $count } kelio.
   *[other] Ataskaitoje neapibrėžta { $count } kelių.
}
pathway-rules = Keliai ir jų šaltiniai
pathway-when = Kada
pathway-source = Šaltinis
pathway-undefined = ataskaitoje neapibrėžta
pathway-any-case = bet kuris atvejis
pathway-from-level = patikros lygis ne žemesnis nei „{ $level }“
pathway-from-sector = nukreipia: { $sectors }
pathway-no-consent = Šiam keliui sutikimo nereikia.
pathway-days = { $days ->
    [one] { $days } diena
    [few] { $days } dienos
    [many] { $days } dienos
   *[other] { $days } dienų
}
pathway-link = Nukreipimo kelias: kam nukreipti?
residence-legal_resident = teisėtai gyvenantis asmuo
residence-eu_citizen = ES pilietis
residence-irregular_migrant = neteisėtas migrantas
residence-asylum_seeker = prieglobsčio prašytojas
age-adult = suaugęs
age-minor = nepilnametis
age-unknown = amžius nežinomas
gender-female = moteris
gender-male = vyras
gender-other = kita
gender-unknown = nežinoma
nationality_group-national = šios šalies pilietis
nationality_group-eu_eea = ES / EEE pilietis
nationality_group-third_country = trečiosios šalies pilietis
nationality_group-unknown = nežinoma
exploitation-labour_exploitation = Darbo išnaudojimas
exploitation-forced_labour = Priverstinis darbas
exploitation-forced_begging = Priverstinis elgetavimas
exploitation-forced_criminality = Priverstinė nusikalstama veika
exploitation-domestic_servitude = Namų vergovė
exploitation-sexual_exploitation = Seksualinis išnaudojimas
exploitation-other = Kita
work-agriculture = Žemės ūkis
work-construction = Statyba
work-manufacturing = Gamyba
work-hospitality = Restoranai ir viešbučiai
work-cleaning = Valymas
work-domestic_work = Namų ūkio darbai
work-fishing = Žvejyba
work-forestry = Miškininkystė ir uogavimas
work-transport = Transportas
work-care = Priežiūra
work-other = Kita
action-investigate = Ikiteisminis tyrimas
action-inspect = Darbo inspekcijos patikrinimas
action-determine_victim_status = Aukos statusas
action-grant_reflection_period = Apmąstymo laikotarpis
action-decide_residence_permit = Leidimas gyventi
action-provide_assistance = Pagalba
action-child_protection = Vaiko teisių apsauga
action-repatriation = Repatriacija
purpose-referral_assistance = nukreipimas į pagalbos sistemą
purpose-police_contact = kontaktas su policija
purpose-share_with_organisation = dalijimasis duomenimis su nurodyta organizacija
purpose-support_services = pagalbos paslaugos
purpose-statistics = naudojimas statistikai
method-signed_form = pasirašyta forma
method-oral_with_witness = žodžiu, dalyvaujant liudytojui
method-via_interpreter = per vertėją
field-name = vardas ir pavardė
field-birth_date = gimimo data
field-nationality = pilietybė
field-contact = kontaktai
field-notes = pastabos
field-messages = pranešimai
state-sent = išsiųstas
state-acknowledged = gavimas patvirtintas
state-accepted = priimtas
state-declined = atmestas
state-decided = priimtas sprendimas
state-closed = užbaigtas
step-send = Išsiųsta
step-acknowledge = Patvirtinti gavimą
step-accept = Priimti
step-decline = Atmesti
step-decide = Užfiksuoti rezultatą
step-close = Užbaigti
step-consent_withdrawn = Sutikimas atšauktas
outcome-presumed_victim = tikėtina auka
outcome-confirmed_victim = patvirtinta auka
outcome-not_a_victim = ne auka
outcome-reflection_period_granted = suteiktas apmąstymo laikotarpis
outcome-residence_permit_granted = išduotas leidimas gyventi
outcome-residence_permit_refused = atsisakyta išduoti leidimą gyventi
outcome-assistance_started = pradėta teikti pagalba
outcome-investigation_opened = pradėtas ikiteisminis tyrimas
outcome-child_protection_started = pradėta vaiko teisių apsauga
outcome-inspection_carried_out = atliktas patikrinimas
cases-open-from-screening = Pradėti atvejį su šia patikra
pathway-open = Kas gauna atvejį ir kam, remiantis ataskaita
statistics-title = Statistika
statistics-lead = Nuasmeninti OpenNRM užfiksuotų atvejų skaičiai pagal šalis. Joks įrašas niekada nerodomas: kiekvienas skaičius, mažesnis nei { $k } (išskyrus nulį), slepiamas, kaip ir kiekvienas skaičius, iš kurio tokį būtų galima apskaičiuoti.
statistics-measures = Kas skaičiuojama
statistics-downloads = Atsisiųsti:
statistics-htcds = pagal Prekybos žmonėmis atvejų duomenų standartą (Human Trafficking Case Data Standard, CSV)
statistics-suppressed-note = „–“ žymi paslėptą skaičių (mažesnį nei { $k } arba tokį, iš kurio toks skaičius būtų atskleistas). Nuliai rodomi.
statistics-total = Iš viso
statistics-all-countries = visos šalys
statistics-measure-persons = Nustatyti asmenys
statistics-measure-cases = Atvejai
statistics-measure-referrals = Nukreipimai
statistics-measure-decisions = Sprendimai
statistics-axis-persons = asmenys
statistics-axis-cases = atvejai
statistics-axis-referrals = nukreipimai
statistics-axis-decisions = sprendimai
statistics-dimension-year = Pagal metus
statistics-dimension-work_sector = Pagal darbo sektorių
statistics-dimension-exploitation = Pagal išnaudojimo formą
statistics-dimension-age_group = Pagal amžiaus grupę
statistics-dimension-gender = Pagal lytį
statistics-dimension-nationality_group = Pagal pilietybės grupę
statistics-dimension-residence = Pagal teisinį statusą šalyje
statistics-dimension-referring_sector = Pagal nustačiusios organizacijos sektorių
statistics-dimension-days_to_referral = Dienos nuo nustatymo iki pirmojo nukreipimo
statistics-dimension-days_to_decision = Dienos nuo nustatymo iki pirmojo sprendimo
statistics-dimension-screening_level = Pagal patikros lygį
statistics-dimension-action = Pagal tai, ko prašyta
statistics-dimension-state = Pagal dabartinę nukreipimo būseną
statistics-dimension-outcome = Pagal sprendimą
statistics-not_recorded = neužfiksuota
statistics-not_screened = patikra neatlikta
days-not_referred = dar nenukreipta
days-no_decision = sprendimo dar nėra
days-same_day = tą pačią dieną
days-1_to_7_days = 1–7 dienos
days-8_to_30_days = 8–30 dienų
days-31_to_90_days = 31–90 dienų
days-over_90_days = daugiau nei 90 dienų
nav-statistics = Statistika
jobs-title = Foninės užduotys
jobs-lead = Terminai, eskalavimai ir el. laiškai, kuriuos vykdo tas serverio mazgas, kuris juos perima pirmas. Nepavykusi užduotis kartojama vis ilgesniais intervalais, kol išnaudojami bandymai; tada ji lieka čia kaip nepavykusi, kol vėl įtrauksite ją į eilę.
jobs-none = Užduočių dar nėra.
jobs-kind = Užduotis
jobs-state = Būsena
jobs-attempts = Bandymai
jobs-due = Terminas
jobs-error = Paskutinė klaida
jobs-updated = Paskutinis pakeitimas
jobs-retry = Vėl įtraukti į eilę
job-escalation_sweep = Ieškoti nukreipimų, kurių gavimo patvirtinimo terminas praėjo
job-apply_retention = Nuasmeninti užbaigtus atvejus, kurių saugojimo laikotarpis baigėsi
job-send_email = Siųsti el. laišką
job-state-queued = eilėje
job-state-running = vykdoma
job-state-done = atlikta
job-state-failed = nepavyko
notifications-title = Pranešimai
notification-referral_unacknowledged = Nukreipimo gavimas laiku nepatvirtintas
notifications-open = Atidaryti atvejį
case-plan = Pagalbos planas
case-plan-empty = Pagalbos užduočių dar nėra.
case-plan-help = Skirkite užduotį paslaugų teikėjui, kurio įgaliojimai atlase ją apima. Asmuo turi būti davęs sutikimą dėl pagalbos paslaugų; teikėjas mato tik tai, ko reikia užduočiai (prieglobsčio namai: vardą ir kontaktus).
case-assistance = Pagalba
case-provider = Teikėjas
case-assign = Skirti užduotį
tasks-title = Pagalbos užduotys
tasks-lead = Jūsų organizacijai skirtos užduotys, su tik tais asmens duomenimis, kurių reikia kiekvienai iš jų. Pats atvejis lieka užduotį skyrusiai organizacijai.
tasks-none = Jūsų organizacijai neskirta jokių užduočių.
tasks-from = Skyrė: { $organisation }
assistance-accommodation = Apgyvendinimas
assistance-legal_aid = Teisinė pagalba
assistance-health_care = Sveikatos priežiūra
assistance-psychological_support = Psichologinė pagalba
assistance-interpreter = Vertėjas
assistance-subsistence = Pragyvenimo lėšos
assistance-reflection_period_support = Pagalba apmąstymo laikotarpiu
assistance-residence_permit_support = Pagalba dėl leidimo gyventi
assistance-repatriation = Repatriacija
assistance-return_and_reintegration = Grįžimas ir reintegracija
task-state-assigned = paskirta
task-state-in_progress = vykdoma
task-state-completed = atlikta
task-state-declined = atmesta
task-step-start = Pradėti
task-step-complete = Pažymėti kaip atliktą
task-step-decline = Atmesti
nav-tasks = Užduotys
nav-jobs = Foninės užduotys
notification-referral_overdue = Jūsų organizacijai skirtas nukreipimas laukia praėjus terminui: patvirtinkite jo gavimą
nav-inspections = Patikrinimai
inspections-title = Bendri patikrinimai
inspections-lead = Kelių institucijų kartu atliekami darbovietių patikrinimai, kiekvienai veikiant pagal savo teisinį pagrindą. Danijoje "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; ataskaitoje jie rekomenduojami kaip vienas iš būdų koordinuoti veiksmus ir geriau suprasti vieniems kitų darbą.
inspections-none = Jūsų organizacija dar nedalyvauja jokiame bendrame patikrinime.
inspection-title = Bendras patikrinimas
inspection-reference = Numeris
inspection-date = Data
inspection-agencies = Dalyvaujančios institucijos
inspection-agency = Institucija
inspection-state = Būsena
inspection-state-planned = suplanuotas
inspection-state-closed = atliktas ir užbaigtas
inspection-planned-by = suplanavo: { $organisation }
inspection-planned-by-label = Suplanavo
inspection-plan = Suplanuoti bendrą patikrinimą
inspection-plan-help = Pažymėkite bent dvi savo šalies institucijas ir nurodykite teisinį pagrindą, kuriuo kiekviena tikrina (mokesčių administratorius – mokesčių, darbo aplinkos institucija – saugos, policija – nusikaltimų). Patikrinimą matys tik pažymėtos institucijos.
inspection-when-where = Kada ir kur
inspection-takes-part = Dalyvauja
inspection-legal-basis = Teisinis pagrindas
inspection-plan-submit = Suplanuoti patikrinimą
inspection-findings = Patikrinimo rezultatai
inspection-no-findings = Nė viena institucija dar neužfiksavo rezultatų.
inspection-workers = { $met ->
    [one] sutiktas { $met } darbuotojas
    [few] sutikti { $met } darbuotojai
    [many] sutikta { $met } darbuotojo
   *[other] sutikta { $met } darbuotojų
}
inspection-screened = { $screened ->
    [one] { $screened } patikrintas
    [few] { $screened } patikrinti
    [many] { $screened } patikrinta
   *[other] { $screened } patikrinta
}
inspection-record-finding = Jūsų institucijos rezultatai
inspection-workers-met = Sutikti darbuotojai
inspection-workers-screened = Pagal rodiklius patikrinti darbuotojai
inspection-note = Ką nustatėte (mato tik dalyvaujančios institucijos; užšifruota)
inspection-record = Užfiksuoti rezultatus
inspection-cases = Pagal šį patikrinimą pradėti atvejai
inspection-no-cases = Pagal šį patikrinimą nepradėtas nė vienas atvejis.
inspection-open-case = Pradėti atvejį pagal šį patikrinimą
inspection-screen = Atlikti darbuotojo patikrą
inspection-in-atlas = Šio patikrinimo bendradarbiavimas užfiksuotas atlaso redakcijoje { $revision }.
inspection-see-diff = Žiūrėti, kas pasikeitė
inspection-close-help = Užbaikite patikrinimą, kai jis atliktas: tada atlase tarp kiekvienos dalyvaujančių institucijų poros užfiksuojamas bendro patikrinimo ryšys, kurio šaltinis – šis patikrinimas.
inspection-close = Užbaigti patikrinimą
case-from-inspection = Šis atvejis pradedamas pagal bendrą patikrinimą { $reference }.
case-inspection = Bendras patikrinimas
notification-decision_overdue = Jūsų organizacijai skirto nukreipimo sprendimo terminas praėjo: užfiksuokite sprendimą
notification-decision_escalated = Vėluojama priimti sprendimą dėl nukreipimo
notification-reflection_period_ending = Apmąstymo laikotarpis baigiasi per savaitę: suplanuokite tolesnius veiksmus
screening-for-inspection = Ši patikra atliekama per bendrą patikrinimą { $reference }; pagal jos rezultatą pradėtas atvejis bus susietas su patikrinimu.

## Survey (issue 11)
study-survey-link = Apklausa pagal bangas
survey-title = Apklausa
survey-lead = Žemėlapis atnaujinamas taip pat, kaip buvo parengtas 2013 m. tyrimas: klausimynas kiekvienos šalies subjektams, trumpa alternatyvi forma neturintiems įgaliojimų ir rekomendacijos – vienas respondentas nurodo kitą. 0 banga – 2012 m. tyrimas, nuskaitytas iš atlaso; šalia pateikti ataskaitoje nurodyti skaičiai.
survey-start = Pradėti bangą: { $country }
survey-wave-label = Bangos pavadinimas
survey-wave-label-example = pvz., 2027 m. atnaujinimas
survey-days-open = Kiek dienų galioja kvietimo nuorodos
survey-start-submit = Pradėti bangą
survey-waves = Bangos
survey-country = Šalis
survey-wave = Banga
survey-invited = Pakviesta
survey-completed = Užpildė
survey-short-form = Trumpa forma
survey-declined = Atsisakė
survey-no-reply = Neatsakė
survey-started = Pradėjo
survey-proposed = Pasiūlyta
survey-report-states = Ką nurodo ataskaita
survey-questionnaire = Klausimynas
survey-closes = Nuorodos galioja iki
survey-closed = uždaryta
survey-snowball-depth = Ilgiausia rekomendacijų grandinė
survey-by-sector = Pagal sektorių
survey-sector = Sektorius
survey-invitees = Kviestieji
survey-export-csv = Kviestieji CSV formatu
survey-export-graphml = Verbavimo medis GraphML formatu
survey-organisation = Organizacija
survey-contact = Kontaktinis asmuo
survey-email = El. paštas
survey-state = Būsena
survey-nominated-by = Rekomendavo
survey-link = Nuoroda
survey-state-proposed = pasiūlyta
survey-state-invited = pakviesta
survey-state-started = pradėta
survey-state-completed = užpildyta
survey-state-declined = atsisakyta
survey-form-full = klausimynas
survey-form-alternative = trumpa forma
survey-new-link = Nauja nuoroda
survey-issue-links = Išduoti nuorodas pasiūlytiems kviestiesiems
survey-add-invitee = Pridėti kviestąjį
survey-atlas-actor = Atlaso subjektas
survey-new-organisation-option = (kita organizacija, nurodyta toliau)
survey-new-organisation = Kita organizacija
survey-add-submit = Pridėti
survey-tree = Verbavimo medis
survey-tree-caption = Kiekvienas langelis – kviestasis (#eilės numeris, organizacija, būsena); linija eina nuo respondento iki jo rekomenduotų kontaktų. Aukščiau pateiktoje kviestųjų lentelėje – tie patys duomenys.
survey-links-title = Kvietimo nuorodos
survey-links-lead = Kiekviena nuoroda rodoma tik šį kartą: atsispausdinkite šį puslapį arba dabar nusiųskite kiekvieną nuorodą jos kviestajam. Saugomas tik kiekvienos nuorodos kontrolinis kodas, todėl pamestos nuorodos nebegalima parodyti – vietoj jos išduokite naują.
survey-links-none = Nė vienas kviestasis nelaukė nuorodos.
survey-back-to-wave = Atgal į bangą
survey-respond-title = Klausimynas apie prekybą žmonėmis darbo išnaudojimo tikslais
survey-respond-lead = Atsakote už organizaciją „{ $organisation }“ ({ $country }). Jūsų atsakymus mato tik nacionalinis koordinatorius, o į atlasą jie patenka tik po peržiūros.
survey-respond-closes = Ši nuoroda galioja iki { $date }.
survey-saved = Jūsų atsakymai išsaugoti. Galite sugrįžti naudodami tą pačią nuorodą, kol juos pateiksite.
survey-comment-on = Komentaras apie „{ $choice }“
survey-your-answer = Jūsų atsakymas
survey-more = Ką norėtumėte pridėti
survey-save = Išsaugoti ir grįžti vėliau
survey-submit = Pateikti atsakymus
survey-short-help = Neturite patirties, įgaliojimų ar žinių atsakyti į šiuos klausimus? Keli trumpi alternatyvūs klausimai klausia apie jūsų darbą.
survey-full-help = Turite patirties atsakyti į visą klausimyną? Galite grįžti atgal.
survey-switch-short = Verčiau atsakyti į trumpus klausimus
survey-switch-full = Verčiau atsakyti į visą klausimyną
survey-decline = Atsisakyti dalyvauti
survey-nominate = Ko dar turėtume paklausti?
survey-nominate-help = Nurodykite asmenį, kurio organizacija dirba arba galėtų dirbti prekybos žmonėmis darbo išnaudojimo tikslais srityje: koordinatorius nuspręs, ar jį pakviesti.
survey-nominee-name = Asmens vardas ir pavardė
survey-why = Kodėl jis svarbus
survey-nominate-submit = Rekomenduoti
survey-done-title = Ačiū
survey-done-thanks = Jūsų atsakymai pateikti. Ši nuoroda klausimyno nebeatidaro.
survey-declined-thanks = Atsisakėte dalyvauti. Ši nuoroda klausimyno nebeatidaro.
survey-review = Peržiūra: nuo atsakymų iki atlaso
survey-review-help = Užpildyti atsakymai siūlo atlaso pakeitimus: respondentas, kuris atsako už atlaso subjektą, siūlo ryšius su savo nurodytais partneriais ir savo pažymėtus įgaliojimus; bet kuris respondentas siūlo mechanizmus, kurie, jo teigimu, veikia. Atsakymai apie tą patį faktą rodomi kartu, kartu nurodant ir tuos, kurie į tą patį klausimą atsakė jo nepaminėję. Priimkite pasiūlymą (kitokios nei pasiūlyta bendradarbiavimo rūšies ar vertinimo pasirinkimas užfiksuojamas kaip pataisa) arba jį atmeskite; priimtas pasiūlymas į atlasą įtraukiamas kaip nauja redakcija, kurioje šalia ataskaitos citatų cituojamas atsakymas.
survey-see-diff = Kas pasikeitė nuo 2013 m.
survey-no-proposals = Nė vienas užpildytas atsakymas dar nesiūlo jokio pakeitimo.
survey-fact-tie = Bendradarbiavimas
survey-fact-mandate = Įgaliojimas
survey-fact-mechanism = Mechanizmas
survey-conflicting = atsakymai skiriasi
survey-named-by = { $count ->
    [one] nurodė { $count } respondentas
    [few] nurodė { $count } respondentai
    [many] nurodė { $count } respondento
   *[other] nurodė { $count } respondentų
}
survey-answered-without = { $count ->
    [one] { $count } respondentas atsakė jo nepaminėjęs
    [few] { $count } respondentai atsakė jo nepaminėję
    [many] { $count } respondento atsakė jo nepaminėję
   *[other] { $count } respondentų atsakė jo nepaminėję
}
survey-not-in-atlas = neužfiksuota
survey-mandate-held = turi
survey-mandate-denied = nurodyta, kad neturi
survey-grade = Vertinimas
survey-limitations-help = { $count ->
    [one] Skaičiuojama iš { $count } respondento, užpildžiusio visą klausimyną.
    [few] Skaičiuojama iš { $count } respondentų, užpildžiusių visą klausimyną.
    [many] Skaičiuojama iš { $count } respondento, užpildžiusio visą klausimyną.
   *[other] Skaičiuojama iš { $count } respondentų, užpildžiusių visą klausimyną.
} Priimtas skaičius įtraukiamas į atlasą kaip apribojimas, cituojant šią bangą; ataskaitos skaičiai lieka nepakeisti.
survey-reminders = Priminimai
survey-send-reminders = Priminti neatsakiusiems
survey-reminders-help = Kiekvienas gauna naują nuorodą (ankstesnė nebegalioja); tai, ką jie išsaugojo, lieka.
survey-in-atlas = Jau yra atlase
survey-decision = Sprendimas
survey-decision-accepted = priimtas
survey-decision-edited = priimtas su kita rūšimi
survey-decision-rejected = atmestas
survey-in-revision = redakcija { $revision }
survey-kind = Rūšis
survey-accept = Priimti
survey-reject = Atmesti
survey-limitations = Darbą ribojantys veiksniai
survey-limitation = Apribojimas
survey-respondents-naming = Jį nurodę respondentai
survey-emailed = El. paštu
survey-emailed-yes = išsiųsta

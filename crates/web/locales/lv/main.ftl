# Machine-drafted translation, not yet reviewed by a national reviewer.

# OpenNRM user interface, Latvian. Keys are grouped by page; vocabulary labels follow
# the pattern <vocabulary>-<value> so the code can look them up from the data.

# The language's own name, for the language switcher, and whether a national reviewer has
# confirmed this translation (yes / no): pages show a "not yet reviewed" mark where not.
language-name = Latviešu
translation-reviewed = no
language-switcher = Valoda
nav-main = Galvenā izvēlne
translation-unreviewed = Šis tulkojums ir mašīntulkojums, un valsts recenzents to vēl nav pārbaudījis. Noteicošais ir teksts angļu valodā.

site-name = OpenNRM
site-tagline = Kas identificē un nosūta darba ekspluatācijas nolūkā veiktas cilvēku tirdzniecības upurus un sniedz viņiem palīdzību
nav-countries = Valstis
nav-search = Meklēšana
nav-api = API
nav-about = Par datiem
skip-to-content = Pāriet uz saturu
footer-source = Dati: { $report }.
footer-licence = OpenNRM ir brīva programmatūra. Katrs fakts ir saistīts ar ziņojuma fragmentu, no kura tas ņemts.
footer-revision = Atlanta redakcija { $revision }, ielādēta { $date }.
date-numeric = { $day }.{ $month }.{ $year }.

home-title = Dalībnieki, kas vēršas pret cilvēku tirdzniecību darba ekspluatācijas nolūkā, 11 valstīs
home-lead = Atlants katrai Baltijas jūras valstu padomes pētījuma valstij parāda dalībniekus, kas var identificēt un nosūtīt upurus un sniegt tiem palīdzību, viņu kompetences, sadarbību un esošos nacionālos mehānismus. Pie katra fakta redzams ziņojuma teikums, no kura tas ņemts.
home-countries = Valstis
home-glance = Mehānismi īsumā
home-glance-lead = Kādus nacionālos mehānismus ziņojums fiksē katrā valstī. Arī to neesamība ir konstatējums.
home-legend = Ko nozīmē krāsas
home-chips-lead = Katrā kartītē redzami nacionālie mehānismi, par kuriem jautā ziņojums, novērtēti tā, kā tos apraksta ziņojums:
home-legend-formal = formāls (amats vai institūcija ar šādu nosaukumu)
home-legend-functional-equivalent = funkcionāls ekvivalents (ziņojumā: „comes closest to”, „a coordinating role”)
home-legend-expired = beidzies (tā darbības periods ir beidzies)
home-legend-absent = fiksēts kā neesošs
home-legend-not-recorded = ziņojumā nav fiksēts
home-respondents = { $invited ->
    [zero] No { $invited } uzaicinātajiem anketu aizpildīja { $completed }
    [one] No { $invited } uzaicinātā anketu aizpildīja { $completed }
   *[other] No { $invited } uzaicinātajiem anketu aizpildīja { $completed }
}
home-respondents-completed = Anketu aizpildīja: { $completed }
home-counts = Dalībnieki: { $actors } · kompetences: { $mandates } · sadarbības saites: { $ties } · mehānismi: { $mechanisms }
home-search-title = Meklēt atlantā
home-search-lead = Jebkurš vārds no jebkura fakta: dalībnieka nosaukums, kompetence, likums („§ 262a”), ziņojuma teikums. Lai atrastu dalībniekus pēc tā, ko tie drīkst darīt (kas Dānijā nosaka upura statusu?), izmantojiet meklēšanas lapas filtrus.

country-native = Valsts valodā: { $name }
country-chapter = Ziņojuma nodaļa: { $chapter }
country-on-this-page = Šajā lapā
country-findings = Konstatējumi
country-participation = Kas piedalījās pētījumā
country-actors = Dalībnieki un kompetences
country-governmental = Valsts sektors
country-non-governmental = Nevalstiskais sektors
country-cooperation = Sadarbība
country-cooperation-lead = Sadarbības saites, kā tās aprakstīja respondenti. Pirmais dalībnieks ir tas, kura atbilde saiti apraksta.
country-policy = Politika un tiesību akti
country-mechanisms = Mehānismi
country-challenges = Izaicinājumi un ierobežojumi
country-challenges-lead = Respondentu minētie ierobežojumi; skaitlis norāda, cik respondentu to minēja, ja ziņojums to norāda.
country-conclusions = Secinājumi
country-ambiguities = Kur ziņojums nav viennozīmīgs
country-ambiguities-lead = Ziņojums dažādās vietās saka dažādas lietas. Katra interpretācija ir saglabāta kopā ar citātu.
country-lists = Attiecīgās struktūrvienības un organizācijas
country-no-cooperation = Ziņojumā nav aprakstīta neviena šīs valsts sadarbības saite.
country-no-documents = Ziņojumā nav minēts neviens šīs valsts tiesību akts vai politikas dokuments.
country-no-limitations = Ziņojumā nav norādīts ierobežojumu skaits šai valstij.
country-invited = Uzaicināti
country-completed = Aizpildīja
country-reading = Interpretācija
country-respondents = Respondenti
country-counts-unknown = nav norādīts

actor-native-name = Nosaukums valsts valodā
actor-acronym = Saīsinājums
actor-also-known-as = Saukts arī
actor-sector = Sektors
actor-level = Līmenis
actor-study-status = Pētījumā
actor-parent = Ietilpst
actor-children = Struktūrvienības
actor-mandates = Kompetences
actor-no-mandates = Ziņojumā nav norādīta šī dalībnieka kompetence.
actor-cooperation = Sadarbība
actor-cooperation-out = Šī dalībnieka aprakstītā sadarbība
actor-cooperation-in = Citu aprakstītā sadarbība ar šo dalībnieku
actor-no-cooperation = Ziņojumā nav aprakstīta neviena šī dalībnieka sadarbības saite.
actor-mechanisms = Mehānismi
actor-holds = Pārzina vai vada
actor-member-of = Ir loceklis
actor-no-mechanisms = Ziņojumā šis dalībnieks nav minēts nevienā nacionālajā mehānismā.
actor-back = Atpakaļ: { $country }
actor-find-similar = Citi šī sektora dalībnieki 11 valstīs

mandate-scope = Tvērums: { $scope }
mandate-labour-yes = Aptver cilvēku tirdzniecību darba ekspluatācijas nolūkā
mandate-labour-no = Nav kompetences attiecībā uz cilvēku tirdzniecību darba ekspluatācijas nolūkā
mandate-labour-unknown = Ziņojumā nav norādīts, vai tas aptver darba ekspluatāciju

mandate-denied = Liegts
mandate-denied-scope = Saskaņā ar ziņojumu dalībnieks nedrīkst: { $scope }
mechanism-holder = Pārzina vai vada
mechanism-members = Locekļi
mechanism-year = Izveidots
mechanism-frequency = Sanāk
mechanism-focus = Fokuss

source = Avots
source-show = Rādīt avotu
source-line = ziņojuma rinda { $line }
source-record = OpenNRM ieraksts { $record }: OpenNRM sagatavots kopsavilkums, nevis ziņojuma fragments
source-section = { $country } › { $section }
source-note = Piezīme

search-title = Meklēt dalībniekus
search-lead = Kombinējiet jebkurus filtrus. Meklēšana pēc tā, ko dalībnieks drīkst darīt, atbild uz tādiem jautājumiem kā „kas Dānijā nosaka upura statusu?”.
search-text = Nosaukums, nosaukums valsts valodā vai saīsinājums
search-country = Valsts
search-sector = Sektors
search-capability = Kompetence
search-study-status = Pētījumā
search-any = Jebkurš
search-submit = Meklēt
search-results = { $count ->
    [0] Neviens dalībnieks neatbilst.
    [zero] Atbilst { $count } dalībnieki.
    [one] Atbilst { $count } dalībnieks.
   *[other] Atbilst { $count } dalībnieki.
}
search-col-actor = Dalībnieks
search-col-country = Valsts
search-col-sector = Sektors
search-col-mandates = Atbilstošās kompetences
search-col-status = Pētījumā
search-invalid = { $field }: „{ $value }” nav zināma vērtība.
search-too-long = { $field }: maksimālais rakstzīmju skaits ir { $max }.
search-too-many-words = { $field }: maksimālais vārdu skaits ir { $max }.
search-kind = Fakta veids
search-facts-text = Vārdi
search-to-facts = Tā vietā meklēt visos faktos.
search-to-actors = Tā vietā atrast dalībniekus pēc nosaukuma un filtriem.
search-facts-title = Meklēt atlantā
search-facts-lead = Visi fakti: dalībnieku nosaukumi, kompetences, mehānismi, dokumenti, ierobežojumi, konstatējumi un ziņojuma citāti. Lielajiem un mazajiem burtiem un diakritiskajām zīmēm nav nozīmes („liepaja” atrod „Liepāja”), un vārds atrod arī garākus vārdus, kas ar to sākas („reflect” atrod „reflection”).
search-facts-results = { $count ->
    [0] Nekas neatbilst.
    [zero] Atbilst { $count } fragmenti.
    [one] Atbilst { $count } fragments.
   *[other] Atbilst { $count } fragmenti.
}
search-facts-truncated = Rādīti pirmie atbilstošie fragmenti ({ $count }); lai sašaurinātu meklēšanu, pievienojiet vārdu vai filtru.

search_kind-country = Valsts
search_kind-actor = Dalībnieks
search_kind-mandate = Kompetence
search_kind-tie = Sadarbība
search_kind-mechanism = Mehānisms
search_kind-document = Dokuments
search_kind-limitation = Ierobežojums
search_kind-participation = Dalība
search_kind-finding = Konstatējums
search_kind-ambiguity = Neskaidrība
search_kind-respondent = Respondents
search_kind-recommendation = Ieteikums
search_field-name = nosaukums
search_field-native_name = nosaukums valsts valodā
search_field-acronym = saīsinājums
search_field-alias = saukts arī
search_field-chapter = nodaļa
search_field-scope = tvērums
search_field-note = piezīme
search_field-title = virsraksts
search_field-topic = temats
search_field-frequency = sanāk
search_field-quote = citāts
search_field-reason = iemesls
search_field-summary = kopsavilkums

about-title = Par datiem
about-lead = Atlants ir datos pārveidots Baltijas jūras valstu padomes Darba grupas cīņai pret cilvēku tirdzniecību ziņojums „Actors against Trafficking for Labour Exploitation” (2013). Tam, ko saka ziņojums, nekas nav pievienots.
about-sources = Pie katra fakta norādīta valsts nodaļas sadaļa, no kuras tas ņemts, un īss citāts, kas ziņojumā atrodams vārds vārdā. Ja ziņojums ir pretrunīgs, saglabātas abas interpretācijas.
about-data = Datu faili ir vienkārša teksta faili, pa vienam katrai valstij, un tos var pārskatīt un labot kā jebkuru dokumentu. Visu atlantu var lejupielādēt, izmantojot API.
about-api = JSON API ir aprakstīts OpenAPI dokumentā.
about-revisions = Atlanta redakcijas

error-not-found-title = Lapa nav atrasta
error-not-found = Šeit nav tā, ko meklējat ({ $what }). Pārbaudiet adresi vai sāciet no valstu saraksta.
error-bad-request-title = Pieprasījumu nevarēja saprast
error-internal-title = Radās kļūda
error-internal = Lapu nevarēja parādīt. Kļūda ir reģistrēta; lūdzu, mēģiniet vēlāk vēlreiz.
error-back-home = Uz valstu sarakstu

yes = jā
no = nē

sector-police = Policija
sector-border_guard = Robežsardze
sector-prosecution = Prokuratūra
sector-court = Tiesas
sector-labour_inspection = Darba inspekcija
sector-tax = Nodokļu administrācija
sector-immigration = Imigrācija
sector-ministry = Ministrijas
sector-coordination_body = Koordinācijas institūcijas
sector-rapporteur = Ziņotāji
sector-victim_assistance = Palīdzība upuriem
sector-municipality = Pašvaldības
sector-ngo = NVO
sector-trade_union = Arodbiedrības
sector-employers_org = Darba devēju organizācijas
sector-international_org = Starptautiskās organizācijas
sector-research = Pētniecība
sector-company = Uzņēmumi
sector-other = Citi

study_status-participated = Piedalījās
study_status-invited_not_participated = Uzaicināts, nepiedalījās
study_status-mentioned = Minējuši respondenti

level-national = Nacionālais
level-regional = Reģionālais
level-local = Vietējais
level-international = Starptautiskais

capability-identify_victims = Upuru identificēšana
capability-refer_victims = Upuru nosūtīšana
capability-report_to_police = Ziņošana policijai
capability-inspect_workplaces = Darbavietu pārbaude
capability-investigate_crime = Noziegumu izmeklēšana
capability-prosecute = Kriminālvajāšana
capability-determine_victim_status = Upura statusa noteikšana
capability-grant_reflection_period = Pārdomu perioda piešķiršana
capability-grant_residence_permit = Uzturēšanās atļaujas piešķiršana
capability-provide_assistance = Palīdzības sniegšana
capability-repatriation = Repatriācija
capability-coordinate = Koordinēšana
capability-monitor_and_report = Uzraudzība un ziņošana
capability-bring_labour_court_cases = Darba strīdu celšana tiesā
capability-training = Apmācība
capability-prevention = Prevencija
capability-policy_making = Politikas veidošana
capability-supervise = Pārraudzība
capability-advocacy = Interešu aizstāvība
capability-research = Pētniecība
capability-protect_workers_rights = Darba ņēmēju tiesību aizsardzība

cooperation-information_exchange = Informācijas apmaiņa
cooperation-joint_inspection = Kopīga pārbaude
cooperation-referral = Nosūtīšana
cooperation-service_contract = Pakalpojuma līgums
cooperation-coordination = Koordinācija
cooperation-membership = Dalība
cooperation-other = Sadarbība

mechanism-national_coordinator = Nacionālais koordinators
mechanism-national_rapporteur = Nacionālais ziņotājs
mechanism-lead_agency = Vadošā iestāde
mechanism-referral_system = Nosūtīšanas sistēma
mechanism-mou = Saprašanās memorands
mechanism-working_group = Darba grupas
mechanism-specialised_unit = Specializētas vienības
mechanism-network = Tīkli
mechanism-national_action_plan = Nacionālais rīcības plāns
mechanism-local_coordinator = Vietējie koordinatori

mechanism_status-formal = Formāls
mechanism_status-functional_equivalent = Funkcionāls ekvivalents
mechanism_status-absent = Nav
mechanism_status-expired = Beidzies
focus-sexual = Seksuālā ekspluatācija
focus-labour = Darba ekspluatācija
focus-all = Visi veidi
focus-unclear = Neskaidrs

limitation-legislation = Tiesību akti
limitation-lack_of_policy = Politikas trūkums
limitation-lack_of_cooperation = Sadarbības trūkums
limitation-lack_of_referral_mechanisms = Nosūtīšanas mehānismu trūkums
limitation-corruption = Korupcija
limitation-lack_of_knowledge = Zināšanu trūkums
limitation-lack_of_capacity = Kapacitātes trūkums
limitation-other = Cits

document-legislation = Tiesību akts
document-action_plan = Rīcības plāns
document-policy = Politika
document-agreement = Vienošanās
document-report = Ziņojums
document-other = Cits dokuments

nav-screening = Izvērtēšana
screening-title = Izvērtēšana: vai tā ir cilvēku tirdzniecība?
screening-lead = Atbildiet uz jautājumiem par to, ko novērojat, piemēram, darbavietas pārbaudes laikā. Rezultāts novieto situāciju skalā no darba tiesību pārkāpuma līdz cilvēku tirdzniecībai darba ekspluatācijas nolūkā, paskaidro, kuras atbildes pie tā noveda, norāda, kas vēl trūkst, un nosauc tos valsts dalībniekus, kuriem ir kompetence rīkoties.
screening-notice-title = Norādījums, nevis lēmums.
screening-notice = Izvērtēšanas rezultāts ir norādījums personas nosūtīšanai pie dalībnieka, kuram ir attiecīgā kompetence. Tas nekad nav juridisks lēmums: tikai kompetentās iestādes lemj, vai kāds ir cilvēku tirdzniecības vai piespiedu darba upuris.
screening-translation-unreviewed = Jautājumi ir provizorisks tulkojums, ko valsts recenzents vēl nav pārbaudījis. SDO oficiālais formulējums angļu valodā ir zem katra jautājuma.

# The explanation of a screening result, one message per domain ExplanationCode
# (screening-why-<code>); in English each reads exactly as the engine's `reasoning` (a test
# compares them). Lists of indicators are the ILO's official English names.
screening-why-screened_with = Izvērtēšanā izmantots instruments „{ $instrument }” { $version }, noteikumu kopa „{ $rules }” { $rules_version } un { $population ->
    [child] bērnu
   *[adult] pieaugušo
} saraksts.
screening-why-dimension_positive = Dimensija „{ $dimension }” ir pozitīva ({ $rule }); indikatori ar atbildi „jā”: { $indicators }.
screening-why-dimension_not_assessed = Dimensija „{ $dimension }” netika izvērtēta: uz nevienu tās jautājumu netika atbildēts.
screening-why-dimension_open = Dimensija „{ $dimension }” vēl nav noskaidrota; { $yes ->
    [0] līdz šim nevienam indikatoram nav atbildes „jā”
   *[other] līdz šim indikatori ar atbildi „jā”: { $indicators }
}; { $count ->
    [zero] { $count } neatbildēti indikatori to vēl var padarīt pozitīvu
    [one] { $count } neatbildēts indikators to vēl var padarīt pozitīvu
   *[other] { $count } neatbildēti indikatori to vēl var padarīt pozitīvu
}.
screening-why-dimension_negative = Dimensija „{ $dimension }” ir negatīva; { $yes ->
    [0] nevienam indikatoram nav atbildes „jā”
   *[other] atbilde „jā” ir tikai šiem indikatoriem: { $indicators }
}; { $complete ->
    [yes] uz visiem indikatoriem ir atbildēts, un neviens noteikums nav izpildīts
   *[no] neatbildētie indikatori to nevarētu padarīt pozitīvu
}.
screening-why-unknown_answers = { $count } { $count ->
    [zero] atbildes ir
    [one] atbilde ir
   *[other] atbildes ir
} „Nezināms”; „Nezināms” nekad netiek uzskatīts par „jā”.
screening-why-ignored_answers = Atbildes uz indikatoriem, kuru nav { $population ->
    [child] bērnu
   *[adult] pieaugušo
} sarakstā, netika ņemtas vērā: { $indicators }.
screening-why-level_none = Līmenis: nav pazīmju — sniegtās atbildes neizpilda nevienu noteikumu kopas noteikumu augstākam līmenim.
screening-why-level_reached = Līmenis: { $level ->
    [labour_law_violation] iespējams darba tiesību pārkāpums
    [labour_exploitation] darba ekspluatācija
    [forced_labour] piespiedu darbs
    [presumed_trafficking] iespējama cilvēku tirdzniecība darba ekspluatācijas nolūkā
   *[no_indication] nav pazīmju
} — { $because }
screening-why-unverified = { $count } { $count ->
    [zero] ieskaitītie indikatori vēl nav pārbaudīti
    [one] ieskaitītais indikators vēl nav pārbaudīts
   *[other] ieskaitītie indikatori vēl nav pārbaudīti
}, salīdzinot ar avota publikāciju (sk. instrumenta failu): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Iespējams darba tiesību pārkāpums: nosūtiet gadījumu darba inspekcijai un informējiet darba ņēmēju par arodbiedrību un iespēju celt darba strīdu tiesā.
    [labour_exploitation] Darba ekspluatācija: nosūtiet gadījumu darba inspekcijai, apsveriet iespēju ziņot policijai un nosūtiet darba ņēmēju pie atbalsta sniedzējiem.
    [forced_labour] Piespiedu darbs: ziņojiet policijai un nosūtiet personu uz iestādi, kas nosaka upura statusu, un pie palīdzības sniedzējiem.
    [presumed_trafficking] Iespējama cilvēku tirdzniecība darba ekspluatācijas nolūkā: ziņojiet policijai un nekavējoties nosūtiet personu uz iestādi, kas nosaka upura statusu, pie palīdzības sniedzējiem un pārdomu perioda piešķiršanai.
   *[no_indication] Nav pazīmju: šīs atbildes nenorāda uz nepieciešamību kādu nosūtīt; neatbildētie jautājumi to var mainīt.
}{ $open ->
    [yes] {" "}Vairāk atbilžu varētu paaugstināt līmeni; skatiet, kas vēl trūkst.
   *[no] {""}
}

# What a way to a higher level still needs (screening-why-toward and its parts); the
# parts are said one after the other, separated by "; ". $names: dimensions joined by
# screening-or; $asks: the ILO's names of the indicators still open; $topics: what to ask
# about (English data).
screening-or = {" "}vai{" "}
screening-why-toward = Ceļā uz līmeni „{ $level ->
    [labour_law_violation] iespējams darba tiesību pārkāpums
    [labour_exploitation] darba ekspluatācija
    [forced_labour] piespiedu darbs
    [presumed_trafficking] iespējama cilvēku tirdzniecība darba ekspluatācijas nolūkā
   *[no_indication] nav pazīmju
}”{ $population ->
    [adult] {" "}(pieaugušais)
    [child] {" "}(bērns)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = dimensija „{ $names }” ir pozitīva
screening-why-step_closed = dimensija „{ $names }” ir negatīva — šis ceļš ir slēgts, ja vien atbildes nemainās
screening-why-step_not_assessed = dimensija „{ $names }” vēl nav izvērtēta — jautājiet par tēmām ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = dimensija „{ $names }” vēl nav pozitīva — jautājums joprojām ir atklāts{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = nevienam dimensijas „{ $names }” indikatoram nav atbildes „jā”, un neatbildētu indikatoru vairs nav
screening-why-step_none_yet = nevienam dimensijas „{ $names }” indikatoram vēl nav atbildes „jā” — jautājums joprojām ir atklāts{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Neievadiet vārdus vai citus personas datus: izvērtēšanā tiek reģistrēts tikai tas, kuri indikatori ir konstatēti. „Nav jautāts” tiek nošķirts no „nē”.
screening-instrument-meta = { $count ->
    [zero] { $count } indikatori · versija { $version }
    [one] { $count } indikators · versija { $version }
   *[other] { $count } indikatori · versija { $version }
}
screening-population = Uz ko tas attiecas
screening-country = Valsts (kas var rīkoties)
screening-country-none = Bez valsts
screening-start = Sākt izvērtēšanu
screening-progress = Atbildēts uz jautājumiem: { $answered } no { $total }
screening-answer-help = Atbildiet uz to, ko zināt. „Nezināms” nozīmē, ka jautājāt, bet atbilde nav skaidra; „Nav jautāts” nozīmē, ka jautājums netika uzdots. Neviens no tiem netiek uzskatīts par „jā”.
screening-official-wording = Oficiālais formulējums
screening-strength = Stiprums instrumentā: { $strength }
screening-see-result = Skatīt rezultātu
screening-save-draft = Saglabāt melnrakstu
screening-draft-saved = Melnraksts saglabāts šajā pārlūkprogrammā. Lai turpinātu, vēlreiz atveriet izvērtēšanu; melnraksti tiek glabāti 30 dienas.
screening-continue-draft = Turpināt saglabāto melnrakstu
screening-discard-draft = Atmest melnrakstu
screening-draft-discarded = Jūsu melnraksts tika atmests.
screening-no-draft-title = Nav saglabāta melnraksta
screening-no-draft = Šajā pārlūkprogrammā nav saglabāta izvērtēšanas melnraksta (melnraksti tiek glabāti 30 dienas). Sāciet jaunu izvērtēšanu izvērtēšanas lapā.
screening-forbidden-title = Veidlapu nevarēja pieņemt
screening-forbidden = Veidlapa nav nākusi no šīs vietnes, vai arī tās derīgums ir beidzies. Atveriet izvērtēšanu vēlreiz un iesniedziet atkārtoti.
screening-result-title = Izvērtēšanas rezultāts
screening-level = Kur situācija atrodas skalā
screening-continuum = Ekspluatācijas skala
screening-reasoning = Kāpēc
screening-dimensions = Dimensijas
screening-dimension = Dimensija
screening-status = Statuss
screening-yes-indicators = Indikatori ar atbildi „jā”
screening-missing = Kas vēl trūkst secinājumam
screening-questions-to-ask = { $count ->
    [zero] { $count } jautājumi, kas jāuzdod
    [one] { $count } jautājums, kas jāuzdod
   *[other] { $count } jautājumi, kas jāuzdod
}
screening-who-acts = Kas var rīkoties
screening-who-acts-in = { $country }: kas var rīkoties
screening-nobody = Atlantā nav neviena dalībnieka ar šīm kompetencēm.
screening-uncovered = Nevienam atlanta dalībniekam nav šo kompetenču:
screening-choose-country = Izvēlieties valsti, lai redzētu tās dalībniekus. Rezultātam atbilst šīs kompetences:
screening-unverified = { $count ->
    [zero] { $count } ieskaitītajiem indikatoriem stiprums vēl nav pārbaudīts, salīdzinot ar ILO publikāciju.
    [one] { $count } ieskaitītajam indikatoram stiprums vēl nav pārbaudīts, salīdzinot ar ILO publikāciju.
   *[other] { $count } ieskaitītajiem indikatoriem stiprums vēl nav pārbaudīts, salīdzinot ar ILO publikāciju.
}
screening-used = Instruments: { $instrument }. Noteikumi: { $rules }.
screening-change-answers = Mainīt atbildes (saglabā kā melnrakstu)

answer-yes = Jā
answer-no = Nē
answer-unknown = Nezināms
answer-not-asked = Nav jautāts

population-adult = Pieaugušais
population-child = Bērns (līdz 18 gadiem)

strength-strong = stiprs
strength-medium = vidējs
strength-weak = vājš
strength-unweighted = bez svara

continuum-no_indication = Nav pazīmju
continuum-labour_law_violation = Darba tiesību pārkāpums
continuum-labour_exploitation = Darba ekspluatācija
continuum-forced_labour = Piespiedu darbs
continuum-presumed_trafficking = Iespējama cilvēku tirdzniecība darba ekspluatācijas nolūkā

dimension-status-positive = Pozitīvs
dimension-status-negative = Negatīvs
dimension-status-insufficient_information = Nepietiek informācijas
screening-version = Instrumenta versija { $version }

report-title = Ziņojums
report-showing = Rindas { $from }–{ $to } no { $total }. Iezīmētajā rindā sākas citētais fragments.
report-earlier = ← Iepriekšējās rindas
report-later = Nākamās rindas →
country-download = Lejupielādēt šīs valsts datus JSON formātā
about-download = Lejupielādēt visu atlantu (JSON).
about-read-report = Lasīt ziņojumu rindu pa rindai.

## Platform: sign-in, account, administration
nav-sign-in = Pieteikties
nav-sign-out = Iziet
nav-account = Jūsu konts
nav-audit = Audita žurnāls
error-sign-in-title = Lūdzu, piesakieties
error-sign-in = Šī lapa paredzēta OpenNRM lietotājiem, kuri ir pieteikušies.
error-forbidden-title = Nav atļauts
error-too-many-title = Pārāk daudz pieprasījumu
sign-in-title = Pieteikties OpenNRM
sign-in-username = Lietotājvārds (jūsu e-pasta adrese)
sign-in-password = Parole
sign-in-code = Sešu ciparu kods no jūsu autentifikatora lietotnes
sign-in-continue = Turpināt
sign-in-code-wrong = Šis kods netika pieņemts. Katrs kods derīgs vienu reizi un mainās ik pēc 30 sekundēm: ievadiet to, ko lietotne rāda tagad.
sign-in-note = Kontus izveido jūsu organizācijas administrators. Pēc pieciem nepareiziem mēģinājumiem konts tiek bloķēts uz 15 minūtēm.
account-title = Jūsu konts
account-username = Lietotājvārds
account-organisation = Organizācija
account-roles = Lomas
account-sessions = Aktīvās sesijas
account-totp = Otrais faktors (autentifikatora lietotne)
account-totp-on = Otrais faktors ir iestatīts: piesakoties tiek prasīts kods.
account-totp-off = Otrais faktors vēl nav iestatīts. Koordinatoriem un administratoriem tas jāiestata, pirms viņi var veikt darbības.
account-totp-start = Iestatīt autentifikatora lietotni
account-totp-replace = Pāriet uz citu autentifikatora lietotni
account-totp-scan = Noskenējiet šo kodu ar autentifikatora lietotni vai ievadiet tajā zemāk redzamo atslēgu, pēc tam ievadiet kodu, ko tā rāda.
account-totp-secret = Atslēga:
account-totp-confirm = Apstiprināt
account-totp-wrong = Šis kods neatbilst šai atslēgai. Pārbaudiet, vai lietotnē ir zemāk redzamā atslēga, pēc tam ievadiet kodu, ko tā rāda tagad.
account-totp-done = Autentifikatora lietotne ir iestatīta. Tagad, piesakoties, tiek prasīts kods.
account-needs-totp = Jūsu lomai nepieciešams otrais faktors. Pirms turpināt, zemāk iestatiet autentifikatora lietotni.
account-password = Parole
account-password-current = Pašreizējā parole
account-password-new = Jaunā parole (12–128 rakstzīmes)
account-password-change = Mainīt paroli
account-password-done = Jūsu parole tika nomainīta; pārējās jūsu sesijas tika pārtrauktas.
account-tokens = API marķieri
account-tokens-none = Nav API marķieru.
account-token-name = Nosaukums
account-token-created = Izveidots
account-token-used = Pēdējoreiz izmantots
account-token-create = Izveidot marķieri
account-token-once = Nokopējiet šo marķieri tagad; tas vairs netiks parādīts:
account-token-revoke = Atsaukt
account-token-revoked = Marķieris tika atsaukts.
account-token-revoked-mark = atsaukts
account-sign-out-everywhere = Iziet visās ierīcēs
audit-title = Audita žurnāls
audit-lead = Katra pieteikšanās, neveiksmīga pieteikšanās un lietotāju, lomu un marķieru izmaiņas, jaunākās vispirms. Ieraksti ir savienoti jaucējķēdē; `opennrm audit verify` pārbauda ķēdi.
audit-action = Darbība
audit-actor = Izpildītājs
audit-outcome = Iznākums
audit-object = Objekts
audit-at = Laiks (UTC)
audit-address = Adrese
audit-detail = Sīkāka informācija
audit-filter = Filtrēt
audit-older = Vecāki notikumi
users-title = Lietotāji
users-name = Vārds
users-state = Stāvoklis
users-disabled = atspējots
users-locked = bloķēts
users-active = aktīvs
users-unlock = Atbloķēt
role-frontline_officer = Pirmās līnijas darbinieks
role-case_worker = Gadījuma vadītājs
role-service_provider = Pakalpojumu sniedzējs
role-national_coordinator = Nacionālais koordinators
role-national_rapporteur = Nacionālais ziņotājs
role-administrator = Administrators

## Atlas history
revision-banner = Jūs skatāt atlanta redakciju { $revision } ({ $label }, { $date }); pašreizējā redakcija ir { $current }.
revision-banner-current = Rādīt pašreizējo redakciju.
diff-title = Izmaiņas
diff-from = No redakcijas
diff-to = Līdz redakcijai
diff-compare = Salīdzināt
diff-heading = { $count ->
    [0] No redakcijas { $from } līdz { $to } izmaiņu nav
    [zero] No redakcijas { $from } līdz { $to }: { $count } izmaiņas
    [one] No redakcijas { $from } līdz { $to }: { $count } izmaiņa
   *[other] No redakcijas { $from } līdz { $to }: { $count } izmaiņas
}
diff-none = Abas redakcijas par šo valsti saka to pašu.
diff-legend = + pievienots · − noņemts vai izslēgts · ~ mainīts · · mainījies tikai avots
diff-see-revision = Valsts redakcijā { $revision }
about-revision-view = skatīt
actor-retired = Šis dalībnieks tika izslēgts redakcijā { $revision }: pašreizējā atlantā tas vairs nav iekļauts. Tas parādīts tā, kā to aprakstīja redakcija { $last } — pēdējā, kurā tas bija iekļauts.
country-changes = Izmaiņas kopš 2013. gada
about-revision-not-kept = fakti nav saglabāti (pirms atlanta vēstures sākuma)

# Respondents, attribution, several sources, readings, contested facts (issue 6)
country-summary = Kopsavilkums
country-summary-lead = Paša ziņojuma kopsavilkums par šo nodaļu.
country-respondents-title = Kas atbildēja uz anketu
country-respondents-lead = Viena rinda par katru nosūtīto anketu, kā to izklāsta nodaļa. Pie apgalvojumiem, ko ziņojums attiecina uz kādu anketu, norādīts „Teica” un avots.
country-respondents-computed = Pēc respondentu datiem: uzaicināti { $invited }, aizpildīja { $completed }
country-respondents-none = Šajā redakcijā nav norādīti šīs valsts respondenti.
country-recommendations = Ieteikumi
country-recommendations-lead = Ko ziņojums iesaka — katrs ieteikums kā atsevišķs fakts — un kādiem dalībnieku veidiem tas adresēts.
country-no-recommendations = Šajā nodaļā ziņojums nesniedz ieteikumus.
respondent-form-full = Pilna anketa
respondent-form-alternative = Tikai alternatīvie jautājumi
respondent-form-declined = Atteicās
respondent-form-no_reply = Neatbildēja
respondent-answered-for = Atbildēja par
respondent-reason = Iemesls
respondent-footnotes = Ziņojumā citēts kā
said-by = Teica
also-stated = Minēts arī
reading-marker = mūsu interpretācija, nevis ziņojuma vārdi: { $fields }
contested = Apstrīdēts
contested-title = Ziņojums šajā jautājumā nav viennozīmīgs: skatiet neskaidrības
tie-direction-mutual = abpusēja
tie-direction-one_way = vienpusēja
tie-reported-by = Ziņoja: { $name }
actor-group = Grupa, nevis viena institūcija
document-governs-capabilities = Piešķir vai regulē
document-governs-actors = Pilnvaro vai uzliek pienākumus
document-governs-mechanisms = Regulē
recommendation-addresses = Adresāti
recommendation-addresses-all = Dalībnieki kopumā
mechanisms-title = Mehānismi visās valstīs
mechanisms-lead = Katrs ziņojumā fiksētais nacionālais mehānisms pa valstīm: kas to pārzina, kopš kura laika, tā fokuss un avots.
mechanisms-country = Valsts
mechanisms-none = nav fiksēts
nav-mechanisms = Mehānismi
report-wide-title = Ziņojums ārpus nodaļām
report-wide-lead = Kopsavilkums, ievads un metodoloģija kā konstatējumi ar avotiem, kā arī visa ziņojuma ieteikumi.
finding-part-executive_summary = Kopsavilkums
finding-part-introduction = Ievads
finding-part-methodology = Metodoloģija
finding-part-conclusions = Secinājumi
finding-part-findings = Konstatējumi
finding-part-challenges = Izaicinājumi un ierobežojumi
mechanisms-status = Statuss
mechanisms-name = Nosaukums
mechanisms-filter = Rādīt
study-full-text = pilns teksts
study-recommendations-lead = Visi ziņojuma ieteikumi: vispirms visa ziņojuma ieteikumi, tad katras nodaļas ieteikumi, ar valstīm un dalībnieku veidiem, kam tie adresēti. Pēc sektora tos var filtrēt ar API (/api/v1/recommendations).
study-all-countries = Visas vienpadsmit valstis
nav-study = Pētījums
mechanisms-kind = Mehānisms
search-governing = Tiesību akti un dokumenti, kas to piešķir vai regulē
nav-insight = Salīdzinājums
insight-title = Valstu salīdzinājums
insight-lead = Ko saka ziņojuma nodaļas — līdzās un aprēķināts no atlanta: katra šūna ir saistīta ar saviem faktiem un to avotiem; apstrīdētie fakti ir atzīmēti.
insight-mechanisms = Mehānismi
insight-mechanisms-lead = Kurās valstīs ir nacionālais koordinators, ziņotājs, saprašanās memorands (MoU), nosūtīšanas sistēma …, un uz ko mehānismi koncentrējas.
insight-mandates = Kam ir kāda kompetence
insight-mandates-lead = Cik dalībniekiem katrā valstī ir katra kompetence; sekojiet skaitlim, lai redzētu dalībniekus un to avotus.
insight-mandates-legend = Skaitlis norāda esošās kompetences; −N ir kompetences, kuru dalībniekam saskaņā ar ziņojumu nav; § apzīmē tiesību aktu vai dokumentu, kas piešķir kompetenci.
insight-sectors = Kuri sektori piedalās mehānismos
insight-sectors-lead = Vai katra sektora dalībnieki ir darbojošā mehānismā (formālā vai funkcionālā ekvivalentā) kā tā vadītāji vai locekļi: ziņojums konstatē, ka darba jomas dalībnieki paliek ārpusē.
insight-sectors-legend = ✓ vismaz viens ir darbojošā mehānismā; ✗ neviens sektora dalībnieks nav nevienā; – atlantā nav fiksēts neviens šī sektora dalībnieks.
insight-sector-none = neviens šī sektora dalībnieks nav fiksēts
insight-sector-seated = piedalās mehānismā
insight-sector-left-out = nav nevienā darbojošā mehānismā
insight-limitations = Respondentu izvēlētie ierobežojumi
insight-limitations-lead = Cik respondentu izvēlējās katru anketas ierobežojumu, ja ziņojums norāda skaitu.
insight-limitations-legend = Skaitlis ir lielākais, ko nodaļa norāda šai kategorijai; · nodaļa to min bez skaitļa.
insight-limitation-stated = minēts bez skaitļa
insight-partners = Biežāk minētie partneri
insight-partners-lead = Dalībnieki sarindoti pēc tā, cik citu dalībnieku tos min kā sadarbības partneri (saites, par kurām ziņo cits dalībnieks).
insight-named-by = { $count ->
    [zero] minējuši { $count } dalībnieki
    [one] minējis { $count } dalībnieks
   *[other] minējuši { $count } dalībnieki
}
focus-short-sexual = seksuālā
focus-short-labour = darba
focus-short-all = visi
focus-short-unclear = ?
insight-focus-legend = zem simbola — fokuss: seksuālā vai darba ekspluatācija, visi veidi, ? neskaidrs
gaps-title = Nepilnības
gaps-lead = Nosaukti noteikumi, kas piemēroti atlantam; katrs konstatējums ar pierādījumiem (faktiem un to citātiem) un norādi, ko iesaistīt. Piemēroti 2013. gada datiem, tie atkārto nodaļu secinājumus; noteikumi ir uzskaitīti kopā ar ziņojuma vārdiem, uz kuriem tie balstās.
gaps-rules = noteikumi
gaps-rule = Noteikums
gaps-involve = Iesaistīt
gaps-evidence = { $count ->
    [zero] Pierādījumi: { $count } fakti
    [one] Pierādījumi: { $count } fakts
   *[other] Pierādījumi: { $count } fakti
}
gaps-count = { $count ->
    [zero] { $count } konstatējumi
    [one] { $count } konstatējums
   *[other] { $count } konstatējumi
}
gaps-none = Šai izvēlei nav konstatējumu.
gaps-severity-gap = Nepilnība
gaps-severity-gap-means = atlantā fiksēts trūkums vai nepilnība
gaps-severity-unrecorded = Nav fiksēts
gaps-severity-unrecorded-means = atlantā nav fiksēts nekas, kas to aizpilda: nepilnība vai ziņojuma klusēšana
gaps-severity-information = Piezīme
gaps-severity-information-means = nav nepilnība: ko dati parāda visvairāk
gaps-since-counts = Slēgtas: { $closed }, atvērtas: { $opened }.
gaps-closed = Slēgtas
gaps-opened = Atvērtas
country-gaps = Nepilnības
country-network = Sadarbības tīkls
country-network-lead = Kas ar ko ir saistīts, kā to aprakstīja respondenti: dalībnieki iekrāsoti pēc sektora, un to lielums atbilst tam, cik bieži tie atrodas starp diviem citiem. Zemāk esošajā tabulā tie paši dati sniegti teksta veidā.
country-network-files = Lejupielādēt: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Dalībnieks
network-col-degree = Partneri
network-col-betweenness = Starpniecība
network-col-broker = Starpnieks
network-density = Dalībnieki ar saitēm: { $nodes }, saistīti pāri: { $edges }; blīvums: { $density }; valdības un pilsoniskās sabiedrības saites: { $gov_civil }
compare-with = Salīdzināt ar redakciju
compare-baseline = 2013. gada bāzes stāvoklis
compare-button = Salīdzināt
compare-since = Kas mainījās no redakcijas { $from } līdz redakcijai { $to }
compare-nothing = Nekas nav mainījies.
compare-revision = Redakcija { $revision }
compare-not-in-revision = nav šajā redakcijā
compare-not-recorded = Nav fiksēts
insight-compare-count = { $count ->
    [zero] Mainījās { $count } šūnas.
    [one] Mainījās { $count } šūna.
   *[other] Mainījās { $count } šūnas.
}
insight-compare-table = Tabula
insight-compare-row = Rinda
network-region-title = Reģiona sadarbības tīkls
network-country-title = Sadarbības tīkls: { $country }
network-region-lead = Visu valstu sadarbības saites vienā tīklā, kā tās aprakstīja respondenti. Ziņojumā saites nekad nešķērso valstu robežas, tāpēc katra valsts attēlota savā panelī: dalībnieki iekrāsoti pēc sektora, to lielums atbilst tam, cik bieži tie savā valstī atrodas starp diviem citiem, un centrālākie ir nosaukti. Tabulās tie paši dati sniegti teksta veidā.
network-whole-region = viss reģions
network-files = Lejupielādēt
network-alt = { $scope } — dalībnieki ar saitēm: { $nodes }, saistīti pāri: { $edges }; zemāk esošajās tabulās uzskaitīti centrālākie dalībnieki un katras valsts rādītāji
network-summary = Dalībnieki ar saitēm: { $nodes } (bez saitēm: { $untied }), saistīti pāri: { $edges }, komponentes: { $components }, kopienas: { $communities }, starpnieki: { $brokers }; blīvums: { $density }; valdības un pilsoniskās sabiedrības saites: { $gov_civil } (blīvums: { $gov_civil_density }).
network-by-country = Pa valstīm
network-by-country-lead = Tie paši rādītāji katras valsts tīklam: cik tas ir blīvs, cik labi ir saistītas valdība un pilsoniskā sabiedrība, cik daļās tas sadalās un kas to satur kopā.
network-by-country-legend = Blīvums: saistīto pāru īpatsvars no visiem iespējamiem pāriem. Valdība–pilsoniskā sabiedrība: saites starp valsts un nevalstisku dalībnieku un to īpatsvars no visiem šādiem iespējamiem pāriem. Starpnieki: dalībnieki, bez kuriem daži dalībnieki zaudē savu vienīgo ceļu pie pārējiem.
network-actors-tied = Dalībnieki ar saitēm
network-col-untied = Bez saitēm
network-col-ties = Saistīti pāri
network-col-density = Blīvums
network-col-gov-civil = Valdības un pilsoniskās sabiedrības saites
network-col-gov-civil-density = Valdības un pilsoniskās sabiedrības blīvums
network-col-components = Komponentes
network-col-communities = Kopienas
network-col-brokers = Starpnieki
network-col-sector = Sektors
network-col-weighted = Saites
network-col-closeness = Tuvums
network-central = Centrālākie dalībnieki
network-central-lead = Pēc starpniecības: to īsāko ceļu īpatsvars starp citiem tās pašas valsts dalībniekiem, kas iet caur dalībnieku (savas valsts tīklā, lai varētu salīdzināt mazu un lielu valstu dalībniekus), pēc tam pēc tuvuma: cik tuvu dalībnieks ir visiem pārējiem, kurus tas var sasniegt.
network-connected = Saistītākie dalībnieki
network-partners-ties = partneri: { $degree }, saites: { $ties }
network-communities = Kopienas
network-communities-lead = Dalībnieku grupas, kas savstarpēji saistītas ciešāk nekā ar pārējiem (Louvain, kopā { $count }), lielākās vispirms, katrai norādot labāk saistītos locekļus.
network-community-size = { $count ->
    [zero] { $count } dalībnieki
    [one] { $count } dalībnieks
   *[other] { $count } dalībnieki
}
network-compare-counts = { $ties_added ->
    [zero] Pievienoti { $ties_added } saistīti pāri
    [one] Pievienots { $ties_added } saistīts pāris
   *[other] Pievienoti { $ties_added } saistīti pāri
}, noņemti: { $ties_removed }; { $actors_added ->
    [zero] tīklam pievienojās { $actors_added } dalībnieki
    [one] tīklam pievienojās { $actors_added } dalībnieks
   *[other] tīklam pievienojās { $actors_added } dalībnieki
}, aizgāja: { $actors_removed }.
network-ties-added = Pievienotās saites
network-ties-removed = Noņemtās saites
network-ties-changed = Mainītās saites
network-tie-weight = saites: { $from } ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Dalībnieki, kas pievienojās tīklam
network-actors-removed = Dalībnieki, kas pameta tīklu
network-centrality-changed = Dalībnieki, kuru vieta mainījās
country-network-compare = Salīdzināt šo tīklu ar citu redakciju
network-all-measures = Visi rādītāji
insight-charts = Diagrammas
insight-charts-lead = Tie paši dati grafiski; katrā diagrammā skaitļi ir arī teksta veidā (tās virsrakstā un aprakstā) un iepriekš esošajās tabulās.
insight-chart-participation = Uzaicinātie un anketu aizpildījušie respondenti pa valstīm (ja nodaļa norāda skaitu)
insight-chart-mechanisms = Mehānismi pa valstīm, pēc statusa
insight-chart-limitations = Nodaļās minētie ierobežojumi pa valstīm un kategorijām
country-network-alt = Sadarbības tīkls: { $country }; dalībnieki ar saitēm: { $nodes }, saistīti pāri: { $edges }; zemāk esošajā tabulā uzskaitīti centrālākie dalībnieki

## Generated national reports (domain insight::national; the PDF, Markdown and the page)
nr-title-country = { $country }: dalībnieki, kas vēršas pret cilvēku tirdzniecību darba ekspluatācijas nolūkā
nr-title-region = Dalībnieki, kas vēršas pret cilvēku tirdzniecību darba ekspluatācijas nolūkā, Baltijas jūras reģionā
nr-subtitle = OpenNRM sagatavots no atlanta redakcijas { $revision } ({ $label }, { $date })
nr-preface = Šis ziņojums ir sagatavots no OpenNRM atlanta, kurā ir ziņojuma „{ $report }” fakti un kopš tā laika veiktās izmaiņas, katra ar savu avotu. Tas seko ziņojuma valstu nodaļu struktūrai; tā secinājumi izriet no nepilnību analīzes.
nr-preface-sources = Mazie augšrakstā rakstītie skaitļi norāda uz avotiem beigās: ziņojuma sadaļu, tās rindu un burtisku citātu, uz kuru balstās apgalvojums, kā arī respondentu, kas to teica, ja ziņojuma zemsvītras piezīme to nosauc. Apgalvojums bez skaitļa ir aprēķināts no blakus uzskaitītajiem faktiem.
nr-contents = Saturs
nr-sources = Avoti
nr-figure = Attēls
nr-table = Tabula
nr-page = Lappuse
nr-line = rinda
nr-said-by = 2012. gada anketa:
nr-source-of = Avots
nr-executive-summary = Kopsavilkums
nr-summary-region = Reģions
nr-summary-data = Atlantā: dalībnieki — { $actors }, sadarbības saites — { $ties }; darbojošies mehānismi (formāli vai funkcionāli ekvivalenti) — { $mechanisms } no { $kinds } veidiem; nepilnību analīze konstatē { $gaps ->
    [zero] { $gaps } fiksētas nepilnības
    [one] { $gaps } fiksētu nepilnību
   *[other] { $gaps } fiksētas nepilnības
} un { $unrecorded ->
    [zero] { $unrecorded } punktus
    [one] { $unrecorded } punktu
   *[other] { $unrecorded } punktus
}, ko ziņojums nefiksē.
nr-part-findings = Konstatējumi
nr-part-actors = Dalībnieki un kompetences
nr-part-cooperation = Sadarbība
nr-part-policy = Politika un tiesību akti
nr-part-mechanisms = Mehānismi
nr-part-limitations = Izaicinājumi un ierobežojumi
nr-part-conclusions = Secinājumi
nr-part-organisations = Attiecīgās struktūrvienības un organizācijas
nr-participation = { $invited ->
    [zero] No { $invited } dalībniekiem, kas tika aicināti piedalīties pētījumā, anketu aizpildīja { $completed }.
    [one] No { $invited } dalībnieka, kas tika aicināts piedalīties pētījumā, anketu aizpildīja { $completed }.
   *[other] No { $invited } dalībniekiem, kas tika aicināti piedalīties pētījumā, anketu aizpildīja { $completed }.
}
nr-participation-completed = { $completed ->
    [zero] Anketu aizpildīja { $completed } dalībnieki.
    [one] Anketu aizpildīja { $completed } dalībnieks.
   *[other] Anketu aizpildīja { $completed } dalībnieki.
}
nr-participation-invited = { $invited ->
    [zero] Piedalīties pētījumā tika aicināti { $invited } dalībnieki.
    [one] Piedalīties pētījumā tika aicināts { $invited } dalībnieks.
   *[other] Piedalīties pētījumā tika aicināti { $invited } dalībnieki.
}
nr-respondents = Atlantā fiksētie respondenti: uzaicināti — { $invited }, aizpildīja — { $completed } (pilnu anketu — { $full }, alternatīvos jautājumus — { $alternative }), atteicās — { $declined }, neatbildēja — { $noreply }.
nr-ambiguities = Kur ziņojums nav skaidrs
nr-actors-summary = Atlantā fiksēti dalībnieki — { $actors } — un viņu kompetences — { $mandates }; zemāk katrs dalībnieks uzskaitīts kopā ar savām kompetencēm.
nr-governmental = Valsts sektors
nr-non-governmental = Nevalstiskais sektors
nr-part-of = ietilpst: { $parent }
nr-mandate-denied = Nav: { $capability }
nr-labour-mandate-yes = aptver cilvēku tirdzniecību darba ekspluatācijas nolūkā
nr-labour-mandate-no = neaptver cilvēku tirdzniecību darba ekspluatācijas nolūkā
nr-no-ties = Ziņojumā nav aprakstīta sadarbība starp dalībniekiem.
nr-network-summary = Ziņojumā aprakstītās sadarbības saites: { $ties }, dalībnieku pāri, starp kuriem tās pastāv: { $pairs }; dalībnieki ar saiti: { $actors }, bez saites: { $untied }. Tīkla blīvums: { $density }.
nr-gov-civil = Starp valdību un pilsonisko sabiedrību: saistīti pāri — { $ties }, blīvums — { $density } no iespējamajiem pāriem starp abām pusēm.
nr-gov-civil-none = Tīklā nav nevienas saites starp valdību un pilsonisko sabiedrību, vai arī vienā pusē nav neviena dalībnieka ar saiti.
nr-brokers = Starpnieki (bez tiem daži dalībnieki zaudē savu vienīgo ceļu pie citiem): { $names }.
nr-network-title = Sadarbības tīkls: { $country }
nr-network-caption = Sadarbības tīkls: { $country }. Dalībnieki iekrāsoti pēc sektora, to lielums atbilst starpniecībai; bultas apzīmē vienpusējas saites.
nr-network-alt = Tīkla attēls: dalībnieki — { $actors }, saistīti pāri — { $pairs }, saistītas daļas — { $components }; šīs sadaļas tabulās tie paši dati sniegti teksta veidā.
nr-central-caption = Dalībnieki, kas visvairāk savieno citus (starpniecība)
nr-ties-caption = Sadarbības saites, kā tās apraksta ziņojums
nr-col-actor = Dalībnieks
nr-col-sector = Sektors
nr-col-partners = Partneri
nr-col-betweenness = Starpniecība
nr-col-from = No
nr-col-to = Kam
nr-col-kind = Veids
nr-col-direction = Virziens
nr-col-mechanism = Mehānisms
nr-col-status = Statuss
nr-col-name = Nosaukums ziņojumā
nr-col-focus = Fokuss
nr-col-holder = Pārzina
nr-col-category = Ierobežojums
nr-col-respondents = Respondenti
nr-col-statement = Ko saka ziņojums
nr-col-capability = Kompetence
nr-col-rule = Nepilnības noteikums
nr-no-documents = Nodaļā nav minēti politikas dokumenti vai tiesību akti.
nr-mechanisms-intro = Katrs mehānisma veids, ko meklē ziņojums, ar to, ko fiksē nodaļa; veids, kas nav minēts, ir atzīmēts ar „nav fiksēts”.
nr-mechanisms-caption = Mehānismi: { $country }
nr-state-formal = formāls
nr-state-functional_equivalent = funkcionāls ekvivalents
nr-state-expired = beidzies
nr-state-absent = nav
nr-state-not_recorded = nav fiksēts
nr-no-limitations = Nodaļā nav minēti izaicinājumi vai ierobežojumi.
nr-limitations-caption = { $country }: izaicinājumi un ierobežojumi pa kategorijām
nr-limitations-alt = Stabiņu diagramma ar ierobežojumiem, ko min nodaļa ({ $country }), pa kategorijām; zemāk esošajā tabulā ir tie paši dati.
nr-limitations-alt-counted = Stabiņu diagramma, kas rāda, cik respondentu ({ $country }) izvēlējās katru ierobežojumu; zemāk esošajā tabulā ir tie paši dati.
nr-limitations-table = Nodaļā minētie ierobežojumi
nr-gap-heading = Ko konstatē nepilnību analīze
nr-gap-intro = Katrs konstatējums izriet no nosaukta noteikuma, kas piemērots atlantam (skatiet nepilnību analīzes lapas); tā avoti ir fakti, uz kuriem tas balstās. „Nav fiksēts” apzīmē to, par ko ziņojums nesaka ne vienu, ne otru.
nr-involve = iesaistīt: { $names }
nr-recommendations = Ziņojuma ieteikumi
nr-organisations-participated = Uzaicinātie dalībnieki, kas piedalījās pētījumā
nr-organisations-invited_not_participated = Citi uzaicinātie dalībnieki
nr-organisations-mentioned = Citi respondentu minētie dalībnieki
nr-comparison = Reģionālais salīdzinājums
nr-comparison-intro = Vienpadsmit valstis līdzās, aprēķināts no katras nodaļas faktiem. Zīmes: { $legend }.
nr-comparison-mechanisms = Mehānismi pa valstīm
nr-chart-mechanisms-caption = Mehānismi pa valstīm, pēc statusa
nr-chart-mechanisms-alt = Stabiņu diagramma, kas rāda, cik mehānismu veidu ir katrai valstij, pēc statusa; iepriekš esošajā tabulā ir tie paši dati.
nr-comparison-mandates-title = Kompetences
nr-comparison-mandates-intro = Cik dalībniekiem katrā valstī ir katra kompetence; ✗, ja ziņojums norāda, ka vienīgajam dalībniekam, ko tas nosauc, šīs kompetences nav; tukšs, ja tas nevienu nenosauc.
nr-comparison-mandates = Dalībnieki ar katru kompetenci pa valstīm
nr-comparison-sectors-title = Dalībnieki mehānismos
nr-comparison-sectors-intro = Kādi dalībnieku veidi ir darbojošā mehānismā: ✓ vismaz viens ir, ○ valstī ir šādi dalībnieki, bet neviens nav mehānismā, tukšs, ja atlantā nav fiksēts neviens.
nr-comparison-sectors = Dalībnieku veidi darbojošā mehānismā pa valstīm
nr-comparison-limitations-intro = Izaicinājumi un ierobežojumi pa kategorijām: respondentu skaits, kas to izvēlējās, ja nodaļa to norāda, • ja nodaļa to min bez skaitļa.
nr-comparison-limitations = Ierobežojumi pa valstīm
nr-chart-limitations-caption = Nodaļās minētie ierobežojumi pa valstīm un kategorijām
nr-chart-limitations-alt = Stabiņu diagramma ar ierobežojumiem, ko min katra nodaļa, pa kategorijām; iepriekš esošajā tabulā ir skaitļi.
nr-chart-participation-caption = Uzaicinātie un anketu aizpildījušie respondenti pa valstīm
nr-chart-participation-alt = Stabiņu diagramma, kas rāda, cik dalībnieku katrā valstī tika uzaicināti un cik aizpildīja anketu, ja nodaļa norāda skaitu.
nr-comparison-gaps-title = Nepilnības reģionā
nr-comparison-gaps-intro = Katrs nepilnību analīzes noteikums katrā valstī: ● fiksēta nepilnība, ○ nav fiksēts ne tā, ne citādi, i piezīme (nav nepilnība), tukšs, ja noteikums neko nekonstatē.
nr-comparison-gaps = Nepilnību konstatējumi pa noteikumiem un valstīm
nr-download = Lejupielādēt:
nr-link = Sagatavotais ziņojums
nr-link-lead = Šīs valsts nodaļa, atjaunota no atlanta — konstatējumi, dalībnieki un kompetences, sadarbība, mehānismi, ierobežojumi, secinājumi no nepilnību analīzes —, katram apgalvojumam norādot avotu.
nr-read = Lasīt ziņojumu
insight-report = Reģiona sagatavotais ziņojums
insight-report-lead = Viss pētījums, atjaunots no atlanta: kopsavilkums, katras valsts nodaļa un reģionālais salīdzinājums, katram apgalvojumam norādot avotu.

## Referral (cases, consent, pathways)
nav-cases = Gadījumi
cases-title = Gadījumi un nosūtījumi
cases-lead = Jūsu organizācijas reģistrētie gadījumi un tai adresētie nosūtījumi. Personas dati ir šifrēti un tiek rādīti tikai tiem, kam tie nepieciešami; katra to apskate tiek reģistrēta.
cases-open = Reģistrēt gadījumu
cases-screen-first = vai vispirms izvērtēt situāciju
cases-inbox = Nosūtījumi jūsu organizācijai
cases-country-referrals = Nosūtījumi jūsu valstī
cases-inbox-empty = Nav nosūtījumu.
cases-mine = Jūsu organizācijas reģistrētie gadījumi
cases-none = Gadījumu vēl nav.
case-reference = Gadījums
case-action = Darbība
case-from = No
case-to = Kam
case-state = Stāvoklis
case-sent = Nosūtīts
case-deadline = Termiņš
case-exploitation = Ekspluatācijas veids
case-persons = Personas
case-anonymised = Anonimizēts { $date }: glabāšanas termiņš beidzās, tāpēc vārdi, dzimšanas datumi, pilsonības, kontaktinformācija, piezīmes un ziņas tika iznīcinātas. Statistikai uzskaitītais saglabājas.
case-level = Izvērtēšanas līmenis
case-opened = Reģistrēts
case-updated = Pēdējās izmaiņas
case-new-title = Reģistrēt gadījumu
case-new-lead = Aprakstiet situāciju un iesaistītās personas. Ievadiet personu atsevišķi, ja tās ceļš atšķiras (nepilngadīgais pieaugušo vidū); personu grupa ar vienādu ceļu var būt viena rinda bez vārdiem.
case-new-from-screening = Jūsu veiktā izvērtēšana ir pievienota šim gadījumam: { $level }.
case-situation = Situācija
case-work-sector = Darba nozare
case-region = Reģions
case-persons-help = Lai izlaistu rindu, atstājiet personas uzturēšanās statusu „nav personas”. Personas datu lauki nav obligāti: norādiet tikai to, kas nepieciešams nosūtīšanai.
case-person-n = Persona { $n }
case-no-person = nav personas
case-residence = Uzturēšanās statuss
case-age = Vecuma grupa
case-count = Personu skaits ar šo ceļu
case-gender = Dzimums
case-nationality-group = Pilsonības grupa (saglabā statistikai)
case-name = Vārds vai pseidonīms
case-birth-date = Dzimšanas datums
case-nationality = Pilsonība
case-contact = Kontaktinformācija
case-encrypted = Vārdi, dzimšanas datumi, pilsonības, kontaktinformācija, piezīmes un ziņas pirms saglabāšanas tiek šifrētas pa laukiem.
case-title = Gadījums { $reference }
view-owner = Jūsu organizācija identificēja šo gadījumu: jūs redzat to pilnībā.
view-receiver = Šis gadījums tika nosūtīts jūsu organizācijai: jūs redzat situāciju un tikai to, kas nepieciešams jūsu darbībai.
view-oversight = Nacionālā koordinatora skats: gadījums un tā nosūtījumi bez personas datiem.
case-identified-by = Identificēja
case-not-screened = nav izvērtēts
case-group-of = { $count ->
    [zero] { $count } personu grupa
    [one] { $count } personas grupa
   *[other] { $count } personu grupa
}
case-withheld = Jūsu organizācijai netiek rādīts: { $fields }.
case-consent = Piekrišana
case-no-consent = Piekrišana vēl nav reģistrēta. Personu, kas atsakās no visa, joprojām var uzskaitīt anonīmi.
case-person = Persona
case-purpose = Nepieciešamā piekrišana
case-method = Kā tā dota
case-recorded = Reģistrēta
case-withdrawn = Atsaukta
case-withdraw = Atsaukt
case-share-with = Organizācija (tikai datu kopīgošanai)
case-record-consent = Reģistrēt piekrišanu
case-proposals = Ierosinātie nosūtījumi
case-proposals-lead = Ko valsts nosūtīšanas ceļš paredz katrai personai, ar iemeslu un ziņojuma vārdiem. Atzīmējiet tos, kurus nosūtīt.
case-see-pathway = Skatīt visu nosūtīšanas ceļu.
case-no-proposals = Nosūtīšanas ceļš šai situācijai neparedz nevienu nosūtījumu.
case-undefined-route = Ziņojumā šis ceļš nav noteikts; tā vietā tiek piedāvāts koordinators.
case-because = Iemesls:
case-consent-on-record = Reģistrētā piekrišana: { $purpose }.
case-consent-missing = Trūkst piekrišanas: { $purpose }. Reģistrējiet to pirms nosūtīšanas.
case-message = Ziņa saņēmējām organizācijām (nav obligāta)
case-send = Nosūtīt atzīmētos nosūtījumus
case-referrals = Nosūtījumi
case-no-referrals = Vēl nav neviena nosūtījuma.
case-until = līdz { $date }
case-until-label = Pārdomu perioda beigas (ja piešķirts)
case-reason = Iemesls
case-outcome = Iznākums
case-notes = Piezīmes
case-add-note = Pievienot piezīmi
case-seen-by = Kas ir skatījis personas datus
case-when = Kad
case-who = Kas
case-what = Ko
pathway-title = Nosūtīšanas ceļš: { $country }
pathway-lead = Kam nosūtīt? Ceļi, ko apraksta 2013. gada ziņojums, katrs ar savu avotu. Ja ziņojumā ceļš nav noteikts, nosūtīšanas ceļš to norāda un piedāvā koordinatoru.
pathway-coordinator-formal = Nacionālais koordinators:
pathway-coordinator-closest = Nacionālā koordinatora nav; institūcija, ko ziņojums nosauc par vistuvāko šai lomai:
pathway-undefined-count = { $count ->
    [zero] Ziņojumā nav noteikti { $count } ceļi.
    [one] Ziņojumā nav noteikts { $count } ceļš.
   *[other] Ziņojumā nav noteikti { $count } ceļi.
}
pathway-rules = Ceļi un to avoti
pathway-when = Kad
pathway-source = Avots
pathway-undefined = ziņojumā nav noteikts
pathway-any-case = jebkurš gadījums
pathway-from-level = izvērtēšanas līmenis vismaz { $level }
pathway-from-sector = nosūtītājs: { $sectors }
pathway-no-consent = Šajā ceļā piekrišana nav nepieciešama.
pathway-days = { $days ->
    [zero] { $days } dienas
    [one] { $days } diena
   *[other] { $days } dienas
}
pathway-link = Nosūtīšanas ceļš: kam nosūtīt?
residence-legal_resident = likumīgs iedzīvotājs
residence-eu_citizen = ES pilsonis
residence-irregular_migrant = neatbilstīgs migrants
residence-asylum_seeker = patvēruma meklētājs
age-adult = pieaugušais
age-minor = nepilngadīgais
age-unknown = vecums nav zināms
gender-female = sieviete
gender-male = vīrietis
gender-other = cits
gender-unknown = nav zināms
nationality_group-national = šīs valsts pilsonis
nationality_group-eu_eea = ES/EEZ pilsonis
nationality_group-third_country = trešās valsts pilsonis
nationality_group-unknown = nav zināms
exploitation-labour_exploitation = Darba ekspluatācija
exploitation-forced_labour = Piespiedu darbs
exploitation-forced_begging = Piespiedu ubagošana
exploitation-forced_criminality = Piespiedu noziedzīgas darbības
exploitation-domestic_servitude = Piespiedu mājkalpība
exploitation-sexual_exploitation = Seksuālā ekspluatācija
exploitation-other = Cits
work-agriculture = Lauksaimniecība
work-construction = Būvniecība
work-manufacturing = Ražošana
work-hospitality = Restorāni un viesnīcas
work-cleaning = Uzkopšana
work-domestic_work = Mājsaimniecības darbs
work-fishing = Zvejniecība
work-forestry = Mežsaimniecība un ogošana
work-transport = Transports
work-care = Aprūpe
work-other = Cits
action-investigate = Kriminālizmeklēšana
action-inspect = Darba inspekcijas pārbaude
action-determine_victim_status = Upura statuss
action-grant_reflection_period = Pārdomu periods
action-decide_residence_permit = Uzturēšanās atļauja
action-provide_assistance = Palīdzība
action-child_protection = Bērnu aizsardzība
action-repatriation = Repatriācija
purpose-referral_assistance = nosūtīšana uz palīdzības sistēmu
purpose-police_contact = saziņa ar policiju
purpose-share_with_organisation = datu kopīgošana ar norādītu organizāciju
purpose-support_services = atbalsta pakalpojumi
purpose-statistics = izmantošana statistikā
method-signed_form = parakstīta veidlapa
method-oral_with_witness = mutiski, liecinieka klātbūtnē
method-via_interpreter = ar tulka starpniecību
field-name = vārds
field-birth_date = dzimšanas datums
field-nationality = pilsonība
field-contact = kontaktinformācija
field-notes = piezīmes
field-messages = ziņas
state-sent = nosūtīts
state-acknowledged = saņemšana apstiprināta
state-accepted = pieņemts
state-declined = noraidīts
state-decided = lēmums pieņemts
state-closed = slēgts
step-send = Nosūtīts
step-acknowledge = Apstiprināt saņemšanu
step-accept = Pieņemt
step-decline = Noraidīt
step-decide = Reģistrēt iznākumu
step-close = Slēgt
step-consent_withdrawn = Piekrišana atsaukta
outcome-presumed_victim = iespējamais upuris
outcome-confirmed_victim = apstiprināts upuris
outcome-not_a_victim = nav upuris
outcome-reflection_period_granted = piešķirts pārdomu periods
outcome-residence_permit_granted = piešķirta uzturēšanās atļauja
outcome-residence_permit_refused = atteikta uzturēšanās atļauja
outcome-assistance_started = uzsākta palīdzības sniegšana
outcome-investigation_opened = uzsākts kriminālprocess
outcome-child_protection_started = uzsākti bērna aizsardzības pasākumi
outcome-inspection_carried_out = pārbaude veikta
cases-open-from-screening = Reģistrēt gadījumu ar šo izvērtēšanu
pathway-open = Skatīt, kas saņem gadījumu un kādam nolūkam, saskaņā ar ziņojumu
statistics-title = Statistika
statistics-lead = Anonimizēti skaitļi no OpenNRM reģistrētajiem gadījumiem pa valstīm. Neviens ieraksts netiek rādīts: katrs skaits, kas mazāks par { $k } (izņemot nulli), tiek slēpts, tāpat kā katrs skaits, no kura šādu skaitu varētu aprēķināt.
statistics-measures = Ko uzskaita
statistics-downloads = Lejupielādēt:
statistics-htcds = Human Trafficking Case Data Standard formātā (CSV)
statistics-suppressed-note = „–” apzīmē slēptu skaitu (mazāku par { $k } vai tādu, kas atklātu šādu skaitu). Nulles ir parādītas.
statistics-total = Kopā
statistics-all-countries = visas valstis
statistics-measure-persons = Identificētās personas
statistics-measure-cases = Gadījumi
statistics-measure-referrals = Nosūtījumi
statistics-measure-decisions = Lēmumi
statistics-axis-persons = personas
statistics-axis-cases = gadījumi
statistics-axis-referrals = nosūtījumi
statistics-axis-decisions = lēmumi
statistics-dimension-year = Pa gadiem
statistics-dimension-work_sector = Pa darba nozarēm
statistics-dimension-exploitation = Pēc ekspluatācijas veida
statistics-dimension-age_group = Pēc vecuma grupas
statistics-dimension-gender = Pēc dzimuma
statistics-dimension-nationality_group = Pēc pilsonības grupas
statistics-dimension-residence = Pēc uzturēšanās statusa
statistics-dimension-referring_sector = Pēc identificējušās organizācijas sektora
statistics-dimension-days_to_referral = Dienas no identificēšanas līdz pirmajam nosūtījumam
statistics-dimension-days_to_decision = Dienas no identificēšanas līdz pirmajam lēmumam
statistics-dimension-screening_level = Pēc izvērtēšanas līmeņa
statistics-dimension-action = Pēc pieprasītās darbības
statistics-dimension-state = Pēc nosūtījuma pašreizējā stāvokļa
statistics-dimension-outcome = Pēc lēmuma
statistics-not_recorded = nav fiksēts
statistics-not_screened = nav izvērtēts
days-not_referred = vēl nav nosūtīts
days-no_decision = lēmuma vēl nav
days-same_day = tajā pašā dienā
days-1_to_7_days = 1–7 dienas
days-8_to_30_days = 8–30 dienas
days-31_to_90_days = 31–90 dienas
days-over_90_days = vairāk nekā 90 dienas
nav-statistics = Statistika
jobs-title = Fona uzdevumi
jobs-lead = Termiņi, eskalācijas un e-pasta vēstules, ko izpilda tas servera mezgls, kurš tos pārņem pirmais. Neizdevies uzdevums tiek atkārtots ar arvien garākām pauzēm, līdz mēģinājumi ir izsmelti; pēc tam tas paliek šeit kā neizdevies, līdz jūs to atkal ievietojat rindā.
jobs-none = Uzdevumu vēl nav.
jobs-kind = Uzdevums
jobs-state = Stāvoklis
jobs-attempts = Mēģinājumi
jobs-due = Termiņš
jobs-error = Pēdējā kļūda
jobs-updated = Pēdējās izmaiņas
jobs-retry = Ievietot rindā vēlreiz
job-escalation_sweep = Meklēt nosūtījumus, kuru saņemšanas apstiprināšanas termiņš ir pagājis
job-apply_retention = Anonimizēt slēgtos gadījumus, kuru glabāšanas termiņš ir beidzies
job-send_email = Nosūtīt e-pasta vēstuli
job-state-queued = rindā
job-state-running = izpildās
job-state-done = izpildīts
job-state-failed = neizdevās
notifications-title = Paziņojumi
notification-referral_unacknowledged = Nosūtījuma saņemšana nav laikus apstiprināta
notifications-open = Atvērt gadījumu
case-plan = Palīdzības plāns
case-plan-empty = Palīdzības uzdevumu vēl nav.
case-plan-help = Uzdodiet uzdevumu pakalpojumu sniedzējam, kura kompetence atlantā to aptver. Personai jābūt devušai piekrišanu atbalsta pakalpojumiem; sniedzējs redz tikai to, kas nepieciešams uzdevumam (patversme: vārdu un kontaktinformāciju).
case-assistance = Palīdzība
case-provider = Sniedzējs
case-assign = Uzdot uzdevumu
tasks-title = Palīdzības uzdevumi
tasks-lead = Jūsu organizācijai uzdotie uzdevumi, katram ar tikai to informāciju par personu, kas tam nepieciešama. Pats gadījums paliek organizācijā, kas uzdeva uzdevumu.
tasks-none = Jūsu organizācijai nav uzdots neviens uzdevums.
tasks-from = Uzdeva: { $organisation }
assistance-accommodation = Izmitināšana
assistance-legal_aid = Juridiskā palīdzība
assistance-health_care = Veselības aprūpe
assistance-psychological_support = Psiholoģiskais atbalsts
assistance-interpreter = Tulks
assistance-subsistence = Iztikas līdzekļi
assistance-reflection_period_support = Atbalsts pārdomu perioda laikā
assistance-residence_permit_support = Atbalsts uzturēšanās atļaujas saņemšanā
assistance-repatriation = Repatriācija
assistance-return_and_reintegration = Atgriešanās un reintegrācija
task-state-assigned = uzdots
task-state-in_progress = procesā
task-state-completed = pabeigts
task-state-declined = noraidīts
task-step-start = Sākt
task-step-complete = Atzīmēt kā pabeigtu
task-step-decline = Noraidīt
nav-tasks = Uzdevumi
nav-jobs = Fona uzdevumi
notification-referral_overdue = Nosūtījums jūsu organizācijai gaida ilgāk par termiņu: lūdzu, apstipriniet tā saņemšanu
nav-inspections = Pārbaudes
inspections-title = Kopīgas pārbaudes
inspections-lead = Vairāku iestāžu kopīgi veiktas darbavietu pārbaudes, katrai iestādei rīkojoties uz sava juridiskā pamata. Dānijā "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; ziņojums tās iesaka kā vienu no veidiem, kā koordinēt centienus un izprast vienam otra darbu.
inspections-none = Jūsu organizācija vēl nepiedalās nevienā kopīgā pārbaudē.
inspection-title = Kopīga pārbaude
inspection-reference = Atsauces numurs
inspection-date = Datums
inspection-agencies = Iesaistītās iestādes
inspection-agency = Iestāde
inspection-state = Stāvoklis
inspection-state-planned = plānota
inspection-state-closed = notikusi un slēgta
inspection-planned-by = plānoja: { $organisation }
inspection-planned-by-label = Plānoja
inspection-plan = Plānot kopīgu pārbaudi
inspection-plan-help = Atzīmējiet vismaz divas savas valsts iestādes un norādiet juridisko pamatu, uz kura katra veic pārbaudi (nodokļu administrācija — nodokļu jomā, darba inspekcija — darba drošības jomā, policija — noziegumu jomā). Pārbaudi redzēs tikai atzīmētās iestādes.
inspection-when-where = Kad un kur
inspection-takes-part = Piedalās
inspection-legal-basis = Juridiskais pamats
inspection-plan-submit = Plānot pārbaudi
inspection-findings = Konstatējumi
inspection-no-findings = Neviena iestāde vēl nav reģistrējusi konstatējumus.
inspection-workers = { $met ->
    [zero] satikti { $met } darbinieki
    [one] satikts { $met } darbinieks
   *[other] satikti { $met } darbinieki
}
inspection-screened = { $screened ->
    [zero] izvērtēti { $screened }
    [one] izvērtēts { $screened }
   *[other] izvērtēti { $screened }
}
inspection-record-finding = Jūsu iestādes konstatējumi
inspection-workers-met = Satiktie darbinieki
inspection-workers-screened = Ar indikatoriem izvērtētie darbinieki
inspection-note = Ko konstatējāt (redz tikai iesaistītās iestādes; šifrēts)
inspection-record = Reģistrēt konstatējumus
inspection-cases = Šīs pārbaudes rezultātā reģistrētie gadījumi
inspection-no-cases = Šīs pārbaudes rezultātā nav reģistrēts neviens gadījums.
inspection-open-case = Reģistrēt gadījumu no šīs pārbaudes
inspection-screen = Izvērtēt darbinieka situāciju
inspection-in-atlas = Atlants fiksē šīs pārbaudes sadarbību redakcijā { $revision }.
inspection-see-diff = Skatīt, kas mainījās
inspection-close-help = Slēdziet pārbaudi, kad tā ir notikusi: tad atlants fiksē kopīgas pārbaudes saiti starp katru iesaistīto iestāžu pāri, norādot šo pārbaudi kā avotu.
inspection-close = Slēgt pārbaudi
case-from-inspection = Šis gadījums tiek reģistrēts no kopīgās pārbaudes { $reference }.
case-inspection = Kopīga pārbaude
notification-decision_overdue = Nosūtījumam jūsu organizācijai ir nokavēts lēmuma termiņš: lūdzu, reģistrējiet lēmumu
notification-decision_escalated = Nosūtījuma lēmums ir nokavēts
notification-reflection_period_ending = Pārdomu periods beidzas nedēļas laikā: plānojiet turpmāko rīcību
screening-for-inspection = Šī izvērtēšana tiek veikta kopīgās pārbaudes { $reference } ietvaros; gadījums, kas reģistrēts pēc tās rezultāta, tiek saistīts ar pārbaudi.

## Survey (issue 11)
study-survey-link = Aptauja pa viļņiem
survey-title = Aptauja
survey-lead = Karte tiek uzturēta aktuāla tāpat, kā to veidoja 2013. gada pētījums: anketa katras valsts dalībniekiem, īsa alternatīva veidlapa tiem, kam nav kompetences, un ieteikumi — viens respondents ved pie nākamā. 0. vilnis ir 2012. gada pētījums, nolasīts no atlanta; blakus tam ir ziņojumā norādītie skaitļi.
survey-start = Sākt vilni: { $country }
survey-wave-label = Viļņa nosaukums
survey-wave-label-example = piem., 2027. gada atjauninājums
survey-days-open = Cik dienas uzaicinājuma saites darbojas
survey-start-submit = Sākt vilni
survey-waves = Viļņi
survey-country = Valsts
survey-wave = Vilnis
survey-invited = Uzaicināti
survey-completed = Aizpildīja
survey-short-form = Īsā veidlapa
survey-declined = Atteicās
survey-no-reply = Neatbildēja
survey-started = Sākts
survey-proposed = Ierosināti
survey-report-states = Ko norāda ziņojums
survey-questionnaire = Anketa
survey-closes = Saites darbojas līdz
survey-closed = slēgts
survey-snowball-depth = Garākā ieteikumu ķēde
survey-by-sector = Pa sektoriem
survey-sector = Sektors
survey-invitees = Uzaicinātie
survey-export-csv = Uzaicinātie CSV formātā
survey-export-graphml = Piesaistes koks GraphML formātā
survey-organisation = Organizācija
survey-contact = Kontaktpersona
survey-email = E-pasts
survey-state = Stāvoklis
survey-nominated-by = Ieteica
survey-link = Saite
survey-state-proposed = ierosināts
survey-state-invited = uzaicināts
survey-state-started = sākts
survey-state-completed = aizpildīts
survey-state-declined = atteicās
survey-form-full = anketa
survey-form-alternative = īsā veidlapa
survey-new-link = Jauna saite
survey-issue-links = Izsniegt saites ierosinātajiem uzaicinātajiem
survey-add-invitee = Pievienot uzaicināto
survey-atlas-actor = Atlanta dalībnieks
survey-new-organisation-option = (cita organizācija, nosaukta zemāk)
survey-new-organisation = Cita organizācija
survey-add-submit = Pievienot
survey-tree = Piesaistes koks
survey-tree-caption = Katrs lodziņš ir uzaicinātais (#pozīcija, organizācija, stāvoklis); līnija ved no respondenta pie kontaktiem, kurus tas ieteica. Iepriekš esošajā uzaicināto tabulā ir tas pats.
survey-links-title = Uzaicinājuma saites
survey-links-lead = Katra saite tiek parādīta tikai šoreiz: izdrukājiet šo lapu vai tagad nosūtiet katru saiti tās uzaicinātajam. Tiek saglabāts tikai katras saites nospiedums, tāpēc pazaudētu saiti nevar parādīt vēlreiz — tā vietā izsniedziet jaunu.
survey-links-none = Neviens uzaicinātais negaidīja saiti.
survey-back-to-wave = Atpakaļ pie viļņa
survey-respond-title = Anketa par cilvēku tirdzniecību darba ekspluatācijas nolūkā
survey-respond-lead = Jūs atbildat organizācijas { $organisation } ({ $country }) vārdā. Jūsu atbildes redz tikai nacionālais koordinators, un atlantā tās tiek iekļautas tikai pēc pārskatīšanas.
survey-respond-closes = Šī saite darbojas līdz { $date }.
survey-saved = Jūsu atbildes ir saglabātas. Varat atgriezties, izmantojot to pašu saiti, līdz tās iesniedzat.
survey-comment-on = Komentārs par izvēli „{ $choice }”
survey-your-answer = Jūsu atbilde
survey-more = Ko vēl vēlaties piebilst
survey-save = Saglabāt un turpināt vēlāk
survey-submit = Iesniegt atbildes
survey-short-help = Jums nav pieredzes, kompetences vai zināšanu, lai atbildētu uz šiem jautājumiem? Daži īsi alternatīvi jautājumi tā vietā jautā par jūsu darbu.
survey-full-help = Jums ir pieredze, lai atbildētu uz pilno anketu? Varat pārslēgties atpakaļ.
survey-switch-short = Tā vietā atbildēt uz īsajiem jautājumiem
survey-switch-full = Tā vietā atbildēt uz pilno anketu
survey-decline = Atteikties piedalīties
survey-nominate = Ko vēl mums vajadzētu aptaujāt?
survey-nominate-help = Nosauciet personu, kuras organizācija strādā vai varētu strādāt cilvēku tirdzniecības darba ekspluatācijas nolūkā jomā: koordinators lemj, vai to uzaicināt.
survey-nominee-name = Personas vārds
survey-why = Kāpēc persona ir nozīmīga
survey-nominate-submit = Ieteikt
survey-done-title = Paldies
survey-done-thanks = Jūsu atbildes ir iesniegtas. Šī saite vairs neatver anketu.
survey-declined-thanks = Jūs atteicāties piedalīties. Šī saite vairs neatver anketu.
survey-review = Pārskatīšana: no atbildēm uz atlantu
survey-review-help = Aizpildītās atbildes ierosina izmaiņas atlantā: respondents, kas atbild atlanta dalībnieka vārdā, ierosina saites ar tā nosauktajiem partneriem un tā atzīmētās kompetences; jebkurš respondents ierosina mehānismus, kas pēc viņa teiktā pastāv. Atbildes par vienu un to pašu faktu ir parādītas kopā, kā arī tie, kas uz to pašu jautājumu atbildēja, to nenosaucot. Pieņemiet priekšlikumu (cita sadarbības veida vai novērtējuma izvēle, nekā ierosināts, tiek reģistrēta kā labojums) vai noraidiet to; pieņemts priekšlikums tiek iekļauts atlantā kā jauna redakcija ar atsauci uz atbildi līdzās ziņojuma citātiem.
survey-see-diff = Kas mainījies kopš 2013. gada
survey-no-proposals = Neviena aizpildīta atbilde vēl neierosina izmaiņas.
survey-fact-tie = Sadarbība
survey-fact-mandate = Kompetence
survey-fact-mechanism = Mehānisms
survey-conflicting = atbildes atšķiras
survey-named-by = { $count ->
    [zero] minējuši { $count } respondenti
    [one] minējis { $count } respondents
   *[other] minējuši { $count } respondenti
}
survey-answered-without = { $count ->
    [zero] { $count } respondenti atbildēja, to nenosaucot
    [one] { $count } respondents atbildēja, to nenosaucot
   *[other] { $count } respondenti atbildēja, to nenosaucot
}
survey-not-in-atlas = nav fiksēts
survey-mandate-held = ir
survey-mandate-denied = norādīts, ka nav
survey-grade = Novērtējums
survey-limitations-help = { $count ->
    [zero] Aprēķināts no { $count } respondentiem, kuri aizpildīja pilno anketu. Pieņemot skaitu, tas tiek pievienots atlantam kā ierobežojums ar atsauci uz šo vilni; ziņojuma skaitļi paliek nemainīgi.
    [one] Aprēķināts no { $count } respondenta, kurš aizpildīja pilno anketu. Pieņemot skaitu, tas tiek pievienots atlantam kā ierobežojums ar atsauci uz šo vilni; ziņojuma skaitļi paliek nemainīgi.
   *[other] Aprēķināts no { $count } respondentiem, kuri aizpildīja pilno anketu. Pieņemot skaitu, tas tiek pievienots atlantam kā ierobežojums ar atsauci uz šo vilni; ziņojuma skaitļi paliek nemainīgi.
}
survey-reminders = Atgādinājumi
survey-send-reminders = Atgādināt tiem, kas nav atbildējuši
survey-reminders-help = Katrs saņem jaunu saiti (iepriekšējā vairs nedarbojas); tas, ko viņi saglabājuši, paliek.
survey-in-atlas = Jau atlantā
survey-decision = Lēmums
survey-decision-accepted = pieņemts
survey-decision-edited = pieņemts ar citu veidu
survey-decision-rejected = noraidīts
survey-in-revision = redakcija { $revision }
survey-kind = Veids
survey-accept = Pieņemt
survey-reject = Noraidīt
survey-limitations = Darbu ierobežojošie faktori
survey-limitation = Ierobežojums
survey-respondents-naming = Respondenti, kas to min
survey-emailed = Pa e-pastu
survey-emailed-yes = nosūtīts

# Machine-drafted translation, not yet reviewed by a national reviewer.
# OpenNRM-brugerflade, dansk. Nøglerne er grupperet efter side; ordforrådsetiketter følger
# mønstret <ordforråd>-<værdi>, så koden kan slå dem op ud fra data.

# Sprogets eget navn til sprogvælgeren, og om en national korrekturlæser har
# bekræftet oversættelsen (yes / no): siderne viser en markering »endnu ikke gennemgået«, hvor det ikke er tilfældet.
language-name = Dansk
translation-reviewed = no
language-switcher = Sprog
nav-main = Hovedmenu
translation-unreviewed = Denne oversættelse er maskinelt udarbejdet og endnu ikke gennemgået af en national korrekturlæser. Den engelske tekst er gældende.

site-name = OpenNRM
site-tagline = Hvem identificerer, henviser og hjælper ofre for menneskehandel med henblik på arbejdsudnyttelse
nav-countries = Lande
nav-search = Søg
nav-api = API
nav-about = Om data
skip-to-content = Spring til indhold
footer-source = Data: { $report }.
footer-licence = OpenNRM er fri software. Hvert faktum linker til det afsnit i rapporten, det stammer fra.
footer-revision = Atlasrevision { $revision }, indlæst { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Aktører mod menneskehandel med henblik på arbejdsudnyttelse i 11 lande
home-lead = Atlasset kortlægger for hvert land i Østersørådets undersøgelse de aktører, der kan identificere, henvise og hjælpe ofre, deres mandater, hvordan de samarbejder, og hvilke nationale mekanismer der findes. Hvert faktum viser den sætning i rapporten, det stammer fra.
home-countries = Lande
home-glance = Mekanismer i overblik
home-glance-lead = Hvilke nationale mekanismer rapporten registrerer for hvert land. Et fravær er også et resultat.
home-legend = Hvad farverne betyder
home-chips-lead = Hvert kort viser de nationale mekanismer, rapporten spørger til, graderet sådan som rapporten beskriver dem:
home-legend-formal = formel (en stilling eller et organ med dette navn)
home-legend-functional-equivalent = funktionel ækvivalent (rapporten: »comes closest to«, »a coordinating role«)
home-legend-expired = udløbet (perioden er slut)
home-legend-absent = registreret som fraværende
home-legend-not-recorded = ikke registreret i rapporten
home-respondents = { $completed } af { $invited } inviterede besvarede spørgeskemaet
home-respondents-completed = { $completed } besvarede spørgeskemaet
home-counts = { $actors } aktører · { $mandates } mandater · { $ties } samarbejdsrelationer · { $mechanisms } mekanismer
home-search-title = Søg i atlasset
home-search-lead = Ethvert ord i ethvert faktum: en aktørs navn, et mandat, en lov (»§ 262a«), en sætning i rapporten. Brug filtrene på søgesiden for at finde aktører ud fra, hvad de må gøre (hvem afgør offerstatus i Danmark?).

country-native = På landets sprog: { $name }
country-chapter = Rapportens kapitel: { $chapter }
country-on-this-page = På denne side
country-findings = Resultater
country-participation = Hvem deltog i undersøgelsen
country-actors = Aktører og mandater
country-governmental = Offentlige
country-non-governmental = Ikke-offentlige
country-cooperation = Samarbejde
country-cooperation-lead = Samarbejdsrelationer, som respondenterne beskrev dem. Den første aktør er den, hvis svar beskriver relationen.
country-policy = Politik og lovgivning
country-mechanisms = Mekanismer
country-challenges = Udfordringer og begrænsninger
country-challenges-lead = Begrænsninger, som respondenterne nævnte; tallet angiver, hvor mange der nævnte dem, hvor rapporten oplyser det.
country-conclusions = Konklusioner
country-ambiguities = Hvor rapporten er tvetydig
country-ambiguities-lead = Rapporten siger forskellige ting forskellige steder. Hver fortolkning bevares med sit citat.
country-lists = Relevante myndigheder og organisationer
country-no-cooperation = Rapporten beskriver ingen samarbejdsrelationer for dette land.
country-no-documents = Rapporten nævner intet retligt instrument eller politisk dokument for dette land.
country-no-limitations = Rapporten angiver ingen tal for begrænsninger for dette land.
country-invited = Inviterede
country-completed = Besvarede
country-reading = Fortolkning
country-respondents = Respondenter
country-counts-unknown = ikke oplyst

actor-native-name = Navn på landets sprog
actor-acronym = Forkortelse
actor-also-known-as = Også kaldet
actor-sector = Sektor
actor-level = Niveau
actor-study-status = I undersøgelsen
actor-parent = Del af
actor-children = Enheder
actor-mandates = Mandater
actor-no-mandates = Rapporten angiver intet mandat for denne aktør.
actor-cooperation = Samarbejde
actor-cooperation-out = Samarbejde, som denne aktør beskrev
actor-cooperation-in = Samarbejde med denne aktør, som andre beskrev
actor-no-cooperation = Rapporten beskriver ingen samarbejdsrelation for denne aktør.
actor-mechanisms = Mekanismer
actor-holds = Varetager eller leder
actor-member-of = Medlem af
actor-no-mechanisms = Rapporten nævner ikke denne aktør i nogen national mekanisme.
actor-back = Tilbage til { $country }
actor-find-similar = Andre aktører i denne sektor i de 11 lande

mandate-scope = Omfang: { $scope }
mandate-labour-yes = Omfatter menneskehandel med henblik på arbejdsudnyttelse
mandate-labour-no = Intet mandat vedrørende menneskehandel med henblik på arbejdsudnyttelse
mandate-labour-unknown = Rapporten siger ikke, om dette omfatter arbejdsudnyttelse

mandate-denied = Uden mandat
mandate-denied-scope = Ifølge rapporten må aktøren ikke: { $scope }
mechanism-holder = Varetages eller ledes af
mechanism-members = Medlemmer
mechanism-year = Oprettet
mechanism-frequency = Mødes
mechanism-focus = Fokus

source = Kilde
source-show = Vis kilde
source-line = rapportens linje { $line }
source-record = OpenNRM-post { $record }: et resumé skrevet af OpenNRM, ikke et afsnit af rapporten
source-section = { $country } › { $section }
source-note = Note

search-title = Søg efter aktører
search-lead = Kombinér filtrene efter behov. En søgning på, hvad en aktør må gøre, besvarer spørgsmål som »hvem afgør offerstatus i Danmark?«.
search-text = Navn, navn på landets sprog eller forkortelse
search-country = Land
search-sector = Sektor
search-capability = Mandat
search-study-status = I undersøgelsen
search-any = Alle
search-submit = Søg
search-results = { $count ->
    [0] Ingen aktører matcher.
    [one] Én aktør matcher.
   *[other] { $count } aktører matcher.
}
search-col-actor = Aktør
search-col-country = Land
search-col-sector = Sektor
search-col-mandates = Matchende mandater
search-col-status = I undersøgelsen
search-invalid = { $field }: »{ $value }« er ikke en kendt værdi.
search-too-long = { $field }: højst { $max } tegn.
search-too-many-words = { $field }: højst { $max } ord.
search-kind = Faktumtype
search-facts-text = Ord
search-to-facts = Søg i alle fakta i stedet.
search-to-actors = Find aktører efter navn og filtre i stedet.
search-facts-title = Søg i atlasset
search-facts-lead = Alle fakta: aktørnavne, mandater, mekanismer, dokumenter, begrænsninger, resultater og rapportens citater. Store og små bogstaver og accenter er ligegyldige (»liepaja« finder »Liepāja«), og et ord finder også længere ord, der begynder med det (»reflect« finder »reflection«).
search-facts-results = { $count ->
    [0] Intet matcher.
    [one] Ét afsnit matcher.
   *[other] { $count } afsnit matcher.
}
search-facts-truncated = De første { $count } afsnit, der matcher; tilføj et ord eller et filter for at indsnævre søgningen.

search_kind-country = Land
search_kind-actor = Aktør
search_kind-mandate = Mandat
search_kind-tie = Samarbejde
search_kind-mechanism = Mekanisme
search_kind-document = Dokument
search_kind-limitation = Begrænsning
search_kind-participation = Deltagelse
search_kind-finding = Resultat
search_kind-ambiguity = Tvetydighed
search_kind-respondent = Respondent
search_kind-recommendation = Anbefaling
search_field-name = navn
search_field-native_name = navn på landets sprog
search_field-acronym = forkortelse
search_field-alias = også kaldet
search_field-chapter = kapitel
search_field-scope = omfang
search_field-note = note
search_field-title = titel
search_field-topic = emne
search_field-frequency = mødes
search_field-quote = citat
search_field-reason = begrundelse
search_field-summary = resumé

about-title = Om data
about-lead = Atlasset er rapporten »Actors against Trafficking for Labour Exploitation« fra Østersørådets taskforce mod menneskehandel (2013), omsat til data. Intet er føjet til det, rapporten siger.
about-sources = Hvert faktum angiver det afsnit i landekapitlet, det stammer fra, og et kort citat, der står ordret i rapporten. Hvor rapporten modsiger sig selv, bevares begge fortolkninger.
about-data = Datafilerne er almindelig tekst, én pr. land, og kan gennemgås og rettes som ethvert andet dokument. Hele atlasset kan downloades via API'et.
about-api = JSON-API'et er beskrevet i et OpenAPI-dokument.
about-revisions = Atlassets revisioner

error-not-found-title = Siden blev ikke fundet
error-not-found = Der er ingen { $what } her. Kontrollér adressen, eller start fra listen over lande.
error-bad-request-title = Forespørgslen kunne ikke forstås
error-internal-title = Noget gik galt
error-internal = Siden kunne ikke vises. Fejlen er logget; prøv igen senere.
error-back-home = Gå til listen over lande

yes = ja
no = nej

sector-police = Politi
sector-border_guard = Grænsebevogtning
sector-prosecution = Anklagemyndighed
sector-court = Domstole
sector-labour_inspection = Arbejdstilsyn
sector-tax = Skattemyndigheder
sector-immigration = Udlændingemyndigheder
sector-ministry = Ministerier
sector-coordination_body = Koordinationsorganer
sector-rapporteur = Rapportører
sector-victim_assistance = Hjælp til ofre
sector-municipality = Kommuner
sector-ngo = NGO'er
sector-trade_union = Fagforeninger
sector-employers_org = Arbejdsgiverorganisationer
sector-international_org = Internationale organisationer
sector-research = Forskning
sector-company = Virksomheder
sector-other = Andet

study_status-participated = Deltog
study_status-invited_not_participated = Inviteret, deltog ikke
study_status-mentioned = Nævnt af respondenter

level-national = National
level-regional = Regional
level-local = Lokal
level-international = International

capability-identify_victims = Identificere ofre
capability-refer_victims = Henvise ofre
capability-report_to_police = Anmelde til politiet
capability-inspect_workplaces = Føre tilsyn med arbejdspladser
capability-investigate_crime = Efterforske forbrydelser
capability-prosecute = Rejse tiltale
capability-determine_victim_status = Afgøre offerstatus
capability-grant_reflection_period = Give refleksionsperiode
capability-grant_residence_permit = Give opholdstilladelse
capability-provide_assistance = Yde hjælp
capability-repatriation = Repatriering
capability-coordinate = Koordinere
capability-monitor_and_report = Overvåge og rapportere
capability-bring_labour_court_cases = Føre arbejdsretlige sager
capability-training = Uddannelse
capability-prevention = Forebyggelse
capability-policy_making = Politikudvikling
capability-supervise = Føre tilsyn
capability-advocacy = Fortalervirksomhed
capability-research = Forskning
capability-protect_workers_rights = Beskytte arbejdstageres rettigheder

cooperation-information_exchange = Informationsudveksling
cooperation-joint_inspection = Fælles kontrolaktion
cooperation-referral = Henvisning
cooperation-service_contract = Servicekontrakt
cooperation-coordination = Koordinering
cooperation-membership = Medlemskab
cooperation-other = Samarbejde

mechanism-national_coordinator = National koordinator
mechanism-national_rapporteur = National rapportør
mechanism-lead_agency = Ledende myndighed
mechanism-referral_system = Henvisningssystem
mechanism-mou = Samarbejdsaftale (MoU)
mechanism-working_group = Arbejdsgrupper
mechanism-specialised_unit = Specialenheder
mechanism-network = Netværk
mechanism-national_action_plan = National handlingsplan
mechanism-local_coordinator = Lokale koordinatorer

mechanism_status-formal = Formel
mechanism_status-functional_equivalent = Funktionel ækvivalent
mechanism_status-absent = Fraværende
mechanism_status-expired = Udløbet
focus-sexual = Seksuel udnyttelse
focus-labour = Arbejdsudnyttelse
focus-all = Alle former
focus-unclear = Uklart

limitation-legislation = Lovgivning
limitation-lack_of_policy = Manglende politik
limitation-lack_of_cooperation = Manglende samarbejde
limitation-lack_of_referral_mechanisms = Manglende henvisningsmekanismer
limitation-corruption = Korruption
limitation-lack_of_knowledge = Manglende viden
limitation-lack_of_capacity = Manglende kapacitet
limitation-other = Andet

document-legislation = Lovgivning
document-action_plan = Handlingsplan
document-policy = Politik
document-agreement = Aftale
document-report = Rapport
document-other = Andet dokument

nav-screening = Screening
screening-title = Screening: er dette menneskehandel?
screening-lead = Besvar spørgsmålene om det, du observerer, fx under et tilsynsbesøg på en arbejdsplads. Resultatet placerer situationen på kontinuummet fra en overtrædelse af arbejdsretten til menneskehandel med henblik på arbejdsudnyttelse, forklarer, hvilke svar der førte dertil, siger, hvad der stadig mangler, og nævner de aktører i landet, der har mandat til at handle.
screening-notice-title = Vejledning, ikke en afgørelse.
screening-notice = Et screeningsresultat er vejledning til at henvise personen til den aktør, der har mandatet. Det er aldrig en retlig afgørelse: kun de kompetente myndigheder afgør, om nogen er offer for menneskehandel eller tvangsarbejde.
screening-translation-unreviewed = Spørgsmålene er en foreløbig oversættelse, der endnu ikke er gennemgået af en national korrekturlæser. ILO's officielle engelske formulering står under hvert spørgsmål.

# Forklaringen af et screeningsresultat, én meddelelse pr. ExplanationCode i domænet
# (screening-why-<code>). Lister over indikatorer er ILO's officielle engelske navne.
screening-why-screened_with = Screeningen er foretaget med »{ $instrument }« { $version } og regelsættet »{ $rules }« { $rules_version } på listen for { $population ->
    [child] børn
   *[adult] voksne
}.
screening-why-dimension_positive = Dimensionen »{ $dimension }« er positiv ({ $rule }): der er svaret ja til { $indicators }.
screening-why-dimension_not_assessed = Dimensionen »{ $dimension }« er ikke vurderet: ingen af dens spørgsmål er besvaret.
screening-why-dimension_open = Dimensionen »{ $dimension }« er ikke fastslået: { $yes ->
    [0] indtil videre er ingen indikator besvaret med ja
   *[other] indtil videre er der svaret ja til { $indicators }
}; { $count } { $count ->
    [one] ubesvaret indikator
   *[other] ubesvarede indikatorer
} kan stadig gøre den positiv.
screening-why-dimension_negative = Dimensionen »{ $dimension }« er negativ: { $yes ->
    [0] ingen indikator er besvaret med ja
   *[other] der er kun svaret ja til { $indicators }
}; { $complete ->
    [yes] alle indikatorer er besvaret, og ingen regel er opfyldt
   *[no] de ubesvarede indikatorer kunne ikke gøre den positiv
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] svar er
   *[other] svar er
} »ukendt«; »ukendt« tæller aldrig som ja.
screening-why-ignored_answers = Svar på indikatorer, der ikke er på listen for { $population ->
    [child] børn
   *[adult] voksne
}, er udeladt: { $indicators }.
screening-why-level_none = Niveau: ingen indikation — ingen regel i regelsættet for et højere niveau er opfyldt af de afgivne svar.
screening-why-level_reached = Niveau: { $level ->
    [labour_law_violation] mulig overtrædelse af arbejdsretten
    [labour_exploitation] arbejdsudnyttelse
    [forced_labour] tvangsarbejde
    [presumed_trafficking] formodet menneskehandel med henblik på arbejdsudnyttelse
   *[no_indication] ingen indikation
} — { $because }
screening-why-unverified = { $count } af de indikatorer, der talte med, { $count ->
    [one] er
   *[other] er
} endnu ikke kontrolleret mod kildepublikationen (se instrumentfilen): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Mulig overtrædelse af arbejdsretten: henvis til arbejdstilsynet, og oplys arbejdstageren om fagforeningen og Arbejdsretten.
    [labour_exploitation] Arbejdsudnyttelse: henvis til arbejdstilsynet, overvej at anmelde til politiet, og henvis arbejdstageren til støttetilbud.
    [forced_labour] Tvangsarbejde: anmeld til politiet, og henvis personen til den myndighed, der afgør offerstatus, og til hjælp.
    [presumed_trafficking] Formodet menneskehandel med henblik på arbejdsudnyttelse: anmeld til politiet, og henvis straks personen til den myndighed, der afgør offerstatus, til hjælp og til en refleksionsperiode.
   *[no_indication] Ingen indikation: disse svar giver ikke grundlag for en henvisning; ubesvarede spørgsmål kan ændre det.
}{ $open ->
    [yes] {" "}Flere svar kan hæve niveauet; se, hvad der mangler.
   *[no] {""}
}

# Hvad en vej til et højere niveau stadig mangler (screening-why-toward og dens dele);
# delene siges efter hinanden, adskilt af "; ". $names: dimensioner forbundet med
# screening-or; $asks: ILO's navne på de indikatorer, der stadig er åbne; $topics: hvad
# der skal spørges om (engelske data).
screening-or = {" "}eller{" "}
screening-why-toward = For at nå niveauet »{ $level ->
    [labour_law_violation] mulig overtrædelse af arbejdsretten
    [labour_exploitation] arbejdsudnyttelse
    [forced_labour] tvangsarbejde
    [presumed_trafficking] formodet menneskehandel med henblik på arbejdsudnyttelse
   *[no_indication] ingen indikation
}«{ $population ->
    [adult] {" "}(voksen)
    [child] {" "}(barn)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = dimensionen { $names } er positiv
screening-why-step_closed = dimensionen { $names } er negativ — denne vej er lukket, medmindre svarene ændres
screening-why-step_not_assessed = dimensionen { $names } er endnu ikke vurderet — spørg om emnerne ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = dimensionen { $names } er endnu ikke positiv — stadig åben{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = ingen indikator i dimensionen { $names } er besvaret med ja, og der er ingen ubesvarede tilbage
screening-why-step_none_yet = ingen indikator i dimensionen { $names } er endnu besvaret med ja — stadig åben{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Indtast ikke navne eller andre personoplysninger: screeningen registrerer kun, hvilke indikatorer der er til stede. »Ikke spurgt« holdes adskilt fra »nej«.
screening-instrument-meta = { $count } indikatorer · version { $version }
screening-population = Hvem det drejer sig om
screening-country = Land (for hvem der kan handle)
screening-country-none = Intet land
screening-start = Start screening
screening-progress = { $answered } af { $total } spørgsmål besvaret
screening-answer-help = Svar på det, du ved. »Ukendt« betyder, at du spurgte, men at svaret er uklart; »Ikke spurgt« betyder, at spørgsmålet ikke blev stillet. Ingen af dem tæller som ja.
screening-official-wording = Officiel formulering
screening-strength = Styrke i instrumentet: { $strength }
screening-see-result = Se resultatet
screening-save-draft = Gem kladde
screening-draft-saved = Kladden er gemt i denne browser. Åbn Screening igen for at fortsætte; kladder gemmes i 30 dage.
screening-continue-draft = Fortsæt din gemte kladde
screening-discard-draft = Kassér kladde
screening-draft-discarded = Din kladde blev kasseret.
screening-no-draft-title = Ingen gemt kladde
screening-no-draft = Denne browser har ingen gemt screeningskladde (kladder gemmes i 30 dage). Start en ny screening fra siden Screening.
screening-forbidden-title = Formularen kunne ikke modtages
screening-forbidden = Formularen kom ikke fra dette websted eller er udløbet. Åbn screeningen igen, og indsend den på ny.
screening-result-title = Screeningsresultat
screening-level = Hvor situationen ligger på kontinuummet
screening-continuum = Udnyttelseskontinuummet
screening-reasoning = Hvorfor
screening-dimensions = Dimensioner
screening-dimension = Dimension
screening-status = Status
screening-yes-indicators = Indikatorer besvaret med ja
screening-missing = Hvad der mangler for at kunne konkludere
screening-questions-to-ask = { $count ->
    [one] Ét spørgsmål at stille
   *[other] { $count } spørgsmål at stille
}
screening-who-acts = Hvem kan handle
screening-who-acts-in = Hvem kan handle i { $country }
screening-nobody = Atlasset registrerer ingen aktør med disse mandater.
screening-uncovered = Ingen aktør i atlasset har disse mandater:
screening-choose-country = Vælg et land for at se dets aktører. Disse mandater passer til resultatet:
screening-unverified = { $count ->
    [one] Én indikator, der talte med, har en styrke, som endnu ikke er kontrolleret mod ILO-publikationen.
   *[other] { $count } indikatorer, der talte med, har styrker, som endnu ikke er kontrolleret mod ILO-publikationen.
}
screening-used = Instrument: { $instrument }. Regler: { $rules }.
screening-change-answers = Ret svarene (gemmes som kladde)

answer-yes = Ja
answer-no = Nej
answer-unknown = Ukendt
answer-not-asked = Ikke spurgt

population-adult = Voksen
population-child = Barn (under 18)

strength-strong = stærk
strength-medium = middel
strength-weak = svag
strength-unweighted = ikke vægtet

continuum-no_indication = Ingen indikation
continuum-labour_law_violation = Overtrædelse af arbejdsretten
continuum-labour_exploitation = Arbejdsudnyttelse
continuum-forced_labour = Tvangsarbejde
continuum-presumed_trafficking = Formodet menneskehandel med henblik på arbejdsudnyttelse

dimension-status-positive = Positiv
dimension-status-negative = Negativ
dimension-status-insufficient_information = Ikke nok oplysninger
screening-version = Instrumentversion { $version }

report-title = Rapporten
report-showing = Linje { $from }–{ $to } af { $total }. Den fremhævede linje er der, hvor det citerede afsnit begynder.
report-earlier = ← Tidligere linjer
report-later = Senere linjer →
country-download = Download dette land som JSON
about-download = Download hele atlasset (JSON).
about-read-report = Læs rapporten linje for linje.

## Platform: login, konto, administration
nav-sign-in = Log ind
nav-sign-out = Log ud
nav-account = Din konto
nav-audit = Sikkerhedslog
error-sign-in-title = Log venligst ind
error-sign-in = Denne side er for brugere, der er logget ind på OpenNRM.
error-forbidden-title = Ikke tilladt
error-too-many-title = For mange forespørgsler
sign-in-title = Log ind på OpenNRM
sign-in-username = Brugernavn (din e-mailadresse)
sign-in-password = Adgangskode
sign-in-code = Sekscifret kode fra din godkendelsesapp
sign-in-continue = Fortsæt
sign-in-code-wrong = Koden blev ikke accepteret. Hver kode virker én gang og skifter hvert 30. sekund: indtast den, din app viser nu.
sign-in-note = Konti oprettes af din organisations administrator. Efter fem forkerte forsøg spærres en konto i 15 minutter.
account-title = Din konto
account-username = Brugernavn
account-organisation = Organisation
account-roles = Roller
account-sessions = Aktive sessioner
account-totp = Anden faktor (godkendelsesapp)
account-totp-on = En anden faktor er sat op: ved login bliver du bedt om en kode.
account-totp-off = Ingen anden faktor endnu. Koordinatorer og administratorer skal sætte en op, før de kan handle.
account-totp-start = Opsæt en godkendelsesapp
account-totp-replace = Skift til en anden godkendelsesapp
account-totp-scan = Scan denne kode med en godkendelsesapp, eller indtast nøglen nedenfor i den, og indtast derefter den kode, den viser.
account-totp-secret = Nøgle:
account-totp-confirm = Bekræft
account-totp-wrong = Koden passer ikke til denne nøgle. Kontrollér, at appen har nøglen nedenfor, og indtast den kode, den viser nu.
account-totp-done = Godkendelsesappen er sat op. Ved login bliver du nu bedt om en kode.
account-needs-totp = Din rolle kræver en anden faktor. Opsæt en godkendelsesapp nedenfor, før du fortsætter.
account-password = Adgangskode
account-password-current = Nuværende adgangskode
account-password-new = Ny adgangskode (12 til 128 tegn)
account-password-change = Skift adgangskode
account-password-done = Din adgangskode er ændret; dine andre sessioner er logget ud.
account-tokens = API-tokens
account-tokens-none = Ingen API-tokens.
account-token-name = Navn
account-token-created = Oprettet
account-token-used = Sidst brugt
account-token-create = Opret token
account-token-once = Kopiér dette token nu; det vises ikke igen:
account-token-revoke = Tilbagekald
account-token-revoked = Tokenet blev tilbagekaldt.
account-token-revoked-mark = tilbagekaldt
account-sign-out-everywhere = Log ud overalt
audit-title = Sikkerhedslog
audit-lead = Alle login, mislykkede login og ændringer af brugere, roller og tokens, nyeste først. Rækkerne er hashkædet; `opennrm audit verify` kontrollerer kæden.
audit-action = Handling
audit-actor = Udført af
audit-outcome = Resultat
audit-object = Objekt
audit-at = Tidspunkt (UTC)
audit-address = Adresse
audit-detail = Detaljer
audit-filter = Filtrér
audit-older = Ældre hændelser
users-title = Brugere
users-name = Navn
users-state = Status
users-disabled = deaktiveret
users-locked = spærret
users-active = aktiv
users-unlock = Lås op
role-frontline_officer = Frontmedarbejder
role-case_worker = Sagsbehandler
role-service_provider = Tjenesteudbyder
role-national_coordinator = National koordinator
role-national_rapporteur = National rapportør
role-administrator = Administrator

## Atlassets historik
revision-banner = Du ser revision { $revision } af atlasset ({ $label }, { $date }); den aktuelle revision er { $current }.
revision-banner-current = Vis den aktuelle revision.
diff-title = Ændringer
diff-from = Fra revision
diff-to = Til revision
diff-compare = Sammenlign
diff-heading = { $count ->
    [0] Ingen ændringer fra revision { $from } til { $to }
    [one] Én ændring fra revision { $from } til { $to }
   *[other] { $count } ændringer fra revision { $from } til { $to }
}
diff-none = De to revisioner siger det samme om dette land.
diff-legend = + tilføjet · − fjernet eller udgået · ~ ændret · · kun kilden er ændret
diff-see-revision = Landet som i revision { $revision }
about-revision-view = vis
actor-retired = Denne aktør udgik i revision { $revision }: det aktuelle atlas opfører den ikke længere. Den vises som i revision { $last }, den sidste, der indeholdt og beskrev den.
country-changes = Ændringer siden 2013
about-revision-not-kept = fakta ikke gemt (før atlashistorikken)

# Respondenter, kildeangivelse, flere kilder, fortolkninger, omstridte fakta (issue 6)
country-summary = Sammenfatning
country-summary-lead = Rapportens egen sammenfatning af dette kapitel.
country-respondents-title = Hvem besvarede spørgeskemaet
country-respondents-lead = Én række pr. udsendt spørgeskema, sådan som kapitlet fortæller det. Udsagn, som rapporten tilskriver et spørgeskema, viser »sagt af« med deres kilde.
country-respondents-computed = Ud fra respondenterne: { $invited } inviteret, { $completed } besvaret
country-respondents-none = Denne revision opfører ingen respondenter for dette land.
country-recommendations = Anbefalinger
country-recommendations-lead = Hvad rapporten anbefaler, ét faktum for hver anbefaling, med de typer aktører, den henvender sig til.
country-no-recommendations = Rapporten giver ingen anbefalinger i dette kapitel.
respondent-form-full = Fuldt spørgeskema
respondent-form-alternative = Kun alternative spørgsmål
respondent-form-declined = Afslog
respondent-form-no_reply = Intet svar
respondent-answered-for = Svarede for
respondent-reason = Begrundelse
respondent-footnotes = Citeret i rapporten som
said-by = Sagt af
also-stated = Også anført i
reading-marker = vores fortolkning, ikke rapportens ord: { $fields }
contested = Omstridt
contested-title = Rapporten er tvetydig på dette punkt: se tvetydighederne
tie-direction-mutual = begge veje
tie-direction-one_way = én vej
tie-reported-by = Rapporteret af { $name }
actor-group = Gruppe, ikke ét organ
document-governs-capabilities = Giver eller regulerer
document-governs-actors = Bemyndiger eller forpligter
document-governs-mechanisms = Regulerer
recommendation-addresses = Henvender sig til
recommendation-addresses-all = Aktører generelt
mechanisms-title = Mekanismer på tværs af landene
mechanisms-lead = Alle nationale mekanismer, som rapporten registrerer, land for land: hvem der varetager dem, siden hvornår, deres fokus og deres kilde.
mechanisms-country = Land
mechanisms-none = ingen registreret
nav-mechanisms = Mekanismer
report-wide-title = Rapporten ud over kapitlerne
report-wide-lead = Sammenfatningen, indledningen og metodeafsnittet som resultater med kilde samt rapportens overordnede anbefalinger.
finding-part-executive_summary = Sammenfatning
finding-part-introduction = Indledning
finding-part-methodology = Metode
finding-part-conclusions = Konklusioner
finding-part-findings = Resultater
finding-part-challenges = Udfordringer og begrænsninger
mechanisms-status = Status
mechanisms-name = Navn
mechanisms-filter = Vis
study-full-text = den fulde tekst
study-recommendations-lead = Alle rapportens anbefalinger: først de overordnede, derefter hvert kapitels, med de lande og typer aktører, de henvender sig til. Filtrér dem efter sektor med API'et (/api/v1/recommendations).
study-all-countries = Alle elleve lande
nav-study = Undersøgelsen
mechanisms-kind = Mekanisme
search-governing = Love og dokumenter, der giver eller regulerer dette
nav-insight = Sammenlign
insight-title = Landene sammenlignet
insight-lead = Hvad rapportens kapitler siger, side om side og beregnet ud fra atlasset: hver celle linker til sine fakta og deres kilder; omstridte fakta er markeret.
insight-mechanisms = Mekanismer
insight-mechanisms-lead = Hvilke lande der har en national koordinator, en rapportør, en MoU, et henvisningssystem …, og hvad mekanismerne fokuserer på.
insight-mandates = Hvem har hvilket mandat
insight-mandates-lead = Hvor mange aktører der har hvert mandat i hvert land; følg et tal til aktørerne og deres kilder.
insight-mandates-legend = Et tal angiver antallet af mandater; −N er mandater, som rapporten siger, at en aktør ikke har; § markerer en lov eller et dokument, der giver mandatet.
insight-sectors = Hvilke sektorer sidder i en mekanisme
insight-sectors-lead = Om aktørerne i hver sektor sidder i en etableret mekanisme (formel eller en funktionel ækvivalent), enten som den, der varetager den, eller som medlem: rapporten finder, at aktørerne på arbejdsmarkedsområdet holdes udenfor.
insight-sectors-legend = ✓ mindst én sidder i en etableret mekanisme; ✗ sektorens aktører sidder ikke i nogen; – atlasset registrerer ingen aktør i sektoren.
insight-sector-none = ingen aktør i denne sektor registreret
insight-sector-seated = sidder i en mekanisme
insight-sector-left-out = i ingen etableret mekanisme
insight-limitations = Begrænsninger, som respondenterne valgte
insight-limitations-lead = Hvor mange respondenter der valgte hver af spørgeskemaets begrænsninger, hvor rapporten angiver et tal.
insight-limitations-legend = Et tal er det største antal, kapitlet angiver for kategorien; · kapitlet nævner den uden tal.
insight-limitation-stated = nævnt uden tal
insight-partners = De oftest nævnte partnere
insight-partners-lead = Aktører rangeret efter, hvor mange andre aktører der nævner dem som samarbejdspartner (relationer, som en anden aktør har rapporteret).
insight-named-by = { $count ->
    [one] nævnt af 1 aktør
   *[other] nævnt af { $count } aktører
}
focus-short-sexual = seksuel
focus-short-labour = arbejde
focus-short-all = alle
focus-short-unclear = ?
insight-focus-legend = under symbolet, fokus: seksuel udnyttelse eller arbejdsudnyttelse, alle former, ? uklart
gaps-title = Mangler
gaps-lead = Navngivne regler anvendt på atlasset, hvert resultat med sin dokumentation (fakta og deres citater) og hvem der bør inddrages. Kørt på data fra 2013 gengiver de kapitlernes konklusioner; reglerne er opført sammen med de af rapportens egne ord, de bygger på.
gaps-rules = reglerne
gaps-rule = Regel
gaps-involve = Inddrag
gaps-evidence = { $count ->
    [one] Dokumentation: 1 faktum
   *[other] Dokumentation: { $count } fakta
}
gaps-count = { $count ->
    [one] 1 resultat
   *[other] { $count } resultater
}
gaps-none = Intet resultat for dette valg.
gaps-severity-gap = Mangel
gaps-severity-gap-means = atlasset registrerer fraværet eller manglen
gaps-severity-unrecorded = Ikke registreret
gaps-severity-unrecorded-means = atlasset registrerer intet, der udfylder den: en mangel eller rapportens tavshed
gaps-severity-information = Bemærkning
gaps-severity-information-means = ikke en mangel: det, som data viser mest af
gaps-since-counts = { $closed } lukket, { $opened } åbnet.
gaps-closed = Lukket
gaps-opened = Åbnet
country-gaps = Mangler
country-network = Samarbejdsnetværk
country-network-lead = Hvem der er forbundet med hvem, sådan som respondenterne beskrev det: aktørerne er farvet efter sektor, og deres størrelse afspejler, hvor ofte de ligger mellem to andre. Tabellen nedenfor giver de samme data som tekst.
country-network-files = Download: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Aktør
network-col-degree = Partnere
network-col-betweenness = Mellemhedscentralitet
network-col-broker = Brobygger
network-density = { $nodes } aktører med relationer, { $edges } forbundne par; tæthed { $density }; relationer mellem det offentlige og civilsamfundet: { $gov_civil }
compare-with = Sammenlign med revision
compare-baseline = Udgangspunkt 2013
compare-button = Sammenlign
compare-since = Hvad der er ændret fra revision { $from } til revision { $to }
compare-nothing = Intet er ændret.
compare-revision = Revision { $revision }
compare-not-in-revision = ikke i denne revision
compare-not-recorded = Ikke registreret
insight-compare-count = { $count ->
    [one] Én celle er ændret.
   *[other] { $count } celler er ændret.
}
insight-compare-table = Tabel
insight-compare-row = Række
network-region-title = Regionens samarbejdsnetværk
network-country-title = Samarbejdsnetværket i { $country }
network-region-lead = Alle landes samarbejdsrelationer i ét netværk, sådan som respondenterne beskrev dem. I rapporten krydser relationerne aldrig landegrænser, så hvert land tegnes i sit eget felt: aktørerne er farvet efter sektor, deres størrelse afspejler, hvor ofte de ligger mellem to andre i deres land, og de mest centrale er navngivet. Tabellerne giver de samme data som tekst.
network-whole-region = hele regionen
network-files = Download
network-alt = { $scope }: { $nodes } aktører med relationer, { $edges } forbundne par; tabellerne nedenfor viser de mest centrale aktører og hvert lands tal
network-summary = { $nodes } aktører med relationer ({ $untied } uden nogen), { $edges } forbundne par, { $components } komponenter, { $communities } fællesskaber, { $brokers } brobyggere; tæthed { $density }; { $gov_civil } relationer mellem det offentlige og civilsamfundet (tæthed { $gov_civil_density }).
network-by-country = Land for land
network-by-country-lead = De samme mål for hvert lands eget netværk: hvor tæt det er, hvor godt det offentlige og civilsamfundet er forbundet, hvor mange dele det falder i, og hvem der holder det sammen.
network-by-country-legend = Tæthed: forbundne par ud af alle mulige par. Offentlig–civilsamfund: relationer mellem en offentlig og en ikke-offentlig aktør og deres andel af alle sådanne mulige par. Brobyggere: aktører, uden hvem nogle aktører mister deres eneste vej til de andre.
network-actors-tied = Aktører med relationer
network-col-untied = Uden relationer
network-col-ties = Forbundne par
network-col-density = Tæthed
network-col-gov-civil = Relationer offentlig–civilsamfund
network-col-gov-civil-density = Tæthed offentlig–civilsamfund
network-col-components = Komponenter
network-col-communities = Fællesskaber
network-col-brokers = Brobyggere
network-col-sector = Sektor
network-col-weighted = Relationer
network-col-closeness = Nærhedscentralitet
network-central = De mest centrale aktører
network-central-lead = Efter mellemhedscentralitet: andelen af korteste veje mellem andre aktører i samme land, der går gennem aktøren (inden for landets eget netværk, så aktører i små og store lande kan sammenlignes), og derefter nærhedscentralitet: hvor tæt aktøren er på alle de andre, den kan nå.
network-connected = De mest forbundne aktører
network-partners-ties = { $degree ->
    [one] { $degree } partner
   *[other] { $degree } partnere
}, { $ties ->
    [one] { $ties } relation
   *[other] { $ties } relationer
}
network-communities = Fællesskaber
network-communities-lead = Grupper af aktører, der er tættere forbundet indbyrdes end med de andre (Louvain, { $count } i alt), de største først, hver med sine bedst forbundne medlemmer.
network-community-size = { $count ->
    [one] én aktør
   *[other] { $count } aktører
}
network-compare-counts = { $ties_added ->
    [one] Ét forbundet par tilføjet
   *[other] { $ties_added } forbundne par tilføjet
}, { $ties_removed } fjernet; { $actors_added ->
    [one] én aktør kom med i netværket
   *[other] { $actors_added } aktører kom med i netværket
}, { $actors_removed } forlod det.
network-ties-added = Tilføjede relationer
network-ties-removed = Fjernede relationer
network-ties-changed = Ændrede relationer
network-tie-weight = { $from } relationer ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Aktører, der kom med i netværket
network-actors-removed = Aktører, der forlod netværket
network-centrality-changed = Aktører, hvis placering har ændret sig
country-network-compare = Sammenlign dette netværk med en anden revision
network-all-measures = Alle mål
insight-charts = Diagrammer
insight-charts-lead = De samme data som diagrammer; hvert diagram indeholder sine tal som tekst (titel og beskrivelse) og i tabellerne ovenfor.
insight-chart-participation = Inviterede og besvarende respondenter pr. land (hvor kapitlet angiver et tal)
insight-chart-mechanisms = Mekanismer pr. land efter status
insight-chart-limitations = Begrænsninger, som kapitlerne angiver, pr. land og kategori
country-network-alt = Samarbejdsnetværket i { $country }: { $nodes } aktører med relationer, { $edges } forbundne par; tabellen nedenfor viser de mest centrale aktører

## Genererede nationale rapporter (domain insight::national; PDF, Markdown og siden)
nr-title-country = { $country }: aktører mod menneskehandel med henblik på arbejdsudnyttelse
nr-title-region = Aktører mod menneskehandel med henblik på arbejdsudnyttelse i Østersøregionen
nr-subtitle = Genereret af OpenNRM ud fra atlasrevision { $revision } ({ $label }, { $date })
nr-preface = Denne rapport er genereret ud fra OpenNRM-atlasset, som indeholder fakta fra »{ $report }« og de ændringer, der er foretaget siden, hver med sin kilde. Den følger strukturen i rapportens landekapitler; dens konklusioner stammer fra mangelanalysen.
nr-preface-sources = De små hævede tal henviser til kilderne bagest: rapportens afsnit, linjen og det ordrette citat, som et udsagn bygger på, og den respondent, der sagde det, hvor rapportens fodnote nævner en. Et udsagn uden tal er beregnet ud fra de fakta, der er anført ved siden af.
nr-contents = Indhold
nr-sources = Kilder
nr-figure = Figur
nr-table = Tabel
nr-page = Side
nr-line = linje
nr-said-by = Spørgeskema 2012:
nr-source-of = Kilde
nr-executive-summary = Sammenfatning
nr-summary-region = Regionen
nr-summary-data = I atlasset: { $actors } aktører og { $ties } samarbejdsrelationer; { $mechanisms } af { $kinds } typer mekanismer etableret (formelle eller en funktionel ækvivalent); mangelanalysen finder { $gaps ->
    [one] én registreret mangel
   *[other] { $gaps } registrerede mangler
} og { $unrecorded ->
    [one] ét punkt
   *[other] { $unrecorded } punkter
}, som rapporten ikke registrerer.
nr-part-findings = Resultater
nr-part-actors = Aktører og mandater
nr-part-cooperation = Samarbejde
nr-part-policy = Politik og lovgivning
nr-part-mechanisms = Mekanismer
nr-part-limitations = Udfordringer og begrænsninger
nr-part-conclusions = Konklusioner
nr-part-organisations = Relevante myndigheder og organisationer
nr-participation = Ud af { $invited } aktører, der blev bedt om at deltage i undersøgelsen, besvarede { $completed } spørgeskemaet.
nr-participation-completed = { $completed ->
    [one] { $completed } aktør besvarede spørgeskemaet.
   *[other] { $completed } aktører besvarede spørgeskemaet.
}
nr-participation-invited = { $invited ->
    [one] { $invited } aktør blev bedt om at deltage i undersøgelsen.
   *[other] { $invited } aktører blev bedt om at deltage i undersøgelsen.
}
nr-respondents = Respondenterne registreret i atlasset: { $invited } inviteret, { $completed } besvaret ({ $full } det fulde spørgeskema, { $alternative } de alternative spørgsmål), { $declined } afslog, { $noreply } svarede ikke.
nr-ambiguities = Hvor rapporten er uklar
nr-actors-summary = Atlasset registrerer { $actors } aktører og { $mandates } mandater, som de har; hver aktør er anført med sine mandater nedenfor.
nr-governmental = Offentlige
nr-non-governmental = Ikke-offentlige
nr-part-of = del af { $parent }
nr-mandate-denied = Ikke: { $capability }
nr-labour-mandate-yes = omfatter menneskehandel med henblik på arbejdsudnyttelse
nr-labour-mandate-no = omfatter ikke menneskehandel med henblik på arbejdsudnyttelse
nr-no-ties = Rapporten beskriver intet samarbejde mellem aktørerne.
nr-network-summary = Rapporten beskriver { $ties } samarbejdsrelationer mellem { $pairs } par af aktører; { $actors } aktører har en relation, { $untied } har ingen. Netværkets tæthed: { $density }.
nr-gov-civil = Mellem det offentlige og civilsamfundet: { $ties } forbundne par, en tæthed på { $density } af de mulige par på tværs af skellet.
nr-gov-civil-none = Netværket har ingen relation på tværs af skellet mellem det offentlige og civilsamfundet, eller den ene side har ingen aktør med en relation.
nr-brokers = Brobyggere (uden dem mister nogle aktører deres eneste vej til andre): { $names }.
nr-network-title = Samarbejdsnetværket i { $country }
nr-network-caption = Samarbejdsnetværket i { $country }: aktørerne er farvet efter sektor, og deres størrelse afspejler mellemhedscentraliteten; pile markerer envejsrelationer.
nr-network-alt = En netværkstegning med { $actors } aktører og { $pairs } forbundne par i { $components } sammenhængende dele; tabellerne i dette afsnit giver de samme data som tekst.
nr-central-caption = De aktører, der i højest grad forbinder de andre (mellemhedscentralitet)
nr-ties-caption = Samarbejdsrelationer, sådan som rapporten beskriver dem
nr-col-actor = Aktør
nr-col-sector = Sektor
nr-col-partners = Partnere
nr-col-betweenness = Mellemhedscentralitet
nr-col-from = Fra
nr-col-to = Til
nr-col-kind = Type
nr-col-direction = Retning
nr-col-mechanism = Mekanisme
nr-col-status = Status
nr-col-name = Som rapporten kalder den
nr-col-focus = Fokus
nr-col-holder = Varetages af
nr-col-category = Begrænsning
nr-col-respondents = Respondenter
nr-col-statement = Hvad rapporten siger
nr-col-capability = Mandat
nr-col-rule = Mangelregel
nr-no-documents = Kapitlet nævner ingen politik eller lovgivning.
nr-mechanisms-intro = Hver type mekanisme, som rapporten ser efter, med det, kapitlet registrerer; en type, som kapitlet ikke nævner, er markeret »ikke registreret«.
nr-mechanisms-caption = Mekanismer i { $country }
nr-state-formal = formel
nr-state-functional_equivalent = funktionel ækvivalent
nr-state-expired = udløbet
nr-state-absent = fraværende
nr-state-not_recorded = ikke registreret
nr-no-limitations = Kapitlet angiver ingen udfordringer eller begrænsninger.
nr-limitations-caption = Udfordringer og begrænsninger i { $country } efter kategori
nr-limitations-alt = Et søjlediagram over de begrænsninger, som kapitlet om { $country } angiver, pr. kategori; tabellen nedenfor giver de samme data.
nr-limitations-alt-counted = Et søjlediagram over, hvor mange respondenter i { $country } der valgte hver begrænsning; tabellen nedenfor giver de samme data.
nr-limitations-table = Begrænsninger, som kapitlet angiver
nr-gap-heading = Hvad mangelanalysen finder
nr-gap-intro = Hvert resultat kommer fra en navngiven regel anvendt på atlasset (se siderne om mangelanalysen); dets kilder er de fakta, det bygger på. »Ikke registreret« markerer det, som rapporten hverken bekræfter eller afkræfter.
nr-involve = inddrag: { $names }
nr-recommendations = Rapportens anbefalinger
nr-organisations-participated = Inviterede aktører, der deltog i undersøgelsen
nr-organisations-invited_not_participated = Andre inviterede aktører
nr-organisations-mentioned = Andre aktører nævnt af respondenter
nr-comparison = Regional sammenligning
nr-comparison-intro = De elleve lande side om side, beregnet ud fra fakta i hvert kapitel. Tegn: { $legend }.
nr-comparison-mechanisms = Mekanismer efter land
nr-chart-mechanisms-caption = Mekanismer pr. land efter status
nr-chart-mechanisms-alt = Et søjlediagram over, hvor mange typer mekanismer hvert land har, efter status; tabellen ovenfor giver de samme data.
nr-comparison-mandates-title = Mandater
nr-comparison-mandates-intro = Hvor mange aktører der har hvert mandat i hvert land; ✗ hvor rapporten siger, at den eneste aktør, den nævner, ikke har det, tom hvor den ikke nævner nogen.
nr-comparison-mandates = Aktører med hvert mandat efter land
nr-comparison-sectors-title = Aktører i mekanismer
nr-comparison-sectors-intro = Hvilke typer aktører der sidder i en etableret mekanisme: ✓ mindst én gør, ○ landet har sådanne aktører, men ingen af dem sidder i en, tom hvor atlasset ikke registrerer nogen.
nr-comparison-sectors = Typer aktører i en etableret mekanisme efter land
nr-comparison-limitations-intro = Udfordringer og begrænsninger efter kategori: antallet af respondenter, der valgte den, hvor kapitlet angiver et, • hvor kapitlet angiver den uden tal.
nr-comparison-limitations = Begrænsninger efter land
nr-chart-limitations-caption = Begrænsninger, som kapitlerne angiver, pr. land og kategori
nr-chart-limitations-alt = Et søjlediagram over de begrænsninger, hvert kapitel angiver, pr. kategori; tabellen ovenfor giver tallene.
nr-chart-participation-caption = Inviterede og besvarende respondenter pr. land
nr-chart-participation-alt = Et søjlediagram over, hvor mange aktører der blev inviteret, og hvor mange der besvarede spørgeskemaet i hvert land, hvor kapitlet angiver et tal.
nr-comparison-gaps-title = Mangler på tværs af regionen
nr-comparison-gaps-intro = Hver regel i mangelanalysen i hvert land: ● en registreret mangel, ○ hverken registreret som til stede eller fraværende, i en bemærkning (ikke en mangel), tom hvor reglen intet finder.
nr-comparison-gaps = Resultater af mangelanalysen efter regel og land
nr-download = Download:
nr-link = Genereret rapport
nr-link-lead = Dette lands kapitel genopbygget ud fra atlasset — resultater, aktører og mandater, samarbejde, mekanismer, begrænsninger, konklusioner fra mangelanalysen — med hvert udsagn sporet til sin kilde.
nr-read = Læs rapporten
insight-report = Genereret rapport for regionen
insight-report-lead = Hele undersøgelsen genopbygget ud fra atlasset: sammenfatningen, hvert lands kapitel og den regionale sammenligning, med hvert udsagn sporet til sin kilde.

## Henvisning (sager, samtykke, henvisningsforløb)
nav-cases = Sager
cases-title = Sager og henvisninger
cases-lead = Sager, som din organisation har oprettet, og henvisninger sendt til den. Personoplysninger er krypteret og vises kun for dem, der har brug for dem; hver visning registreres.
cases-open = Opret en sag
cases-screen-first = eller screen en situation først
cases-inbox = Henvisninger til din organisation
cases-country-referrals = Henvisninger i dit land
cases-inbox-empty = Ingen henvisninger.
cases-mine = Sager, som din organisation har oprettet
cases-none = Ingen sager endnu.
case-reference = Sag
case-action = Tiltag
case-from = Fra
case-to = Til
case-state = Status
case-sent = Sendt
case-deadline = Frist
case-exploitation = Udnyttelsesform
case-persons = Personer
case-anonymised = Anonymiseret den { $date }: opbevaringsperioden udløb, så navne, fødselsdatoer, nationaliteter, kontaktoplysninger, noter og beskeder er slettet. Det, der tælles med i statistikken, er bevaret.
case-level = Screeningsniveau
case-opened = Oprettet
case-updated = Seneste ændring
case-new-title = Opret en sag
case-new-lead = Registrér situationen og de berørte personer. Angiv en person for sig, når vedkommendes henvisningsvej er en anden (en mindreårig blandt voksne); en gruppe personer med samme henvisningsvej kan være én række uden navne.
case-new-from-screening = Den screening, du foretog, er knyttet til denne sag: { $level }.
case-situation = Situation
case-work-sector = Branche
case-region = Region
case-persons-help = Lad en persons opholdsstatus stå på »ingen person« for at springe rækken over. Personfelterne er valgfrie: registrér kun det, henvisningen kræver.
case-person-n = Person { $n }
case-no-person = ingen person
case-residence = Opholdsstatus
case-age = Aldersgruppe
case-count = Antal personer med denne henvisningsvej
case-gender = Køn
case-nationality-group = Nationalitetsgruppe (gemmes til statistik)
case-name = Navn eller alias
case-birth-date = Fødselsdato
case-nationality = Nationalitet
case-contact = Kontakt
case-encrypted = Navne, fødselsdatoer, nationaliteter, kontaktoplysninger, noter og beskeder krypteres felt for felt, før de gemmes.
case-title = Sag { $reference }
view-owner = Din organisation identificerede denne sag: du ser hele sagen.
view-receiver = Denne sag er henvist til din organisation: du ser situationen og kun det, som din opgave kræver.
view-oversight = Den nationale koordinators visning: sagen og dens henvisninger uden personoplysninger.
case-identified-by = Identificeret af
case-not-screened = ikke screenet
case-group-of = en gruppe på { $count }
case-withheld = Vises ikke for din organisation: { $fields }.
case-consent = Samtykke
case-no-consent = Intet samtykke registreret endnu. En person, der afslår alt, kan stadig tælles med anonymt.
case-person = Person
case-purpose = Nødvendigt samtykke
case-method = Hvordan det blev givet
case-recorded = Registreret
case-withdrawn = Trukket tilbage
case-withdraw = Træk tilbage
case-share-with = Organisation (kun ved deling)
case-record-consent = Registrér samtykke
case-proposals = Foreslåede henvisninger
case-proposals-lead = Hvad landets henvisningsforløb kræver for hver person, med begrundelsen og rapportens ord. Sæt kryds ved dem, der skal sendes.
case-see-pathway = Se hele henvisningsforløbet.
case-no-proposals = Henvisningsforløbet foreslår ingen henvisning i denne situation.
case-undefined-route = Rapporten lader denne henvisningsvej være udefineret; koordinatoren foreslås i stedet.
case-because = Fordi:
case-consent-on-record = Registreret samtykke: { $purpose }.
case-consent-missing = Manglende samtykke: { $purpose }. Registrér det før afsendelse.
case-message = Besked til de modtagende organisationer (valgfri)
case-send = Send de afkrydsede henvisninger
case-referrals = Henvisninger
case-no-referrals = Ingen henvisning sendt endnu.
case-until = indtil { $date }
case-until-label = Refleksionsperiodens udløb (hvis den er givet)
case-reason = Begrundelse
case-outcome = Udfald
case-notes = Noter
case-add-note = Tilføj en note
case-seen-by = Hvem har set personoplysninger
case-when = Hvornår
case-who = Hvem
case-what = Hvad
pathway-title = Henvisningsforløb: { $country }
pathway-lead = Hvem henviser jeg til? De henvisningsveje, som rapporten fra 2013 beskriver, hver med sin kilde. Hvor rapporten lader en henvisningsvej være udefineret, siger forløbet det og foreslår koordinatoren.
pathway-coordinator-formal = National koordinator:
pathway-coordinator-closest = Ingen national koordinator; det organ, som rapporten nævner som nærmest den rolle:
pathway-undefined-count = { $count ->
    [one] Rapporten lader én henvisningsvej være udefineret.
   *[other] Rapporten lader { $count } henvisningsveje være udefinerede.
}
pathway-rules = Henvisningsvejene og deres kilder
pathway-when = Hvornår
pathway-source = Kilde
pathway-undefined = ikke defineret i rapporten
pathway-any-case = enhver sag
pathway-from-level = screeningsniveau mindst { $level }
pathway-from-sector = henvist af { $sectors }
pathway-no-consent = Intet samtykke nødvendigt på denne henvisningsvej.
pathway-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}
pathway-link = Henvisningsforløb: hvem henviser jeg til?
residence-legal_resident = lovligt bosiddende
residence-eu_citizen = EU-borger
residence-irregular_migrant = irregulær migrant
residence-asylum_seeker = asylansøger
age-adult = voksen
age-minor = mindreårig
age-unknown = alder ukendt
gender-female = kvinde
gender-male = mand
gender-other = andet
gender-unknown = ukendt
nationality_group-national = statsborger i dette land
nationality_group-eu_eea = EU/EØS-borger
nationality_group-third_country = tredjelandsstatsborger
nationality_group-unknown = ukendt
exploitation-labour_exploitation = Arbejdsudnyttelse
exploitation-forced_labour = Tvangsarbejde
exploitation-forced_begging = Tvangstiggeri
exploitation-forced_criminality = Tvungen kriminalitet
exploitation-domestic_servitude = Husslaveri
exploitation-sexual_exploitation = Seksuel udnyttelse
exploitation-other = Andet
work-agriculture = Landbrug
work-construction = Byggeri
work-manufacturing = Industri
work-hospitality = Hotel og restauration
work-cleaning = Rengøring
work-domestic_work = Husligt arbejde
work-fishing = Fiskeri
work-forestry = Skovbrug og bærplukning
work-transport = Transport
work-care = Pleje og omsorg
work-other = Andet
action-investigate = Strafferetlig efterforskning
action-inspect = Arbejdstilsyn
action-determine_victim_status = Offerstatus
action-grant_reflection_period = Refleksionsperiode
action-decide_residence_permit = Opholdstilladelse
action-provide_assistance = Hjælp
action-child_protection = Børnebeskyttelse
action-repatriation = Repatriering
purpose-referral_assistance = henvisning til støttesystemet
purpose-police_contact = kontakt med politiet
purpose-share_with_organisation = deling af data med en navngiven organisation
purpose-support_services = støttetilbud
purpose-statistics = brug i statistik
method-signed_form = underskrevet blanket
method-oral_with_witness = mundtligt, med vidne
method-via_interpreter = via tolk
field-name = navn
field-birth_date = fødselsdato
field-nationality = nationalitet
field-contact = kontakt
field-notes = noter
field-messages = beskeder
state-sent = sendt
state-acknowledged = modtagelse bekræftet
state-accepted = accepteret
state-declined = afvist
state-decided = afgjort
state-closed = lukket
step-send = Sendt
step-acknowledge = Bekræft modtagelse
step-accept = Acceptér
step-decline = Afvis
step-decide = Registrér udfald
step-close = Luk
step-consent_withdrawn = Samtykke trukket tilbage
outcome-presumed_victim = formodet offer
outcome-confirmed_victim = bekræftet offer
outcome-not_a_victim = ikke offer
outcome-reflection_period_granted = refleksionsperiode givet
outcome-residence_permit_granted = opholdstilladelse givet
outcome-residence_permit_refused = opholdstilladelse afslået
outcome-assistance_started = hjælp påbegyndt
outcome-investigation_opened = efterforskning indledt
outcome-child_protection_started = børnebeskyttelse påbegyndt
outcome-inspection_carried_out = tilsyn gennemført
cases-open-from-screening = Opret en sag med denne screening
pathway-open = Se, hvem der modtager en sag, og til hvad, ifølge rapporten
statistics-title = Statistik
statistics-lead = Anonymiserede tal fra de sager, der er registreret i OpenNRM, efter land. Ingen enkeltsag vises nogensinde: alle tal under { $k } (bortset fra nul) undertrykkes, og det samme gør alle tal, som et sådant tal kunne udledes af.
statistics-measures = Hvad der tælles
statistics-downloads = Download:
statistics-htcds = i formatet Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = »–« markerer et undertrykt tal (under { $k } eller et, der ville afsløre et sådant tal). Nuller vises.
statistics-total = I alt
statistics-all-countries = alle lande
statistics-measure-persons = Identificerede personer
statistics-measure-cases = Sager
statistics-measure-referrals = Henvisninger
statistics-measure-decisions = Afgørelser
statistics-axis-persons = personer
statistics-axis-cases = sager
statistics-axis-referrals = henvisninger
statistics-axis-decisions = afgørelser
statistics-dimension-year = Efter år
statistics-dimension-work_sector = Efter branche
statistics-dimension-exploitation = Efter udnyttelsesform
statistics-dimension-age_group = Efter aldersgruppe
statistics-dimension-gender = Efter køn
statistics-dimension-nationality_group = Efter nationalitetsgruppe
statistics-dimension-residence = Efter opholdsstatus
statistics-dimension-referring_sector = Efter den identificerende organisations sektor
statistics-dimension-days_to_referral = Dage fra identifikation til første henvisning
statistics-dimension-days_to_decision = Dage fra identifikation til første afgørelse
statistics-dimension-screening_level = Efter screeningsniveau
statistics-dimension-action = Efter hvad der blev anmodet om
statistics-dimension-state = Efter hvor henvisningen er nu
statistics-dimension-outcome = Efter afgørelse
statistics-not_recorded = ikke registreret
statistics-not_screened = ikke screenet
days-not_referred = endnu ikke henvist
days-no_decision = endnu ingen afgørelse
days-same_day = samme dag
days-1_to_7_days = 1–7 dage
days-8_to_30_days = 8–30 dage
days-31_to_90_days = 31–90 dage
days-over_90_days = mere end 90 dage
nav-statistics = Statistik
jobs-title = Baggrundsjob
jobs-lead = Frister, eskaleringer og e-mails, udført af den servernode, der først gør krav på dem. Et mislykket job forsøges igen med stigende pauser, indtil forsøgene er brugt op; derefter bliver det stående her som mislykket, indtil du sætter det i kø igen.
jobs-none = Ingen job endnu.
jobs-kind = Job
jobs-state = Status
jobs-attempts = Forsøg
jobs-due = Forfalder
jobs-error = Seneste fejl
jobs-updated = Seneste ændring
jobs-retry = Sæt i kø igen
job-escalation_sweep = Find henvisninger, der har overskredet fristen for modtagelsesbekræftelse
job-apply_retention = Anonymisér lukkede sager efter opbevaringsperioden
job-send_email = Send en e-mail
job-state-queued = i kø
job-state-running = kører
job-state-done = færdig
job-state-failed = mislykket
notifications-title = Meddelelser
notification-referral_unacknowledged = Modtagelsen af en henvisning er ikke bekræftet i tide
notifications-open = Åbn sagen
case-plan = Støtteplan
case-plan-empty = Ingen støtteopgave endnu.
case-plan-help = Giv en opgave til en tjenesteudbyder, hvis mandat i atlasset dækker den. Personen skal have givet samtykke til støttetilbud; udbyderen ser kun det, opgaven kræver (et krisecenter: navn og kontaktoplysninger).
case-assistance = Støtte
case-provider = Udbyder
case-assign = Giv opgaven
tasks-title = Støtteopgaver
tasks-lead = De opgaver, din organisation har fået, med kun det af personens oplysninger, som hver opgave kræver. Selve sagen forbliver hos den organisation, der gav opgaven.
tasks-none = Din organisation har ikke fået nogen opgave.
tasks-from = Givet af { $organisation }
assistance-accommodation = Indkvartering
assistance-legal_aid = Retshjælp
assistance-health_care = Sundhedspleje
assistance-psychological_support = Psykologisk støtte
assistance-interpreter = Tolk
assistance-subsistence = Forsørgelse
assistance-reflection_period_support = Støtte i refleksionsperioden
assistance-residence_permit_support = Støtte til opholdstilladelse
assistance-repatriation = Repatriering
assistance-return_and_reintegration = Tilbagevenden og reintegration
task-state-assigned = tildelt
task-state-in_progress = i gang
task-state-completed = gennemført
task-state-declined = afvist
task-step-start = Start
task-step-complete = Markér som gennemført
task-step-decline = Afvis
nav-tasks = Opgaver
nav-jobs = Job
notification-referral_overdue = En henvisning til din organisation har overskredet fristen: bekræft venligst modtagelsen
nav-inspections = Kontrolaktioner
inspections-title = Fælles kontrolaktioner
inspections-lead = Kontrol af arbejdspladser udført af flere myndigheder sammen, hver med sit eget retsgrundlag. I Danmark: »Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated«; rapporten anbefaler dem som én måde at koordinere indsatsen og forstå hinandens arbejde på.
inspections-none = Din organisation deltager endnu ikke i nogen fælles kontrolaktion.
inspection-title = Fælles kontrolaktion
inspection-reference = Reference
inspection-date = Dato
inspection-agencies = Deltagende myndigheder
inspection-agency = Myndighed
inspection-state = Status
inspection-state-planned = planlagt
inspection-state-closed = gennemført og lukket
inspection-planned-by = planlagt af { $organisation }
inspection-planned-by-label = Planlagt af
inspection-plan = Planlæg en fælles kontrolaktion
inspection-plan-help = Sæt kryds ved mindst to myndigheder i dit land, og angiv det retsgrundlag, hver af dem fører kontrol efter (Skattestyrelsen for skat, Arbejdstilsynet for arbejdsmiljø, politiet for kriminalitet). Kun de afkrydsede myndigheder kan se kontrolaktionen.
inspection-when-where = Hvornår og hvor
inspection-takes-part = Deltager
inspection-legal-basis = Retsgrundlag
inspection-plan-submit = Planlæg kontrolaktionen
inspection-findings = Fund
inspection-no-findings = Ingen myndighed har registreret fund endnu.
inspection-workers = { $met ->
    [one] { $met } arbejdstager mødt
   *[other] { $met } arbejdstagere mødt
}
inspection-screened = { $screened ->
    [one] { $screened } screenet
   *[other] { $screened } screenet
}
inspection-record-finding = Din myndigheds fund
inspection-workers-met = Arbejdstagere mødt
inspection-workers-screened = Arbejdstagere screenet med indikatorerne
inspection-note = Hvad I fandt (kun synligt for de deltagende myndigheder; krypteret)
inspection-record = Registrér fundene
inspection-cases = Sager oprettet ud fra denne kontrolaktion
inspection-no-cases = Der er ikke oprettet nogen sag ud fra denne kontrolaktion.
inspection-open-case = Opret en sag ud fra denne kontrolaktion
inspection-screen = Screen en arbejdstager
inspection-in-atlas = Atlasset registrerer samarbejdet fra denne kontrolaktion i revision { $revision }.
inspection-see-diff = Se, hvad der er ændret
inspection-close-help = Luk kontrolaktionen, når den er gennemført: atlasset registrerer så en relation af typen fælles kontrolaktion mellem hvert par af deltagende myndigheder med denne kontrolaktion som kilde.
inspection-close = Luk kontrolaktionen
case-from-inspection = Denne sag oprettes ud fra fælles kontrolaktion { $reference }.
case-inspection = Fælles kontrolaktion
notification-decision_overdue = En henvisning til din organisation har overskredet fristen for afgørelse: registrér venligst afgørelsen
notification-decision_escalated = Afgørelsen på en henvisning er forsinket
notification-reflection_period_ending = En refleksionsperiode udløber inden for en uge: planlæg, hvad der skal ske derefter
screening-for-inspection = Denne screening foretages under fælles kontrolaktion { $reference }; en sag, der oprettes ud fra resultatet, oprettes ud fra kontrolaktionen.

## Spørgeundersøgelse (issue 11)
study-survey-link = Spørgeundersøgelsen, runde for runde
survey-title = Spørgeundersøgelse
survey-lead = Kortet holdes opdateret på samme måde, som undersøgelsen fra 2013 blev lavet: et spørgeskema til aktørerne i hvert land, en kort alternativ formular til dem uden mandat og nomineringer — én respondent fører videre til en anden. Runde 0 er undersøgelsen fra 2012, læst fra atlasset; de tal, rapporten angiver, står ved siden af.
survey-start = Start en runde i { $country }
survey-wave-label = Rundens navn
survey-wave-label-example = fx opdatering 2027
survey-days-open = Antal dage, invitationslinkene virker
survey-start-submit = Start runden
survey-waves = Runder
survey-country = Land
survey-wave = Runde
survey-invited = Inviteret
survey-completed = Besvaret
survey-short-form = Kort formular
survey-declined = Afslået
survey-no-reply = Intet svar
survey-started = Påbegyndt
survey-proposed = Foreslået
survey-report-states = Hvad rapporten angiver
survey-questionnaire = Spørgeskema
survey-closes = Links virker indtil
survey-closed = lukket
survey-snowball-depth = Længste kæde af nomineringer
survey-by-sector = Efter sektor
survey-sector = Sektor
survey-invitees = Inviterede
survey-export-csv = Inviterede som CSV
survey-export-graphml = Rekrutteringstræ som GraphML
survey-organisation = Organisation
survey-contact = Kontaktperson
survey-email = E-mail
survey-state = Status
survey-nominated-by = Nomineret af
survey-link = Link
survey-state-proposed = foreslået
survey-state-invited = inviteret
survey-state-started = påbegyndt
survey-state-completed = besvaret
survey-state-declined = afslået
survey-form-full = spørgeskema
survey-form-alternative = kort formular
survey-new-link = Nyt link
survey-issue-links = Udsted links til de foreslåede inviterede
survey-add-invitee = Tilføj en inviteret
survey-atlas-actor = Aktør i atlasset
survey-new-organisation-option = (en anden organisation, angivet nedenfor)
survey-new-organisation = En anden organisation
survey-add-submit = Tilføj
survey-tree = Rekrutteringstræ
survey-tree-caption = Hver boks er en inviteret (#position, organisation, status); en linje går fra en respondent til de kontakter, vedkommende nominerede. Tabellen over inviterede ovenfor indeholder det samme.
survey-links-title = Invitationslinks
survey-links-lead = Hvert link vises kun denne ene gang: udskriv denne side, eller send hvert link til den inviterede nu. Der gemmes kun et fingeraftryk af hvert link, så et mistet link kan ikke vises igen — udsted et nyt i stedet.
survey-links-none = Ingen inviteret ventede på et link.
survey-back-to-wave = Tilbage til runden
survey-respond-title = Spørgeskema om menneskehandel med henblik på arbejdsudnyttelse
survey-respond-lead = Du svarer for { $organisation } ({ $country }). Dine svar ses kun af den nationale koordinator og kommer først ind i atlasset, når de er gennemgået.
survey-respond-closes = Dette link virker indtil { $date }.
survey-saved = Dine svar er gemt. Du kan vende tilbage med samme link, indtil du indsender dem.
survey-comment-on = Kommentar til { $choice }
survey-your-answer = Dit svar
survey-more = Noget at tilføje
survey-save = Gem og fortsæt senere
survey-submit = Indsend svarene
survey-short-help = Har du ikke erfaring, mandat eller viden til at besvare disse spørgsmål? Nogle få korte alternative spørgsmål spørger i stedet om dit arbejde.
survey-full-help = Har du erfaring til at besvare hele spørgeskemaet? Du kan skifte tilbage.
survey-switch-short = Besvar de korte spørgsmål i stedet
survey-switch-full = Besvar hele spørgeskemaet i stedet
survey-decline = Afslå at deltage
survey-nominate = Hvem skal vi ellers spørge?
survey-nominate-help = Nævn en person, hvis organisation arbejder med menneskehandel med henblik på arbejdsudnyttelse eller kunne gøre det: koordinatoren afgør, om vedkommende skal inviteres.
survey-nominee-name = Personens navn
survey-why = Hvorfor personen er relevant
survey-nominate-submit = Nominér
survey-done-title = Tak
survey-done-thanks = Dine svar er indsendt. Dette link åbner ikke længere spørgeskemaet.
survey-declined-thanks = Du har afslået at deltage. Dette link åbner ikke længere spørgeskemaet.
survey-review = Gennemgang: fra svar til atlas
survey-review-help = Indsendte besvarelser foreslår ændringer af atlasset: en respondent, der svarer for en aktør i atlasset, foreslår relationer til de partnere, den nævner, og de mandater, den sætter kryds ved; enhver respondent foreslår de mekanismer, den siger findes. Besvarelser om samme faktum vises samlet sammen med dem, der besvarede samme spørgsmål uden at nævne det. Acceptér et forslag (vælges en anden samarbejdstype eller gradering end den foreslåede, registreres det som en redigering), eller afvis det; et accepteret forslag kommer ind i atlasset som en ny revision, der henviser til besvarelsen ved siden af rapportens citater.
survey-see-diff = Hvad der er ændret siden 2013
survey-no-proposals = Ingen indsendt besvarelse foreslår endnu en ændring.
survey-fact-tie = Samarbejde
survey-fact-mandate = Mandat
survey-fact-mechanism = Mekanisme
survey-conflicting = svarene er forskellige
survey-named-by = { $count ->
    [one] nævnt af én respondent
   *[other] nævnt af { $count } respondenter
}
survey-answered-without = { $count ->
    [one] én respondent svarede uden at nævne det
   *[other] { $count } respondenter svarede uden at nævne det
}
survey-not-in-atlas = ikke registreret
survey-mandate-held = har mandatet
survey-mandate-denied = angivet som manglende
survey-grade = Gradering
survey-limitations-help = { $count ->
    [one] Opgjort ud fra den ene respondent, der besvarede hele spørgeskemaet. Accepteres et tal, føjes det til atlasset som en begrænsning, der henviser til denne runde; rapportens tal forbliver uændrede.
   *[other] Opgjort ud fra de { $count } respondenter, der besvarede hele spørgeskemaet. Accepteres et tal, føjes det til atlasset som en begrænsning, der henviser til denne runde; rapportens tal forbliver uændrede.
}
survey-reminders = Påmindelser
survey-send-reminders = Send en påmindelse til dem, der ikke har svaret
survey-reminders-help = Hver får et nyt link (det tidligere holder op med at virke); det, de har gemt, bevares.
survey-in-atlas = Allerede i atlasset
survey-decision = Afgørelse
survey-decision-accepted = accepteret
survey-decision-edited = accepteret med en anden type
survey-decision-rejected = afvist
survey-in-revision = revision { $revision }
survey-kind = Type
survey-accept = Acceptér
survey-reject = Afvis
survey-limitations = Faktorer, der begrænser arbejdet
survey-limitation = Begrænsning
survey-respondents-naming = Respondenter, der nævner den
survey-emailed = Via e-mail
survey-emailed-yes = sendt

# Machine-drafted translation, not yet reviewed by a national reviewer.

# OpenNRM:s användargränssnitt, svenska. Nycklarna är grupperade per sida; vokabulärens etiketter följer
# mönstret <vokabulär>-<värde> så att koden kan slå upp dem utifrån data.

# Språkets eget namn, för språkväljaren, och om en nationell granskare har
# bekräftat översättningen (yes / no): sidorna visar en markering ”ännu inte granskad” där så inte är fallet.
language-name = Svenska
translation-reviewed = no
language-switcher = Språk
nav-main = Huvudmeny
translation-unreviewed = Den här översättningen är maskinellt framtagen och har ännu inte granskats av en nationell granskare. Den engelska texten gäller.

site-name = OpenNRM
site-tagline = Vem identifierar, hänvisar och stöder offer för människohandel för arbetskraftsexploatering
nav-countries = Länder
nav-search = Sök
nav-api = API
nav-about = Om data
skip-to-content = Hoppa till innehållet
footer-source = Data: { $report }.
footer-licence = OpenNRM är fri programvara. Varje uppgift länkar till det avsnitt i rapporten som den kommer från.
footer-revision = Atlasens utgåva { $revision }, inläst { $date }.
date-numeric = { $year }-{ $month }-{ $day }

home-title = Aktörer mot människohandel för arbetskraftsexploatering i 11 länder
home-lead = Atlasen kartlägger, för varje land i studien från Östersjöstaternas råd (CBSS), de aktörer som kan identifiera, hänvisa och stödja offer, deras mandat, hur de samarbetar och vilka nationella mekanismer som finns. Varje uppgift visar den mening i rapporten som den kommer från.
home-countries = Länder
home-glance = Mekanismerna i överblick
home-glance-lead = Vilka nationella mekanismer rapporten anger för varje land. Att något saknas är också ett resultat.
home-legend = Vad färgerna betyder
home-chips-lead = Varje kort visar de nationella mekanismer som rapporten frågar om, graderade så som rapporten beskriver dem:
home-legend-formal = formell (en tjänst eller ett organ med det namnet)
home-legend-functional-equivalent = funktionell motsvarighet (rapporten: "comes closest to", "a coordinating role")
home-legend-expired = upphörd (dess period har löpt ut)
home-legend-absent = angiven som saknad
home-legend-not-recorded = inte angiven i rapporten
home-respondents = { $completed } av { $invited } inbjudna besvarade enkäten
home-respondents-completed = { $completed } besvarade enkäten
home-counts = { $actors } aktörer · { $mandates } mandat · { $ties ->
        [one] { $ties } samarbetsrelation
       *[other] { $ties } samarbetsrelationer
    } · { $mechanisms ->
        [one] { $mechanisms } mekanism
       *[other] { $mechanisms } mekanismer
    }
home-search-title = Sök i atlasen
home-search-lead = Vilket ord som helst i vilken uppgift som helst: en aktörs namn, ett mandat, en lag (”§ 262a”), en mening i rapporten. Vill du hitta aktörer efter vad de får göra (vem fastställer offerstatus i Danmark?) använder du filtren på söksidan.

country-native = På landets språk: { $name }
country-chapter = Rapportens kapitel: { $chapter }
country-on-this-page = På den här sidan
country-findings = Resultat
country-participation = Vilka som deltog i studien
country-actors = Aktörer och mandat
country-governmental = Statliga
country-non-governmental = Icke-statliga
country-cooperation = Samarbete
country-cooperation-lead = Samarbetsrelationer så som respondenterna beskrev dem. Den första aktören är den vars svar beskriver relationen.
country-policy = Policy och lagstiftning
country-mechanisms = Mekanismer
country-challenges = Utmaningar och begränsningar
country-challenges-lead = Begränsningar som respondenterna nämnde; siffran anger hur många som nämnde dem, där rapporten anger det.
country-conclusions = Slutsatser
country-ambiguities = Där rapporten är tvetydig
country-ambiguities-lead = Rapporten säger olika saker på olika ställen. Varje tolkning behålls med sitt citat.
country-lists = Relevanta departement och organisationer
country-no-cooperation = Rapporten beskriver inga samarbetsrelationer för det här landet.
country-no-documents = Rapporten nämner inget rättsligt instrument eller policydokument för det här landet.
country-no-limitations = Rapporten anger inga siffror om begränsningar för det här landet.
country-invited = Inbjudna
country-completed = Besvarade
country-reading = Tolkning
country-respondents = Respondenter
country-counts-unknown = inte angivet

actor-native-name = Namn på landets språk
actor-acronym = Förkortning
actor-also-known-as = Även kallad
actor-sector = Sektor
actor-level = Nivå
actor-study-status = I studien
actor-parent = Del av
actor-children = Enheter
actor-mandates = Mandat
actor-no-mandates = Rapporten anger inget mandat för den här aktören.
actor-cooperation = Samarbete
actor-cooperation-out = Samarbete som den här aktören beskrev
actor-cooperation-in = Samarbete som andra beskrev med den här aktören
actor-no-cooperation = Rapporten beskriver ingen samarbetsrelation för den här aktören.
actor-mechanisms = Mekanismer
actor-holds = Innehar eller leder
actor-member-of = Medlem i
actor-no-mechanisms = Rapporten nämner inte den här aktören i någon nationell mekanism.
actor-back = Tillbaka till { $country }
actor-find-similar = Andra aktörer inom samma sektor i de 11 länderna

mandate-scope = Omfattning: { $scope }
mandate-labour-yes = Omfattar människohandel för arbetskraftsexploatering
mandate-labour-no = Inget mandat i fråga om människohandel för arbetskraftsexploatering
mandate-labour-unknown = Rapporten säger inte om detta omfattar arbetskraftsexploatering

mandate-denied = Saknas
mandate-denied-scope = Enligt rapporten får aktören inte: { $scope }
mechanism-holder = Innehas eller leds av
mechanism-members = Medlemmar
mechanism-year = Inrättad
mechanism-frequency = Sammanträder
mechanism-focus = Inriktning

source = Källa
source-show = Visa källa
source-line = rapportens rad { $line }
source-record = OpenNRM-post { $record }: en sammanfattning skriven av OpenNRM, inte ett avsnitt ur rapporten
source-section = { $country } › { $section }
source-note = Anmärkning

search-title = Sök aktörer
search-lead = Kombinera valfria filter. Att söka på vad en aktör får göra besvarar frågor som ”vem fastställer offerstatus i Danmark?”.
search-text = Namn, namn på landets språk eller förkortning
search-country = Land
search-sector = Sektor
search-capability = Mandat
search-study-status = I studien
search-any = Alla
search-submit = Sök
search-results = { $count ->
    [0] Ingen aktör matchar.
    [one] En aktör matchar.
   *[other] { $count } aktörer matchar.
}
search-col-actor = Aktör
search-col-country = Land
search-col-sector = Sektor
search-col-mandates = Matchande mandat
search-col-status = I studien
search-invalid = { $field }: ”{ $value }” är inte ett känt värde.
search-too-long = { $field }: högst { $max } tecken.
search-too-many-words = { $field }: högst { $max } ord.
search-kind = Typ av uppgift
search-facts-text = Ord
search-to-facts = Sök i alla uppgifter i stället.
search-to-actors = Hitta aktörer efter namn och filter i stället.
search-facts-title = Sök i atlasen
search-facts-lead = Alla uppgifter: aktörsnamn, mandat, mekanismer, dokument, begränsningar, resultat och rapportens citat. Versaler och accenter spelar ingen roll (”liepaja” hittar ”Liepāja”), och ett ord hittar också längre ord som börjar med det (”reflect” hittar ”reflection”).
search-facts-results = { $count ->
    [0] Inget matchar.
    [one] Ett avsnitt matchar.
   *[other] { $count } avsnitt matchar.
}
search-facts-truncated = De första { $count } avsnitten som matchar; lägg till ett ord eller ett filter för att begränsa sökningen.

search_kind-country = Land
search_kind-actor = Aktör
search_kind-mandate = Mandat
search_kind-tie = Samarbete
search_kind-mechanism = Mekanism
search_kind-document = Dokument
search_kind-limitation = Begränsning
search_kind-participation = Deltagande
search_kind-finding = Resultat
search_kind-ambiguity = Tvetydighet
search_kind-respondent = Respondent
search_kind-recommendation = Rekommendation
search_field-name = namn
search_field-native_name = namn på landets språk
search_field-acronym = förkortning
search_field-alias = även kallad
search_field-chapter = kapitel
search_field-scope = omfattning
search_field-note = anmärkning
search_field-title = titel
search_field-topic = ämne
search_field-frequency = sammanträder
search_field-quote = citat
search_field-reason = skäl
search_field-summary = sammanfattning

about-title = Om data
about-lead = Atlasen är rapporten ”Actors against Trafficking for Labour Exploitation” från Östersjöstaternas råds (CBSS) aktionsgrupp mot människohandel (2013), omvandlad till data. Ingenting läggs till utöver det som rapporten säger.
about-sources = Varje uppgift anger det avsnitt i landets kapitel som den kommer från och ett kort citat som återfinns ordagrant i rapporten. Där rapporten motsäger sig själv behålls båda tolkningarna.
about-data = Datafilerna är vanlig text, en per land, och kan granskas och rättas som vilket dokument som helst. Hela atlasen kan laddas ned via API:et.
about-api = JSON-API:et beskrivs av ett OpenAPI-dokument.
about-revisions = Atlasens utgåvor

error-not-found-title = Sidan hittades inte
error-not-found = Här finns inget sådant: { $what }. Kontrollera adressen eller börja från listan över länder.
error-bad-request-title = Begäran kunde inte tolkas
error-internal-title = Något gick fel
error-internal = Sidan kunde inte visas. Felet har loggats; försök igen senare.
error-back-home = Gå till listan över länder

yes = ja
no = nej

sector-police = Polis
sector-border_guard = Gränsbevakning
sector-prosecution = Åklagare
sector-court = Domstolar
sector-labour_inspection = Arbetsinspektion
sector-tax = Skatteförvaltning
sector-immigration = Migration
sector-ministry = Departement
sector-coordination_body = Samordningsorgan
sector-rapporteur = Rapportörer
sector-victim_assistance = Stöd till offer
sector-municipality = Kommuner
sector-ngo = Frivilligorganisationer
sector-trade_union = Fackförbund
sector-employers_org = Arbetsgivarorganisationer
sector-international_org = Internationella organisationer
sector-research = Forskning
sector-company = Företag
sector-other = Övrigt

study_status-participated = Deltog
study_status-invited_not_participated = Inbjuden, deltog inte
study_status-mentioned = Nämnd av respondenter

level-national = Nationell
level-regional = Regional
level-local = Lokal
level-international = Internationell

capability-identify_victims = Identifiera offer
capability-refer_victims = Hänvisa offer
capability-report_to_police = Anmäla till polisen
capability-inspect_workplaces = Inspektera arbetsplatser
capability-investigate_crime = Utreda brott
capability-prosecute = Väcka åtal
capability-determine_victim_status = Fastställa offerstatus
capability-grant_reflection_period = Bevilja betänketid
capability-grant_residence_permit = Bevilja uppehållstillstånd
capability-provide_assistance = Ge stöd
capability-repatriation = Repatriering
capability-coordinate = Samordna
capability-monitor_and_report = Följa upp och rapportera
capability-bring_labour_court_cases = Driva mål i arbetsdomstol
capability-training = Utbildning
capability-prevention = Förebyggande arbete
capability-policy_making = Policyutformning
capability-supervise = Utöva tillsyn
capability-advocacy = Påverkansarbete
capability-research = Forskning
capability-protect_workers_rights = Skydda arbetstagares rättigheter

cooperation-information_exchange = Informationsutbyte
cooperation-joint_inspection = Gemensam kontroll
cooperation-referral = Hänvisning
cooperation-service_contract = Tjänsteavtal
cooperation-coordination = Samordning
cooperation-membership = Medlemskap
cooperation-other = Samarbete

mechanism-national_coordinator = Nationell samordnare
mechanism-national_rapporteur = Nationell rapportör
mechanism-lead_agency = Ansvarig myndighet
mechanism-referral_system = Hänvisningssystem
mechanism-mou = Samförståndsavtal (MoU)
mechanism-working_group = Arbetsgrupper
mechanism-specialised_unit = Specialiserade enheter
mechanism-network = Nätverk
mechanism-national_action_plan = Nationell handlingsplan
mechanism-local_coordinator = Lokala samordnare

mechanism_status-formal = Formell
mechanism_status-functional_equivalent = Funktionell motsvarighet
mechanism_status-absent = Saknas
mechanism_status-expired = Upphörd
focus-sexual = Sexuell exploatering
focus-labour = Arbetskraftsexploatering
focus-all = Alla former
focus-unclear = Oklart

limitation-legislation = Lagstiftning
limitation-lack_of_policy = Brist på policy
limitation-lack_of_cooperation = Brist på samarbete
limitation-lack_of_referral_mechanisms = Brist på hänvisningsmekanismer
limitation-corruption = Korruption
limitation-lack_of_knowledge = Brist på kunskap
limitation-lack_of_capacity = Brist på kapacitet
limitation-other = Övrigt

document-legislation = Lagstiftning
document-action_plan = Handlingsplan
document-policy = Policy
document-agreement = Avtal
document-report = Rapport
document-other = Annat dokument

nav-screening = Screening
screening-title = Screening: är detta människohandel?
screening-lead = Besvara frågorna om vad du iakttar, till exempel vid en arbetsplatsinspektion. Resultatet placerar situationen på skalan från ett brott mot arbetsrätten till människohandel för arbetskraftsexploatering, förklarar vilka svar som ledde dit, anger vad som fortfarande saknas och namnger de aktörer i landet som har mandat att agera.
screening-notice-title = Vägledning, inte ett beslut.
screening-notice = Ett screeningresultat är vägledning för att hänvisa personen till den aktör som har mandatet. Det är aldrig ett rättsligt avgörande: endast de behöriga myndigheterna avgör om någon är offer för människohandel eller tvångsarbete.
screening-translation-unreviewed = Frågorna är en preliminär översättning som ännu inte har granskats av en nationell granskare. ILO:s officiella engelska formulering finns under varje fråga.

# Förklaringen av ett screeningresultat, ett meddelande per ExplanationCode i domänen
# (screening-why-<code>). Listor över indikatorer är ILO:s officiella engelska namn.
screening-why-screened_with = Screeningen gjordes med ”{ $instrument }” { $version } och regeluppsättningen ”{ $rules }” { $rules_version } på listan för { $population ->
    [child] barn
   *[adult] vuxna
}.
screening-why-dimension_positive = Dimensionen ”{ $dimension }” är positiv ({ $rule }): det har svarats ja på { $indicators }.
screening-why-dimension_not_assessed = Dimensionen ”{ $dimension }” har inte bedömts: ingen av dess frågor har besvarats.
screening-why-dimension_open = Dimensionen ”{ $dimension }” är inte fastställd: { $yes ->
    [0] hittills har ingen indikator besvarats med ja
   *[other] hittills har det svarats ja på { $indicators }
}; { $count } { $count ->
    [one] obesvarad indikator
   *[other] obesvarade indikatorer
} kan fortfarande göra den positiv.
screening-why-dimension_negative = Dimensionen ”{ $dimension }” är negativ: { $yes ->
    [0] ingen indikator har besvarats med ja
   *[other] det har bara svarats ja på { $indicators }
}; { $complete ->
    [yes] alla indikatorer är besvarade och ingen regel är uppfylld
   *[no] de obesvarade indikatorerna kunde inte göra den positiv
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] svar är
   *[other] svar är
} ”okänt”; ”okänt” räknas aldrig som ja.
screening-why-ignored_answers = Svar på indikatorer som inte finns på listan för { $population ->
    [child] barn
   *[adult] vuxna
} har utelämnats: { $indicators }.
screening-why-level_none = Nivå: inga tecken — ingen regel i regeluppsättningen för en högre nivå uppfylls av de svar som har getts.
screening-why-level_reached = Nivå: { $level ->
    [labour_law_violation] möjligt brott mot arbetsrätten
    [labour_exploitation] arbetskraftsexploatering
    [forced_labour] tvångsarbete
    [presumed_trafficking] förmodad människohandel för arbetskraftsexploatering
   *[no_indication] inga tecken
} — { $because }
screening-why-unverified = { $count } av de indikatorer som räknades { $count ->
    [one] har
   *[other] har
} ännu inte kontrollerats mot källpublikationen (se instrumentfilen): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Möjligt brott mot arbetsrätten: hänvisa till arbetsinspektionen och informera arbetstagaren om fackförbundet och arbetsdomstolen.
    [labour_exploitation] Arbetskraftsexploatering: hänvisa till arbetsinspektionen, överväg att anmäla till polisen och hänvisa arbetstagaren till stödinsatser.
    [forced_labour] Tvångsarbete: anmäl till polisen och hänvisa personen till den myndighet som fastställer offerstatus och till stöd.
    [presumed_trafficking] Förmodad människohandel för arbetskraftsexploatering: anmäl till polisen och hänvisa utan dröjsmål personen till den myndighet som fastställer offerstatus, till stöd och till betänketid.
   *[no_indication] Inga tecken: dessa svar ger inte anledning till någon hänvisning; obesvarade frågor kan ändra det.
}{ $open ->
    [yes] {" "}Fler svar kan höja nivån; se vad som saknas.
   *[no] {""}
}

# Vad en väg till en högre nivå fortfarande saknar (screening-why-toward och dess delar);
# delarna sägs efter varandra, åtskilda av "; ". $names: dimensioner sammanfogade med
# screening-or; $asks: ILO:s namn på de indikatorer som fortfarande är öppna; $topics: vad
# som ska frågas om (engelska data).
screening-or = {" "}eller{" "}
screening-why-toward = För att nå nivån ”{ $level ->
    [labour_law_violation] möjligt brott mot arbetsrätten
    [labour_exploitation] arbetskraftsexploatering
    [forced_labour] tvångsarbete
    [presumed_trafficking] förmodad människohandel för arbetskraftsexploatering
   *[no_indication] inga tecken
}”{ $population ->
    [adult] {" "}(vuxen)
    [child] {" "}(barn)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = dimensionen { $names } är positiv
screening-why-step_closed = dimensionen { $names } är negativ — den här vägen är stängd om inte svaren ändras
screening-why-step_not_assessed = dimensionen { $names } har ännu inte bedömts — fråga om ämnena ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = dimensionen { $names } är ännu inte positiv — fortfarande öppen{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = ingen indikator i dimensionen { $names } har besvarats med ja och ingen återstår obesvarad
screening-why-step_none_yet = ingen indikator i dimensionen { $names } har ännu besvarats med ja — fortfarande öppen{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Ange inte namn eller andra personuppgifter: screeningen registrerar bara vilka indikatorer som föreligger. ”Inte frågat” hålls isär från ”nej”.
screening-instrument-meta = { $count } indikatorer · version { $version }
screening-population = Vem det gäller
screening-country = Land (för vem som kan agera)
screening-country-none = Inget land
screening-start = Starta screening
screening-progress = { $answered } av { $total } frågor besvarade
screening-answer-help = Svara på det du vet. ”Okänt” betyder att du frågade men att svaret är oklart; ”Inte frågat” betyder att frågan inte togs upp. Inget av dem räknas som ja.
screening-official-wording = Officiell formulering
screening-strength = Styrka i instrumentet: { $strength }
screening-see-result = Se resultatet
screening-save-draft = Spara utkast
screening-draft-saved = Utkastet har sparats i den här webbläsaren. Öppna Screening igen för att fortsätta med det; utkast sparas i 30 dagar.
screening-continue-draft = Fortsätt med ditt sparade utkast
screening-discard-draft = Kasta utkastet
screening-draft-discarded = Ditt utkast har kastats.
screening-no-draft-title = Inget sparat utkast
screening-no-draft = Den här webbläsaren har inget sparat screeningutkast (utkast sparas i 30 dagar). Starta en ny screening från sidan Screening.
screening-forbidden-title = Formuläret kunde inte tas emot
screening-forbidden = Formuläret kom inte från den här webbplatsen eller har gått ut. Öppna screeningen igen och skicka in på nytt.
screening-result-title = Screeningresultat
screening-level = Var situationen befinner sig på skalan
screening-continuum = Exploateringsskalan
screening-reasoning = Varför
screening-dimensions = Dimensioner
screening-dimension = Dimension
screening-status = Status
screening-yes-indicators = Indikatorer besvarade med ja
screening-missing = Vad som saknas för en slutsats
screening-questions-to-ask = { $count ->
    [one] En fråga att ställa
   *[other] { $count } frågor att ställa
}
screening-who-acts = Vem kan agera
screening-who-acts-in = Vem kan agera i { $country }
screening-nobody = Atlasen anger ingen aktör med dessa mandat.
screening-uncovered = Ingen aktör i atlasen har dessa mandat:
screening-choose-country = Välj ett land för att se dess aktörer. Dessa mandat passar resultatet:
screening-unverified = { $count ->
    [one] En indikator som räknades har en styrka som ännu inte har kontrollerats mot ILO:s publikation.
   *[other] { $count } indikatorer som räknades har styrkor som ännu inte har kontrollerats mot ILO:s publikation.
}
screening-used = Instrument: { $instrument }. Regler: { $rules }.
screening-change-answers = Ändra svar (sparas som utkast)

answer-yes = Ja
answer-no = Nej
answer-unknown = Okänt
answer-not-asked = Inte frågat

population-adult = Vuxen
population-child = Barn (under 18 år)

strength-strong = stark
strength-medium = medel
strength-weak = svag
strength-unweighted = inte viktad

continuum-no_indication = Inga tecken
continuum-labour_law_violation = Brott mot arbetsrätten
continuum-labour_exploitation = Arbetskraftsexploatering
continuum-forced_labour = Tvångsarbete
continuum-presumed_trafficking = Förmodad människohandel för arbetskraftsexploatering

dimension-status-positive = Positiv
dimension-status-negative = Negativ
dimension-status-insufficient_information = Otillräcklig information
screening-version = Instrumentversion { $version }

report-title = Rapporten
report-showing = Rad { $from }–{ $to } av { $total }. Den markerade raden är där det citerade avsnittet börjar.
report-earlier = ← Tidigare rader
report-later = Senare rader →
country-download = Ladda ned det här landet som JSON
about-download = Ladda ned hela atlasen (JSON).
about-read-report = Läs rapporten, rad för rad.

## Platform: sign-in, account, administration
nav-sign-in = Logga in
nav-sign-out = Logga ut
nav-account = Ditt konto
nav-audit = Granskningslogg
error-sign-in-title = Logga in
error-sign-in = Den här sidan är för inloggade användare av OpenNRM.
error-forbidden-title = Inte tillåtet
error-too-many-title = För många förfrågningar
sign-in-title = Logga in på OpenNRM
sign-in-username = Användarnamn (din e-postadress)
sign-in-password = Lösenord
sign-in-code = Sexsiffrig kod från din autentiseringsapp
sign-in-continue = Fortsätt
sign-in-code-wrong = Koden godtogs inte. Varje kod fungerar en gång och byts var 30:e sekund: ange den som din app visar nu.
sign-in-note = Konton skapas av din organisations administratör. Efter fem felaktiga försök låses kontot i 15 minuter.
account-title = Ditt konto
account-username = Användarnamn
account-organisation = Organisation
account-roles = Roller
account-sessions = Inloggade sessioner
account-totp = Andra faktor (autentiseringsapp)
account-totp-on = En andra faktor är konfigurerad: vid inloggning efterfrågas en kod.
account-totp-off = Ingen andra faktor ännu. Samordnare och administratörer måste konfigurera en innan de kan agera.
account-totp-start = Konfigurera en autentiseringsapp
account-totp-replace = Byt till en annan autentiseringsapp
account-totp-scan = Skanna den här koden med en autentiseringsapp, eller skriv in nyckeln nedan i den, och ange sedan koden som appen visar.
account-totp-secret = Nyckel:
account-totp-confirm = Bekräfta
account-totp-wrong = Koden stämmer inte med den här nyckeln. Kontrollera att appen har nyckeln nedan och ange sedan koden som den visar nu.
account-totp-done = Autentiseringsappen är konfigurerad. Vid inloggning efterfrågas nu en kod.
account-needs-totp = Din roll kräver en andra faktor. Konfigurera en autentiseringsapp nedan innan du fortsätter.
account-password = Lösenord
account-password-current = Nuvarande lösenord
account-password-new = Nytt lösenord (12 till 128 tecken)
account-password-change = Byt lösenord
account-password-done = Ditt lösenord har bytts; dina andra sessioner har loggats ut.
account-tokens = API-token
account-tokens-none = Inga API-token.
account-token-name = Namn
account-token-created = Skapad
account-token-used = Senast använd
account-token-create = Skapa token
account-token-once = Kopiera den här token nu; den visas inte igen:
account-token-revoke = Återkalla
account-token-revoked = Token har återkallats.
account-token-revoked-mark = återkallad
account-sign-out-everywhere = Logga ut överallt
audit-title = Granskningslogg
audit-lead = Varje inloggning, misslyckad inloggning och ändring av användare, roller och token, nyaste först. Raderna är hashkedjade; `opennrm audit verify` kontrollerar kedjan.
audit-action = Åtgärd
audit-actor = Aktör
audit-outcome = Utfall
audit-object = Objekt
audit-at = Tid (UTC)
audit-address = Adress
audit-detail = Detaljer
audit-filter = Filtrera
audit-older = Äldre händelser
users-title = Användare
users-name = Namn
users-state = Status
users-disabled = inaktiverad
users-locked = låst
users-active = aktiv
users-unlock = Lås upp
role-frontline_officer = Medarbetare i första linjen
role-case_worker = Handläggare
role-service_provider = Stödgivare
role-national_coordinator = Nationell samordnare
role-national_rapporteur = Nationell rapportör
role-administrator = Administratör

## Atlas history
revision-banner = Du tittar på utgåva { $revision } av atlasen ({ $label }, { $date }); den aktuella utgåvan är { $current }.
revision-banner-current = Visa den aktuella utgåvan.
diff-title = Ändringar
diff-from = Från utgåva
diff-to = Till utgåva
diff-compare = Jämför
diff-heading = { $count ->
    [0] Inga ändringar från utgåva { $from } till { $to }
    [one] En ändring från utgåva { $from } till { $to }
   *[other] { $count } ändringar från utgåva { $from } till { $to }
}
diff-none = De två utgåvorna säger samma sak om det här landet.
diff-legend = + tillagt · − borttaget eller avvecklat · ~ ändrat · · endast källan ändrad
diff-see-revision = Landet enligt utgåva { $revision }
about-revision-view = visa
actor-retired = Den här aktören avvecklades i utgåva { $revision }: den aktuella atlasen listar den inte längre. Den visas så som utgåva { $last }, den sista som innehöll den, beskrev den.
country-changes = Ändringar sedan 2013
about-revision-not-kept = uppgifter inte bevarade (före atlasens historik)

# Respondents, attribution, several sources, readings, contested facts (issue 6)
country-summary = Sammanfattning
country-summary-lead = Rapportens egen sammanfattning av det här kapitlet.
country-respondents-title = Vilka som besvarade enkäten
country-respondents-lead = En rad per skickad enkät, så som kapitlet beskriver det. Uttalanden som rapporten tillskriver en enkät visar ”sagt av” med sin källa.
country-respondents-computed = Enligt respondenterna: { $invited } inbjudna, { $completed } besvarade
country-respondents-none = Den här utgåvan listar inga respondenter för det här landet.
country-recommendations = Rekommendationer
country-recommendations-lead = Vad rapporten rekommenderar, en uppgift per rekommendation, med de typer av aktörer som den riktar sig till.
country-no-recommendations = Rapporten ger ingen rekommendation i det här kapitlet.
respondent-form-full = Fullständig enkät
respondent-form-alternative = Endast alternativa frågor
respondent-form-declined = Avböjde
respondent-form-no_reply = Inget svar
respondent-answered-for = Svarade för
respondent-reason = Skäl
respondent-footnotes = Anförd i rapporten som
said-by = Sagt av
also-stated = Anges även i
reading-marker = vår tolkning, inte rapportens ord: { $fields }
contested = Omstridd
contested-title = Rapporten är tvetydig på denna punkt: se tvetydigheterna
tie-direction-mutual = ömsesidig
tie-direction-one_way = enkelriktad
tie-reported-by = Rapporterad av { $name }
actor-group = Grupp, inte ett enskilt organ
document-governs-capabilities = Ger eller reglerar
document-governs-actors = Bemyndigar eller förpliktar
document-governs-mechanisms = Styr
recommendation-addresses = Riktar sig till
recommendation-addresses-all = Aktörer i allmänhet
mechanisms-title = Mekanismer i länderna
mechanisms-lead = Varje nationell mekanism som rapporten anger, land för land: vem som innehar den, sedan när, dess inriktning och dess källa.
mechanisms-country = Land
mechanisms-none = inga angivna
nav-mechanisms = Mekanismer
report-wide-title = Rapporten utöver kapitlen
report-wide-lead = Sammanfattningen, inledningen och metoden som källbelagda resultat, samt rapportens övergripande rekommendationer.
finding-part-executive_summary = Sammanfattning
finding-part-introduction = Inledning
finding-part-methodology = Metod
finding-part-conclusions = Slutsatser
finding-part-findings = Resultat
finding-part-challenges = Utmaningar och begränsningar
mechanisms-status = Status
mechanisms-name = Namn
mechanisms-filter = Visa
study-full-text = hela texten
study-recommendations-lead = Alla rapportens rekommendationer: först de övergripande, sedan varje kapitels, med de länder och typer av aktörer som de riktar sig till. Filtrera dem efter sektor via API:et (/api/v1/recommendations).
study-all-countries = Alla elva länder
nav-study = Studien
mechanisms-kind = Mekanism
search-governing = Lagar och dokument som ger eller reglerar detta
nav-insight = Jämför
insight-title = Länderna jämförda
insight-lead = Vad rapportens kapitel säger, sida vid sida och beräknat från atlasen: varje cell länkar till sina uppgifter och deras källor; omstridda uppgifter är markerade.
insight-mechanisms = Mekanismer
insight-mechanisms-lead = Vilka länder som har en nationell samordnare, en rapportör, ett samförståndsavtal (MoU), ett hänvisningssystem …, och vad mekanismerna är inriktade på.
insight-mandates = Vem som innehar varje mandat
insight-mandates-lead = Hur många aktörer som har varje befogenhet i varje land; följ en siffra till aktörerna och deras källor.
insight-mandates-legend = En siffra räknar de mandat som innehas; −N är mandat som rapporten säger att en aktör inte har; § markerar en lag eller ett dokument som ger befogenheten.
insight-sectors = Vilka sektorer som ingår i en mekanism
insight-sectors-lead = Om aktörerna inom varje sektor ingår i en mekanism som finns på plats (formell eller en funktionell motsvarighet), som innehavare eller medlem: rapporten konstaterar att arbetsmarknadens aktörer lämnas utanför.
insight-sectors-legend = ✓ minst en ingår i en mekanism på plats; ✗ sektorns aktörer ingår inte i någon; – atlasen anger ingen aktör inom sektorn.
insight-sector-none = ingen aktör inom den här sektorn angiven
insight-sector-seated = ingår i en mekanism
insight-sector-left-out = i ingen mekanism på plats
insight-limitations = Begränsningar som respondenterna valde
insight-limitations-lead = Hur många respondenter som valde var och en av enkätens begränsningar, där rapporten anger en siffra.
insight-limitations-legend = En siffra är det högsta antal som kapitlet anger för kategorin; · kapitlet nämner den utan siffra.
insight-limitation-stated = nämnd utan antal
insight-partners = De oftast nämnda partnerna
insight-partners-lead = Aktörer rangordnade efter hur många andra aktörer som nämner dem som samarbetspartner (relationer vars rapportör är en annan aktör).
insight-named-by = { $count ->
    [one] nämnd av 1 aktör
   *[other] nämnd av { $count } aktörer
}
focus-short-sexual = sexuell
focus-short-labour = arbetskraft
focus-short-all = alla
focus-short-unclear = ?
insight-focus-legend = under symbolen, inriktningen: sexuell exploatering eller arbetskraftsexploatering, alla former, ? oklart
gaps-title = Brister
gaps-lead = Namngivna regler som tillämpas på atlasen, varje resultat med sitt underlag (uppgifterna och deras citat) och vem som bör involveras. Tillämpade på 2013 års data återger de kapitlens slutsatser; reglerna listas med de ord i rapporten som de bygger på.
gaps-rules = reglerna
gaps-rule = Regel
gaps-involve = Involvera
gaps-evidence = { $count ->
    [one] Underlag: 1 uppgift
   *[other] Underlag: { $count } uppgifter
}
gaps-count = { $count ->
    [one] 1 resultat
   *[other] { $count } resultat
}
gaps-none = Inget resultat för det här valet.
gaps-severity-gap = Brist
gaps-severity-gap-means = atlasen anger avsaknaden eller bristen
gaps-severity-unrecorded = Inte angivet
gaps-severity-unrecorded-means = atlasen anger inget som fyller den: en brist, eller rapportens tystnad
gaps-severity-information = Anmärkning
gaps-severity-information-means = ingen brist: det som data oftast visar
gaps-since-counts = Åtgärdade: { $closed }, nya: { $opened }.
gaps-closed = Åtgärdade
gaps-opened = Nya
country-gaps = Brister
country-network = Samarbetsnätverk
country-network-lead = Vem som är knuten till vem, så som respondenterna beskrev det: aktörerna är färgade efter sektor och storleksatta efter hur ofta de ligger mellan två andra. Tabellen nedan ger samma data som text.
country-network-files = Ladda ned: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Aktör
network-col-degree = Partner
network-col-betweenness = Mellanliggande centralitet
network-col-broker = Brobyggare
network-density = { $nodes } aktörer med relationer, { $edges } sammanlänkade par; täthet { $density }; relationer mellan offentlig sektor och civilsamhälle: { $gov_civil }
compare-with = Jämför med utgåva
compare-baseline = Utgångsläge 2013
compare-button = Jämför
compare-since = Vad som har ändrats från utgåva { $from } till utgåva { $to }
compare-nothing = Inget har ändrats.
compare-revision = Utgåva { $revision }
compare-not-in-revision = inte i den här utgåvan
compare-not-recorded = Inte angivet
insight-compare-count = { $count ->
    [one] En cell har ändrats.
   *[other] { $count } celler har ändrats.
}
insight-compare-table = Tabell
insight-compare-row = Rad
network-region-title = Regionens samarbetsnätverk
network-country-title = Samarbetsnätverket i { $country }
network-region-lead = Alla länders samarbetsrelationer i ett nätverk, så som respondenterna beskrev dem. Relationerna korsar aldrig några gränser i rapporten, så varje land ritas i en egen panel: aktörerna är färgade efter sektor, storleksatta efter hur ofta de ligger mellan två andra inom sitt land, och de mest centrala är namngivna. Tabellerna ger samma data som text.
network-whole-region = hela regionen
network-files = Ladda ned
network-alt = { $scope }: { $nodes } aktörer med relationer, { $edges } sammanlänkade par; tabellerna nedan listar de mest centrala aktörerna och varje lands siffror
network-summary = { $nodes } aktörer med relationer ({ $untied } utan några), { $edges } sammanlänkade par, { $components } komponenter, { $communities } grupper, { $brokers } brobyggare; täthet { $density }; { $gov_civil } relationer mellan offentlig sektor och civilsamhälle (täthet { $gov_civil_density }).
network-by-country = Land för land
network-by-country-lead = Samma mått för varje lands eget nätverk: hur tätt det är, hur väl offentlig sektor och civilsamhälle är sammanknutna, hur många delar det faller isär i och vem som håller ihop det.
network-by-country-legend = Täthet: sammanlänkade par av alla möjliga par. Offentlig sektor–civilsamhälle: relationer mellan en statlig och en icke-statlig aktör, och deras andel av alla sådana möjliga par. Brobyggare: aktörer utan vilka vissa aktörer förlorar sin enda väg till de andra.
network-actors-tied = Aktörer med relationer
network-col-untied = Utan relationer
network-col-ties = Sammanlänkade par
network-col-density = Täthet
network-col-gov-civil = Relationer offentlig sektor–civilsamhälle
network-col-gov-civil-density = Täthet offentlig sektor–civilsamhälle
network-col-components = Komponenter
network-col-communities = Grupper
network-col-brokers = Brobyggare
network-col-sector = Sektor
network-col-weighted = Relationer
network-col-closeness = Närhetscentralitet
network-central = De mest centrala aktörerna
network-central-lead = Efter mellanliggande centralitet: andelen kortaste vägar mellan andra aktörer i samma land som går genom aktören (inom det egna landets nätverk, så att aktörer i små och stora länder kan jämföras), därefter närhetscentralitet: hur nära aktören är alla andra som den kan nå.
network-connected = De mest sammankopplade aktörerna
network-partners-ties = { $degree } partner, { $ties ->
        [one] { $ties } relation
       *[other] { $ties } relationer
    }
network-communities = Grupper
network-communities-lead = Grupper av aktörer som är mer knutna till varandra än till de andra (Louvain, { $count } totalt), de största först, var och en med sina bäst sammankopplade medlemmar.
network-community-size = { $count ->
    [one] en aktör
   *[other] { $count } aktörer
}
network-compare-counts = { $ties_added ->
    [one] Ett sammanlänkat par tillagt
   *[other] { $ties_added } sammanlänkade par tillagda
}, { $ties_removed ->
    [one] { $ties_removed } borttaget
   *[other] { $ties_removed } borttagna
}; { $actors_added ->
    [one] en aktör anslöt till nätverket
   *[other] { $actors_added } aktörer anslöt till nätverket
}, { $actors_removed } lämnade det.
network-ties-added = Tillagda relationer
network-ties-removed = Borttagna relationer
network-ties-changed = Ändrade relationer
network-tie-weight = { $from } relationer ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Aktörer som anslöt till nätverket
network-actors-removed = Aktörer som lämnade nätverket
network-centrality-changed = Aktörer vars position har ändrats
country-network-compare = Jämför det här nätverket med en annan utgåva
network-all-measures = Alla mått
insight-charts = Diagram
insight-charts-lead = Samma data i diagramform; varje diagram har sina siffror som text (i titel och beskrivning) och i tabellerna ovan.
insight-chart-participation = Inbjudna och svarande respondenter per land (där kapitlet anger en siffra)
insight-chart-mechanisms = Mekanismer per land, efter status
insight-chart-limitations = Begränsningar som kapitlen anger, per land och kategori
country-network-alt = Samarbetsnätverket i { $country }: { $nodes } aktörer med relationer, { $edges } sammanlänkade par; tabellen nedan listar de mest centrala aktörerna

## Generated national reports (domain insight::national; the PDF, Markdown and the page)
nr-title-country = { $country }: aktörer mot människohandel för arbetskraftsexploatering
nr-title-region = Aktörer mot människohandel för arbetskraftsexploatering i Östersjöregionen
nr-subtitle = Genererad av OpenNRM från atlasens utgåva { $revision } ({ $label }, { $date })
nr-preface = Den här rapporten är genererad från OpenNRM-atlasen, som innehåller uppgifterna i ”{ $report }” och de ändringar som har gjorts sedan dess, var och en med sin källa. Den följer strukturen i rapportens landkapitel; dess slutsatser kommer från bristanalysen.
nr-preface-sources = De små upphöjda siffrorna hänvisar till källorna i slutet: avsnittet i rapporten, raden och det ordagranna citat som ett påstående vilar på, samt den respondent som sade det, där rapportens fotnot namnger en. Ett påstående utan siffra är beräknat från de uppgifter som listas bredvid det.
nr-contents = Innehåll
nr-sources = Källor
nr-figure = Figur
nr-table = Tabell
nr-page = Sida
nr-line = rad
nr-said-by = Enkät 2012:
nr-source-of = Källa
nr-executive-summary = Sammanfattning
nr-summary-region = Regionen
nr-summary-data = I atlasen: { $actors } aktörer och { $ties } samarbetsrelationer; { $mechanisms } av { $kinds } typer av mekanismer på plats (formella eller funktionella motsvarigheter); bristanalysen finner { $gaps ->
    [one] en angiven brist
   *[other] { $gaps } angivna brister
} och { $unrecorded ->
    [one] en punkt
   *[other] { $unrecorded } punkter
} som rapporten inte uttalar sig om.
nr-part-findings = Resultat
nr-part-actors = Aktörer och mandat
nr-part-cooperation = Samarbete
nr-part-policy = Policy och lagstiftning
nr-part-mechanisms = Mekanismer
nr-part-limitations = Utmaningar och begränsningar
nr-part-conclusions = Slutsatser
nr-part-organisations = Relevanta departement och organisationer
nr-participation = Av { $invited } aktörer som ombads delta i studien besvarade { $completed } enkäten.
nr-participation-completed = { $completed } aktörer besvarade enkäten.
nr-participation-invited = { $invited } aktörer ombads delta i studien.
nr-respondents = De respondenter som anges i atlasen: { $invited } inbjudna, { $completed } besvarade ({ $full } den fullständiga enkäten, { $alternative } de alternativa frågorna), { $declined } avböjde, { $noreply } svarade inte.
nr-ambiguities = Där rapporten är oklar
nr-actors-summary = Atlasen anger { $actors } aktörer och { $mandates } mandat som de innehar; varje aktör listas nedan med sina mandat.
nr-governmental = Statliga
nr-non-governmental = Icke-statliga
nr-part-of = del av { $parent }
nr-mandate-denied = Inte: { $capability }
nr-labour-mandate-yes = omfattar människohandel för arbetskraftsexploatering
nr-labour-mandate-no = omfattar inte människohandel för arbetskraftsexploatering
nr-no-ties = Rapporten beskriver inget samarbete mellan aktörerna.
nr-network-summary = Rapporten beskriver { $ties } samarbetsrelationer mellan { $pairs } aktörspar; { $actors } aktörer har en relation, { $untied } har ingen. Nätverkets täthet: { $density }.
nr-gov-civil = Mellan offentlig sektor och civilsamhälle: { $ties } sammanlänkade par, en täthet på { $density } av de möjliga paren över gränsen.
nr-gov-civil-none = Nätverket har ingen relation över gränsen mellan offentlig sektor och civilsamhälle, eller så har ena sidan ingen aktör med en relation.
nr-brokers = Brobyggare (utan dem förlorar vissa aktörer sin enda väg till andra): { $names }.
nr-network-title = Samarbetsnätverket i { $country }
nr-network-caption = Samarbetsnätverket i { $country }: aktörerna är färgade efter sektor och storleksatta efter mellanliggande centralitet; pilar markerar enkelriktade relationer.
nr-network-alt = En nätverksritning av { $actors } aktörer och { $pairs } sammanlänkade par i { $components } sammanhängande delar; tabellerna i det här avsnittet ger samma data som text.
nr-central-caption = De aktörer som förbinder de andra mest (mellanliggande centralitet)
nr-ties-caption = Samarbetsrelationer så som rapporten beskriver dem
nr-col-actor = Aktör
nr-col-sector = Sektor
nr-col-partners = Partner
nr-col-betweenness = Mellanliggande centralitet
nr-col-from = Från
nr-col-to = Till
nr-col-kind = Typ
nr-col-direction = Riktning
nr-col-mechanism = Mekanism
nr-col-status = Status
nr-col-name = Så som rapporten benämner den
nr-col-focus = Inriktning
nr-col-holder = Innehas av
nr-col-category = Begränsning
nr-col-respondents = Respondenter
nr-col-statement = Vad rapporten säger
nr-col-capability = Mandat
nr-col-rule = Bristregel
nr-no-documents = Kapitlet nämner ingen policy eller lagstiftning.
nr-mechanisms-intro = Varje typ av mekanism som rapporten söker efter, med vad kapitlet anger; en typ som kapitlet inte nämner markeras ”inte angiven”.
nr-mechanisms-caption = Mekanismer i { $country }
nr-state-formal = formell
nr-state-functional_equivalent = funktionell motsvarighet
nr-state-expired = upphörd
nr-state-absent = saknas
nr-state-not_recorded = inte angiven
nr-no-limitations = Kapitlet anger inga utmaningar eller begränsningar.
nr-limitations-caption = Utmaningar och begränsningar i { $country }, efter kategori
nr-limitations-alt = Ett stapeldiagram över de begränsningar som kapitlet om { $country } anger, per kategori; tabellen nedan ger samma data.
nr-limitations-alt-counted = Ett stapeldiagram över hur många respondenter i { $country } som valde varje begränsning; tabellen nedan ger samma data.
nr-limitations-table = Begränsningar som kapitlet anger
nr-gap-heading = Vad bristanalysen finner
nr-gap-intro = Varje resultat kommer från en namngiven regel som tillämpas på atlasen (se sidorna om bristanalysen); dess källor är de uppgifter som det vilar på. ”Inte angivet” markerar det som rapporten inte uttalar sig om åt något håll.
nr-involve = involvera: { $names }
nr-recommendations = Rapportens rekommendationer
nr-organisations-participated = Inbjudna aktörer som deltog i studien
nr-organisations-invited_not_participated = Andra inbjudna aktörer
nr-organisations-mentioned = Andra aktörer som nämnts av respondenter
nr-comparison = Regional jämförelse
nr-comparison-intro = De elva länderna sida vid sida, beräknat från uppgifterna i varje kapitel. Tecken: { $legend }.
nr-comparison-mechanisms = Mekanismer per land
nr-chart-mechanisms-caption = Mekanismer per land, efter status
nr-chart-mechanisms-alt = Ett stapeldiagram över hur många typer av mekanismer varje land har, efter status; tabellen ovan ger samma data.
nr-comparison-mandates-title = Mandat
nr-comparison-mandates-intro = Hur många aktörer som innehar varje mandat i varje land; ✗ där rapporten säger att den enda aktör som den nämner inte innehar mandatet, tomt där den inte nämner någon.
nr-comparison-mandates = Aktörer som innehar varje mandat, per land
nr-comparison-sectors-title = Aktörer i mekanismer
nr-comparison-sectors-intro = Vilka typer av aktörer som ingår i en mekanism på plats: ✓ minst en gör det, ○ landet har sådana aktörer men ingen ingår i någon, tomt där atlasen inte anger någon.
nr-comparison-sectors = Typer av aktörer i en mekanism på plats, per land
nr-comparison-limitations-intro = Utmaningar och begränsningar efter kategori: antalet respondenter som valde den, där kapitlet anger ett, • där kapitlet anger den utan siffra.
nr-comparison-limitations = Begränsningar per land
nr-chart-limitations-caption = Begränsningar som kapitlen anger, per land och kategori
nr-chart-limitations-alt = Ett stapeldiagram över de begränsningar som varje kapitel anger, per kategori; tabellen ovan ger siffrorna.
nr-chart-participation-caption = Inbjudna och svarande respondenter per land
nr-chart-participation-alt = Ett stapeldiagram över hur många aktörer som bjöds in och hur många som besvarade enkäten i varje land, där kapitlet anger en siffra.
nr-comparison-gaps-title = Brister i regionen
nr-comparison-gaps-intro = Varje regel i bristanalysen i varje land: ● en angiven brist, ○ inte angivet åt något håll, i en anmärkning (ingen brist), tomt där regeln inte finner något.
nr-comparison-gaps = Bristresultat per regel och land
nr-download = Ladda ned:
nr-link = Genererad rapport
nr-link-lead = Det här landets kapitel återskapat från atlasen – resultat, aktörer och mandat, samarbete, mekanismer, begränsningar, slutsatser från bristanalysen – med varje påstående spårat till sin källa.
nr-read = Läs rapporten
insight-report = Genererad rapport för regionen
insight-report-lead = Hela studien återskapad från atlasen: sammanfattningen, varje lands kapitel och den regionala jämförelsen, med varje påstående spårat till sin källa.

## Referral (cases, consent, pathways)
nav-cases = Ärenden
cases-title = Ärenden och hänvisningar
cases-lead = Ärenden som din organisation har öppnat och hänvisningar som har skickats till den. Personuppgifter är krypterade och visas bara för dem som behöver dem; varje visning registreras.
cases-open = Öppna ett ärende
cases-screen-first = eller gör först en screening av situationen
cases-inbox = Hänvisningar till din organisation
cases-country-referrals = Hänvisningar i ditt land
cases-inbox-empty = Inga hänvisningar.
cases-mine = Ärenden som din organisation har öppnat
cases-none = Inga ärenden ännu.
case-reference = Ärende
case-action = Åtgärd
case-from = Från
case-to = Till
case-state = Status
case-sent = Skickad
case-deadline = Senast
case-exploitation = Form av exploatering
case-persons = Personer
case-anonymised = Anonymiserat den { $date }: lagringstiden löpte ut, så namn, födelsedatum, medborgarskap, kontaktuppgifter, anteckningar och meddelanden har förstörts. Det som räknas i statistiken finns kvar.
case-level = Screeningnivå
case-opened = Öppnat
case-updated = Senaste ändring
case-new-title = Öppna ett ärende
case-new-lead = Registrera situationen och de berörda personerna. Ange en person för sig när personens väg skiljer sig från de andras (en minderårig bland vuxna); en grupp personer med samma väg kan vara en rad utan namn.
case-new-from-screening = Screeningen som du gjorde bifogas till det här ärendet: { $level }.
case-situation = Situation
case-work-sector = Bransch
case-region = Region
case-persons-help = Lämna en persons uppehållsstatus som ”ingen person” för att hoppa över raden. Personliga fält är frivilliga: registrera bara det som hänvisningen behöver.
case-person-n = Person { $n }
case-no-person = ingen person
case-residence = Uppehållsstatus
case-age = Åldersgrupp
case-count = Antal personer med den här vägen
case-gender = Kön
case-nationality-group = Medborgarskapsgrupp (sparas för statistik)
case-name = Namn eller alias
case-birth-date = Födelsedatum
case-nationality = Medborgarskap
case-contact = Kontaktuppgifter
case-encrypted = Namn, födelsedatum, medborgarskap, kontaktuppgifter, anteckningar och meddelanden krypteras fält för fält innan de lagras.
case-title = Ärende { $reference }
view-owner = Din organisation identifierade det här ärendet: du ser allt.
view-receiver = Det här ärendet hänvisades till din organisation: du ser situationen och endast det som din åtgärd kräver.
view-oversight = Den nationella samordnarens vy: ärendet och dess hänvisningar, utan personuppgifter.
case-identified-by = Identifierat av
case-not-screened = ingen screening gjord
case-group-of = en grupp på { $count }
case-withheld = Visas inte för din organisation: { $fields }.
case-consent = Samtycke
case-no-consent = Inget samtycke registrerat ännu. En person som vägrar allt kan ändå räknas anonymt.
case-person = Person
case-purpose = Samtycke som krävs
case-method = Hur det lämnades
case-recorded = Registrerat
case-withdrawn = Återkallat
case-withdraw = Återkalla
case-share-with = Organisation (endast för delning)
case-record-consent = Registrera samtycke
case-proposals = Föreslagna hänvisningar
case-proposals-lead = Vad landets hänvisningsväg kräver för varje person, med skälet och rapportens ord. Kryssa för dem som ska skickas.
case-see-pathway = Se hela hänvisningsvägen.
case-no-proposals = Hänvisningsvägen föreslår ingen hänvisning för den här situationen.
case-undefined-route = Rapporten lämnar den här vägen odefinierad; samordnaren föreslås i stället.
case-because = Eftersom:
case-consent-on-record = Registrerat samtycke: { $purpose }.
case-consent-missing = Samtycke saknas: { $purpose }. Registrera det innan du skickar.
case-message = Meddelande till de mottagande organisationerna (valfritt)
case-send = Skicka de förkryssade hänvisningarna
case-referrals = Hänvisningar
case-no-referrals = Ingen hänvisning har skickats ännu.
case-until = till och med { $date }
case-until-label = Betänketidens slut (om den beviljas)
case-reason = Skäl
case-outcome = Utfall
case-notes = Anteckningar
case-add-note = Lägg till en anteckning
case-seen-by = Vem som har sett personuppgifter
case-when = När
case-who = Vem
case-what = Vad
pathway-title = Hänvisningsväg: { $country }
pathway-lead = Till vem hänvisar jag? De vägar som 2013 års rapport beskriver, var och en med sin källa. Där rapporten lämnar en väg odefinierad säger hänvisningsvägen det och föreslår samordnaren.
pathway-coordinator-formal = Nationell samordnare:
pathway-coordinator-closest = Ingen nationell samordnare; det organ som rapporten anger som närmast den rollen:
pathway-undefined-count = { $count ->
    [one] Rapporten lämnar en väg odefinierad.
   *[other] Rapporten lämnar { $count } vägar odefinierade.
}
pathway-rules = Vägarna och deras källor
pathway-when = När
pathway-source = Källa
pathway-undefined = inte definierad i rapporten
pathway-any-case = alla ärenden
pathway-from-level = screeningnivå minst { $level }
pathway-from-sector = hänvisad av { $sectors }
pathway-no-consent = Inget samtycke krävs på den här vägen.
pathway-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}
pathway-link = Hänvisningsväg: till vem hänvisar jag?
residence-legal_resident = lagligen bosatt
residence-eu_citizen = EU-medborgare
residence-irregular_migrant = irreguljär migrant
residence-asylum_seeker = asylsökande
age-adult = vuxen
age-minor = minderårig
age-unknown = okänd ålder
gender-female = kvinna
gender-male = man
gender-other = annat
gender-unknown = okänt
nationality_group-national = medborgare i det här landet
nationality_group-eu_eea = EU/EES-medborgare
nationality_group-third_country = tredjelandsmedborgare
nationality_group-unknown = okänt
exploitation-labour_exploitation = Arbetskraftsexploatering
exploitation-forced_labour = Tvångsarbete
exploitation-forced_begging = Tvångstiggeri
exploitation-forced_criminality = Tvång att begå brott
exploitation-domestic_servitude = Hushållsslaveri
exploitation-sexual_exploitation = Sexuell exploatering
exploitation-other = Annat
work-agriculture = Jordbruk
work-construction = Byggverksamhet
work-manufacturing = Tillverkning
work-hospitality = Restauranger och hotell
work-cleaning = Städning
work-domestic_work = Hushållsarbete
work-fishing = Fiske
work-forestry = Skogsbruk och bärplockning
work-transport = Transport
work-care = Vård och omsorg
work-other = Annat
action-investigate = Brottsutredning
action-inspect = Arbetsinspektion
action-determine_victim_status = Offerstatus
action-grant_reflection_period = Betänketid
action-decide_residence_permit = Uppehållstillstånd
action-provide_assistance = Stöd
action-child_protection = Barnskydd
action-repatriation = Repatriering
purpose-referral_assistance = hänvisning till stödsystemet
purpose-police_contact = kontakt med polisen
purpose-share_with_organisation = delning av uppgifter med en namngiven organisation
purpose-support_services = stödinsatser
purpose-statistics = användning i statistik
method-signed_form = undertecknad blankett
method-oral_with_witness = muntligt, med vittne
method-via_interpreter = via tolk
field-name = namn
field-birth_date = födelsedatum
field-nationality = medborgarskap
field-contact = kontaktuppgifter
field-notes = anteckningar
field-messages = meddelanden
state-sent = skickad
state-acknowledged = kvitterad
state-accepted = accepterad
state-declined = avböjd
state-decided = beslutad
state-closed = avslutad
step-send = Skickad
step-acknowledge = Kvittera
step-accept = Acceptera
step-decline = Avböj
step-decide = Registrera utfall
step-close = Avsluta
step-consent_withdrawn = Samtycke återkallat
outcome-presumed_victim = förmodat offer
outcome-confirmed_victim = bekräftat offer
outcome-not_a_victim = inte ett offer
outcome-reflection_period_granted = betänketid beviljad
outcome-residence_permit_granted = uppehållstillstånd beviljat
outcome-residence_permit_refused = uppehållstillstånd avslaget
outcome-assistance_started = stöd påbörjat
outcome-investigation_opened = utredning inledd
outcome-child_protection_started = barnskyddsinsats påbörjad
outcome-inspection_carried_out = inspektion genomförd
cases-open-from-screening = Öppna ett ärende med den här screeningen
pathway-open = Se vem som tar emot ett ärende, och för vad, enligt rapporten
statistics-title = Statistik
statistics-lead = Anonymiserade antal från de ärenden som har registrerats i OpenNRM, per land. Ingen enskild post visas någonsin: varje antal under { $k } (utom noll) döljs, liksom varje antal som ett sådant antal skulle kunna räknas fram ur.
statistics-measures = Vad som räknas
statistics-downloads = Ladda ned:
statistics-htcds = i formatet Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = ”–” markerar ett dolt antal (under { $k }, eller ett som skulle avslöja ett sådant antal). Nollor visas.
statistics-total = Totalt
statistics-all-countries = alla länder
statistics-measure-persons = Identifierade personer
statistics-measure-cases = Ärenden
statistics-measure-referrals = Hänvisningar
statistics-measure-decisions = Beslut
statistics-axis-persons = personer
statistics-axis-cases = ärenden
statistics-axis-referrals = hänvisningar
statistics-axis-decisions = beslut
statistics-dimension-year = Per år
statistics-dimension-work_sector = Per bransch
statistics-dimension-exploitation = Per form av exploatering
statistics-dimension-age_group = Per åldersgrupp
statistics-dimension-gender = Per kön
statistics-dimension-nationality_group = Per medborgarskapsgrupp
statistics-dimension-residence = Per uppehållsstatus
statistics-dimension-referring_sector = Per den identifierande organisationens sektor
statistics-dimension-days_to_referral = Dagar från identifiering till första hänvisning
statistics-dimension-days_to_decision = Dagar från identifiering till första beslut
statistics-dimension-screening_level = Per screeningnivå
statistics-dimension-action = Per vad som begärdes
statistics-dimension-state = Per var hänvisningen befinner sig nu
statistics-dimension-outcome = Per beslut
statistics-not_recorded = inte registrerat
statistics-not_screened = ingen screening gjord
days-not_referred = inte hänvisad ännu
days-no_decision = inget beslut ännu
days-same_day = samma dag
days-1_to_7_days = 1–7 dagar
days-8_to_30_days = 8–30 dagar
days-31_to_90_days = 31–90 dagar
days-over_90_days = mer än 90 dagar
nav-statistics = Statistik
jobs-title = Bakgrundsjobb
jobs-lead = Tidsfrister, eskaleringar och e-post, som körs av den servernod som först tar dem. Ett misslyckat jobb görs om med allt längre pauser tills försöken är slut; därefter stannar det här, misslyckat, tills du köar det igen.
jobs-none = Inga jobb ännu.
jobs-kind = Jobb
jobs-state = Status
jobs-attempts = Försök
jobs-due = Förfaller
jobs-error = Senaste fel
jobs-updated = Senaste ändring
jobs-retry = Köa igen
job-escalation_sweep = Sök efter hänvisningar som har passerat tidsfristen för kvittering
job-apply_retention = Anonymisera avslutade ärenden vars lagringstid har löpt ut
job-send_email = Skicka ett e-postmeddelande
job-state-queued = i kö
job-state-running = körs
job-state-done = klart
job-state-failed = misslyckades
notifications-title = Aviseringar
notification-referral_unacknowledged = En hänvisning har inte kvitterats i tid
notifications-open = Öppna ärendet
case-plan = Stödplan
case-plan-empty = Ingen stöduppgift ännu.
case-plan-help = Ge en uppgift till en stödgivare vars mandat i atlasen omfattar den. Personen måste ha samtyckt till stödinsatser; stödgivaren ser endast det som uppgiften kräver (ett skyddat boende: namn och kontaktuppgifter).
case-assistance = Stöd
case-provider = Stödgivare
case-assign = Ge uppgiften
tasks-title = Stöduppgifter
tasks-lead = De uppgifter som har getts till din organisation, med endast det som var och en kräver om personen. Själva ärendet stannar hos den organisation som gav uppgiften.
tasks-none = Ingen uppgift har getts till din organisation.
tasks-from = Given av { $organisation }
assistance-accommodation = Boende
assistance-legal_aid = Rättshjälp
assistance-health_care = Hälso- och sjukvård
assistance-psychological_support = Psykologiskt stöd
assistance-interpreter = Tolk
assistance-subsistence = Försörjning
assistance-reflection_period_support = Stöd under betänketiden
assistance-residence_permit_support = Stöd i fråga om uppehållstillstånd
assistance-repatriation = Repatriering
assistance-return_and_reintegration = Återvändande och återintegrering
task-state-assigned = tilldelad
task-state-in_progress = pågår
task-state-completed = slutförd
task-state-declined = avböjd
task-step-start = Påbörja
task-step-complete = Markera som slutförd
task-step-decline = Avböj
nav-tasks = Uppgifter
nav-jobs = Jobb
notification-referral_overdue = En hänvisning till din organisation väntar efter tidsfristen: kvittera den
nav-inspections = Kontroller
inspections-title = Myndighetsgemensamma kontroller
inspections-lead = Arbetsplatsinspektioner som flera myndigheter gör tillsammans, var och en på sin egen rättsliga grund. I Danmark "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; rapporten rekommenderar dem som ett sätt att samordna insatserna och förstå varandras arbete.
inspections-none = Din organisation deltar ännu inte i någon myndighetsgemensam kontroll.
inspection-title = Myndighetsgemensam kontroll
inspection-reference = Referens
inspection-date = Datum
inspection-agencies = Deltagande myndigheter
inspection-agency = Myndighet
inspection-state = Status
inspection-state-planned = planerad
inspection-state-closed = genomförd och avslutad
inspection-planned-by = planerad av { $organisation }
inspection-planned-by-label = Planerad av
inspection-plan = Planera en myndighetsgemensam kontroll
inspection-plan-help = Kryssa för minst två myndigheter i ditt land och ange den rättsliga grund som var och en inspekterar på (skattemyndigheten i fråga om beskattning, arbetsmiljömyndigheten i fråga om säkerhet, polisen i fråga om brott). Endast de förkryssade myndigheterna ser kontrollen.
inspection-when-where = När och var
inspection-takes-part = Deltar
inspection-legal-basis = Rättslig grund
inspection-plan-submit = Planera kontrollen
inspection-findings = Iakttagelser
inspection-no-findings = Ingen myndighet har registrerat iakttagelser ännu.
inspection-workers = { $met ->
    [one] en arbetstagare träffad
   *[other] { $met } arbetstagare träffade
}
inspection-screened = { $screened ->
    [one] en screenad
   *[other] { $screened } screenade
}
inspection-record-finding = Din myndighets iakttagelser
inspection-workers-met = Träffade arbetstagare
inspection-workers-screened = Arbetstagare screenade med indikatorerna
inspection-note = Vad ni fann (ses endast av de deltagande myndigheterna; krypterat)
inspection-record = Registrera iakttagelserna
inspection-cases = Ärenden som har öppnats från den här kontrollen
inspection-no-cases = Inget ärende har öppnats från den här kontrollen.
inspection-open-case = Öppna ett ärende från den här kontrollen
inspection-screen = Screena en arbetstagare
inspection-in-atlas = Atlasen anger den här kontrollens samarbete i utgåva { $revision }.
inspection-see-diff = Se vad som har ändrats
inspection-close-help = Avsluta kontrollen när den har genomförts: atlasen registrerar då en relation för gemensam kontroll mellan varje par av de deltagande myndigheterna, med den här kontrollen som källa.
inspection-close = Avsluta kontrollen
case-from-inspection = Det här ärendet öppnas från den myndighetsgemensamma kontrollen { $reference }.
case-inspection = Myndighetsgemensam kontroll
notification-decision_overdue = En hänvisning till din organisation har passerat tidsfristen för beslut: registrera beslutet
notification-decision_escalated = Beslutet i en hänvisning är försenat
notification-reflection_period_ending = En betänketid löper ut inom en vecka: planera det som följer
screening-for-inspection = Den här screeningen görs vid den myndighetsgemensamma kontrollen { $reference }; ett ärende som öppnas från resultatet öppnas från kontrollen.

## Survey (issue 11)
study-survey-link = Enkäten, omgång för omgång
survey-title = Enkät
survey-lead = Kartan hålls aktuell på samma sätt som 2013 års studie tog fram den: en enkät till aktörerna i varje land, ett kort alternativt formulär för dem utan mandat, och nomineringar – en respondent leder vidare till en annan. Omgång 0 är 2012 års studie, läst från atlasen; de siffror som rapporten anger står bredvid.
survey-start = Starta en omgång i { $country }
survey-wave-label = Omgångens namn
survey-wave-label-example = t.ex. uppdatering 2027
survey-days-open = Antal dagar som inbjudningslänkarna fungerar
survey-start-submit = Starta omgången
survey-waves = Omgångar
survey-country = Land
survey-wave = Omgång
survey-invited = Inbjudna
survey-completed = Besvarade
survey-short-form = Kort formulär
survey-declined = Avböjde
survey-no-reply = Inget svar
survey-started = Påbörjade
survey-proposed = Föreslagna
survey-report-states = Vad rapporten anger
survey-questionnaire = Enkät
survey-closes = Länkarna fungerar till
survey-closed = stängd
survey-snowball-depth = Längsta nomineringskedja
survey-by-sector = Per sektor
survey-sector = Sektor
survey-invitees = Inbjudna
survey-export-csv = Inbjudna som CSV
survey-export-graphml = Rekryteringsträd som GraphML
survey-organisation = Organisation
survey-contact = Kontaktperson
survey-email = E-post
survey-state = Status
survey-nominated-by = Nominerad av
survey-link = Länk
survey-state-proposed = föreslagen
survey-state-invited = inbjuden
survey-state-started = påbörjad
survey-state-completed = besvarad
survey-state-declined = avböjd
survey-form-full = enkät
survey-form-alternative = kort formulär
survey-new-link = Ny länk
survey-issue-links = Skapa länkar till de föreslagna inbjudna
survey-add-invitee = Lägg till en inbjuden
survey-atlas-actor = Aktör i atlasen
survey-new-organisation-option = (en annan organisation, anges nedan)
survey-new-organisation = En annan organisation
survey-add-submit = Lägg till
survey-tree = Rekryteringsträd
survey-tree-caption = Varje ruta är en inbjuden (#position, organisation, status); en linje går från en respondent till de kontakter som hen nominerade. Tabellen över inbjudna ovan innehåller samma sak.
survey-links-title = Inbjudningslänkar
survey-links-lead = Varje länk visas bara den här gången: skriv ut sidan eller skicka varje länk till sin mottagare nu. Endast ett fingeravtryck av varje länk sparas, så en förlorad länk kan inte visas igen – skapa en ny i stället.
survey-links-none = Ingen inbjuden väntade på en länk.
survey-back-to-wave = Tillbaka till omgången
survey-respond-title = Enkät om människohandel för arbetskraftsexploatering
survey-respond-lead = Du svarar för { $organisation } ({ $country }). Dina svar ses endast av den nationella samordnaren och förs in i atlasen först efter granskning.
survey-respond-closes = Den här länken fungerar till { $date }.
survey-saved = Dina svar har sparats. Du kan komma tillbaka med samma länk tills du skickar in dem.
survey-comment-on = Kommentar till { $choice }
survey-your-answer = Ditt svar
survey-more = Något att tillägga
survey-save = Spara och fortsätt senare
survey-submit = Skicka in svaren
survey-short-help = Saknar du erfarenhet, mandat eller kunskap för att besvara de här frågorna? Några korta alternativa frågor handlar i stället om ditt arbete.
survey-full-help = Har du erfarenhet nog för att besvara hela enkäten? Du kan byta tillbaka.
survey-switch-short = Besvara de korta frågorna i stället
survey-switch-full = Besvara hela enkäten i stället
survey-decline = Avböj att delta
survey-nominate = Vem mer bör vi fråga?
survey-nominate-help = Ange en person vars organisation arbetar, eller skulle kunna arbeta, mot människohandel för arbetskraftsexploatering: samordnaren avgör om personen ska bjudas in.
survey-nominee-name = Personens namn
survey-why = Varför personen är relevant
survey-nominate-submit = Nominera
survey-done-title = Tack
survey-done-thanks = Dina svar har skickats in. Den här länken öppnar inte längre enkäten.
survey-declined-thanks = Du har avböjt att delta. Den här länken öppnar inte längre enkäten.
survey-review = Granskning: från svar till atlas
survey-review-help = Inskickade svar föreslår ändringar i atlasen: en respondent som svarar för en aktör i atlasen föreslår relationer till de partner som den namnger och de mandat som den kryssar för; varje respondent föreslår de mekanismer som den säger finns. Svar om samma uppgift visas tillsammans, med dem som besvarade samma fråga utan att nämna den. Acceptera ett förslag (att välja en annan typ av samarbete eller en annan gradering än den föreslagna registreras som en ändring) eller avvisa det; ett accepterat förslag förs in i atlasen som en ny utgåva som hänvisar till svaret bredvid rapportens citat.
survey-see-diff = Vad som har ändrats sedan 2013
survey-no-proposals = Inget inskickat svar föreslår ännu någon ändring.
survey-fact-tie = Samarbete
survey-fact-mandate = Mandat
survey-fact-mechanism = Mekanism
survey-conflicting = svaren skiljer sig åt
survey-named-by = { $count ->
    [one] nämnd av en respondent
   *[other] nämnd av { $count } respondenter
}
survey-answered-without = { $count ->
    [one] en respondent svarade utan att nämna den
   *[other] { $count } respondenter svarade utan att nämna den
}
survey-not-in-atlas = inte angivet
survey-mandate-held = innehas
survey-mandate-denied = anges som saknat
survey-grade = Gradering
survey-limitations-help = { $count ->
    [one] Räknat på den enda respondent som besvarade den fullständiga enkäten. Om du accepterar ett antal läggs det till i atlasen som en begränsning med hänvisning till den här omgången; rapportens antal förblir oförändrade.
   *[other] Räknat på de { $count } respondenter som besvarade den fullständiga enkäten. Om du accepterar ett antal läggs det till i atlasen som en begränsning med hänvisning till den här omgången; rapportens antal förblir oförändrade.
}
survey-reminders = Påminnelser
survey-send-reminders = Påminn dem som inte har svarat
survey-reminders-help = Var och en får en ny länk (den tidigare slutar fungera); det som de har sparat finns kvar.
survey-in-atlas = Redan i atlasen
survey-decision = Beslut
survey-decision-accepted = accepterad
survey-decision-edited = accepterad med annan typ
survey-decision-rejected = avvisad
survey-in-revision = utgåva { $revision }
survey-kind = Typ
survey-accept = Acceptera
survey-reject = Avvisa
survey-limitations = Faktorer som begränsar arbetet
survey-limitation = Begränsning
survey-respondents-naming = Respondenter som nämner den
survey-emailed = Per e-post
survey-emailed-yes = skickad

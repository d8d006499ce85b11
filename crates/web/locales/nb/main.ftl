# Machine-drafted translation, not yet reviewed by a national reviewer.
# OpenNRM-brukergrensesnitt, norsk bokmål. Nøklene er gruppert etter side; etiketter for ordforråd følger
# mønsteret <ordforråd>-<verdi>, slik at koden kan slå dem opp fra dataene.

# Språkets eget navn til språkvelgeren, og om en nasjonal korrekturleser har
# bekreftet oversettelsen (yes / no): sidene viser en markering «ennå ikke gjennomgått» der det ikke er tilfellet.
language-name = Norsk bokmål
translation-reviewed = no
language-switcher = Språk
nav-main = Hovedmeny
translation-unreviewed = Denne oversettelsen er maskinelt utarbeidet og ennå ikke gjennomgått av en nasjonal fagperson. Den engelske teksten gjelder.

site-name = OpenNRM
site-tagline = Hvem identifiserer, henviser og bistår ofre for menneskehandel med sikte på arbeidsutnyttelse
nav-countries = Land
nav-search = Søk
nav-api = API
nav-about = Om dataene
skip-to-content = Gå til innholdet
footer-source = Data: { $report }.
footer-licence = OpenNRM er fri programvare. Hvert faktum lenker til avsnittet i rapporten det kommer fra.
footer-revision = Atlasrevisjon { $revision }, lastet inn { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Aktører mot menneskehandel med sikte på arbeidsutnyttelse i 11 land
home-lead = Atlaset kartlegger, for hvert land i Østersjørådets studie, aktørene som kan identifisere, henvise og bistå ofre, mandatene deres, hvordan de samarbeider og hvilke nasjonale mekanismer som finnes. Hvert faktum viser setningen i rapporten det kommer fra.
home-countries = Land
home-glance = Mekanismer i oversikt
home-glance-lead = Hvilke nasjonale mekanismer rapporten registrerer for hvert land. At noe mangler, er også et funn.
home-legend = Hva fargene betyr
home-chips-lead = Hvert kort viser de nasjonale mekanismene rapporten spør om, gradert slik rapporten beskriver dem:
home-legend-formal = formell (en stilling eller et organ med dette navnet)
home-legend-functional-equivalent = funksjonell ekvivalent (rapporten: «comes closest to», «a coordinating role»)
home-legend-expired = utløpt (perioden er over)
home-legend-absent = registrert som fraværende
home-legend-not-recorded = ikke registrert i rapporten
home-respondents = { $completed } av { $invited } inviterte besvarte spørreskjemaet
home-respondents-completed = { $completed } besvarte spørreskjemaet
home-counts = { $actors } aktører · { $mandates } mandater · { $ties } samarbeidsrelasjoner · { $mechanisms } mekanismer
home-search-title = Søk i atlaset
home-search-lead = Ethvert ord i ethvert faktum: navnet på en aktør, et mandat, en lov («§ 262a»), en setning i rapporten. Bruk filtrene på søkesiden for å finne aktører ut fra hva de har lov til å gjøre (hvem avgjør offerstatus i Danmark?).

country-native = På landets språk: { $name }
country-chapter = Rapportens kapittel: { $chapter }
country-on-this-page = På denne siden
country-findings = Funn
country-participation = Hvem deltok i studien
country-actors = Aktører og mandater
country-governmental = Offentlige
country-non-governmental = Ikke-offentlige
country-cooperation = Samarbeid
country-cooperation-lead = Samarbeidsrelasjoner slik respondentene beskrev dem. Den første aktøren er den som i sitt svar beskriver relasjonen.
country-policy = Politikk og lovgivning
country-mechanisms = Mekanismer
country-challenges = Utfordringer og begrensninger
country-challenges-lead = Begrensninger respondentene nevnte; tallet viser hvor mange som nevnte dem, der rapporten oppgir det.
country-conclusions = Konklusjoner
country-ambiguities = Der rapporten er tvetydig
country-ambiguities-lead = Rapporten sier forskjellige ting på forskjellige steder. Hver tolkning beholdes med sitt sitat.
country-lists = Relevante myndigheter og organisasjoner
country-no-cooperation = Rapporten beskriver ingen samarbeidsrelasjoner for dette landet.
country-no-documents = Rapporten nevner ikke noe rettslig instrument eller politisk dokument for dette landet.
country-no-limitations = Rapporten oppgir ingen tall for begrensninger for dette landet.
country-invited = Invitert
country-completed = Besvart
country-reading = Tolkning
country-respondents = Respondenter
country-counts-unknown = ikke oppgitt

actor-native-name = Navn på landets språk
actor-acronym = Forkortelse
actor-also-known-as = Også kalt
actor-sector = Sektor
actor-level = Nivå
actor-study-status = I studien
actor-parent = Del av
actor-children = Enheter
actor-mandates = Mandater
actor-no-mandates = Rapporten oppgir ikke noe mandat for denne aktøren.
actor-cooperation = Samarbeid
actor-cooperation-out = Samarbeid denne aktøren beskrev
actor-cooperation-in = Samarbeid med denne aktøren som andre beskrev
actor-no-cooperation = Rapporten beskriver ingen samarbeidsrelasjon for denne aktøren.
actor-mechanisms = Mekanismer
actor-holds = Innehar eller leder
actor-member-of = Medlem av
actor-no-mechanisms = Rapporten nevner ikke denne aktøren i noen nasjonal mekanisme.
actor-back = Tilbake til { $country }
actor-find-similar = Andre aktører i denne sektoren i de 11 landene

mandate-scope = Omfang: { $scope }
mandate-labour-yes = Omfatter menneskehandel med sikte på arbeidsutnyttelse
mandate-labour-no = Ikke mandat når det gjelder menneskehandel med sikte på arbeidsutnyttelse
mandate-labour-unknown = Rapporten sier ikke om dette omfatter arbeidsutnyttelse

mandate-denied = Uten mandat
mandate-denied-scope = Ifølge rapporten kan aktøren ikke: { $scope }
mechanism-holder = Innehas eller ledes av
mechanism-members = Medlemmer
mechanism-year = Opprettet
mechanism-frequency = Møtes
mechanism-focus = Fokus

source = Kilde
source-show = Vis kilde
source-line = rapportens linje { $line }
source-record = OpenNRM-post { $record }: et sammendrag skrevet av OpenNRM, ikke et avsnitt i rapporten
source-section = { $country } › { $section }
source-note = Merknad

search-title = Søk etter aktører
search-lead = Kombiner filtrene etter behov. Et søk på hva en aktør har lov til å gjøre, besvarer spørsmål som «hvem avgjør offerstatus i Danmark?».
search-text = Navn, navn på landets språk eller forkortelse
search-country = Land
search-sector = Sektor
search-capability = Mandat
search-study-status = I studien
search-any = Alle
search-submit = Søk
search-results = { $count ->
    [0] Ingen aktører samsvarer.
    [one] Én aktør samsvarer.
   *[other] { $count } aktører samsvarer.
}
search-col-actor = Aktør
search-col-country = Land
search-col-sector = Sektor
search-col-mandates = Samsvarende mandater
search-col-status = I studien
search-invalid = { $field }: «{ $value }» er ikke en kjent verdi.
search-too-long = { $field }: høyst { $max } tegn.
search-too-many-words = { $field }: høyst { $max } ord.
search-kind = Type faktum
search-facts-text = Ord
search-to-facts = Søk i alle fakta i stedet.
search-to-actors = Finn aktører etter navn og filtre i stedet.
search-facts-title = Søk i atlaset
search-facts-lead = Alle fakta: aktørnavn, mandater, mekanismer, dokumenter, begrensninger, funn og rapportens sitater. Store og små bokstaver og aksenter spiller ingen rolle («liepaja» finner «Liepāja»), og et ord finner også lengre ord som begynner med det («reflect» finner «reflection»).
search-facts-results = { $count ->
    [0] Ingen treff.
    [one] Ett avsnitt samsvarer.
   *[other] { $count } avsnitt samsvarer.
}
search-facts-truncated = De første { $count } avsnittene som samsvarer; legg til et ord eller et filter for å snevre inn søket.

search_kind-country = Land
search_kind-actor = Aktør
search_kind-mandate = Mandat
search_kind-tie = Samarbeid
search_kind-mechanism = Mekanisme
search_kind-document = Dokument
search_kind-limitation = Begrensning
search_kind-participation = Deltakelse
search_kind-finding = Funn
search_kind-ambiguity = Tvetydighet
search_kind-respondent = Respondent
search_kind-recommendation = Anbefaling
search_field-name = navn
search_field-native_name = navn på landets språk
search_field-acronym = forkortelse
search_field-alias = også kalt
search_field-chapter = kapittel
search_field-scope = omfang
search_field-note = merknad
search_field-title = tittel
search_field-topic = emne
search_field-frequency = møtes
search_field-quote = sitat
search_field-reason = begrunnelse
search_field-summary = sammendrag

about-title = Om dataene
about-lead = Atlaset er rapporten «Actors against Trafficking for Labour Exploitation» fra Østersjørådets arbeidsgruppe mot menneskehandel (2013), gjort om til data. Ingenting er lagt til det rapporten sier.
about-sources = Hvert faktum oppgir avsnittet i landkapitlet det kommer fra, og et kort sitat som står ordrett i rapporten. Der rapporten motsier seg selv, beholdes begge tolkningene.
about-data = Datafilene er ren tekst, én per land, og kan gjennomgås og rettes som ethvert annet dokument. Hele atlaset kan lastes ned via API-et.
about-api = JSON-API-et er beskrevet i et OpenAPI-dokument.
about-revisions = Atlasets revisjoner

error-not-found-title = Fant ikke siden
error-not-found = Det finnes ingen { $what } her. Kontroller adressen, eller start fra listen over land.
error-bad-request-title = Forespørselen kunne ikke forstås
error-internal-title = Noe gikk galt
error-internal = Siden kunne ikke vises. Feilen er logget; prøv igjen senere.
error-back-home = Gå til listen over land

yes = ja
no = nei

sector-police = Politi
sector-border_guard = Grensekontroll
sector-prosecution = Påtalemyndighet
sector-court = Domstoler
sector-labour_inspection = Arbeidstilsyn
sector-tax = Skattemyndigheter
sector-immigration = Utlendingsmyndigheter
sector-ministry = Departementer
sector-coordination_body = Koordineringsorganer
sector-rapporteur = Rapportører
sector-victim_assistance = Bistand til ofre
sector-municipality = Kommuner
sector-ngo = Frivillige organisasjoner
sector-trade_union = Fagforeninger
sector-employers_org = Arbeidsgiverorganisasjoner
sector-international_org = Internasjonale organisasjoner
sector-research = Forskning
sector-company = Virksomheter
sector-other = Annet

study_status-participated = Deltok
study_status-invited_not_participated = Invitert, deltok ikke
study_status-mentioned = Nevnt av respondenter

level-national = Nasjonalt
level-regional = Regionalt
level-local = Lokalt
level-international = Internasjonalt

capability-identify_victims = Identifisere ofre
capability-refer_victims = Henvise ofre
capability-report_to_police = Anmelde til politiet
capability-inspect_workplaces = Føre tilsyn med arbeidsplasser
capability-investigate_crime = Etterforske kriminalitet
capability-prosecute = Straffeforfølge
capability-determine_victim_status = Avgjøre offerstatus
capability-grant_reflection_period = Innvilge refleksjonsperiode
capability-grant_residence_permit = Innvilge oppholdstillatelse
capability-provide_assistance = Yte bistand
capability-repatriation = Repatriering
capability-coordinate = Koordinere
capability-monitor_and_report = Overvåke og rapportere
capability-bring_labour_court_cases = Føre saker for arbeidsretten
capability-training = Opplæring
capability-prevention = Forebygging
capability-policy_making = Politikkutforming
capability-supervise = Føre tilsyn
capability-advocacy = Påvirkningsarbeid
capability-research = Forskning
capability-protect_workers_rights = Verne arbeidstakeres rettigheter

cooperation-information_exchange = Informasjonsutveksling
cooperation-joint_inspection = Felles kontroll
cooperation-referral = Henvisning
cooperation-service_contract = Tjenesteavtale
cooperation-coordination = Koordinering
cooperation-membership = Medlemskap
cooperation-other = Samarbeid

mechanism-national_coordinator = Nasjonal koordinator
mechanism-national_rapporteur = Nasjonal rapportør
mechanism-lead_agency = Ledende myndighet
mechanism-referral_system = Henvisningssystem
mechanism-mou = Samarbeidsavtale (MoU)
mechanism-working_group = Arbeidsgrupper
mechanism-specialised_unit = Spesialenheter
mechanism-network = Nettverk
mechanism-national_action_plan = Nasjonal handlingsplan
mechanism-local_coordinator = Lokale koordinatorer

mechanism_status-formal = Formell
mechanism_status-functional_equivalent = Funksjonell ekvivalent
mechanism_status-absent = Fraværende
mechanism_status-expired = Utløpt
focus-sexual = Seksuell utnyttelse
focus-labour = Arbeidsutnyttelse
focus-all = Alle former
focus-unclear = Uklart

limitation-legislation = Lovgivning
limitation-lack_of_policy = Manglende politikk
limitation-lack_of_cooperation = Manglende samarbeid
limitation-lack_of_referral_mechanisms = Manglende henvisningsmekanismer
limitation-corruption = Korrupsjon
limitation-lack_of_knowledge = Manglende kunnskap
limitation-lack_of_capacity = Manglende kapasitet
limitation-other = Annet

document-legislation = Lovgivning
document-action_plan = Handlingsplan
document-policy = Politikk
document-agreement = Avtale
document-report = Rapport
document-other = Annet dokument

nav-screening = Screening
screening-title = Screening: er dette menneskehandel?
screening-lead = Svar på spørsmålene om det du observerer, for eksempel under et tilsyn på en arbeidsplass. Resultatet plasserer situasjonen på kontinuumet fra et brudd på arbeidsretten til menneskehandel med sikte på arbeidsutnyttelse, forklarer hvilke svar som førte dit, sier hva som fortsatt mangler, og nevner aktørene i landet som har mandat til å handle.
screening-notice-title = Veiledning, ikke en avgjørelse.
screening-notice = Et screeningresultat er veiledning for å henvise personen til aktøren som har mandatet. Det er aldri en rettslig avgjørelse: bare de kompetente myndighetene avgjør om noen er offer for menneskehandel eller tvangsarbeid.
screening-translation-unreviewed = Spørsmålene er en foreløpig oversettelse som ennå ikke er gjennomgått av en nasjonal fagperson. ILOs offisielle engelske ordlyd står under hvert spørsmål.

# Forklaringen av et screeningresultat, én melding per ExplanationCode i domenet
# (screening-why-<code>). Lister over indikatorer er ILOs offisielle engelske navn.
screening-why-screened_with = Screeningen er gjort med «{ $instrument }» { $version } og regelsettet «{ $rules }» { $rules_version } på listen for { $population ->
    [child] barn
   *[adult] voksne
}.
screening-why-dimension_positive = Dimensjonen «{ $dimension }» er positiv ({ $rule }): det er svart ja på { $indicators }.
screening-why-dimension_not_assessed = Dimensjonen «{ $dimension }» er ikke vurdert: ingen av spørsmålene i den er besvart.
screening-why-dimension_open = Dimensjonen «{ $dimension }» er ikke fastslått: { $yes ->
    [0] foreløpig er ingen indikator besvart med ja
   *[other] foreløpig er det svart ja på { $indicators }
}; { $count } { $count ->
    [one] ubesvart indikator
   *[other] ubesvarte indikatorer
} kan fortsatt gjøre den positiv.
screening-why-dimension_negative = Dimensjonen «{ $dimension }» er negativ: { $yes ->
    [0] ingen indikator er besvart med ja
   *[other] det er bare svart ja på { $indicators }
}; { $complete ->
    [yes] alle indikatorene er besvart, og ingen regel er oppfylt
   *[no] de ubesvarte indikatorene kunne ikke gjøre den positiv
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] svar er
   *[other] svar er
} «ukjent»; «ukjent» teller aldri som ja.
screening-why-ignored_answers = Svar på indikatorer som ikke står på listen for { $population ->
    [child] barn
   *[adult] voksne
}, er utelatt: { $indicators }.
screening-why-level_none = Nivå: ingen indikasjon — ingen regel i regelsettet for et høyere nivå er oppfylt av svarene som er gitt.
screening-why-level_reached = Nivå: { $level ->
    [labour_law_violation] mulig brudd på arbeidsretten
    [labour_exploitation] arbeidsutnyttelse
    [forced_labour] tvangsarbeid
    [presumed_trafficking] antatt menneskehandel med sikte på arbeidsutnyttelse
   *[no_indication] ingen indikasjon
} — { $because }
screening-why-unverified = { $count } av indikatorene som ble telt med, { $count ->
    [one] er
   *[other] er
} ennå ikke kontrollert mot kildepublikasjonen (se instrumentfilen): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Mulig brudd på arbeidsretten: henvis til arbeidstilsynet, og informer arbeidstakeren om fagforeningen og Arbeidsretten.
    [labour_exploitation] Arbeidsutnyttelse: henvis til arbeidstilsynet, vurder å anmelde til politiet, og henvis arbeidstakeren til støttetjenester.
    [forced_labour] Tvangsarbeid: anmeld til politiet, og henvis personen til myndigheten som avgjør offerstatus, og til bistand.
    [presumed_trafficking] Antatt menneskehandel med sikte på arbeidsutnyttelse: anmeld til politiet, og henvis personen straks til myndigheten som avgjør offerstatus, til bistand og til en refleksjonsperiode.
   *[no_indication] Ingen indikasjon: disse svarene gir ikke grunnlag for noen henvisning; ubesvarte spørsmål kan endre det.
}{ $open ->
    [yes] {" "}Flere svar kan heve nivået; se hva som mangler.
   *[no] {""}
}

# Hva en vei til et høyere nivå fortsatt mangler (screening-why-toward og delene);
# delene sies etter hverandre, atskilt med "; ". $names: dimensjoner bundet sammen med
# screening-or; $asks: ILOs navn på indikatorene som fortsatt er åpne; $topics: hva det
# skal spørres om (engelske data).
screening-or = {" "}eller{" "}
screening-why-toward = For å nå nivået «{ $level ->
    [labour_law_violation] mulig brudd på arbeidsretten
    [labour_exploitation] arbeidsutnyttelse
    [forced_labour] tvangsarbeid
    [presumed_trafficking] antatt menneskehandel med sikte på arbeidsutnyttelse
   *[no_indication] ingen indikasjon
}»{ $population ->
    [adult] {" "}(voksen)
    [child] {" "}(barn)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = dimensjonen { $names } er positiv
screening-why-step_closed = dimensjonen { $names } er negativ — denne veien er stengt med mindre svarene endres
screening-why-step_not_assessed = dimensjonen { $names } er ennå ikke vurdert — spør om temaene ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = dimensjonen { $names } er ennå ikke positiv — fortsatt åpen{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = ingen indikator i dimensjonen { $names } er besvart med ja, og ingen står igjen ubesvart
screening-why-step_none_yet = ingen indikator i dimensjonen { $names } er besvart med ja ennå — fortsatt åpen{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Ikke skriv inn navn eller andre personopplysninger: screeningen registrerer bare hvilke indikatorer som er til stede. «Ikke spurt» holdes atskilt fra «nei».
screening-instrument-meta = { $count } indikatorer · versjon { $version }
screening-population = Hvem det gjelder
screening-country = Land (for hvem som kan handle)
screening-country-none = Intet land
screening-start = Start screening
screening-progress = { $answered } av { $total } spørsmål besvart
screening-answer-help = Svar på det du vet. «Ukjent» betyr at du spurte, men at svaret er uklart; «Ikke spurt» betyr at spørsmålet ikke ble stilt. Ingen av dem teller som ja.
screening-official-wording = Offisiell ordlyd
screening-strength = Styrke i instrumentet: { $strength }
screening-see-result = Se resultatet
screening-save-draft = Lagre utkast
screening-draft-saved = Utkastet er lagret i denne nettleseren. Åpne Screening igjen for å fortsette; utkast lagres i 30 dager.
screening-continue-draft = Fortsett det lagrede utkastet
screening-discard-draft = Forkast utkastet
screening-draft-discarded = Utkastet ditt ble forkastet.
screening-no-draft-title = Ingen lagret utkast
screening-no-draft = Denne nettleseren har ikke noe lagret screeningutkast (utkast lagres i 30 dager). Start en ny screening fra siden Screening.
screening-forbidden-title = Skjemaet kunne ikke tas imot
screening-forbidden = Skjemaet kom ikke fra dette nettstedet eller er utløpt. Åpne screeningen igjen og send den inn på nytt.
screening-result-title = Screeningresultat
screening-level = Hvor situasjonen ligger på kontinuumet
screening-continuum = Utnyttelseskontinuumet
screening-reasoning = Hvorfor
screening-dimensions = Dimensjoner
screening-dimension = Dimensjon
screening-status = Status
screening-yes-indicators = Indikatorer besvart med ja
screening-missing = Hva som mangler for å kunne konkludere
screening-questions-to-ask = { $count ->
    [one] Ett spørsmål å stille
   *[other] { $count } spørsmål å stille
}
screening-who-acts = Hvem kan handle
screening-who-acts-in = Hvem kan handle i { $country }
screening-nobody = Atlaset registrerer ingen aktør med disse mandatene.
screening-uncovered = Ingen aktør i atlaset har disse mandatene:
screening-choose-country = Velg et land for å se aktørene der. Disse mandatene passer til resultatet:
screening-unverified = { $count ->
    [one] Én indikator som ble telt med, har en styrke som ennå ikke er kontrollert mot ILO-publikasjonen.
   *[other] { $count } indikatorer som ble telt med, har styrker som ennå ikke er kontrollert mot ILO-publikasjonen.
}
screening-used = Instrument: { $instrument }. Regler: { $rules }.
screening-change-answers = Endre svarene (lagres som utkast)

answer-yes = Ja
answer-no = Nei
answer-unknown = Ukjent
answer-not-asked = Ikke spurt

population-adult = Voksen
population-child = Barn (under 18)

strength-strong = sterk
strength-medium = middels
strength-weak = svak
strength-unweighted = ikke vektet

continuum-no_indication = Ingen indikasjon
continuum-labour_law_violation = Brudd på arbeidsretten
continuum-labour_exploitation = Arbeidsutnyttelse
continuum-forced_labour = Tvangsarbeid
continuum-presumed_trafficking = Antatt menneskehandel med sikte på arbeidsutnyttelse

dimension-status-positive = Positiv
dimension-status-negative = Negativ
dimension-status-insufficient_information = Ikke nok opplysninger
screening-version = Instrumentversjon { $version }

report-title = Rapporten
report-showing = Linje { $from }–{ $to } av { $total }. Den uthevede linjen er der det siterte avsnittet begynner.
report-earlier = ← Tidligere linjer
report-later = Senere linjer →
country-download = Last ned dette landet som JSON
about-download = Last ned hele atlaset (JSON).
about-read-report = Les rapporten linje for linje.

## Plattform: innlogging, konto, administrasjon
nav-sign-in = Logg inn
nav-sign-out = Logg ut
nav-account = Din konto
nav-audit = Sikkerhetslogg
error-sign-in-title = Logg inn
error-sign-in = Denne siden er for innloggede brukere av OpenNRM.
error-forbidden-title = Ikke tillatt
error-too-many-title = For mange forespørsler
sign-in-title = Logg inn på OpenNRM
sign-in-username = Brukernavn (e-postadressen din)
sign-in-password = Passord
sign-in-code = Sekssifret kode fra autentiseringsappen din
sign-in-continue = Fortsett
sign-in-code-wrong = Koden ble ikke godtatt. Hver kode virker én gang og endres hvert 30. sekund: skriv inn den appen viser nå.
sign-in-note = Kontoer opprettes av organisasjonens administrator. Etter fem feil forsøk sperres en konto i 15 minutter.
account-title = Din konto
account-username = Brukernavn
account-organisation = Organisasjon
account-roles = Roller
account-sessions = Aktive økter
account-totp = Andre faktor (autentiseringsapp)
account-totp-on = En andre faktor er satt opp: ved innlogging blir du bedt om en kode.
account-totp-off = Ingen andre faktor ennå. Koordinatorer og administratorer må sette opp en før de kan handle.
account-totp-start = Sett opp en autentiseringsapp
account-totp-replace = Bytt til en annen autentiseringsapp
account-totp-scan = Skann denne koden med en autentiseringsapp, eller skriv inn nøkkelen nedenfor i den, og skriv deretter inn koden den viser.
account-totp-secret = Nøkkel:
account-totp-confirm = Bekreft
account-totp-wrong = Koden passer ikke til denne nøkkelen. Kontroller at appen har nøkkelen nedenfor, og skriv inn koden den viser nå.
account-totp-done = Autentiseringsappen er satt opp. Ved innlogging blir du nå bedt om en kode.
account-needs-totp = Rollen din krever en andre faktor. Sett opp en autentiseringsapp nedenfor før du fortsetter.
account-password = Passord
account-password-current = Nåværende passord
account-password-new = Nytt passord (12 til 128 tegn)
account-password-change = Endre passord
account-password-done = Passordet ditt er endret; de andre øktene dine er logget ut.
account-tokens = API-tokener
account-tokens-none = Ingen API-tokener.
account-token-name = Navn
account-token-created = Opprettet
account-token-used = Sist brukt
account-token-create = Opprett token
account-token-once = Kopier dette tokenet nå; det vises ikke igjen:
account-token-revoke = Tilbakekall
account-token-revoked = Tokenet ble tilbakekalt.
account-token-revoked-mark = tilbakekalt
account-sign-out-everywhere = Logg ut overalt
audit-title = Sikkerhetslogg
audit-lead = Alle innlogginger, mislykkede innlogginger og endringer av brukere, roller og tokener, nyeste først. Radene er hashkjedet; `opennrm audit verify` kontrollerer kjeden.
audit-action = Handling
audit-actor = Utført av
audit-outcome = Resultat
audit-object = Objekt
audit-at = Tidspunkt (UTC)
audit-address = Adresse
audit-detail = Detaljer
audit-filter = Filtrer
audit-older = Eldre hendelser
users-title = Brukere
users-name = Navn
users-state = Status
users-disabled = deaktivert
users-locked = sperret
users-active = aktiv
users-unlock = Lås opp
role-frontline_officer = Førstelinjeansatt
role-case_worker = Saksbehandler
role-service_provider = Tjenesteyter
role-national_coordinator = Nasjonal koordinator
role-national_rapporteur = Nasjonal rapportør
role-administrator = Administrator

## Atlasets historikk
revision-banner = Du ser på revisjon { $revision } av atlaset ({ $label }, { $date }); gjeldende revisjon er { $current }.
revision-banner-current = Vis gjeldende revisjon.
diff-title = Endringer
diff-from = Fra revisjon
diff-to = Til revisjon
diff-compare = Sammenlign
diff-heading = { $count ->
    [0] Ingen endringer fra revisjon { $from } til { $to }
    [one] Én endring fra revisjon { $from } til { $to }
   *[other] { $count } endringer fra revisjon { $from } til { $to }
}
diff-none = De to revisjonene sier det samme om dette landet.
diff-legend = + lagt til · − fjernet eller utgått · ~ endret · · bare kilden er endret
diff-see-revision = Landet slik det var i revisjon { $revision }
about-revision-view = vis
actor-retired = Denne aktøren utgikk i revisjon { $revision }: det gjeldende atlaset viser den ikke lenger. Den vises slik den var i revisjon { $last }, den siste som inneholdt og beskrev den.
country-changes = Endringer siden 2013
about-revision-not-kept = fakta ikke lagret (før atlashistorikken)

# Respondenter, kildehenvisning, flere kilder, tolkninger, omstridte fakta (issue 6)
country-summary = Sammendrag
country-summary-lead = Rapportens eget sammendrag av dette kapitlet.
country-respondents-title = Hvem besvarte spørreskjemaet
country-respondents-lead = Én rad per utsendt spørreskjema, slik kapitlet forteller det. Utsagn som rapporten tilskriver et spørreskjema, viser «sagt av» med kilden.
country-respondents-computed = Ut fra respondentene: { $invited } invitert, { $completed } besvart
country-respondents-none = Denne revisjonen viser ingen respondenter for dette landet.
country-recommendations = Anbefalinger
country-recommendations-lead = Hva rapporten anbefaler, ett faktum per anbefaling, med de typene aktører den retter seg til.
country-no-recommendations = Rapporten gir ingen anbefalinger i dette kapitlet.
respondent-form-full = Fullt spørreskjema
respondent-form-alternative = Bare alternative spørsmål
respondent-form-declined = Takket nei
respondent-form-no_reply = Ikke svart
respondent-answered-for = Svarte for
respondent-reason = Begrunnelse
respondent-footnotes = Sitert i rapporten som
said-by = Sagt av
also-stated = Også oppgitt i
reading-marker = vår tolkning, ikke rapportens ord: { $fields }
contested = Omstridt
contested-title = Rapporten er tvetydig på dette punktet: se tvetydighetene
tie-direction-mutual = begge veier
tie-direction-one_way = én vei
tie-reported-by = Rapportert av { $name }
actor-group = Gruppe, ikke ett organ
document-governs-capabilities = Gir eller regulerer
document-governs-actors = Gir myndighet til eller forplikter
document-governs-mechanisms = Regulerer
recommendation-addresses = Retter seg til
recommendation-addresses-all = Aktører generelt
mechanisms-title = Mekanismer på tvers av landene
mechanisms-lead = Alle nasjonale mekanismer rapporten registrerer, land for land: hvem som innehar dem, siden når, fokuset og kilden.
mechanisms-country = Land
mechanisms-none = ingen registrert
nav-mechanisms = Mekanismer
report-wide-title = Rapporten utover kapitlene
report-wide-lead = Sammendraget, innledningen og metodekapitlet som funn med kilde, og rapportens overordnede anbefalinger.
finding-part-executive_summary = Sammendrag
finding-part-introduction = Innledning
finding-part-methodology = Metode
finding-part-conclusions = Konklusjoner
finding-part-findings = Funn
finding-part-challenges = Utfordringer og begrensninger
mechanisms-status = Status
mechanisms-name = Navn
mechanisms-filter = Vis
study-full-text = hele teksten
study-recommendations-lead = Alle rapportens anbefalinger: de overordnede først, deretter hvert kapittels, med landene og typene aktører de retter seg til. Filtrer dem etter sektor med API-et (/api/v1/recommendations).
study-all-countries = Alle elleve land
nav-study = Studien
mechanisms-kind = Mekanisme
search-governing = Lover og dokumenter som gir eller regulerer dette
nav-insight = Sammenlign
insight-title = Landene sammenlignet
insight-lead = Hva rapportens kapitler sier, side om side og beregnet fra atlaset: hver celle lenker til sine fakta og kildene deres; omstridte fakta er markert.
insight-mechanisms = Mekanismer
insight-mechanisms-lead = Hvilke land som har en nasjonal koordinator, en rapportør, en MoU, et henvisningssystem …, og hva mekanismene fokuserer på.
insight-mandates = Hvem har hvilket mandat
insight-mandates-lead = Hvor mange aktører som har hvert mandat i hvert land; følg et tall til aktørene og kildene deres.
insight-mandates-legend = Et tall angir antall mandater; −N er mandater som rapporten sier at en aktør ikke har; § markerer en lov eller et dokument som gir mandatet.
insight-sectors = Hvilke sektorer sitter i en mekanisme
insight-sectors-lead = Om aktørene i hver sektor sitter i en etablert mekanisme (formell eller en funksjonell ekvivalent), enten som den som innehar den eller som medlem: rapporten finner at aktørene i arbeidslivet holdes utenfor.
insight-sectors-legend = ✓ minst én sitter i en etablert mekanisme; ✗ sektorens aktører sitter ikke i noen; – atlaset registrerer ingen aktør i sektoren.
insight-sector-none = ingen aktør i denne sektoren registrert
insight-sector-seated = sitter i en mekanisme
insight-sector-left-out = i ingen etablert mekanisme
insight-limitations = Begrensninger respondentene valgte
insight-limitations-lead = Hvor mange respondenter som valgte hver av spørreskjemaets begrensninger, der rapporten oppgir et tall.
insight-limitations-legend = Et tall er det høyeste antallet kapitlet oppgir for kategorien; · kapitlet nevner den uten tall.
insight-limitation-stated = nevnt uten tall
insight-partners = De oftest nevnte partnerne
insight-partners-lead = Aktører rangert etter hvor mange andre aktører som nevner dem som samarbeidspartner (relasjoner rapportert av en annen aktør).
insight-named-by = { $count ->
    [one] nevnt av 1 aktør
   *[other] nevnt av { $count } aktører
}
focus-short-sexual = seksuell
focus-short-labour = arbeid
focus-short-all = alle
focus-short-unclear = ?
insight-focus-legend = under symbolet, fokuset: seksuell utnyttelse eller arbeidsutnyttelse, alle former, ? uklart
gaps-title = Mangler
gaps-lead = Navngitte regler anvendt på atlaset, hvert funn med dokumentasjon (fakta og sitatene deres) og hvem som bør involveres. Kjørt på dataene fra 2013 gjengir de kapitlenes konklusjoner; reglene er oppført sammen med de av rapportens egne ord som de bygger på.
gaps-rules = reglene
gaps-rule = Regel
gaps-involve = Involver
gaps-evidence = { $count ->
    [one] Dokumentasjon: 1 faktum
   *[other] Dokumentasjon: { $count } fakta
}
gaps-count = { $count ->
    [one] 1 funn
   *[other] { $count } funn
}
gaps-none = Ingen funn for dette valget.
gaps-severity-gap = Mangel
gaps-severity-gap-means = atlaset registrerer fraværet eller mangelen
gaps-severity-unrecorded = Ikke registrert
gaps-severity-unrecorded-means = atlaset registrerer ingenting som fyller den: en mangel, eller at rapporten ikke sier noe
gaps-severity-information = Merknad
gaps-severity-information-means = ikke en mangel: det dataene viser mest av
gaps-since-counts = { $closed } lukket, { $opened } åpnet.
gaps-closed = Lukket
gaps-opened = Åpnet
country-gaps = Mangler
country-network = Samarbeidsnettverk
country-network-lead = Hvem som er knyttet til hvem, slik respondentene beskrev det: aktørene er farget etter sektor, og størrelsen viser hvor ofte de ligger mellom to andre. Tabellen nedenfor gir de samme dataene som tekst.
country-network-files = Last ned: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Aktør
network-col-degree = Partnere
network-col-betweenness = Mellomhetssentralitet
network-col-broker = Brobygger
network-density = { $nodes } aktører med relasjoner, { $edges } forbundne par; tetthet { $density }; relasjoner mellom det offentlige og sivilsamfunnet: { $gov_civil }
compare-with = Sammenlign med revisjon
compare-baseline = Utgangspunkt 2013
compare-button = Sammenlign
compare-since = Hva som er endret fra revisjon { $from } til revisjon { $to }
compare-nothing = Ingenting er endret.
compare-revision = Revisjon { $revision }
compare-not-in-revision = ikke i denne revisjonen
compare-not-recorded = Ikke registrert
insight-compare-count = { $count ->
    [one] Én celle er endret.
   *[other] { $count } celler er endret.
}
insight-compare-table = Tabell
insight-compare-row = Rad
network-region-title = Regionens samarbeidsnettverk
network-country-title = Samarbeidsnettverket i { $country }
network-region-lead = Alle landenes samarbeidsrelasjoner i ett nettverk, slik respondentene beskrev dem. I rapporten krysser relasjonene aldri landegrenser, så hvert land tegnes i sitt eget felt: aktørene er farget etter sektor, størrelsen viser hvor ofte de ligger mellom to andre i sitt land, og de mest sentrale er navngitt. Tabellene gir de samme dataene som tekst.
network-whole-region = hele regionen
network-files = Last ned
network-alt = { $scope }: { $nodes } aktører med relasjoner, { $edges } forbundne par; tabellene nedenfor viser de mest sentrale aktørene og tallene for hvert land
network-summary = { $nodes } aktører med relasjoner ({ $untied } uten noen), { $edges } forbundne par, { $components } komponenter, { $communities } fellesskap, { $brokers } brobyggere; tetthet { $density }; { $gov_civil } relasjoner mellom det offentlige og sivilsamfunnet (tetthet { $gov_civil_density }).
network-by-country = Land for land
network-by-country-lead = De samme målene for hvert lands eget nettverk: hvor tett det er, hvor godt det offentlige og sivilsamfunnet er knyttet sammen, hvor mange deler det faller i, og hvem som holder det sammen.
network-by-country-legend = Tetthet: forbundne par av alle mulige par. Offentlig–sivilsamfunn: relasjoner mellom en offentlig og en ikke-offentlig aktør, og andelen de utgjør av alle slike mulige par. Brobyggere: aktører uten hvem noen aktører mister sin eneste vei til de andre.
network-actors-tied = Aktører med relasjoner
network-col-untied = Uten relasjoner
network-col-ties = Forbundne par
network-col-density = Tetthet
network-col-gov-civil = Relasjoner offentlig–sivilsamfunn
network-col-gov-civil-density = Tetthet offentlig–sivilsamfunn
network-col-components = Komponenter
network-col-communities = Fellesskap
network-col-brokers = Brobyggere
network-col-sector = Sektor
network-col-weighted = Relasjoner
network-col-closeness = Nærhetssentralitet
network-central = De mest sentrale aktørene
network-central-lead = Etter mellomhetssentralitet: andelen av korteste veier mellom andre aktører i samme land som går gjennom aktøren (innenfor landets eget nettverk, slik at aktører i små og store land kan sammenlignes), deretter nærhetssentralitet: hvor nær aktøren er alle de andre den kan nå.
network-connected = De best tilknyttede aktørene
network-partners-ties = { $degree ->
    [one] { $degree } partner
   *[other] { $degree } partnere
}, { $ties ->
    [one] { $ties } relasjon
   *[other] { $ties } relasjoner
}
network-communities = Fellesskap
network-communities-lead = Grupper av aktører som er tettere knyttet til hverandre enn til de andre (Louvain, { $count } i alt), de største først, hver med sine best tilknyttede medlemmer.
network-community-size = { $count ->
    [one] én aktør
   *[other] { $count } aktører
}
network-compare-counts = { $ties_added ->
    [one] Ett forbundet par lagt til
   *[other] { $ties_added } forbundne par lagt til
}, { $ties_removed } fjernet; { $actors_added ->
    [one] én aktør kom med i nettverket
   *[other] { $actors_added } aktører kom med i nettverket
}, { $actors_removed } forlot det.
network-ties-added = Relasjoner lagt til
network-ties-removed = Relasjoner fjernet
network-ties-changed = Relasjoner endret
network-tie-weight = { $from } relasjoner ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Aktører som kom med i nettverket
network-actors-removed = Aktører som forlot nettverket
network-centrality-changed = Aktører som har fått en annen plassering
country-network-compare = Sammenlign dette nettverket med en annen revisjon
network-all-measures = Alle mål
insight-charts = Diagrammer
insight-charts-lead = De samme dataene som diagrammer; hvert diagram inneholder tallene sine som tekst (tittel og beskrivelse) og i tabellene ovenfor.
insight-chart-participation = Inviterte respondenter og respondenter som svarte, per land (der kapitlet oppgir et tall)
insight-chart-mechanisms = Mekanismer per land etter status
insight-chart-limitations = Begrensninger kapitlene oppgir, per land og kategori
country-network-alt = Samarbeidsnettverket i { $country }: { $nodes } aktører med relasjoner, { $edges } forbundne par; tabellen nedenfor viser de mest sentrale aktørene

## Genererte nasjonale rapporter (domain insight::national; PDF, Markdown og siden)
nr-title-country = { $country }: aktører mot menneskehandel med sikte på arbeidsutnyttelse
nr-title-region = Aktører mot menneskehandel med sikte på arbeidsutnyttelse i Østersjøregionen
nr-subtitle = Generert av OpenNRM fra atlasrevisjon { $revision } ({ $label }, { $date })
nr-preface = Denne rapporten er generert fra OpenNRM-atlaset, som inneholder fakta fra «{ $report }» og endringene som er gjort siden, hver med sin kilde. Den følger strukturen i rapportens landkapitler; konklusjonene kommer fra mangelanalysen.
nr-preface-sources = De små hevede tallene viser til kildene bakerst: avsnittet i rapporten, linjen og det ordrette sitatet et utsagn bygger på, og respondenten som sa det, der rapportens fotnote nevner en. Et utsagn uten tall er beregnet ut fra faktaene som er oppført ved siden av.
nr-contents = Innhold
nr-sources = Kilder
nr-figure = Figur
nr-table = Tabell
nr-page = Side
nr-line = linje
nr-said-by = Spørreskjema 2012:
nr-source-of = Kilde
nr-executive-summary = Sammendrag
nr-summary-region = Regionen
nr-summary-data = I atlaset: { $actors } aktører og { $ties } samarbeidsrelasjoner; { $mechanisms } av { $kinds } typer mekanismer etablert (formelle eller en funksjonell ekvivalent); mangelanalysen finner { $gaps ->
    [one] én registrert mangel
   *[other] { $gaps } registrerte mangler
} og { $unrecorded ->
    [one] ett punkt
   *[other] { $unrecorded } punkter
} som rapporten ikke registrerer.
nr-part-findings = Funn
nr-part-actors = Aktører og mandater
nr-part-cooperation = Samarbeid
nr-part-policy = Politikk og lovgivning
nr-part-mechanisms = Mekanismer
nr-part-limitations = Utfordringer og begrensninger
nr-part-conclusions = Konklusjoner
nr-part-organisations = Relevante myndigheter og organisasjoner
nr-participation = Av { $invited } aktører som ble bedt om å delta i studien, besvarte { $completed } spørreskjemaet.
nr-participation-completed = { $completed ->
    [one] { $completed } aktør besvarte spørreskjemaet.
   *[other] { $completed } aktører besvarte spørreskjemaet.
}
nr-participation-invited = { $invited ->
    [one] { $invited } aktør ble bedt om å delta i studien.
   *[other] { $invited } aktører ble bedt om å delta i studien.
}
nr-respondents = Respondentene registrert i atlaset: { $invited } invitert, { $completed } besvart ({ $full } hele spørreskjemaet, { $alternative } de alternative spørsmålene), { $declined } takket nei, { $noreply } svarte ikke.
nr-ambiguities = Der rapporten er uklar
nr-actors-summary = Atlaset registrerer { $actors } aktører og { $mandates } mandater de har; hver aktør er oppført med sine mandater nedenfor.
nr-governmental = Offentlige
nr-non-governmental = Ikke-offentlige
nr-part-of = del av { $parent }
nr-mandate-denied = Ikke: { $capability }
nr-labour-mandate-yes = omfatter menneskehandel med sikte på arbeidsutnyttelse
nr-labour-mandate-no = omfatter ikke menneskehandel med sikte på arbeidsutnyttelse
nr-no-ties = Rapporten beskriver ikke noe samarbeid mellom aktørene.
nr-network-summary = Rapporten beskriver { $ties } samarbeidsrelasjoner mellom { $pairs } par av aktører; { $actors } aktører har en relasjon, { $untied } har ingen. Nettverkets tetthet: { $density }.
nr-gov-civil = Mellom det offentlige og sivilsamfunnet: { $ties } forbundne par, en tetthet på { $density } av de mulige parene på tvers av skillet.
nr-gov-civil-none = Nettverket har ingen relasjon på tvers av skillet mellom det offentlige og sivilsamfunnet, eller den ene siden har ingen aktør med en relasjon.
nr-brokers = Brobyggere (uten dem mister noen aktører sin eneste vei til andre): { $names }.
nr-network-title = Samarbeidsnettverket i { $country }
nr-network-caption = Samarbeidsnettverket i { $country }: aktørene er farget etter sektor, og størrelsen viser mellomhetssentraliteten; piler markerer enveisrelasjoner.
nr-network-alt = En nettverkstegning med { $actors } aktører og { $pairs } forbundne par i { $components } sammenhengende deler; tabellene i dette avsnittet gir de samme dataene som tekst.
nr-central-caption = Aktørene som i størst grad knytter de andre sammen (mellomhetssentralitet)
nr-ties-caption = Samarbeidsrelasjoner slik rapporten beskriver dem
nr-col-actor = Aktør
nr-col-sector = Sektor
nr-col-partners = Partnere
nr-col-betweenness = Mellomhetssentralitet
nr-col-from = Fra
nr-col-to = Til
nr-col-kind = Type
nr-col-direction = Retning
nr-col-mechanism = Mekanisme
nr-col-status = Status
nr-col-name = Slik rapporten kaller den
nr-col-focus = Fokus
nr-col-holder = Innehas av
nr-col-category = Begrensning
nr-col-respondents = Respondenter
nr-col-statement = Hva rapporten sier
nr-col-capability = Mandat
nr-col-rule = Mangelregel
nr-no-documents = Kapitlet nevner ingen politikk eller lovgivning.
nr-mechanisms-intro = Hver type mekanisme rapporten ser etter, med det kapitlet registrerer; en type kapitlet ikke nevner, er markert «ikke registrert».
nr-mechanisms-caption = Mekanismer i { $country }
nr-state-formal = formell
nr-state-functional_equivalent = funksjonell ekvivalent
nr-state-expired = utløpt
nr-state-absent = fraværende
nr-state-not_recorded = ikke registrert
nr-no-limitations = Kapitlet oppgir ingen utfordringer eller begrensninger.
nr-limitations-caption = Utfordringer og begrensninger i { $country } etter kategori
nr-limitations-alt = Et stolpediagram over begrensningene kapitlet om { $country } oppgir, per kategori; tabellen nedenfor gir de samme dataene.
nr-limitations-alt-counted = Et stolpediagram over hvor mange respondenter i { $country } som valgte hver begrensning; tabellen nedenfor gir de samme dataene.
nr-limitations-table = Begrensninger kapitlet oppgir
nr-gap-heading = Hva mangelanalysen finner
nr-gap-intro = Hvert funn kommer fra en navngitt regel anvendt på atlaset (se sidene om mangelanalysen); kildene er faktaene funnet bygger på. «Ikke registrert» markerer det rapporten verken bekrefter eller avkrefter.
nr-involve = involver: { $names }
nr-recommendations = Rapportens anbefalinger
nr-organisations-participated = Inviterte aktører som deltok i studien
nr-organisations-invited_not_participated = Andre inviterte aktører
nr-organisations-mentioned = Andre aktører nevnt av respondenter
nr-comparison = Regional sammenligning
nr-comparison-intro = De elleve landene side om side, beregnet ut fra faktaene i hvert kapittel. Tegn: { $legend }.
nr-comparison-mechanisms = Mekanismer etter land
nr-chart-mechanisms-caption = Mekanismer per land etter status
nr-chart-mechanisms-alt = Et stolpediagram over hvor mange typer mekanismer hvert land har, etter status; tabellen ovenfor gir de samme dataene.
nr-comparison-mandates-title = Mandater
nr-comparison-mandates-intro = Hvor mange aktører som har hvert mandat i hvert land; ✗ der rapporten sier at den eneste aktøren den nevner, ikke har det, tomt der den ikke nevner noen.
nr-comparison-mandates = Aktører med hvert mandat, etter land
nr-comparison-sectors-title = Aktører i mekanismer
nr-comparison-sectors-intro = Hvilke typer aktører som sitter i en etablert mekanisme: ✓ minst én gjør det, ○ landet har slike aktører, men ingen av dem sitter i en, tomt der atlaset ikke registrerer noen.
nr-comparison-sectors = Typer aktører i en etablert mekanisme, etter land
nr-comparison-limitations-intro = Utfordringer og begrensninger etter kategori: antall respondenter som valgte den, der kapitlet oppgir et tall, • der kapitlet oppgir den uten tall.
nr-comparison-limitations = Begrensninger etter land
nr-chart-limitations-caption = Begrensninger kapitlene oppgir, per land og kategori
nr-chart-limitations-alt = Et stolpediagram over begrensningene hvert kapittel oppgir, per kategori; tabellen ovenfor gir tallene.
nr-chart-participation-caption = Inviterte respondenter og respondenter som svarte, per land
nr-chart-participation-alt = Et stolpediagram over hvor mange aktører som ble invitert og hvor mange som besvarte spørreskjemaet i hvert land, der kapitlet oppgir et tall.
nr-comparison-gaps-title = Mangler på tvers av regionen
nr-comparison-gaps-intro = Hver regel i mangelanalysen i hvert land: ● en registrert mangel, ○ verken registrert som til stede eller fraværende, i en merknad (ikke en mangel), tomt der regelen ikke finner noe.
nr-comparison-gaps = Funn i mangelanalysen etter regel og land
nr-download = Last ned:
nr-link = Generert rapport
nr-link-lead = Dette landets kapittel gjenoppbygd fra atlaset — funn, aktører og mandater, samarbeid, mekanismer, begrensninger, konklusjoner fra mangelanalysen — med hvert utsagn sporet til kilden.
nr-read = Les rapporten
insight-report = Generert rapport for regionen
insight-report-lead = Hele studien gjenoppbygd fra atlaset: sammendraget, hvert lands kapittel og den regionale sammenligningen, med hvert utsagn sporet til kilden.

## Henvisning (saker, samtykke, henvisningsløp)
nav-cases = Saker
cases-title = Saker og henvisninger
cases-lead = Saker organisasjonen din har opprettet, og henvisninger sendt til den. Personopplysninger er kryptert og vises bare for dem som trenger dem; hver visning registreres.
cases-open = Opprett en sak
cases-screen-first = eller screen en situasjon først
cases-inbox = Henvisninger til organisasjonen din
cases-country-referrals = Henvisninger i landet ditt
cases-inbox-empty = Ingen henvisninger.
cases-mine = Saker organisasjonen din har opprettet
cases-none = Ingen saker ennå.
case-reference = Sak
case-action = Tiltak
case-from = Fra
case-to = Til
case-state = Status
case-sent = Sendt
case-deadline = Frist
case-exploitation = Utnyttelsesform
case-persons = Personer
case-anonymised = Anonymisert { $date }: oppbevaringsperioden var over, så navn, fødselsdatoer, nasjonaliteter, kontaktopplysninger, notater og meldinger er slettet. Det som telles i statistikken, er beholdt.
case-level = Screeningnivå
case-opened = Opprettet
case-updated = Siste endring
case-new-title = Opprett en sak
case-new-lead = Registrer situasjonen og de berørte personene. Før opp en person for seg når vedkommendes henvisningsvei er en annen (en mindreårig blant voksne); en gruppe personer med samme henvisningsvei kan være én rad uten navn.
case-new-from-screening = Screeningen du gjorde, er knyttet til denne saken: { $level }.
case-situation = Situasjon
case-work-sector = Bransje
case-region = Region
case-persons-help = La oppholdsstatusen til en person stå på «ingen person» for å hoppe over raden. Personfeltene er valgfrie: registrer bare det henvisningen krever.
case-person-n = Person { $n }
case-no-person = ingen person
case-residence = Oppholdsstatus
case-age = Aldersgruppe
case-count = Antall personer med denne henvisningsveien
case-gender = Kjønn
case-nationality-group = Nasjonalitetsgruppe (lagres for statistikk)
case-name = Navn eller alias
case-birth-date = Fødselsdato
case-nationality = Nasjonalitet
case-contact = Kontakt
case-encrypted = Navn, fødselsdatoer, nasjonaliteter, kontaktopplysninger, notater og meldinger krypteres felt for felt før de lagres.
case-title = Sak { $reference }
view-owner = Organisasjonen din identifiserte denne saken: du ser hele saken.
view-receiver = Denne saken er henvist til organisasjonen din: du ser situasjonen og bare det oppgaven din krever.
view-oversight = Den nasjonale koordinatorens visning: saken og henvisningene, uten personopplysninger.
case-identified-by = Identifisert av
case-not-screened = ikke screenet
case-group-of = en gruppe på { $count }
case-withheld = Vises ikke for organisasjonen din: { $fields }.
case-consent = Samtykke
case-no-consent = Ikke noe samtykke registrert ennå. En person som avslår alt, kan likevel telles anonymt.
case-person = Person
case-purpose = Nødvendig samtykke
case-method = Hvordan det ble gitt
case-recorded = Registrert
case-withdrawn = Trukket tilbake
case-withdraw = Trekk tilbake
case-share-with = Organisasjon (bare ved deling)
case-record-consent = Registrer samtykke
case-proposals = Foreslåtte henvisninger
case-proposals-lead = Hva landets henvisningsløp krever for hver person, med begrunnelsen og rapportens ord. Kryss av for dem som skal sendes.
case-see-pathway = Se hele henvisningsløpet.
case-no-proposals = Henvisningsløpet foreslår ingen henvisning i denne situasjonen.
case-undefined-route = Rapporten lar denne henvisningsveien være udefinert; koordinatoren foreslås i stedet.
case-because = Fordi:
case-consent-on-record = Registrert samtykke: { $purpose }.
case-consent-missing = Manglende samtykke: { $purpose }. Registrer det før sending.
case-message = Melding til de mottakende organisasjonene (valgfritt)
case-send = Send de avkryssede henvisningene
case-referrals = Henvisninger
case-no-referrals = Ingen henvisning sendt ennå.
case-until = til { $date }
case-until-label = Slutten av refleksjonsperioden (hvis innvilget)
case-reason = Begrunnelse
case-outcome = Utfall
case-notes = Notater
case-add-note = Legg til et notat
case-seen-by = Hvem har sett personopplysninger
case-when = Når
case-who = Hvem
case-what = Hva
pathway-title = Henvisningsløp: { $country }
pathway-lead = Hvem henviser jeg til? Henvisningsveiene rapporten fra 2013 beskriver, hver med sin kilde. Der rapporten lar en henvisningsvei være udefinert, sier henvisningsløpet det og foreslår koordinatoren.
pathway-coordinator-formal = Nasjonal koordinator:
pathway-coordinator-closest = Ingen nasjonal koordinator; organet rapporten nevner som nærmest den rollen:
pathway-undefined-count = { $count ->
    [one] Rapporten lar én henvisningsvei være udefinert.
   *[other] Rapporten lar { $count } henvisningsveier være udefinert.
}
pathway-rules = Henvisningsveiene og kildene deres
pathway-when = Når
pathway-source = Kilde
pathway-undefined = ikke definert i rapporten
pathway-any-case = enhver sak
pathway-from-level = screeningnivå minst { $level }
pathway-from-sector = henvist av { $sectors }
pathway-no-consent = Ikke behov for samtykke på denne henvisningsveien.
pathway-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}
pathway-link = Henvisningsløp: hvem henviser jeg til?
residence-legal_resident = lovlig bosatt
residence-eu_citizen = EU-borger
residence-irregular_migrant = irregulær migrant
residence-asylum_seeker = asylsøker
age-adult = voksen
age-minor = mindreårig
age-unknown = alder ukjent
gender-female = kvinne
gender-male = mann
gender-other = annet
gender-unknown = ukjent
nationality_group-national = statsborger i dette landet
nationality_group-eu_eea = EU/EØS-borger
nationality_group-third_country = tredjelandsborger
nationality_group-unknown = ukjent
exploitation-labour_exploitation = Arbeidsutnyttelse
exploitation-forced_labour = Tvangsarbeid
exploitation-forced_begging = Tvungen tigging
exploitation-forced_criminality = Tvungen kriminalitet
exploitation-domestic_servitude = Husslaveri
exploitation-sexual_exploitation = Seksuell utnyttelse
exploitation-other = Annet
work-agriculture = Landbruk
work-construction = Bygg og anlegg
work-manufacturing = Industri
work-hospitality = Hotell og restaurant
work-cleaning = Renhold
work-domestic_work = Husarbeid
work-fishing = Fiske
work-forestry = Skogbruk og bærplukking
work-transport = Transport
work-care = Pleie og omsorg
work-other = Annet
action-investigate = Strafferettslig etterforskning
action-inspect = Arbeidstilsyn
action-determine_victim_status = Offerstatus
action-grant_reflection_period = Refleksjonsperiode
action-decide_residence_permit = Oppholdstillatelse
action-provide_assistance = Bistand
action-child_protection = Barnevern
action-repatriation = Repatriering
purpose-referral_assistance = henvisning til bistandsapparatet
purpose-police_contact = kontakt med politiet
purpose-share_with_organisation = deling av opplysninger med en navngitt organisasjon
purpose-support_services = støttetjenester
purpose-statistics = bruk i statistikk
method-signed_form = signert skjema
method-oral_with_witness = muntlig, med vitne
method-via_interpreter = via tolk
field-name = navn
field-birth_date = fødselsdato
field-nationality = nasjonalitet
field-contact = kontakt
field-notes = notater
field-messages = meldinger
state-sent = sendt
state-acknowledged = mottak bekreftet
state-accepted = akseptert
state-declined = avslått
state-decided = avgjort
state-closed = lukket
step-send = Sendt
step-acknowledge = Bekreft mottak
step-accept = Aksepter
step-decline = Avslå
step-decide = Registrer utfall
step-close = Lukk
step-consent_withdrawn = Samtykke trukket tilbake
outcome-presumed_victim = antatt offer
outcome-confirmed_victim = bekreftet offer
outcome-not_a_victim = ikke offer
outcome-reflection_period_granted = refleksjonsperiode innvilget
outcome-residence_permit_granted = oppholdstillatelse innvilget
outcome-residence_permit_refused = oppholdstillatelse avslått
outcome-assistance_started = bistand startet
outcome-investigation_opened = etterforskning innledet
outcome-child_protection_started = barneverntiltak startet
outcome-inspection_carried_out = tilsyn gjennomført
cases-open-from-screening = Opprett en sak med denne screeningen
pathway-open = Se hvem som mottar en sak, og til hva, ifølge rapporten
statistics-title = Statistikk
statistics-lead = Anonymiserte tall fra sakene som er registrert i OpenNRM, etter land. Ingen enkeltsak vises noen gang: alle tall under { $k } (unntatt null) skjules, og det samme gjør alle tall som et slikt tall kunne utledes fra.
statistics-measures = Hva som telles
statistics-downloads = Last ned:
statistics-htcds = i formatet Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = «–» markerer et skjult tall (under { $k }, eller et som ville avsløre et slikt tall). Nuller vises.
statistics-total = Totalt
statistics-all-countries = alle land
statistics-measure-persons = Identifiserte personer
statistics-measure-cases = Saker
statistics-measure-referrals = Henvisninger
statistics-measure-decisions = Avgjørelser
statistics-axis-persons = personer
statistics-axis-cases = saker
statistics-axis-referrals = henvisninger
statistics-axis-decisions = avgjørelser
statistics-dimension-year = Etter år
statistics-dimension-work_sector = Etter bransje
statistics-dimension-exploitation = Etter utnyttelsesform
statistics-dimension-age_group = Etter aldersgruppe
statistics-dimension-gender = Etter kjønn
statistics-dimension-nationality_group = Etter nasjonalitetsgruppe
statistics-dimension-residence = Etter oppholdsstatus
statistics-dimension-referring_sector = Etter sektoren til organisasjonen som identifiserte
statistics-dimension-days_to_referral = Dager fra identifisering til første henvisning
statistics-dimension-days_to_decision = Dager fra identifisering til første avgjørelse
statistics-dimension-screening_level = Etter screeningnivå
statistics-dimension-action = Etter hva det ble bedt om
statistics-dimension-state = Etter hvor henvisningen er nå
statistics-dimension-outcome = Etter avgjørelse
statistics-not_recorded = ikke registrert
statistics-not_screened = ikke screenet
days-not_referred = ikke henvist ennå
days-no_decision = ingen avgjørelse ennå
days-same_day = samme dag
days-1_to_7_days = 1–7 dager
days-8_to_30_days = 8–30 dager
days-31_to_90_days = 31–90 dager
days-over_90_days = mer enn 90 dager
nav-statistics = Statistikk
jobs-title = Bakgrunnsjobber
jobs-lead = Frister, eskaleringer og e-poster, utført av den servernoden som først tar dem. En mislykket jobb prøves på nytt med stadig lengre pauser til forsøkene er brukt opp; deretter blir den stående her som mislykket til du setter den i kø igjen.
jobs-none = Ingen jobber ennå.
jobs-kind = Jobb
jobs-state = Status
jobs-attempts = Forsøk
jobs-due = Forfaller
jobs-error = Siste feil
jobs-updated = Siste endring
jobs-retry = Sett i kø igjen
job-escalation_sweep = Finn henvisninger som har passert fristen for mottaksbekreftelse
job-apply_retention = Anonymiser lukkede saker etter oppbevaringsperioden
job-send_email = Send en e-post
job-state-queued = i kø
job-state-running = kjører
job-state-done = ferdig
job-state-failed = mislykket
notifications-title = Varsler
notification-referral_unacknowledged = Mottaket av en henvisning er ikke bekreftet i tide
notifications-open = Åpne saken
case-plan = Bistandsplan
case-plan-empty = Ingen bistandsoppgave ennå.
case-plan-help = Gi en oppgave til en tjenesteyter som har et mandat i atlaset som dekker den. Personen må ha samtykket til støttetjenester; tjenesteyteren ser bare det oppgaven krever (et krisesenter: navn og kontaktopplysninger).
case-assistance = Bistand
case-provider = Tjenesteyter
case-assign = Gi oppgaven
tasks-title = Bistandsoppgaver
tasks-lead = Oppgavene organisasjonen din har fått, med bare det hver oppgave krever av opplysninger om personen. Selve saken blir værende hos organisasjonen som ga oppgaven.
tasks-none = Organisasjonen din har ikke fått noen oppgave.
tasks-from = Gitt av { $organisation }
assistance-accommodation = Innkvartering
assistance-legal_aid = Rettshjelp
assistance-health_care = Helsehjelp
assistance-psychological_support = Psykologisk støtte
assistance-interpreter = Tolk
assistance-subsistence = Livsopphold
assistance-reflection_period_support = Støtte i refleksjonsperioden
assistance-residence_permit_support = Støtte ved oppholdstillatelse
assistance-repatriation = Repatriering
assistance-return_and_reintegration = Retur og reintegrering
task-state-assigned = tildelt
task-state-in_progress = pågår
task-state-completed = fullført
task-state-declined = avslått
task-step-start = Start
task-step-complete = Marker som fullført
task-step-decline = Avslå
nav-tasks = Oppgaver
nav-jobs = Jobber
notification-referral_overdue = En henvisning til organisasjonen din venter etter fristen: bekreft mottaket
nav-inspections = Felleskontroller
inspections-title = Felles kontroller
inspections-lead = Kontroller av arbeidsplasser som flere etater utfører sammen, hver med sitt eget rettsgrunnlag. I Danmark: «Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated»; rapporten anbefaler dem som én måte å samordne innsatsen og forstå hverandres arbeid på.
inspections-none = Organisasjonen din deltar ennå ikke i noen felles kontroll.
inspection-title = Felles kontroll
inspection-reference = Referanse
inspection-date = Dato
inspection-agencies = Deltakende etater
inspection-agency = Etat
inspection-state = Status
inspection-state-planned = planlagt
inspection-state-closed = gjennomført og lukket
inspection-planned-by = planlagt av { $organisation }
inspection-planned-by-label = Planlagt av
inspection-plan = Planlegg en felles kontroll
inspection-plan-help = Kryss av for minst to etater i landet ditt, og oppgi rettsgrunnlaget hver av dem kontrollerer etter (Skatteetaten for skatt, Arbeidstilsynet for arbeidsmiljø, politiet for kriminalitet). Bare de avkryssede etatene kan se kontrollen.
inspection-when-where = Når og hvor
inspection-takes-part = Deltar
inspection-legal-basis = Rettsgrunnlag
inspection-plan-submit = Planlegg kontrollen
inspection-findings = Funn
inspection-no-findings = Ingen etat har registrert funn ennå.
inspection-workers = { $met ->
    [one] { $met } arbeidstaker truffet
   *[other] { $met } arbeidstakere truffet
}
inspection-screened = { $screened ->
    [one] { $screened } screenet
   *[other] { $screened } screenet
}
inspection-record-finding = Etatens funn
inspection-workers-met = Arbeidstakere truffet
inspection-workers-screened = Arbeidstakere screenet med indikatorene
inspection-note = Hva dere fant (bare synlig for de deltakende etatene; kryptert)
inspection-record = Registrer funnene
inspection-cases = Saker opprettet fra denne kontrollen
inspection-no-cases = Ingen sak er opprettet fra denne kontrollen.
inspection-open-case = Opprett en sak fra denne kontrollen
inspection-screen = Screen en arbeidstaker
inspection-in-atlas = Atlaset registrerer samarbeidet fra denne kontrollen i revisjon { $revision }.
inspection-see-diff = Se hva som er endret
inspection-close-help = Lukk kontrollen når den er gjennomført: atlaset registrerer da en relasjon av typen felles kontroll mellom hvert par av deltakende etater, med denne kontrollen som kilde.
inspection-close = Lukk kontrollen
case-from-inspection = Denne saken opprettes fra felles kontroll { $reference }.
case-inspection = Felles kontroll
notification-decision_overdue = En henvisning til organisasjonen din har passert fristen for avgjørelse: registrer avgjørelsen
notification-decision_escalated = Avgjørelsen i en henvisning er forsinket
notification-reflection_period_ending = En refleksjonsperiode utløper innen en uke: planlegg hva som skal skje etterpå
screening-for-inspection = Denne screeningen gjøres under felles kontroll { $reference }; en sak som opprettes ut fra resultatet, opprettes fra kontrollen.

## Spørreundersøkelse (issue 11)
study-survey-link = Spørreundersøkelsen, runde for runde
survey-title = Spørreundersøkelse
survey-lead = Kartet holdes oppdatert slik studien fra 2013 laget det: et spørreskjema til aktørene i hvert land, et kort alternativt skjema for dem uten mandat, og nominasjoner — én respondent leder videre til en annen. Runde 0 er studien fra 2012, lest fra atlaset; tallene rapporten oppgir, står ved siden av.
survey-start = Start en runde i { $country }
survey-wave-label = Navn på runden
survey-wave-label-example = f.eks. oppdatering 2027
survey-days-open = Antall dager invitasjonslenkene virker
survey-start-submit = Start runden
survey-waves = Runder
survey-country = Land
survey-wave = Runde
survey-invited = Invitert
survey-completed = Besvart
survey-short-form = Kort skjema
survey-declined = Takket nei
survey-no-reply = Ikke svart
survey-started = Påbegynt
survey-proposed = Foreslått
survey-report-states = Hva rapporten oppgir
survey-questionnaire = Spørreskjema
survey-closes = Lenkene virker til
survey-closed = lukket
survey-snowball-depth = Lengste kjede av nominasjoner
survey-by-sector = Etter sektor
survey-sector = Sektor
survey-invitees = Inviterte
survey-export-csv = Inviterte som CSV
survey-export-graphml = Rekrutteringstre som GraphML
survey-organisation = Organisasjon
survey-contact = Kontaktperson
survey-email = E-post
survey-state = Status
survey-nominated-by = Nominert av
survey-link = Lenke
survey-state-proposed = foreslått
survey-state-invited = invitert
survey-state-started = påbegynt
survey-state-completed = besvart
survey-state-declined = takket nei
survey-form-full = spørreskjema
survey-form-alternative = kort skjema
survey-new-link = Ny lenke
survey-issue-links = Utsted lenker til de foreslåtte inviterte
survey-add-invitee = Legg til en invitert
survey-atlas-actor = Aktør i atlaset
survey-new-organisation-option = (en annen organisasjon, oppgitt nedenfor)
survey-new-organisation = En annen organisasjon
survey-add-submit = Legg til
survey-tree = Rekrutteringstre
survey-tree-caption = Hver boks er en invitert (#posisjon, organisasjon, status); en linje går fra en respondent til kontaktene vedkommende nominerte. Tabellen over inviterte ovenfor inneholder det samme.
survey-links-title = Invitasjonslenker
survey-links-lead = Hver lenke vises bare denne ene gangen: skriv ut denne siden, eller send hver lenke til den inviterte nå. Bare et fingeravtrykk av hver lenke lagres, så en tapt lenke kan ikke vises igjen — utsted en ny i stedet.
survey-links-none = Ingen invitert ventet på en lenke.
survey-back-to-wave = Tilbake til runden
survey-respond-title = Spørreskjema om menneskehandel med sikte på arbeidsutnyttelse
survey-respond-lead = Du svarer for { $organisation } ({ $country }). Svarene dine ses bare av den nasjonale koordinatoren og kommer først inn i atlaset når de er gjennomgått.
survey-respond-closes = Denne lenken virker til { $date }.
survey-saved = Svarene dine er lagret. Du kan komme tilbake med samme lenke til du sender dem inn.
survey-comment-on = Kommentar til { $choice }
survey-your-answer = Ditt svar
survey-more = Noe å legge til
survey-save = Lagre og fortsett senere
survey-submit = Send inn svarene
survey-short-help = Mangler du erfaringen, mandatet eller kunnskapen som trengs for å svare på disse spørsmålene? Noen få korte alternative spørsmål spør i stedet om arbeidet ditt.
survey-full-help = Har du erfaring til å svare på hele spørreskjemaet? Du kan bytte tilbake.
survey-switch-short = Svar på de korte spørsmålene i stedet
survey-switch-full = Svar på hele spørreskjemaet i stedet
survey-decline = Takk nei til å delta
survey-nominate = Hvem andre bør vi spørre?
survey-nominate-help = Oppgi en person som har en organisasjon som arbeider med menneskehandel med sikte på arbeidsutnyttelse, eller som kunne gjort det: koordinatoren avgjør om vedkommende skal inviteres.
survey-nominee-name = Personens navn
survey-why = Hvorfor personen er relevant
survey-nominate-submit = Nominer
survey-done-title = Takk
survey-done-thanks = Svarene dine er sendt inn. Denne lenken åpner ikke lenger spørreskjemaet.
survey-declined-thanks = Du har takket nei til å delta. Denne lenken åpner ikke lenger spørreskjemaet.
survey-review = Gjennomgang: fra svar til atlas
survey-review-help = Innsendte svar foreslår endringer i atlaset: en respondent som svarer for en aktør i atlaset, foreslår relasjoner til partnerne den nevner og mandatene den krysser av for; enhver respondent foreslår mekanismene den sier finnes. Svar om samme faktum vises samlet, sammen med dem som svarte på samme spørsmål uten å nevne det. Godta et forslag (velges en annen samarbeidstype eller gradering enn den foreslåtte, registreres det som en redigering), eller avvis det; et godtatt forslag kommer inn i atlaset som en ny revisjon som viser til besvarelsen ved siden av rapportens sitater.
survey-see-diff = Hva som er endret siden 2013
survey-no-proposals = Ingen innsendte svar foreslår en endring ennå.
survey-fact-tie = Samarbeid
survey-fact-mandate = Mandat
survey-fact-mechanism = Mekanisme
survey-conflicting = svarene spriker
survey-named-by = { $count ->
    [one] nevnt av én respondent
   *[other] nevnt av { $count } respondenter
}
survey-answered-without = { $count ->
    [one] én respondent svarte uten å nevne det
   *[other] { $count } respondenter svarte uten å nevne det
}
survey-not-in-atlas = ikke registrert
survey-mandate-held = har mandatet
survey-mandate-denied = oppgitt som manglende
survey-grade = Gradering
survey-limitations-help = { $count ->
    [one] Telt blant den ene respondenten som besvarte hele spørreskjemaet. Når et tall godtas, legges det inn i atlaset som en begrensning som viser til denne runden; rapportens tall forblir uendret.
   *[other] Telt blant de { $count } respondentene som besvarte hele spørreskjemaet. Når et tall godtas, legges det inn i atlaset som en begrensning som viser til denne runden; rapportens tall forblir uendret.
}
survey-reminders = Påminnelser
survey-send-reminders = Send påminnelse til dem som ikke har svart
survey-reminders-help = Hver får en ny lenke (den forrige slutter å virke); det de har lagret, beholdes.
survey-in-atlas = Allerede i atlaset
survey-decision = Avgjørelse
survey-decision-accepted = godtatt
survey-decision-edited = godtatt med en annen type
survey-decision-rejected = avvist
survey-in-revision = revisjon { $revision }
survey-kind = Type
survey-accept = Godta
survey-reject = Avvis
survey-limitations = Faktorer som begrenser arbeidet
survey-limitation = Begrensning
survey-respondents-naming = Respondenter som nevner den
survey-emailed = Per e-post
survey-emailed-yes = sendt

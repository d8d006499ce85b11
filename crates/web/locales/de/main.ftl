# Machine-drafted translation, not yet reviewed by a national reviewer.
# OpenNRM-Benutzeroberfläche, Deutsch. Die Schlüssel sind nach Seiten gruppiert; Vokabular-Bezeichnungen folgen
# dem Muster <vocabulary>-<value>, damit der Code sie aus den Daten nachschlagen kann.

# Der eigene Name der Sprache, für die Sprachauswahl, und ob eine nationale Prüfperson
# diese Übersetzung bestätigt hat (yes / no): Seiten zeigen sonst den Hinweis „noch nicht geprüft“.
language-name = Deutsch
translation-reviewed = no
language-switcher = Sprache
nav-main = Hauptnavigation
translation-unreviewed = Diese Übersetzung wurde maschinell erstellt und noch nicht von einer nationalen Fachperson geprüft. Maßgeblich ist der englische Text.

site-name = OpenNRM
site-tagline = Wer Betroffene von Menschenhandel zur Arbeitsausbeutung identifiziert, weiterverweist und unterstützt
nav-countries = Länder
nav-search = Suche
nav-api = API
nav-about = Über die Daten
skip-to-content = Zum Inhalt springen
footer-source = Daten: { $report }.
footer-licence = OpenNRM ist freie Software. Jede Angabe verweist auf die Stelle des Berichts, aus der sie stammt.
footer-revision = Atlas-Revision { $revision }, geladen am { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Akteure gegen Menschenhandel zur Arbeitsausbeutung in 11 Ländern
home-lead = Der Atlas zeigt für jedes Land der Studie des Ostseerats die Akteure, die Betroffene identifizieren, weiterverweisen und unterstützen können, ihre Zuständigkeiten, ihre Zusammenarbeit und die bestehenden nationalen Mechanismen. Zu jeder Angabe wird der Satz des Berichts angezeigt, aus dem sie stammt.
home-countries = Länder
home-glance = Mechanismen auf einen Blick
home-glance-lead = Welche nationalen Mechanismen der Bericht für jedes Land verzeichnet. Auch ein Fehlen ist ein Befund.
home-legend = Was die Farben bedeuten
home-chips-lead = Jede Karte zeigt die nationalen Mechanismen, nach denen der Bericht fragt, eingestuft so, wie der Bericht sie beschreibt:
home-legend-formal = formell (eine so benannte Stelle oder ein so benanntes Gremium)
home-legend-functional-equivalent = funktionales Äquivalent (der Bericht: „kommt am nächsten“, „eine koordinierende Rolle“)
home-legend-expired = abgelaufen (die Laufzeit ist beendet)
home-legend-absent = als nicht vorhanden verzeichnet
home-legend-not-recorded = im Bericht nicht verzeichnet
home-respondents = Fragebogen ausgefüllt: { $completed } von { $invited } Eingeladenen
home-respondents-completed = Fragebogen ausgefüllt: { $completed }
home-counts = { $actors } Akteure · { $mandates } Zuständigkeiten · { $ties } Kooperationsbeziehungen · { $mechanisms } Mechanismen
home-search-title = Im Atlas suchen
home-search-lead = Jedes Wort jeder Angabe: der Name eines Akteurs, eine Zuständigkeit, ein Gesetz („§ 262a“), ein Satz des Berichts. Um Akteure danach zu finden, was sie tun dürfen (wer stellt in Dänemark den Opferstatus fest?), nutzen Sie die Filter der Suchseite.

country-native = In der Landessprache: { $name }
country-chapter = Kapitel des Berichts: { $chapter }
country-on-this-page = Auf dieser Seite
country-findings = Befunde
country-participation = Wer an der Studie teilgenommen hat
country-actors = Akteure und Zuständigkeiten
country-governmental = Staatlich
country-non-governmental = Nichtstaatlich
country-cooperation = Zusammenarbeit
country-cooperation-lead = Kooperationsbeziehungen, wie die Befragten sie beschrieben haben. Der erste Akteur ist derjenige, dessen Antwort die Beziehung beschreibt.
country-policy = Politik und Gesetzgebung
country-mechanisms = Mechanismen
country-challenges = Herausforderungen und Einschränkungen
country-challenges-lead = Von den Befragten genannte Einschränkungen; die Zahl gibt an, wie viele sie genannt haben, sofern der Bericht eine Zahl nennt.
country-conclusions = Schlussfolgerungen
country-ambiguities = Wo der Bericht mehrdeutig ist
country-ambiguities-lead = Der Bericht sagt an verschiedenen Stellen Verschiedenes. Jede Lesart wird mit ihrem Zitat aufbewahrt.
country-lists = Relevante Behörden und Organisationen
country-no-cooperation = Der Bericht beschreibt für dieses Land keine Kooperationsbeziehungen.
country-no-documents = Der Bericht nennt für dieses Land kein Rechtsinstrument und kein Politikdokument.
country-no-limitations = Der Bericht nennt für dieses Land keine Zahlen zu Einschränkungen.
country-invited = Eingeladen
country-completed = Ausgefüllt
country-reading = Lesart
country-respondents = Befragte
country-counts-unknown = nicht angegeben

actor-native-name = Name in der Landessprache
actor-acronym = Abkürzung
actor-also-known-as = Auch genannt
actor-sector = Sektor
actor-level = Ebene
actor-study-status = In der Studie
actor-parent = Teil von
actor-children = Einheiten
actor-mandates = Zuständigkeiten
actor-no-mandates = Der Bericht nennt keine Zuständigkeit dieses Akteurs.
actor-cooperation = Zusammenarbeit
actor-cooperation-out = Von diesem Akteur beschriebene Zusammenarbeit
actor-cooperation-in = Von anderen beschriebene Zusammenarbeit mit diesem Akteur
actor-no-cooperation = Der Bericht beschreibt keine Kooperationsbeziehung dieses Akteurs.
actor-mechanisms = Mechanismen
actor-holds = Trägt oder leitet
actor-member-of = Mitglied von
actor-no-mechanisms = Der Bericht nennt diesen Akteur in keinem nationalen Mechanismus.
actor-back = Zurück zu { $country }
actor-find-similar = Andere Akteure dieses Sektors in den 11 Ländern

mandate-scope = Umfang: { $scope }
mandate-labour-yes = Umfasst Menschenhandel zur Arbeitsausbeutung
mandate-labour-no = Keine Zuständigkeit für Menschenhandel zur Arbeitsausbeutung
mandate-labour-unknown = Der Bericht sagt nicht, ob dies Arbeitsausbeutung umfasst

mandate-denied = Verneint
mandate-denied-scope = Laut Bericht darf der Akteur nicht: { $scope }
mechanism-holder = Getragen oder geleitet von
mechanism-members = Mitglieder
mechanism-year = Eingerichtet
mechanism-frequency = Tagt
mechanism-focus = Schwerpunkt

source = Quelle
source-show = Quelle anzeigen
source-line = Berichtszeile { $line }
source-record = OpenNRM-Datensatz { $record }: eine von OpenNRM verfasste Zusammenfassung, keine Stelle des Berichts
source-section = { $country } › { $section }
source-note = Anmerkung

search-title = Akteure suchen
search-lead = Kombinieren Sie beliebige Filter. Die Suche danach, was ein Akteur tun darf, beantwortet Fragen wie „Wer stellt in Dänemark den Opferstatus fest?“.
search-text = Name, Name in der Landessprache oder Abkürzung
search-country = Land
search-sector = Sektor
search-capability = Zuständigkeit
search-study-status = In der Studie
search-any = Beliebig
search-submit = Suchen
search-results = { $count ->
    [0] Kein Akteur gefunden.
    [one] Ein Akteur gefunden.
   *[other] { $count } Akteure gefunden.
}
search-col-actor = Akteur
search-col-country = Land
search-col-sector = Sektor
search-col-mandates = Passende Zuständigkeiten
search-col-status = In der Studie
search-invalid = { $field }: „{ $value }“ ist kein bekannter Wert.
search-too-long = { $field }: höchstens { $max } Zeichen.
search-too-many-words = { $field }: höchstens { $max } Wörter.
search-kind = Art der Angabe
search-facts-text = Wörter
search-to-facts = Stattdessen alle Angaben durchsuchen.
search-to-actors = Stattdessen Akteure nach Name und Filtern finden.
search-facts-title = Im Atlas suchen
search-facts-lead = Alle Angaben: Namen von Akteuren, Zuständigkeiten, Mechanismen, Dokumente, Einschränkungen, Befunde und die Zitate des Berichts. Groß- und Kleinschreibung sowie Akzente spielen keine Rolle („liepaja“ findet „Liepāja“), und ein Wort findet auch längere Wörter, die damit beginnen („reflect“ findet „reflection“).
search-facts-results = { $count ->
    [0] Keine Treffer.
    [one] Eine Textstelle gefunden.
   *[other] { $count } Textstellen gefunden.
}
search-facts-truncated = Die ersten { $count } passenden Textstellen; fügen Sie ein Wort oder einen Filter hinzu, um die Suche einzugrenzen.

search_kind-country = Land
search_kind-actor = Akteur
search_kind-mandate = Zuständigkeit
search_kind-tie = Zusammenarbeit
search_kind-mechanism = Mechanismus
search_kind-document = Dokument
search_kind-limitation = Einschränkung
search_kind-participation = Teilnahme
search_kind-finding = Befund
search_kind-ambiguity = Mehrdeutigkeit
search_kind-respondent = Befragte Stelle
search_kind-recommendation = Empfehlung
search_field-name = Name
search_field-native_name = Name in der Landessprache
search_field-acronym = Abkürzung
search_field-alias = auch genannt
search_field-chapter = Kapitel
search_field-scope = Umfang
search_field-note = Anmerkung
search_field-title = Titel
search_field-topic = Thema
search_field-frequency = tagt
search_field-quote = Zitat
search_field-reason = Grund
search_field-summary = Zusammenfassung

about-title = Über die Daten
about-lead = Der Atlas ist der in Daten überführte Bericht „Actors against Trafficking for Labour Exploitation“ der Task Force gegen Menschenhandel des Ostseerats (2013). Nichts wird dem hinzugefügt, was der Bericht sagt.
about-sources = Jede Angabe nennt den Abschnitt des Länderkapitels, aus dem sie stammt, und ein kurzes Zitat, das wörtlich im Bericht steht. Wo der Bericht sich widerspricht, werden beide Lesarten aufbewahrt.
about-data = Die Datendateien sind reiner Text, eine pro Land, und können wie jedes Dokument geprüft und korrigiert werden. Der gesamte Atlas kann über die API heruntergeladen werden.
about-api = Die JSON-API ist in einem OpenAPI-Dokument beschrieben.
about-revisions = Revisionen des Atlas

error-not-found-title = Seite nicht gefunden
error-not-found = Nicht gefunden: { $what }. Prüfen Sie die Adresse oder beginnen Sie bei der Länderliste.
error-bad-request-title = Die Anfrage konnte nicht verstanden werden
error-internal-title = Etwas ist schiefgelaufen
error-internal = Die Seite konnte nicht angezeigt werden. Der Fehler wurde protokolliert; bitte versuchen Sie es später erneut.
error-back-home = Zur Länderliste

yes = ja
no = nein

sector-police = Polizei
sector-border_guard = Grenzschutz
sector-prosecution = Staatsanwaltschaft
sector-court = Gerichte
sector-labour_inspection = Arbeitsaufsicht
sector-tax = Steuerverwaltung
sector-immigration = Migrationsbehörden
sector-ministry = Ministerien
sector-coordination_body = Koordinierungsgremien
sector-rapporteur = Berichterstattungsstellen
sector-victim_assistance = Opferhilfe
sector-municipality = Kommunen
sector-ngo = NGOs
sector-trade_union = Gewerkschaften
sector-employers_org = Arbeitgeberverbände
sector-international_org = Internationale Organisationen
sector-research = Forschung
sector-company = Unternehmen
sector-other = Sonstige

study_status-participated = Teilgenommen
study_status-invited_not_participated = Eingeladen, nicht teilgenommen
study_status-mentioned = Von Befragten erwähnt

level-national = National
level-regional = Regional
level-local = Lokal
level-international = International

capability-identify_victims = Opfer identifizieren
capability-refer_victims = Opfer weiterverweisen
capability-report_to_police = Anzeige bei der Polizei erstatten
capability-inspect_workplaces = Arbeitsstätten kontrollieren
capability-investigate_crime = Straftaten ermitteln
capability-prosecute = Strafverfolgung
capability-determine_victim_status = Opferstatus feststellen
capability-grant_reflection_period = Bedenk- und Stabilisierungsfrist gewähren
capability-grant_residence_permit = Aufenthaltstitel erteilen
capability-provide_assistance = Unterstützung leisten
capability-repatriation = Rückkehr ins Herkunftsland
capability-coordinate = Koordinieren
capability-monitor_and_report = Beobachten und berichten
capability-bring_labour_court_cases = Arbeitsgerichtsverfahren führen
capability-training = Schulung
capability-prevention = Prävention
capability-policy_making = Politikgestaltung
capability-supervise = Aufsicht führen
capability-advocacy = Interessenvertretung
capability-research = Forschung
capability-protect_workers_rights = Arbeitnehmerrechte schützen

cooperation-information_exchange = Informationsaustausch
cooperation-joint_inspection = Gemeinsame Kontrolle
cooperation-referral = Verweisung
cooperation-service_contract = Dienstleistungsvertrag
cooperation-coordination = Koordinierung
cooperation-membership = Mitgliedschaft
cooperation-other = Zusammenarbeit

mechanism-national_coordinator = Nationale Koordinierungsstelle
mechanism-national_rapporteur = Nationale Berichterstattungsstelle
mechanism-lead_agency = Federführende Behörde
mechanism-referral_system = Verweisungssystem
mechanism-mou = Kooperationsvereinbarung (MoU)
mechanism-working_group = Arbeitsgruppen
mechanism-specialised_unit = Spezialisierte Einheiten
mechanism-network = Netzwerke
mechanism-national_action_plan = Nationaler Aktionsplan
mechanism-local_coordinator = Lokale Koordinierungsstellen

mechanism_status-formal = Formell
mechanism_status-functional_equivalent = Funktionales Äquivalent
mechanism_status-absent = Nicht vorhanden
mechanism_status-expired = Abgelaufen
focus-sexual = Sexuelle Ausbeutung
focus-labour = Arbeitsausbeutung
focus-all = Alle Formen
focus-unclear = Unklar

limitation-legislation = Gesetzgebung
limitation-lack_of_policy = Fehlende politische Vorgaben
limitation-lack_of_cooperation = Mangelnde Zusammenarbeit
limitation-lack_of_referral_mechanisms = Fehlende Verweisungsmechanismen
limitation-corruption = Korruption
limitation-lack_of_knowledge = Mangelndes Wissen
limitation-lack_of_capacity = Mangelnde Kapazitäten
limitation-other = Sonstiges

document-legislation = Gesetzgebung
document-action_plan = Aktionsplan
document-policy = Politikdokument
document-agreement = Vereinbarung
document-report = Bericht
document-other = Sonstiges Dokument

nav-screening = Ersteinschätzung
screening-title = Ersteinschätzung: Ist das Menschenhandel?
screening-lead = Beantworten Sie die Fragen zu dem, was Sie beobachten, zum Beispiel bei einer Betriebskontrolle. Das Ergebnis ordnet die Situation auf dem Kontinuum von einem Verstoß gegen das Arbeitsrecht bis zu Menschenhandel zur Arbeitsausbeutung ein, erklärt, welche Antworten dazu geführt haben, sagt, was noch fehlt, und nennt die Akteure des Landes, die zuständig sind.
screening-notice-title = Orientierungshilfe, keine Entscheidung.
screening-notice = Das Ergebnis einer Ersteinschätzung ist eine Orientierungshilfe für die Verweisung der Person an den zuständigen Akteur. Es ist nie eine rechtliche Feststellung: Nur die zuständigen Behörden entscheiden, ob jemand Opfer von Menschenhandel oder Zwangsarbeit ist.
screening-translation-unreviewed = Die Fragen sind eine vorläufige Übersetzung, die noch nicht von einer nationalen Fachperson geprüft wurde. Der offizielle englische Wortlaut der ILO steht unter jeder Frage.

# Die Erklärung eines Ergebnisses der Ersteinschätzung, eine Nachricht je ExplanationCode der Domäne
# (screening-why-<code>). Listen von Indikatoren sind die offiziellen englischen Bezeichnungen der ILO.
screening-why-screened_with = Die Ersteinschätzung verwendet „{ $instrument }“ { $version } und das Regelwerk „{ $rules }“ { $rules_version } mit der Liste für { $population ->
    [child] Kinder
   *[adult] Erwachsene
}.
screening-why-dimension_positive = Die Dimension „{ $dimension }“ ist positiv ({ $rule }): Die Antwort lautet Ja bei { $indicators }.
screening-why-dimension_not_assessed = Die Dimension „{ $dimension }“ wurde nicht bewertet: Keine ihrer Fragen wurde beantwortet.
screening-why-dimension_open = Die Dimension „{ $dimension }“ ist nicht geklärt: { $yes ->
    [0] Bisher lautet die Antwort bei keinem Indikator Ja
   *[other] Bisher lautet die Antwort Ja bei { $indicators }
}; { $count } { $count ->
    [one] unbeantworteter Indikator könnte
   *[other] unbeantwortete Indikatoren könnten
} sie noch positiv machen.
screening-why-dimension_negative = Die Dimension „{ $dimension }“ ist negativ: { $yes ->
    [0] Bei keinem Indikator lautet die Antwort Ja
   *[other] Die Antwort lautet nur bei { $indicators } Ja
}; { $complete ->
    [yes] jeder Indikator ist beantwortet und keine Regel ist erfüllt
   *[no] die unbeantworteten Indikatoren könnten sie nicht positiv machen
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] Antwort lautet
   *[other] Antworten lauten
} „Unbekannt“; „Unbekannt“ zählt nie als Ja.
screening-why-ignored_answers = Antworten zu Indikatoren, die nicht auf der Liste für { $population ->
    [child] Kinder
   *[adult] Erwachsene
} stehen, wurden nicht berücksichtigt: { $indicators }.
screening-why-level_none = Stufe: kein Hinweis — die gegebenen Antworten erfüllen keine Regel des Regelwerks für eine höhere Stufe.
screening-why-level_reached = Stufe: { $level ->
    [labour_law_violation] möglicher Verstoß gegen das Arbeitsrecht
    [labour_exploitation] Arbeitsausbeutung
    [forced_labour] Zwangsarbeit
    [presumed_trafficking] mutmaßlicher Menschenhandel zur Arbeitsausbeutung
   *[no_indication] kein Hinweis
} — { $because }
screening-why-unverified = { $count } der berücksichtigten Indikatoren { $count ->
    [one] ist
   *[other] sind
} noch nicht anhand der Quellveröffentlichung überprüft (siehe die Datei des Instruments): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Möglicher Verstoß gegen das Arbeitsrecht: Verweisen Sie an die Arbeitsaufsicht und informieren Sie die beschäftigte Person über die Gewerkschaft und das Arbeitsgericht.
    [labour_exploitation] Arbeitsausbeutung: Verweisen Sie an die Arbeitsaufsicht, erwägen Sie eine Anzeige bei der Polizei und verweisen Sie die beschäftigte Person an Unterstützungsangebote.
    [forced_labour] Zwangsarbeit: Erstatten Sie Anzeige bei der Polizei und verweisen Sie die Person an die Behörde, die den Opferstatus feststellt, und an die Opferhilfe.
    [presumed_trafficking] Mutmaßlicher Menschenhandel zur Arbeitsausbeutung: Erstatten Sie Anzeige bei der Polizei und verweisen Sie die Person unverzüglich an die Behörde, die den Opferstatus feststellt, an die Opferhilfe und auf die Bedenk- und Stabilisierungsfrist.
   *[no_indication] Kein Hinweis: Diese Antworten begründen keine Verweisung; unbeantwortete Fragen können das ändern.
}{ $open ->
    [yes] {" "}Weitere Antworten könnten die Stufe erhöhen; sehen Sie nach, was fehlt.
   *[no] {""}
}

# Was einem Weg zu einer höheren Stufe noch fehlt (screening-why-toward und seine Teile);
# die Teile werden nacheinander genannt, getrennt durch "; ". $names: Dimensionen, verbunden
# mit screening-or; $asks: die Bezeichnungen der ILO für die noch offenen Indikatoren;
# $topics: wonach zu fragen ist (englische Daten).
screening-or = {" "}oder{" "}
screening-why-toward = Auf dem Weg zur Stufe „{ $level ->
    [labour_law_violation] möglicher Verstoß gegen das Arbeitsrecht
    [labour_exploitation] Arbeitsausbeutung
    [forced_labour] Zwangsarbeit
    [presumed_trafficking] mutmaßlicher Menschenhandel zur Arbeitsausbeutung
   *[no_indication] kein Hinweis
}“{ $population ->
    [adult] {" "}(Erwachsene)
    [child] {" "}(Kinder)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = die Dimension { $names } ist positiv
screening-why-step_closed = die Dimension { $names } ist negativ — dieser Weg ist versperrt, solange sich die Antworten nicht ändern
screening-why-step_not_assessed = die Dimension { $names } wurde noch nicht bewertet — fragen Sie nach diesen Themen ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = die Dimension { $names } ist noch nicht positiv — noch offen{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = bei keinem Indikator der Dimension { $names } lautet die Antwort Ja, und keiner ist mehr unbeantwortet
screening-why-step_none_yet = bisher lautet die Antwort bei keinem Indikator der Dimension { $names } Ja — noch offen{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Geben Sie keine Namen oder andere personenbezogene Daten ein: Die Ersteinschätzung erfasst nur, welche Indikatoren vorliegen. „Nicht gefragt“ wird von „Nein“ unterschieden.
screening-instrument-meta = { $count ->
    [one] { $count } Indikator
   *[other] { $count } Indikatoren
} · Version { $version }
screening-population = Wer betroffen ist
screening-country = Land (für die Zuständigen)
screening-country-none = Kein Land
screening-start = Ersteinschätzung beginnen
screening-progress = { $answered } von { $total } Fragen beantwortet
screening-answer-help = Beantworten Sie, was Sie wissen. „Unbekannt“ bedeutet, dass Sie gefragt haben, die Antwort aber unklar ist; „Nicht gefragt“ bedeutet, dass die Frage nicht gestellt wurde. Beides zählt nicht als Ja.
screening-official-wording = Offizieller Wortlaut
screening-strength = Gewicht im Instrument: { $strength }
screening-see-result = Ergebnis anzeigen
screening-save-draft = Entwurf speichern
screening-draft-saved = Entwurf in diesem Browser gespeichert. Öffnen Sie die Ersteinschätzung erneut, um fortzufahren; Entwürfe werden 30 Tage aufbewahrt.
screening-continue-draft = Gespeicherten Entwurf fortsetzen
screening-discard-draft = Entwurf verwerfen
screening-draft-discarded = Ihr Entwurf wurde verworfen.
screening-no-draft-title = Kein gespeicherter Entwurf
screening-no-draft = In diesem Browser ist kein Entwurf einer Ersteinschätzung gespeichert (Entwürfe werden 30 Tage aufbewahrt). Beginnen Sie eine neue Ersteinschätzung auf der Seite „Ersteinschätzung“.
screening-forbidden-title = Das Formular konnte nicht angenommen werden
screening-forbidden = Das Formular stammt nicht von dieser Website oder ist abgelaufen. Öffnen Sie die Ersteinschätzung erneut und senden Sie sie nochmals ab.
screening-result-title = Ergebnis der Ersteinschätzung
screening-level = Wo die Situation auf dem Kontinuum liegt
screening-continuum = Das Ausbeutungskontinuum
screening-reasoning = Begründung
screening-dimensions = Dimensionen
screening-dimension = Dimension
screening-status = Status
screening-yes-indicators = Mit Ja beantwortete Indikatoren
screening-missing = Was für eine Schlussfolgerung noch fehlt
screening-questions-to-ask = { $count ->
    [one] Eine noch zu stellende Frage
   *[other] { $count } noch zu stellende Fragen
}
screening-who-acts = Wer handeln kann
screening-who-acts-in = Wer in { $country } handeln kann
screening-nobody = Der Atlas verzeichnet keinen Akteur mit diesen Zuständigkeiten.
screening-uncovered = Kein Akteur im Atlas hat diese Zuständigkeiten:
screening-choose-country = Wählen Sie ein Land, um seine Akteure zu sehen. Diese Zuständigkeiten passen zum Ergebnis:
screening-unverified = { $count ->
    [one] Ein berücksichtigter Indikator hat ein Gewicht, das noch nicht anhand der ILO-Veröffentlichung überprüft wurde.
   *[other] { $count } berücksichtigte Indikatoren haben Gewichte, die noch nicht anhand der ILO-Veröffentlichung überprüft wurden.
}
screening-used = Instrument: { $instrument }. Regeln: { $rules }.
screening-change-answers = Antworten ändern (als Entwurf gespeichert)

answer-yes = Ja
answer-no = Nein
answer-unknown = Unbekannt
answer-not-asked = Nicht gefragt

population-adult = Erwachsene Person
population-child = Kind (unter 18)

strength-strong = stark
strength-medium = mittel
strength-weak = schwach
strength-unweighted = ungewichtet

continuum-no_indication = Kein Hinweis
continuum-labour_law_violation = Verstoß gegen das Arbeitsrecht
continuum-labour_exploitation = Arbeitsausbeutung
continuum-forced_labour = Zwangsarbeit
continuum-presumed_trafficking = Mutmaßlicher Menschenhandel zur Arbeitsausbeutung

dimension-status-positive = Positiv
dimension-status-negative = Negativ
dimension-status-insufficient_information = Nicht genügend Informationen
screening-version = Instrumentversion { $version }

report-title = Der Bericht
report-showing = Zeilen { $from }–{ $to } von { $total }. In der hervorgehobenen Zeile beginnt die zitierte Stelle.
report-earlier = ← Frühere Zeilen
report-later = Spätere Zeilen →
country-download = Dieses Land als JSON herunterladen
about-download = Den gesamten Atlas herunterladen (JSON).
about-read-report = Den Bericht Zeile für Zeile lesen.

## Plattform: Anmeldung, Konto, Verwaltung
nav-sign-in = Anmelden
nav-sign-out = Abmelden
nav-account = Ihr Konto
nav-audit = Prüfprotokoll
error-sign-in-title = Bitte melden Sie sich an
error-sign-in = Diese Seite steht nur angemeldeten Nutzerinnen und Nutzern von OpenNRM zur Verfügung.
error-forbidden-title = Nicht erlaubt
error-too-many-title = Zu viele Anfragen
sign-in-title = Bei OpenNRM anmelden
sign-in-username = Benutzername (Ihre E-Mail-Adresse)
sign-in-password = Passwort
sign-in-code = Sechsstelliger Code aus Ihrer Authenticator-App
sign-in-continue = Weiter
sign-in-code-wrong = Dieser Code wurde nicht akzeptiert. Jeder Code gilt nur einmal und wechselt alle 30 Sekunden: Geben Sie den Code ein, den Ihre App jetzt anzeigt.
sign-in-note = Konten werden von der Administration Ihrer Organisation angelegt. Nach fünf Fehlversuchen wird ein Konto für 15 Minuten gesperrt.
account-title = Ihr Konto
account-username = Benutzername
account-organisation = Organisation
account-roles = Rollen
account-sessions = Angemeldete Sitzungen
account-totp = Zweiter Faktor (Authenticator-App)
account-totp-on = Ein zweiter Faktor ist eingerichtet: Bei der Anmeldung wird ein Code abgefragt.
account-totp-off = Noch kein zweiter Faktor. Koordinierungs- und Administrationsrollen müssen einen einrichten, bevor sie Aktionen ausführen können.
account-totp-start = Authenticator-App einrichten
account-totp-replace = Zu einer anderen Authenticator-App wechseln
account-totp-scan = Scannen Sie diesen Code mit einer Authenticator-App oder geben Sie den Schlüssel unten dort ein, und geben Sie dann den angezeigten Code ein.
account-totp-secret = Schlüssel:
account-totp-confirm = Bestätigen
account-totp-wrong = Dieser Code passt nicht zu diesem Schlüssel. Prüfen Sie, ob die App den Schlüssel unten enthält, und geben Sie dann den Code ein, den sie jetzt anzeigt.
account-totp-done = Die Authenticator-App ist eingerichtet. Bei der Anmeldung wird nun ein Code abgefragt.
account-needs-totp = Ihre Rolle erfordert einen zweiten Faktor. Richten Sie unten eine Authenticator-App ein, bevor Sie fortfahren.
account-password = Passwort
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort (12 bis 128 Zeichen)
account-password-change = Passwort ändern
account-password-done = Ihr Passwort wurde geändert; Ihre anderen Sitzungen wurden abgemeldet.
account-tokens = API-Tokens
account-tokens-none = Keine API-Tokens.
account-token-name = Name
account-token-created = Erstellt
account-token-used = Zuletzt verwendet
account-token-create = Token erstellen
account-token-once = Kopieren Sie dieses Token jetzt; es wird nicht erneut angezeigt:
account-token-revoke = Widerrufen
account-token-revoked = Das Token wurde widerrufen.
account-token-revoked-mark = widerrufen
account-sign-out-everywhere = Überall abmelden
audit-title = Prüfprotokoll
audit-lead = Jede Anmeldung, jede fehlgeschlagene Anmeldung und jede Änderung an Benutzern, Rollen und Tokens, die neuesten zuerst. Die Zeilen sind per Hash verkettet; `opennrm audit verify` prüft die Kette.
audit-action = Aktion
audit-actor = Ausgeführt von
audit-outcome = Ergebnis
audit-object = Objekt
audit-at = Zeit (UTC)
audit-address = Adresse
audit-detail = Details
audit-filter = Filtern
audit-older = Ältere Ereignisse
users-title = Benutzer
users-name = Name
users-state = Status
users-disabled = deaktiviert
users-locked = gesperrt
users-active = aktiv
users-unlock = Entsperren
role-frontline_officer = Fachkraft im Erstkontakt
role-case_worker = Fallbearbeitung
role-service_provider = Unterstützungsdienst
role-national_coordinator = Nationale Koordinierungsstelle
role-national_rapporteur = Nationale Berichterstattungsstelle
role-administrator = Administration

## Atlas-Historie
revision-banner = Sie sehen Revision { $revision } des Atlas ({ $label }, { $date }); die aktuelle Revision ist { $current }.
revision-banner-current = Aktuelle Revision anzeigen.
diff-title = Änderungen
diff-from = Von Revision
diff-to = Bis Revision
diff-compare = Vergleichen
diff-heading = { $count ->
    [0] Keine Änderungen von Revision { $from } bis { $to }
    [one] Eine Änderung von Revision { $from } bis { $to }
   *[other] { $count } Änderungen von Revision { $from } bis { $to }
}
diff-none = Die beiden Revisionen sagen über dieses Land dasselbe.
diff-legend = + hinzugefügt · − entfernt oder stillgelegt · ~ geändert · · nur die Quelle geändert
diff-see-revision = Das Land im Stand von Revision { $revision }
about-revision-view = ansehen
actor-retired = Dieser Akteur wurde in Revision { $revision } stillgelegt: Der aktuelle Atlas führt ihn nicht mehr. Er wird so angezeigt, wie ihn Revision { $last } beschrieb, die letzte, die ihn enthielt.
country-changes = Änderungen seit 2013
about-revision-not-kept = Angaben nicht aufbewahrt (vor Beginn der Atlas-Historie)

# Befragte, Zuschreibung, mehrere Quellen, Lesarten, umstrittene Angaben (issue 6)
country-summary = Zusammenfassung
country-summary-lead = Die eigene Zusammenfassung des Berichts zu diesem Kapitel.
country-respondents-title = Wer den Fragebogen beantwortet hat
country-respondents-lead = Eine Zeile pro versandtem Fragebogen, wie das Kapitel es darstellt. Aussagen, die der Bericht einem Fragebogen zuschreibt, zeigen „Gesagt von“ mit ihrer Quelle.
country-respondents-computed = Aus den Befragten: { $invited } eingeladen, { $completed } ausgefüllt
country-respondents-none = Diese Revision führt für dieses Land keine Befragten.
country-recommendations = Empfehlungen
country-recommendations-lead = Was der Bericht empfiehlt, je eine Angabe, mit den Arten von Akteuren, an die sich die Empfehlung richtet.
country-no-recommendations = Der Bericht gibt in diesem Kapitel keine Empfehlung.
respondent-form-full = Vollständiger Fragebogen
respondent-form-alternative = Nur alternative Fragen
respondent-form-declined = Abgelehnt
respondent-form-no_reply = Keine Antwort
respondent-answered-for = Antwortete für
respondent-reason = Grund
respondent-footnotes = Im Bericht zitiert als
said-by = Gesagt von
also-stated = Auch angegeben in
reading-marker = unsere Lesart, nicht der Wortlaut des Berichts: { $fields }
contested = Umstritten
contested-title = Der Bericht ist hierzu mehrdeutig: siehe die Mehrdeutigkeiten
tie-direction-mutual = beidseitig
tie-direction-one_way = einseitig
tie-reported-by = Angegeben von { $name }
actor-group = Gruppe, keine einzelne Stelle
document-governs-capabilities = Gewährt oder regelt
document-governs-actors = Ermächtigt oder verpflichtet
document-governs-mechanisms = Regelt
recommendation-addresses = Richtet sich an
recommendation-addresses-all = Akteure allgemein
mechanisms-title = Mechanismen im Ländervergleich
mechanisms-lead = Jeder nationale Mechanismus, den der Bericht verzeichnet, Land für Land: wer ihn trägt, seit wann, sein Schwerpunkt und seine Quelle.
mechanisms-country = Land
mechanisms-none = keine verzeichnet
nav-mechanisms = Mechanismen
report-wide-title = Der Bericht über die Kapitel hinaus
report-wide-lead = Zusammenfassung, Einleitung und Methodik als belegte Befunde sowie die berichtsweiten Empfehlungen.
finding-part-executive_summary = Zusammenfassung
finding-part-introduction = Einleitung
finding-part-methodology = Methodik
finding-part-conclusions = Schlussfolgerungen
finding-part-findings = Befunde
finding-part-challenges = Herausforderungen und Einschränkungen
mechanisms-status = Status
mechanisms-name = Name
mechanisms-filter = Anzeigen
study-full-text = der vollständige Text
study-recommendations-lead = Jede Empfehlung des Berichts: zuerst die berichtsweiten, dann die der einzelnen Kapitel, mit den Ländern und Arten von Akteuren, an die sie sich richten. Über die API (/api/v1/recommendations) lassen sie sich nach Sektor filtern.
study-all-countries = Alle elf Länder
nav-study = Die Studie
mechanisms-kind = Mechanismus
search-governing = Gesetze und Dokumente, die dies gewähren oder regeln
nav-insight = Vergleich
insight-title = Die Länder im Vergleich
insight-lead = Was die Kapitel des Berichts sagen, nebeneinander und aus dem Atlas berechnet: Jede Zelle verweist auf ihre Angaben und deren Quellen; umstrittene Angaben sind gekennzeichnet.
insight-mechanisms = Mechanismen
insight-mechanisms-lead = Welche Länder eine nationale Koordinierungsstelle, eine Berichterstattungsstelle, ein MoU, ein Verweisungssystem … haben und worauf die Mechanismen ausgerichtet sind.
insight-mandates = Wer welche Zuständigkeit hat
insight-mandates-lead = Wie viele Akteure in jedem Land die jeweilige Zuständigkeit haben; folgen Sie einer Zahl zu den Akteuren und ihren Quellen.
insight-mandates-legend = Eine Zahl zählt die vorhandenen Zuständigkeiten; −N sind Zuständigkeiten, die ein Akteur laut Bericht nicht hat; § kennzeichnet ein Gesetz oder Dokument, das die Zuständigkeit verleiht.
insight-sectors = Welche Sektoren in einem Mechanismus vertreten sind
insight-sectors-lead = Ob die Akteure des jeweiligen Sektors in einem bestehenden Mechanismus (formell oder funktionales Äquivalent) vertreten sind, als Träger oder Mitglied: Der Bericht stellt fest, dass Akteure aus dem Arbeitsbereich außen vor bleiben.
insight-sectors-legend = ✓ mindestens einer ist in einem bestehenden Mechanismus vertreten; ✗ die Akteure des Sektors sind in keinem vertreten; – der Atlas verzeichnet keinen Akteur des Sektors.
insight-sector-none = kein Akteur dieses Sektors verzeichnet
insight-sector-seated = in einem Mechanismus vertreten
insight-sector-left-out = in keinem bestehenden Mechanismus
insight-limitations = Von Befragten gewählte Einschränkungen
insight-limitations-lead = Wie viele Befragte die jeweilige Einschränkung des Fragebogens gewählt haben, sofern der Bericht eine Zahl nennt.
insight-limitations-legend = Eine Zahl ist die größte Anzahl, die das Kapitel für die Kategorie nennt; · das Kapitel nennt sie ohne Zahl.
insight-limitation-stated = ohne Anzahl genannt
insight-partners = Die am häufigsten genannten Partner
insight-partners-lead = Akteure, geordnet danach, wie viele andere Akteure sie als Kooperationspartner nennen (Beziehungen, die ein anderer Akteur angegeben hat).
insight-named-by = { $count ->
    [one] von 1 Akteur genannt
   *[other] von { $count } Akteuren genannt
}
focus-short-sexual = sexuell
focus-short-labour = Arbeit
focus-short-all = alle
focus-short-unclear = ?
insight-focus-legend = unter dem Symbol der Schwerpunkt: sexuelle Ausbeutung oder Arbeitsausbeutung, alle Formen, ? unklar
gaps-title = Lücken
gaps-lead = Benannte Regeln, auf den Atlas angewandt, jeder Befund mit seinen Belegen (den Angaben und ihren Zitaten) und den einzubeziehenden Stellen. Auf die Daten von 2013 angewandt, reproduzieren sie die Schlussfolgerungen der Kapitel; die Regeln sind mit den Worten des Berichts aufgeführt, auf die sie sich stützen.
gaps-rules = die Regeln
gaps-rule = Regel
gaps-involve = Einbeziehen
gaps-evidence = { $count ->
    [one] Beleg: 1 Angabe
   *[other] Belege: { $count } Angaben
}
gaps-count = { $count ->
    [one] 1 Befund
   *[other] { $count } Befunde
}
gaps-none = Kein Befund für diese Auswahl.
gaps-severity-gap = Lücke
gaps-severity-gap-means = der Atlas verzeichnet das Fehlen oder den Mangel
gaps-severity-unrecorded = Nicht verzeichnet
gaps-severity-unrecorded-means = der Atlas verzeichnet nichts, was die Stelle füllt: eine Lücke oder das Schweigen des Berichts
gaps-severity-information = Hinweis
gaps-severity-information-means = keine Lücke: was die Daten am häufigsten zeigen
gaps-since-counts = { $closed } geschlossen, { $opened } neu.
gaps-closed = Geschlossen
gaps-opened = Neu
country-gaps = Lücken
country-network = Kooperationsnetzwerk
country-network-lead = Wer mit wem verbunden ist, wie die Befragten es beschrieben haben: Akteure nach Sektor eingefärbt und danach skaliert, wie oft sie zwischen zwei anderen liegen. Die Tabelle unten enthält dieselben Daten als Text.
country-network-files = Herunterladen: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Akteur
network-col-degree = Partner
network-col-betweenness = Zwischenzentralität
network-col-broker = Vermittler
network-density = { $nodes } Akteure mit Beziehungen, { $edges } verbundene Paare; Dichte { $density }; Beziehungen zwischen Staat und Zivilgesellschaft: { $gov_civil }
compare-with = Vergleichen mit Revision
compare-baseline = Ausgangslage 2013
compare-button = Vergleichen
compare-since = Was sich von Revision { $from } bis Revision { $to } geändert hat
compare-nothing = Nichts geändert.
compare-revision = Revision { $revision }
compare-not-in-revision = nicht in dieser Revision
compare-not-recorded = Nicht verzeichnet
insight-compare-count = { $count ->
    [one] Eine Zelle geändert.
   *[other] { $count } Zellen geändert.
}
insight-compare-table = Tabelle
insight-compare-row = Zeile
network-region-title = Kooperationsnetzwerk der Region
network-country-title = Kooperationsnetzwerk in { $country }
network-region-lead = Die Kooperationsbeziehungen aller Länder in einem Netzwerk, wie die Befragten sie beschrieben haben. Im Bericht überschreiten Beziehungen nie Grenzen, daher wird jedes Land in einem eigenen Feld gezeichnet: Akteure nach Sektor eingefärbt, danach skaliert, wie oft sie innerhalb ihres Landes zwischen zwei anderen liegen, die zentralsten beschriftet. Die Tabellen enthalten dieselben Daten als Text.
network-whole-region = die ganze Region
network-files = Herunterladen
network-alt = { $scope }: { $nodes } Akteure mit Beziehungen, { $edges } verbundene Paare; die Tabellen unten führen die zentralsten Akteure und die Kennzahlen jedes Landes auf
network-summary = { $nodes } Akteure mit Beziehungen ({ $untied } ohne), { $edges } verbundene Paare, { $components } Komponenten, { $communities } Gemeinschaften, { $brokers } Vermittler; Dichte { $density }; { $gov_civil } Beziehungen zwischen Staat und Zivilgesellschaft (Dichte { $gov_civil_density }).
network-by-country = Land für Land
network-by-country-lead = Dieselben Maße für das eigene Netzwerk jedes Landes: wie dicht es ist, wie gut Staat und Zivilgesellschaft verbunden sind, in wie viele Teile es zerfällt und wer es zusammenhält.
network-by-country-legend = Dichte: verbundene Paare unter allen möglichen Paaren. Staat–Zivilgesellschaft: Beziehungen zwischen einem staatlichen und einem nichtstaatlichen Akteur und ihr Anteil an allen solchen möglichen Paaren. Vermittler: Akteure, ohne die manche Akteure ihren einzigen Weg zu den anderen verlieren.
network-actors-tied = Akteure mit Beziehungen
network-col-untied = Ohne Beziehungen
network-col-ties = Verbundene Paare
network-col-density = Dichte
network-col-gov-civil = Beziehungen Staat–Zivilgesellschaft
network-col-gov-civil-density = Dichte Staat–Zivilgesellschaft
network-col-components = Komponenten
network-col-communities = Gemeinschaften
network-col-brokers = Vermittler
network-col-sector = Sektor
network-col-weighted = Beziehungen
network-col-closeness = Nähezentralität
network-central = Die zentralsten Akteure
network-central-lead = Nach Zwischenzentralität: der Anteil der kürzesten Wege zwischen anderen Akteuren desselben Landes, die über den Akteur verlaufen (im Netzwerk seines eigenen Landes, damit Akteure kleiner und großer Länder vergleichbar sind), dann nach Nähezentralität: wie nah der Akteur allen anderen ist, die er erreichen kann.
network-connected = Die am stärksten vernetzten Akteure
network-partners-ties = { $degree } Partner, { $ties } Beziehungen
network-communities = Gemeinschaften
network-communities-lead = Gruppen von Akteuren, die untereinander stärker verbunden sind als mit den anderen (Louvain, insgesamt { $count }), die größten zuerst, jeweils mit ihren am besten vernetzten Mitgliedern.
network-community-size = { $count ->
    [one] ein Akteur
   *[other] { $count } Akteure
}
network-compare-counts = { $ties_added ->
    [one] Ein verbundenes Paar hinzugekommen
   *[other] { $ties_added } verbundene Paare hinzugekommen
}, { $ties_removed } entfernt; { $actors_added ->
    [one] ein Akteur ist dem Netzwerk beigetreten
   *[other] { $actors_added } Akteure sind dem Netzwerk beigetreten
}, { $actors_removed ->
    [one] { $actors_removed } hat es verlassen.
   *[other] { $actors_removed } haben es verlassen.
}
network-ties-added = Hinzugekommene Beziehungen
network-ties-removed = Entfernte Beziehungen
network-ties-changed = Geänderte Beziehungen
network-tie-weight = { $from } Beziehungen ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Akteure, die dem Netzwerk beigetreten sind
network-actors-removed = Akteure, die das Netzwerk verlassen haben
network-centrality-changed = Akteure, deren Position sich geändert hat
country-network-compare = Dieses Netzwerk mit einer anderen Revision vergleichen
network-all-measures = Alle Maße
insight-charts = Diagramme
insight-charts-lead = Dieselben Daten als Grafik; jedes Diagramm enthält seine Zahlen als Text (Titel und Beschreibung) und in den Tabellen oben.
insight-chart-participation = Eingeladene und antwortende Befragte je Land (sofern das Kapitel eine Zahl nennt)
insight-chart-mechanisms = Mechanismen je Land, nach Status
insight-chart-limitations = Von den Kapiteln genannte Einschränkungen, je Land und Kategorie
country-network-alt = Kooperationsnetzwerk in { $country }: { $nodes } Akteure mit Beziehungen, { $edges } verbundene Paare; die Tabelle unten führt die zentralsten Akteure auf

## Erstellte Länderberichte (domain insight::national; PDF, Markdown und die Seite)
nr-title-country = { $country }: Akteure gegen Menschenhandel zur Arbeitsausbeutung
nr-title-region = Akteure gegen Menschenhandel zur Arbeitsausbeutung im Ostseeraum
nr-subtitle = Von OpenNRM erstellt aus Atlas-Revision { $revision } ({ $label }, { $date })
nr-preface = Dieser Bericht wird aus dem OpenNRM-Atlas erzeugt, der die Angaben aus „{ $report }“ und die seither vorgenommenen Änderungen enthält, jeweils mit Quelle. Er folgt dem Aufbau der Länderkapitel des Berichts; seine Schlussfolgerungen stammen aus der Lückenanalyse.
nr-preface-sources = Die kleinen hochgestellten Zahlen verweisen auf die Quellen am Ende: den Abschnitt des Berichts, seine Zeile und das wörtliche Zitat, auf dem eine Aussage beruht, sowie die befragte Stelle, die es gesagt hat, sofern die Fußnote des Berichts sie nennt. Eine Aussage ohne Zahl ist aus den daneben aufgeführten Angaben berechnet.
nr-contents = Inhalt
nr-sources = Quellen
nr-figure = Abbildung
nr-table = Tabelle
nr-page = Seite
nr-line = Zeile
nr-said-by = Fragebogen 2012:
nr-source-of = Quelle
nr-executive-summary = Zusammenfassung
nr-summary-region = Die Region
nr-summary-data = Im Atlas: { $actors } Akteure und { $ties } Kooperationsbeziehungen; { $mechanisms } von { $kinds } Arten von Mechanismen bestehen (formell oder als funktionales Äquivalent); die Lückenanalyse findet { $gaps ->
    [one] eine verzeichnete Lücke
   *[other] { $gaps } verzeichnete Lücken
} und { $unrecorded ->
    [one] einen Punkt
   *[other] { $unrecorded } Punkte
}, die der Bericht nicht festhält.
nr-part-findings = Befunde
nr-part-actors = Akteure und Zuständigkeiten
nr-part-cooperation = Zusammenarbeit
nr-part-policy = Politik und Gesetzgebung
nr-part-mechanisms = Mechanismen
nr-part-limitations = Herausforderungen und Einschränkungen
nr-part-conclusions = Schlussfolgerungen
nr-part-organisations = Relevante Behörden und Organisationen
nr-participation = Von { $invited } zur Teilnahme an der Studie eingeladenen Akteuren { $completed ->
    [one] hat { $completed } den Fragebogen ausgefüllt.
   *[other] haben { $completed } den Fragebogen ausgefüllt.
}
nr-participation-completed = { $completed ->
    [one] { $completed } Akteur hat den Fragebogen ausgefüllt.
   *[other] { $completed } Akteure haben den Fragebogen ausgefüllt.
}
nr-participation-invited = { $invited ->
    [one] { $invited } Akteur wurde zur Teilnahme an der Studie eingeladen.
   *[other] { $invited } Akteure wurden zur Teilnahme an der Studie eingeladen.
}
nr-respondents = Die im Atlas verzeichneten Befragten: { $invited } eingeladen, { $completed } ausgefüllt ({ $full } den vollständigen Fragebogen, { $alternative } die alternativen Fragen), { $declined } abgelehnt, { $noreply } ohne Antwort.
nr-ambiguities = Wo der Bericht unklar ist
nr-actors-summary = Der Atlas verzeichnet { $actors } Akteure und { $mandates } Zuständigkeiten, die sie haben; jeder Akteur ist unten mit seinen Zuständigkeiten aufgeführt.
nr-governmental = Staatlich
nr-non-governmental = Nichtstaatlich
nr-part-of = Teil von { $parent }
nr-mandate-denied = Nicht: { $capability }
nr-labour-mandate-yes = umfasst Menschenhandel zur Arbeitsausbeutung
nr-labour-mandate-no = umfasst keinen Menschenhandel zur Arbeitsausbeutung
nr-no-ties = Der Bericht beschreibt keine Zusammenarbeit zwischen den Akteuren.
nr-network-summary = Der Bericht beschreibt { $ties } Kooperationsbeziehungen zwischen { $pairs } Akteurspaaren; { $actors } Akteure haben eine Beziehung, { $untied } keine. Dichte des Netzwerks: { $density }.
nr-gov-civil = Zwischen Staat und Zivilgesellschaft: { $ties } verbundene Paare, eine Dichte von { $density } der über diese Trennlinie möglichen Paare.
nr-gov-civil-none = Das Netzwerk hat keine Beziehung über die Trennlinie zwischen Staat und Zivilgesellschaft hinweg, oder eine Seite hat keinen Akteur mit einer Beziehung.
nr-brokers = Vermittler (ohne sie verlieren manche Akteure ihren einzigen Weg zu anderen): { $names }.
nr-network-title = Kooperationsnetzwerk in { $country }
nr-network-caption = Kooperationsnetzwerk in { $country }: Akteure nach Sektor eingefärbt und nach Zwischenzentralität skaliert; Pfeile kennzeichnen einseitige Beziehungen.
nr-network-alt = Eine Netzwerkgrafik mit { $actors } Akteuren und { $pairs } verbundenen Paaren in { $components } zusammenhängenden Teilen; die Tabellen dieses Abschnitts enthalten dieselben Daten als Text.
nr-central-caption = Die Akteure, die die anderen am stärksten verbinden (Zwischenzentralität)
nr-ties-caption = Kooperationsbeziehungen, wie der Bericht sie beschreibt
nr-col-actor = Akteur
nr-col-sector = Sektor
nr-col-partners = Partner
nr-col-betweenness = Zwischenzentralität
nr-col-from = Von
nr-col-to = An
nr-col-kind = Art
nr-col-direction = Richtung
nr-col-mechanism = Mechanismus
nr-col-status = Status
nr-col-name = Bezeichnung im Bericht
nr-col-focus = Schwerpunkt
nr-col-holder = Getragen von
nr-col-category = Einschränkung
nr-col-respondents = Befragte
nr-col-statement = Aussage des Berichts
nr-col-capability = Zuständigkeit
nr-col-rule = Lückenregel
nr-no-documents = Das Kapitel nennt keine Politik oder Gesetzgebung.
nr-mechanisms-intro = Jede Art von Mechanismus, nach der der Bericht fragt, mit dem, was das Kapitel verzeichnet; eine Art, die es nicht erwähnt, ist als „nicht verzeichnet“ gekennzeichnet.
nr-mechanisms-caption = Mechanismen in { $country }
nr-state-formal = formell
nr-state-functional_equivalent = funktionales Äquivalent
nr-state-expired = abgelaufen
nr-state-absent = nicht vorhanden
nr-state-not_recorded = nicht verzeichnet
nr-no-limitations = Das Kapitel nennt keine Herausforderungen oder Einschränkungen.
nr-limitations-caption = Herausforderungen und Einschränkungen in { $country }, nach Kategorie
nr-limitations-alt = Ein Balkendiagramm der Einschränkungen, die das Kapitel zu { $country } nennt, je Kategorie; die Tabelle unten enthält dieselben Daten.
nr-limitations-alt-counted = Ein Balkendiagramm, wie viele Befragte in { $country } die jeweilige Einschränkung gewählt haben; die Tabelle unten enthält dieselben Daten.
nr-limitations-table = Vom Kapitel genannte Einschränkungen
nr-gap-heading = Was die Lückenanalyse findet
nr-gap-intro = Jeder Befund stammt aus einer benannten Regel, die auf den Atlas angewandt wird (siehe die Seiten der Lückenanalyse); seine Quellen sind die Angaben, auf denen er beruht. „Nicht verzeichnet“ kennzeichnet, wozu der Bericht weder das eine noch das andere sagt.
nr-involve = einbeziehen: { $names }
nr-recommendations = Die Empfehlungen des Berichts
nr-organisations-participated = Eingeladene Akteure, die an der Studie teilgenommen haben
nr-organisations-invited_not_participated = Weitere eingeladene Akteure
nr-organisations-mentioned = Weitere von Befragten erwähnte Akteure
nr-comparison = Regionaler Vergleich
nr-comparison-intro = Die elf Länder nebeneinander, berechnet aus den Angaben der einzelnen Kapitel. Zeichen: { $legend }.
nr-comparison-mechanisms = Mechanismen nach Land
nr-chart-mechanisms-caption = Mechanismen je Land, nach Status
nr-chart-mechanisms-alt = Ein Balkendiagramm, wie viele Arten von Mechanismen jedes Land hat, nach Status; die Tabelle oben enthält dieselben Daten.
nr-comparison-mandates-title = Zuständigkeiten
nr-comparison-mandates-intro = Wie viele Akteure in jedem Land die jeweilige Zuständigkeit haben; ✗ wo der Bericht sagt, dass der einzige genannte Akteur sie nicht hat, leer, wo er keinen nennt.
nr-comparison-mandates = Akteure mit der jeweiligen Zuständigkeit, nach Land
nr-comparison-sectors-title = Akteure in Mechanismen
nr-comparison-sectors-intro = Welche Arten von Akteuren in einem bestehenden Mechanismus vertreten sind: ✓ mindestens einer, ○ das Land hat solche Akteure, aber keiner ist vertreten, leer, wo der Atlas keine verzeichnet.
nr-comparison-sectors = Arten von Akteuren in einem bestehenden Mechanismus, nach Land
nr-comparison-limitations-intro = Herausforderungen und Einschränkungen nach Kategorie: die Zahl der Befragten, die sie gewählt haben, sofern das Kapitel eine nennt, • wo das Kapitel sie ohne Zahl nennt.
nr-comparison-limitations = Einschränkungen nach Land
nr-chart-limitations-caption = Von den Kapiteln genannte Einschränkungen, je Land und Kategorie
nr-chart-limitations-alt = Ein Balkendiagramm der Einschränkungen, die jedes Kapitel nennt, je Kategorie; die Tabelle oben enthält die Zahlen.
nr-chart-participation-caption = Eingeladene und antwortende Befragte je Land
nr-chart-participation-alt = Ein Balkendiagramm, wie viele Akteure in jedem Land eingeladen wurden und wie viele den Fragebogen ausgefüllt haben, sofern das Kapitel eine Zahl nennt.
nr-comparison-gaps-title = Lücken in der Region
nr-comparison-gaps-intro = Jede Regel der Lückenanalyse in jedem Land: ● eine verzeichnete Lücke, ○ weder so noch so verzeichnet, i ein Hinweis (keine Lücke), leer, wo die Regel nichts findet.
nr-comparison-gaps = Lückenbefunde nach Regel und Land
nr-download = Herunterladen:
nr-link = Erstellter Bericht
nr-link-lead = Das Kapitel dieses Landes, aus dem Atlas neu aufgebaut — Befunde, Akteure und Zuständigkeiten, Zusammenarbeit, Mechanismen, Einschränkungen, Schlussfolgerungen aus der Lückenanalyse —, jede Aussage bis zu ihrer Quelle belegt.
nr-read = Bericht lesen
insight-report = Erstellter Bericht für die Region
insight-report-lead = Die gesamte Studie, aus dem Atlas neu aufgebaut: die Zusammenfassung, das Kapitel jedes Landes und der regionale Vergleich, jede Aussage bis zu ihrer Quelle belegt.

## Verweisung (Fälle, Einwilligung, Verweisungswege)
nav-cases = Fälle
cases-title = Fälle und Verweisungen
cases-lead = Fälle, die Ihre Organisation eröffnet hat, und die an sie gerichteten Verweisungen. Personenbezogene Daten sind verschlüsselt und werden nur denen angezeigt, die sie benötigen; jeder Zugriff darauf wird protokolliert.
cases-open = Fall eröffnen
cases-screen-first = oder zuerst eine Situation einschätzen
cases-inbox = Verweisungen an Ihre Organisation
cases-country-referrals = Verweisungen in Ihrem Land
cases-inbox-empty = Keine Verweisungen.
cases-mine = Von Ihrer Organisation eröffnete Fälle
cases-none = Noch keine Fälle.
case-reference = Fall
case-action = Maßnahme
case-from = Von
case-to = An
case-state = Status
case-sent = Gesendet
case-deadline = Fällig
case-exploitation = Form der Ausbeutung
case-persons = Personen
case-anonymised = Anonymisiert am { $date }: Die Aufbewahrungsfrist war abgelaufen, daher wurden Namen, Geburtsdaten, Staatsangehörigkeiten, Kontaktdaten, Notizen und Nachrichten vernichtet. Was für die Statistik gezählt wird, bleibt erhalten.
case-level = Ergebnis der Ersteinschätzung
case-opened = Eröffnet
case-updated = Letzte Änderung
case-new-title = Fall eröffnen
case-new-lead = Erfassen Sie die Situation und die betroffenen Personen. Erfassen Sie eine Person einzeln, wenn ihr Weg abweicht (eine minderjährige Person unter Erwachsenen); eine Gruppe von Personen mit demselben Weg kann eine Zeile ohne Namen sein.
case-new-from-screening = Die von Ihnen durchgeführte Ersteinschätzung ist diesem Fall beigefügt: { $level }.
case-situation = Situation
case-work-sector = Beschäftigungsbranche
case-region = Region
case-persons-help = Lassen Sie den Aufenthaltsstatus einer Person auf „keine Person“, um die Zeile zu überspringen. Personenbezogene Felder sind optional: Erfassen Sie nur, was die Verweisung erfordert.
case-person-n = Person { $n }
case-no-person = keine Person
case-residence = Aufenthaltsstatus
case-age = Altersgruppe
case-count = Anzahl der Personen mit diesem Weg
case-gender = Geschlecht
case-nationality-group = Staatsangehörigkeitsgruppe (für die Statistik gespeichert)
case-name = Name oder Alias
case-birth-date = Geburtsdatum
case-nationality = Staatsangehörigkeit
case-contact = Kontakt
case-encrypted = Namen, Geburtsdaten, Staatsangehörigkeiten, Kontaktdaten, Notizen und Nachrichten werden Feld für Feld verschlüsselt, bevor sie gespeichert werden.
case-title = Fall { $reference }
view-owner = Ihre Organisation hat diesen Fall identifiziert: Sie sehen ihn vollständig.
view-receiver = Dieser Fall wurde an Ihre Organisation verwiesen: Sie sehen die Situation und nur das, was Ihre Maßnahme erfordert.
view-oversight = Ansicht der nationalen Koordinierungsstelle: der Fall und seine Verweisungen, ohne personenbezogene Daten.
case-identified-by = Identifiziert von
case-not-screened = nicht eingeschätzt
case-group-of = eine Gruppe von { $count }
case-withheld = Ihrer Organisation nicht angezeigt: { $fields }.
case-consent = Einwilligung
case-no-consent = Noch keine Einwilligung erfasst. Eine Person, die alles ablehnt, kann dennoch anonym gezählt werden.
case-person = Person
case-purpose = Erforderliche Einwilligung
case-method = Art der Erteilung
case-recorded = Erfasst
case-withdrawn = Widerrufen
case-withdraw = Widerrufen
case-share-with = Organisation (nur für Datenweitergabe)
case-record-consent = Einwilligung erfassen
case-proposals = Vorgeschlagene Verweisungen
case-proposals-lead = Was der Verweisungsweg des Landes für jede Person vorsieht, mit Begründung und dem Wortlaut des Berichts. Markieren Sie die zu sendenden.
case-see-pathway = Den ganzen Verweisungsweg ansehen.
case-no-proposals = Der Verweisungsweg sieht für diese Situation keine Verweisung vor.
case-undefined-route = Der Bericht lässt diesen Weg offen; stattdessen wird die Koordinierungsstelle angeboten.
case-because = Begründung:
case-consent-on-record = Einwilligung liegt vor: { $purpose }.
case-consent-missing = Fehlende Einwilligung: { $purpose }. Erfassen Sie sie vor dem Senden.
case-message = Nachricht an die empfangenden Organisationen (optional)
case-send = Markierte Verweisungen senden
case-referrals = Verweisungen
case-no-referrals = Noch keine Verweisung gesendet.
case-until = bis { $date }
case-until-label = Ende der Bedenk- und Stabilisierungsfrist (falls gewährt)
case-reason = Grund
case-outcome = Ergebnis
case-notes = Notizen
case-add-note = Notiz hinzufügen
case-seen-by = Wer personenbezogene Daten gesehen hat
case-when = Wann
case-who = Wer
case-what = Was
pathway-title = Verweisungsweg: { $country }
pathway-lead = An wen verweise ich? Die Wege, die der Bericht von 2013 beschreibt, jeweils mit Quelle. Wo der Bericht einen Weg offenlässt, sagt der Verweisungsweg dies und bietet die Koordinierungsstelle an.
pathway-coordinator-formal = Nationale Koordinierungsstelle:
pathway-coordinator-closest = Keine nationale Koordinierungsstelle; die Stelle, die nach dem Bericht dieser Rolle am nächsten kommt:
pathway-undefined-count = { $count ->
    [one] Der Bericht lässt einen Weg offen.
   *[other] Der Bericht lässt { $count } Wege offen.
}
pathway-rules = Die Wege und ihre Quellen
pathway-when = Wann
pathway-source = Quelle
pathway-undefined = im Bericht nicht festgelegt
pathway-any-case = jeder Fall
pathway-from-level = Ergebnis der Ersteinschätzung mindestens { $level }
pathway-from-sector = verwiesen durch { $sectors }
pathway-no-consent = Auf diesem Weg ist keine Einwilligung erforderlich.
pathway-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
pathway-link = Verweisungsweg: An wen verweise ich?
residence-legal_resident = rechtmäßig aufhältig
residence-eu_citizen = Unionsbürger/in
residence-irregular_migrant = irregulär aufhältig
residence-asylum_seeker = asylsuchend
age-adult = erwachsen
age-minor = minderjährig
age-unknown = Alter unbekannt
gender-female = weiblich
gender-male = männlich
gender-other = divers
gender-unknown = unbekannt
nationality_group-national = Staatsangehörigkeit dieses Landes
nationality_group-eu_eea = EU-/EWR-Staatsangehörigkeit
nationality_group-third_country = Drittstaatsangehörigkeit
nationality_group-unknown = unbekannt
exploitation-labour_exploitation = Arbeitsausbeutung
exploitation-forced_labour = Zwangsarbeit
exploitation-forced_begging = Zwangsbettelei
exploitation-forced_criminality = Ausnutzung strafbarer Handlungen
exploitation-domestic_servitude = Ausbeutung in Privathaushalten
exploitation-sexual_exploitation = Sexuelle Ausbeutung
exploitation-other = Sonstige
work-agriculture = Landwirtschaft
work-construction = Baugewerbe
work-manufacturing = Verarbeitendes Gewerbe
work-hospitality = Gastronomie und Hotellerie
work-cleaning = Reinigung
work-domestic_work = Arbeit in Privathaushalten
work-fishing = Fischerei
work-forestry = Forstwirtschaft und Beerenernte
work-transport = Transport
work-care = Pflege
work-other = Sonstige
action-investigate = Strafrechtliche Ermittlung
action-inspect = Kontrolle durch die Arbeitsaufsicht
action-determine_victim_status = Opferstatus
action-grant_reflection_period = Bedenk- und Stabilisierungsfrist
action-decide_residence_permit = Aufenthaltstitel
action-provide_assistance = Unterstützung
action-child_protection = Kinderschutz
action-repatriation = Rückkehr ins Herkunftsland
purpose-referral_assistance = Verweisung an das Hilfesystem
purpose-police_contact = Kontakt mit der Polizei
purpose-share_with_organisation = Datenweitergabe an eine benannte Organisation
purpose-support_services = Unterstützungsangebote
purpose-statistics = Verwendung in der Statistik
method-signed_form = unterschriebenes Formular
method-oral_with_witness = mündlich, vor Zeugen
method-via_interpreter = mit Dolmetschung
field-name = Name
field-birth_date = Geburtsdatum
field-nationality = Staatsangehörigkeit
field-contact = Kontakt
field-notes = Notizen
field-messages = Nachrichten
state-sent = gesendet
state-acknowledged = Eingang bestätigt
state-accepted = angenommen
state-declined = abgelehnt
state-decided = entschieden
state-closed = abgeschlossen
step-send = Gesendet
step-acknowledge = Eingang bestätigen
step-accept = Annehmen
step-decline = Ablehnen
step-decide = Ergebnis erfassen
step-close = Abschließen
step-consent_withdrawn = Einwilligung widerrufen
outcome-presumed_victim = mutmaßliches Opfer
outcome-confirmed_victim = bestätigtes Opfer
outcome-not_a_victim = kein Opfer
outcome-reflection_period_granted = Bedenk- und Stabilisierungsfrist gewährt
outcome-residence_permit_granted = Aufenthaltstitel erteilt
outcome-residence_permit_refused = Aufenthaltstitel abgelehnt
outcome-assistance_started = Unterstützung begonnen
outcome-investigation_opened = Ermittlungsverfahren eingeleitet
outcome-child_protection_started = Kinderschutzmaßnahmen eingeleitet
outcome-inspection_carried_out = Kontrolle durchgeführt
cases-open-from-screening = Fall mit dieser Ersteinschätzung eröffnen
pathway-open = Sehen, wer laut Bericht einen Fall wofür erhält
statistics-title = Statistik
statistics-lead = Anonymisierte Zahlen aus den in OpenNRM erfassten Fällen, nach Land. Kein Datensatz wird je angezeigt: Jede Zahl unter { $k } (außer null) wird unterdrückt, ebenso jede Zahl, aus der sich eine solche errechnen ließe.
statistics-measures = Was gezählt wird
statistics-downloads = Herunterladen:
statistics-htcds = im Format des Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = „–“ kennzeichnet eine unterdrückte Zahl (unter { $k } oder eine, die eine solche verraten würde). Nullen werden angezeigt.
statistics-total = Gesamt
statistics-all-countries = alle Länder
statistics-measure-persons = Identifizierte Personen
statistics-measure-cases = Fälle
statistics-measure-referrals = Verweisungen
statistics-measure-decisions = Entscheidungen
statistics-axis-persons = Personen
statistics-axis-cases = Fälle
statistics-axis-referrals = Verweisungen
statistics-axis-decisions = Entscheidungen
statistics-dimension-year = Nach Jahr
statistics-dimension-work_sector = Nach Beschäftigungsbranche
statistics-dimension-exploitation = Nach Form der Ausbeutung
statistics-dimension-age_group = Nach Altersgruppe
statistics-dimension-gender = Nach Geschlecht
statistics-dimension-nationality_group = Nach Staatsangehörigkeitsgruppe
statistics-dimension-residence = Nach Aufenthaltsstatus
statistics-dimension-referring_sector = Nach Sektor der identifizierenden Organisation
statistics-dimension-days_to_referral = Tage von der Identifizierung bis zur ersten Verweisung
statistics-dimension-days_to_decision = Tage von der Identifizierung bis zur ersten Entscheidung
statistics-dimension-screening_level = Nach Ergebnis der Ersteinschätzung
statistics-dimension-action = Nach angefragter Maßnahme
statistics-dimension-state = Nach aktuellem Stand der Verweisung
statistics-dimension-outcome = Nach Entscheidung
statistics-not_recorded = nicht erfasst
statistics-not_screened = nicht eingeschätzt
days-not_referred = noch nicht verwiesen
days-no_decision = noch keine Entscheidung
days-same_day = am selben Tag
days-1_to_7_days = 1–7 Tage
days-8_to_30_days = 8–30 Tage
days-31_to_90_days = 31–90 Tage
days-over_90_days = mehr als 90 Tage
nav-statistics = Statistik
jobs-title = Hintergrundjobs
jobs-lead = Fristen, Eskalationen und E-Mails, ausgeführt von dem Serverknoten, der sie zuerst übernimmt. Ein fehlgeschlagener Job wird mit wachsenden Pausen erneut versucht, bis seine Versuche aufgebraucht sind; dann bleibt er hier als fehlgeschlagen stehen, bis Sie ihn erneut einreihen.
jobs-none = Noch keine Jobs.
jobs-kind = Job
jobs-state = Status
jobs-attempts = Versuche
jobs-due = Fällig
jobs-error = Letzter Fehler
jobs-updated = Letzte Änderung
jobs-retry = Erneut einreihen
job-escalation_sweep = Verweisungen mit überschrittener Frist für die Eingangsbestätigung suchen
job-apply_retention = Abgeschlossene Fälle nach Ablauf der Aufbewahrungsfrist anonymisieren
job-send_email = E-Mail senden
job-state-queued = eingereiht
job-state-running = läuft
job-state-done = erledigt
job-state-failed = fehlgeschlagen
notifications-title = Benachrichtigungen
notification-referral_unacknowledged = Der Eingang einer Verweisung wurde nicht rechtzeitig bestätigt
notifications-open = Fall öffnen
case-plan = Hilfeplan
case-plan-empty = Noch keine Unterstützungsaufgabe.
case-plan-help = Vergeben Sie eine Aufgabe an einen Unterstützungsdienst, dessen Zuständigkeit im Atlas sie abdeckt. Die Person muss in Unterstützungsangebote eingewilligt haben; der Dienst sieht nur, was die Aufgabe erfordert (eine Schutzunterkunft: Name und Kontakt).
case-assistance = Unterstützung
case-provider = Anbieter
case-assign = Aufgabe vergeben
tasks-title = Unterstützungsaufgaben
tasks-lead = Die Ihrer Organisation übertragenen Aufgaben, jeweils nur mit dem, was sie von der Person erfordern. Der Fall selbst bleibt bei der Organisation, die die Aufgabe vergeben hat.
tasks-none = Ihrer Organisation wurde keine Aufgabe übertragen.
tasks-from = Vergeben von { $organisation }
assistance-accommodation = Unterkunft
assistance-legal_aid = Rechtsberatung
assistance-health_care = Gesundheitsversorgung
assistance-psychological_support = Psychologische Unterstützung
assistance-interpreter = Dolmetschen
assistance-subsistence = Lebensunterhalt
assistance-reflection_period_support = Unterstützung während der Bedenk- und Stabilisierungsfrist
assistance-residence_permit_support = Unterstützung beim Aufenthaltstitel
assistance-repatriation = Rückkehr ins Herkunftsland
assistance-return_and_reintegration = Rückkehr und Reintegration
task-state-assigned = zugewiesen
task-state-in_progress = in Bearbeitung
task-state-completed = abgeschlossen
task-state-declined = abgelehnt
task-step-start = Beginnen
task-step-complete = Als abgeschlossen markieren
task-step-decline = Ablehnen
nav-tasks = Aufgaben
nav-jobs = Jobs
notification-referral_overdue = Eine Verweisung an Ihre Organisation wartet über ihre Frist hinaus: Bitte bestätigen Sie den Eingang
nav-inspections = Kontrollen
inspections-title = Gemeinsame Kontrollen
inspections-lead = Betriebskontrollen durch mehrere Behörden gemeinsam, jede auf ihrer eigenen Rechtsgrundlage. In Dänemark „Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated“; der Bericht empfiehlt sie als einen Weg, die Bemühungen zu koordinieren und die Arbeit der anderen zu verstehen.
inspections-none = Ihre Organisation nimmt noch an keiner gemeinsamen Kontrolle teil.
inspection-title = Gemeinsame Kontrolle
inspection-reference = Aktenzeichen
inspection-date = Datum
inspection-agencies = Beteiligte Behörden
inspection-agency = Behörde
inspection-state = Status
inspection-state-planned = geplant
inspection-state-closed = durchgeführt und abgeschlossen
inspection-planned-by = geplant von { $organisation }
inspection-planned-by-label = Geplant von
inspection-plan = Gemeinsame Kontrolle planen
inspection-plan-help = Markieren Sie mindestens zwei Behörden Ihres Landes und geben Sie jeweils die Rechtsgrundlage an, auf der sie kontrollieren (die Steuerverwaltung zur Besteuerung, die Arbeitsschutzbehörde zur Sicherheit, die Polizei zu Straftaten). Nur die markierten Behörden sehen die Kontrolle.
inspection-when-where = Wann und wo
inspection-takes-part = Nimmt teil
inspection-legal-basis = Rechtsgrundlage
inspection-plan-submit = Kontrolle planen
inspection-findings = Feststellungen
inspection-no-findings = Noch keine Behörde hat Feststellungen erfasst.
inspection-workers = { $met ->
    [one] eine beschäftigte Person angetroffen
   *[other] { $met } Beschäftigte angetroffen
}
inspection-screened = { $screened ->
    [one] eine eingeschätzt
   *[other] { $screened } eingeschätzt
}
inspection-record-finding = Feststellungen Ihrer Behörde
inspection-workers-met = Angetroffene Beschäftigte
inspection-workers-screened = Mit den Indikatoren eingeschätzte Beschäftigte
inspection-note = Was Sie festgestellt haben (nur für die beteiligten Behörden sichtbar; verschlüsselt)
inspection-record = Feststellungen erfassen
inspection-cases = Aus dieser Kontrolle eröffnete Fälle
inspection-no-cases = Aus dieser Kontrolle wurde kein Fall eröffnet.
inspection-open-case = Fall aus dieser Kontrolle eröffnen
inspection-screen = Beschäftigte Person einschätzen
inspection-in-atlas = Der Atlas verzeichnet die Zusammenarbeit bei dieser Kontrolle in Revision { $revision }.
inspection-see-diff = Änderungen ansehen
inspection-close-help = Schließen Sie die Kontrolle ab, sobald sie durchgeführt wurde: Der Atlas verzeichnet dann eine Beziehung „gemeinsame Kontrolle“ zwischen jedem Paar der beteiligten Behörden, mit dieser Kontrolle als Quelle.
inspection-close = Kontrolle abschließen
case-from-inspection = Dieser Fall wird aus der gemeinsamen Kontrolle { $reference } eröffnet.
case-inspection = Gemeinsame Kontrolle
notification-decision_overdue = Eine Verweisung an Ihre Organisation hat ihre Entscheidungsfrist überschritten: Bitte erfassen Sie die Entscheidung
notification-decision_escalated = Die Entscheidung über eine Verweisung ist überfällig
notification-reflection_period_ending = Eine Bedenk- und Stabilisierungsfrist endet innerhalb einer Woche: Planen Sie die nächsten Schritte
screening-for-inspection = Diese Ersteinschätzung erfolgt im Rahmen der gemeinsamen Kontrolle { $reference }; ein aus ihrem Ergebnis eröffneter Fall wird aus der Kontrolle eröffnet.

## Befragung (issue 11)
study-survey-link = Die Befragung, Welle für Welle
survey-title = Befragung
survey-lead = Die Karte wird so aktuell gehalten, wie die Studie von 2013 sie erstellt hat: ein Fragebogen an die Akteure jedes Landes, ein kurzes alternatives Formular für Akteure ohne Zuständigkeit und Benennungen — eine befragte Stelle führt zur nächsten. Welle 0 ist die Studie von 2012, aus dem Atlas gelesen; die Zahlen, die der Bericht nennt, stehen daneben.
survey-start = Eine Welle in { $country } starten
survey-wave-label = Name der Welle
survey-wave-label-example = z. B. Aktualisierung 2027
survey-days-open = Gültigkeit der Einladungslinks (Tage)
survey-start-submit = Welle starten
survey-waves = Wellen
survey-country = Land
survey-wave = Welle
survey-invited = Eingeladen
survey-completed = Ausgefüllt
survey-short-form = Kurzformular
survey-declined = Abgelehnt
survey-no-reply = Keine Antwort
survey-started = Begonnen
survey-proposed = Vorgeschlagen
survey-report-states = Was der Bericht angibt
survey-questionnaire = Fragebogen
survey-closes = Links gültig bis
survey-closed = geschlossen
survey-snowball-depth = Längste Kette von Benennungen
survey-by-sector = Nach Sektor
survey-sector = Sektor
survey-invitees = Eingeladene
survey-export-csv = Eingeladene als CSV
survey-export-graphml = Rekrutierungsbaum als GraphML
survey-organisation = Organisation
survey-contact = Kontaktperson
survey-email = E-Mail
survey-state = Status
survey-nominated-by = Benannt von
survey-link = Link
survey-state-proposed = vorgeschlagen
survey-state-invited = eingeladen
survey-state-started = begonnen
survey-state-completed = ausgefüllt
survey-state-declined = abgelehnt
survey-form-full = Fragebogen
survey-form-alternative = Kurzformular
survey-new-link = Neuer Link
survey-issue-links = Links für die vorgeschlagenen Eingeladenen ausstellen
survey-add-invitee = Eingeladene Stelle hinzufügen
survey-atlas-actor = Akteur des Atlas
survey-new-organisation-option = (eine andere Organisation, unten benannt)
survey-new-organisation = Andere Organisation
survey-add-submit = Hinzufügen
survey-tree = Rekrutierungsbaum
survey-tree-caption = Jedes Kästchen ist eine eingeladene Stelle (#Position, Organisation, Status); eine Linie führt von einer befragten Stelle zu den Kontakten, die sie benannt hat. Die Tabelle der Eingeladenen oben enthält dasselbe.
survey-links-title = Einladungslinks
survey-links-lead = Jeder Link wird nur dieses eine Mal angezeigt: Drucken Sie diese Seite oder senden Sie jeden Link jetzt an die eingeladene Stelle. Gespeichert wird nur ein Fingerabdruck jedes Links, daher kann ein verlorener Link nicht erneut angezeigt werden — stellen Sie stattdessen einen neuen aus.
survey-links-none = Keine eingeladene Stelle wartete auf einen Link.
survey-back-to-wave = Zurück zur Welle
survey-respond-title = Fragebogen zu Menschenhandel zur Arbeitsausbeutung
survey-respond-lead = Sie antworten für { $organisation } ({ $country }). Ihre Antworten sieht nur die nationale Koordinierungsstelle, und sie gehen erst nach Prüfung in den Atlas ein.
survey-respond-closes = Dieser Link funktioniert bis { $date }.
survey-saved = Ihre Antworten sind gespeichert. Sie können mit demselben Link zurückkehren, bis Sie sie absenden.
survey-comment-on = Kommentar zu { $choice }
survey-your-answer = Ihre Antwort
survey-more = Ergänzungen
survey-save = Speichern und später fortfahren
survey-submit = Antworten absenden
survey-short-help = Fehlen Ihnen die Erfahrung, die Zuständigkeit oder das Wissen, um diese Fragen zu beantworten? Einige kurze alternative Fragen fragen stattdessen nach Ihrer Arbeit.
survey-full-help = Haben Sie die Erfahrung, um den vollständigen Fragebogen zu beantworten? Sie können zurückwechseln.
survey-switch-short = Stattdessen die kurzen Fragen beantworten
survey-switch-full = Stattdessen den vollständigen Fragebogen beantworten
survey-decline = Teilnahme ablehnen
survey-nominate = Wen sollten wir noch fragen?
survey-nominate-help = Nennen Sie eine Person, deren Organisation zu Menschenhandel zur Arbeitsausbeutung arbeitet oder arbeiten könnte: Die Koordinierungsstelle entscheidet, ob sie eingeladen wird.
survey-nominee-name = Name der Person
survey-why = Warum sie relevant ist
survey-nominate-submit = Benennen
survey-done-title = Vielen Dank
survey-done-thanks = Ihre Antworten sind abgesendet. Dieser Link öffnet den Fragebogen nicht mehr.
survey-declined-thanks = Sie haben die Teilnahme abgelehnt. Dieser Link öffnet den Fragebogen nicht mehr.
survey-review = Prüfung: von den Antworten zum Atlas
survey-review-help = Ausgefüllte Antworten schlagen Änderungen am Atlas vor: Eine befragte Stelle, die für einen Akteur des Atlas antwortet, schlägt Beziehungen zu den genannten Partnern und die angekreuzten Zuständigkeiten vor; jede befragte Stelle schlägt die Mechanismen vor, die es ihrer Angabe nach gibt. Antworten zur selben Angabe werden zusammen angezeigt, zusammen mit denen, die dieselbe Frage beantwortet haben, ohne sie zu nennen. Nehmen Sie einen Vorschlag an (eine andere als die vorgeschlagene Art der Zusammenarbeit oder Einstufung wird als Bearbeitung erfasst) oder lehnen Sie ihn ab; ein angenommener Vorschlag geht als neue Revision in den Atlas ein und verweist neben den Zitaten des Berichts auf die Antwort.
survey-see-diff = Was sich seit 2013 geändert hat
survey-no-proposals = Noch keine ausgefüllte Antwort schlägt eine Änderung vor.
survey-fact-tie = Zusammenarbeit
survey-fact-mandate = Zuständigkeit
survey-fact-mechanism = Mechanismus
survey-conflicting = Antworten weichen ab
survey-named-by = { $count ->
    [one] von einer befragten Stelle genannt
   *[other] von { $count } befragten Stellen genannt
}
survey-answered-without = { $count ->
    [one] eine befragte Stelle hat geantwortet, ohne es zu nennen
   *[other] { $count } befragte Stellen haben geantwortet, ohne es zu nennen
}
survey-not-in-atlas = nicht verzeichnet
survey-mandate-held = vorhanden
survey-mandate-denied = als fehlend angegeben
survey-grade = Einstufung
survey-limitations-help = { $count ->
    [one] Gezählt über die eine befragte Stelle, die den vollständigen Fragebogen ausgefüllt hat. Wird eine Zahl angenommen, geht sie als Einschränkung mit Verweis auf diese Welle in den Atlas ein; die Zahlen des Berichts bleiben unverändert.
   *[other] Gezählt über die { $count } befragten Stellen, die den vollständigen Fragebogen ausgefüllt haben. Wird eine Zahl angenommen, geht sie als Einschränkung mit Verweis auf diese Welle in den Atlas ein; die Zahlen des Berichts bleiben unverändert.
}
survey-reminders = Erinnerungen
survey-send-reminders = Alle erinnern, die noch nicht geantwortet haben
survey-reminders-help = Alle erhalten einen neuen Link (der frühere funktioniert dann nicht mehr); was sie gespeichert haben, bleibt erhalten.
survey-in-atlas = Bereits im Atlas
survey-decision = Entscheidung
survey-decision-accepted = angenommen
survey-decision-edited = mit anderer Art angenommen
survey-decision-rejected = abgelehnt
survey-in-revision = Revision { $revision }
survey-kind = Art
survey-accept = Annehmen
survey-reject = Ablehnen
survey-limitations = Faktoren, die die Arbeit einschränken
survey-limitation = Einschränkung
survey-respondents-naming = Befragte, die sie nennen
survey-emailed = Per E-Mail
survey-emailed-yes = gesendet

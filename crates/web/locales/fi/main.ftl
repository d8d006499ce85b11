# Machine-drafted translation, not yet reviewed by a national reviewer.
# OpenNRM-käyttöliittymä, suomi. Avaimet on ryhmitelty sivuittain; sanastojen nimikkeet noudattavat
# mallia <vocabulary>-<value>, jotta koodi voi hakea ne aineiston perusteella.

# Kielen oma nimi kielivalitsinta varten sekä tieto siitä, onko kansallinen tarkastaja
# vahvistanut tämän käännöksen (yes / no): muuten sivuilla näkyy merkintä ”ei vielä tarkastettu”.
language-name = Suomi
translation-reviewed = no
language-switcher = Kieli
nav-main = Päävalikko
translation-unreviewed = Tämä käännös on konekäännös, eikä kansallinen tarkastaja ole vielä tarkistanut sitä. Englanninkielinen teksti on määräävä.

site-name = OpenNRM
site-tagline = Kuka tunnistaa työperäisen ihmiskaupan uhreja, ohjaa heitä eteenpäin ja auttaa heitä
nav-countries = Maat
nav-search = Haku
nav-api = API
nav-about = Tietoa aineistosta
skip-to-content = Siirry sisältöön
footer-source = Aineisto: { $report }.
footer-licence = OpenNRM on vapaa ohjelmisto. Jokainen tieto linkittyy raportin kohtaan, josta se on peräisin.
footer-revision = Kartaston versio { $revision }, ladattu { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Työperäisen ihmiskaupan vastaiset toimijat 11 maassa
home-lead = Kartasto esittää jokaisesta Itämeren valtioiden neuvoston tutkimuksen maasta toimijat, jotka voivat tunnistaa uhreja, ohjata heitä eteenpäin ja auttaa heitä, sekä niiden toimivaltuudet, yhteistyön ja olemassa olevat kansalliset mekanismit. Jokaisen tiedon kohdalla näytetään raportin virke, josta se on peräisin.
home-countries = Maat
home-glance = Mekanismit yhdellä silmäyksellä
home-glance-lead = Mitkä kansalliset mekanismit raportti kirjaa kustakin maasta. Myös puuttuminen on havainto.
home-legend = Mitä värit tarkoittavat
home-chips-lead = Jokainen kortti näyttää kansalliset mekanismit, joista raportti kysyy, luokiteltuina raportin kuvauksen mukaan:
home-legend-formal = virallinen (tällä nimellä nimetty tehtävä tai elin)
home-legend-functional-equivalent = toiminnallinen vastine (raportti: ”lähimpänä”, ”koordinoiva rooli”)
home-legend-expired = päättynyt (sen kausi on päättynyt)
home-legend-absent = kirjattu puuttuvaksi
home-legend-not-recorded = raportti ei kirjaa
home-respondents = Vastanneita { $completed }, kutsuttuja { $invited }
home-respondents-completed = Kyselyyn vastanneita { $completed }
home-counts = Toimijoita { $actors } · toimivaltuuksia { $mandates } · yhteistyösuhteita { $ties } · mekanismeja { $mechanisms }
home-search-title = Hae kartastosta
home-search-lead = Mikä tahansa sana mistä tahansa tiedosta: toimijan nimi, toimivalta, laki (”§ 262a”), raportin virke. Jos haluat löytää toimijoita sen perusteella, mitä ne saavat tehdä (kuka määrittää uhriaseman Tanskassa?), käytä hakusivun suodattimia.

country-native = Kansallisella kielellä: { $name }
country-chapter = Raportin luku: { $chapter }
country-on-this-page = Tällä sivulla
country-findings = Havainnot
country-participation = Ketkä osallistuivat tutkimukseen
country-actors = Toimijat ja toimivaltuudet
country-governmental = Julkinen sektori
country-non-governmental = Muut kuin julkiset toimijat
country-cooperation = Yhteistyö
country-cooperation-lead = Yhteistyösuhteet vastaajien kuvaamina. Ensimmäinen toimija on se, jonka vastaus kuvaa suhdetta.
country-policy = Politiikka ja lainsäädäntö
country-mechanisms = Mekanismit
country-challenges = Haasteet ja rajoitteet
country-challenges-lead = Vastaajien mainitsemat rajoitteet; numero kertoo, moniko mainitsi rajoitteen, jos raportti ilmoittaa sen.
country-conclusions = Johtopäätökset
country-ambiguities = Missä raportti on monitulkintainen
country-ambiguities-lead = Raportti sanoo eri kohdissa eri asioita. Jokainen tulkinta säilytetään lainauksineen.
country-lists = Keskeiset viranomaiset ja organisaatiot
country-no-cooperation = Raportti ei kuvaa tämän maan yhteistyösuhteita.
country-no-documents = Raportti ei mainitse tämän maan osalta yhtään säädöstä tai toimintapoliittista asiakirjaa.
country-no-limitations = Raportti ei ilmoita tämän maan osalta rajoitteiden lukumääriä.
country-invited = Kutsutut
country-completed = Vastanneet
country-reading = Tulkinta
country-respondents = Vastaajat
country-counts-unknown = ei ilmoitettu

actor-native-name = Nimi kansallisella kielellä
actor-acronym = Lyhenne
actor-also-known-as = Myös nimellä
actor-sector = Sektori
actor-level = Taso
actor-study-status = Tutkimuksessa
actor-parent = Kuuluu
actor-children = Yksiköt
actor-mandates = Toimivaltuudet
actor-no-mandates = Raportti ei mainitse tämän toimijan toimivaltuuksia.
actor-cooperation = Yhteistyö
actor-cooperation-out = Tämän toimijan kuvaama yhteistyö
actor-cooperation-in = Muiden kuvaama yhteistyö tämän toimijan kanssa
actor-no-cooperation = Raportti ei kuvaa tämän toimijan yhteistyösuhteita.
actor-mechanisms = Mekanismit
actor-holds = Vastaa tai johtaa
actor-member-of = Jäsenenä
actor-no-mechanisms = Raportti ei mainitse tätä toimijaa missään kansallisessa mekanismissa.
actor-back = Takaisin: { $country }
actor-find-similar = Saman sektorin muut toimijat 11 maassa

mandate-scope = Laajuus: { $scope }
mandate-labour-yes = Kattaa työperäisen ihmiskaupan
mandate-labour-no = Ei toimivaltaa työperäisessä ihmiskaupassa
mandate-labour-unknown = Raportti ei kerro, kattaako tämä työperäisen hyväksikäytön

mandate-denied = Ei toimivaltaa
mandate-denied-scope = Raportin mukaan toimija ei saa: { $scope }
mechanism-holder = Vastuutaho tai puheenjohtaja
mechanism-members = Jäsenet
mechanism-year = Perustettu
mechanism-frequency = Kokoontuu
mechanism-focus = Painopiste

source = Lähde
source-show = Näytä lähde
source-line = raportin rivi { $line }
source-record = OpenNRM-tietue { $record }: OpenNRM:n laatima tiivistelmä, ei raportin kohta
source-section = { $country } › { $section }
source-note = Huomautus

search-title = Hae toimijoita
search-lead = Yhdistele mitä tahansa suodattimia. Haku sen mukaan, mitä toimija saa tehdä, vastaa kysymyksiin kuten ”kuka määrittää uhriaseman Tanskassa?”.
search-text = Nimi, kansallinen nimi tai lyhenne
search-country = Maa
search-sector = Sektori
search-capability = Toimivalta
search-study-status = Tutkimuksessa
search-any = Mikä tahansa
search-submit = Hae
search-results = { $count ->
    [0] Yksikään toimija ei vastaa hakua.
    [one] Yksi toimija vastaa hakua.
   *[other] { $count } toimijaa vastaa hakua.
}
search-col-actor = Toimija
search-col-country = Maa
search-col-sector = Sektori
search-col-mandates = Hakua vastaavat toimivaltuudet
search-col-status = Tutkimuksessa
search-invalid = { $field }: ”{ $value }” ei ole tunnettu arvo.
search-too-long = { $field }: enintään { $max } merkkiä.
search-too-many-words = { $field }: enintään { $max } sanaa.
search-kind = Tiedon laji
search-facts-text = Sanat
search-to-facts = Hae sen sijaan kaikista tiedoista.
search-to-actors = Etsi sen sijaan toimijoita nimen ja suodattimien perusteella.
search-facts-title = Hae kartastosta
search-facts-lead = Kaikki tiedot: toimijoiden nimet, toimivaltuudet, mekanismit, asiakirjat, rajoitteet, havainnot ja raportin lainaukset. Kirjainkoolla ja tarkkeilla ei ole merkitystä (”liepaja” löytää ”Liepāja”), ja sana löytää myös pidemmät sanat, jotka alkavat sillä (”reflect” löytää ”reflection”).
search-facts-results = { $count ->
    [0] Ei osumia.
    [one] Yksi kohta vastaa hakua.
   *[other] { $count } kohtaa vastaa hakua.
}
search-facts-truncated = Ensimmäiset { $count } hakua vastaavaa kohtaa; rajaa hakua lisäämällä sana tai suodatin.

search_kind-country = Maa
search_kind-actor = Toimija
search_kind-mandate = Toimivalta
search_kind-tie = Yhteistyö
search_kind-mechanism = Mekanismi
search_kind-document = Asiakirja
search_kind-limitation = Rajoite
search_kind-participation = Osallistuminen
search_kind-finding = Havainto
search_kind-ambiguity = Monitulkintaisuus
search_kind-respondent = Vastaaja
search_kind-recommendation = Suositus
search_field-name = nimi
search_field-native_name = kansallinen nimi
search_field-acronym = lyhenne
search_field-alias = myös nimellä
search_field-chapter = luku
search_field-scope = laajuus
search_field-note = huomautus
search_field-title = otsikko
search_field-topic = aihe
search_field-frequency = kokoontuu
search_field-quote = lainaus
search_field-reason = syy
search_field-summary = tiivistelmä

about-title = Tietoa aineistosta
about-lead = Kartasto on Itämeren valtioiden neuvoston ihmiskaupan vastaisen työryhmän raportti ”Actors against Trafficking for Labour Exploitation” (2013) muutettuna dataksi. Mitään ei lisätä siihen, mitä raportti sanoo.
about-sources = Jokaiseen tietoon liittyy maaluvun jakso, josta se on peräisin, ja lyhyt lainaus, joka esiintyy raportissa sanasta sanaan. Kun raportti on ristiriitainen, molemmat tulkinnat säilytetään.
about-data = Datatiedostot ovat pelkkää tekstiä, yksi kutakin maata kohden, ja niitä voi tarkastaa ja korjata kuten mitä tahansa asiakirjaa. Koko kartaston voi ladata API:n kautta.
about-api = JSON-API on kuvattu OpenAPI-asiakirjassa.
about-revisions = Kartaston versiot

error-not-found-title = Sivua ei löydy
error-not-found = Ei löytynyt: { $what }. Tarkista osoite tai aloita maaluettelosta.
error-bad-request-title = Pyyntöä ei voitu tulkita
error-internal-title = Jokin meni vikaan
error-internal = Sivua ei voitu näyttää. Virhe on kirjattu; yritä myöhemmin uudelleen.
error-back-home = Siirry maaluetteloon

yes = kyllä
no = ei

sector-police = Poliisi
sector-border_guard = Rajavartiolaitos
sector-prosecution = Syyttäjälaitos
sector-court = Tuomioistuimet
sector-labour_inspection = Työsuojelu
sector-tax = Verohallinto
sector-immigration = Maahanmuuttoviranomaiset
sector-ministry = Ministeriöt
sector-coordination_body = Koordinaatioelimet
sector-rapporteur = Raportoijat
sector-victim_assistance = Uhrien auttaminen
sector-municipality = Kunnat
sector-ngo = Kansalaisjärjestöt
sector-trade_union = Ammattiliitot
sector-employers_org = Työnantajajärjestöt
sector-international_org = Kansainväliset järjestöt
sector-research = Tutkimus
sector-company = Yritykset
sector-other = Muut

study_status-participated = Osallistui
study_status-invited_not_participated = Kutsuttu, ei osallistunut
study_status-mentioned = Vastaajien mainitsema

level-national = Kansallinen
level-regional = Alueellinen
level-local = Paikallinen
level-international = Kansainvälinen

capability-identify_victims = Uhrien tunnistaminen
capability-refer_victims = Uhrien ohjaaminen eteenpäin
capability-report_to_police = Ilmoittaminen poliisille
capability-inspect_workplaces = Työpaikkojen tarkastaminen
capability-investigate_crime = Rikosten tutkinta
capability-prosecute = Syyttäminen
capability-determine_victim_status = Uhriaseman määrittäminen
capability-grant_reflection_period = Harkinta-ajan myöntäminen
capability-grant_residence_permit = Oleskeluluvan myöntäminen
capability-provide_assistance = Avun antaminen
capability-repatriation = Kotimaahan paluu
capability-coordinate = Koordinointi
capability-monitor_and_report = Seuranta ja raportointi
capability-bring_labour_court_cases = Työoikeudellisten kanteiden ajaminen
capability-training = Koulutus
capability-prevention = Ennaltaehkäisy
capability-policy_making = Politiikan valmistelu
capability-supervise = Valvonta
capability-advocacy = Vaikuttamistyö
capability-research = Tutkimus
capability-protect_workers_rights = Työntekijöiden oikeuksien suojelu

cooperation-information_exchange = Tietojenvaihto
cooperation-joint_inspection = Yhteistarkastus
cooperation-referral = Ohjaus
cooperation-service_contract = Palvelusopimus
cooperation-coordination = Koordinointi
cooperation-membership = Jäsenyys
cooperation-other = Yhteistyö

mechanism-national_coordinator = Kansallinen koordinaattori
mechanism-national_rapporteur = Kansallinen ihmiskaupparaportoija
mechanism-lead_agency = Vastuuviranomainen
mechanism-referral_system = Ohjausjärjestelmä
mechanism-mou = Yhteisymmärryspöytäkirja (MoU)
mechanism-working_group = Työryhmät
mechanism-specialised_unit = Erikoistuneet yksiköt
mechanism-network = Verkostot
mechanism-national_action_plan = Kansallinen toimintasuunnitelma
mechanism-local_coordinator = Paikalliset koordinaattorit

mechanism_status-formal = Virallinen
mechanism_status-functional_equivalent = Toiminnallinen vastine
mechanism_status-absent = Puuttuu
mechanism_status-expired = Päättynyt
focus-sexual = Seksuaalinen hyväksikäyttö
focus-labour = Työperäinen hyväksikäyttö
focus-all = Kaikki muodot
focus-unclear = Epäselvä

limitation-legislation = Lainsäädäntö
limitation-lack_of_policy = Toimintapolitiikan puute
limitation-lack_of_cooperation = Yhteistyön puute
limitation-lack_of_referral_mechanisms = Ohjausmekanismien puute
limitation-corruption = Korruptio
limitation-lack_of_knowledge = Tiedon puute
limitation-lack_of_capacity = Resurssien puute
limitation-other = Muu

document-legislation = Lainsäädäntö
document-action_plan = Toimintasuunnitelma
document-policy = Toimintapolitiikka
document-agreement = Sopimus
document-report = Raportti
document-other = Muu asiakirja

nav-screening = Alkuarviointi
screening-title = Alkuarviointi: onko kyse ihmiskaupasta?
screening-lead = Vastaa kysymyksiin siitä, mitä havaitset, esimerkiksi työpaikkatarkastuksella. Tulos sijoittaa tilanteen jatkumolle työoikeuden rikkomuksesta työperäiseen ihmiskauppaan, selittää, mitkä vastaukset johtivat siihen, kertoo, mitä vielä puuttuu, ja nimeää maan toimijat, joilla on toimivalta toimia.
screening-notice-title = Ohjeellinen, ei päätös.
screening-notice = Alkuarvioinnin tulos on ohje henkilön ohjaamiseksi toimivaltaiselle toimijalle. Se ei koskaan ole oikeudellinen ratkaisu: vain toimivaltaiset viranomaiset päättävät, onko joku ihmiskaupan tai pakkotyön uhri.
screening-translation-unreviewed = Kysymykset ovat alustava käännös, jota kansallinen tarkastaja ei ole vielä tarkistanut. ILO:n virallinen englanninkielinen muotoilu on jokaisen kysymyksen alla.

# Alkuarvioinnin tuloksen selitys, yksi viesti kutakin toimialueen ExplanationCode-arvoa kohden
# (screening-why-<code>). Indikaattoriluettelot ovat ILO:n virallisia englanninkielisiä nimiä.
screening-why-screened_with = Alkuarvioinnissa käytettiin välinettä ”{ $instrument }” { $version } ja sääntökokonaisuutta ”{ $rules }” { $rules_version } sekä { $population ->
    [child] lasten
   *[adult] aikuisten
} luetteloa.
screening-why-dimension_positive = Ulottuvuus ”{ $dimension }” on positiivinen ({ $rule }), koska näihin vastattiin kyllä: { $indicators }.
screening-why-dimension_not_assessed = Ulottuvuutta ”{ $dimension }” ei arvioitu: yhteenkään sen kysymykseen ei vastattu.
screening-why-dimension_open = Ulottuvuus ”{ $dimension }” on vielä ratkaisematta: { $yes ->
    [0] yhteenkään indikaattoriin ei ole toistaiseksi vastattu kyllä
   *[other] toistaiseksi näihin on vastattu kyllä: { $indicators }
}; { $count } { $count ->
    [one] vastaamaton indikaattori
   *[other] vastaamatonta indikaattoria
} voisi vielä tehdä siitä positiivisen.
screening-why-dimension_negative = Ulottuvuus ”{ $dimension }” on negatiivinen: { $yes ->
    [0] yhteenkään indikaattoriin ei vastattu kyllä
   *[other] kyllä vastattiin vain näihin: { $indicators }
}; { $complete ->
    [yes] kaikkiin indikaattoreihin on vastattu eikä mikään sääntö täyty
   *[no] vastaamattomat indikaattorit eivät voisi tehdä siitä positiivista
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] vastaus on
   *[other] vastausta on
} ”ei tiedossa”; sellaista vastausta ei koskaan lasketa kyllä-vastaukseksi.
screening-why-ignored_answers = Vastaukset indikaattoreihin, jotka eivät ole { $population ->
    [child] lasten
   *[adult] aikuisten
} luettelossa, jätettiin huomiotta: { $indicators }.
screening-why-level_none = Taso: ei viitteitä — annetut vastaukset eivät täytä yhtäkään sääntökokonaisuuden sääntöä korkeammalle tasolle.
screening-why-level_reached = Taso: { $level ->
    [labour_law_violation] mahdollinen työoikeuden rikkomus
    [labour_exploitation] työperäinen hyväksikäyttö
    [forced_labour] pakkotyö
    [presumed_trafficking] oletettu työperäinen ihmiskauppa
   *[no_indication] ei viitteitä
} — { $because }
screening-why-unverified = { $count } { $count ->
    [one] huomioon otettu indikaattori on
   *[other] huomioon otettua indikaattoria on
} vielä tarkistamatta lähdejulkaisusta (ks. välineen tiedosto): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Mahdollinen työoikeuden rikkomus: ohjaa asia työsuojeluviranomaiselle ja kerro työntekijälle ammattiliitosta ja työtuomioistuimesta.
    [labour_exploitation] Työperäinen hyväksikäyttö: ohjaa asia työsuojeluviranomaiselle, harkitse ilmoitusta poliisille ja ohjaa työntekijä tukipalveluihin.
    [forced_labour] Pakkotyö: ilmoita poliisille ja ohjaa henkilö uhriaseman määrittävälle viranomaiselle sekä avun piiriin.
    [presumed_trafficking] Oletettu työperäinen ihmiskauppa: ilmoita poliisille ja ohjaa henkilö viipymättä uhriaseman määrittävälle viranomaiselle sekä avun ja harkinta-ajan piiriin.
   *[no_indication] Ei viitteitä: nämä vastaukset eivät anna aihetta ohjaamiseen; vastaamattomat kysymykset voivat muuttaa tilannetta.
}{ $open ->
    [yes] {" "}Lisävastaukset voisivat nostaa tasoa; katso, mitä puuttuu.
   *[no] {""}
}

# Mitä tieltä korkeammalle tasolle vielä puuttuu (screening-why-toward ja sen osat);
# osat sanotaan peräkkäin, erotettuina merkillä "; ". $names: ulottuvuudet yhdistettyinä
# viestillä screening-or; $asks: vielä avoinna olevien indikaattorien ILO:n nimet; $topics:
# mistä kysyä (englanninkielistä dataa).
screening-or = {" "}tai{" "}
screening-why-toward = Tie tasolle ”{ $level ->
    [labour_law_violation] mahdollinen työoikeuden rikkomus
    [labour_exploitation] työperäinen hyväksikäyttö
    [forced_labour] pakkotyö
    [presumed_trafficking] oletettu työperäinen ihmiskauppa
   *[no_indication] ei viitteitä
}”{ $population ->
    [adult] {" "}(aikuinen)
    [child] {" "}(lapsi)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = ulottuvuus { $names } on positiivinen
screening-why-step_closed = ulottuvuus { $names } on negatiivinen — tämä tie on suljettu, elleivät vastaukset muutu
screening-why-step_not_assessed = ulottuvuutta { $names } ei ole vielä arvioitu — kysy näistä aiheista ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = ulottuvuus { $names } ei ole vielä positiivinen — yhä avoinna{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = ulottuvuuden { $names } yhteenkään indikaattoriin ei ole vastattu kyllä, eikä vastaamattomia indikaattoreita ole jäljellä
screening-why-step_none_yet = ulottuvuuden { $names } yhteenkään indikaattoriin ei ole vielä vastattu kyllä — yhä avoinna{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Älä syötä nimiä tai muita henkilötietoja: alkuarviointi tallentaa vain, mitkä indikaattorit täyttyvät. ”Ei kysytty” pidetään erillään vastauksesta ”ei”.
screening-instrument-meta = { $count ->
    [one] { $count } indikaattori
   *[other] { $count } indikaattoria
} · versio { $version }
screening-population = Ketä tilanne koskee
screening-country = Maa (toimivaltaisia toimijoita varten)
screening-country-none = Ei maata
screening-start = Aloita alkuarviointi
screening-progress = Vastattu { $answered } / { $total } kysymykseen
screening-answer-help = Vastaa siihen, minkä tiedät. ”Ei tiedossa” tarkoittaa, että kysyit, mutta vastaus on epäselvä; ”Ei kysytty” tarkoittaa, että kysymystä ei otettu esille. Kumpaakaan ei lasketa kyllä-vastaukseksi.
screening-official-wording = Virallinen sanamuoto
screening-strength = Painoarvo välineessä: { $strength }
screening-see-result = Näytä tulos
screening-save-draft = Tallenna luonnos
screening-draft-saved = Luonnos tallennettu tähän selaimeen. Jatka sitä avaamalla Alkuarviointi uudelleen; luonnoksia säilytetään 30 päivää.
screening-continue-draft = Jatka tallennettua luonnosta
screening-discard-draft = Hylkää luonnos
screening-draft-discarded = Luonnoksesi hylättiin.
screening-no-draft-title = Ei tallennettua luonnosta
screening-no-draft = Tässä selaimessa ei ole tallennettua alkuarvioinnin luonnosta (luonnoksia säilytetään 30 päivää). Aloita uusi alkuarviointi Alkuarviointi-sivulta.
screening-forbidden-title = Lomaketta ei voitu hyväksyä
screening-forbidden = Lomake ei ole peräisin tältä sivustolta tai se on vanhentunut. Avaa alkuarviointi uudelleen ja lähetä se uudestaan.
screening-result-title = Alkuarvioinnin tulos
screening-level = Missä kohtaa jatkumoa tilanne on
screening-continuum = Hyväksikäytön jatkumo
screening-reasoning = Perustelut
screening-dimensions = Ulottuvuudet
screening-dimension = Ulottuvuus
screening-status = Tila
screening-yes-indicators = Indikaattorit, joihin vastattiin kyllä
screening-missing = Mitä johtopäätökseen vielä puuttuu
screening-questions-to-ask = { $count ->
    [one] Yksi kysyttävä kysymys
   *[other] { $count } kysyttävää kysymystä
}
screening-who-acts = Kuka voi toimia
screening-who-acts-in = Toimivaltaiset toimijat: { $country }
screening-nobody = Kartastossa ei ole yhtään toimijaa, jolla on nämä toimivaltuudet.
screening-uncovered = Kenelläkään kartaston toimijalla ei ole näitä toimivaltuuksia:
screening-choose-country = Valitse maa nähdäksesi sen toimijat. Nämä toimivaltuudet sopivat tulokseen:
screening-unverified = { $count ->
    [one] Yhden huomioon otetun indikaattorin painoarvoa ei ole vielä tarkistettu ILO:n julkaisusta.
   *[other] { $count } huomioon otetun indikaattorin painoarvoja ei ole vielä tarkistettu ILO:n julkaisusta.
}
screening-used = Väline: { $instrument }. Säännöt: { $rules }.
screening-change-answers = Muuta vastauksia (tallennetaan luonnoksena)

answer-yes = Kyllä
answer-no = Ei
answer-unknown = Ei tiedossa
answer-not-asked = Ei kysytty

population-adult = Aikuinen
population-child = Lapsi (alle 18-vuotias)

strength-strong = vahva
strength-medium = keskivahva
strength-weak = heikko
strength-unweighted = painottamaton

continuum-no_indication = Ei viitteitä
continuum-labour_law_violation = Työoikeuden rikkomus
continuum-labour_exploitation = Työperäinen hyväksikäyttö
continuum-forced_labour = Pakkotyö
continuum-presumed_trafficking = Oletettu työperäinen ihmiskauppa

dimension-status-positive = Positiivinen
dimension-status-negative = Negatiivinen
dimension-status-insufficient_information = Ei riittävästi tietoa
screening-version = Välineen versio { $version }

report-title = Raportti
report-showing = Rivit { $from }–{ $to } / { $total }. Korostettu rivi on se, josta lainattu kohta alkaa.
report-earlier = ← Aiemmat rivit
report-later = Myöhemmät rivit →
country-download = Lataa tämän maan tiedot JSON-muodossa
about-download = Lataa koko kartasto (JSON).
about-read-report = Lue raportti rivi riviltä.

## Alusta: kirjautuminen, tili, ylläpito
nav-sign-in = Kirjaudu sisään
nav-sign-out = Kirjaudu ulos
nav-account = Oma tili
nav-audit = Tapahtumaloki
error-sign-in-title = Kirjaudu sisään
error-sign-in = Tämä sivu on tarkoitettu OpenNRM:n kirjautuneille käyttäjille.
error-forbidden-title = Ei sallittu
error-too-many-title = Liian monta pyyntöä
sign-in-title = Kirjaudu OpenNRM:ään
sign-in-username = Käyttäjätunnus (sähköpostiosoitteesi)
sign-in-password = Salasana
sign-in-code = Kuusinumeroinen koodi todennussovelluksesta
sign-in-continue = Jatka
sign-in-code-wrong = Koodia ei hyväksytty. Kukin koodi toimii kerran ja vaihtuu 30 sekunnin välein: syötä koodi, jonka sovelluksesi näyttää nyt.
sign-in-note = Tilit luo organisaatiosi pääkäyttäjä. Viiden virheellisen yrityksen jälkeen tili lukitaan 15 minuutiksi.
account-title = Oma tili
account-username = Käyttäjätunnus
account-organisation = Organisaatio
account-roles = Roolit
account-sessions = Kirjautuneet istunnot
account-totp = Toinen tunnistautumistekijä (todennussovellus)
account-totp-on = Toinen tunnistautumistekijä on käytössä: kirjautuessa kysytään koodia.
account-totp-off = Toista tunnistautumistekijää ei ole vielä otettu käyttöön. Koordinaattorien ja pääkäyttäjien on otettava se käyttöön ennen kuin he voivat toimia.
account-totp-start = Ota todennussovellus käyttöön
account-totp-replace = Siirry toiseen todennussovellukseen
account-totp-scan = Skannaa tämä koodi todennussovelluksella tai kirjoita alla oleva avain sovellukseen ja syötä sitten sen näyttämä koodi.
account-totp-secret = Avain:
account-totp-confirm = Vahvista
account-totp-wrong = Koodi ei vastaa tätä avainta. Tarkista, että sovelluksessa on alla oleva avain, ja syötä sitten koodi, jonka se näyttää nyt.
account-totp-done = Todennussovellus on otettu käyttöön. Kirjautuessa kysytään nyt koodia.
account-needs-totp = Roolisi edellyttää toista tunnistautumistekijää. Ota alla todennussovellus käyttöön ennen kuin jatkat.
account-password = Salasana
account-password-current = Nykyinen salasana
account-password-new = Uusi salasana (12–128 merkkiä)
account-password-change = Vaihda salasana
account-password-done = Salasanasi vaihdettiin; muut istuntosi kirjattiin ulos.
account-tokens = API-tunnisteet
account-tokens-none = Ei API-tunnisteita.
account-token-name = Nimi
account-token-created = Luotu
account-token-used = Viimeksi käytetty
account-token-create = Luo tunniste
account-token-once = Kopioi tämä tunniste nyt; sitä ei näytetä uudelleen:
account-token-revoke = Peruuta
account-token-revoked = Tunniste peruutettiin.
account-token-revoked-mark = peruutettu
account-sign-out-everywhere = Kirjaudu ulos kaikkialta
audit-title = Tapahtumaloki
audit-lead = Jokainen kirjautuminen, epäonnistunut kirjautuminen sekä käyttäjiin, rooleihin ja tunnisteisiin tehty muutos, uusimmat ensin. Rivit on ketjutettu tiivisteillä; `opennrm audit verify` tarkistaa ketjun.
audit-action = Toiminto
audit-actor = Tekijä
audit-outcome = Tulos
audit-object = Kohde
audit-at = Aika (UTC)
audit-address = Osoite
audit-detail = Tiedot
audit-filter = Suodata
audit-older = Vanhemmat tapahtumat
users-title = Käyttäjät
users-name = Nimi
users-state = Tila
users-disabled = poistettu käytöstä
users-locked = lukittu
users-active = aktiivinen
users-unlock = Avaa lukitus
role-frontline_officer = Etulinjan työntekijä
role-case_worker = Asiankäsittelijä
role-service_provider = Palveluntuottaja
role-national_coordinator = Kansallinen koordinaattori
role-national_rapporteur = Kansallinen ihmiskaupparaportoija
role-administrator = Pääkäyttäjä

## Kartaston historia
revision-banner = Katselet kartaston versiota { $revision } ({ $label }, { $date }); nykyinen versio on { $current }.
revision-banner-current = Näytä nykyinen versio.
diff-title = Muutokset
diff-from = Versiosta
diff-to = Versioon
diff-compare = Vertaa
diff-heading = { $count ->
    [0] Ei muutoksia versiosta { $from } versioon { $to }
    [one] Yksi muutos versiosta { $from } versioon { $to }
   *[other] { $count } muutosta versiosta { $from } versioon { $to }
}
diff-none = Kumpikin versio sanoo tästä maasta saman.
diff-legend = + lisätty · − poistettu tai poistettu käytöstä · ~ muutettu · · vain lähde muuttui
diff-see-revision = Maa version { $revision } mukaisena
about-revision-view = näytä
actor-retired = Tämä toimija poistettiin käytöstä versiossa { $revision }: nykyinen kartasto ei enää luettele sitä. Se näytetään sellaisena kuin versio { $last }, viimeinen siihen sisältynyt, sen kuvasi.
country-changes = Muutokset vuoden 2013 jälkeen
about-revision-not-kept = tietoja ei säilytetty (ennen kartaston versiohistoriaa)

# Vastaajat, lähteen osoittaminen, useat lähteet, tulkinnat, kiistanalaiset tiedot (issue 6)
country-summary = Tiivistelmä
country-summary-lead = Raportin oma tiivistelmä tästä luvusta.
country-respondents-title = Ketkä vastasivat kyselyyn
country-respondents-lead = Yksi rivi kutakin lähetettyä kyselylomaketta kohden luvun kertoman mukaisesti. Lausumissa, jotka raportti osoittaa tietylle kyselylomakkeelle, näkyy ”Sanonut” lähteineen.
country-respondents-computed = Vastaajista laskettu: kutsuttuja { $invited }, vastanneita { $completed }
country-respondents-none = Tässä versiossa ei ole tämän maan vastaajia.
country-recommendations = Suositukset
country-recommendations-lead = Mitä raportti suosittaa, yksi tieto kutakin suositusta kohden, sekä toimijatyypit, joille suositus on osoitettu.
country-no-recommendations = Raportti ei anna tässä luvussa suosituksia.
respondent-form-full = Koko kyselylomake
respondent-form-alternative = Vain vaihtoehtoiset kysymykset
respondent-form-declined = Kieltäytyi
respondent-form-no_reply = Ei vastausta
respondent-answered-for = Vastasi organisaation puolesta
respondent-reason = Syy
respondent-footnotes = Raportissa viitattu muodossa
said-by = Sanonut
also-stated = Mainittu myös kohdassa
reading-marker = oma tulkintamme, ei raportin sanamuoto: { $fields }
contested = Kiistanalainen
contested-title = Raportti on tästä monitulkintainen: katso monitulkintaisuudet
tie-direction-mutual = molempiin suuntiin
tie-direction-one_way = yhteen suuntaan
tie-reported-by = Ilmoittaja: { $name }
actor-group = Ryhmä, ei yksittäinen elin
document-governs-capabilities = Myöntää tai sääntelee
document-governs-actors = Valtuuttaa tai velvoittaa
document-governs-mechanisms = Sääntelee
recommendation-addresses = Kohderyhmä
recommendation-addresses-all = Toimijat yleisesti
mechanisms-title = Mekanismit maittain
mechanisms-lead = Jokainen raportin kirjaama kansallinen mekanismi maittain: kuka siitä vastaa, mistä lähtien, sen painopiste ja lähde.
mechanisms-country = Maa
mechanisms-none = ei kirjattu
nav-mechanisms = Mekanismit
report-wide-title = Raportti maalukujen ulkopuolella
report-wide-lead = Tiivistelmä, johdanto ja menetelmät lähteistettyinä havaintoina sekä koko raporttia koskevat suositukset.
finding-part-executive_summary = Tiivistelmä
finding-part-introduction = Johdanto
finding-part-methodology = Menetelmät
finding-part-conclusions = Johtopäätökset
finding-part-findings = Havainnot
finding-part-challenges = Haasteet ja rajoitteet
mechanisms-status = Tila
mechanisms-name = Nimi
mechanisms-filter = Näytä
study-full-text = koko teksti
study-recommendations-lead = Kaikki raportin suositukset: ensin koko raporttia koskevat, sitten kunkin luvun suositukset, sekä maat ja toimijatyypit, joille ne on osoitettu. Suosituksia voi suodattaa sektorin mukaan API:n kautta (/api/v1/recommendations).
study-all-countries = Kaikki yksitoista maata
nav-study = Tutkimus
mechanisms-kind = Mekanismi
search-governing = Lait ja asiakirjat, jotka myöntävät tai sääntelevät tätä
nav-insight = Vertailu
insight-title = Maiden vertailu
insight-lead = Mitä raportin luvut sanovat, rinnakkain ja kartastosta laskettuina: jokainen solu linkittyy tietoihinsa ja niiden lähteisiin; kiistanalaiset tiedot on merkitty.
insight-mechanisms = Mekanismit
insight-mechanisms-lead = Missä maissa on kansallinen koordinaattori, raportoija, yhteisymmärryspöytäkirja (MoU), ohjausjärjestelmä …, ja mihin mekanismit keskittyvät.
insight-mandates = Kenellä on mikäkin toimivalta
insight-mandates-lead = Kuinka monella toimijalla on kukin toimivalta kussakin maassa; seuraa numeroa toimijoihin ja niiden lähteisiin.
insight-mandates-legend = Numero kertoo olemassa olevien toimivaltuuksien määrän; −N ovat toimivaltuuksia, joita raportin mukaan toimijalla ei ole; § merkitsee lakia tai asiakirjaa, joka antaa toimivallan.
insight-sectors = Mitkä sektorit ovat mukana mekanismissa
insight-sectors-lead = Ovatko kunkin sektorin toimijat mukana toimivassa mekanismissa (virallinen tai toiminnallinen vastine) vastuutahona tai jäsenenä: raportin mukaan työelämän toimijat jäävät ulkopuolelle.
insight-sectors-legend = ✓ vähintään yksi on mukana toimivassa mekanismissa; ✗ sektorin toimijat eivät ole mukana yhdessäkään; – kartasto ei kirjaa sektorilta yhtään toimijaa.
insight-sector-none = sektorilta ei ole kirjattu toimijoita
insight-sector-seated = mukana mekanismissa
insight-sector-left-out = ei mukana yhdessäkään toimivassa mekanismissa
insight-limitations = Vastaajien valitsemat rajoitteet
insight-limitations-lead = Kuinka moni vastaaja valitsi kunkin kyselylomakkeen rajoitteen, jos raportti ilmoittaa lukumäärän.
insight-limitations-legend = Numero on suurin lukumäärä, jonka maaluku ilmoittaa luokalle; · maaluku mainitsee luokan ilman lukumäärää.
insight-limitation-stated = mainittu ilman lukumäärää
insight-partners = Useimmin mainitut kumppanit
insight-partners-lead = Toimijat järjestettynä sen mukaan, kuinka moni muu toimija mainitsee ne yhteistyökumppanina (suhteet, jotka joku toinen toimija on ilmoittanut).
insight-named-by = { $count ->
    [one] 1 toimijan mainitsema
   *[other] { $count } toimijan mainitsema
}
focus-short-sexual = seksuaalinen
focus-short-labour = työ
focus-short-all = kaikki
focus-short-unclear = ?
insight-focus-legend = symbolin alla painopiste: seksuaalinen tai työperäinen hyväksikäyttö, kaikki muodot, ? epäselvä
gaps-title = Puutteet
gaps-lead = Nimetyt säännöt kartastoon sovellettuina; jokaisella havainnolla on näyttönsä (tiedot ja niiden lainaukset) ja tahot, jotka tulee ottaa mukaan. Vuoden 2013 aineistoon sovellettuina säännöt toistavat lukujen johtopäätökset; ne on lueteltu niiden raportin sanojen kanssa, joihin ne perustuvat.
gaps-rules = säännöt
gaps-rule = Sääntö
gaps-involve = Ota mukaan
gaps-evidence = { $count ->
    [one] Näyttö: 1 tieto
   *[other] Näyttö: { $count } tietoa
}
gaps-count = { $count ->
    [one] 1 havainto
   *[other] { $count } havaintoa
}
gaps-none = Tällä valinnalla ei ole havaintoja.
gaps-severity-gap = Puute
gaps-severity-gap-means = kartasto kirjaa puuttumisen tai puutteen
gaps-severity-unrecorded = Ei kirjattu
gaps-severity-unrecorded-means = kartasto ei kirjaa mitään, mikä täyttäisi sen: puute tai raportin vaikeneminen
gaps-severity-information = Huomio
gaps-severity-information-means = ei puute: mitä aineisto näyttää useimmiten
gaps-since-counts = Poistuneita { $closed }, uusia { $opened }.
gaps-closed = Poistuneet
gaps-opened = Uudet
country-gaps = Puutteet
country-network = Yhteistyöverkosto
country-network-lead = Kuka on yhteydessä kehen vastaajien kuvauksen mukaan: toimijat on väritetty sektorin mukaan ja mitoitettu sen mukaan, kuinka usein ne ovat kahden muun välissä. Alla oleva taulukko esittää samat tiedot tekstinä.
country-network-files = Lataa: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Toimija
network-col-degree = Kumppanit
network-col-betweenness = Välillisyys
network-col-broker = Välittäjä
network-density = Toimijoita, joilla on suhteita: { $nodes }; yhteydessä olevia pareja: { $edges }; tiheys { $density }; julkisen sektorin ja kansalaisyhteiskunnan välisiä suhteita: { $gov_civil }
compare-with = Vertaa versioon
compare-baseline = Lähtötaso 2013
compare-button = Vertaa
compare-since = Mikä muuttui versiosta { $from } versioon { $to }
compare-nothing = Ei muutoksia.
compare-revision = Versio { $revision }
compare-not-in-revision = ei tässä versiossa
compare-not-recorded = Ei kirjattu
insight-compare-count = { $count ->
    [one] Yksi solu muuttui.
   *[other] { $count } solua muuttui.
}
insight-compare-table = Taulukko
insight-compare-row = Rivi
network-region-title = Alueen yhteistyöverkosto
network-country-title = Yhteistyöverkosto: { $country }
network-region-lead = Kaikkien maiden yhteistyösuhteet yhdessä verkostossa vastaajien kuvaamina. Raportissa suhteet eivät koskaan ylitä rajoja, joten kukin maa piirretään omaan paneeliinsa: toimijat on väritetty sektorin mukaan ja mitoitettu sen mukaan, kuinka usein ne ovat kahden muun välissä oman maansa sisällä, ja keskeisimmät on nimetty. Taulukot esittävät samat tiedot tekstinä.
network-whole-region = koko alue
network-files = Lataa
network-alt = { $scope }: toimijoita, joilla on suhteita, { $nodes }; yhteydessä olevia pareja { $edges }; alla olevat taulukot luettelevat keskeisimmät toimijat ja kunkin maan luvut
network-summary = Toimijoita, joilla on suhteita: { $nodes } (ilman suhteita: { $untied }); yhteydessä olevia pareja: { $edges }; komponentteja: { $components }; yhteisöjä: { $communities }; välittäjiä: { $brokers }; tiheys { $density }; julkisen sektorin ja kansalaisyhteiskunnan välisiä suhteita: { $gov_civil } (tiheys { $gov_civil_density }).
network-by-country = Maittain
network-by-country-lead = Samat mittarit kunkin maan omalle verkostolle: kuinka tiheä se on, kuinka hyvin julkinen sektori ja kansalaisyhteiskunta ovat yhteydessä, moneenko osaan se hajoaa ja kuka pitää sen koossa.
network-by-country-legend = Tiheys: yhteydessä olevat parit kaikista mahdollisista pareista. Julkinen sektori–kansalaisyhteiskunta: julkisen ja muun kuin julkisen toimijan väliset suhteet ja niiden osuus kaikista tällaisista mahdollisista pareista. Välittäjät: toimijat, joita ilman osa toimijoista menettää ainoan yhteytensä muihin.
network-actors-tied = Toimijat, joilla on suhteita
network-col-untied = Ilman suhteita
network-col-ties = Yhteydessä olevat parit
network-col-density = Tiheys
network-col-gov-civil = Julkisen sektorin ja kansalaisyhteiskunnan suhteet
network-col-gov-civil-density = Julkisen sektorin ja kansalaisyhteiskunnan tiheys
network-col-components = Komponentit
network-col-communities = Yhteisöt
network-col-brokers = Välittäjät
network-col-sector = Sektori
network-col-weighted = Suhteet
network-col-closeness = Läheisyys
network-central = Keskeisimmät toimijat
network-central-lead = Välillisyyden mukaan: se osuus saman maan muiden toimijoiden välisistä lyhimmistä poluista, jotka kulkevat toimijan kautta (oman maan verkostossa, jotta pienten ja suurten maiden toimijat ovat vertailukelpoisia), sitten läheisyyden mukaan: kuinka lähellä toimija on kaikkia muita, joihin se yltää.
network-connected = Verkottuneimmat toimijat
network-partners-ties = Kumppaneita { $degree }, suhteita { $ties }
network-communities = Yhteisöt
network-communities-lead = Toimijaryhmät, jotka ovat tiiviimmin yhteydessä keskenään kuin muihin (Louvain, yhteensä { $count }), suurimmat ensin, kukin parhaiten verkottuneine jäsenineen.
network-community-size = { $count ->
    [one] yksi toimija
   *[other] { $count } toimijaa
}
network-compare-counts = { $ties_added ->
    [one] Yksi yhteydessä oleva pari lisätty
   *[other] { $ties_added } yhteydessä olevaa paria lisätty
}, { $ties_removed } poistettu; { $actors_added ->
    [one] yksi toimija liittyi verkostoon
   *[other] { $actors_added } toimijaa liittyi verkostoon
}, { $actors_removed } poistui siitä.
network-ties-added = Lisätyt suhteet
network-ties-removed = Poistetut suhteet
network-ties-changed = Muuttuneet suhteet
network-tie-weight = Suhteita { $from } ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Verkostoon liittyneet toimijat
network-actors-removed = Verkostosta poistuneet toimijat
network-centrality-changed = Toimijat, joiden asema muuttui
country-network-compare = Vertaa tätä verkostoa toiseen versioon
network-all-measures = Kaikki mittarit
insight-charts = Kaaviot
insight-charts-lead = Samat tiedot kuvina; jokainen kaavio sisältää lukunsa tekstinä (otsikossa ja kuvauksessa) sekä yllä olevissa taulukoissa.
insight-chart-participation = Kutsutut ja vastanneet maittain (jos maaluku ilmoittaa lukumäärän)
insight-chart-mechanisms = Mekanismit maittain tilan mukaan
insight-chart-limitations = Maalukujen mainitsemat rajoitteet maittain ja luokittain
country-network-alt = Yhteistyöverkosto, { $country }: toimijoita, joilla on suhteita, { $nodes }; yhteydessä olevia pareja { $edges }; alla oleva taulukko luettelee keskeisimmät toimijat

## Tuotetut maaraportit (domain insight::national; PDF, Markdown ja sivu)
nr-title-country = { $country }: työperäisen ihmiskaupan vastaiset toimijat
nr-title-region = Työperäisen ihmiskaupan vastaiset toimijat Itämeren alueella
nr-subtitle = OpenNRM:n tuottama kartaston versiosta { $revision } ({ $label }, { $date })
nr-preface = Tämä raportti on tuotettu OpenNRM-kartastosta, joka sisältää raportin ”{ $report }” tiedot ja sen jälkeen tehdyt muutokset, kunkin lähteineen. Se noudattaa raportin maalukujen rakennetta; sen johtopäätökset perustuvat puuteanalyysiin.
nr-preface-sources = Pienet yläindeksinumerot viittaavat lopussa oleviin lähteisiin: raportin jaksoon, sen riviin ja sanatarkkaan lainaukseen, johon väite perustuu, sekä vastaajaan, joka sen sanoi, jos raportin alaviite nimeää tämän. Väite ilman numeroa on laskettu sen vieressä luetelluista tiedoista.
nr-contents = Sisällys
nr-sources = Lähteet
nr-figure = Kuva
nr-table = Taulukko
nr-page = Sivu
nr-line = rivi
nr-said-by = Kyselylomake 2012:
nr-source-of = Lähde
nr-executive-summary = Tiivistelmä
nr-summary-region = Alue
nr-summary-data = Kartastossa: toimijoita { $actors }, yhteistyösuhteita { $ties }; mekanismityypeistä { $mechanisms }/{ $kinds } on toiminnassa (virallisena tai toiminnallisena vastineena); puuteanalyysi löytää { $gaps ->
    [one] yhden kirjatun puutteen
   *[other] { $gaps } kirjattua puutetta
} ja { $unrecorded ->
    [one] yhden kohdan
   *[other] { $unrecorded } kohtaa
}, joita raportti ei kirjaa.
nr-part-findings = Havainnot
nr-part-actors = Toimijat ja toimivaltuudet
nr-part-cooperation = Yhteistyö
nr-part-policy = Politiikka ja lainsäädäntö
nr-part-mechanisms = Mekanismit
nr-part-limitations = Haasteet ja rajoitteet
nr-part-conclusions = Johtopäätökset
nr-part-organisations = Keskeiset viranomaiset ja organisaatiot
nr-participation = Tutkimukseen kutsutuista { $invited } toimijasta { $completed } täytti kyselylomakkeen.
nr-participation-completed = { $completed ->
    [one] Kyselylomakkeen täytti { $completed } toimija.
   *[other] Kyselylomakkeen täytti { $completed } toimijaa.
}
nr-participation-invited = { $invited ->
    [one] Tutkimukseen kutsuttiin { $invited } toimija.
   *[other] Tutkimukseen kutsuttiin { $invited } toimijaa.
}
nr-respondents = Kartastoon kirjatut vastaajat: kutsuttuja { $invited }, vastanneita { $completed } (koko kyselylomake { $full }, vaihtoehtoiset kysymykset { $alternative }), kieltäytyneitä { $declined }, vastaamatta jättäneitä { $noreply }.
nr-ambiguities = Missä raportti on epäselvä
nr-actors-summary = Kartasto kirjaa toimijoita { $actors } ja niiden toimivaltuuksia { $mandates }; kukin toimija on lueteltu alla toimivaltuuksineen.
nr-governmental = Julkinen sektori
nr-non-governmental = Muut kuin julkiset toimijat
nr-part-of = osa organisaatiota { $parent }
nr-mandate-denied = Ei: { $capability }
nr-labour-mandate-yes = kattaa työperäisen ihmiskaupan
nr-labour-mandate-no = ei kata työperäistä ihmiskauppaa
nr-no-ties = Raportti ei kuvaa toimijoiden välistä yhteistyötä.
nr-network-summary = Raportti kuvaa yhteistyösuhteita { $pairs } toimijaparin välillä (suhteita yhteensä { $ties }); suhteita on { $actors } toimijalla, { $untied } toimijalla ei ole yhtään. Verkoston tiheys: { $density }.
nr-gov-civil = Julkisen sektorin ja kansalaisyhteiskunnan välillä: yhteydessä olevia pareja { $ties }, tiheys { $density } jaon yli mahdollisista pareista.
nr-gov-civil-none = Verkostossa ei ole yhtään suhdetta julkisen sektorin ja kansalaisyhteiskunnan välisen jaon yli, tai toisella puolella ei ole yhtään toimijaa, jolla on suhteita.
nr-brokers = Välittäjät (ilman niitä osa toimijoista menettää ainoan yhteytensä muihin): { $names }.
nr-network-title = Yhteistyöverkosto: { $country }
nr-network-caption = Yhteistyöverkosto, { $country }: toimijat on väritetty sektorin mukaan ja mitoitettu välillisyyden mukaan; nuolet merkitsevät yksisuuntaisia suhteita.
nr-network-alt = Verkostokuva: toimijoita { $actors }, yhteydessä olevia pareja { $pairs }, yhtenäisiä osia { $components }; tämän jakson taulukot esittävät samat tiedot tekstinä.
nr-central-caption = Toimijat, jotka yhdistävät muita eniten (välillisyys)
nr-ties-caption = Yhteistyösuhteet raportin kuvaamina
nr-col-actor = Toimija
nr-col-sector = Sektori
nr-col-partners = Kumppanit
nr-col-betweenness = Välillisyys
nr-col-from = Mistä
nr-col-to = Mihin
nr-col-kind = Laji
nr-col-direction = Suunta
nr-col-mechanism = Mekanismi
nr-col-status = Tila
nr-col-name = Raportin käyttämä nimi
nr-col-focus = Painopiste
nr-col-holder = Vastuutaho
nr-col-category = Rajoite
nr-col-respondents = Vastaajat
nr-col-statement = Mitä raportti sanoo
nr-col-capability = Toimivalta
nr-col-rule = Puutesääntö
nr-no-documents = Maaluku ei mainitse toimintapolitiikkaa tai lainsäädäntöä.
nr-mechanisms-intro = Kukin mekanismityyppi, jota raportti etsii, ja mitä maaluku siitä kirjaa; tyyppi, jota maaluku ei mainitse, on merkitty ”ei kirjattu”.
nr-mechanisms-caption = Mekanismit: { $country }
nr-state-formal = virallinen
nr-state-functional_equivalent = toiminnallinen vastine
nr-state-expired = päättynyt
nr-state-absent = puuttuu
nr-state-not_recorded = ei kirjattu
nr-no-limitations = Maaluku ei mainitse haasteita tai rajoitteita.
nr-limitations-caption = Haasteet ja rajoitteet luokittain: { $country }
nr-limitations-alt = Pylväskaavio maaluvun mainitsemista rajoitteista luokittain ({ $country }); alla oleva taulukko esittää samat tiedot.
nr-limitations-alt-counted = Pylväskaavio siitä, kuinka moni vastaaja valitsi kunkin rajoitteen ({ $country }); alla oleva taulukko esittää samat tiedot.
nr-limitations-table = Maaluvun mainitsemat rajoitteet
nr-gap-heading = Mitä puuteanalyysi löytää
nr-gap-intro = Kukin havainto perustuu nimettyyn sääntöön, jota sovelletaan kartastoon (ks. puuteanalyysin sivut); sen lähteet ovat tiedot, joihin se perustuu. ”Ei kirjattu” merkitsee asiaa, josta raportti ei sano kumpaankaan suuntaan.
nr-involve = ota mukaan: { $names }
nr-recommendations = Raportin suositukset
nr-organisations-participated = Kutsutut toimijat, jotka osallistuivat tutkimukseen
nr-organisations-invited_not_participated = Muut kutsutut toimijat
nr-organisations-mentioned = Muut vastaajien mainitsemat toimijat
nr-comparison = Alueellinen vertailu
nr-comparison-intro = Yksitoista maata rinnakkain, laskettuna kunkin maaluvun tiedoista. Merkit: { $legend }.
nr-comparison-mechanisms = Mekanismit maittain
nr-chart-mechanisms-caption = Mekanismit maittain tilan mukaan
nr-chart-mechanisms-alt = Pylväskaavio siitä, kuinka monta mekanismityyppiä kussakin maassa on, tilan mukaan; yllä oleva taulukko esittää samat tiedot.
nr-comparison-mandates-title = Toimivaltuudet
nr-comparison-mandates-intro = Kuinka monella toimijalla on kukin toimivalta kussakin maassa; ✗ kun raportin mukaan ainoalla sen mainitsemalla toimijalla ei ole toimivaltaa, tyhjä, kun raportti ei mainitse yhtään.
nr-comparison-mandates = Toimivallan omaavat toimijat maittain
nr-comparison-sectors-title = Toimijat mekanismeissa
nr-comparison-sectors-intro = Minkä tyyppiset toimijat ovat mukana toimivassa mekanismissa: ✓ vähintään yksi on, ○ maassa on tällaisia toimijoita, mutta yksikään ei ole mukana, tyhjä, kun kartasto ei kirjaa yhtään.
nr-comparison-sectors = Toimijatyypit toimivissa mekanismeissa maittain
nr-comparison-limitations-intro = Haasteet ja rajoitteet luokittain: rajoitteen valinneiden vastaajien määrä, jos maaluku ilmoittaa sen, • kun maaluku mainitsee rajoitteen ilman lukumäärää.
nr-comparison-limitations = Rajoitteet maittain
nr-chart-limitations-caption = Maalukujen mainitsemat rajoitteet maittain ja luokittain
nr-chart-limitations-alt = Pylväskaavio kunkin maaluvun mainitsemista rajoitteista luokittain; yllä oleva taulukko antaa lukumäärät.
nr-chart-participation-caption = Kutsutut ja vastanneet maittain
nr-chart-participation-alt = Pylväskaavio siitä, kuinka monta toimijaa kussakin maassa kutsuttiin ja kuinka moni täytti kyselylomakkeen, jos maaluku ilmoittaa lukumäärän.
nr-comparison-gaps-title = Puutteet alueella
nr-comparison-gaps-intro = Kukin puuteanalyysin sääntö kussakin maassa: ● kirjattu puute, ○ ei kirjattu kumpaankaan suuntaan, i huomio (ei puute), tyhjä, kun sääntö ei löydä mitään.
nr-comparison-gaps = Puutehavainnot säännöittäin ja maittain
nr-download = Lataa:
nr-link = Tuotettu raportti
nr-link-lead = Tämän maan luku koottuna uudelleen kartastosta – havainnot, toimijat ja toimivaltuudet, yhteistyö, mekanismit, rajoitteet, puuteanalyysin johtopäätökset – ja jokainen väite jäljitettynä lähteeseensä.
nr-read = Lue raportti
insight-report = Alueen tuotettu raportti
insight-report-lead = Koko tutkimus koottuna uudelleen kartastosta: tiivistelmä, kunkin maan luku ja alueellinen vertailu, jokainen väite jäljitettynä lähteeseensä.

## Ohjaus (tapaukset, suostumus, ohjauspolut)
nav-cases = Tapaukset
cases-title = Tapaukset ja ohjaukset
cases-lead = Organisaatiosi avaamat tapaukset ja sille lähetetyt ohjaukset. Henkilötiedot on salattu, ja ne näytetään vain niille, jotka tarvitsevat niitä; jokainen niiden katselu kirjataan.
cases-open = Avaa tapaus
cases-screen-first = tai tee ensin tilanteen alkuarviointi
cases-inbox = Organisaatiollesi lähetetyt ohjaukset
cases-country-referrals = Ohjaukset maassasi
cases-inbox-empty = Ei ohjauksia.
cases-mine = Organisaatiosi avaamat tapaukset
cases-none = Ei vielä tapauksia.
case-reference = Tapaus
case-action = Toimenpide
case-from = Lähettäjä
case-to = Vastaanottaja
case-state = Tila
case-sent = Lähetetty
case-deadline = Määräaika
case-exploitation = Hyväksikäytön muoto
case-persons = Henkilöt
case-anonymised = Anonymisoitu { $date }: säilytysaika päättyi, joten nimet, syntymäajat, kansalaisuudet, yhteystiedot, muistiinpanot ja viestit hävitettiin. Tilastoihin laskettavat tiedot säilyvät.
case-level = Alkuarvioinnin taso
case-opened = Avattu
case-updated = Viimeisin muutos
case-new-title = Avaa tapaus
case-new-lead = Kirjaa tilanne ja asianosaiset henkilöt. Kirjaa henkilö erikseen, jos hänen polkunsa poikkeaa muista (alaikäinen aikuisten joukossa); samaa polkua kulkevat henkilöt voi kirjata yhdelle riville ilman nimiä.
case-new-from-screening = Tekemäsi alkuarviointi on liitetty tähän tapaukseen: { $level }.
case-situation = Tilanne
case-work-sector = Työn toimiala
case-region = Alue
case-persons-help = Jätä henkilön oleskeluasemaksi ”ei henkilöä”, niin rivi ohitetaan. Henkilötietokentät ovat vapaaehtoisia: kirjaa vain se, mitä ohjaus edellyttää.
case-person-n = Henkilö { $n }
case-no-person = ei henkilöä
case-residence = Oleskeluasema
case-age = Ikäryhmä
case-count = Henkilöiden määrä tällä polulla
case-gender = Sukupuoli
case-nationality-group = Kansalaisuusryhmä (säilytetään tilastoja varten)
case-name = Nimi tai peitenimi
case-birth-date = Syntymäaika
case-nationality = Kansalaisuus
case-contact = Yhteystieto
case-encrypted = Nimet, syntymäajat, kansalaisuudet, yhteystiedot, muistiinpanot ja viestit salataan kenttä kerrallaan ennen tallentamista.
case-title = Tapaus { $reference }
view-owner = Organisaatiosi tunnisti tämän tapauksen: näet sen kokonaan.
view-receiver = Tämä tapaus ohjattiin organisaatiollesi: näet tilanteen ja vain sen, mitä toimenpiteesi edellyttää.
view-oversight = Kansallisen koordinaattorin näkymä: tapaus ja sen ohjaukset ilman henkilötietoja.
case-identified-by = Tunnistaja
case-not-screened = alkuarviointia ei tehty
case-group-of = { $count } henkilön ryhmä
case-withheld = Ei näytetä organisaatiollesi: { $fields }.
case-consent = Suostumus
case-no-consent = Suostumusta ei ole vielä kirjattu. Henkilö, joka kieltäytyy kaikesta, voidaan silti laskea mukaan anonyymisti.
case-person = Henkilö
case-purpose = Tarvittava suostumus
case-method = Miten annettu
case-recorded = Kirjattu
case-withdrawn = Peruttu
case-withdraw = Peru
case-share-with = Organisaatio (vain tietojen luovutus)
case-record-consent = Kirjaa suostumus
case-proposals = Ehdotetut ohjaukset
case-proposals-lead = Mitä maan ohjauspolku edellyttää kunkin henkilön osalta, perusteluineen ja raportin sanoin. Valitse lähetettävät.
case-see-pathway = Näytä koko ohjauspolku.
case-no-proposals = Ohjauspolku ei ehdota tähän tilanteeseen ohjausta.
case-undefined-route = Raportti jättää tämän polun määrittelemättä; sen sijaan tarjotaan koordinaattoria.
case-because = Peruste:
case-consent-on-record = Suostumus kirjattu: { $purpose }.
case-consent-missing = Suostumus puuttuu: { $purpose }. Kirjaa se ennen lähettämistä.
case-message = Viesti vastaanottaville organisaatioille (vapaaehtoinen)
case-send = Lähetä valitut ohjaukset
case-referrals = Ohjaukset
case-no-referrals = Ohjausta ei ole vielä lähetetty.
case-until = { $date } asti
case-until-label = Harkinta-ajan päättyminen (jos myönnetty)
case-reason = Syy
case-outcome = Tulos
case-notes = Muistiinpanot
case-add-note = Lisää muistiinpano
case-seen-by = Kuka on nähnyt henkilötiedot
case-when = Milloin
case-who = Kuka
case-what = Mitä
pathway-title = Ohjauspolku: { $country }
pathway-lead = Kenelle ohjaan? Vuoden 2013 raportin kuvaamat polut, kukin lähteineen. Kun raportti jättää polun määrittelemättä, ohjauspolku kertoo sen ja tarjoaa koordinaattoria.
pathway-coordinator-formal = Kansallinen koordinaattori:
pathway-coordinator-closest = Ei kansallista koordinaattoria; elin, jonka raportti katsoo olevan lähimpänä tätä roolia:
pathway-undefined-count = { $count ->
    [one] Raportti jättää yhden polun määrittelemättä.
   *[other] Raportti jättää { $count } polkua määrittelemättä.
}
pathway-rules = Polut ja niiden lähteet
pathway-when = Milloin
pathway-source = Lähde
pathway-undefined = ei määritelty raportissa
pathway-any-case = mikä tahansa tapaus
pathway-from-level = alkuarvioinnin taso vähintään { $level }
pathway-from-sector = ohjaajana { $sectors }
pathway-no-consent = Tällä polulla ei tarvita suostumusta.
pathway-days = { $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
}
pathway-link = Ohjauspolku: kenelle ohjaan?
residence-legal_resident = laillisesti maassa oleskeleva
residence-eu_citizen = EU-kansalainen
residence-irregular_migrant = ilman oleskeluoikeutta oleskeleva
residence-asylum_seeker = turvapaikanhakija
age-adult = aikuinen
age-minor = alaikäinen
age-unknown = ikä ei tiedossa
gender-female = nainen
gender-male = mies
gender-other = muu
gender-unknown = ei tiedossa
nationality_group-national = tämän maan kansalainen
nationality_group-eu_eea = EU- tai ETA-kansalainen
nationality_group-third_country = kolmannen maan kansalainen
nationality_group-unknown = ei tiedossa
exploitation-labour_exploitation = Työperäinen hyväksikäyttö
exploitation-forced_labour = Pakkotyö
exploitation-forced_begging = Pakotettu kerjääminen
exploitation-forced_criminality = Pakotettu rikollinen toiminta
exploitation-domestic_servitude = Kotitalousorjuus
exploitation-sexual_exploitation = Seksuaalinen hyväksikäyttö
exploitation-other = Muu
work-agriculture = Maatalous
work-construction = Rakentaminen
work-manufacturing = Teollisuus
work-hospitality = Ravintola- ja hotelliala
work-cleaning = Siivous
work-domestic_work = Kotitaloustyö
work-fishing = Kalastus
work-forestry = Metsätalous ja marjanpoiminta
work-transport = Kuljetus
work-care = Hoiva
work-other = Muu
action-investigate = Rikostutkinta
action-inspect = Työsuojelutarkastus
action-determine_victim_status = Uhriasema
action-grant_reflection_period = Harkinta-aika
action-decide_residence_permit = Oleskelulupa
action-provide_assistance = Apu ja tuki
action-child_protection = Lastensuojelu
action-repatriation = Kotimaahan paluu
purpose-referral_assistance = ohjaus auttamisjärjestelmään
purpose-police_contact = yhteydenotto poliisiin
purpose-share_with_organisation = tietojen luovuttaminen nimetylle organisaatiolle
purpose-support_services = tukipalvelut
purpose-statistics = käyttö tilastoissa
method-signed_form = allekirjoitettu lomake
method-oral_with_witness = suullisesti todistajan läsnä ollessa
method-via_interpreter = tulkin välityksellä
field-name = nimi
field-birth_date = syntymäaika
field-nationality = kansalaisuus
field-contact = yhteystieto
field-notes = muistiinpanot
field-messages = viestit
state-sent = lähetetty
state-acknowledged = kuitattu
state-accepted = hyväksytty
state-declined = hylätty
state-decided = päätetty
state-closed = suljettu
step-send = Lähetetty
step-acknowledge = Kuittaa
step-accept = Hyväksy
step-decline = Hylkää
step-decide = Kirjaa tulos
step-close = Sulje
step-consent_withdrawn = Suostumus peruttu
outcome-presumed_victim = oletettu uhri
outcome-confirmed_victim = vahvistettu uhri
outcome-not_a_victim = ei uhri
outcome-reflection_period_granted = harkinta-aika myönnetty
outcome-residence_permit_granted = oleskelulupa myönnetty
outcome-residence_permit_refused = oleskelulupa evätty
outcome-assistance_started = auttaminen aloitettu
outcome-investigation_opened = esitutkinta aloitettu
outcome-child_protection_started = lastensuojelun toimet aloitettu
outcome-inspection_carried_out = tarkastus tehty
cases-open-from-screening = Avaa tapaus tällä alkuarvioinnilla
pathway-open = Katso raportin perusteella, kuka saa tapauksen ja mihin
statistics-title = Tilastot
statistics-lead = Anonymisoidut lukumäärät OpenNRM:ään kirjatuista tapauksista maittain. Yksittäistä tietuetta ei koskaan näytetä: jokainen lukumäärä, joka on pienempi kuin { $k } (nollaa lukuun ottamatta), piilotetaan, samoin jokainen lukumäärä, josta sellainen voitaisiin päätellä.
statistics-measures = Mitä lasketaan
statistics-downloads = Lataa:
statistics-htcds = Human Trafficking Case Data Standardin mukaisessa muodossa (CSV)
statistics-suppressed-note = ”–” merkitsee piilotettua lukumäärää (pienempi kuin { $k } tai sellainen, joka paljastaisi tällaisen lukumäärän). Nollat näytetään.
statistics-total = Yhteensä
statistics-all-countries = kaikki maat
statistics-measure-persons = Tunnistetut henkilöt
statistics-measure-cases = Tapaukset
statistics-measure-referrals = Ohjaukset
statistics-measure-decisions = Päätökset
statistics-axis-persons = henkilöt
statistics-axis-cases = tapaukset
statistics-axis-referrals = ohjaukset
statistics-axis-decisions = päätökset
statistics-dimension-year = Vuosittain
statistics-dimension-work_sector = Työn toimialan mukaan
statistics-dimension-exploitation = Hyväksikäytön muodon mukaan
statistics-dimension-age_group = Ikäryhmän mukaan
statistics-dimension-gender = Sukupuolen mukaan
statistics-dimension-nationality_group = Kansalaisuusryhmän mukaan
statistics-dimension-residence = Oleskeluaseman mukaan
statistics-dimension-referring_sector = Tunnistaneen organisaation sektorin mukaan
statistics-dimension-days_to_referral = Päivät tunnistamisesta ensimmäiseen ohjaukseen
statistics-dimension-days_to_decision = Päivät tunnistamisesta ensimmäiseen päätökseen
statistics-dimension-screening_level = Alkuarvioinnin tason mukaan
statistics-dimension-action = Pyydetyn toimenpiteen mukaan
statistics-dimension-state = Ohjauksen nykyisen tilan mukaan
statistics-dimension-outcome = Päätöksen mukaan
statistics-not_recorded = ei kirjattu
statistics-not_screened = alkuarviointia ei tehty
days-not_referred = ei vielä ohjattu
days-no_decision = ei vielä päätöstä
days-same_day = samana päivänä
days-1_to_7_days = 1–7 päivää
days-8_to_30_days = 8–30 päivää
days-31_to_90_days = 31–90 päivää
days-over_90_days = yli 90 päivää
nav-statistics = Tilastot
jobs-title = Taustatyöt
jobs-lead = Määräajat, eskaloinnit ja sähköpostit, jotka suorittaa se palvelinsolmu, joka ottaa ne ensimmäisenä. Epäonnistunutta työtä yritetään uudelleen pitenevin tauoin, kunnes yritykset on käytetty; sen jälkeen se jää tähän epäonnistuneena, kunnes lisäät sen jonoon uudelleen.
jobs-none = Ei vielä töitä.
jobs-kind = Työ
jobs-state = Tila
jobs-attempts = Yritykset
jobs-due = Määräaika
jobs-error = Viimeisin virhe
jobs-updated = Viimeisin muutos
jobs-retry = Lisää jonoon uudelleen
job-escalation_sweep = Etsi ohjaukset, joiden kuittauksen määräaika on ylittynyt
job-apply_retention = Anonymisoi suljetut tapaukset, joiden säilytysaika on päättynyt
job-send_email = Lähetä sähköposti
job-state-queued = jonossa
job-state-running = käynnissä
job-state-done = valmis
job-state-failed = epäonnistunut
notifications-title = Ilmoitukset
notification-referral_unacknowledged = Ohjausta ei ole kuitattu ajallaan
notifications-open = Avaa tapaus
case-plan = Palvelusuunnitelma
case-plan-empty = Ei vielä palvelutehtäviä.
case-plan-help = Anna tehtävä palveluntuottajalle, jonka kartastoon kirjattu toimivalta kattaa sen. Henkilön on täytynyt antaa suostumus tukipalveluihin; palveluntuottaja näkee vain sen, mitä tehtävä edellyttää (turvakoti: nimi ja yhteystieto).
case-assistance = Apu ja tuki
case-provider = Palveluntuottaja
case-assign = Anna tehtävä
tasks-title = Palvelutehtävät
tasks-lead = Organisaatiollesi annetut tehtävät, kustakin vain se, mitä tehtävä edellyttää henkilöstä. Itse tapaus pysyy organisaatiolla, joka antoi tehtävän.
tasks-none = Organisaatiollesi ei ole annettu tehtäviä.
tasks-from = Tehtävän antaja: { $organisation }
assistance-accommodation = Majoitus
assistance-legal_aid = Oikeusapu
assistance-health_care = Terveydenhuolto
assistance-psychological_support = Psykologinen tuki
assistance-interpreter = Tulkkaus
assistance-subsistence = Toimeentulo
assistance-reflection_period_support = Tuki harkinta-aikana
assistance-residence_permit_support = Tuki oleskelulupa-asiassa
assistance-repatriation = Kotimaahan paluu
assistance-return_and_reintegration = Paluu ja uudelleenkotoutuminen
task-state-assigned = annettu
task-state-in_progress = työn alla
task-state-completed = valmis
task-state-declined = hylätty
task-step-start = Aloita
task-step-complete = Merkitse valmiiksi
task-step-decline = Hylkää
nav-tasks = Tehtävät
nav-jobs = Taustatyöt
notification-referral_overdue = Organisaatiollesi lähetetty ohjaus odottaa yli määräajan: kuittaa se
nav-inspections = Tarkastukset
inspections-title = Yhteistarkastukset
inspections-lead = Useiden viranomaisten yhdessä tekemät työpaikkatarkastukset, kukin omalla oikeusperustallaan. Tanskassa ”Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated”; raportti suosittaa niitä yhtenä keinona koordinoida toimia ja ymmärtää toistensa työtä.
inspections-none = Organisaatiosi ei vielä osallistu yhteenkään yhteistarkastukseen.
inspection-title = Yhteistarkastus
inspection-reference = Tunnus
inspection-date = Päivämäärä
inspection-agencies = Osallistuvat viranomaiset
inspection-agency = Viranomainen
inspection-state = Tila
inspection-state-planned = suunniteltu
inspection-state-closed = toteutettu ja suljettu
inspection-planned-by = suunnittelija: { $organisation }
inspection-planned-by-label = Suunnittelija
inspection-plan = Suunnittele yhteistarkastus
inspection-plan-help = Valitse vähintään kaksi maasi viranomaista ja anna kunkin tarkastuksen oikeusperusta (Verohallinto verotuksen, työsuojeluviranomainen työturvallisuuden, poliisi rikosten osalta). Vain valitut viranomaiset näkevät tarkastuksen.
inspection-when-where = Aika ja paikka
inspection-takes-part = Osallistuu
inspection-legal-basis = Oikeusperusta
inspection-plan-submit = Suunnittele tarkastus
inspection-findings = Havainnot
inspection-no-findings = Yksikään viranomainen ei ole vielä kirjannut havaintoja.
inspection-workers = { $met ->
    [one] tavattiin yksi työntekijä
   *[other] tavattiin { $met } työntekijää
}
inspection-screened = { $screened ->
    [one] yhdelle tehtiin alkuarviointi
   *[other] { $screened } henkilölle tehtiin alkuarviointi
}
inspection-record-finding = Viranomaisesi havainnot
inspection-workers-met = Tavatut työntekijät
inspection-workers-screened = Indikaattoreilla alkuarvioidut työntekijät
inspection-note = Mitä havaitsit (vain osallistuvien viranomaisten nähtävissä; salattu)
inspection-record = Kirjaa havainnot
inspection-cases = Tästä tarkastuksesta avatut tapaukset
inspection-no-cases = Tästä tarkastuksesta ei ole avattu tapausta.
inspection-open-case = Avaa tapaus tästä tarkastuksesta
inspection-screen = Tee työntekijälle alkuarviointi
inspection-in-atlas = Kartasto kirjaa tämän tarkastuksen yhteistyön versiossa { $revision }.
inspection-see-diff = Katso muutokset
inspection-close-help = Sulje tarkastus, kun se on toteutettu: kartasto kirjaa silloin yhteistarkastussuhteen jokaisen osallistuneen viranomaisparin välille, lähteenä tämä tarkastus.
inspection-close = Sulje tarkastus
case-from-inspection = Tämä tapaus avataan yhteistarkastuksesta { $reference }.
case-inspection = Yhteistarkastus
notification-decision_overdue = Organisaatiollesi lähetetyn ohjauksen päätöksen määräaika on ylittynyt: kirjaa päätös
notification-decision_escalated = Ohjauksen päätös on myöhässä
notification-reflection_period_ending = Harkinta-aika päättyy viikon kuluessa: suunnittele jatko
screening-for-inspection = Tämä alkuarviointi tehdään yhteistarkastuksessa { $reference }; sen tuloksesta avattu tapaus avataan tarkastuksesta.

## Kysely (issue 11)
study-survey-link = Kysely kierros kierrokselta
survey-title = Kysely
survey-lead = Karttaa pidetään ajan tasalla samalla tavalla kuin vuoden 2013 tutkimus sen laati: kyselylomake kunkin maan toimijoille, lyhyt vaihtoehtoinen lomake niille, joilla ei ole toimivaltaa, sekä nimeämiset – vastaaja johtaa seuraavaan. Kierros 0 on vuoden 2012 tutkimus kartastosta luettuna; raportin ilmoittamat luvut ovat sen rinnalla.
survey-start = Aloita kierros: { $country }
survey-wave-label = Kierroksen nimi
survey-wave-label-example = esim. päivitys 2027
survey-days-open = Kutsulinkkien voimassaolo (päivää)
survey-start-submit = Aloita kierros
survey-waves = Kierrokset
survey-country = Maa
survey-wave = Kierros
survey-invited = Kutsutut
survey-completed = Vastanneet
survey-short-form = Lyhyt lomake
survey-declined = Kieltäytyneet
survey-no-reply = Ei vastausta
survey-started = Aloitetut
survey-proposed = Ehdotetut
survey-report-states = Mitä raportti ilmoittaa
survey-questionnaire = Kyselylomake
survey-closes = Linkit voimassa
survey-closed = suljettu
survey-snowball-depth = Pisin nimeämisketju
survey-by-sector = Sektoreittain
survey-sector = Sektori
survey-invitees = Kutsutut
survey-export-csv = Kutsutut CSV-muodossa
survey-export-graphml = Rekrytointipuu GraphML-muodossa
survey-organisation = Organisaatio
survey-contact = Yhteyshenkilö
survey-email = Sähköposti
survey-state = Tila
survey-nominated-by = Nimeäjä
survey-link = Linkki
survey-state-proposed = ehdotettu
survey-state-invited = kutsuttu
survey-state-started = aloitettu
survey-state-completed = vastattu
survey-state-declined = kieltäytynyt
survey-form-full = kyselylomake
survey-form-alternative = lyhyt lomake
survey-new-link = Uusi linkki
survey-issue-links = Luo linkit ehdotetuille kutsutuille
survey-add-invitee = Lisää kutsuttu
survey-atlas-actor = Kartaston toimija
survey-new-organisation-option = (muu organisaatio, nimetään alla)
survey-new-organisation = Muu organisaatio
survey-add-submit = Lisää
survey-tree = Rekrytointipuu
survey-tree-caption = Kukin laatikko on kutsuttu (#järjestysnumero, organisaatio, tila); viiva kulkee vastaajasta tämän nimeämiin yhteyshenkilöihin. Yllä oleva kutsuttujen taulukko sisältää samat tiedot.
survey-links-title = Kutsulinkit
survey-links-lead = Kukin linkki näytetään vain tämän kerran: tulosta tämä sivu tai lähetä kukin linkki kutsutulle nyt. Linkeistä tallennetaan vain sormenjälki, joten kadonnutta linkkiä ei voi näyttää uudelleen – luo sen sijaan uusi.
survey-links-none = Yksikään kutsuttu ei odottanut linkkiä.
survey-back-to-wave = Takaisin kierrokseen
survey-respond-title = Kysely työperäisestä ihmiskaupasta
survey-respond-lead = Vastaat organisaation { $organisation } ({ $country }) puolesta. Vain kansallinen koordinaattori näkee vastauksesi, ja ne viedään kartastoon vasta tarkastuksen jälkeen.
survey-respond-closes = Tämä linkki toimii { $date } asti.
survey-saved = Vastauksesi on tallennettu. Voit palata samalla linkillä, kunnes lähetät ne.
survey-comment-on = Kommentti: { $choice }
survey-your-answer = Vastauksesi
survey-more = Lisättävää
survey-save = Tallenna ja palaa myöhemmin
survey-submit = Lähetä vastaukset
survey-short-help = Eikö sinulla ole kokemusta, toimivaltaa tai tietoa näihin kysymyksiin vastaamiseen? Muutama lyhyt vaihtoehtoinen kysymys kysyy sen sijaan työstäsi.
survey-full-help = Onko sinulla kokemusta vastata koko kyselylomakkeeseen? Voit vaihtaa takaisin.
survey-switch-short = Vastaa sen sijaan lyhyisiin kysymyksiin
survey-switch-full = Vastaa sen sijaan koko kyselylomakkeeseen
survey-decline = Kieltäydy osallistumasta
survey-nominate = Keneltä muulta meidän pitäisi kysyä?
survey-nominate-help = Nimeä henkilö, jonka organisaatio työskentelee työperäisen ihmiskaupan parissa tai voisi työskennellä: koordinaattori päättää, kutsutaanko hänet.
survey-nominee-name = Hänen nimensä
survey-why = Miksi hän on olennainen
survey-nominate-submit = Nimeä
survey-done-title = Kiitos
survey-done-thanks = Vastauksesi on lähetetty. Tämä linkki ei enää avaa kyselylomaketta.
survey-declined-thanks = Olet kieltäytynyt osallistumasta. Tämä linkki ei enää avaa kyselylomaketta.
survey-review = Tarkastus: vastauksista kartastoon
survey-review-help = Täytetyt vastaukset ehdottavat muutoksia kartastoon: kartaston toimijan puolesta vastaava ehdottaa suhteita nimeämiinsä kumppaneihin ja rastittamiaan toimivaltuuksia; kuka tahansa vastaaja ehdottaa mekanismeja, joita sen mukaan on olemassa. Samaa tietoa koskevat vastaukset näytetään yhdessä, ja niiden kanssa ne, jotka vastasivat samaan kysymykseen mainitsematta sitä. Hyväksy ehdotus (jos valitset toisen yhteistyön lajin tai luokituksen kuin ehdotettu, se kirjataan muokkaukseksi) tai hylkää se; hyväksytty ehdotus viedään kartastoon uutena versiona, joka viittaa vastaukseen raportin lainausten rinnalla.
survey-see-diff = Mikä on muuttunut vuoden 2013 jälkeen
survey-no-proposals = Yksikään täytetty vastaus ei vielä ehdota muutosta.
survey-fact-tie = Yhteistyö
survey-fact-mandate = Toimivalta
survey-fact-mechanism = Mekanismi
survey-conflicting = vastaukset eroavat
survey-named-by = { $count ->
    [one] yhden vastaajan mainitsema
   *[other] { $count } vastaajan mainitsema
}
survey-answered-without = { $count ->
    [one] yksi vastaaja vastasi mainitsematta sitä
   *[other] { $count } vastaajaa vastasi mainitsematta sitä
}
survey-not-in-atlas = ei kirjattu
survey-mandate-held = on
survey-mandate-denied = ilmoitettu puuttuvaksi
survey-grade = Luokitus
survey-limitations-help = { $count ->
    [one] Laskettu yhdestä vastaajasta, joka täytti koko kyselylomakkeen. Hyväksytty lukumäärä lisätään kartastoon rajoitteena, joka viittaa tähän kierrokseen; raportin lukumäärät pysyvät ennallaan.
   *[other] Laskettu { $count } vastaajasta, jotka täyttivät koko kyselylomakkeen. Hyväksytty lukumäärä lisätään kartastoon rajoitteena, joka viittaa tähän kierrokseen; raportin lukumäärät pysyvät ennallaan.
}
survey-reminders = Muistutukset
survey-send-reminders = Muistuta niitä, jotka eivät ole vastanneet
survey-reminders-help = Kukin saa uuden linkin (aiempi lakkaa toimimasta); tallennetut vastaukset säilyvät.
survey-in-atlas = Jo kartastossa
survey-decision = Päätös
survey-decision-accepted = hyväksytty
survey-decision-edited = hyväksytty toisella lajilla
survey-decision-rejected = hylätty
survey-in-revision = versio { $revision }
survey-kind = Laji
survey-accept = Hyväksy
survey-reject = Hylkää
survey-limitations = Työtä rajoittavat tekijät
survey-limitation = Rajoite
survey-respondents-naming = Sen maininneet vastaajat
survey-emailed = Sähköpostitse
survey-emailed-yes = lähetetty

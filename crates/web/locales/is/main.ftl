# Machine-drafted translation, not yet reviewed by a national reviewer.

# Notendaviðmót OpenNRM, íslenska. Lyklunum er raðað eftir síðum; merki orðaforðans fylgja
# mynstrinu <orðaforði>-<gildi> svo að kóðinn geti flett þeim upp út frá gögnunum.

# Eigið heiti tungumálsins, fyrir tungumálavalið, og hvort innlendur yfirlesari hafi
# staðfest þessa þýðingu (yes / no): síðurnar sýna merkinguna „ekki enn yfirfarið“ þar sem svo er ekki.
language-name = Íslenska
translation-reviewed = no
language-switcher = Tungumál
nav-main = Aðalvalmynd
translation-unreviewed = Þessi þýðing er vélþýdd og hefur ekki enn verið yfirfarin af innlendum yfirlesara. Enski textinn gildir.

site-name = OpenNRM
site-tagline = Hver ber kennsl á þolendur vinnumansals, vísar þeim áfram og aðstoðar þá
nav-countries = Lönd
nav-search = Leit
nav-api = API
nav-about = Um gögnin
skip-to-content = Fara beint í efni
footer-source = Gögn: { $report }.
footer-licence = OpenNRM er frjáls hugbúnaður. Hver staðreynd vísar á þann stað í skýrslunni sem hún er sótt í.
footer-revision = Útgáfa atlassins { $revision }, hlaðin inn { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Aðilar gegn vinnumansali í 11 löndum
home-lead = Atlasinn kortleggur, fyrir hvert land í rannsókn Ráðs Eystrasaltsríkjanna, þá aðila sem geta borið kennsl á þolendur, vísað þeim áfram og aðstoðað þá, umboð þeirra, hvernig þeir vinna saman og hvaða innlend kerfi eru til staðar. Hver staðreynd sýnir setninguna í skýrslunni sem hún er sótt í.
home-countries = Lönd
home-glance = Kerfin í hnotskurn
home-glance-lead = Hvaða innlend kerfi skýrslan skráir fyrir hvert land. Það að kerfi vanti er líka niðurstaða.
home-legend = Hvað litirnir merkja
home-chips-lead = Hvert spjald sýnir þau innlendu kerfi sem skýrslan spyr um, flokkuð eins og skýrslan lýsir þeim:
home-legend-formal = formlegt (embætti eða stofnun sem ber það heiti)
home-legend-functional-equivalent = hliðstæða í reynd (skýrslan: "comes closest to", "a coordinating role")
home-legend-expired = útrunnið (gildistími þess er liðinn)
home-legend-absent = skráð sem ekki til staðar
home-legend-not-recorded = ekki skráð í skýrslunni
home-respondents = Útfylltir spurningalistar: { $completed } af { $invited } sem var boðið
home-respondents-completed = Útfylltir spurningalistar: { $completed }
home-counts = Aðilar: { $actors } · umboð: { $mandates } · samstarfstengsl: { $ties } · kerfi: { $mechanisms }
home-search-title = Leita í atlasinum
home-search-lead = Hvaða orð sem er úr hvaða staðreynd sem er: heiti aðila, umboð, lög („§ 262a“), setning úr skýrslunni. Til að finna aðila eftir því hvað þeir mega gera (hver ákvarðar stöðu þolanda í Danmörku?) skaltu nota síurnar á leitarsíðunni.

country-native = Á tungumáli landsins: { $name }
country-chapter = Kafli skýrslunnar: { $chapter }
country-on-this-page = Á þessari síðu
country-findings = Niðurstöður
country-participation = Hverjir tóku þátt í rannsókninni
country-actors = Aðilar og umboð
country-governmental = Opinberir aðilar
country-non-governmental = Óopinberir aðilar
country-cooperation = Samstarf
country-cooperation-lead = Samstarfstengsl eins og svarendur lýstu þeim. Fyrri aðilinn er sá sem lýsir tengslunum í svari sínu.
country-policy = Stefna og löggjöf
country-mechanisms = Kerfi
country-challenges = Áskoranir og takmarkanir
country-challenges-lead = Takmarkanir sem svarendur nefndu; talan segir hve margir nefndu hverja þeirra, þar sem skýrslan gefur hana upp.
country-conclusions = Ályktanir
country-ambiguities = Þar sem skýrslan er tvíræð
country-ambiguities-lead = Skýrslan segir eitt á einum stað og annað á öðrum. Hver túlkun er varðveitt ásamt tilvitnun sinni.
country-lists = Viðkomandi stofnanir og samtök
country-no-cooperation = Skýrslan lýsir engum samstarfstengslum fyrir þetta land.
country-no-documents = Skýrslan nefnir engan lagagerning eða stefnuskjal fyrir þetta land.
country-no-limitations = Skýrslan gefur engar tölur um takmarkanir fyrir þetta land.
country-invited = Boðið
country-completed = Svöruðu
country-reading = Túlkun
country-respondents = Svarendur
country-counts-unknown = ekki gefið upp

actor-native-name = Heiti á frummáli
actor-acronym = Skammstöfun
actor-also-known-as = Einnig nefnt
actor-sector = Geiri
actor-level = Stjórnsýslustig
actor-study-status = Í rannsókninni
actor-parent = Hluti af
actor-children = Einingar
actor-mandates = Umboð
actor-no-mandates = Skýrslan tilgreinir ekkert umboð fyrir þennan aðila.
actor-cooperation = Samstarf
actor-cooperation-out = Samstarf sem þessi aðili lýsti
actor-cooperation-in = Samstarf við þennan aðila sem aðrir lýstu
actor-no-cooperation = Skýrslan lýsir engum samstarfstengslum fyrir þennan aðila.
actor-mechanisms = Kerfi
actor-holds = Fer með eða stýrir
actor-member-of = Á aðild að
actor-no-mechanisms = Skýrslan nefnir þennan aðila ekki í neinu innlendu kerfi.
actor-back = Til baka: { $country }
actor-find-similar = Aðrir aðilar í þessum geira í löndunum 11

mandate-scope = Umfang: { $scope }
mandate-labour-yes = Nær til vinnumansals
mandate-labour-no = Ekkert umboð varðandi vinnumansal
mandate-labour-unknown = Skýrslan segir ekki hvort þetta nær til misneytingar vinnuafls

mandate-denied = Hefur ekki
mandate-denied-scope = Skýrslan segir að aðilinn megi ekki: { $scope }
mechanism-holder = Í umsjá eða undir formennsku
mechanism-members = Meðlimir
mechanism-year = Stofnað
mechanism-frequency = Fundartíðni
mechanism-focus = Áhersla

source = Heimild
source-show = Sýna heimild
source-line = lína { $line } í skýrslunni
source-record = OpenNRM-færsla { $record }: samantekt sem OpenNRM skrifaði, ekki textabrot úr skýrslunni
source-section = { $country } › { $section }
source-note = Athugasemd

search-title = Leita að aðilum
search-lead = Sameinaðu hvaða síur sem er. Leit eftir því hvað aðili má gera svarar spurningum á borð við „hver ákvarðar stöðu þolanda í Danmörku?“.
search-text = Heiti, heiti á frummáli eða skammstöfun
search-country = Land
search-sector = Geiri
search-capability = Umboð
search-study-status = Í rannsókninni
search-any = Allt
search-submit = Leita
search-results = { $count ->
    [0] Enginn aðili fannst.
    [one] { $count } aðili fannst.
   *[other] { $count } aðilar fundust.
}
search-col-actor = Aðili
search-col-country = Land
search-col-sector = Geiri
search-col-mandates = Samsvarandi umboð
search-col-status = Í rannsókninni
search-invalid = { $field }: „{ $value }“ er ekki þekkt gildi.
search-too-long = { $field }: að hámarki { $max } stafir.
search-too-many-words = { $field }: að hámarki { $max } orð.
search-kind = Tegund staðreyndar
search-facts-text = Orð
search-to-facts = Leita frekar í öllum staðreyndum.
search-to-actors = Finna frekar aðila eftir heiti og síum.
search-facts-title = Leita í atlasinum
search-facts-lead = Allar staðreyndir: heiti aðila, umboð, kerfi, skjöl, takmarkanir, niðurstöður og tilvitnanir í skýrsluna. Há- og lágstafir og stafmerki skipta ekki máli („liepaja“ finnur „Liepāja“) og orð finnur einnig lengri orð sem hefjast á því („reflect“ finnur „reflection“).
search-facts-results = { $count ->
    [0] Ekkert fannst.
    [one] { $count } textabrot fannst.
   *[other] { $count } textabrot fundust.
}
search-facts-truncated = Fyrstu { $count } textabrotin sem fundust; bættu við orði eða síu til að þrengja leitina.

search_kind-country = Land
search_kind-actor = Aðili
search_kind-mandate = Umboð
search_kind-tie = Samstarf
search_kind-mechanism = Kerfi
search_kind-document = Skjal
search_kind-limitation = Takmörkun
search_kind-participation = Þátttaka
search_kind-finding = Niðurstaða
search_kind-ambiguity = Tvíræðni
search_kind-respondent = Svarandi
search_kind-recommendation = Tilmæli
search_field-name = heiti
search_field-native_name = heiti á frummáli
search_field-acronym = skammstöfun
search_field-alias = einnig nefnt
search_field-chapter = kafli
search_field-scope = umfang
search_field-note = athugasemd
search_field-title = titill
search_field-topic = efni
search_field-frequency = fundartíðni
search_field-quote = tilvitnun
search_field-reason = ástæða
search_field-summary = samantekt

about-title = Um gögnin
about-lead = Atlasinn er skýrslan „Actors against Trafficking for Labour Exploitation“ frá verkefnahópi Ráðs Eystrasaltsríkjanna gegn mansali (2013), færð yfir í gögn. Engu er bætt við það sem skýrslan segir.
about-sources = Hverri staðreynd fylgir sá hluti landskaflans sem hún kemur úr og stutt tilvitnun sem birtist orðrétt í skýrslunni. Þar sem skýrslan stangast á við sjálfa sig eru báðar túlkanir varðveittar.
about-data = Gagnaskrárnar eru hreinn texti, ein fyrir hvert land, og hægt er að yfirfara þær og leiðrétta eins og hvert annað skjal. Hægt er að sækja allan atlasinn í gegnum API.
about-api = JSON-API er lýst í OpenAPI-skjali.
about-revisions = Útgáfur atlassins

error-not-found-title = Síðan fannst ekki
error-not-found = Hér er ekki að finna: { $what }. Athugaðu slóðina eða byrjaðu á landalistanum.
error-bad-request-title = Ekki tókst að skilja beiðnina
error-internal-title = Eitthvað fór úrskeiðis
error-internal = Ekki tókst að birta síðuna. Villan hefur verið skráð; reyndu aftur síðar.
error-back-home = Fara á landalistann

yes = já
no = nei

sector-police = Lögregla
sector-border_guard = Landamæravarsla
sector-prosecution = Ákæruvald
sector-court = Dómstólar
sector-labour_inspection = Vinnueftirlit
sector-tax = Skattyfirvöld
sector-immigration = Útlendingamál
sector-ministry = Ráðuneyti
sector-coordination_body = Samhæfingaraðilar
sector-rapporteur = Skýrslugjafar
sector-victim_assistance = Aðstoð við þolendur
sector-municipality = Sveitarfélög
sector-ngo = Frjáls félagasamtök
sector-trade_union = Stéttarfélög
sector-employers_org = Samtök atvinnurekenda
sector-international_org = Alþjóðastofnanir
sector-research = Rannsóknir
sector-company = Fyrirtæki
sector-other = Annað

study_status-participated = Tók þátt
study_status-invited_not_participated = Boðið, tók ekki þátt
study_status-mentioned = Nefnt af svarendum

level-national = Á landsvísu
level-regional = Svæðisbundið
level-local = Staðbundið
level-international = Alþjóðlegt

capability-identify_victims = Bera kennsl á þolendur
capability-refer_victims = Vísa þolendum áfram
capability-report_to_police = Tilkynna til lögreglu
capability-inspect_workplaces = Hafa eftirlit með vinnustöðum
capability-investigate_crime = Rannsaka afbrot
capability-prosecute = Ákæra
capability-determine_victim_status = Ákvarða stöðu þolanda
capability-grant_reflection_period = Veita umþóttunartíma
capability-grant_residence_permit = Veita dvalarleyfi
capability-provide_assistance = Veita aðstoð
capability-repatriation = Heimflutningur
capability-coordinate = Samræma
capability-monitor_and_report = Vakta og gefa skýrslu
capability-bring_labour_court_cases = Reka mál fyrir vinnudómstólum
capability-training = Þjálfun
capability-prevention = Forvarnir
capability-policy_making = Stefnumótun
capability-supervise = Hafa umsjón
capability-advocacy = Hagsmunagæsla
capability-research = Rannsóknir
capability-protect_workers_rights = Vernda réttindi launafólks

cooperation-information_exchange = Upplýsingaskipti
cooperation-joint_inspection = Sameiginlegt eftirlit
cooperation-referral = Tilvísun
cooperation-service_contract = Þjónustusamningur
cooperation-coordination = Samræming
cooperation-membership = Aðild
cooperation-other = Samstarf

mechanism-national_coordinator = Innlendur samræmingaraðili
mechanism-national_rapporteur = Innlendur skýrslugjafi
mechanism-lead_agency = Leiðandi stofnun
mechanism-referral_system = Tilvísunarkerfi
mechanism-mou = Viljayfirlýsing
mechanism-working_group = Vinnuhópar
mechanism-specialised_unit = Sérhæfðar einingar
mechanism-network = Tengslanet
mechanism-national_action_plan = Aðgerðaáætlun á landsvísu
mechanism-local_coordinator = Staðbundnir samræmingaraðilar

mechanism_status-formal = Formlegt
mechanism_status-functional_equivalent = Hliðstæða í reynd
mechanism_status-absent = Ekki til staðar
mechanism_status-expired = Útrunnið
focus-sexual = Kynferðisleg misneyting
focus-labour = Misneyting vinnuafls
focus-all = Öll form
focus-unclear = Óljóst

limitation-legislation = Löggjöf
limitation-lack_of_policy = Skortur á stefnu
limitation-lack_of_cooperation = Skortur á samstarfi
limitation-lack_of_referral_mechanisms = Skortur á tilvísunarkerfum
limitation-corruption = Spilling
limitation-lack_of_knowledge = Skortur á þekkingu
limitation-lack_of_capacity = Skortur á bolmagni
limitation-other = Annað

document-legislation = Löggjöf
document-action_plan = Aðgerðaáætlun
document-policy = Stefna
document-agreement = Samningur
document-report = Skýrsla
document-other = Annað skjal

nav-screening = Skimun
screening-title = Skimun: er þetta mansal?
screening-lead = Svaraðu spurningunum um það sem þú tekur eftir, til dæmis við eftirlit á vinnustað. Niðurstaðan staðsetur aðstæðurnar á samfellunni frá broti á vinnulöggjöf til vinnumansals, skýrir hvaða svör leiddu þangað, segir hvað vantar enn og nefnir þá aðila í landinu sem hafa umboð til að bregðast við.
screening-notice-title = Leiðbeining, ekki ákvörðun.
screening-notice = Niðurstaða skimunar er leiðbeining um að vísa viðkomandi til þess aðila sem hefur umboðið. Hún er aldrei lagaleg ákvörðun: aðeins þar til bær yfirvöld ákveða hvort einhver sé þolandi mansals eða nauðungarvinnu.
screening-translation-unreviewed = Spurningarnar eru drög að þýðingu sem innlendur yfirlesari hefur ekki enn yfirfarið. Opinbert enskt orðalag ILO er undir hverri spurningu.

# Skýring á niðurstöðu skimunar, ein skilaboð fyrir hvern ExplanationCode lénsins
# (screening-why-<code>). Listar yfir vísbendingar eru opinber ensk heiti ILO.
screening-why-screened_with = Skimað var með „{ $instrument }“ { $version } og reglusafninu „{ $rules }“ { $rules_version } á listanum fyrir { $population ->
    [child] börn
   *[adult] fullorðna
}.
screening-why-dimension_positive = Víddin „{ $dimension }“ er jákvæð ({ $rule }): játandi svör við { $indicators }.
screening-why-dimension_not_assessed = Víddin „{ $dimension }“ var ekki metin: engri af spurningum hennar var svarað.
screening-why-dimension_open = Víddin „{ $dimension }“ er ekki staðfest: { $yes ->
    [0] engri vísbendingu hefur enn verið svarað játandi
   *[other] hingað til játandi svör við { $indicators }
}; { $count } { $count ->
    [one] ósvöruð vísbending gæti
   *[other] ósvaraðar vísbendingar gætu
} enn gert hana jákvæða.
screening-why-dimension_negative = Víddin „{ $dimension }“ er neikvæð: { $yes ->
    [0] engri vísbendingu var svarað játandi
   *[other] aðeins játandi svör við { $indicators }
}; { $complete ->
    [yes] öllum vísbendingum hefur verið svarað og engin regla er uppfyllt
   *[no] ósvöruðu vísbendingarnar gætu ekki gert hana jákvæða
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] svar er
   *[other] svör eru
} „óþekkt“; „óþekkt“ telst aldrei sem já.
screening-why-ignored_answers = Svör við vísbendingum sem eru ekki á listanum fyrir { $population ->
    [child] börn
   *[adult] fullorðna
} voru ekki tekin með: { $indicators }.
screening-why-level_none = Stig: engin vísbending — svörin sem gefin voru uppfylla enga reglu reglusafnsins fyrir hærra stig.
screening-why-level_reached = Stig: { $level ->
    [labour_law_violation] hugsanlegt brot á vinnulöggjöf
    [labour_exploitation] misneyting vinnuafls
    [forced_labour] nauðungarvinna
    [presumed_trafficking] ætlað vinnumansal
   *[no_indication] engin vísbending
} — { $because }
screening-why-unverified = { $count } af vísbendingunum sem töldu { $count ->
    [one] hefur ekki enn verið sannreynd
   *[other] hafa ekki enn verið sannreyndar
} gagnvart upprunaritinu (sjá skrá matstækisins): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Hugsanlegt brot á vinnulöggjöf: vísaðu málinu til vinnueftirlitsins og upplýstu starfsmanninn um stéttarfélagið og vinnudómstólinn.
    [labour_exploitation] Misneyting vinnuafls: vísaðu málinu til vinnueftirlitsins, íhugaðu að tilkynna það til lögreglu og vísaðu starfsmanninum á stuðningsþjónustu.
    [forced_labour] Nauðungarvinna: tilkynntu málið til lögreglu og vísaðu viðkomandi til yfirvaldsins sem ákvarðar stöðu þolanda og í aðstoðarkerfið.
    [presumed_trafficking] Ætlað vinnumansal: tilkynntu málið til lögreglu og vísaðu viðkomandi án tafar til yfirvaldsins sem ákvarðar stöðu þolanda, í aðstoðarkerfið og í umþóttunartíma.
   *[no_indication] Engin vísbending: þessi svör gefa ekki tilefni til tilvísunar; ósvaraðar spurningar geta breytt því.
}{ $open ->
    [yes] {" "}Fleiri svör gætu hækkað stigið; sjáðu hvað vantar.
   *[no] {""}
}

# Hvað leið að hærra stigi vantar enn (screening-why-toward og hlutar hennar); hlutarnir
# eru sagðir hver á eftir öðrum, aðskildir með "; ". $names: víddir tengdar saman með
# screening-or; $asks: heiti ILO á vísbendingunum sem enn eru opnar; $topics: hvað á að
# spyrja um (ensk gögn).
screening-or = {" "}eða{" "}
screening-why-toward = Til að ná stiginu „{ $level ->
    [labour_law_violation] hugsanlegt brot á vinnulöggjöf
    [labour_exploitation] misneyting vinnuafls
    [forced_labour] nauðungarvinna
    [presumed_trafficking] ætlað vinnumansal
   *[no_indication] engin vísbending
}“{ $population ->
    [adult] {" "}(fullorðinn)
    [child] {" "}(barn)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = víddin { $names } er jákvæð
screening-why-step_closed = víddin { $names } er neikvæð — þessi leið er lokuð nema svörin breytist
screening-why-step_not_assessed = víddin { $names } hefur ekki enn verið metin — spurðu um þessi atriði ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = víddin { $names } er ekki enn jákvæð — enn opin{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = engri vísbendingu í víddinni { $names } hefur verið svarað játandi og engin er eftir ósvöruð
screening-why-step_none_yet = engri vísbendingu í víddinni { $names } hefur enn verið svarað játandi — enn opin{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Skráðu ekki nöfn eða aðrar persónuupplýsingar: skimunin skráir aðeins hvaða vísbendingar eru til staðar. „Ekki spurt“ er haldið aðskildu frá „nei“.
screening-instrument-meta = Vísbendingar: { $count } · útgáfa { $version }
screening-population = Hverjir eiga í hlut
screening-country = Land (til að sjá hverjir geta brugðist við)
screening-country-none = Ekkert land
screening-start = Hefja skimun
screening-progress = { $answered } af { $total } spurningum svarað
screening-answer-help = Svaraðu því sem þú veist. „Óþekkt“ þýðir að þú spurðir en svarið er óljóst; „Ekki spurt“ þýðir að spurningin var ekki borin upp. Hvorugt telst sem já.
screening-official-wording = Opinbert orðalag
screening-strength = Vægi í matstækinu: { $strength }
screening-see-result = Sjá niðurstöðuna
screening-save-draft = Vista drög
screening-draft-saved = Drögin eru vistuð í þessum vafra. Opnaðu Skimun aftur til að halda áfram með þau; drög eru geymd í 30 daga.
screening-continue-draft = Halda áfram með vistuðu drögin
screening-discard-draft = Fleygja drögum
screening-draft-discarded = Drögunum þínum var fleygt.
screening-no-draft-title = Engin vistuð drög
screening-no-draft = Í þessum vafra eru engin vistuð skimunardrög (drög eru geymd í 30 daga). Hefðu nýja skimun á síðunni Skimun.
screening-forbidden-title = Ekki var hægt að taka við eyðublaðinu
screening-forbidden = Eyðublaðið kom ekki frá þessum vef eða er útrunnið. Opnaðu skimunina aftur og sendu hana inn á ný.
screening-result-title = Niðurstaða skimunar
screening-level = Hvar aðstæðurnar eru á samfellunni
screening-continuum = Samfella misneytingar
screening-reasoning = Hvers vegna
screening-dimensions = Víddir
screening-dimension = Vídd
screening-status = Staða
screening-yes-indicators = Vísbendingar sem svarað var játandi
screening-missing = Hvað vantar til að draga ályktun
screening-questions-to-ask = { $count ->
    [one] { $count } spurning sem þarf að bera upp
   *[other] { $count } spurningar sem þarf að bera upp
}
screening-who-acts = Hverjir geta brugðist við
screening-who-acts-in = Hverjir geta brugðist við: { $country }
screening-nobody = Atlasinn skráir engan aðila með þessi umboð.
screening-uncovered = Enginn aðili í atlasinum fer með þessi umboð:
screening-choose-country = Veldu land til að sjá aðila þess. Þessi umboð eiga við niðurstöðuna:
screening-unverified = { $count ->
    [one] { $count } vísbending sem taldi hefur vægi sem hefur ekki enn verið sannreynt gagnvart riti ILO.
   *[other] { $count } vísbendingar sem töldu hafa vægi sem hefur ekki enn verið sannreynt gagnvart riti ILO.
}
screening-used = Matstæki: { $instrument }. Reglur: { $rules }.
screening-change-answers = Breyta svörum (vistað sem drög)

answer-yes = Já
answer-no = Nei
answer-unknown = Óþekkt
answer-not-asked = Ekki spurt

population-adult = Fullorðinn
population-child = Barn (yngra en 18 ára)

strength-strong = sterkt
strength-medium = miðlungs
strength-weak = veikt
strength-unweighted = án vægis

continuum-no_indication = Engin vísbending
continuum-labour_law_violation = Brot á vinnulöggjöf
continuum-labour_exploitation = Misneyting vinnuafls
continuum-forced_labour = Nauðungarvinna
continuum-presumed_trafficking = Ætlað vinnumansal

dimension-status-positive = Jákvætt
dimension-status-negative = Neikvætt
dimension-status-insufficient_information = Ekki nægar upplýsingar
screening-version = Útgáfa matstækis { $version }

report-title = Skýrslan
report-showing = Línur { $from }–{ $to } af { $total }. Auðkennda línan er þar sem tilvitnaði textinn hefst.
report-earlier = ← Fyrri línur
report-later = Síðari línur →
country-download = Sækja þetta land sem JSON
about-download = Sækja allan atlasinn (JSON).
about-read-report = Lesa skýrsluna, línu fyrir línu.

## Kerfið: innskráning, aðgangur, stjórnun
nav-sign-in = Skrá inn
nav-sign-out = Skrá út
nav-account = Aðgangurinn þinn
nav-audit = Aðgerðaskrá
error-sign-in-title = Vinsamlegast skráðu þig inn
error-sign-in = Þessi síða er fyrir innskráða notendur OpenNRM.
error-forbidden-title = Ekki leyft
error-too-many-title = Of margar beiðnir
sign-in-title = Skrá inn í OpenNRM
sign-in-username = Notandanafn (netfangið þitt)
sign-in-password = Lykilorð
sign-in-code = Sex stafa kóði úr auðkenningarforritinu þínu
sign-in-continue = Áfram
sign-in-code-wrong = Kóðinn var ekki samþykktur. Hver kóði virkar einu sinni og breytist á 30 sekúndna fresti: sláðu inn þann sem forritið sýnir núna.
sign-in-note = Kerfisstjóri stofnunarinnar þinnar stofnar aðganga. Eftir fimm rangar tilraunir er aðgangi læst í 15 mínútur.
account-title = Aðgangurinn þinn
account-username = Notandanafn
account-organisation = Stofnun
account-roles = Hlutverk
account-sessions = Innskráðar lotur
account-totp = Annar auðkenningarþáttur (auðkenningarforrit)
account-totp-on = Annar auðkenningarþáttur er uppsettur: við innskráningu er beðið um kóða.
account-totp-off = Enginn annar auðkenningarþáttur enn. Samræmingaraðilar og kerfisstjórar verða að setja hann upp áður en þeir geta gripið til aðgerða.
account-totp-start = Setja upp auðkenningarforrit
account-totp-replace = Skipta yfir í annað auðkenningarforrit
account-totp-scan = Skannaðu þennan kóða með auðkenningarforriti, eða sláðu lykilinn hér að neðan inn í það, og sláðu síðan inn kóðann sem það sýnir.
account-totp-secret = Lykill:
account-totp-confirm = Staðfesta
account-totp-wrong = Þessi kóði passar ekki við þennan lykil. Gakktu úr skugga um að forritið geymi lykilinn hér að neðan og sláðu síðan inn kóðann sem það sýnir núna.
account-totp-done = Auðkenningarforritið er uppsett. Við innskráningu er nú beðið um kóða.
account-needs-totp = Hlutverk þitt krefst annars auðkenningarþáttar. Settu upp auðkenningarforrit hér að neðan áður en þú heldur áfram.
account-password = Lykilorð
account-password-current = Núverandi lykilorð
account-password-new = Nýtt lykilorð (12 til 128 stafir)
account-password-change = Breyta lykilorði
account-password-done = Lykilorðinu þínu var breytt; aðrar lotur þínar voru skráðar út.
account-tokens = API-lyklar
account-tokens-none = Engir API-lyklar.
account-token-name = Heiti
account-token-created = Stofnaður
account-token-used = Síðast notaður
account-token-create = Búa til lykil
account-token-once = Afritaðu þennan lykil núna; hann verður ekki sýndur aftur:
account-token-revoke = Afturkalla
account-token-revoked = Lykillinn var afturkallaður.
account-token-revoked-mark = afturkallaður
account-sign-out-everywhere = Skrá út alls staðar
audit-title = Aðgerðaskrá
audit-lead = Allar innskráningar, misheppnaðar innskráningar og breytingar á notendum, hlutverkum og lyklum, nýjast fyrst. Raðirnar eru tengdar saman í tætikeðju; `opennrm audit verify` sannreynir keðjuna.
audit-action = Aðgerð
audit-actor = Gerandi
audit-outcome = Niðurstaða
audit-object = Viðfang
audit-at = Tími (UTC)
audit-address = Vistfang
audit-detail = Nánar
audit-filter = Sía
audit-older = Eldri atburðir
users-title = Notendur
users-name = Nafn
users-state = Staða
users-disabled = óvirkur
users-locked = læstur
users-active = virkur
users-unlock = Aflæsa
role-frontline_officer = Starfsmaður í framlínu
role-case_worker = Málastjóri
role-service_provider = Þjónustuveitandi
role-national_coordinator = Innlendur samræmingaraðili
role-national_rapporteur = Innlendur skýrslugjafi
role-administrator = Kerfisstjóri

## Saga atlassins
revision-banner = Þú ert að skoða útgáfu { $revision } af atlasinum ({ $label }, { $date }); núverandi útgáfa er { $current }.
revision-banner-current = Sýna núverandi útgáfu.
diff-title = Breytingar
diff-from = Frá útgáfu
diff-to = Til útgáfu
diff-compare = Bera saman
diff-heading = { $count ->
    [0] Engar breytingar frá útgáfu { $from } til { $to }
    [one] { $count } breyting frá útgáfu { $from } til { $to }
   *[other] { $count } breytingar frá útgáfu { $from } til { $to }
}
diff-none = Útgáfurnar tvær segja það sama um þetta land.
diff-legend = + bætt við · − fjarlægt eða tekið úr notkun · ~ breytt · · aðeins heimildinni breytt
diff-see-revision = Landið eins og það var í útgáfu { $revision }
about-revision-view = skoða
actor-retired = Þessi aðili var tekinn úr notkun í útgáfu { $revision }: núverandi atlas skráir hann ekki lengur. Hann er sýndur eins og útgáfa { $last }, sú síðasta sem geymdi hann, lýsti honum.
country-changes = Breytingar frá 2013
about-revision-not-kept = staðreyndir ekki varðveittar (frá því áður en útgáfusaga atlassins hófst)

# Svarendur, eignun, fleiri heimildir, túlkanir, umdeildar staðreyndir (issue 6)
country-summary = Samantekt
country-summary-lead = Eigin samantekt skýrslunnar á þessum kafla.
country-respondents-title = Hverjir svöruðu spurningalistanum
country-respondents-lead = Ein röð fyrir hvern sendan spurningalista, eins og kaflinn greinir frá. Fullyrðingar sem skýrslan eignar spurningalista sýna „sagt af“ ásamt heimild sinni.
country-respondents-computed = Samkvæmt svarendum: boðið: { $invited }, svöruðu: { $completed }
country-respondents-none = Þessi útgáfa skráir enga svarendur fyrir þetta land.
country-recommendations = Tilmæli
country-recommendations-lead = Það sem skýrslan mælir með, ein staðreynd fyrir hver tilmæli, ásamt þeim tegundum aðila sem þau beinast að.
country-no-recommendations = Skýrslan setur ekki fram nein tilmæli í þessum kafla.
respondent-form-full = Fullur spurningalisti
respondent-form-alternative = Aðeins varaspurningarnar
respondent-form-declined = Hafnaði
respondent-form-no_reply = Svaraði ekki
respondent-answered-for = Svaraði fyrir
respondent-reason = Ástæða
respondent-footnotes = Vitnað til í skýrslunni sem
said-by = Sagt af
also-stated = Einnig fram komið í
reading-marker = okkar túlkun, ekki orð skýrslunnar: { $fields }
contested = Umdeilt
contested-title = Skýrslan er tvíræð um þetta: sjá kaflann um tvíræðni
tie-direction-mutual = í báðar áttir
tie-direction-one_way = í aðra áttina
tie-reported-by = Lýst af { $name }
actor-group = Hópur, ekki ein stofnun
document-governs-capabilities = Veitir eða setur reglur um
document-governs-actors = Veitir heimildir eða bindur
document-governs-mechanisms = Gildir um
recommendation-addresses = Beinist að
recommendation-addresses-all = Aðilar almennt
mechanisms-title = Kerfin í öllum löndunum
mechanisms-lead = Öll innlend kerfi sem skýrslan skráir, land fyrir land: hver fer með þau, frá hvaða tíma, áhersla þeirra og heimild.
mechanisms-country = Land
mechanisms-none = ekkert skráð
nav-mechanisms = Kerfi
report-wide-title = Skýrslan utan landskaflanna
report-wide-lead = Samantektin, inngangurinn og aðferðafræðin, sem niðurstöður með heimildum, og tilmælin sem eiga við alla skýrsluna.
finding-part-executive_summary = Samantekt
finding-part-introduction = Inngangur
finding-part-methodology = Aðferðafræði
finding-part-conclusions = Ályktanir
finding-part-findings = Niðurstöður
finding-part-challenges = Áskoranir og takmarkanir
mechanisms-status = Staða
mechanisms-name = Heiti
mechanisms-filter = Sýna
study-full-text = heildartextinn
study-recommendations-lead = Öll tilmæli skýrslunnar: fyrst þau sem eiga við alla skýrsluna, síðan tilmæli hvers kafla, ásamt þeim löndum og tegundum aðila sem þau beinast að. Síaðu þau eftir geira með API (/api/v1/recommendations).
study-all-countries = Öll ellefu löndin
nav-study = Rannsóknin
mechanisms-kind = Kerfi
search-governing = Lög og skjöl sem veita þetta eða setja reglur um það
nav-insight = Samanburður
insight-title = Löndin borin saman
insight-lead = Það sem kaflar skýrslunnar segja, hlið við hlið og reiknað út frá atlasinum: hver reitur vísar á staðreyndir sínar og heimildir þeirra; umdeildar staðreyndir eru merktar.
insight-mechanisms = Kerfi
insight-mechanisms-lead = Hvaða lönd hafa innlendan samræmingaraðila, skýrslugjafa, MoU, tilvísunarkerfi …, og á hvað kerfin leggja áherslu.
insight-mandates = Hverjir fara með hvert umboð
insight-mandates-lead = Hve margir aðilar fara með hvert umboð í hverju landi; fylgdu tölu til að sjá aðilana og heimildir þeirra.
insight-mandates-legend = Tala telur þau umboð sem aðilar fara með; −N eru umboð sem skýrslan segir að aðili hafi ekki; § merkir lög eða skjal sem veitir umboðið.
insight-sectors = Hvaða geirar eiga sæti í kerfi
insight-sectors-lead = Hvort aðilar hvers geira eiga sæti í kerfi sem er til staðar (formlegu eða hliðstæðu í reynd), sem ábyrgðaraðili eða meðlimur: skýrslan kemst að því að aðilar á sviði vinnumála séu skildir út undan.
insight-sectors-legend = ✓ a.m.k. einn á sæti í kerfi sem er til staðar; ✗ aðilar geirans eiga hvergi sæti; – atlasinn skráir engan aðila í geiranum.
insight-sector-none = enginn aðili skráður í þessum geira
insight-sector-seated = á sæti í kerfi
insight-sector-left-out = í engu kerfi sem er til staðar
insight-limitations = Takmarkanir sem svarendur völdu
insight-limitations-lead = Hve margir svarendur völdu hverja af takmörkunum spurningalistans, þar sem skýrslan gefur upp tölu.
insight-limitations-legend = Talan er hæsta talan sem kaflinn gefur upp fyrir flokkinn; · kaflinn nefnir hann án tölu.
insight-limitation-stated = nefnt án tölu
insight-partners = Þeir samstarfsaðilar sem oftast eru nefndir
insight-partners-lead = Aðilum raðað eftir því hve margir aðrir aðilar nefna þá sem samstarfsaðila (tengsl sem annar aðili greinir frá).
insight-named-by = { $count ->
    [one] nefndur af { $count } aðila
   *[other] nefndur af { $count } aðilum
}
focus-short-sexual = kynferðisleg
focus-short-labour = vinnuafl
focus-short-all = öll
focus-short-unclear = ?
insight-focus-legend = undir tákninu, áherslan: kynferðisleg misneyting eða misneyting vinnuafls, öll form, ? óljóst
gaps-title = Gloppur
gaps-lead = Nefndar reglur metnar á atlasinum, hver niðurstaða með sönnunargögnum sínum (staðreyndunum og tilvitnunum þeirra) og upplýsingum um hverja skuli kalla til. Keyrðar á gögnunum frá 2013 endurskapa þær ályktanir kaflanna; reglurnar eru taldar upp ásamt þeim orðum skýrslunnar sem þær byggja á.
gaps-rules = reglurnar
gaps-rule = Regla
gaps-involve = Kalla til
gaps-evidence = { $count ->
    [one] Sönnunargögn: { $count } staðreynd
   *[other] Sönnunargögn: { $count } staðreyndir
}
gaps-count = { $count ->
    [one] { $count } niðurstaða
   *[other] { $count } niðurstöður
}
gaps-none = Engin niðurstaða fyrir þetta val.
gaps-severity-gap = Gloppa
gaps-severity-gap-means = atlasinn skráir skortinn eða annmarkann
gaps-severity-unrecorded = Ekki skráð
gaps-severity-unrecorded-means = atlasinn skráir ekkert sem fyllir í skarðið: gloppa, eða skýrslan þegir um málið
gaps-severity-information = Athugasemd
gaps-severity-information-means = ekki gloppa: það sem gögnin sýna helst
gaps-since-counts = Lokað: { $closed }, opnað: { $opened }.
gaps-closed = Lokað
gaps-opened = Opnað
country-gaps = Gloppur
country-network = Samstarfsnet
country-network-lead = Hver tengist hverjum, eins og svarendur lýstu því: aðilar eru litaðir eftir geira og stærð þeirra fer eftir því hve oft þeir liggja á milli tveggja annarra. Taflan hér að neðan gefur sömu gögn sem texta.
country-network-files = Sækja: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Aðili
network-col-degree = Samstarfsaðilar
network-col-betweenness = Milligöngumiðlægni
network-col-broker = Milliliður
network-density = Aðilar með tengsl: { $nodes }, tengd pör: { $edges }; þéttleiki { $density }; tengsl milli hins opinbera og borgaralegs samfélags: { $gov_civil }
compare-with = Bera saman við útgáfu
compare-baseline = Grunnlína 2013
compare-button = Bera saman
compare-since = Hvað breyttist frá útgáfu { $from } til útgáfu { $to }
compare-nothing = Ekkert breyttist.
compare-revision = Útgáfa { $revision }
compare-not-in-revision = ekki í þessari útgáfu
compare-not-recorded = Ekki skráð
insight-compare-count = { $count ->
    [one] { $count } reitur breyttist.
   *[other] { $count } reitir breyttust.
}
insight-compare-table = Tafla
insight-compare-row = Röð
network-region-title = Samstarfsnet svæðisins
network-country-title = Samstarfsnet: { $country }
network-region-lead = Samstarfstengsl allra landanna í einu neti, eins og svarendur lýstu þeim. Í skýrslunni ná tengsl aldrei yfir landamæri, svo hvert land er teiknað á eigin reit: aðilar eru litaðir eftir geira, stærð þeirra fer eftir því hve oft þeir liggja á milli tveggja annarra innan síns lands og þeir miðlægustu eru nafngreindir. Töflurnar gefa sömu gögn sem texta.
network-whole-region = allt svæðið
network-files = Sækja
network-alt = { $scope }: aðilar með tengsl: { $nodes }, tengd pör: { $edges }; töflurnar hér að neðan telja upp miðlægustu aðilana og tölur hvers lands
network-summary = Aðilar með tengsl: { $nodes } (án tengsla: { $untied }), tengd pör: { $edges }, samhangandi hlutar: { $components }, hópar: { $communities }, milliliðir: { $brokers }; þéttleiki { $density }; tengsl milli hins opinbera og borgaralegs samfélags: { $gov_civil } (þéttleiki { $gov_civil_density }).
network-by-country = Land fyrir land
network-by-country-lead = Sömu mælikvarðar fyrir eigið net hvers lands: hversu þétt það er, hve vel hið opinbera og borgaralegt samfélag eru tengd, í hve marga hluta það skiptist og hverjir halda því saman.
network-by-country-legend = Þéttleiki: tengd pör af öllum mögulegum pörum. Hið opinbera–borgaralegt samfélag: tengsl milli opinbers og óopinbers aðila og hlutfall þeirra af öllum slíkum mögulegum pörum. Milliliðir: aðilar án hverra sumir aðilar missa einu leið sína til hinna.
network-actors-tied = Aðilar með tengsl
network-col-untied = Án tengsla
network-col-ties = Tengd pör
network-col-density = Þéttleiki
network-col-gov-civil = Tengsl hins opinbera og borgaralegs samfélags
network-col-gov-civil-density = Þéttleiki milli hins opinbera og borgaralegs samfélags
network-col-components = Samhangandi hlutar
network-col-communities = Hópar
network-col-brokers = Milliliðir
network-col-sector = Geiri
network-col-weighted = Tengsl
network-col-closeness = Nálægðarmiðlægni
network-central = Miðlægustu aðilarnir
network-central-lead = Eftir milligöngumiðlægni: hlutfall stystu leiða milli annarra aðila í sama landi sem liggja um aðilann (innan nets hans eigin lands, svo að aðilar lítilla og stórra landa séu sambærilegir), síðan eftir nálægðarmiðlægni: hve nálægt aðilinn er öllum hinum sem hann nær til.
network-connected = Best tengdu aðilarnir
network-partners-ties = Samstarfsaðilar: { $degree }, tengsl: { $ties }
network-communities = Hópar
network-communities-lead = Hópar aðila sem eru meira tengdir innbyrðis en við aðra (Louvain, { $count } alls), þeir stærstu fyrst, hver með sínum best tengdu meðlimum.
network-community-size = { $count ->
    [one] { $count } aðili
   *[other] { $count } aðilar
}
network-compare-counts = { $ties_added ->
    [one] { $ties_added } tengdu pari bætt við
   *[other] { $ties_added } tengdum pörum bætt við
}, fjarlægð: { $ties_removed }; { $actors_added ->
    [one] { $actors_added } aðili bættist í netið
   *[other] { $actors_added } aðilar bættust í netið
}, fóru úr því: { $actors_removed }.
network-ties-added = Tengsl sem bættust við
network-ties-removed = Tengsl sem voru fjarlægð
network-ties-changed = Tengsl sem breyttust
network-tie-weight = { $from } tengsl ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Aðilar sem bættust í netið
network-actors-removed = Aðilar sem fóru úr netinu
network-centrality-changed = Aðilar með breytta stöðu
country-network-compare = Bera þetta net saman við aðra útgáfu
network-all-measures = Allir mælikvarðar
insight-charts = Myndrit
insight-charts-lead = Sömu gögn teiknuð; hvert myndrit ber tölur sínar sem texta (í titli og lýsingu) og í töflunum hér að ofan.
insight-chart-participation = Svarendur sem var boðið og sem svöruðu, eftir löndum (þar sem kaflinn gefur upp tölu)
insight-chart-mechanisms = Kerfi eftir löndum og stöðu
insight-chart-limitations = Takmarkanir sem kaflarnir tilgreina, eftir löndum og flokkum
country-network-alt = Samstarfsnet – { $country }: aðilar með tengsl: { $nodes }, tengd pör: { $edges }; taflan hér að neðan telur upp miðlægustu aðilana

## Sjálfvirkt gerðar landsskýrslur (domain insight::national; PDF, Markdown og síðan)
nr-title-country = { $country }: aðilar gegn vinnumansali
nr-title-region = Aðilar gegn vinnumansali á Eystrasaltssvæðinu
nr-subtitle = Gerð af OpenNRM út frá útgáfu { $revision } af atlasinum ({ $label }, { $date })
nr-preface = Þessi skýrsla er gerð út frá OpenNRM-atlasinum, sem geymir staðreyndirnar úr „{ $report }“ og þær breytingar sem gerðar hafa verið síðan, hverja með heimild sinni. Hún fylgir uppbyggingu landskafla skýrslunnar; ályktanir hennar koma úr gloppugreiningunni.
nr-preface-sources = Litlu hækkuðu tölurnar vísa á heimildirnar aftast: þann hluta skýrslunnar, línuna og orðréttu tilvitnunina sem fullyrðing byggir á, og svarandann sem sagði hana þar sem neðanmálsgrein skýrslunnar nefnir hann. Fullyrðing án tölu er reiknuð út frá staðreyndunum sem taldar eru upp við hlið hennar.
nr-contents = Efnisyfirlit
nr-sources = Heimildir
nr-figure = Mynd
nr-table = Tafla
nr-page = Blaðsíða
nr-line = lína
nr-said-by = Spurningalisti 2012:
nr-source-of = Heimild
nr-executive-summary = Samantekt
nr-summary-region = Svæðið
nr-summary-data = Í atlasinum: aðilar: { $actors }, samstarfstengsl: { $ties }; kerfi til staðar (formleg eða hliðstæð í reynd): { $mechanisms } af { $kinds } tegundum; gloppugreiningin finnur { $gaps ->
    [one] { $gaps } skráða gloppu
   *[other] { $gaps } skráðar gloppur
} og { $unrecorded ->
    [one] { $unrecorded } atriði
   *[other] { $unrecorded } atriði
} sem skýrslan lætur óskráð.
nr-part-findings = Niðurstöður
nr-part-actors = Aðilar og umboð
nr-part-cooperation = Samstarf
nr-part-policy = Stefna og löggjöf
nr-part-mechanisms = Kerfi
nr-part-limitations = Áskoranir og takmarkanir
nr-part-conclusions = Ályktanir
nr-part-organisations = Viðkomandi stofnanir og samtök
nr-participation = Af { $invited } aðilum sem boðið var að taka þátt í rannsókninni svöruðu { $completed } spurningalistanum.
nr-participation-completed = { $completed ->
    [one] { $completed } aðili svaraði spurningalistanum.
   *[other] { $completed } aðilar svöruðu spurningalistanum.
}
nr-participation-invited = { $invited ->
    [one] { $invited } aðila var boðið að taka þátt í rannsókninni.
   *[other] { $invited } aðilum var boðið að taka þátt í rannsókninni.
}
nr-respondents = Svarendur skráðir í atlasinum: boðið: { $invited }, svöruðu: { $completed } (allan spurningalistann: { $full }, varaspurningarnar: { $alternative }), höfnuðu: { $declined }, svöruðu ekki: { $noreply }.
nr-ambiguities = Þar sem skýrslan er óskýr
nr-actors-summary = Atlasinn skráir { $actors } aðila og { $mandates } umboð sem þeir fara með; hver aðili er talinn upp hér að neðan ásamt umboðum sínum.
nr-governmental = Opinberir aðilar
nr-non-governmental = Óopinberir aðilar
nr-part-of = hluti af { $parent }
nr-mandate-denied = Ekki: { $capability }
nr-labour-mandate-yes = nær til vinnumansals
nr-labour-mandate-no = nær ekki til vinnumansals
nr-no-ties = Skýrslan lýsir engu samstarfi milli aðilanna.
nr-network-summary = Skýrslan lýsir { $ties } samstarfstengslum milli aðilapara (fjöldi para: { $pairs }); aðilar með tengsl: { $actors }, án tengsla: { $untied }. Þéttleiki netsins: { $density }.
nr-gov-civil = Milli hins opinbera og borgaralegs samfélags: tengd pör: { $ties }, þéttleiki { $density } miðað við möguleg pör þvert á skilin.
nr-gov-civil-none = Netið hefur engin tengsl þvert á skilin milli hins opinbera og borgaralegs samfélags, eða annar hvor hópurinn hefur engan aðila með tengsl.
nr-brokers = Milliliðir (án þeirra missa sumir aðilar einu leið sína til annarra): { $names }.
nr-network-title = Samstarfsnet: { $country }
nr-network-caption = Samstarfsnet: { $country }. Aðilar eru litaðir eftir geira og stærð þeirra fer eftir milligöngumiðlægni; örvar tákna tengsl í aðra áttina.
nr-network-alt = Netteikning: aðilar: { $actors }, tengd pör: { $pairs }, samhangandi hlutar: { $components }; töflur þessa kafla gefa sömu gögn sem texta.
nr-central-caption = Þeir aðilar sem tengja hina mest saman (milligöngumiðlægni)
nr-ties-caption = Samstarfstengsl eins og skýrslan lýsir þeim
nr-col-actor = Aðili
nr-col-sector = Geiri
nr-col-partners = Samstarfsaðilar
nr-col-betweenness = Milligöngumiðlægni
nr-col-from = Frá
nr-col-to = Til
nr-col-kind = Tegund
nr-col-direction = Stefna
nr-col-mechanism = Kerfi
nr-col-status = Staða
nr-col-name = Heiti í skýrslunni
nr-col-focus = Áhersla
nr-col-holder = Í umsjá
nr-col-category = Takmörkun
nr-col-respondents = Svarendur
nr-col-statement = Það sem skýrslan segir
nr-col-capability = Umboð
nr-col-rule = Gloppuregla
nr-no-documents = Kaflinn nefnir hvorki stefnu né löggjöf.
nr-mechanisms-intro = Hver tegund kerfis sem skýrslan leitar eftir, ásamt því sem kaflinn skráir; tegund sem hann nefnir ekki er merkt „ekki skráð“.
nr-mechanisms-caption = Kerfi: { $country }
nr-state-formal = formlegt
nr-state-functional_equivalent = hliðstæða í reynd
nr-state-expired = útrunnið
nr-state-absent = ekki til staðar
nr-state-not_recorded = ekki skráð
nr-no-limitations = Kaflinn tilgreinir engar áskoranir eða takmarkanir.
nr-limitations-caption = Áskoranir og takmarkanir eftir flokkum: { $country }
nr-limitations-alt = Súlurit yfir takmarkanirnar sem kaflinn tilgreinir, eftir flokkum ({ $country }); taflan hér að neðan gefur sömu gögn.
nr-limitations-alt-counted = Súlurit yfir hve margir svarendur völdu hverja takmörkun ({ $country }); taflan hér að neðan gefur sömu gögn.
nr-limitations-table = Takmarkanir sem kaflinn tilgreinir
nr-gap-heading = Það sem gloppugreiningin leiðir í ljós
nr-gap-intro = Hver niðurstaða kemur frá nefndri reglu sem metin er á atlasinum (sjá síður gloppugreiningarinnar); heimildir hennar eru staðreyndirnar sem hún byggir á. „Ekki skráð“ merkir það sem skýrslan segir hvorki af né á um.
nr-involve = kalla til: { $names }
nr-recommendations = Tilmæli skýrslunnar
nr-organisations-participated = Aðilar sem var boðið og tóku þátt í rannsókninni
nr-organisations-invited_not_participated = Aðrir aðilar sem var boðið
nr-organisations-mentioned = Aðrir aðilar sem svarendur nefndu
nr-comparison = Samanburður milli landa
nr-comparison-intro = Löndin ellefu hlið við hlið, reiknað út frá staðreyndunum í hverjum kafla. Tákn: { $legend }.
nr-comparison-mechanisms = Kerfi eftir löndum
nr-chart-mechanisms-caption = Kerfi eftir löndum og stöðu
nr-chart-mechanisms-alt = Súlurit yfir hve margar tegundir kerfa hvert land hefur, eftir stöðu; taflan hér að ofan gefur sömu gögn.
nr-comparison-mandates-title = Umboð
nr-comparison-mandates-intro = Hve margir aðilar fara með hvert umboð í hverju landi; ✗ þar sem skýrslan segir að eini aðilinn sem hún nefnir fari ekki með það, autt þar sem hún nefnir engan.
nr-comparison-mandates = Aðilar sem fara með hvert umboð, eftir löndum
nr-comparison-sectors-title = Aðilar í kerfum
nr-comparison-sectors-intro = Hvaða tegundir aðila eiga sæti í kerfi sem er til staðar: ✓ a.m.k. einn á það, ○ landið hefur slíka aðila en enginn þeirra á sæti í kerfi, autt þar sem atlasinn skráir enga.
nr-comparison-sectors = Tegundir aðila í kerfi sem er til staðar, eftir löndum
nr-comparison-limitations-intro = Áskoranir og takmarkanir eftir flokkum: fjöldi svarenda sem völdu flokkinn þar sem kaflinn gefur hann upp, • þar sem kaflinn tilgreinir hann án tölu.
nr-comparison-limitations = Takmarkanir eftir löndum
nr-chart-limitations-caption = Takmarkanir sem kaflarnir tilgreina, eftir löndum og flokkum
nr-chart-limitations-alt = Súlurit yfir takmarkanirnar sem hver kafli tilgreinir, eftir flokkum; taflan hér að ofan gefur tölurnar.
nr-chart-participation-caption = Svarendur sem var boðið og sem svöruðu, eftir löndum
nr-chart-participation-alt = Súlurit yfir hve mörgum aðilum var boðið og hve margir svöruðu spurningalistanum í hverju landi, þar sem kaflinn gefur upp tölu.
nr-comparison-gaps-title = Gloppur á svæðinu
nr-comparison-gaps-intro = Hver regla gloppugreiningarinnar í hverju landi: ● skráð gloppa, ○ ekki skráð á hvorn veginn sem er, i athugasemd (ekki gloppa), autt þar sem reglan finnur ekkert.
nr-comparison-gaps = Niðurstöður gloppugreiningar eftir reglu og landi
nr-download = Sækja:
nr-link = Sjálfvirkt gerð skýrsla
nr-link-lead = Kafli þessa lands endurgerður út frá atlasinum — niðurstöður, aðilar og umboð, samstarf, kerfi, takmarkanir, ályktanir úr gloppugreiningunni — þar sem hver fullyrðing er rakin til heimildar sinnar.
nr-read = Lesa skýrsluna
insight-report = Sjálfvirkt gerð skýrsla fyrir svæðið
insight-report-lead = Öll rannsóknin endurgerð út frá atlasinum: samantektin, kafli hvers lands og samanburðurinn milli landa, þar sem hver fullyrðing er rakin til heimildar sinnar.

## Tilvísun (mál, samþykki, tilvísunarleiðir)
nav-cases = Mál
cases-title = Mál og tilvísanir
cases-lead = Mál sem stofnunin þín opnaði og tilvísanir sem sendar voru til hennar. Persónuupplýsingar eru dulkóðaðar og aðeins sýndar þeim sem þurfa á þeim að halda; öll skoðun þeirra er skráð.
cases-open = Opna mál
cases-screen-first = eða skima aðstæður fyrst
cases-inbox = Tilvísanir til stofnunarinnar þinnar
cases-country-referrals = Tilvísanir í þínu landi
cases-inbox-empty = Engar tilvísanir.
cases-mine = Mál sem stofnunin þín opnaði
cases-none = Engin mál enn.
case-reference = Mál
case-action = Aðgerð
case-from = Frá
case-to = Til
case-state = Staða
case-sent = Sent
case-deadline = Frestur
case-exploitation = Form misneytingar
case-persons = Einstaklingar
case-anonymised = Gert nafnlaust { $date }: varðveislutímanum lauk, svo nöfnum, fæðingardögum, ríkisföngum, tengiliðaupplýsingum, athugasemdum og skilaboðum var eytt. Það sem talið er í tölfræði stendur eftir.
case-level = Skimunarstig
case-opened = Opnað
case-updated = Síðasta breyting
case-new-title = Opna mál
case-new-lead = Skráðu aðstæðurnar og þá einstaklinga sem í hlut eiga. Skráðu einstakling sér þegar leið hans er önnur (ólögráða einstaklingur meðal fullorðinna); hópur einstaklinga með sömu leið getur verið ein röð án nafna.
case-new-from-screening = Skimunin sem þú gerðir fylgir þessu máli: { $level }.
case-situation = Aðstæður
case-work-sector = Starfsgrein
case-region = Svæði
case-persons-help = Láttu dvalarstöðu einstaklings standa á „enginn einstaklingur“ til að sleppa röðinni. Persónusvið eru valkvæð: skráðu aðeins það sem tilvísunin þarfnast.
case-person-n = Einstaklingur { $n }
case-no-person = enginn einstaklingur
case-residence = Dvalarstaða
case-age = Aldurshópur
case-count = Fjöldi einstaklinga með þessa leið
case-gender = Kyn
case-nationality-group = Ríkisfangshópur (varðveittur vegna tölfræði)
case-name = Nafn eða dulnefni
case-birth-date = Fæðingardagur
case-nationality = Ríkisfang
case-contact = Tengiliðaupplýsingar
case-encrypted = Nöfn, fæðingardagar, ríkisföng, tengiliðaupplýsingar, athugasemdir og skilaboð eru dulkóðuð reit fyrir reit áður en þau eru vistuð.
case-title = Mál { $reference }
view-owner = Stofnunin þín greindi þetta mál: þú sérð það allt.
view-receiver = Þessu máli var vísað til stofnunarinnar þinnar: þú sérð aðstæðurnar og aðeins það sem aðgerð þín þarfnast.
view-oversight = Sýn innlends samræmingaraðila: málið og tilvísanir þess, án persónuupplýsinga.
case-identified-by = Greint af
case-not-screened = ekki skimað
case-group-of = hópur ({ $count })
case-withheld = Ekki sýnt stofnun þinni: { $fields }.
case-consent = Samþykki
case-no-consent = Ekkert samþykki skráð enn. Einstakling sem hafnar öllu er samt hægt að telja nafnlaust.
case-person = Einstaklingur
case-purpose = Samþykki sem þarf
case-method = Hvernig það var veitt
case-recorded = Skráð
case-withdrawn = Dregið til baka
case-withdraw = Draga til baka
case-share-with = Stofnun (aðeins vegna miðlunar)
case-record-consent = Skrá samþykki
case-proposals = Tillögur að tilvísunum
case-proposals-lead = Það sem tilvísunarleið landsins krefst fyrir hvern einstakling, með ástæðunni og orðum skýrslunnar. Hakaðu við þær sem á að senda.
case-see-pathway = Sjá alla tilvísunarleiðina.
case-no-proposals = Tilvísunarleiðin leggur ekki til neina tilvísun fyrir þessar aðstæður.
case-undefined-route = Skýrslan skilgreinir ekki þessa leið; bent er á samræmingaraðilann í staðinn.
case-because = Vegna þess að:
case-consent-on-record = Skráð samþykki: { $purpose }.
case-consent-missing = Samþykki vantar: { $purpose }. Skráðu það áður en sent er.
case-message = Skilaboð til móttökustofnana (valkvætt)
case-send = Senda tilvísanirnar sem hakað er við
case-referrals = Tilvísanir
case-no-referrals = Engin tilvísun send enn.
case-until = til { $date }
case-until-label = Lok umþóttunartíma (ef hann er veittur)
case-reason = Ástæða
case-outcome = Niðurstaða
case-notes = Athugasemdir
case-add-note = Bæta við athugasemd
case-seen-by = Hverjir hafa séð persónuupplýsingar
case-when = Hvenær
case-who = Hver
case-what = Hvað
pathway-title = Tilvísunarleið: { $country }
pathway-lead = Hvert á ég að vísa? Leiðirnar sem skýrslan frá 2013 lýsir, hver með heimild sinni. Þar sem skýrslan skilgreinir ekki leið segir tilvísunarleiðin það og bendir á samræmingaraðilann.
pathway-coordinator-formal = Innlendur samræmingaraðili:
pathway-coordinator-closest = Enginn innlendur samræmingaraðili; sá aðili sem skýrslan segir standa því hlutverki næst:
pathway-undefined-count = { $count ->
    [one] Skýrslan skilgreinir ekki { $count } leið.
   *[other] Skýrslan skilgreinir ekki { $count } leiðir.
}
pathway-rules = Leiðirnar og heimildir þeirra
pathway-when = Hvenær
pathway-source = Heimild
pathway-undefined = ekki skilgreint í skýrslunni
pathway-any-case = hvaða mál sem er
pathway-from-level = skimunarstig a.m.k. { $level }
pathway-from-sector = vísað af: { $sectors }
pathway-no-consent = Ekki þarf samþykki á þessari leið.
pathway-days = { $days ->
    [one] { $days } dagur
   *[other] { $days } dagar
}
pathway-link = Tilvísunarleið: hvert á ég að vísa?
residence-legal_resident = með löglega búsetu
residence-eu_citizen = ríkisborgari ESB-ríkis
residence-irregular_migrant = farandmaður án löglegrar dvalar
residence-asylum_seeker = umsækjandi um alþjóðlega vernd
age-adult = fullorðinn
age-minor = ólögráða
age-unknown = aldur óþekktur
gender-female = kona
gender-male = karl
gender-other = annað
gender-unknown = óþekkt
nationality_group-national = ríkisborgari þessa lands
nationality_group-eu_eea = ríkisborgari ESB/EES-ríkis
nationality_group-third_country = ríkisborgari þriðja ríkis
nationality_group-unknown = óþekkt
exploitation-labour_exploitation = Misneyting vinnuafls
exploitation-forced_labour = Nauðungarvinna
exploitation-forced_begging = Þvingað betl
exploitation-forced_criminality = Þvinguð brotastarfsemi
exploitation-domestic_servitude = Heimilisþrældómur
exploitation-sexual_exploitation = Kynferðisleg misneyting
exploitation-other = Annað
work-agriculture = Landbúnaður
work-construction = Byggingariðnaður
work-manufacturing = Framleiðsla
work-hospitality = Veitinga- og hótelrekstur
work-cleaning = Ræstingar
work-domestic_work = Heimilisstörf
work-fishing = Fiskveiðar
work-forestry = Skógrækt og berjatínsla
work-transport = Flutningar
work-care = Umönnun
work-other = Annað
action-investigate = Sakamálarannsókn
action-inspect = Vinnueftirlit
action-determine_victim_status = Staða þolanda
action-grant_reflection_period = Umþóttunartími
action-decide_residence_permit = Dvalarleyfi
action-provide_assistance = Aðstoð
action-child_protection = Barnavernd
action-repatriation = Heimflutningur
purpose-referral_assistance = tilvísun í aðstoðarkerfið
purpose-police_contact = samskipti við lögreglu
purpose-share_with_organisation = miðlun upplýsinga til tilgreindrar stofnunar
purpose-support_services = stuðningsþjónusta
purpose-statistics = notkun í tölfræði
method-signed_form = undirritað eyðublað
method-oral_with_witness = munnlega, að viðstöddu vitni
method-via_interpreter = í gegnum túlk
field-name = nafn
field-birth_date = fæðingardagur
field-nationality = ríkisfang
field-contact = tengiliðaupplýsingar
field-notes = athugasemdir
field-messages = skilaboð
state-sent = sent
state-acknowledged = móttaka staðfest
state-accepted = samþykkt
state-declined = hafnað
state-decided = ákveðið
state-closed = lokað
step-send = Sent
step-acknowledge = Staðfesta móttöku
step-accept = Samþykkja
step-decline = Hafna
step-decide = Skrá niðurstöðu
step-close = Loka
step-consent_withdrawn = Samþykki dregið til baka
outcome-presumed_victim = ætlaður þolandi
outcome-confirmed_victim = staðfestur þolandi
outcome-not_a_victim = ekki þolandi
outcome-reflection_period_granted = umþóttunartími veittur
outcome-residence_permit_granted = dvalarleyfi veitt
outcome-residence_permit_refused = dvalarleyfi synjað
outcome-assistance_started = aðstoð hafin
outcome-investigation_opened = rannsókn hafin
outcome-child_protection_started = barnaverndarmál hafið
outcome-inspection_carried_out = eftirlit framkvæmt
cases-open-from-screening = Opna mál með þessari skimun
pathway-open = Sjá hver tekur við máli og til hvers, samkvæmt orðum skýrslunnar
statistics-title = Tölfræði
statistics-lead = Nafnlausar talningar úr málum sem skráð eru í OpenNRM, eftir löndum. Engin færsla er nokkurn tíma sýnd: hver talning undir { $k } (nema núll) er falin, og einnig hver talning sem hægt væri að leiða slíka talningu út frá.
statistics-measures = Hvað er talið
statistics-downloads = Sækja:
statistics-htcds = á sniði Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = „–“ merkir falda talningu (undir { $k }, eða talningu sem myndi afhjúpa slíka talningu). Núll eru sýnd.
statistics-total = Samtals
statistics-all-countries = öll lönd
statistics-measure-persons = Greindir einstaklingar
statistics-measure-cases = Mál
statistics-measure-referrals = Tilvísanir
statistics-measure-decisions = Ákvarðanir
statistics-axis-persons = einstaklingar
statistics-axis-cases = mál
statistics-axis-referrals = tilvísanir
statistics-axis-decisions = ákvarðanir
statistics-dimension-year = Eftir ári
statistics-dimension-work_sector = Eftir starfsgrein
statistics-dimension-exploitation = Eftir formi misneytingar
statistics-dimension-age_group = Eftir aldurshópi
statistics-dimension-gender = Eftir kyni
statistics-dimension-nationality_group = Eftir ríkisfangshópi
statistics-dimension-residence = Eftir dvalarstöðu
statistics-dimension-referring_sector = Eftir geira stofnunarinnar sem greindi
statistics-dimension-days_to_referral = Dagar frá greiningu til fyrstu tilvísunar
statistics-dimension-days_to_decision = Dagar frá greiningu til fyrstu ákvörðunar
statistics-dimension-screening_level = Eftir skimunarstigi
statistics-dimension-action = Eftir því hvers var óskað
statistics-dimension-state = Eftir því hvar tilvísunin er stödd núna
statistics-dimension-outcome = Eftir ákvörðun
statistics-not_recorded = ekki skráð
statistics-not_screened = ekki skimað
days-not_referred = ekki vísað enn
days-no_decision = engin ákvörðun enn
days-same_day = sama dag
days-1_to_7_days = 1–7 dagar
days-8_to_30_days = 8–30 dagar
days-31_to_90_days = 31–90 dagar
days-over_90_days = meira en 90 dagar
nav-statistics = Tölfræði
jobs-title = Bakgrunnsverk
jobs-lead = Frestir, stigmögnun og tölvupóstar, keyrt af þeim netþjóni sem tekur verkið fyrstur að sér. Misheppnað verk er reynt aftur með vaxandi hléum þar til tilraunirnar eru uppurnar; þá stendur það hér, misheppnað, þar til þú setur það aftur í biðröð.
jobs-none = Engin verk enn.
jobs-kind = Verk
jobs-state = Staða
jobs-attempts = Tilraunir
jobs-due = Tímasett
jobs-error = Síðasta villa
jobs-updated = Síðasta breyting
jobs-retry = Setja aftur í biðröð
job-escalation_sweep = Leita að tilvísunum sem eru komnar fram yfir frest til að staðfesta móttöku
job-apply_retention = Gera lokuð mál nafnlaus þegar varðveislutími er liðinn
job-send_email = Senda tölvupóst
job-state-queued = í biðröð
job-state-running = í keyrslu
job-state-done = lokið
job-state-failed = mistókst
notifications-title = Tilkynningar
notification-referral_unacknowledged = Móttaka tilvísunar hefur ekki verið staðfest í tæka tíð
notifications-open = Opna málið
case-plan = Aðstoðaráætlun
case-plan-empty = Ekkert aðstoðarverkefni enn.
case-plan-help = Feldu verkefni þjónustuveitanda sem hefur umboð í atlasinum sem nær til þess. Einstaklingurinn þarf að hafa samþykkt stuðningsþjónustu; veitandinn sér aðeins það sem verkefnið þarfnast (athvarf: nafn og tengiliðaupplýsingar).
case-assistance = Aðstoð
case-provider = Veitandi
case-assign = Úthluta verkefninu
tasks-title = Aðstoðarverkefni
tasks-lead = Verkefnin sem stofnun þinni hefur verið úthlutað, aðeins með því sem hvert þeirra þarfnast um einstaklinginn. Málið sjálft er áfram hjá stofnuninni sem úthlutaði verkefninu.
tasks-none = Stofnun þinni hefur ekki verið úthlutað neinu verkefni.
tasks-from = Úthlutað af { $organisation }
assistance-accommodation = Húsnæði
assistance-legal_aid = Lögfræðiaðstoð
assistance-health_care = Heilbrigðisþjónusta
assistance-psychological_support = Sálrænn stuðningur
assistance-interpreter = Túlkur
assistance-subsistence = Framfærsla
assistance-reflection_period_support = Stuðningur á umþóttunartíma
assistance-residence_permit_support = Aðstoð vegna dvalarleyfis
assistance-repatriation = Heimflutningur
assistance-return_and_reintegration = Heimför og enduraðlögun
task-state-assigned = úthlutað
task-state-in_progress = í vinnslu
task-state-completed = lokið
task-state-declined = hafnað
task-step-start = Hefja
task-step-complete = Merkja sem lokið
task-step-decline = Hafna
nav-tasks = Verkefni
nav-jobs = Verk
notification-referral_overdue = Tilvísun til stofnunarinnar þinnar hefur beðið fram yfir frest: vinsamlegast staðfestu móttöku
nav-inspections = Eftirlit
inspections-title = Sameiginlegt eftirlit
inspections-lead = Eftirlit á vinnustöðum sem nokkrar stofnanir fara í saman, hver á eigin lagagrundvelli. Í Danmörku "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; skýrslan mælir með því sem einni leið til að samræma aðgerðir og skilja störf hver annarrar.
inspections-none = Stofnun þín tekur ekki enn þátt í neinu sameiginlegu eftirliti.
inspection-title = Sameiginlegt eftirlit
inspection-reference = Auðkenni
inspection-date = Dagsetning
inspection-agencies = Þátttökustofnanir
inspection-agency = Stofnun
inspection-state = Staða
inspection-state-planned = fyrirhugað
inspection-state-closed = framkvæmt og lokað
inspection-planned-by = skipulagt af { $organisation }
inspection-planned-by-label = Skipulagt af
inspection-plan = Skipuleggja sameiginlegt eftirlit
inspection-plan-help = Hakaðu við a.m.k. tvær stofnanir í þínu landi og tilgreindu lagagrundvöllinn sem hver þeirra hefur eftirlit á (skattyfirvöld varðandi skatta, Vinnueftirlitið varðandi öryggi, lögreglan varðandi afbrot). Aðeins stofnanirnar sem hakað er við sjá eftirlitið.
inspection-when-where = Hvenær og hvar
inspection-takes-part = Tekur þátt
inspection-legal-basis = Lagagrundvöllur
inspection-plan-submit = Skipuleggja eftirlitið
inspection-findings = Niðurstöður
inspection-no-findings = Engin stofnun hefur enn skráð niðurstöður.
inspection-workers = { $met ->
    [one] rætt við { $met } starfsmann
   *[other] rætt við { $met } starfsmenn
}
inspection-screened = { $screened ->
    [one] { $screened } skimaður
   *[other] { $screened } skimaðir
}
inspection-record-finding = Niðurstöður stofnunar þinnar
inspection-workers-met = Starfsmenn sem rætt var við
inspection-workers-screened = Starfsmenn skimaðir með vísbendingunum
inspection-note = Það sem fannst (aðeins þátttökustofnanir sjá þetta; dulkóðað)
inspection-record = Skrá niðurstöðurnar
inspection-cases = Mál opnuð út frá þessu eftirliti
inspection-no-cases = Ekkert mál hefur verið opnað út frá þessu eftirliti.
inspection-open-case = Opna mál út frá þessu eftirliti
inspection-screen = Skima starfsmann
inspection-in-atlas = Atlasinn skráir samstarfið í þessu eftirliti í útgáfu { $revision }.
inspection-see-diff = Sjá hvað breyttist
inspection-close-help = Lokaðu eftirlitinu þegar það hefur farið fram: atlasinn skráir þá tengsl um sameiginlegt eftirlit milli allra para þátttökustofnana, með þetta eftirlit sem heimild.
inspection-close = Loka eftirlitinu
case-from-inspection = Þetta mál er opnað út frá sameiginlegu eftirliti { $reference }.
case-inspection = Sameiginlegt eftirlit
notification-decision_overdue = Tilvísun til stofnunarinnar þinnar er komin fram yfir ákvörðunarfrest: vinsamlegast skráðu ákvörðunina
notification-decision_escalated = Ákvörðun um tilvísun er komin fram yfir frest
notification-reflection_period_ending = Umþóttunartími rennur út innan viku: skipuleggðu framhaldið
screening-for-inspection = Þessi skimun er gerð í sameiginlegu eftirliti { $reference }; mál sem opnað er út frá niðurstöðu hennar er opnað út frá eftirlitinu.

## Könnun (issue 11)
study-survey-link = Könnunin, lota fyrir lotu
survey-title = Könnun
survey-lead = Kortinu er haldið við á sama hátt og rannsóknin 2013 gerði það: spurningalisti til aðila í hverju landi, stutt varaeyðublað fyrir þá sem hafa ekki umboð, og tilnefningar — einn svarandi leiðir til annars. Lota 0 er rannsóknin 2012, lesin úr atlasinum; tölurnar sem skýrslan gefur upp standa við hlið hennar.
survey-start = Hefja lotu: { $country }
survey-wave-label = Heiti lotunnar
survey-wave-label-example = t.d. uppfærsla 2027
survey-days-open = Dagar sem boðstenglarnir virka
survey-start-submit = Hefja lotuna
survey-waves = Lotur
survey-country = Land
survey-wave = Lota
survey-invited = Boðið
survey-completed = Svöruðu
survey-short-form = Stutt eyðublað
survey-declined = Höfnuðu
survey-no-reply = Svöruðu ekki
survey-started = Hafið
survey-proposed = Lagt til
survey-report-states = Það sem skýrslan segir
survey-questionnaire = Spurningalisti
survey-closes = Tenglar virka til
survey-closed = lokað
survey-snowball-depth = Lengsta tilnefningakeðja
survey-by-sector = Eftir geira
survey-sector = Geiri
survey-invitees = Boðnir aðilar
survey-export-csv = Boðnir aðilar sem CSV
survey-export-graphml = Tilnefningatré sem GraphML
survey-organisation = Stofnun
survey-contact = Tengiliður
survey-email = Netfang
survey-state = Staða
survey-nominated-by = Tilnefnt af
survey-link = Tengill
survey-state-proposed = lagt til
survey-state-invited = boðið
survey-state-started = hafið
survey-state-completed = lokið
survey-state-declined = hafnað
survey-form-full = spurningalisti
survey-form-alternative = stutt eyðublað
survey-new-link = Nýr tengill
survey-issue-links = Gefa út tengla til þeirra sem lagt er til að bjóða
survey-add-invitee = Bæta við boðnum aðila
survey-atlas-actor = Aðili í atlasinum
survey-new-organisation-option = (önnur stofnun, nefnd hér að neðan)
survey-new-organisation = Önnur stofnun
survey-add-submit = Bæta við
survey-tree = Tilnefningatré
survey-tree-caption = Hver kassi er boðinn aðili (#númer, stofnun, staða); lína liggur frá svaranda til þeirra tengiliða sem hann tilnefndi. Taflan yfir boðna aðila hér að ofan geymir það sama.
survey-links-title = Boðstenglar
survey-links-lead = Hver tengill er aðeins sýndur í þetta eina skipti: prentaðu þessa síðu eða sendu hvern tengil til viðtakanda síns núna. Aðeins fingrafar hvers tengils er geymt, svo ekki er hægt að sýna glataðan tengil aftur — gefðu út nýjan í staðinn.
survey-links-none = Enginn boðinn aðili beið eftir tengli.
survey-back-to-wave = Aftur í lotuna
survey-respond-title = Spurningalisti um vinnumansal
survey-respond-lead = Þú svarar fyrir { $organisation } ({ $country }). Aðeins innlendi samræmingaraðilinn sér svör þín og þau fara ekki í atlasinn fyrr en þau hafa verið yfirfarin.
survey-respond-closes = Þessi tengill virkar til { $date }.
survey-saved = Svör þín eru vistuð. Þú getur komið aftur með sama tengli þar til þú sendir þau inn.
survey-comment-on = Athugasemd við: { $choice }
survey-your-answer = Svar þitt
survey-more = Eitthvað sem þú vilt bæta við
survey-save = Vista og koma aftur síðar
survey-submit = Senda inn svörin
survey-short-help = Hefur þú ekki reynslu, umboð eða þekkingu til að svara þessum spurningum? Nokkrar stuttar varaspurningar spyrja í staðinn um störf þín.
survey-full-help = Hefur þú reynslu til að svara öllum spurningalistanum? Þú getur skipt aftur.
survey-switch-short = Svara frekar stuttu spurningunum
survey-switch-full = Svara frekar öllum spurningalistanum
survey-decline = Afþakka þátttöku
survey-nominate = Hverja aðra ættum við að spyrja?
survey-nominate-help = Nefndu einstakling sem starfar hjá stofnun sem vinnur eða gæti unnið gegn vinnumansali: samræmingaraðilinn ákveður hvort honum verði boðið.
survey-nominee-name = Nafn viðkomandi
survey-why = Hvers vegna viðkomandi skiptir máli
survey-nominate-submit = Tilnefna
survey-done-title = Takk fyrir
survey-done-thanks = Svör þín hafa verið send inn. Þessi tengill opnar ekki lengur spurningalistann.
survey-declined-thanks = Þú hefur afþakkað þátttöku. Þessi tengill opnar ekki lengur spurningalistann.
survey-review = Yfirferð: frá svörum til atlassins
survey-review-help = Útfyllt svör leggja til breytingar á atlasinum: svarandi sem svarar fyrir aðila í atlasinum leggur til tengsl við samstarfsaðilana sem hann nefnir og umboðin sem hann hakar við; hvaða svarandi sem er leggur til þau kerfi sem hann segir vera til staðar. Svör um sömu staðreynd eru sýnd saman, ásamt þeim sem svöruðu sömu spurningu án þess að nefna hana. Samþykktu tillögu (ef valin er önnur tegund samstarfs eða önnur flokkun en lögð var til er það skráð sem breyting) eða hafnaðu henni; samþykkt tillaga fer í atlasinn sem ný útgáfa sem vitnar í svarið við hlið tilvitnana skýrslunnar.
survey-see-diff = Hvað hefur breyst frá 2013
survey-no-proposals = Ekkert útfyllt svar leggur enn til breytingu.
survey-fact-tie = Samstarf
survey-fact-mandate = Umboð
survey-fact-mechanism = Kerfi
survey-conflicting = svörum ber ekki saman
survey-named-by = { $count ->
    [one] nefnt af { $count } svaranda
   *[other] nefnt af { $count } svarendum
}
survey-answered-without = { $count ->
    [one] { $count } svarandi svaraði án þess að nefna það
   *[other] { $count } svarendur svöruðu án þess að nefna það
}
survey-not-in-atlas = ekki skráð
survey-mandate-held = fer með
survey-mandate-denied = sagt vanta
survey-grade = Flokkun
survey-limitations-help = { $count ->
    [one] Talið meðal þess { $count } svaranda sem svaraði öllum spurningalistanum. Ef talning er samþykkt bætist hún í atlasinn sem takmörkun sem vitnar í þessa lotu; talningar skýrslunnar haldast óbreyttar.
   *[other] Talið meðal þeirra { $count } svarenda sem svöruðu öllum spurningalistanum. Ef talning er samþykkt bætist hún í atlasinn sem takmörkun sem vitnar í þessa lotu; talningar skýrslunnar haldast óbreyttar.
}
survey-reminders = Áminningar
survey-send-reminders = Minna þá á sem hafa ekki svarað
survey-reminders-help = Hver og einn fær nýjan tengil (sá fyrri hættir að virka); það sem viðkomandi vistaði helst.
survey-in-atlas = Þegar í atlasinum
survey-decision = Ákvörðun
survey-decision-accepted = samþykkt
survey-decision-edited = samþykkt með annarri tegund
survey-decision-rejected = hafnað
survey-in-revision = útgáfa { $revision }
survey-kind = Tegund
survey-accept = Samþykkja
survey-reject = Hafna
survey-limitations = Þættir sem takmarka starfið
survey-limitation = Takmörkun
survey-respondents-naming = Svarendur sem nefna hana
survey-emailed = Með tölvupósti
survey-emailed-yes = sent

# OpenNRM user interface, English. Keys are grouped by page; vocabulary labels follow
# the pattern <vocabulary>-<value> so the code can look them up from the data.

# The language's own name, for the language switcher, and whether a national reviewer has
# confirmed this translation (yes / no): pages show a "not yet reviewed" mark where not.
language-name = English
translation-reviewed = yes
language-switcher = Language
nav-main = Main
translation-unreviewed = This translation was drafted by machine and has not yet been reviewed by a national reviewer. The English text is the reference.

site-name = OpenNRM
site-tagline = Who identifies, refers and assists victims of trafficking for labour exploitation
nav-countries = Countries
nav-search = Search
nav-api = API
nav-about = About the data
skip-to-content = Skip to content
footer-source = Data: { $report }.
footer-licence = OpenNRM is free software. Every fact links to the passage of the report it comes from.
footer-revision = Atlas revision { $revision }, loaded { $date }.
# A date as the language writes it in numbers ($year, $month, $day as two digits).
date-numeric = { $year }-{ $month }-{ $day }

home-title = Actors against trafficking for labour exploitation in 11 countries
home-lead = The atlas maps, for each country of the Council of the Baltic Sea States study, the actors who can identify, refer and assist victims, their mandates, how they cooperate and which national mechanisms exist. Every fact shows the sentence of the report it comes from.
home-countries = Countries
home-glance = Mechanisms at a glance
home-glance-lead = Which national mechanisms the report records for each country. An absence is a finding too.
home-legend = What the colours mean
home-chips-lead = Each card shows the national mechanisms the report asks about, graded as the report describes them:
home-legend-formal = formal (a post or body so named)
home-legend-functional-equivalent = functional equivalent (the report: "comes closest to", "a coordinating role")
home-legend-expired = expired (its period has ended)
home-legend-absent = recorded as absent
home-legend-not-recorded = not recorded by the report
home-respondents = { $completed } of { $invited } invited completed the questionnaire
home-respondents-completed = { $completed } completed the questionnaire
home-counts = { $actors } actors · { $mandates } mandates · { $ties } cooperation ties · { $mechanisms } mechanisms
home-search-title = Search the atlas
home-search-lead = Any word of any fact: an actor's name, a mandate, a law (“§ 262a”), a sentence of the report. To find actors by what they may do (who determines victim status in Denmark?), use the filters of the search page.

country-native = In the national language: { $name }
country-chapter = Chapter of the report: { $chapter }
country-on-this-page = On this page
country-findings = Findings
country-participation = Who took part in the study
country-actors = Actors and mandates
country-governmental = Governmental
country-non-governmental = Non-governmental
country-cooperation = Cooperation
country-cooperation-lead = Cooperation ties as respondents described them. The first actor is the one whose answer describes the tie.
country-policy = Policy and legislation
country-mechanisms = Mechanisms
country-challenges = Challenges and limitations
country-challenges-lead = Limitations respondents named; the number is how many named it, where the report gives one.
country-conclusions = Conclusions
country-ambiguities = Where the report is ambiguous
country-ambiguities-lead = The report says different things in different places. Every reading is kept with its quote.
country-lists = Relevant departments and organisations
country-no-cooperation = The report describes no cooperation ties for this country.
country-no-documents = The report names no legal instrument or policy document for this country.
country-no-limitations = The report gives no limitation counts for this country.
country-invited = Invited
country-completed = Completed
country-reading = Reading
country-respondents = Respondents
country-counts-unknown = not given

actor-native-name = Native name
actor-acronym = Acronym
actor-also-known-as = Also called
actor-sector = Sector
actor-level = Level
actor-study-status = In the study
actor-parent = Part of
actor-children = Units
actor-mandates = Mandates
actor-no-mandates = The report states no mandate for this actor.
actor-cooperation = Cooperation
actor-cooperation-out = Cooperation this actor described
actor-cooperation-in = Cooperation others described with this actor
actor-no-cooperation = The report describes no cooperation tie for this actor.
actor-mechanisms = Mechanisms
actor-holds = Holds or chairs
actor-member-of = Member of
actor-no-mechanisms = The report names this actor in no national mechanism.
actor-back = Back to { $country }
actor-find-similar = Other actors of this sector in the 11 countries

mandate-scope = Scope: { $scope }
mandate-labour-yes = Covers trafficking for labour exploitation
mandate-labour-no = No mandate on trafficking for labour exploitation
mandate-labour-unknown = The report does not say whether this covers labour exploitation

mandate-denied = Denied
mandate-denied-scope = The report says the actor may not: { $scope }
mechanism-holder = Held or chaired by
mechanism-members = Members
mechanism-year = Established
mechanism-frequency = Meets
mechanism-focus = Focus

source = Source
source-show = Show source
source-line = report line { $line }
source-record = OpenNRM record { $record }: a summary written by OpenNRM, not a passage of the report
source-section = { $country } › { $section }
source-note = Note

search-title = Search actors
search-lead = Combine any of the filters. Searching by what an actor may do answers questions such as "who determines victim status in Denmark?".
search-text = Name, native name or acronym
search-country = Country
search-sector = Sector
search-capability = Mandate
search-study-status = In the study
search-any = Any
search-submit = Search
search-results = { $count ->
    [0] No actor matches.
    [one] One actor matches.
   *[other] { $count } actors match.
}
search-col-actor = Actor
search-col-country = Country
search-col-sector = Sector
search-col-mandates = Matching mandates
search-col-status = In the study
search-invalid = { $field }: “{ $value }” is not a known value.
search-too-long = { $field }: at most { $max } characters.
search-too-many-words = { $field }: at most { $max } words.
search-kind = Kind of fact
search-facts-text = Words
search-to-facts = Search every fact instead.
search-to-actors = Find actors by name and filters instead.
search-facts-title = Search the atlas
search-facts-lead = Every fact: actor names, mandates, mechanisms, documents, limitations, findings and the report's quotes. Case and accents do not matter ("liepaja" finds "Liepāja"), and a word also finds longer words it begins ("reflect" finds "reflection").
search-facts-results = { $count ->
    [0] Nothing matches.
    [one] One passage matches.
   *[other] { $count } passages match.
}
search-facts-truncated = The first { $count } passages that match; add a word or a filter to narrow the search.

search_kind-country = Country
search_kind-actor = Actor
search_kind-mandate = Mandate
search_kind-tie = Cooperation
search_kind-mechanism = Mechanism
search_kind-document = Document
search_kind-limitation = Limitation
search_kind-participation = Participation
search_kind-finding = Finding
search_kind-ambiguity = Ambiguity
search_kind-respondent = Respondent
search_kind-recommendation = Recommendation
search_field-name = name
search_field-native_name = native name
search_field-acronym = acronym
search_field-alias = also called
search_field-chapter = chapter
search_field-scope = scope
search_field-note = note
search_field-title = title
search_field-topic = topic
search_field-frequency = meets
search_field-quote = quote
search_field-reason = reason
search_field-summary = summary

about-title = About the data
about-lead = The atlas is the report “Actors against Trafficking for Labour Exploitation” of the Council of the Baltic Sea States Task Force against Trafficking in Human Beings (2013), turned into data. Nothing is added to what the report says.
about-sources = Every fact carries the section of the country's chapter it comes from and a short quote that appears word for word in the report. Where the report contradicts itself, both readings are kept.
about-data = The data files are plain text, one per country, and can be reviewed and corrected like any document. The whole atlas can be downloaded through the API.
about-api = The JSON API is described by an OpenAPI document.
about-revisions = Revisions of the atlas

error-not-found-title = Page not found
error-not-found = There is no { $what } here. Check the address, or start from the list of countries.
error-bad-request-title = The request could not be understood
error-internal-title = Something went wrong
error-internal = The page could not be shown. The error has been logged; please try again later.
error-back-home = Go to the list of countries

yes = yes
no = no

sector-police = Police
sector-border_guard = Border guard
sector-prosecution = Prosecution
sector-court = Courts
sector-labour_inspection = Labour inspection
sector-tax = Tax administration
sector-immigration = Immigration
sector-ministry = Ministries
sector-coordination_body = Coordination bodies
sector-rapporteur = Rapporteurs
sector-victim_assistance = Victim assistance
sector-municipality = Municipalities
sector-ngo = NGOs
sector-trade_union = Trade unions
sector-employers_org = Employers' organisations
sector-international_org = International organisations
sector-research = Research
sector-company = Companies
sector-other = Other

study_status-participated = Took part
study_status-invited_not_participated = Invited, did not take part
study_status-mentioned = Mentioned by respondents

level-national = National
level-regional = Regional
level-local = Local
level-international = International

capability-identify_victims = Identify victims
capability-refer_victims = Refer victims
capability-report_to_police = Report to the police
capability-inspect_workplaces = Inspect workplaces
capability-investigate_crime = Investigate crime
capability-prosecute = Prosecute
capability-determine_victim_status = Determine victim status
capability-grant_reflection_period = Grant a reflection period
capability-grant_residence_permit = Grant a residence permit
capability-provide_assistance = Provide assistance
capability-repatriation = Repatriation
capability-coordinate = Coordinate
capability-monitor_and_report = Monitor and report
capability-bring_labour_court_cases = Bring labour court cases
capability-training = Training
capability-prevention = Prevention
capability-policy_making = Policy making
capability-supervise = Supervise
capability-advocacy = Advocacy
capability-research = Research
capability-protect_workers_rights = Protect workers' rights

cooperation-information_exchange = Information exchange
cooperation-joint_inspection = Joint inspection
cooperation-referral = Referral
cooperation-service_contract = Service contract
cooperation-coordination = Coordination
cooperation-membership = Membership
cooperation-other = Cooperation

mechanism-national_coordinator = National coordinator
mechanism-national_rapporteur = National rapporteur
mechanism-lead_agency = Lead agency
mechanism-referral_system = Referral system
mechanism-mou = Memorandum of understanding
mechanism-working_group = Working groups
mechanism-specialised_unit = Specialised units
mechanism-network = Networks
mechanism-national_action_plan = National action plan
mechanism-local_coordinator = Local coordinators

mechanism_status-formal = Formal
mechanism_status-functional_equivalent = Functional equivalent
mechanism_status-absent = Absent
mechanism_status-expired = Expired
focus-sexual = Sexual exploitation
focus-labour = Labour exploitation
focus-all = All forms
focus-unclear = Unclear

limitation-legislation = Legislation
limitation-lack_of_policy = Lack of policy
limitation-lack_of_cooperation = Lack of cooperation
limitation-lack_of_referral_mechanisms = Lack of referral mechanisms
limitation-corruption = Corruption
limitation-lack_of_knowledge = Lack of knowledge
limitation-lack_of_capacity = Lack of capacity
limitation-other = Other

document-legislation = Legislation
document-action_plan = Action plan
document-policy = Policy
document-agreement = Agreement
document-report = Report
document-other = Other document

nav-screening = Screening
screening-title = Screening: is this trafficking?
screening-lead = Answer the questions about what you observe, for example during a workplace inspection. The result places the situation on the continuum from a labour-law violation to trafficking for labour exploitation, explains which answers led there, says what is still missing, and names the actors of the country with the mandate to act.
screening-notice-title = Guidance, not a decision.
screening-notice = This screening is guidance for referral to the actor with the mandate to act. It is never a legal determination: only the competent authorities decide whether a person is a victim of trafficking or of forced labour.
screening-translation-unreviewed = The questions are a draft translation, not yet reviewed by a national reviewer. The ILO's official English wording is under each question.

# The explanation of a screening result, one message per domain ExplanationCode
# (screening-why-<code>); in English each reads exactly as the engine's `reasoning` (a test
# compares them). Lists of indicators are the ILO's official English names.
screening-why-screened_with = Screened with "{ $instrument }" { $version } and the rule set "{ $rules }" { $rules_version }, on the { $population ->
    [child] child
   *[adult] adult
} list.
screening-why-dimension_positive = { $dimension } is positive ({ $rule }): yes to { $indicators }.
screening-why-dimension_not_assessed = { $dimension } was not assessed: none of its questions was answered.
screening-why-dimension_open = { $dimension } is not established: { $yes ->
    [0] no indicator answered yes so far
   *[other] so far yes to { $indicators }
}; { $count } unanswered { $count ->
    [one] indicator
   *[other] indicators
} could still make it positive.
screening-why-dimension_negative = { $dimension } is negative: { $yes ->
    [0] no indicator answered yes
   *[other] yes only to { $indicators }
}; { $complete ->
    [yes] every indicator is answered and no rule is met
   *[no] the unanswered indicators could not make it positive
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] answer is
   *[other] answers are
} "unknown"; unknown never counts as yes.
screening-why-ignored_answers = Answers to indicators that are not on the { $population ->
    [child] child
   *[adult] adult
} list were left out: { $indicators }.
screening-why-level_none = Level: no indication — no rule of the rule set for a higher level is met by the answers given.
screening-why-level_reached = Level: { $level ->
    [labour_law_violation] possible labour-law violation
    [labour_exploitation] labour exploitation
    [forced_labour] forced labour
    [presumed_trafficking] presumed trafficking for labour exploitation
   *[no_indication] no indication
} — { $because }
screening-why-unverified = { $count } of the indicators that counted { $count ->
    [one] is
   *[other] are
} not yet verified against the source publication (see the instrument file): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Possible labour-law violation: refer to the labour inspectorate, and tell the worker about the trade union and the labour court.
    [labour_exploitation] Labour exploitation: refer to the labour inspectorate, consider reporting to the police, and refer the worker to support.
    [forced_labour] Forced labour: report to the police, and refer the person to the authority that determines victim status and to assistance.
    [presumed_trafficking] Presumed trafficking for labour exploitation: report to the police, and refer the person without delay to the authority that determines victim status, to assistance and to a reflection period.
   *[no_indication] No indication: no referral is indicated by these answers; unanswered questions may change that.
}{ $open ->
    [yes] {" "}More answers could raise the level; see what is missing.
   *[no] {""}
}

# What a way to a higher level still needs (screening-why-toward and its parts); the
# parts are said one after the other, separated by "; ". $names: dimensions joined by
# screening-or; $asks: the ILO's names of the indicators still open; $topics: what to ask
# about (English data).
screening-or = {" "}or{" "}
screening-why-toward = Toward { $level ->
    [labour_law_violation] possible labour-law violation
    [labour_exploitation] labour exploitation
    [forced_labour] forced labour
    [presumed_trafficking] presumed trafficking for labour exploitation
   *[no_indication] no indication
}{ $population ->
    [adult] {" "}(adult)
    [child] {" "}(child)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = { $names } is positive
screening-why-step_closed = { $names } is negative — this way is closed unless answers change
screening-why-step_not_assessed = { $names } is not assessed yet — ask about { $topics }{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = { $names } is not yet positive — still open{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = no indicator of { $names } is yes and none is left unanswered
screening-why-step_none_yet = no indicator of { $names } is yes yet — still open{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-no-personal-data = Do not enter names or other personal data: the screening records only which indicators are present. “Not asked” is kept apart from “no”.
screening-instrument-meta = { $count } indicators · version { $version }
screening-population = Who is concerned
screening-country = Country (for who can act)
screening-country-none = No country
screening-start = Start screening
screening-progress = { $answered } of { $total } questions answered
screening-answer-help = Answer what you know. “Unknown” means you asked but the answer is unclear; “Not asked” means the question was not raised. Neither counts as yes.
screening-official-wording = Official wording
screening-strength = Strength in the instrument: { $strength }
screening-see-result = See the result
screening-save-draft = Save draft
screening-draft-saved = Draft saved in this browser. Open Screening again to continue it; drafts are kept for 30 days.
screening-continue-draft = Continue your saved draft
screening-discard-draft = Discard draft
screening-draft-discarded = Your draft was discarded.
screening-no-draft-title = No saved draft
screening-no-draft = This browser has no saved screening draft (drafts are kept for 30 days). Start a new screening from the Screening page.
screening-forbidden-title = The form could not be accepted
screening-forbidden = The form did not come from this site or has expired. Open the screening again and resubmit.
screening-result-title = Screening result
screening-level = Where the situation is on the continuum
screening-continuum = The exploitation continuum
screening-reasoning = Why
screening-dimensions = Dimensions
screening-dimension = Dimension
screening-status = Status
screening-yes-indicators = Indicators answered yes
screening-missing = What is missing to conclude
screening-questions-to-ask = { $count ->
    [one] One question to ask
   *[other] { $count } questions to ask
}
screening-who-acts = Who can act
screening-who-acts-in = Who can act in { $country }
screening-nobody = The atlas records no actor with these mandates.
screening-uncovered = No actor in the atlas holds these mandates:
screening-choose-country = Choose a country to see its actors. These mandates fit the result:
screening-unverified = { $count ->
    [one] One indicator that counted has a strength not yet verified against the ILO publication.
   *[other] { $count } indicators that counted have strengths not yet verified against the ILO publication.
}
screening-used = Instrument: { $instrument }. Rules: { $rules }.
screening-change-answers = Change answers (saved as a draft)

answer-yes = Yes
answer-no = No
answer-unknown = Unknown
answer-not-asked = Not asked

population-adult = Adult
population-child = Child (under 18)

strength-strong = strong
strength-medium = medium
strength-weak = weak
strength-unweighted = not weighted

continuum-no_indication = No indication
continuum-labour_law_violation = Labour-law violation
continuum-labour_exploitation = Labour exploitation
continuum-forced_labour = Forced labour
continuum-presumed_trafficking = Presumed trafficking for labour exploitation

dimension-status-positive = Positive
dimension-status-negative = Negative
dimension-status-insufficient_information = Not enough information
screening-version = Instrument version { $version }

report-title = The report
report-showing = Lines { $from }–{ $to } of { $total }. The highlighted line is where the quoted passage starts.
report-earlier = ← Earlier lines
report-later = Later lines →
country-download = Download this country as JSON
about-download = Download the whole atlas (JSON).
about-read-report = Read the report, line by line.

## Platform: sign-in, account, administration
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-account = Your account
nav-audit = Audit log
error-sign-in-title = Please sign in
error-sign-in = This page is for signed-in users of OpenNRM.
error-forbidden-title = Not allowed
error-too-many-title = Too many requests
sign-in-title = Sign in to OpenNRM
sign-in-username = User name (your e-mail address)
sign-in-password = Password
sign-in-code = Six-digit code from your authenticator app
sign-in-continue = Continue
sign-in-code-wrong = That code was not accepted. Each code works once and changes every 30 seconds: enter the one your app shows now.
sign-in-note = Accounts are created by your organisation's administrator. After five wrong attempts an account is locked for 15 minutes.
account-title = Your account
account-username = User name
account-organisation = Organisation
account-roles = Roles
account-sessions = Signed-in sessions
account-totp = Second factor (authenticator app)
account-totp-on = A second factor is set up: signing in asks for a code.
account-totp-off = No second factor yet. Coordinators and administrators must set one up before they can act.
account-totp-start = Set up an authenticator app
account-totp-replace = Move to another authenticator app
account-totp-scan = Scan this code with an authenticator app, or type the key below into it, then enter the code it shows.
account-totp-secret = Key:
account-totp-confirm = Confirm
account-totp-wrong = That code does not match this key. Check that the app holds the key below, then enter the code it shows now.
account-totp-done = The authenticator app is set up. Signing in now asks for a code.
account-needs-totp = Your role requires a second factor. Set up an authenticator app below before you continue.
account-password = Password
account-password-current = Current password
account-password-new = New password (12 to 128 characters)
account-password-change = Change password
account-password-done = Your password was changed; your other sessions were signed out.
account-tokens = API tokens
account-tokens-none = No API tokens.
account-token-name = Name
account-token-created = Created
account-token-used = Last used
account-token-create = Create token
account-token-once = Copy this token now; it is not shown again:
account-token-revoke = Revoke
account-token-revoked = The token was revoked.
account-token-revoked-mark = revoked
account-sign-out-everywhere = Sign out everywhere
audit-title = Audit log
audit-lead = Every sign-in, failed sign-in and change of users, roles and tokens, newest first. Rows are hash-chained; `opennrm audit verify` checks the chain.
audit-action = Action
audit-actor = Actor
audit-outcome = Outcome
audit-object = Object
audit-at = Time (UTC)
audit-address = Address
audit-detail = Detail
audit-filter = Filter
audit-older = Older events
users-title = Users
users-name = Name
users-state = State
users-disabled = disabled
users-locked = locked
users-active = active
users-unlock = Unlock
role-frontline_officer = Frontline officer
role-case_worker = Case worker
role-service_provider = Service provider
role-national_coordinator = National coordinator
role-national_rapporteur = National rapporteur
role-administrator = Administrator

## Atlas history
revision-banner = You are looking at revision { $revision } of the atlas ({ $label }, { $date }); the current revision is { $current }.
revision-banner-current = Show the current revision.
diff-title = Changes
diff-from = From revision
diff-to = To revision
diff-compare = Compare
diff-heading = { $count ->
    [0] No changes from revision { $from } to { $to }
    [one] One change from revision { $from } to { $to }
   *[other] { $count } changes from revision { $from } to { $to }
}
diff-none = The two revisions say the same about this country.
diff-legend = + added · − removed or retired · ~ changed · · only the source changed
diff-see-revision = The country as of revision { $revision }
about-revision-view = view
actor-retired = This actor was retired in revision { $revision }: the current atlas no longer lists it. It is shown as described in revision { $last }, the last revision that held it.
country-changes = Changes since 2013
about-revision-not-kept = facts not kept (before atlas history)

# Respondents, attribution, several sources, readings, contested facts (issue 6)
country-summary = Executive summary
country-summary-lead = The report's own summary of this chapter.
country-respondents-title = Who answered the questionnaire
country-respondents-lead = One row per questionnaire sent, as the chapter tells it. Statements the report attributes to a questionnaire show "said by" with their source.
country-respondents-computed = From the respondents: { $invited } invited, { $completed } completed
country-respondents-none = This revision lists no respondents for this country.
country-recommendations = Recommendations
country-recommendations-lead = What the report recommends, one fact each, with the kinds of actors it addresses.
country-no-recommendations = The report makes no recommendation in this chapter.
respondent-form-full = Full questionnaire
respondent-form-alternative = Alternative questions only
respondent-form-declined = Declined
respondent-form-no_reply = No reply
respondent-answered-for = Answered for
respondent-reason = Reason
respondent-footnotes = Cited in the report as
said-by = Said by
also-stated = Also stated in
reading-marker = our reading, not the report's words: { $fields }
contested = Contested
contested-title = The report is ambiguous about this: see the ambiguities
tie-direction-mutual = both ways
tie-direction-one_way = one way
tie-reported-by = Reported by { $name }
actor-group = Group, not one body
document-governs-capabilities = Grants or regulates
document-governs-actors = Empowers or binds
document-governs-mechanisms = Governs
recommendation-addresses = Addresses
recommendation-addresses-all = Actors in general
mechanisms-title = Mechanisms across the countries
mechanisms-lead = Every national mechanism the report records, country by country: who holds it, since when, its focus and its source.
mechanisms-country = Country
mechanisms-none = none recorded
nav-mechanisms = Mechanisms
report-wide-title = The report beyond the chapters
report-wide-lead = The executive summary, introduction and methodology, as sourced findings, and the report-wide recommendations.
finding-part-executive_summary = Executive summary
finding-part-introduction = Introduction
finding-part-methodology = Methodology
finding-part-conclusions = Conclusions
finding-part-findings = Findings
finding-part-challenges = Challenges and limitations
mechanisms-status = Status
mechanisms-name = Name
mechanisms-filter = Show
study-full-text = the full text
study-recommendations-lead = Every recommendation of the report: the report-wide ones first, then each chapter's, with the countries and kinds of actors they address. Filter them by sector with the API (/api/v1/recommendations).
study-all-countries = All eleven countries
nav-study = The study
mechanisms-kind = Mechanism
search-governing = Laws and documents that grant or regulate this
nav-insight = Compare
insight-title = The countries compared
insight-lead = What the report's chapters say, side by side and computed from the atlas: every cell links to its facts and their sources; contested facts are marked.
insight-mechanisms = Mechanisms
insight-mechanisms-lead = Which countries have a national coordinator, a rapporteur, an MoU, a referral system …, and what the mechanisms focus on.
insight-mandates = Who holds each mandate
insight-mandates-lead = How many actors hold each capability in each country; follow a number to the actors and their sources.
insight-mandates-legend = A number counts the held mandates; −N are mandates the report says an actor does not have; § marks a law or document that grants the capability.
insight-sectors = Which sectors sit in a mechanism
insight-sectors-lead = Whether the actors of each sector sit in a mechanism that is in place (formal or a functional equivalent), as its holder or a member: the report finds labour actors left out.
insight-sectors-legend = ✓ at least one sits in a mechanism in place; ✗ the sector's actors sit in none; – the atlas records no actor of the sector.
insight-sector-none = no actor of this sector recorded
insight-sector-seated = sits in a mechanism
insight-sector-left-out = in no mechanism in place
insight-limitations = Limitations respondents chose
insight-limitations-lead = How many respondents chose each of the questionnaire's limitations, where the report gives a number.
insight-limitations-legend = A number is the largest count the chapter gives for the category; · the chapter names it without a number.
insight-limitation-stated = named without a count
insight-partners = The partners named most
insight-partners-lead = Actors ranked by how many other actors name them as a cooperation partner (ties whose reporter is another actor).
insight-named-by = { $count ->
    [one] named by 1 actor
   *[other] named by { $count } actors
}
focus-short-sexual = sexual
focus-short-labour = labour
focus-short-all = all
focus-short-unclear = ?
insight-focus-legend = under the symbol, the focus: sexual or labour exploitation, all forms, ? unclear
gaps-title = Gaps
gaps-lead = Named rules evaluated on the atlas, each finding with its evidence (the facts and their quotes) and whom to involve. Run on the 2013 data, they reproduce the chapters' conclusions; the rules are listed with the report's own words they stand on.
gaps-rules = the rules
gaps-rule = Rule
gaps-involve = Involve
gaps-evidence = { $count ->
    [one] Evidence: 1 fact
   *[other] Evidence: { $count } facts
}
gaps-count = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
gaps-none = No finding for this choice.
gaps-severity-gap = Gap
gaps-severity-gap-means = the atlas records the absence or the shortcoming
gaps-severity-unrecorded = Not recorded
gaps-severity-unrecorded-means = the atlas records nothing that fills it: a gap, or the report's silence
gaps-severity-information = Note
gaps-severity-information-means = not a gap: what the data shows most
gaps-since-counts = { $closed } closed, { $opened } opened.
gaps-closed = Closed
gaps-opened = Opened
country-gaps = Gaps
country-network = Cooperation network
country-network-lead = Who is tied to whom, as the respondents described it: actors coloured by sector and sized by how often they lie between two others. The table below gives the same data as text.
country-network-files = Download: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Actor
network-col-degree = Partners
network-col-betweenness = Betweenness
network-col-broker = Broker
network-density = { $nodes } actors with ties, { $edges } tied pairs; density { $density }; ties between government and civil society: { $gov_civil }
compare-with = Compare with revision
compare-baseline = 2013 baseline
compare-button = Compare
compare-since = What changed from revision { $from } to revision { $to }
compare-nothing = Nothing changed.
compare-revision = Revision { $revision }
compare-not-in-revision = not in this revision
compare-not-recorded = Not recorded
insight-compare-count = { $count ->
    [one] One cell changed.
   *[other] { $count } cells changed.
}
insight-compare-table = Table
insight-compare-row = Row
network-region-title = Cooperation network of the region
network-country-title = Cooperation network of { $country }
network-region-lead = Every country's cooperation ties in one network, as the respondents described them. Ties never cross borders in the report, so each country is drawn in its own panel: actors coloured by sector, sized by how often they lie between two others within their country, the most central named. The tables give the same data as text.
network-whole-region = the whole region
network-files = Download
network-alt = { $scope }: { $nodes } actors with ties, { $edges } tied pairs; the tables below list the most central actors and each country's figures
network-summary = { $nodes } actors with ties ({ $untied } without any), { $edges } tied pairs, { $components } components, { $communities } communities, { $brokers } brokers; density { $density }; { $gov_civil } ties between government and civil society (density { $gov_civil_density }).
network-by-country = Country by country
network-by-country-lead = The same measures for each country's own network: how dense it is, how well government and civil society are tied, how many pieces it falls into and who holds it together.
network-by-country-legend = Density: tied pairs of all possible pairs. Government–civil society: ties between a governmental and a non-governmental actor, and their share of all such possible pairs. Brokers: actors without whom some actors lose their only path to the others.
network-actors-tied = Actors with ties
network-col-untied = Without ties
network-col-ties = Tied pairs
network-col-density = Density
network-col-gov-civil = Government–civil society ties
network-col-gov-civil-density = Government–civil society density
network-col-components = Components
network-col-communities = Communities
network-col-brokers = Brokers
network-col-sector = Sector
network-col-weighted = Ties
network-col-closeness = Closeness
network-central = The most central actors
network-central-lead = By betweenness: the share of shortest paths between other actors of the same country that pass through the actor (within its own country's network, so that actors of small and large countries compare), then closeness: how near the actor is to all the others it can reach.
network-connected = The most connected actors
network-partners-ties = { $degree } partners, { $ties } ties
network-communities = Communities
network-communities-lead = Groups of actors more tied among themselves than to the others (Louvain, { $count } in all), the largest first, each with its best-connected members.
network-community-size = { $count ->
    [one] one actor
   *[other] { $count } actors
}
network-compare-counts = { $ties_added ->
    [one] One tied pair added
   *[other] { $ties_added } tied pairs added
}, { $ties_removed } removed; { $actors_added ->
    [one] one actor joined the network
   *[other] { $actors_added } actors joined the network
}, { $actors_removed } left it.
network-ties-added = Ties added
network-ties-removed = Ties removed
network-ties-changed = Ties changed
network-tie-weight = { $from } ties ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Actors that joined the network
network-actors-removed = Actors that left the network
network-centrality-changed = Actors whose place changed
country-network-compare = Compare this network with another revision
network-all-measures = All measures
insight-charts = Charts
insight-charts-lead = The same data drawn; each chart carries its numbers as text (its title and description) and in the tables above.
insight-chart-participation = Respondents invited and completed per country (where the chapter gives a number)
insight-chart-mechanisms = Mechanisms per country, by status
insight-chart-limitations = Limitations the chapters state, per country and category
country-network-alt = Cooperation network of { $country }: { $nodes } actors with ties, { $edges } tied pairs; the table below lists the most central actors

## Generated national reports (domain insight::national; the PDF, Markdown and the page)
nr-title-country = { $country }: actors against trafficking for labour exploitation
nr-title-region = Actors against trafficking for labour exploitation in the Baltic Sea region
nr-subtitle = Generated by OpenNRM from atlas revision { $revision } ({ $label }, { $date })
nr-preface = This report is generated from the OpenNRM atlas, which holds the facts of “{ $report }” and the changes made since, each with its source. It follows the structure of the report's country chapters; its conclusions come from the gap analysis.
nr-preface-sources = The small raised numbers refer to the sources at the end: the section of the report, its line and the verbatim quote a statement rests on, and the respondent who said it where the report's footnote names one. A statement without a number is computed from the facts listed beside it.
nr-contents = Contents
nr-sources = Sources
nr-figure = Figure
nr-table = Table
nr-page = Page
nr-line = line
nr-said-by = Questionnaire 2012:
nr-source-of = Source
nr-executive-summary = Executive summary
nr-summary-region = The region
nr-summary-data = In the atlas: { $actors } actors and { $ties } cooperation ties; { $mechanisms } of { $kinds } kinds of mechanism in place (formal or a functional equivalent); the gap analysis finds { $gaps ->
    [one] one recorded gap
   *[other] { $gaps } recorded gaps
} and { $unrecorded ->
    [one] one point
   *[other] { $unrecorded } points
} the report leaves unrecorded.
nr-part-findings = Findings
nr-part-actors = Actors and mandates
nr-part-cooperation = Cooperation
nr-part-policy = Policy and legislation
nr-part-mechanisms = Mechanisms
nr-part-limitations = Challenges and limitations
nr-part-conclusions = Conclusions
nr-part-organisations = Relevant departments and organisations
nr-participation = Out of { $invited } actors asked to take part in the study, { $completed } completed the questionnaire.
nr-participation-completed = { $completed } actors completed the questionnaire.
nr-participation-invited = { $invited } actors were asked to take part in the study.
nr-respondents = The respondents recorded in the atlas: { $invited } invited, { $completed } completed ({ $full } the full questionnaire, { $alternative } the alternative questions), { $declined } declined, { $noreply } did not reply.
nr-ambiguities = Where the report is unclear
nr-actors-summary = The atlas records { $actors } actors and { $mandates } mandates they hold; each actor is listed with its mandates below.
nr-governmental = Governmental
nr-non-governmental = Non-governmental
nr-part-of = part of { $parent }
nr-mandate-denied = Not: { $capability }
nr-labour-mandate-yes = covers trafficking for labour exploitation
nr-labour-mandate-no = does not cover trafficking for labour exploitation
nr-no-ties = The report describes no cooperation between the actors.
nr-network-summary = The report describes { $ties } cooperation ties between { $pairs } pairs of actors; { $actors } actors have a tie, { $untied } have none. Density of the network: { $density }.
nr-gov-civil = Between government and civil society: { $ties } tied pairs, a density of { $density } of the pairs possible across the split.
nr-gov-civil-none = The network has no tie across the split between government and civil society, or one side has no actor with a tie.
nr-brokers = Brokers (without them some actors lose their only path to others): { $names }.
nr-network-title = Cooperation network of { $country }
nr-network-caption = Cooperation network of { $country }: actors coloured by sector and sized by betweenness; arrows mark one-way ties.
nr-network-alt = A network drawing of { $actors } actors and { $pairs } tied pairs in { $components } connected parts; the tables of this section give the same data as text.
nr-central-caption = The actors who connect the others most (betweenness)
nr-ties-caption = Cooperation ties as the report describes them
nr-col-actor = Actor
nr-col-sector = Sector
nr-col-partners = Partners
nr-col-betweenness = Betweenness
nr-col-from = From
nr-col-to = To
nr-col-kind = Kind
nr-col-direction = Direction
nr-col-mechanism = Mechanism
nr-col-status = Status
nr-col-name = As the report names it
nr-col-focus = Focus
nr-col-holder = Held by
nr-col-category = Limitation
nr-col-respondents = Respondents
nr-col-statement = What the report says
nr-col-capability = Mandate
nr-col-rule = Gap rule
nr-no-documents = The chapter names no policy or legislation.
nr-mechanisms-intro = Each kind of mechanism the report looks for, with what the chapter records; a kind it does not mention is marked “not recorded”.
nr-mechanisms-caption = Mechanisms in { $country }
nr-state-formal = formal
nr-state-functional_equivalent = functional equivalent
nr-state-expired = expired
nr-state-absent = absent
nr-state-not_recorded = not recorded
nr-no-limitations = The chapter states no challenges or limitations.
nr-limitations-caption = Challenges and limitations in { $country }, by category
nr-limitations-alt = A bar chart of the limitations the chapter on { $country } states, per category; the table below gives the same data.
nr-limitations-alt-counted = A bar chart of how many respondents in { $country } chose each limitation; the table below gives the same data.
nr-limitations-table = Limitations the chapter states
nr-gap-heading = What the gap analysis finds
nr-gap-intro = Each finding comes from a named rule evaluated on the atlas (see the gap analysis pages); its sources are the facts it rests on. “Not recorded” marks what the report does not say either way.
nr-involve = involve: { $names }
nr-recommendations = The report's recommendations
nr-organisations-participated = Invited actors who participated in the study
nr-organisations-invited_not_participated = Other invited actors
nr-organisations-mentioned = Other actors mentioned by respondents
nr-comparison = Regional comparison
nr-comparison-intro = The eleven countries side by side, computed from the facts in each chapter. Signs: { $legend }.
nr-comparison-mechanisms = Mechanisms by country
nr-chart-mechanisms-caption = Mechanisms per country, by status
nr-chart-mechanisms-alt = A bar chart of how many kinds of mechanism each country has, by status; the table above gives the same data.
nr-comparison-mandates-title = Mandates
nr-comparison-mandates-intro = How many actors hold each mandate in each country; ✗ where the report says the only actor it names does not hold it, empty where it names none.
nr-comparison-mandates = Actors holding each mandate, by country
nr-comparison-sectors-title = Actors in mechanisms
nr-comparison-sectors-intro = Which kinds of actors sit in a mechanism that is in place: ✓ at least one does, ○ the country has such actors but none sits in one, empty where the atlas records none.
nr-comparison-sectors = Kinds of actors in a mechanism in place, by country
nr-comparison-limitations-intro = Challenges and limitations by category: the number of respondents who chose it where the chapter gives one, • where the chapter states it without a number.
nr-comparison-limitations = Limitations by country
nr-chart-limitations-caption = Limitations the chapters state, per country and category
nr-chart-limitations-alt = A bar chart of the limitations each chapter states, per category; the table above gives the numbers.
nr-chart-participation-caption = Respondents invited and completed per country
nr-chart-participation-alt = A bar chart of how many actors were invited and how many completed the questionnaire in each country, where the chapter gives a number.
nr-comparison-gaps-title = Gaps across the region
nr-comparison-gaps-intro = Each rule of the gap analysis in each country: ● a recorded gap, ○ not recorded either way, i a note (not a gap), empty where the rule finds nothing.
nr-comparison-gaps = Gap findings by rule and country
nr-download = Download:
nr-link = Generated report
nr-link-lead = This country's chapter rebuilt from the atlas — findings, actors and mandates, cooperation, mechanisms, limitations, conclusions from the gap analysis — with every statement traced to its source.
nr-read = Read the report
insight-report = Generated report for the region
insight-report-lead = The whole study rebuilt from the atlas: the executive summary, every country's chapter and the regional comparison, with every statement traced to its source.

## Referral (cases, consent, pathways)
nav-cases = Cases
cases-title = Cases and referrals
cases-lead = Cases your organisation opened, and the referrals sent to it. Personal data is encrypted and shown only to those who need it; every view of it is recorded.
cases-open = Open a case
cases-screen-first = or screen a situation first
cases-inbox = Referrals to your organisation
cases-country-referrals = Referrals in your country
cases-inbox-empty = No referrals.
cases-mine = Cases your organisation opened
cases-none = No cases yet.
case-reference = Case
case-action = Action
case-from = From
case-to = To
case-state = State
case-sent = Sent
case-deadline = Due
case-exploitation = Form of exploitation
case-persons = Persons
case-anonymised = Anonymised on { $date }: the retention period ended, so names, dates of birth, nationalities, contacts, notes and messages were destroyed. What is counted for statistics remains.
case-level = Screening level
case-opened = Opened
case-updated = Last change
case-new-title = Open a case
case-new-lead = Record the situation and the persons concerned. Enter a person on their own when their route differs (a minor among adults); a group of persons with the same route can be one row without names.
case-new-from-screening = The screening you ran is attached to this case: { $level }.
case-situation = Situation
case-work-sector = Sector of work
case-region = Region
case-persons-help = Leave a person's residence status at “no person” to skip the row. Personal fields are optional: record only what the referral needs.
case-person-n = Person { $n }
case-no-person = no person
case-residence = Residence status
case-age = Age group
case-count = Number of persons with this route
case-gender = Gender
case-nationality-group = Nationality group (kept for statistics)
case-name = Name or alias
case-birth-date = Date of birth
case-nationality = Nationality
case-contact = Contact
case-encrypted = Names, dates of birth, nationalities, contacts, notes and messages are encrypted field by field before they are stored.
case-title = Case { $reference }
view-owner = Your organisation identified this case: you see all of it.
view-receiver = This case was referred to your organisation: you see the situation and only what your action needs.
view-oversight = National coordinator's view: the case and its referrals, without personal data.
case-identified-by = Identified by
case-not-screened = not screened
case-group-of = a group of { $count }
case-withheld = Not shown to your organisation: { $fields }.
case-consent = Consent
case-no-consent = No consent recorded yet. A person who refuses everything can still be counted anonymously.
case-person = Person
case-purpose = Consent needed
case-method = How it was given
case-recorded = Recorded
case-withdrawn = Withdrawn
case-withdraw = Withdraw
case-share-with = Organisation (sharing only)
case-record-consent = Record consent
case-proposals = Proposed referrals
case-proposals-lead = What the country's pathway requires for each person, with the reason and the report's words. Tick those to send.
case-see-pathway = See the whole pathway.
case-no-proposals = The pathway proposes no referral for this situation.
case-undefined-route = The report leaves this route undefined; the coordinator is offered instead.
case-because = Because:
case-consent-on-record = Consent on record: { $purpose }.
case-consent-missing = Missing consent: { $purpose }. Record it before sending.
case-message = Message to the receiving organisations (optional)
case-send = Send the ticked referrals
case-referrals = Referrals
case-no-referrals = No referral sent yet.
case-until = until { $date }
case-until-label = End of the reflection period (if granted)
case-reason = Reason
case-outcome = Outcome
case-notes = Notes
case-add-note = Add a note
case-seen-by = Who has seen personal data
case-when = When
case-who = Who
case-what = What
pathway-title = Referral pathway: { $country }
pathway-lead = To whom do I refer? The routes the 2013 report describes, each with its source. Where the report leaves a route undefined, the pathway says so and offers the coordinator.
pathway-coordinator-formal = National coordinator:
pathway-coordinator-closest = No national coordinator; the body the report names as closest to that role:
pathway-undefined-count = { $count ->
    [one] The report leaves one route undefined.
   *[other] The report leaves { $count } routes undefined.
}
pathway-rules = The routes and their sources
pathway-when = When
pathway-source = Source
pathway-undefined = not defined in the report
pathway-any-case = any case
pathway-from-level = screening level at least { $level }
pathway-from-sector = referred by { $sectors }
pathway-no-consent = No consent needed on this route.
pathway-days = { $days } days
pathway-link = Referral pathway: to whom do I refer?
residence-legal_resident = legal resident
residence-eu_citizen = EU citizen
residence-irregular_migrant = irregular migrant
residence-asylum_seeker = asylum seeker
age-adult = adult
age-minor = minor
age-unknown = age unknown
gender-female = female
gender-male = male
gender-other = other
gender-unknown = not known
nationality_group-national = national of this country
nationality_group-eu_eea = EU/EEA national
nationality_group-third_country = third-country national
nationality_group-unknown = not known
exploitation-labour_exploitation = Labour exploitation
exploitation-forced_labour = Forced labour
exploitation-forced_begging = Forced begging
exploitation-forced_criminality = Forced criminal activity
exploitation-domestic_servitude = Domestic servitude
exploitation-sexual_exploitation = Sexual exploitation
exploitation-other = Other
work-agriculture = Agriculture
work-construction = Construction
work-manufacturing = Manufacturing
work-hospitality = Restaurants and hotels
work-cleaning = Cleaning
work-domestic_work = Domestic work
work-fishing = Fishing
work-forestry = Forestry and berry picking
work-transport = Transport
work-care = Care
work-other = Other
action-investigate = Criminal investigation
action-inspect = Labour inspection
action-determine_victim_status = Victim status
action-grant_reflection_period = Reflection period
action-decide_residence_permit = Residence permit
action-provide_assistance = Assistance
action-child_protection = Child protection
action-repatriation = Repatriation
purpose-referral_assistance = referral to the assistance system
purpose-police_contact = contact with the police
purpose-share_with_organisation = sharing data with a named organisation
purpose-support_services = support services
purpose-statistics = use in statistics
method-signed_form = signed form
method-oral_with_witness = oral, with a witness
method-via_interpreter = via an interpreter
field-name = name
field-birth_date = date of birth
field-nationality = nationality
field-contact = contact
field-notes = notes
field-messages = messages
state-sent = sent
state-acknowledged = acknowledged
state-accepted = accepted
state-declined = declined
state-decided = decided
state-closed = closed
step-send = Sent
step-acknowledge = Acknowledge
step-accept = Accept
step-decline = Decline
step-decide = Record outcome
step-close = Close
step-consent_withdrawn = Consent withdrawn
outcome-presumed_victim = presumed victim
outcome-confirmed_victim = confirmed victim
outcome-not_a_victim = not a victim
outcome-reflection_period_granted = reflection period granted
outcome-residence_permit_granted = residence permit granted
outcome-residence_permit_refused = residence permit refused
outcome-assistance_started = assistance started
outcome-investigation_opened = investigation opened
outcome-child_protection_started = child protection started
outcome-inspection_carried_out = inspection carried out
cases-open-from-screening = Open a case with this screening
pathway-open = See who receives a case, for what, on the report's word
statistics-title = Statistics
statistics-lead = Anonymised counts from the cases recorded in OpenNRM, by country. No record is ever shown: every count below { $k } (zero apart) is suppressed, and so is every count from which one could be worked out.
statistics-measures = What is counted
statistics-downloads = Download:
statistics-htcds = in the shape of the Human Trafficking Case Data Standard (CSV)
statistics-suppressed-note = “–” marks a suppressed count (below { $k }, or one that would give such a count away). Zeros are shown.
statistics-total = Total
statistics-all-countries = all countries
statistics-measure-persons = Persons identified
statistics-measure-cases = Cases
statistics-measure-referrals = Referrals
statistics-measure-decisions = Decisions
statistics-axis-persons = persons
statistics-axis-cases = cases
statistics-axis-referrals = referrals
statistics-axis-decisions = decisions
statistics-dimension-year = By year
statistics-dimension-work_sector = By sector of work
statistics-dimension-exploitation = By form of exploitation
statistics-dimension-age_group = By age group
statistics-dimension-gender = By gender
statistics-dimension-nationality_group = By nationality group
statistics-dimension-residence = By residence status
statistics-dimension-referring_sector = By sector of the identifying organisation
statistics-dimension-days_to_referral = Days from identification to the first referral
statistics-dimension-days_to_decision = Days from identification to the first decision
statistics-dimension-screening_level = By screening level
statistics-dimension-action = By what was asked
statistics-dimension-state = By where the referral is now
statistics-dimension-outcome = By decision
statistics-not_recorded = not recorded
statistics-not_screened = not screened
days-not_referred = not referred yet
days-no_decision = no decision yet
days-same_day = the same day
days-1_to_7_days = 1–7 days
days-8_to_30_days = 8–30 days
days-31_to_90_days = 31–90 days
days-over_90_days = more than 90 days
nav-statistics = Statistics
jobs-title = Background jobs
jobs-lead = Deadlines, escalations and e-mails, run by whichever server node claims them first. A failed job is retried with growing pauses until its attempts are spent; then it stays here, failed, until you queue it again.
jobs-none = No jobs yet.
jobs-kind = Job
jobs-state = State
jobs-attempts = Attempts
jobs-due = Due
jobs-error = Last error
jobs-updated = Last change
jobs-retry = Queue again
job-escalation_sweep = Look for referrals past their acknowledgement deadline
job-apply_retention = Anonymise closed cases past the retention period
job-send_email = Send an e-mail
job-state-queued = queued
job-state-running = running
job-state-done = done
job-state-failed = failed
notifications-title = Notifications
notification-referral_unacknowledged = A referral has not been acknowledged in time
notifications-open = Open the case
case-plan = Assistance plan
case-plan-empty = No assistance task yet.
case-plan-help = Give a task to a service provider whose mandate in the atlas covers it. The person must have consented to support services; the provider sees only what the task needs (a shelter: name and contact).
case-assistance = Assistance
case-provider = Provider
case-assign = Give the task
tasks-title = Assistance tasks
tasks-lead = The tasks given to your organisation, with only what each needs of the person. The case itself stays with the organisation that gave the task.
tasks-none = No task has been given to your organisation.
tasks-from = Given by { $organisation }
assistance-accommodation = Accommodation
assistance-legal_aid = Legal aid
assistance-health_care = Health care
assistance-psychological_support = Psychological support
assistance-interpreter = Interpreter
assistance-subsistence = Subsistence
assistance-reflection_period_support = Support during the reflection period
assistance-residence_permit_support = Residence permit support
assistance-repatriation = Repatriation
assistance-return_and_reintegration = Return and reintegration
task-state-assigned = assigned
task-state-in_progress = in progress
task-state-completed = completed
task-state-declined = declined
task-step-start = Start
task-step-complete = Mark completed
task-step-decline = Decline
nav-tasks = Tasks
nav-jobs = Jobs
notification-referral_overdue = A referral to your organisation is waiting past its deadline: please acknowledge it
nav-inspections = Inspections
inspections-title = Joint inspections
inspections-lead = Workplace inspections by several agencies together, each on its own legal basis. In Denmark "Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated"; the report recommends them as one way of coordinating efforts and understanding each other's work.
inspections-none = Your organisation takes part in no joint inspection yet.
inspection-title = Joint inspection
inspection-reference = Reference
inspection-date = Date
inspection-agencies = Participating agencies
inspection-agency = Agency
inspection-state = State
inspection-state-planned = planned
inspection-state-closed = held and closed
inspection-planned-by = planned by { $organisation }
inspection-planned-by-label = Planned by
inspection-plan = Plan a joint inspection
inspection-plan-help = Tick at least two agencies of your country and give the legal basis each inspects on (the Tax Administration on taxation, the Working Environment Authority on safety, the police on crime). Only the agencies ticked will see the inspection.
inspection-when-where = When and where
inspection-takes-part = Takes part
inspection-legal-basis = Legal basis
inspection-plan-submit = Plan the inspection
inspection-findings = Findings
inspection-no-findings = No agency has recorded findings yet.
inspection-workers = { $met ->
    [one] one worker met
   *[other] { $met } workers met
}
inspection-screened = { $screened ->
    [one] one screened
   *[other] { $screened } screened
}
inspection-record-finding = Your agency's findings
inspection-workers-met = Workers met
inspection-workers-screened = Workers screened with the indicators
inspection-note = What you found (seen by the participating agencies only; encrypted)
inspection-record = Record the findings
inspection-cases = Cases opened from this inspection
inspection-no-cases = No case has been opened from this inspection.
inspection-open-case = Open a case from this inspection
inspection-screen = Screen a worker
inspection-in-atlas = The atlas records this inspection's cooperation in revision { $revision }.
inspection-see-diff = See what changed
inspection-close-help = Close the inspection once it has been held: the atlas then records a joint-inspection tie between every pair of the participating agencies, with this inspection as its source.
inspection-close = Close the inspection
case-from-inspection = This case opens from joint inspection { $reference }.
case-inspection = Joint inspection
notification-decision_overdue = A referral to your organisation is past its decision deadline: please record the decision
notification-decision_escalated = A referral's decision is overdue
notification-reflection_period_ending = A reflection period ends within a week: plan what follows
screening-for-inspection = This screening is made on joint inspection { $reference }; a case opened from its result opens from the inspection.

## Survey (issue 11)
study-survey-link = The survey, wave by wave
survey-title = Survey
survey-lead = The map is kept current the way the 2013 study made it: a questionnaire to the actors of each country, a short alternative form for those without a mandate, and nominations — one respondent leads on to another. Wave 0 is the 2012 study, read from the atlas; the figures the report states stand beside it.
survey-start = Start a wave in { $country }
survey-wave-label = Name of the wave
survey-wave-label-example = e.g. 2027 update
survey-days-open = Days the invitation links work
survey-start-submit = Start the wave
survey-waves = Waves
survey-country = Country
survey-wave = Wave
survey-invited = Invited
survey-completed = Completed
survey-short-form = Short form
survey-declined = Declined
survey-no-reply = No reply
survey-started = Started
survey-proposed = Proposed
survey-report-states = What the report states
survey-questionnaire = Questionnaire
survey-closes = Links work until
survey-closed = closed
survey-snowball-depth = Longest chain of nominations
survey-by-sector = By sector
survey-sector = Sector
survey-invitees = Invitees
survey-export-csv = Invitees as CSV
survey-export-graphml = Recruitment tree as GraphML
survey-organisation = Organisation
survey-contact = Contact person
survey-email = E-mail
survey-state = State
survey-nominated-by = Nominated by
survey-link = Link
survey-state-proposed = proposed
survey-state-invited = invited
survey-state-started = started
survey-state-completed = completed
survey-state-declined = declined
survey-form-full = questionnaire
survey-form-alternative = short form
survey-new-link = New link
survey-issue-links = Issue links to the proposed invitees
survey-add-invitee = Add an invitee
survey-atlas-actor = Actor of the atlas
survey-new-organisation-option = (another organisation, named below)
survey-new-organisation = Another organisation
survey-add-submit = Add
survey-tree = Recruitment tree
survey-tree-caption = Each box is an invitee (#position, organisation, state); a line goes from a respondent to the contacts they nominated. The table of invitees above holds the same.
survey-links-title = Invitation links
survey-links-lead = Each link is shown this once: print this page or send each link to its invitee now. Only a fingerprint of each link is kept, so a lost link cannot be shown again — issue a new one instead.
survey-links-none = No invitee was waiting for a link.
survey-back-to-wave = Back to the wave
survey-respond-title = Questionnaire on trafficking for labour exploitation
survey-respond-lead = You answer for { $organisation } ({ $country }). Your answers are seen by the national coordinator only, and enter the atlas only once reviewed.
survey-respond-closes = This link works until { $date }.
survey-saved = Your answers are saved. You can come back with the same link until you submit them.
survey-comment-on = Comment on { $choice }
survey-your-answer = Your answer
survey-more = Anything to add
survey-save = Save and come back later
survey-submit = Submit the answers
survey-short-help = Without the experience, mandate or knowledge to answer these questions? A few short alternative questions ask about your work instead.
survey-full-help = With the experience to answer the full questionnaire? You can switch back.
survey-switch-short = Answer the short questions instead
survey-switch-full = Answer the full questionnaire instead
survey-decline = Decline to take part
survey-nominate = Who else should we ask?
survey-nominate-help = Name a person whose organisation works on trafficking for labour exploitation or could: the coordinator decides whether to invite them.
survey-nominee-name = Their name
survey-why = Why they are relevant
survey-nominate-submit = Nominate
survey-done-title = Thank you
survey-done-thanks = Your answers are submitted. This link no longer opens the questionnaire.
survey-declined-thanks = You have declined to take part. This link no longer opens the questionnaire.
survey-review = Review: from answers to the atlas
survey-review-help = Completed answers propose changes to the atlas: a respondent who answers for an atlas actor proposes ties to the partners it names and the mandates it ticks; any respondent proposes the mechanisms it says exist. Responses about the same fact are shown together, with those who answered the same question without naming it. Accept a proposal (choosing another kind of cooperation or grade than proposed is recorded as an edit) or reject it; an accepted one enters the atlas as a new revision citing the response beside the report's quotes.
survey-see-diff = What changed since 2013
survey-no-proposals = No completed answer proposes a change yet.
survey-fact-tie = Cooperation
survey-fact-mandate = Mandate
survey-fact-mechanism = Mechanism
survey-conflicting = answers differ
survey-named-by = { $count ->
    [one] named by one respondent
   *[other] named by { $count } respondents
}
survey-answered-without = { $count ->
    [one] one respondent answered without naming it
   *[other] { $count } respondents answered without naming it
}
survey-not-in-atlas = not recorded
survey-mandate-held = held
survey-mandate-denied = stated as lacking
survey-grade = Grade
survey-limitations-help = { $count ->
    [one] Counted over the one respondent who completed the full questionnaire. Accepting a count adds it to the atlas as a limitation citing this wave; the report's counts stay as they are.
   *[other] Counted over the { $count } respondents who completed the full questionnaire. Accepting a count adds it to the atlas as a limitation citing this wave; the report's counts stay as they are.
}
survey-reminders = Reminders
survey-send-reminders = Remind those who have not answered
survey-reminders-help = Each gets a new link (the earlier one stops working); what they saved stays.
survey-in-atlas = In the atlas now
survey-decision = Decision
survey-decision-accepted = accepted
survey-decision-edited = accepted with another kind
survey-decision-rejected = rejected
survey-in-revision = revision { $revision }
survey-kind = Kind
survey-accept = Accept
survey-reject = Reject
survey-limitations = Factors limiting the work
survey-limitation = Limitation
survey-respondents-naming = Respondents who name it
survey-emailed = By e-mail
survey-emailed-yes = sent

import { getLocale, type Locale } from '$lib/paraglide/runtime.js';
import { formatInteger } from './intl';
import { parsePlurals, selectPlurals } from './plural';

/**
 * The English catalogue of UI text, keys prefixed by area. The other languages are in zh.ts,
 * ar.ts, fr.ts, ru.ts and es.ts, typed `Messages`, so a missing key is a type error. All are
 * compiled by Paraglide JS (the build writes messages/{locale}.json from them, see
 * scripts/messages.js), which checks them; `t()` reads the page's own language's catalogue.
 */
export const en = {
  'app.title': 'SDG 16.4 Arms Flows Dashboard',
  'app.tagline':
    'Small-arms control and arms-trade statistics from UN documents, every figure traced to its paragraph. Runs in your browser, offline.',
  'state.loading': 'Loading…',
  'state.empty': 'No data for this selection.',
  'state.error': 'Could not compute this chart: {message}',
  'source.label': 'Source',
  'source.labelPlural': 'Sources',
  'source.original': 'Original passages (Chinese)',
  'register.subtitle':
    "Share of each UN regional group's Member States that submitted a report to the Register in {year}",
  'register.chartLabel':
    'Bar chart: share of Member States reporting to the UN Register of Conventional Arms in {year}, by UN regional group. {summary}',
  'register.barSummary': '{group}: {rate} ({reporting} of {members})',
  'register.valueLabel': '{rate} · {reporting} of {members}',
  'register.col.group': 'UN regional group',
  'register.col.reporting': 'States reporting',
  'register.col.members': 'Group members',
  'register.col.rate': 'Share reporting',
  'register.col.salw': 'Of which included small arms',
  'register.salwNotGiven': 'not given',
  'register.note':
    'Reports received in a year cover transfers made in the calendar year before. Group sizes are those each source used for its year. Small-arms inclusion is given by the documents for two groups in 2011 only.',
  'live.build': 'Computed by DuckDB when this site was built.',
  'live.pending': 'Computed by DuckDB when this site was built; re-computing in your browser…',
  'live.browser': 'Computed in your browser by DuckDB {version} in {ms} ms.',
  'live.failed':
    'Shown as computed when the site was built; re-computing in your browser failed: {message}',
  'datasets.title': 'Datasets in your browser',
  'datasets.idle': 'The database starts once the page has loaded.',
  'datasets.starting': 'Starting DuckDB…',
  'datasets.loading': 'Loading {count, plural, one {# dataset} other {# datasets}}…',
  'datasets.ready':
    'DuckDB {version}: {loaded} of {count, plural, one {# dataset} other {# datasets}} loaded.',
  'datasets.failed': 'DuckDB could not start: {message}',
  'datasets.rows': '{rows, plural, one {# row} other {# rows}}',
  'datasets.tableFailed': 'not loaded: {message}',
  'datasets.restarting': 'DuckDB stopped; starting it again…',
  'datasets.seeAll': 'Every dataset, with its columns, sources and download',
  'nav.data': 'Data',
  'overview.view.data':
    'Every dataset behind the charts, with its columns, sources and a download.',
  'data.intro':
    '{count, plural, one {# dataset} other {# datasets}}, each a CSV file of data/ with its source in every row. The same tables are in DuckDB on every page, and in the workbench for SQL.',
  'data.package': 'The data package (datapackage.json): every dataset’s columns and sources',
  'data.counts':
    '{rows, plural, one {# row} other {# rows}} · {columns, plural, one {# column} other {# columns}}',
  'data.download': 'Download {file}',
  'data.sources': 'Sources: ',
  'data.columnsTitle': 'Columns',
  'data.columnsOf': 'Columns of {name}',
  'data.col.name': 'Column',
  'data.col.type': 'Type',
  'data.col.description': 'Description',
  'database.workerError': 'the DuckDB worker failed',
  'database.noAnswer': 'the DuckDB worker stopped answering for {seconds} s',
  'database.downloadFailed': 'the built-in database file could not be downloaded (HTTP {status})',
  'database.gaveUp':
    'DuckDB stopped {count, plural, one {# time} other {# times}} in a row ({reason}); reload the page to start it again.',
  'database.lost':
    'DuckDB stopped while this was running ({reason}). It has been started again; nothing kept is lost. Try again.',
  'database.alertRestarting': 'DuckDB stopped ({reason}). Starting it again…',
  'database.alertRestarted':
    'DuckDB stopped ({reason}) and was started again. The built-in tables and the tables kept in this browser are back.',
  'database.dismiss': 'Dismiss',
  'tables.lostInRestart':
    'DuckDB restarted: {tables} were for this visit only (not kept in this browser) and are gone. Upload them again to use them.',
  'workbench.builtInReadOnly':
    'Built-in tables are read-only: DuckDB refused this {statement}. To change one, make a copy first, e.g. CREATE TABLE my_missions AS FROM missions.',
  'nav.label': 'Views',
  'nav.overview': 'Overview',
  'nav.register': 'Register reporting',
  'nav.missions': 'Missions',
  'nav.trade': 'Trade and harm',
  'nav.centres': 'Regional centres',
  'nav.sources': 'Sources',
  'nav.workbench': 'Your data',
  'tab.label': 'Views of {title}',
  'tab.chart': 'Chart',
  'tab.table': 'Table',
  'tab.map': 'Map',
  'source.morePlaces': 'and {count, plural, one {# more place} other {# more places}}',
  'source.showEnglish': 'Show what each passage says in English',
  'source.meaning': 'In English (summary, not an official translation): {text}',
  'source.end': '.',
  'download.title': 'Download:',
  'download.label': 'Download {title}',
  'download.csv': 'Full data (CSV)',
  'download.table': 'Table as shown (CSV)',
  'download.zip': 'Everything (zip)',
  'download.mapSvg': 'Map (SVG)',
  'download.mapPng': 'Map (PNG)',
  'download.citation': '{app}, “{title}”, {url} (downloaded {date}). Figures from: {sources}.',
  'download.readme.cite': 'How to cite',
  'download.readme.files': 'Files',
  // `@` goes in as {at}: Paraglide copies a message into a JSDoc comment, where `@,` is a tag.
  'download.readme.tableFile':
    "the table as the page shows it, for a spreadsheet: columns labelled in English, values as displayed (rates as percentages, rounded). A text cell that starts with =, +, -, {at}, a tab or a line break (or has one of the first four after spaces, a semicolon or a tab) starts with an added ' here, so a spreadsheet reads it as text and never runs it as a formula; numbers are unchanged.",
  'download.readme.dataFile':
    'the full data: one column per field (named as in the SQL), values exactly as the SQL returned them, at full precision (rates from 0 to 1), nothing added. Its text is not made safe for spreadsheets: read it with a CSV reader (R, Python, DuckDB).',
  'download.readme.packageFile':
    'a Frictionless Data Package describing both CSV files: each column, its type and meaning, the sources and the SQL.',
  'download.readme.sources': 'Sources',
  'download.readme.caveats': 'Caveats',
  'download.readme.licence': 'Licence',
  'download.readme.licenceText':
    'The data are under the Open Data Commons Open Database License (ODbL) 1.0, as the dashboard’s data/datapackage.json states; the UN documents they come from are the United Nations’.',
  'download.readme.computed': 'How it was computed',
  'download.readme.computedText':
    'DuckDB ran this SQL over the dashboard’s data/*.csv (see data/datapackage.json); `?` marks are the parameters below, in order.',
  'download.readme.params': 'Parameters',
  'download.metadata': 'Sources and columns (JSON)',
  'download.svg': 'Chart (SVG)',
  'download.png': 'Chart (PNG)',
  'download.noChart': 'There is no chart to save in this view.',
  'download.notReady': 'The download buttons work once the page has finished loading.',
  'download.waiting': 'Starting the download: a browser starts at most ten a second…',
  'download.failed': 'The download failed: {message}',
  'download.tables': 'data/*.csv of the SDG 16.4 Arms Flows Dashboard (see data/datapackage.json)',
  'qualifier.exactly': '{value}',
  'qualifier.at_least': 'at least {value}',
  'qualifier.more_than': 'more than {value}',
  'qualifier.nearly': 'nearly {value}',
  'qualifier.at_least_once': '{value}',
  'figure.usd': 'US${value}',
  'figure.percent': '{value}%',
  'figure.withUnit': '{value} {unit}',
  'unit.categories': '{count, plural, one {# category} other {# categories}}',
  'unit.languages': '{count, plural, one {# language} other {# languages}}',
  'unit.meetings': '{count, plural, one {# meeting} other {# meetings}}',
  'unit.missions': '{count, plural, one {# mission} other {# missions}}',
  'unit.months': '{count, plural, one {# month} other {# months}}',
  'unit.municipalities': '{count, plural, one {# municipality} other {# municipalities}}',
  'unit.panels': '{count, plural, one {# panel} other {# panels}}',
  'unit.paragraphs': '{count, plural, one {# paragraph} other {# paragraphs}}',
  'unit.recommendations': '{count, plural, one {# recommendation} other {# recommendations}}',
  'unit.report': 'report',
  'unit.reports': '{count, plural, one {# report} other {# reports}}',
  'unit.schools': '{count, plural, one {# school} other {# schools}}',
  'unit.session': 'session',
  'unit.states': '{count, plural, one {# state} other {# states}}',
  'unit.years': '{count, plural, one {# year} other {# years}}',
  'unit.personnel': '{count, plural, one {# person} other {# personnel}}',
  'unit.rounds': '{count, plural, one {# round} other {# rounds}}',
  'unit.tonnes': '{count, plural, one {# tonne} other {# tonnes}}',
  'unit.weapons': '{count, plural, one {# weapon} other {# weapons}}',
  'figure.period': '{start}–{end}',
  'figure.since': 'since {start}',
  'figure.until': 'as of {end}',
  'overview.title': 'Small arms and SDG target 16.4 in figures',
  'overview.intro':
    'Figures from five UN documents on small arms and light weapons (2012–2021), with public facts that complete them. Every figure links to the paragraph it comes from; open any source note to read the original Chinese passage.',
  'overview.figures': 'Headline figures',
  'overview.figuresSubtitle':
    'As the documents state them, with their qualifiers ("at least", "nearly") kept',
  'overview.passage': 'Original passage',
  'overview.col.source': 'Source',
  'overview.timeline': 'The small-arms process, 1991–2024',
  'overview.timelineSubtitle':
    'Conferences, meetings and decisions the documents name. A faded bar is a date known only to the month or year.',
  'overview.timelineLabel':
    'Timeline of {count, plural, one {# event} other {# events}} of the UN small-arms process from {from} to {to}, in three lanes. Use the arrow keys to move between events.',
  'overview.lane.decision': 'Decisions and launches',
  'overview.lane.meeting': 'Meetings and conferences',
  'overview.lane.field': 'In the field',
  'overview.col.event': 'Event',
  'overview.col.start': 'Start',
  'overview.col.end': 'End',
  'overview.col.place': 'Place',
  'overview.col.kind': 'Kind',
  'overview.selectHint': 'Select an event on the timeline for its details and source.',
  'overview.tip.year': 'Date known to the year only',
  'overview.tip.month': 'Date known to the month only',
  'overview.detail.source': 'Named in {source}',
  'overview.views': 'Views',
  'overview.view.register':
    'Which regions report their arms transfers to the UN Register, and how participation has changed.',
  'overview.view.missions':
    'Every UN field mission the documents name, filtered by embargo mandate, kind and region.',
  'overview.view.trade':
    'The value of the small-arms trade and the share of deaths caused by firearms.',
  'overview.view.centres': 'What the three UN regional centres did, where, and with whom.',
  'overview.view.sources':
    'The five source documents, what they cite, the Annex I recommendations and the embargo list.',
  'register.rateTitle':
    'Reporting to the UN Register of Conventional Arms, {year}, by regional group',
  'register.measure': 'Show',
  'register.measure.rate': 'Share of members',
  'register.measure.count': 'Number of States',
  'register.countLabel': '{reporting} of {members}',
  'register.countChartLabel':
    'Bar chart: number of Member States reporting to the UN Register of Conventional Arms in {year}, by UN regional group. {summary}',
  'register.mapLabel':
    'World map: each Member State shaded by the share of its UN regional group that reported to the Register in {year}. {summary}',
  'register.mapNoData': 'No data',
  'register.mapSelect':
    'Select a country (click, tap, or Enter on a focused country) to draw its regional group in the chart over the years below.',
  'register.mapChosen':
    'Drawn over the years below: {groups}. Select a country again to take its group out.',
  'register.mapToTrend': 'Go to the chart over the years',
  'register.mapLegend': 'Share of the group reporting',
  'register.mapNote':
    'A country is shaded by its group’s share, not by whether it reported itself: the sources give counts by group only. Groups are as today; {noShape} Member States are too small for the 1:110m map and appear in the table only.',
  'register.mapTitle': '{name}: {group}, {rate} of the group reported',
  'register.participationTitle': 'States reporting to the Register, by year of transfers',
  'register.participationSubtitle':
    'Counts are published at different moments: some when a report was issued, some final, some "as of" a date.',
  'register.participationLabel':
    'Line chart: States reporting to the UN Register by year of the transfers reported, {from} to {to}. {summary}',
  'register.participationAxis': 'States reporting',
  'register.partialLegend': 'Count before late reports (at issue date or "as of")',
  'register.finalLegend': 'Count as published or final',
  'register.participationNote':
    'Dashed lines join years that are not consecutive or counts that are not final; they are not trends. Later counts of the same year can be higher.',
  'register.col.dataYear': 'Transfers in',
  'register.col.reportYear': 'Reported in',
  'register.col.states': 'States reporting',
  'register.col.qualifier': 'Count taken',
  'register.col.asOf': 'As of',
  'register.col.note': 'Caveat',
  'register.col.country': 'Country',
  'register.qualifier.at_issue_date': 'at the report’s issue date',
  'register.qualifier.final': 'final, with late reports',
  'register.qualifier.as_of': 'as of a date',
  'register.qualifier.as_published': 'as published',
  'missions.title': 'UN field missions and arms embargoes',
  'missions.subtitle':
    'The missions S/2017/1025 names, with whether the Security Council mandates them to support a UN arms embargo',
  'missions.filters': 'Filter missions',
  'missions.search': 'Search missions',
  'missions.searchPlaceholder': 'Name, host, resolution…',
  'missions.clear': 'Clear all filters',
  'missions.facet.mandate': 'Embargo-support mandate',
  'missions.facet.kind': 'Kind',
  'missions.facet.wam': 'Weapons and ammunition management support',
  'missions.facet.region': 'Host’s UN regional group',
  'missions.facet.host': 'Host State',
  'missions.mandate.current': 'Current',
  'missions.mandate.ended': 'Ended',
  'missions.mandate.none': 'None',
  'missions.kind.peacekeeping': 'Peacekeeping',
  'missions.kind.special_political': 'Special political',
  'missions.wam.true': 'Yes',
  'missions.wam.false': 'No',
  'missions.region.none': 'No single host State',
  'missions.shown': '{shown} of {total, plural, one {# mission} other {# missions}}',
  'missions.searchCaption': 'search “{text}”',
  'missions.col.mission': 'Mission',
  'missions.col.host': 'Host',
  'missions.col.name': 'Full name',
  'missions.col.nameZh': 'Chinese name',
  'missions.col.kind': 'Kind',
  'missions.col.mandate': 'Embargo mandate',
  'missions.col.monitoring': 'Monitoring arrangement',
  'missions.col.wam': 'WAM support',
  'missions.col.embargoes': 'Embargoes in force on host',
  'missions.mapLabel':
    'World map: {count, plural, one {the host country of the # mission shown is highlighted.} other {host countries of the # missions shown are highlighted.}} {hosts}',
  'missions.mapLabelChosen': 'Hosts chosen, whose missions alone are listed: {hosts}.',
  'missions.mapHost': 'Host of a mission shown',
  'missions.mapOther': 'Other countries',
  'missions.mapChosen': 'Host chosen',
  'missions.mapHostOther': 'Other host (select to add)',
  'missions.mapSelect':
    'Select a host country (click, tap, or Enter on a focused country) to list only its missions; select it again to take it out.',
  'missions.tipHost': 'Hosts {missions}',
  'missions.mapNote':
    'UNISFA works in the Abyei Area between Sudan and South Sudan, which has no shape of its own.',
  'missions.ended': 'Ended in {year} by resolution {resolution}',
  'missions.detail.close': 'Close details',
  'missions.detail.host': 'Host',
  'missions.detail.kind': 'Kind',
  'missions.detail.mandate': 'Embargo-support mandate',
  'missions.detail.monitoring': 'How it monitors the embargo',
  'missions.detail.wam': 'Weapons and ammunition management support',
  'missions.detail.embargoes': 'UN arms embargoes in force on the host (public facts)',
  'missions.detail.noEmbargo': 'none in the data',
  'missions.detail.tasks': 'What the mandate asks, resolution by resolution',
  'missions.col.aspect': 'Task',
  'missions.col.resolution': 'Resolution',
  'missions.col.detail': 'Detail',
  'missions.selectHint': 'Select a mission in the table for its mandate and sources.',
  'missions.monitoring.jmac': 'Joint Mission Analysis Centre',
  'missions.monitoring.jmac_embargo_cell': 'Embargo cell in the Joint Mission Analysis Centre',
  'missions.monitoring.sanctions_cooperation':
    'Cooperation with the sanctions committee and its panel',
  'missions.monitoring.focal_point': 'Focal point',
  'missions.monitoring.not_described': 'Not described',
  'missions.monitoring.advisory_group': 'Advisory group',
  'missions.monitoring.maritime_task_force': 'Maritime Task Force',
  'missions.monitoring.dedicated_unit': 'Dedicated embargo-monitoring unit',
  'missions.monitoring.firearms_inspection_teams': 'Firearms inspection teams',
  'missions.monitoring.none': 'None',
  'trade.title': 'The small-arms trade',
  'trade.subtitle': 'What S/2017/1025 says of the trade in 2014',
  'trade.valueCaption': 'Value of the international small-arms trade, 2014',
  'trade.shareLabel':
    'Bar chart: ammunition was {share} of all global small-arms transfers in 2014; the rest, {rest}, was weapons, parts and accessories.',
  'trade.ammunition': 'Ammunition',
  'trade.rest': 'Other (derived: 100% − {share})',
  'trade.note':
    'The trade value is a floor ("at least"): the true value may be higher. The lighter bar is not stated in the document: it is 100% minus the stated share.',
  'harm.title': 'Firearms and deaths, 2010–2015',
  'harm.subtitle':
    'Two measures with different denominators: they must not be compared as if they were one',
  'harm.violentLabel': 'Bar chart: firearms caused {value} of violent deaths, 2010–2015.',
  'harm.conflictLabel':
    'Bar chart: firearms were involved in {value} of direct conflict deaths, 2010–2015.',
  'harm.violentCaption': 'Share of all violent deaths caused by firearms',
  'harm.conflictCaption': 'Share of direct conflict deaths that involved firearms',
  'harm.note':
    '"Nearly half" is drawn with a soft end at 50%: the documents give no exact figure. Conflict deaths are a subset of violent deaths, measured separately.',
  'figures.col.label': 'Figure',
  'figures.col.value': 'Value',
  'figures.col.qualifier': 'Qualifier',
  'figures.col.unit': 'Unit',
  'figures.col.period': 'Period',
  'figures.col.derivedFrom': 'The document’s own source',
  'figures.col.periodEnd': 'Period end',
  'figures.col.source': 'Source',
  'centres.title': 'What the regional centres did',
  'centres.subtitle':
    'Measures of the three UN regional centres for peace and disarmament, August 2011 – July 2012 (A/67/…) and public complements',
  'centres.unitChart': '{centre}: {unit}',
  'centres.unitLabel': 'Bar chart: {centre}, {unit}. {summary}',
  'centres.withoutFigure': 'Activities the report describes without a figure',
  'centres.col.centre': 'Centre',
  'centres.col.activity': 'Activity',
  'centres.col.value': 'Value',
  'centres.col.unit': 'Unit',
  'centres.col.period': 'Period',
  'centres.col.country': 'Country',
  'centres.note':
    'Bars in one chart share a unit, but not always a period: public complements (unlirec.org) cover other dates, named in each label.',
  'centres.measure.states_capacity_built': 'States whose capacity was built',
  'centres.measure.states_personnel_trained': 'States whose personnel were trained',
  'centres.measure.states_legal_assistance': 'States given legal assistance',
  'centres.measure.weapons_destroyed': 'Weapons destroyed',
  'centres.measure.ammunition_destroyed': 'Rounds of ammunition destroyed',
  'centres.measure.ammunition_destroyed_tonnes': 'Tonnes of ammunition destroyed',
  'centres.measure.personnel_trained': 'Personnel trained',
  'centres.barLabel': '{measure}, {period}',
  'centres.barLabelCountry': '{measure}, {period}, {country}',
  'centres.workedWithList': 'Countries a centre worked with: {countries}.',
  'centres.noShape': '{name} (too small for this map)',
  'centres.mapTitle': 'The centres and the countries they worked with',
  'centres.mapSubtitle':
    'Seats of the three centres, and countries a document names as receiving a centre’s help',
  'centres.mapLabel': 'World map: seats of {centres}; countries a centre worked with: {countries}.',
  'centres.workedWith': 'Country a centre worked with (dotted, so a small one shows)',
  'centres.seat': 'Seat of a centre (ring at the country’s centre)',
  'centres.tipCountry':
    'Worked with {centres}: {count, plural, one {# activity listed} other {# activities listed}}',
  'centres.col.name': 'Name',
  'centres.col.seat': 'Seat',
  'centres.seatIn': '{city} ({country})',
  'centres.col.region': 'Region',
  'centres.col.activities': 'Activities listed',
  'centres.col.partners': 'Partners listed',
  'centres.partnersTitle': 'Partner organisations',
  'centres.partnersSubtitle':
    'Regional and subregional organisations the report says each centre supported',
  'centres.col.acronym': 'Acronym',
  'centres.col.organisation': 'Organisation',
  'centres.col.organisationZh': 'Chinese name',
  'sources.seedsTitle': 'The five source documents',
  'sources.seedsSubtitle':
    'Copied untouched into seeds/; every figure of this site is read from them or from a named public source',
  'sources.networkCaption':
    '{docs, plural, one {# document that cites or is cited} other {# documents that cite or are cited}}, {links, plural, one {# citing pair} other {# citing pairs}} (public data sources that do neither are left out)',
  'sources.seedsCaption': 'The documents of documents.csv whose role is "seed"',
  'sources.col.symbol': 'Symbol',
  'sources.col.title': 'Title',
  'sources.col.titleZh': 'Chinese title',
  'sources.col.date': 'Date',
  'sources.col.body': 'Body',
  'sources.col.file': 'File in seeds/',
  'sources.col.citedBy': 'Cited by',
  'sources.col.cites': 'Cites',
  'sources.col.kind': 'Kind',
  'sources.col.role': 'Role',
  'sources.networkTitle': 'What the documents cite',
  'sources.networkSubtitle':
    '{docs, plural, one {# document} other {# documents}}, {citations, plural, one {# citation} other {# citations}} ({links, plural, one {# citing pair} other {# citing pairs}}, one line each). A larger circle is cited more often by the five source documents; the five seeds have a dark ring.',
  'sources.networkLabel':
    'Network of {docs, plural, one {# document} other {# documents}} and {links, plural, one {# citation} other {# citations}} between them. Use the arrow keys to move between documents, Enter to select.',
  'sources.node':
    '{symbol}, {kind}, {citedBy, plural, =0 {not cited} one {cited once} other {cited # times}}, {cites, plural, =0 {cites none} one {cites one document} other {cites # documents}}',
  'sources.selectHint': 'Select a document in the network for what it cites and what cites it.',
  'sources.tip.cited': '{count, plural, =0 {Not cited} one {Cited once} other {Cited # times}}',
  'sources.tip.cites': '{count, plural, one {cites others once} other {cites others # times}}',
  'sources.tip.scope': 'Counting the citations in the five source documents',
  'sources.sizeKey': 'Circle size: times cited',
  'sources.seedKey': 'Dark ring: one of the five source documents',
  'sources.detail.cites': 'Cites',
  'sources.detail.citedBy': 'Cited by',
  'sources.detail.none': 'none in the data',
  'sources.unconfirmed': 'symbol not confirmed',
  'sources.kindGroup.resolution': 'Resolution or decision',
  'sources.kindGroup.report': 'Report',
  'sources.kindGroup.statement': 'Presidential statement or Council document',
  'sources.kindGroup.other': 'Other (instrument, publication, web page, dataset)',
  // Codes of documents.csv (kind) and embargoes.csv (status), as shown.
  'kind.general_assembly_resolution': 'General Assembly resolution',
  'kind.general_assembly_decision': 'General Assembly decision',
  'kind.security_council_resolution': 'Security Council resolution',
  'kind.presidential_statement': 'Presidential statement',
  'kind.security_council_document': 'Security Council document',
  'kind.secretary_general_report': 'Report of the Secretary-General',
  'kind.report': 'Report',
  'kind.panel_report': 'Panel of experts report',
  'kind.conference_document': 'Conference document',
  'kind.agenda': 'Agenda',
  'kind.other_un_document': 'Other UN document',
  'kind.instrument': 'International instrument',
  'kind.au_decision': 'African Union decision',
  'kind.standard': 'Standard',
  'kind.research_publication': 'Research publication',
  'kind.yearbook': 'Yearbook',
  'kind.press_release': 'Press release',
  'kind.web_page': 'Web page',
  'kind.dataset': 'Dataset',
  'aspect.embargo_support': 'Supporting an arms embargo',
  'aspect.embargo_monitoring': 'Monitoring the embargo',
  'aspect.compliance_inspection': 'Compliance monitoring and inspections',
  'aspect.wam_support': 'Weapons and ammunition management',
  'aspect.information_sharing': 'Sharing information on non-compliance',
  'aspect.sanctions_cooperation': 'Cooperation with the sanctions committee and panel',
  'aspect.awareness': 'Explaining the embargo to the authorities',
  'aspect.capacity_building': 'Building national capacity',
  'aspect.embargo_ended': 'Embargo mandate ended',
  'aspect.committee_reporting': 'Reports to the sanctions committee',
  'aspect.confiscation_destruction': 'Confiscating and destroying weapons',
  'aspect.destruction_review': 'Review of a destruction component',
  'status.in_force': 'In force',
  'status.partly_lifted': 'Partly lifted',
  'status.lifted': 'Lifted',
  'status.ended': 'Ended',
  'status.expired': 'Expired',
  'status.superseded': 'Superseded',
  'sources.recommendationsTitle': 'Recommendations reviewed in Annex I of S/2017/1025',
  'sources.recommendationsSubtitle': 'What the four earlier reports recommended, and to whom',
  'sources.col.report': 'Report',
  'sources.col.number': 'No.',
  'sources.col.theme': 'Theme',
  'sources.col.addressees': 'Addressed to',
  'sources.col.actions': 'Actions',
  'sources.embargoesTitle': 'UN Security Council arms embargoes',
  'sources.embargoesSubtitle':
    'Public facts (SIPRI and UN sanctions pages) that complete the documents; uncertain rows say so',
  'sources.embargoMapLabel': 'World map: targets of UN arms embargoes in force. {targets}',
  'sources.inForce': 'Embargo in force (whole or in part)',
  'sources.col.target': 'Target',
  'sources.col.established': 'Established by',
  'sources.col.start': 'From',
  'sources.col.end': 'To',
  'sources.col.status': 'Status',
  'sources.col.uncertain': 'Uncertain',
  'sources.col.missions': 'Missions in host',
  'register.col.rateDescription': 'States reporting divided by group members (0 to 1 in the CSV)',
  'register.salwMeaning': '{group}: {count} of the States reporting in {year} included small arms',
  'register.participationMeaning':
    '{count, plural, one {# State reported} other {# States reported}}',
  'register.year': 'Year of reports',
  'register.yearShown': 'Reports received in {year}',
  'register.yearHint':
    '{count, plural, one {# year} other {# years}} with figures by group: {years}',
  'register.yearPeriod': 'Reports received in {year}',
  'register.trendTitle': 'Share of each regional group reporting to the Register, over the years',
  'register.trendSubtitle':
    'Every year a source gives figures by group for; a dashed line crosses years without figures',
  'register.trendLegend': 'Groups (press to show or hide)',
  'register.trendAxis': 'Share of the group reporting',
  'register.trendLabel':
    'Line chart: share of each UN regional group reporting to the Register, {from} to {to}. {summary}',
  'register.trendPoint': '{group}, {year}: {rate} ({reporting} of {members})',
  'register.trendNone': 'No group is selected: press a group above to draw its line.',
  'register.trendNote':
    'Only the years for which a source gives counts by regional group are drawn; they are not consecutive, so the lines show no trend between them.',
  'register.col.year': 'Reported in',
  'register.tipCountry': '{group}: {rate} of the group reported',
  'register.tipParticipation':
    '{count, plural, one {# State reporting} other {# States reporting}}',
  'register.tipDataYear': 'Transfers in {year}, reported in {report}',
  'sources.citesMeaning': '{citing} cites {cited}',
  'missions.col.iso3': 'Host ISO 3166-1 alpha-3 code',
  'common.yes': 'yes',
  'common.no': 'no',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the overview',
  'workbench.title': 'Your data: upload, query, chart',
  'workbench.lede':
    'Drop in CSV files (an SDG Global Database export, a SIPRI trade register, your own national figures) and explore them with SQL next to the dashboard’s tables. Everything runs in this browser; nothing is uploaded to a server.',
  'workbench.noscript': 'The workbench runs DuckDB in your browser and needs JavaScript.',
  'workbench.sqlTitle': 'SQL workbench',
  'workbench.schema': 'Tables',
  'workbench.yours': 'yours',
  'workbench.editorLabel': 'SQL query',
  'workbench.placeholder': 'SELECT * FROM register_reporting',
  'workbench.run': 'Run',
  'workbench.cancel': 'Cancel',
  'workbench.share': 'Share link',
  'workbench.shareLink': 'Link to this query and chart:',
  'workbench.history': 'History',
  'workbench.historyPick': 'Earlier queries ({count})',
  'workbench.keys': 'Ctrl+Enter (⌘+Enter) runs the query, or only the selected text.',
  'workbench.running': 'Running…',
  'workbench.cancelled': 'Query cancelled.',
  'workbench.resultSummary': 'Rows: {rows} · columns: {columns} · {ms} ms.',
  'workbench.resultLabel': 'Query result',
  'workbench.errorPlace': 'Error at line {line}, column {column}:',
  'workbench.engineReady':
    'DuckDB {version}, an engine of its own: nothing run here reaches what the dashboard’s pages show.',
  'workbench.fromLink':
    'This query came from a link and has not run. Read it, then press Run if you want its result. Queries that write, drop or change settings do not run from a link.',
  'workbench.fromLinkRan':
    'This query came from a link. Links run only queries that read; to run other statements in it, treat it as your own.',
  'workbench.ownQuery': 'Treat as my own query',
  'workbench.ownQueryDone': 'This query is now your own: it runs like anything you type.',
  'workbench.linkRefused':
    'Not run: this query came from a link and {what} ({word}, line {line}, column {column}). Links run only queries that read. If you trust it, press “Treat as my own query” and run it again.',
  'workbench.effect.changesData': 'would change the database',
  'workbench.effect.changesSetting': 'would change a setting',
  'workbench.effect.touchesFile': 'would read or write a file',
  'workbench.effect.callsFunction': 'calls a table function that a link may not run',
  'workbench.effect.sideEffect': 'calls a function that changes state',
  'workbench.effect.changesDatabases':
    'would attach, detach or switch a database, or load an extension',
  'workbench.effect.invisibleSpace':
    'holds a character that looks like nothing or a space inside a word, which DuckDB reads as a space',
  'workbench.effect.unplannable': 'is not a query that DuckDB can plan as a read',
  'workbench.linkUnread':
    'Not run: this query came from a link and DuckDB cannot read it past {word} (line {line}, column {column}), so it cannot be checked as a read. Edit the query if you mean to run it yourself.',
  'workbench.linkBidi':
    'Not run: this query came from a link and holds {word} (line {line}, column {column}), an invisible character that changes the order in which text is shown, so the query may not run as it reads. If you trust it, press “Treat as my own query” and run it again.',
  'workbench.export': 'Download result:',
  // `@` as {at}: see download.readme.tableFile.
  'workbench.exportNote':
    "CSV is for spreadsheets: text that starts with =, +, -, {at}, a tab or a line break (or has one of the first four after spaces, a semicolon or a tab) gets a leading ' so it is never run as a formula. Parquet keeps every value exactly.",
  'workbench.exporting': 'Preparing the file…',
  'workbench.exportFailed': 'Could not prepare the file: {message}',
  'workbench.exportCancelled': 'Export cancelled.',
  'workbench.resultSummaryFirst':
    '{rows, plural, one {First row} other {First # rows}} · columns: {columns} · {ms} ms.',
  'workbench.truncated':
    'Showing the first {rows} rows of a longer result: this page keeps at most {limitRows} rows or {limitBytes} of a result. Export writes the whole result.',
  'workbench.truncatedWrite':
    'Showing the first {rows} rows of a longer result: this page keeps at most {limitRows} rows or {limitBytes} of a result. The statement changes data, so an export does not run it again and writes these {rows} rows.',
  'workbench.null': 'NULL',
  'workbench.chartTitle': 'Chart of the result',
  'workbench.noChart':
    'Nothing to chart: a chart needs a column of numbers and another column to set them against.',
  'workbench.chart.kind': 'Chart',
  'workbench.chart.bar': 'Bar',
  'workbench.chart.line': 'Line',
  'workbench.chart.scatter': 'Scatter',
  'workbench.chart.map': 'Map',
  'workbench.chart.x': 'Categories / x',
  'workbench.chart.country': 'Country code (M49)',
  'workbench.chart.y': 'Value / y',
  'workbench.chart.label':
    '{kind} chart of {y} by {x}, {rows, plural, one {first row of the result} other {first # rows of the result}}.',
  'workbench.chart.truncated':
    'The chart shows the first {shown} of {rows} rows; the table shows them all.',
  'workbench.chart.empty': 'No row has a number in {y}.',
  'workbench.chart.source': 'your data, as the query under the chart selects it',
  'workbench.ready.sdgTitle': 'UN SDG Global Database export: {table}',
  'workbench.ready.series': 'Series',
  'workbench.ready.dimensions': 'One value of each dimension is shown: {dimensions}.',
  'workbench.ready.byArea': 'Value by area, {period}',
  'workbench.ready.byAreaLabel':
    'Bar chart: value by area in {period}, {count, plural, one {# area} other {# areas}}.',
  'workbench.ready.top': 'The {shown} highest of {count} areas are drawn; the map shows them all.',
  'workbench.ready.mapLabel': 'World map: value by country in {period}.',
  'workbench.ready.area': 'Area over time',
  'workbench.ready.overTimeLabel': 'Line chart: value by year for {area}.',
  'workbench.ready.sipriTitle': 'SIPRI trade register: {table}',
  'workbench.ready.sipriHeader':
    'Header found on line {line}. Uncertainty marks ("?") are kept in: {uncertain}.',
  'workbench.ready.sipriTiv':
    'Bar chart: {measure} by supplier, 15 largest (SIPRI trend-indicator values).',
  'workbench.ready.sipriTivCaption':
    'Volume of deliveries by supplier, 15 largest, in millions of SIPRI trend-indicator values (SIPRI TIV, millions; column “{column}”).',
  'workbench.ready.sipriDealsCaption':
    'Number of deals by supplier, 15 largest (the file has no SIPRI TIV column).',
  'workbench.ready.sipriNotNumbers':
    '{bad} of {given} values in “{column}” are not numbers and are left out, so the chart may miss the real leaders. A spreadsheet may have added delimiters at the end of each line: check the file’s last column.',
  'workbench.ready.sipriDeals': 'Bar chart: number of deals by supplier, 15 largest.',
  'upload.title': 'Upload CSV files',
  'upload.drop': 'Drop CSV files here, or choose them (several at once).',
  'upload.detected': '(detected)',
  'upload.encoding': 'Encoding',
  'upload.encoding.utf-8': 'UTF-8',
  'upload.encoding.utf-16le': 'UTF-16 LE',
  'upload.encoding.utf-16be': 'UTF-16 BE',
  'upload.encoding.gb18030': 'GBK / GB18030 (Chinese)',
  'upload.encoding.windows-1252': 'Windows-1252 / Latin-1',
  'upload.delimiter': 'Delimiter',
  'upload.delimiter.comma': 'Comma',
  'upload.delimiter.semicolon': 'Semicolon',
  'upload.delimiter.tab': 'Tab',
  'upload.delimiter.pipe': 'Pipe',
  'upload.delimiter.space': 'Space',
  'upload.skip': 'Lines to skip',
  'upload.header': 'First row names the columns',
  'upload.comment': 'Skip lines starting with “#” (comments)',
  'upload.moreLines': '{count} more',
  'upload.tableName': 'Table name',
  'upload.previewCaption': 'First rows of {file} as they will be loaded',
  'upload.type.integer': 'whole number',
  'upload.type.number': 'number',
  'upload.type.date': 'date',
  'upload.type.text': 'text',
  'upload.type.empty': 'empty',
  'upload.format.sdg': 'UN SDG Global Database export',
  'upload.format.sipri': 'SIPRI trade register',
  'upload.load': 'Load as {table}',
  'upload.discard': 'Discard',
  'upload.step.reading': 'Reading the file…',
  'upload.step.loading': 'Loading into DuckDB…',
  'upload.place.line': '{file}, line {line}',
  'upload.place.lineColumn': '{file}, line {line}, column {column}',
  'upload.problem.empty': 'the file is empty (0 bytes).',
  'upload.problem.blank': 'the file holds only blank lines.',
  'upload.problem.binary': 'this is not a text file (it holds binary data); choose a CSV file.',
  'upload.problem.xlsx':
    'this is an Excel workbook (.xlsx) or a zip archive, not CSV. In Excel, use Save As → “CSV UTF-8”.',
  'upload.problem.xls':
    'this is an old Excel workbook (.xls), not CSV. In Excel, use Save As → “CSV UTF-8”.',
  'upload.problem.gzip': 'this file is gzip-compressed; unpack it first.',
  'upload.problem.pdf': 'this is a PDF document, not CSV.',
  'upload.problem.html':
    'this is a web page (HTML), not CSV; a download link may have saved its page instead of the file.',
  'upload.problem.json': 'this is JSON, not CSV.',
  'upload.problem.noRows': 'there are no data rows after the header.',
  'upload.problem.ragged':
    'this row has {found, plural, one {# field} other {# fields}} where the header has {expected}. Check the delimiter, or quotes around values that contain it.',
  'upload.problem.unclosedQuote': 'a quoted value starts here and is never closed.',
  'upload.problem.strayQuote': 'a quote mark inside a value is not doubled ("") as CSV requires.',
  'upload.problem.duplicateHeader':
    'the column name “{name}” is used twice; this column is loaded as “{renamed}”.',
  'upload.problem.blankHeader': 'this column has no name; it is loaded as “{name}”.',
  'upload.problem.badBytes':
    'some bytes are not valid {encoding} (shown as �); the file may be in another encoding.',
  'upload.problem.oneColumn':
    'no delimiter was found, so every line is one value. Choose the delimiter if that is wrong.',
  'upload.problem.comment': 'this line starts with “#” and was skipped as a comment.',
  'upload.problem.comments': 'lines {lines} start with “#” and were skipped as comments.',
  'upload.problem.loadFailed': 'DuckDB could not load the file: {message}',
  'upload.problem.nameTaken': 'a table named “{name}” already exists; choose another name.',
  'upload.problem.nameInvalid':
    '“{name}” cannot be a table name: use lower-case letters, digits and _, starting with a letter or _.',
  'upload.problem.nameReserved':
    '“{name}” is an SQL keyword, so every query would have to quote it; choose another name.',
  'upload.problem.nameKeptElsewhere':
    'another tab has just kept a table named “{name}”, so this file will be loaded as “{suggested}”; change the name if you like.',
  'upload.problem.nameTakenElsewhere':
    'another tab has kept or is loading a table named “{name}”, so nothing was loaded here and that table is untouched. The name is now “{suggested}”: load again, or choose another name.',
  'upload.problem.tooLarge':
    'this file is {size}; loading it takes about {needed} of memory, more than this browser can give it (about {limit}). The load may fail or stop the tab: a smaller extract (fewer rows or columns) is safer.',
  'upload.problem.tooLargeForBrowser':
    'this file is {size}; loading it takes at least {needed} of memory, more than DuckDB can use in any browser ({limit}). Load a smaller extract (fewer rows or columns).',
  'upload.problem.padding':
    'every line ends with “{padding}” as padding, as a spreadsheet leaves it when it saves a file again; the padding is left out, so the last column keeps its values.',
  'upload.problem.joinedRecords':
    'records split over lines by a line break inside an unquoted value, as SIPRI’s exports sometimes are, are read as one record each, the line break kept in that value: lines {lines}.',
  'upload.problem.paddedValues':
    'values of the column “{name}” have spaces or tabs around them; they are read as the numbers or dates they are.',
  'upload.problem.tooLargeToKeep':
    'this file is {size} and this browser lets the site store only {free} more: it can be loaded, but it will not be kept for your next visit.',
  'upload.problem.lateText':
    'the column “{name}” is loaded as text: “{value}” here is not a number or a date like the values before it.',
  'upload.problem.lateCode':
    'the column “{name}” is loaded as text: a value past the preview is written as a code (a leading zero or a + sign), not as a number.',
  'tables.title': 'Your tables',
  'tables.none': 'No tables uploaded yet.',
  'tables.restoreFailed':
    'The table “{table}” kept from an earlier visit could not be loaded again ({message}); its file is still kept.',
  'tables.restoredFromCsv':
    'The quick copy of “{table}” could not be read, so it was loaded again from its kept CSV file. Nothing was lost.',
  'tables.restoring': 'Loading the tables kept from your last visit…',
  'tables.col.table': 'Table',
  'tables.col.file': 'File',
  'tables.col.rows': 'Rows',
  'tables.col.size': 'File size',
  'tables.col.loaded': 'Loaded',
  'tables.col.kept': 'Kept',
  'tables.col.actions': 'Actions',
  'tables.coming': 'in this browser, loading…',
  'tables.kept': 'in this browser',
  'tables.visitOnly': 'this visit only',
  'tables.query': 'Query',
  'tables.remove': 'Remove',
  'tables.removeLabel': 'Remove table {table}',
  'tables.storage.unavailable':
    'This browser does not let the page keep files (a private window, or storage turned off). Your tables work for this visit and will be gone after a reload.',
  'tables.storage.full':
    'Browser storage is full, so this table is not kept for your next visit. It works for this visit; remove other tables to make room.',
  'tables.storage.failed':
    'The table could not be kept in browser storage; it works for this visit only.',
  // Accessibility: skip link, theme switch, page titles, table regions, announcements.
  'a11y.skip': 'Skip to content',
  'a11y.theme': 'Theme',
  'a11y.theme.system': 'System',
  'a11y.theme.light': 'Light',
  'a11y.theme.dark': 'Dark',
  'a11y.pageTitle': '{page} · {app}',
  'a11y.itemTitle': '{item} · {page} · {app}',
  'a11y.tableRegion': '{caption} (table; scrolls sideways)',
  'a11y.scrollHint': 'Scroll sideways to see every column.',
  'a11y.printedFrom': 'Printed from {url}',
  'a11y.editorHelp':
    'Tab indents in the editor. To leave it with the keyboard, press Escape, then Tab (or Shift+Tab).',
  'a11y.measureShown':
    'Showing {measure} for {count, plural, one {# regional group} other {# regional groups}}.',
  'nav.countries': 'Countries',
  'nav.indicator': 'Indicator 16.4.2',
  'countries.title': 'UN Member States',
  'countries.subtitle':
    'The 193 Member States, their UN regional group and how many rows of each built-in table name them',
  'countries.search': 'Search countries',
  'countries.region': 'UN regional group',
  'countries.anyRegion': 'Any group',
  'countries.shown': '{shown} of {total, plural, one {# Member State} other {# Member States}}',
  'countries.col.name': 'Country',
  'countries.col.group': 'UN regional group',
  'countries.col.missions': 'Missions hosted',
  'countries.col.embargoes': 'Arms embargoes',
  'countries.col.mentions': 'Paragraphs naming it',
  'countries.col.sdg': 'SDG 16.4.2 values',
  'country.noGroup': 'In no UN regional group',
  'country.hasData': 'The built-in data has: {list}.',
  'country.listSep': ', ',
  'country.noData':
    'The built-in data has no mission, arms embargo, document paragraph or SDG 16.4.2 value for this country.',
  'country.has.missions': 'missions deployed (past and present): {n}',
  'country.has.embargoes': 'arms embargoes: {n}',
  'country.has.mentions': 'document paragraphs naming it: {n}',
  'country.has.values': 'SDG 16.4.2 values: {n}',
  'country.col.mission': 'Mission',
  'country.col.name': 'Name',
  'country.col.start': 'Start',
  'country.col.end': 'End',
  'country.col.target': 'Target',
  'country.col.established': 'Established by',
  'country.col.status': 'Status',
  'country.col.reason': 'Why it is named',
  'country.col.passage': 'Passage (Chinese)',
  'country.col.year': 'Year',
  'country.missions.title':
    'UN missions deployed in this country (past and present) and their embargo-support mandates',
  'country.col.ended': 'Ended',
  'country.mission.ongoing': 'Ongoing',
  'country.mission.endsOn': 'Ongoing (to end {date})',
  'country.missions.none': 'The documents name no UN field mission deployed in this country.',
  'country.embargoes.title': 'UN arms embargoes on the country or on actors in it',
  'country.embargoes.none':
    'No UN Security Council arms embargo in the data targets this country or actors in it.',
  'country.mentions.title': 'Paragraphs of the source documents that name it',
  'country.mentions.none':
    'None of the five source documents names this country in a paragraph recorded here.',
  'country.sdg.title': 'SDG 16.4.2 values over the years',
  'country.sdg.none': 'The UN SDG Global Database publishes no SDG 16.4.2 value for this country.',
  'country.sdg.label':
    'Line chart: SDG 16.4.2 values of {country}, share of seized, found or surrendered arms traced. {summary}',
  'country.links': 'In the other views',
  'country.registerNote':
    'the sources give Register reporting by UN regional group, not by country.',
  'indicator.named': 'Indicator {code}',
  'indicator.targetNamed': 'Target {code}',
  'indicator.custodians': 'Custodian agencies',
  'indicator.tier': 'Tier',
  'indicator.col.value': 'Share traced',
  'indicator.col.series': 'Series code',
  'indicator.16-4.text':
    'By 2030, significantly reduce illicit financial and arms flows, strengthen the recovery and return of stolen assets and combat all forms of organized crime',
  'indicator.16-4-1.text':
    'Total value of inward and outward illicit financial flows (in current United States dollars)',
  'indicator.16-4-2.text':
    'Proportion of seized, found or surrendered arms whose illicit origin or context has been traced or established by a competent authority in line with international instruments',
  'indicator.16-4-2.short':
    'Share of seized, found or surrendered arms whose illicit origin was traced',
  'indicator.16-4-2.note':
    'Values as the UN SDG Global Database publishes them (series VC_ARM_SZTRACE); a country reports for the years it chooses, so the values are not a time series for the world.',
  'indicator.16-4-1.none':
    'This site has no data for indicator 16.4.1: it measures illicit financial flows, which none of the source documents covers, and no values are in the built-in tables.',
  'indicator.coverage':
    'The data has {values, plural, one {# published value} other {# published values}} from {countries, plural, one {# country} other {# countries}}, {from}–{to}. Countries not listed published no value.',
  'indicator.chartLabel':
    'Chart: {values, plural, one {# published SDG 16.4.2 value} other {# published SDG 16.4.2 values}} from {countries, plural, one {# country} other {# countries}}, one line per country.',
  'share.embed': 'Embed',
  'share.cite': 'Cite',
  'share.label': 'Embed or cite {title}',
  'share.embedLabel': 'Embed code for “{title}”',
  'share.embedHint':
    'Paste this HTML into a web page to show the chart alone, with its title, sources and a link back to this view.',
  'share.preview': 'Open the chart alone',
  'share.citeLabel': 'Citation for “{title}”',
  'share.copy': 'Copy',
  'share.copied': 'Copied.',
  'share.copyFailed': 'Could not copy: select the text and copy it.',
  'share.notReady': 'The embed and cite buttons work once the page has finished loading.',
  'share.citation': '“{title}”. {app}. {url} (accessed {date}). Sources: {sources}.',
  'share.titleNames': '{title}: {names}',
  'share.citationNoSources': '“{title}”. {app}. {url} (accessed {date}).',
  'embed.viewFull': 'Full view on the {app}',
  'compare.legend': 'Countries to compare',
  'compare.search': 'Find a country',
  'compare.clear': 'Show all countries',
  'compare.chosen':
    '{count} of {total, plural, one {# country} other {# countries}} chosen: {names}.',
  'compare.all':
    '{total, plural, one {# country shown.} other {All # countries shown.}} Choose some to compare them.',
  'compare.limit':
    'Up to {max, plural, one {# country} other {# countries}} can be compared at once, one colour each: take one out to add another.',
  'compare.dropped':
    'The link names {count, plural, one {# country} other {# countries}}; the first {max} are shown.',
  'compare.noMatch': 'No country with data matches “{query}”.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type { Locale };

/**
 * The other languages' catalogues, each a module of its own: a page loads its own language's
 * only. (Paraglide's compiled messages hold all six languages in every message, and a page
 * that looks messages up by key gets them all: 460 kB of functions that took 450 ms of a page
 * load to parse. They are still compiled, and tests/unit/i18n/messages.test.ts holds every
 * message here to what Paraglide makes of it.)
 */
const catalogues: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  zh: () => import('./zh').then((module) => module.zh),
  ar: () => import('./ar').then((module) => module.ar),
  fr: () => import('./fr').then((module) => module.fr),
  ru: () => import('./ru').then((module) => module.ru),
  es: () => import('./es').then((module) => module.es),
};

const loaded = new Map<Locale, Messages>([['en', en]]);

/** Loads the messages of `locale` (the page's language: see i18n/language.ts). */
export async function loadMessages(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  loaded.set(locale, await catalogues[locale as Exclude<Locale, 'en'>]());
}

// The server renders every language: it has them all from the start.
if (import.meta.env.SSR)
  await Promise.all(Object.keys(catalogues).map((l) => loadMessages(l as Locale)));

/** The text of `key` in `locale` as the catalogue writes it, `{name}` placeholders unfilled. */
function template(key: MessageKey, locale: Locale): string {
  const messages = loaded.get(locale);
  if (!messages) throw new Error(`The ${locale} messages are not loaded (loadLanguage first)`);
  return messages[key];
}

/** `{name}` placeholders filled from `params`; one without a param stays as written. */
function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/** The counts of each plural message, by its English text (plural.ts). */
const pluralCounts = new Map<MessageKey, Set<string>>(
  (Object.keys(en) as MessageKey[])
    .map((key) => [key, new Set(parsePlurals(en[key]).map(({ name }) => name))] as const)
    .filter(([, names]) => names.size > 0),
);

const localCounts = new Map<string, Set<string> | undefined>();

/**
 * The counts of `key` in `locale`: English's, and those the translation alone counts by. A
 * language may count by another param than English ("1 mission sur 8", "1 of 8 missions"), or
 * where English needs no plural ("{noShape} Member States" is "12 دولة عضواً" in Arabic).
 */
function countsOf(key: MessageKey, locale: Locale): Set<string> | undefined {
  const id = `${locale} ${key}`;
  if (!localCounts.has(id)) {
    const own = parsePlurals(template(key, locale)).map(({ name }) => name);
    const names = new Set([...(pluralCounts.get(key) ?? []), ...own]);
    localCounts.set(id, names.size > 0 ? names : undefined);
  }
  return localCounts.get(id);
}

/**
 * Looks up a message and fills its `{name}` placeholders from `params`, in `locale` (by default
 * the page's: Paraglide's `getLocale()`). A placeholder without a param stays visible.
 *
 * A plural message (English `{count, plural, one {…} other {…}}`, plural.ts) takes its count as
 * a number: the variant is chosen here, with Intl.PluralRules, not by Paraglide's own plural
 * variants, because Paraglide shows the number it selects on as given ("1000"), where a count
 * must read as the language writes it ("1,000", "1 000"), and a plain string stays what the
 * catalogues, their parity check and the JSON hold. The count is formatted wherever it shows,
 * in a language that writes the message without plural forms (Chinese) too.
 */
export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  locale: Locale = getLocale(),
): string {
  const counts = countsOf(key, locale);
  if (counts) {
    const text = selectPlurals(template(key, locale), params, locale);
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return counts.has(name) && typeof value === 'number'
        ? formatInteger(value, locale)
        : String(value);
    });
  }
  return fill(template(key, locale), params);
}

/** Whether `key` is a message: for code that builds a key from data (`qualifier.${code}`). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

import type { Messages } from './messages';

/**
 * The French UI catalogue: every key of `en`, in the same order. Terms follow the French texts
 * of the United Nations (armes légères et de petit calibre, embargo sur les armes, Registre des
 * armes classiques de l’Organisation des Nations Unies, centres régionaux, missions, gestion des
 * armes et des munitions...). Numbers, dates and units are filled in by code.
 */
export const fr: Messages = {
  'app.title': 'Tableau de bord des flux d’armes – cible 16.4 des ODD',
  'app.tagline':
    'Statistiques sur la maîtrise des armes légères et le commerce des armes tirées de documents de l’ONU, chaque chiffre renvoyant au paragraphe dont il provient. Fonctionne dans votre navigateur, hors ligne.',
  'state.loading': 'Chargement…',
  'state.empty': 'Aucune donnée pour cette sélection.',
  'state.error': 'Impossible de calculer ce graphique : {message}',
  'source.label': 'Source',
  'source.labelPlural': 'Sources',
  'source.original': 'Passages originaux (chinois)',
  'register.subtitle':
    'Part des États Membres de chaque groupe régional de l’ONU ayant présenté un rapport au Registre en {year}',
  'register.chartLabel':
    'Graphique à barres : part des États Membres ayant présenté un rapport au Registre des armes classiques de l’Organisation des Nations Unies en {year}, par groupe régional. {summary}',
  'register.barSummary': '{group} : {rate} ({reporting} sur {members})',
  'register.valueLabel': '{rate} · {reporting} sur {members}',
  'register.col.group': 'Groupe régional de l’ONU',
  'register.col.reporting': 'États ayant présenté un rapport',
  'register.col.members': 'Membres du groupe',
  'register.col.rate': 'Part ayant présenté un rapport',
  'register.col.salw': 'Dont rapports incluant les armes légères',
  'register.salwNotGiven': 'non indiqué',
  'register.note':
    'Les rapports reçus une année donnée portent sur les transferts effectués au cours de l’année civile précédente. La taille des groupes est celle retenue par chaque source pour l’année considérée. Les documents n’indiquent l’inclusion des armes légères que pour deux groupes, en 2011.',
  'live.build': 'Calculé par DuckDB lors de la génération du site.',
  'live.pending':
    'Calculé par DuckDB lors de la génération du site ; nouveau calcul en cours dans votre navigateur…',
  'live.browser': 'Calculé dans votre navigateur par DuckDB {version} en {ms} ms.',
  'live.failed':
    'Affiché tel que calculé lors de la génération du site ; le nouveau calcul dans votre navigateur a échoué : {message}',
  'datasets.title': 'Jeux de données dans votre navigateur',
  'datasets.idle': 'La base de données démarre une fois la page chargée.',
  'datasets.starting': 'Démarrage de DuckDB…',
  'datasets.loading':
    'Chargement de {count, plural, one {# jeu de données} many {# de jeux de données} other {# jeux de données}}…',
  'datasets.ready':
    'DuckDB {version} : {loaded, plural, one {# jeu de données chargé} many {# de jeux de données chargés} other {# jeux de données chargés}} sur {count}.',
  'datasets.failed': 'DuckDB n’a pas pu démarrer : {message}',
  'datasets.rows': '{rows, plural, one {# ligne} many {# de lignes} other {# lignes}}',
  'datasets.tableFailed': 'non chargé : {message}',
  'datasets.restarting': 'DuckDB s’est arrêté ; redémarrage…',
  'datasets.seeAll':
    'Tous les jeux de données, avec leurs colonnes, leurs sources et leur téléchargement',
  'nav.data': 'Données',
  'overview.view.data':
    'Tous les jeux de données sur lesquels reposent les graphiques, avec leurs colonnes, leurs sources et un téléchargement.',
  'data.intro':
    '{count, plural, one {# jeu de données} many {# de jeux de données} other {# jeux de données}}, chacun étant un fichier CSV de data/ dont chaque ligne indique sa source. Les mêmes tables sont chargées dans DuckDB sur chaque page, et dans l’atelier pour le SQL.',
  'data.package':
    'Le paquet de données (datapackage.json) : colonnes et sources de chaque jeu de données',
  'data.counts':
    '{rows, plural, one {# ligne} many {# de lignes} other {# lignes}} · {columns, plural, one {# colonne} many {# de colonnes} other {# colonnes}}',
  'data.download': 'Télécharger {file}',
  'data.sources': 'Sources : ',
  'data.columnsTitle': 'Colonnes',
  'data.columnsOf': 'Colonnes de {name}',
  'data.col.name': 'Colonne',
  'data.col.type': 'Type',
  'data.col.description': 'Description',
  'database.workerError': 'le processus DuckDB a échoué',
  'database.noAnswer': 'le processus DuckDB ne répond plus depuis {seconds} s',
  'database.downloadFailed':
    'le fichier de la base de données intégrée n’a pas pu être téléchargé (HTTP {status})',
  'database.gaveUp':
    'DuckDB s’est arrêté {count} fois de suite ({reason}) ; rechargez la page pour le redémarrer.',
  'database.lost':
    'DuckDB s’est arrêté pendant l’exécution ({reason}). Il a été redémarré ; rien de ce qui était conservé n’est perdu. Réessayez.',
  'database.alertRestarting': 'DuckDB s’est arrêté ({reason}). Redémarrage…',
  'database.alertRestarted':
    'DuckDB s’est arrêté ({reason}) et a été redémarré. Les tables intégrées et les tables conservées dans ce navigateur sont de nouveau disponibles.',
  'database.dismiss': 'Fermer',
  'tables.lostInRestart':
    'DuckDB a redémarré : {tables} n’étaient disponibles que pour cette visite (non conservées dans ce navigateur) et ont disparu. Téléversez-les de nouveau pour les utiliser.',
  'workbench.builtInReadOnly':
    'Les tables intégrées sont en lecture seule : DuckDB a refusé cette instruction {statement}. Pour en modifier une, faites-en d’abord une copie, par exemple CREATE TABLE my_missions AS FROM missions.',
  'nav.label': 'Vues',
  'nav.overview': 'Aperçu',
  'nav.register': 'Rapports au Registre',
  'nav.missions': 'Missions',
  'nav.trade': 'Commerce et préjudices',
  'nav.centres': 'Centres régionaux',
  'nav.sources': 'Sources',
  'nav.workbench': 'Vos données',
  'tab.label': 'Vues de {title}',
  'tab.chart': 'Graphique',
  'tab.table': 'Tableau',
  'tab.map': 'Carte',
  'source.morePlaces':
    'et {count, plural, one {# autre passage} many {# d’autres passages} other {# autres passages}}',
  'source.showEnglish': 'Afficher ce que dit chaque passage',
  'source.meaning': 'Sens (résumé, et non traduction officielle) : {text}',
  'source.end': '.',
  'download.title': 'Télécharger :',
  'download.label': 'Télécharger {title}',
  'download.csv': 'Données complètes (CSV)',
  'download.table': 'Tableau tel qu’affiché (CSV)',
  'download.zip': 'Tout (zip)',
  'download.mapSvg': 'Carte (SVG)',
  'download.mapPng': 'Carte (PNG)',
  'download.citation':
    '{app}, « {title} », {url} (téléchargé le {date}). Chiffres tirés de : {sources}.',
  'download.readme.cite': 'Comment citer',
  'download.readme.files': 'Fichiers',
  'download.readme.tableFile':
    "le tableau tel que la page l’affiche, pour un tableur : colonnes intitulées en français, valeurs telles qu’affichées (taux en pourcentage, arrondis). Une cellule de texte qui commence par =, +, -, {at}, une tabulation ou un saut de ligne (ou qui contient l’un des quatre premiers après des espaces, un point-virgule ou une tabulation) commence ici par un ' ajouté, afin qu’un tableur la lise comme du texte et ne l’exécute jamais comme une formule ; les nombres sont inchangés.",
  'download.readme.dataFile':
    'les données complètes : une colonne par champ (nommée comme dans le SQL), valeurs exactement telles que le SQL les a renvoyées, en pleine précision (taux de 0 à 1), sans ajout. Le texte n’est pas sécurisé pour les tableurs : lisez-le avec un lecteur CSV (R, Python, DuckDB).',
  'download.readme.packageFile':
    'un paquet de données Frictionless décrivant les deux fichiers CSV : chaque colonne, son type et sa signification, les sources et le SQL.',
  'download.readme.sources': 'Sources',
  'download.readme.caveats': 'Mises en garde',
  'download.readme.licence': 'Licence',
  'download.readme.licenceText':
    'Les données sont placées sous la licence Open Data Commons Open Database License (ODbL) 1.0, comme l’indique le fichier data/datapackage.json du tableau de bord ; les documents de l’ONU dont elles proviennent appartiennent à l’Organisation des Nations Unies.',
  'download.readme.computed': 'Méthode de calcul',
  'download.readme.computedText':
    'DuckDB a exécuté ce SQL sur les fichiers data/*.csv du tableau de bord (voir data/datapackage.json) ; les signes `?` correspondent aux paramètres ci-dessous, dans l’ordre.',
  'download.readme.params': 'Paramètres',
  'download.metadata': 'Sources et colonnes (JSON)',
  'download.svg': 'Graphique (SVG)',
  'download.png': 'Graphique (PNG)',
  'download.noChart': 'Cette vue ne comporte aucun graphique à enregistrer.',
  'download.notReady':
    'Les boutons de téléchargement fonctionnent une fois la page entièrement chargée.',
  'download.waiting':
    'Démarrage du téléchargement : un navigateur en lance au plus dix par seconde…',
  'download.failed': 'Le téléchargement a échoué : {message}',
  'download.tables':
    'data/*.csv du Tableau de bord des flux d’armes – cible 16.4 des ODD (voir data/datapackage.json)',
  'qualifier.exactly': '{value}',
  'qualifier.at_least': 'au moins {value}',
  'qualifier.more_than': 'plus de {value}',
  'qualifier.nearly': 'près de {value}',
  'qualifier.at_least_once': '{value}',
  'figure.usd': '{value} dollars des États-Unis',
  'figure.percent': '{value} %',
  'figure.withUnit': '{value} {unit}',
  'unit.categories':
    '{count, plural, one {# catégorie} many {# de catégories} other {# catégories}}',
  'unit.languages': '{count, plural, one {# langue} many {# de langues} other {# langues}}',
  'unit.meetings': '{count, plural, one {# réunion} many {# de réunions} other {# réunions}}',
  'unit.missions': '{count, plural, one {# mission} many {# de missions} other {# missions}}',
  'unit.months': '{count, plural, one {# mois} many {# de mois} other {# mois}}',
  'unit.municipalities':
    '{count, plural, one {# municipalité} many {# de municipalités} other {# municipalités}}',
  'unit.panels':
    '{count, plural, one {# groupe d’experts} many {# de groupes d’experts} other {# groupes d’experts}}',
  'unit.paragraphs':
    '{count, plural, one {# paragraphe} many {# de paragraphes} other {# paragraphes}}',
  'unit.recommendations':
    '{count, plural, one {# recommandation} many {# de recommandations} other {# recommandations}}',
  'unit.report': 'rapport',
  'unit.reports': '{count, plural, one {# rapport} many {# de rapports} other {# rapports}}',
  'unit.schools': '{count, plural, one {# école} many {# d’écoles} other {# écoles}}',
  'unit.session': 'session',
  'unit.states': '{count, plural, one {# État} many {# d’États} other {# États}}',
  'unit.years': '{count, plural, one {# an} many {# d’ans} other {# ans}}',
  'unit.personnel':
    '{count, plural, one {# membre du personnel} many {# de membres du personnel} other {# membres du personnel}}',
  'unit.rounds': '{count, plural, one {# cartouche} many {# de cartouches} other {# cartouches}}',
  'unit.tonnes': '{count, plural, one {# tonne} many {# de tonnes} other {# tonnes}}',
  'unit.weapons': '{count, plural, one {# arme} many {# d’armes} other {# armes}}',
  'figure.period': '{start}–{end}',
  'figure.since': 'depuis {start}',
  'figure.until': 'situation : {end}',
  'overview.title': 'Les armes légères et la cible 16.4 des ODD en chiffres',
  'overview.intro':
    'Chiffres tirés de cinq documents de l’ONU sur les armes légères et de petit calibre (2012–2021), complétés par des faits publics. Chaque chiffre renvoie au paragraphe dont il provient ; ouvrez une note de source pour lire le passage original en chinois.',
  'overview.figures': 'Chiffres clés',
  'overview.figuresSubtitle':
    'Tels que les documents les donnent, avec leurs qualificatifs (« au moins », « près de »)',
  'overview.passage': 'Passage original',
  'overview.col.source': 'Source',
  'overview.timeline': 'Le processus relatif aux armes légères, 1991–2024',
  'overview.timelineSubtitle':
    'Conférences, réunions et décisions citées dans les documents. Une barre estompée indique une date connue seulement au mois ou à l’année.',
  'overview.timelineLabel':
    'Chronologie de {count, plural, one {# événement} many {# d’événements} other {# événements}} du processus de l’ONU relatif aux armes légères, de {from} à {to}, sur trois lignes. Utilisez les touches fléchées pour passer d’un événement à l’autre.',
  'overview.lane.decision': 'Décisions et lancements',
  'overview.lane.meeting': 'Réunions et conférences',
  'overview.lane.field': 'Sur le terrain',
  'overview.col.event': 'Événement',
  'overview.col.start': 'Début',
  'overview.col.end': 'Fin',
  'overview.col.place': 'Lieu',
  'overview.col.kind': 'Type',
  'overview.selectHint':
    'Sélectionnez un événement de la chronologie pour en voir le détail et la source.',
  'overview.tip.year': 'Date connue à l’année seulement',
  'overview.tip.month': 'Date connue au mois seulement',
  'overview.detail.source': 'Cité dans {source}',
  'overview.views': 'Vues',
  'overview.view.register':
    'Quelles régions communiquent leurs transferts d’armes au Registre de l’ONU, et comment la participation a évolué.',
  'overview.view.missions':
    'Toutes les missions de l’ONU sur le terrain citées dans les documents, filtrées par mandat relatif à l’embargo, type et région.',
  'overview.view.trade':
    'La valeur du commerce des armes légères et la part des décès causés par les armes à feu.',
  'overview.view.centres': 'Ce qu’ont fait les trois centres régionaux de l’ONU, où et avec qui.',
  'overview.view.sources':
    'Les cinq documents sources, ce qu’ils citent, les recommandations de l’annexe I et la liste des embargos.',
  'register.rateTitle':
    'Rapports au Registre des armes classiques de l’Organisation des Nations Unies, {year}, par groupe régional',
  'register.measure': 'Afficher',
  'register.measure.rate': 'Part des membres',
  'register.measure.count': 'Nombre d’États',
  'register.countLabel': '{reporting} sur {members}',
  'register.countChartLabel':
    'Graphique à barres : nombre d’États Membres ayant présenté un rapport au Registre des armes classiques de l’Organisation des Nations Unies en {year}, par groupe régional. {summary}',
  'register.mapLabel':
    'Carte du monde : chaque État Membre est coloré selon la part de son groupe régional ayant présenté un rapport au Registre en {year}. {summary}',
  'register.mapNoData': 'Pas de données',
  'register.mapSelect':
    'Sélectionnez un pays (clic, toucher ou Entrée sur un pays ayant le focus) pour tracer son groupe régional dans le graphique pluriannuel ci-dessous.',
  'register.mapChosen':
    'Tracés dans le graphique pluriannuel ci-dessous : {groups}. Sélectionnez de nouveau un pays pour retirer son groupe.',
  'register.mapToTrend': 'Aller au graphique pluriannuel',
  'register.mapLegend': 'Part du groupe ayant présenté un rapport',
  'register.mapNote':
    'Un pays est coloré selon la part de son groupe, et non selon qu’il a lui-même présenté un rapport : les sources ne donnent que des chiffres par groupe. Les groupes sont ceux d’aujourd’hui ; {noShape} États Membres sont trop petits pour la carte au 1/110 M et n’apparaissent que dans le tableau.',
  'register.mapTitle': '{name} : {group}, {rate} du groupe a présenté un rapport',
  'register.participationTitle':
    'États ayant présenté un rapport au Registre, par année des transferts',
  'register.participationSubtitle':
    'Les chiffres sont publiés à différents moments : certains à la date de parution d’un rapport, d’autres définitifs, d’autres encore « à une date donnée ».',
  'register.participationLabel':
    'Graphique linéaire : États ayant présenté un rapport au Registre de l’ONU par année des transferts déclarés, de {from} à {to}. {summary}',
  'register.participationAxis': 'États ayant présenté un rapport',
  'register.partialLegend':
    'Chiffre antérieur aux rapports tardifs (à la date de parution ou « à une date donnée »)',
  'register.finalLegend': 'Chiffre publié ou définitif',
  'register.participationNote':
    'Les lignes en pointillé relient des années non consécutives ou des chiffres non définitifs ; elles ne représentent pas des tendances. Des chiffres ultérieurs pour la même année peuvent être plus élevés.',
  'register.col.dataYear': 'Année des transferts',
  'register.col.reportYear': 'Année du rapport',
  'register.col.states': 'États ayant présenté un rapport',
  'register.col.qualifier': 'Nature du chiffre',
  'register.col.asOf': 'Date',
  'register.col.note': 'Mise en garde',
  'register.col.country': 'Pays',
  'register.qualifier.at_issue_date': 'à la date de parution du rapport',
  'register.qualifier.final': 'définitif, rapports tardifs compris',
  'register.qualifier.as_of': 'à une date donnée',
  'register.qualifier.as_published': 'tel que publié',
  'missions.title': 'Missions de l’ONU sur le terrain et embargos sur les armes',
  'missions.subtitle':
    'Les missions citées dans le document S/2017/1025, et si le Conseil de sécurité leur confie le mandat d’appuyer un embargo sur les armes décrété par l’ONU',
  'missions.filters': 'Filtrer les missions',
  'missions.search': 'Rechercher des missions',
  'missions.searchPlaceholder': 'Nom, pays hôte, résolution…',
  'missions.clear': 'Effacer tous les filtres',
  'missions.facet.mandate': 'Mandat d’appui à l’embargo',
  'missions.facet.kind': 'Type',
  'missions.facet.wam': 'Appui à la gestion des armes et des munitions',
  'missions.facet.region': 'Groupe régional de l’ONU du pays hôte',
  'missions.facet.host': 'État hôte',
  'missions.mandate.current': 'En cours',
  'missions.mandate.ended': 'Terminé',
  'missions.mandate.none': 'Aucun',
  'missions.kind.peacekeeping': 'Maintien de la paix',
  'missions.kind.special_political': 'Mission politique spéciale',
  'missions.wam.true': 'Oui',
  'missions.wam.false': 'Non',
  'missions.region.none': 'Pas d’État hôte unique',
  'missions.shown':
    '{shown, plural, one {# mission} many {# de missions} other {# missions}} sur {total}',
  'missions.searchCaption': 'recherche « {text} »',
  'missions.col.mission': 'Mission',
  'missions.col.host': 'Pays hôte',
  'missions.col.name': 'Nom complet',
  'missions.col.nameZh': 'Nom chinois',
  'missions.col.kind': 'Type',
  'missions.col.mandate': 'Mandat relatif à l’embargo',
  'missions.col.monitoring': 'Dispositif de surveillance',
  'missions.col.wam': 'Appui à la gestion des armes et des munitions',
  'missions.col.embargoes': 'Embargos en vigueur visant le pays hôte',
  'missions.mapLabel':
    'Carte du monde : {count, plural, =1 {le pays hôte de la mission affichée est mis en évidence.} one {les pays hôtes de # mission affichée sont mis en évidence.} many {les pays hôtes des # de missions affichées sont mis en évidence.} other {les pays hôtes des # missions affichées sont mis en évidence.}} {hosts}',
  'missions.mapLabelChosen':
    'Pays hôtes choisis, dont seules les missions sont énumérées : {hosts}.',
  'missions.mapHost': 'Pays hôte d’une mission affichée',
  'missions.mapOther': 'Autres pays',
  'missions.mapChosen': 'Pays hôte choisi',
  'missions.mapHostOther': 'Autre pays hôte (sélectionner pour l’ajouter)',
  'missions.mapSelect':
    'Sélectionnez un pays hôte (clic, toucher ou Entrée sur un pays ayant le focus) pour n’énumérer que ses missions ; sélectionnez-le de nouveau pour le retirer.',
  'missions.tipHost': 'Accueille {missions}',
  'missions.mapNote':
    'La FISNUA opère dans la zone d’Abyei, entre le Soudan et le Soudan du Sud, qui n’a pas de contour propre.',
  'missions.ended': 'Terminé en {year} par la résolution {resolution}',
  'missions.detail.close': 'Fermer le détail',
  'missions.detail.host': 'Pays hôte',
  'missions.detail.kind': 'Type',
  'missions.detail.mandate': 'Mandat d’appui à l’embargo',
  'missions.detail.monitoring': 'Comment elle surveille l’embargo',
  'missions.detail.wam': 'Appui à la gestion des armes et des munitions',
  'missions.detail.embargoes':
    'Embargos sur les armes décrétés par l’ONU en vigueur visant le pays hôte (faits publics)',
  'missions.detail.noEmbargo': 'aucun dans les données',
  'missions.detail.tasks': 'Ce que demande le mandat, résolution par résolution',
  'missions.col.aspect': 'Tâche',
  'missions.col.resolution': 'Résolution',
  'missions.col.detail': 'Détail',
  'missions.selectHint':
    'Sélectionnez une mission dans le tableau pour en voir le mandat et les sources.',
  'missions.monitoring.jmac': 'Cellule d’analyse conjointe de la mission',
  'missions.monitoring.jmac_embargo_cell':
    'Cellule chargée de l’embargo au sein de la Cellule d’analyse conjointe de la mission',
  'missions.monitoring.sanctions_cooperation':
    'Coopération avec le comité des sanctions et son groupe d’experts',
  'missions.monitoring.focal_point': 'Coordonnateur',
  'missions.monitoring.not_described': 'Non décrit',
  'missions.monitoring.advisory_group': 'Groupe consultatif',
  'missions.monitoring.maritime_task_force': 'Force opérationnelle maritime',
  'missions.monitoring.dedicated_unit': 'Unité spécialisée de surveillance de l’embargo',
  'missions.monitoring.firearms_inspection_teams': 'Équipes d’inspection des armes à feu',
  'missions.monitoring.none': 'Aucun',
  'trade.title': 'Le commerce des armes légères',
  'trade.subtitle': 'Ce que le document S/2017/1025 dit du commerce en 2014',
  'trade.valueCaption': 'Valeur du commerce international des armes légères, 2014',
  'trade.shareLabel':
    'Graphique à barres : les munitions représentaient {share} de l’ensemble des transferts mondiaux d’armes légères en 2014 ; le reste, {rest}, correspondait aux armes, pièces et accessoires.',
  'trade.ammunition': 'Munitions',
  'trade.rest': 'Autres (calculé : 100 % − {share})',
  'trade.note':
    'La valeur du commerce est un minimum (« au moins ») : la valeur réelle peut être plus élevée. La barre plus claire ne figure pas dans le document : elle correspond à 100 % moins la part indiquée.',
  'harm.title': 'Armes à feu et décès, 2010–2015',
  'harm.subtitle':
    'Deux mesures aux dénominateurs différents : elles ne doivent pas être comparées comme s’il s’agissait d’une seule',
  'harm.violentLabel':
    'Graphique à barres : les armes à feu ont causé {value} des morts violentes, 2010–2015.',
  'harm.conflictLabel':
    'Graphique à barres : des armes à feu ont été en cause dans {value} des décès directement liés aux conflits, 2010–2015.',
  'harm.violentCaption': 'Part de l’ensemble des morts violentes causées par des armes à feu',
  'harm.conflictCaption': 'Part des décès directement liés aux conflits impliquant des armes à feu',
  'harm.note':
    '« Près de la moitié » est représenté par une extrémité estompée à 50 % : les documents ne donnent pas de chiffre exact. Les décès liés aux conflits sont un sous-ensemble des morts violentes, mesuré séparément.',
  'figures.col.label': 'Chiffre',
  'figures.col.value': 'Valeur',
  'figures.col.qualifier': 'Qualificatif',
  'figures.col.unit': 'Unité',
  'figures.col.period': 'Période',
  'figures.col.derivedFrom': 'Source citée par le document',
  'figures.col.periodEnd': 'Fin de la période',
  'figures.col.source': 'Source',
  'centres.title': 'Ce qu’ont fait les centres régionaux',
  'centres.subtitle':
    'Mesures des trois centres régionaux des Nations Unies pour la paix et le désarmement, août 2011 – juillet 2012 (A/67/…), et compléments publics',
  'centres.unitChart': '{centre} : {unit}',
  'centres.unitLabel': 'Graphique à barres : {centre}, {unit}. {summary}',
  'centres.withoutFigure': 'Activités que le rapport décrit sans chiffre',
  'centres.col.centre': 'Centre',
  'centres.col.activity': 'Activité',
  'centres.col.value': 'Valeur',
  'centres.col.unit': 'Unité',
  'centres.col.period': 'Période',
  'centres.col.country': 'Pays',
  'centres.note':
    'Les barres d’un même graphique partagent une unité, mais pas toujours une période : les compléments publics (unlirec.org) portent sur d’autres dates, indiquées dans chaque libellé.',
  'centres.measure.states_capacity_built': 'États dont les capacités ont été renforcées',
  'centres.measure.states_personnel_trained': 'États dont le personnel a été formé',
  'centres.measure.states_legal_assistance': 'États ayant reçu une assistance juridique',
  'centres.measure.weapons_destroyed': 'Armes détruites',
  'centres.measure.ammunition_destroyed': 'Cartouches détruites',
  'centres.measure.ammunition_destroyed_tonnes': 'Tonnes de munitions détruites',
  'centres.measure.personnel_trained': 'Personnes formées',
  'centres.barLabel': '{measure}, {period}',
  'centres.barLabelCountry': '{measure}, {period}, {country}',
  'centres.workedWithList': 'Pays avec lesquels un centre a travaillé : {countries}.',
  'centres.noShape': '{name} (trop petit pour cette carte)',
  'centres.mapTitle': 'Les centres et les pays avec lesquels ils ont travaillé',
  'centres.mapSubtitle':
    'Sièges des trois centres, et pays qu’un document désigne comme ayant bénéficié de l’aide d’un centre',
  'centres.mapLabel':
    'Carte du monde : sièges de {centres} ; pays avec lesquels un centre a travaillé : {countries}.',
  'centres.workedWith':
    'Pays avec lequel un centre a travaillé (en pointillé, pour que les petits pays restent visibles)',
  'centres.seat': 'Siège d’un centre (anneau au centre du pays)',
  'centres.tipCountry':
    'A travaillé avec {centres} : {count, plural, one {# activité énumérée} many {# d’activités énumérées} other {# activités énumérées}}',
  'centres.col.name': 'Nom',
  'centres.col.seat': 'Siège',
  'centres.seatIn': '{city} ({country})',
  'centres.col.region': 'Région',
  'centres.col.activities': 'Activités énumérées',
  'centres.col.partners': 'Partenaires énumérés',
  'centres.partnersTitle': 'Organisations partenaires',
  'centres.partnersSubtitle':
    'Organisations régionales et sous-régionales que chaque centre a appuyées selon le rapport',
  'centres.col.acronym': 'Sigle',
  'centres.col.organisation': 'Organisation',
  'centres.col.organisationZh': 'Nom chinois',
  'sources.seedsTitle': 'Les cinq documents sources',
  'sources.seedsSubtitle':
    'Copiés sans modification dans seeds/ ; chaque chiffre de ce site en est tiré ou provient d’une source publique nommée',
  'sources.networkCaption':
    '{docs, plural, one {# document qui cite ou est cité} many {# de documents qui citent ou sont cités} other {# documents qui citent ou sont cités}}, {links, plural, one {# paire de citations} many {# de paires de citations} other {# paires de citations}} (les sources de données publiques qui ne font ni l’un ni l’autre sont omises)',
  'sources.seedsCaption': 'Les documents de documents.csv dont le rôle est « seed »',
  'sources.col.symbol': 'Cote',
  'sources.col.title': 'Titre',
  'sources.col.titleZh': 'Titre chinois',
  'sources.col.date': 'Date',
  'sources.col.body': 'Organe',
  'sources.col.file': 'Fichier dans seeds/',
  'sources.col.citedBy': 'Cité par',
  'sources.col.cites': 'Cite',
  'sources.col.kind': 'Type',
  'sources.col.role': 'Rôle',
  'sources.networkTitle': 'Ce que citent les documents',
  'sources.networkSubtitle':
    '{docs, plural, one {# document} many {# de documents} other {# documents}}, {citations, plural, one {# citation} many {# de citations} other {# citations}} ({links, plural, one {# paire de citations} many {# de paires de citations} other {# paires de citations}}, une ligne chacune). Plus un cercle est grand, plus le document est cité par les cinq documents sources ; les cinq documents sources sont cerclés de foncé.',
  'sources.networkLabel':
    'Réseau de {docs, plural, one {# document} many {# de documents} other {# documents}} et de {links, plural, one {# citation} many {# de citations} other {# citations}} entre eux. Utilisez les touches fléchées pour passer d’un document à l’autre, et Entrée pour en sélectionner un.',
  'sources.node':
    '{symbol}, {kind}, {citedBy, plural, =0 {non cité} =1 {cité une fois} one {cité # fois} many {cité # fois} other {cité # fois}}, {cites, plural, =0 {ne cite aucun document} =1 {cite un document} one {cite # document} many {cite # de documents} other {cite # documents}}',
  'sources.selectHint':
    'Sélectionnez un document dans le réseau pour voir ce qu’il cite et ce qui le cite.',
  'sources.tip.cited':
    '{count, plural, =0 {Non cité} =1 {Cité une fois} one {Cité # fois} many {Cité # fois} other {Cité # fois}}',
  'sources.tip.cites':
    '{count, plural, =1 {cite d’autres documents une fois} one {cite d’autres documents # fois} many {cite d’autres documents # fois} other {cite d’autres documents # fois}}',
  'sources.tip.scope': 'Citations comptées dans les cinq documents sources',
  'sources.sizeKey': 'Taille du cercle : nombre de citations',
  'sources.seedKey': 'Anneau foncé : l’un des cinq documents sources',
  'sources.detail.cites': 'Cite',
  'sources.detail.citedBy': 'Cité par',
  'sources.detail.none': 'aucun dans les données',
  'sources.unconfirmed': 'cote non confirmée',
  'sources.kindGroup.resolution': 'Résolution ou décision',
  'sources.kindGroup.report': 'Rapport',
  'sources.kindGroup.statement': 'Déclaration présidentielle ou document du Conseil',
  'sources.kindGroup.other': 'Autre (instrument, publication, page Web, jeu de données)',
  'kind.general_assembly_resolution': 'Résolution de l’Assemblée générale',
  'kind.general_assembly_decision': 'Décision de l’Assemblée générale',
  'kind.security_council_resolution': 'Résolution du Conseil de sécurité',
  'kind.presidential_statement': 'Déclaration présidentielle',
  'kind.security_council_document': 'Document du Conseil de sécurité',
  'kind.secretary_general_report': 'Rapport du Secrétaire général',
  'kind.report': 'Rapport',
  'kind.panel_report': 'Rapport d’un groupe d’experts',
  'kind.conference_document': 'Document de conférence',
  'kind.agenda': 'Ordre du jour',
  'kind.other_un_document': 'Autre document de l’ONU',
  'kind.instrument': 'Instrument international',
  'kind.au_decision': 'Décision de l’Union africaine',
  'kind.standard': 'Norme',
  'kind.research_publication': 'Publication de recherche',
  'kind.yearbook': 'Annuaire',
  'kind.press_release': 'Communiqué de presse',
  'kind.web_page': 'Page Web',
  'kind.dataset': 'Jeu de données',
  'aspect.embargo_support': 'Appui à un embargo sur les armes',
  'aspect.embargo_monitoring': 'Surveillance de l’embargo',
  'aspect.compliance_inspection': 'Contrôle du respect et inspections',
  'aspect.wam_support': 'Gestion des armes et des munitions',
  'aspect.information_sharing': 'Échange d’informations sur les violations',
  'aspect.sanctions_cooperation': 'Coopération avec le comité des sanctions et le groupe d’experts',
  'aspect.awareness': 'Explication de l’embargo aux autorités',
  'aspect.capacity_building': 'Renforcement des capacités nationales',
  'aspect.embargo_ended': 'Fin du mandat relatif à l’embargo',
  'aspect.committee_reporting': 'Rapports au comité des sanctions',
  'aspect.confiscation_destruction': 'Confiscation et destruction d’armes',
  'aspect.destruction_review': 'Examen d’une composante de destruction',
  'status.in_force': 'En vigueur',
  'status.partly_lifted': 'Partiellement levé',
  'status.lifted': 'Levé',
  'status.ended': 'Terminé',
  'status.expired': 'Expiré',
  'status.superseded': 'Remplacé',
  'sources.recommendationsTitle': 'Recommandations examinées à l’annexe I du document S/2017/1025',
  'sources.recommendationsSubtitle':
    'Ce qu’ont recommandé les quatre rapports précédents, et à qui',
  'sources.col.report': 'Rapport',
  'sources.col.number': 'N°',
  'sources.col.theme': 'Thème',
  'sources.col.addressees': 'Destinataires',
  'sources.col.actions': 'Mesures',
  'sources.embargoesTitle': 'Embargos sur les armes décrétés par le Conseil de sécurité',
  'sources.embargoesSubtitle':
    'Faits publics (SIPRI et pages de l’ONU consacrées aux sanctions) qui complètent les documents ; les lignes incertaines le signalent',
  'sources.embargoMapLabel':
    'Carte du monde : cibles des embargos sur les armes de l’ONU en vigueur. {targets}',
  'sources.inForce': 'Embargo en vigueur (en tout ou en partie)',
  'sources.col.target': 'Cible',
  'sources.col.established': 'Établi par',
  'sources.col.start': 'Du',
  'sources.col.end': 'Au',
  'sources.col.status': 'Statut',
  'sources.col.uncertain': 'Incertain',
  'sources.col.missions': 'Missions dans le pays hôte',
  'register.col.rateDescription':
    'États ayant présenté un rapport divisés par le nombre de membres du groupe (de 0 à 1 dans le CSV)',
  'register.salwMeaning':
    '{group} : {count} des États ayant présenté un rapport en {year} y ont inclus les armes légères',
  'register.participationMeaning':
    '{count, plural, =0 {Aucun État n’a présenté de rapport} one {# État a présenté un rapport} many {# d’États ont présenté un rapport} other {# États ont présenté un rapport}}',
  'register.year': 'Année des rapports',
  'register.yearShown': 'Rapports reçus en {year}',
  'register.yearHint':
    '{count, plural, one {# année} many {# d’années} other {# années}} avec des chiffres par groupe : {years}',
  'register.yearPeriod': 'Rapports reçus en {year}',
  'register.trendTitle':
    'Part de chaque groupe régional ayant présenté un rapport au Registre, au fil des années',
  'register.trendSubtitle':
    'Chaque année pour laquelle une source donne des chiffres par groupe ; une ligne en pointillé franchit les années sans chiffres',
  'register.trendLegend': 'Groupes (appuyer pour afficher ou masquer)',
  'register.trendAxis': 'Part du groupe ayant présenté un rapport',
  'register.trendLabel':
    'Graphique linéaire : part de chaque groupe régional de l’ONU ayant présenté un rapport au Registre, de {from} à {to}. {summary}',
  'register.trendPoint': '{group}, {year} : {rate} ({reporting} sur {members})',
  'register.trendNone':
    'Aucun groupe n’est sélectionné : appuyez sur un groupe ci-dessus pour tracer sa ligne.',
  'register.trendNote':
    'Seules les années pour lesquelles une source donne des chiffres par groupe régional sont représentées ; elles ne sont pas consécutives, de sorte que les lignes n’indiquent aucune tendance entre elles.',
  'register.col.year': 'Année du rapport',
  'register.tipCountry': '{group} : {rate} du groupe a présenté un rapport',
  'register.tipParticipation':
    '{count, plural, one {# État ayant présenté un rapport} many {# d’États ayant présenté un rapport} other {# États ayant présenté un rapport}}',
  'register.tipDataYear': 'Transferts de {year}, déclarés en {report}',
  'sources.citesMeaning': '{citing} cite {cited}',
  'missions.col.iso3': 'Code ISO 3166-1 alpha-3 du pays hôte',
  'common.yes': 'oui',
  'common.no': 'non',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a pas de page à cette adresse.',
  'notFound.home': 'Aller à l’aperçu',
  'workbench.title': 'Vos données : téléverser, interroger, représenter',
  'workbench.lede':
    'Déposez des fichiers CSV (une extraction de la Base de données mondiale des ODD, un registre des transferts du SIPRI, vos propres chiffres nationaux) et explorez-les en SQL avec les tables du tableau de bord. Tout s’exécute dans ce navigateur ; rien n’est envoyé à un serveur.',
  'workbench.noscript': 'L’atelier exécute DuckDB dans votre navigateur et nécessite JavaScript.',
  'workbench.sqlTitle': 'Atelier SQL',
  'workbench.schema': 'Tables',
  'workbench.yours': 'les vôtres',
  'workbench.editorLabel': 'Requête SQL',
  'workbench.placeholder': 'SELECT * FROM register_reporting',
  'workbench.run': 'Exécuter',
  'workbench.cancel': 'Annuler',
  'workbench.share': 'Partager le lien',
  'workbench.shareLink': 'Lien vers cette requête et ce graphique :',
  'workbench.history': 'Historique',
  'workbench.historyPick': 'Requêtes précédentes ({count})',
  'workbench.keys': 'Ctrl+Entrée (⌘+Entrée) exécute la requête, ou seulement le texte sélectionné.',
  'workbench.running': 'Exécution…',
  'workbench.cancelled': 'Requête annulée.',
  'workbench.resultSummary': 'Lignes : {rows} · colonnes : {columns} · {ms} ms.',
  'workbench.resultLabel': 'Résultat de la requête',
  'workbench.errorPlace': 'Erreur à la ligne {line}, colonne {column} :',
  'workbench.engineReady':
    'DuckDB {version}, un moteur distinct : rien de ce qui est exécuté ici n’atteint ce qu’affichent les pages du tableau de bord.',
  'workbench.fromLink':
    'Cette requête provient d’un lien et n’a pas été exécutée. Lisez-la, puis appuyez sur Exécuter si vous voulez son résultat. Les requêtes qui écrivent, suppriment ou modifient des paramètres ne s’exécutent pas depuis un lien.',
  'workbench.fromLinkRan':
    'Cette requête provient d’un lien. Les liens n’exécutent que des requêtes de lecture ; pour exécuter d’autres instructions qu’elle contient, traitez-la comme la vôtre.',
  'workbench.ownQuery': 'Traiter comme ma propre requête',
  'workbench.ownQueryDone':
    'Cette requête est désormais la vôtre : elle s’exécute comme tout ce que vous saisissez.',
  'workbench.linkRefused':
    'Non exécutée : cette requête provient d’un lien et {what} ({word}, ligne {line}, colonne {column}). Les liens n’exécutent que des requêtes de lecture. Si vous lui faites confiance, appuyez sur « Traiter comme ma propre requête » et exécutez-la de nouveau.',
  'workbench.effect.changesData': 'modifierait la base de données',
  'workbench.effect.changesSetting': 'modifierait un paramètre',
  'workbench.effect.touchesFile': 'lirait ou écrirait un fichier',
  'workbench.effect.callsFunction': 'appelle une fonction de table qu’un lien ne peut pas exécuter',
  'workbench.effect.sideEffect': 'appelle une fonction qui modifie l’état',
  'workbench.effect.changesDatabases':
    'attacherait, détacherait ou changerait une base de données, ou chargerait une extension',
  'workbench.effect.invisibleSpace':
    'contient un caractère qui ne ressemble à rien ou à une espace à l’intérieur d’un mot, que DuckDB lit comme une espace',
  'workbench.effect.unplannable':
    'n’est pas une requête que DuckDB peut planifier comme une lecture',
  'workbench.linkUnread':
    'Non exécutée : cette requête provient d’un lien et DuckDB ne peut pas la lire au-delà de {word} (ligne {line}, colonne {column}), de sorte qu’il est impossible de vérifier qu’il s’agit d’une lecture. Modifiez la requête si vous voulez l’exécuter vous-même.',
  'workbench.linkBidi':
    'Non exécutée : cette requête provient d’un lien et contient {word} (ligne {line}, colonne {column}), un caractère invisible qui change l’ordre dans lequel le texte s’affiche, de sorte que la requête pourrait ne pas s’exécuter telle qu’elle se lit. Si vous lui faites confiance, appuyez sur « Traiter comme ma propre requête » et exécutez-la de nouveau.',
  'workbench.export': 'Télécharger le résultat :',
  'workbench.exportNote':
    "Le CSV est destiné aux tableurs : un texte qui commence par =, +, -, {at}, une tabulation ou un saut de ligne (ou qui contient l’un des quatre premiers après des espaces, un point-virgule ou une tabulation) reçoit un ' initial afin de ne jamais être exécuté comme une formule. Parquet conserve chaque valeur exactement.",
  'workbench.exporting': 'Préparation du fichier…',
  'workbench.exportFailed': 'Impossible de préparer le fichier : {message}',
  'workbench.exportCancelled': 'Exportation annulée.',
  'workbench.resultSummaryFirst':
    '{rows, plural, one {Première ligne} many {# premières lignes} other {# premières lignes}} · colonnes : {columns} · {ms} ms.',
  'workbench.truncated':
    'Affichage des {rows} premières lignes d’un résultat plus long : cette page conserve au plus {limitRows} lignes ou {limitBytes} d’un résultat. L’exportation écrit le résultat complet.',
  'workbench.truncatedWrite':
    'Affichage des {rows} premières lignes d’un résultat plus long : cette page conserve au plus {limitRows} lignes ou {limitBytes} d’un résultat. L’instruction modifie des données, de sorte qu’une exportation ne la réexécute pas et écrit ces {rows} lignes.',
  'workbench.null': 'NULL',
  'workbench.chartTitle': 'Graphique du résultat',
  'workbench.noChart':
    'Rien à représenter : un graphique nécessite une colonne de nombres et une autre colonne à laquelle les rapporter.',
  'workbench.chart.kind': 'Graphique',
  'workbench.chart.bar': 'Barres',
  'workbench.chart.line': 'Ligne',
  'workbench.chart.scatter': 'Nuage de points',
  'workbench.chart.map': 'Carte',
  'workbench.chart.x': 'Catégories / x',
  'workbench.chart.country': 'Code de pays (M49)',
  'workbench.chart.y': 'Valeur / y',
  'workbench.chart.label':
    'Graphique ({kind}) de {y} par {x}, {rows, plural, one {première ligne du résultat} many {# premières lignes du résultat} other {# premières lignes du résultat}}.',
  'workbench.chart.truncated':
    'Le graphique montre les {shown} premières lignes sur {rows} ; le tableau les montre toutes.',
  'workbench.chart.empty': 'Aucune ligne ne contient de nombre dans {y}.',
  'workbench.chart.source': 'vos données, telles que la requête sous le graphique les sélectionne',
  'workbench.ready.sdgTitle': 'Extraction de la Base de données mondiale des ODD : {table}',
  'workbench.ready.series': 'Série',
  'workbench.ready.dimensions': 'Une valeur de chaque dimension est affichée : {dimensions}.',
  'workbench.ready.byArea': 'Valeur par zone, {period}',
  'workbench.ready.byAreaLabel':
    'Graphique à barres : valeur par zone en {period}, {count, plural, one {# zone} many {# de zones} other {# zones}}.',
  'workbench.ready.top':
    'Les {shown} zones les plus élevées sur {count} sont représentées ; la carte les montre toutes.',
  'workbench.ready.mapLabel': 'Carte du monde : valeur par pays en {period}.',
  'workbench.ready.area': 'Zone au fil du temps',
  'workbench.ready.overTimeLabel': 'Graphique linéaire : valeur par année pour {area}.',
  'workbench.ready.sipriTitle': 'Registre des transferts du SIPRI : {table}',
  'workbench.ready.sipriHeader':
    'En-tête trouvé à la ligne {line}. Les marques d’incertitude (« ? ») sont conservées dans : {uncertain}.',
  'workbench.ready.sipriTiv':
    'Graphique à barres : {measure} par fournisseur, les 15 plus importants (valeurs d’indicateur de tendance du SIPRI).',
  'workbench.ready.sipriTivCaption':
    'Volume des livraisons par fournisseur, les 15 plus importants, en millions de valeurs d’indicateur de tendance du SIPRI (TIV du SIPRI, en millions ; colonne « {column} »).',
  'workbench.ready.sipriDealsCaption':
    'Nombre de contrats par fournisseur, les 15 plus importants (le fichier n’a pas de colonne TIV du SIPRI).',
  'workbench.ready.sipriNotNumbers':
    '{bad} des {given} valeurs de « {column} » ne sont pas des nombres et sont omises, de sorte que le graphique peut ne pas montrer les véritables premiers fournisseurs. Un tableur a pu ajouter des séparateurs à la fin de chaque ligne : vérifiez la dernière colonne du fichier.',
  'workbench.ready.sipriDeals':
    'Graphique à barres : nombre de contrats par fournisseur, les 15 plus importants.',
  'upload.title': 'Téléverser des fichiers CSV',
  'upload.drop': 'Déposez des fichiers CSV ici, ou choisissez-les (plusieurs à la fois).',
  'upload.detected': '(détecté)',
  'upload.encoding': 'Encodage',
  'upload.encoding.utf-8': 'UTF-8',
  'upload.encoding.utf-16le': 'UTF-16 LE',
  'upload.encoding.utf-16be': 'UTF-16 BE',
  'upload.encoding.gb18030': 'GBK / GB18030 (chinois)',
  'upload.encoding.windows-1252': 'Windows-1252 / Latin-1',
  'upload.delimiter': 'Séparateur',
  'upload.delimiter.comma': 'Virgule',
  'upload.delimiter.semicolon': 'Point-virgule',
  'upload.delimiter.tab': 'Tabulation',
  'upload.delimiter.pipe': 'Barre verticale',
  'upload.delimiter.space': 'Espace',
  'upload.skip': 'Lignes à ignorer',
  'upload.header': 'La première ligne nomme les colonnes',
  'upload.comment': 'Ignorer les lignes commençant par « # » (commentaires)',
  'upload.moreLines': '{count} de plus',
  'upload.tableName': 'Nom de la table',
  'upload.previewCaption': 'Premières lignes de {file} telles qu’elles seront chargées',
  'upload.type.integer': 'nombre entier',
  'upload.type.number': 'nombre',
  'upload.type.date': 'date',
  'upload.type.text': 'texte',
  'upload.type.empty': 'vide',
  'upload.format.sdg': 'Extraction de la Base de données mondiale des ODD',
  'upload.format.sipri': 'Registre des transferts du SIPRI',
  'upload.load': 'Charger sous le nom {table}',
  'upload.discard': 'Abandonner',
  'upload.step.reading': 'Lecture du fichier…',
  'upload.step.loading': 'Chargement dans DuckDB…',
  'upload.place.line': '{file}, ligne {line}',
  'upload.place.lineColumn': '{file}, ligne {line}, colonne {column}',
  'upload.problem.empty': 'le fichier est vide (0 octet).',
  'upload.problem.blank': 'le fichier ne contient que des lignes vides.',
  'upload.problem.binary':
    'ce n’est pas un fichier texte (il contient des données binaires) ; choisissez un fichier CSV.',
  'upload.problem.xlsx':
    'il s’agit d’un classeur Excel (.xlsx) ou d’une archive zip, et non d’un CSV. Dans Excel, utilisez Enregistrer sous → « CSV UTF-8 ».',
  'upload.problem.xls':
    'il s’agit d’un ancien classeur Excel (.xls), et non d’un CSV. Dans Excel, utilisez Enregistrer sous → « CSV UTF-8 ».',
  'upload.problem.gzip': 'ce fichier est compressé avec gzip ; décompressez-le d’abord.',
  'upload.problem.pdf': 'il s’agit d’un document PDF, et non d’un CSV.',
  'upload.problem.html':
    'il s’agit d’une page Web (HTML), et non d’un CSV ; un lien de téléchargement a peut-être enregistré sa page au lieu du fichier.',
  'upload.problem.json': 'il s’agit de JSON, et non de CSV.',
  'upload.problem.noRows': 'il n’y a aucune ligne de données après l’en-tête.',
  'upload.problem.ragged':
    'cette ligne compte {found, plural, one {# champ} many {# de champs} other {# champs}} alors que l’en-tête en compte {expected}. Vérifiez le séparateur, ou les guillemets autour des valeurs qui le contiennent.',
  'upload.problem.unclosedQuote':
    'une valeur entre guillemets commence ici et n’est jamais fermée.',
  'upload.problem.strayQuote':
    'un guillemet à l’intérieur d’une valeur n’est pas doublé ("") comme l’exige le format CSV.',
  'upload.problem.duplicateHeader':
    'le nom de colonne « {name} » est utilisé deux fois ; cette colonne est chargée sous le nom « {renamed} ».',
  'upload.problem.blankHeader':
    'cette colonne n’a pas de nom ; elle est chargée sous le nom « {name} ».',
  'upload.problem.badBytes':
    'certains octets ne sont pas valides en {encoding} (affichés comme �) ; le fichier est peut-être dans un autre encodage.',
  'upload.problem.oneColumn':
    'aucun séparateur n’a été trouvé, de sorte que chaque ligne forme une seule valeur. Choisissez le séparateur si c’est une erreur.',
  'upload.problem.comment': 'cette ligne commence par « # » et a été ignorée comme commentaire.',
  'upload.problem.comments':
    'les lignes {lines} commencent par « # » et ont été ignorées comme commentaires.',
  'upload.problem.loadFailed': 'DuckDB n’a pas pu charger le fichier : {message}',
  'upload.problem.nameTaken': 'une table nommée « {name} » existe déjà ; choisissez un autre nom.',
  'upload.problem.nameInvalid':
    '« {name} » ne peut pas être un nom de table : utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre ou _.',
  'upload.problem.nameReserved':
    '« {name} » est un mot clé SQL, de sorte que chaque requête devrait le mettre entre guillemets ; choisissez un autre nom.',
  'upload.problem.nameKeptElsewhere':
    'un autre onglet vient de conserver une table nommée « {name} », de sorte que ce fichier sera chargé sous le nom « {suggested} » ; modifiez le nom si vous le souhaitez.',
  'upload.problem.nameTakenElsewhere':
    'un autre onglet a conservé ou charge une table nommée « {name} », de sorte que rien n’a été chargé ici et que cette table est intacte. Le nom est désormais « {suggested} » : chargez de nouveau, ou choisissez un autre nom.',
  'upload.problem.tooLarge':
    'ce fichier fait {size} ; son chargement nécessite environ {needed} de mémoire, plus que ce navigateur ne peut lui accorder (environ {limit}). Le chargement peut échouer ou arrêter l’onglet : un extrait plus petit (moins de lignes ou de colonnes) est plus sûr.',
  'upload.problem.tooLargeForBrowser':
    'ce fichier fait {size} ; son chargement nécessite au moins {needed} de mémoire, plus que DuckDB ne peut en utiliser dans un navigateur ({limit}). Chargez un extrait plus petit (moins de lignes ou de colonnes).',
  'upload.problem.padding':
    'chaque ligne se termine par « {padding} » en guise de remplissage, comme le laisse un tableur lorsqu’il enregistre de nouveau un fichier ; le remplissage est omis, de sorte que la dernière colonne conserve ses valeurs.',
  'upload.problem.joinedRecords':
    'les enregistrements répartis sur plusieurs lignes par un saut de ligne à l’intérieur d’une valeur sans guillemets, comme c’est parfois le cas dans les exportations du SIPRI, sont lus chacun comme un seul enregistrement, le saut de ligne étant conservé dans la valeur : lignes {lines}.',
  'upload.problem.paddedValues':
    'les valeurs de la colonne « {name} » sont entourées d’espaces ou de tabulations ; elles sont lues comme les nombres ou les dates qu’elles sont.',
  'upload.problem.tooLargeToKeep':
    'ce fichier fait {size} et ce navigateur ne permet au site de stocker que {free} de plus : il peut être chargé, mais ne sera pas conservé pour votre prochaine visite.',
  'upload.problem.lateText':
    'la colonne « {name} » est chargée comme texte : « {value} » n’est pas ici un nombre ou une date comme les valeurs précédentes.',
  'upload.problem.lateCode':
    'la colonne « {name} » est chargée comme texte : une valeur au-delà de l’aperçu est écrite comme un code (un zéro initial ou un signe +), et non comme un nombre.',
  'tables.title': 'Vos tables',
  'tables.none': 'Aucune table téléversée pour l’instant.',
  'tables.restoreFailed':
    'La table « {table} » conservée lors d’une visite précédente n’a pas pu être rechargée ({message}) ; son fichier est toujours conservé.',
  'tables.restoredFromCsv':
    'La copie rapide de « {table} » n’a pas pu être lue ; la table a donc été rechargée à partir de son fichier CSV conservé. Rien n’a été perdu.',
  'tables.restoring': 'Chargement des tables conservées lors de votre dernière visite…',
  'tables.col.table': 'Table',
  'tables.col.file': 'Fichier',
  'tables.col.rows': 'Lignes',
  'tables.col.size': 'Taille du fichier',
  'tables.col.loaded': 'Chargée',
  'tables.col.kept': 'Conservée',
  'tables.col.actions': 'Actions',
  'tables.coming': 'dans ce navigateur, chargement…',
  'tables.kept': 'dans ce navigateur',
  'tables.visitOnly': 'pour cette visite seulement',
  'tables.query': 'Interroger',
  'tables.remove': 'Supprimer',
  'tables.removeLabel': 'Supprimer la table {table}',
  'tables.storage.unavailable':
    'Ce navigateur ne permet pas à la page de conserver des fichiers (fenêtre privée, ou stockage désactivé). Vos tables fonctionnent pour cette visite et disparaîtront après un rechargement.',
  'tables.storage.full':
    'Le stockage du navigateur est plein ; cette table n’est donc pas conservée pour votre prochaine visite. Elle fonctionne pour cette visite ; supprimez d’autres tables pour libérer de la place.',
  'tables.storage.failed':
    'La table n’a pas pu être conservée dans le stockage du navigateur ; elle ne fonctionne que pour cette visite.',
  'a11y.skip': 'Aller au contenu',
  'a11y.theme': 'Thème',
  'a11y.theme.system': 'Système',
  'a11y.theme.light': 'Clair',
  'a11y.theme.dark': 'Sombre',
  'a11y.pageTitle': '{page} · {app}',
  'a11y.itemTitle': '{item} · {page} · {app}',
  'a11y.tableRegion': '{caption} (tableau ; défilement horizontal)',
  'a11y.scrollHint': 'Faites défiler horizontalement pour voir toutes les colonnes.',
  'a11y.printedFrom': 'Imprimé à partir de {url}',
  'a11y.editorHelp':
    'La touche Tab indente dans l’éditeur. Pour en sortir au clavier, appuyez sur Échap, puis sur Tab (ou Maj+Tab).',
  'a11y.measureShown':
    'Mesure affichée : {measure}, pour {count, plural, one {# groupe régional} many {# de groupes régionaux} other {# groupes régionaux}}.',
  'nav.countries': 'Pays',
  'nav.indicator': 'Indicateur 16.4.2',
  'countries.title': 'États Membres de l’ONU',
  'countries.subtitle':
    'Les 193 États Membres, leur groupe régional de l’ONU et le nombre de lignes de chaque table intégrée qui les mentionnent',
  'countries.search': 'Rechercher un pays',
  'countries.region': 'Groupe régional de l’ONU',
  'countries.anyRegion': 'Tous les groupes',
  'countries.shown': 'États Membres affichés : {shown} sur {total}',
  'countries.col.name': 'Pays',
  'countries.col.group': 'Groupe régional de l’ONU',
  'countries.col.missions': 'Missions accueillies',
  'countries.col.embargoes': 'Embargos sur les armes',
  'countries.col.mentions': 'Paragraphes le mentionnant',
  'countries.col.sdg': 'Valeurs de l’indicateur 16.4.2 des ODD',
  'country.noGroup': 'N’appartient à aucun groupe régional de l’ONU',
  'country.hasData': 'Les données intégrées comprennent : {list}.',
  'country.listSep': ' ; ',
  'country.noData':
    'Les données intégrées ne contiennent aucune mission, aucun embargo sur les armes, aucun paragraphe de document ni aucune valeur de l’indicateur 16.4.2 des ODD concernant ce pays.',
  'country.has.missions': 'missions déployées (passées et en cours) : {n}',
  'country.has.embargoes': 'embargos sur les armes : {n}',
  'country.has.mentions': 'paragraphes de documents le mentionnant : {n}',
  'country.has.values': 'valeurs de l’indicateur 16.4.2 des ODD : {n}',
  'country.col.mission': 'Mission',
  'country.col.name': 'Nom',
  'country.col.start': 'Début',
  'country.col.end': 'Fin',
  'country.col.target': 'Cible',
  'country.col.established': 'Établi par',
  'country.col.status': 'Statut',
  'country.col.reason': 'Motif de la mention',
  'country.col.passage': 'Passage (chinois)',
  'country.col.year': 'Année',
  'country.missions.title':
    'Missions de l’ONU déployées dans le pays (passées et en cours) et leur mandat d’appui aux embargos',
  'country.col.ended': 'Fin',
  'country.mission.ongoing': 'En cours',
  'country.mission.endsOn': 'En cours (fin prévue le {date})',
  'country.missions.none':
    'Les documents ne citent aucune mission de terrain de l’ONU déployée dans ce pays.',
  'country.embargoes.title':
    'Embargos sur les armes décrétés par l’ONU visant le pays ou des acteurs présents sur son territoire',
  'country.embargoes.none':
    'Aucun embargo sur les armes décrété par le Conseil de sécurité et figurant dans les données ne vise ce pays ou des acteurs présents sur son territoire.',
  'country.mentions.title': 'Paragraphes des documents sources qui le mentionnent',
  'country.mentions.none':
    'Aucun des cinq documents sources ne mentionne ce pays dans un paragraphe répertorié ici.',
  'country.sdg.title': 'Valeurs de l’indicateur 16.4.2 des ODD au fil des ans',
  'country.sdg.none':
    'La Base de données mondiale des ODD de l’ONU ne publie aucune valeur de l’indicateur 16.4.2 pour ce pays.',
  'country.sdg.label':
    'Graphique linéaire : valeurs de l’indicateur 16.4.2 des ODD pour {country}, proportion des armes saisies, trouvées ou remises dont l’origine a été retracée. {summary}',
  'country.links': 'Dans les autres vues',
  'country.registerNote':
    'les sources présentent les rapports au Registre par groupe régional de l’ONU, et non par pays.',
  'indicator.named': 'Indicateur {code}',
  'indicator.targetNamed': 'Cible {code}',
  'indicator.custodians': 'Organismes responsables',
  'indicator.tier': 'Catégorie',
  'indicator.col.value': 'Proportion retracée',
  'indicator.col.series': 'Code de la série',
  'indicator.16-4.text':
    'D’ici à 2030, réduire nettement les flux financiers illicites et le trafic d’armes, renforcer les activités de récupération et de restitution des biens volés et lutter contre toutes les formes de criminalité organisée',
  'indicator.16-4-1.text':
    'Valeur totale des flux financiers illicites entrants et sortants (en dollars des États-Unis courants)',
  'indicator.16-4-2.text':
    'Proportion des armes saisies, trouvées ou remises dont la provenance ou le contexte illicites ont été retracés ou établis par une autorité compétente, conformément aux instruments internationaux',
  'indicator.16-4-2.short':
    'Proportion des armes saisies, trouvées ou remises dont l’origine illicite a été retracée',
  'indicator.16-4-2.note':
    'Valeurs telles que publiées par la Base de données mondiale des ODD de l’ONU (série VC_ARM_SZTRACE) ; chaque pays communique des données pour les années de son choix, de sorte que ces valeurs ne constituent pas une série chronologique mondiale.',
  'indicator.16-4-1.none':
    'Ce site ne contient aucune donnée relative à l’indicateur 16.4.1 : celui-ci mesure les flux financiers illicites, dont aucun des documents sources ne traite, et les tables intégrées n’en contiennent aucune valeur.',
  'indicator.coverage':
    'Les données comprennent {values, plural, one {# valeur publiée} many {# de valeurs publiées} other {# valeurs publiées}} par {countries} pays, pour la période {from}–{to}. Les pays qui ne figurent pas dans la liste n’ont publié aucune valeur.',
  'indicator.chartLabel':
    'Graphique : {values, plural, one {# valeur publiée} many {# de valeurs publiées} other {# valeurs publiées}} de l’indicateur 16.4.2 des ODD pour {countries} pays, une courbe par pays.',
  'share.embed': 'Intégrer',
  'share.cite': 'Citer',
  'share.label': 'Intégrer ou citer {title}',
  'share.embedLabel': 'Code d’intégration de « {title} »',
  'share.embedHint':
    'Collez ce code HTML dans une page Web pour afficher le graphique seul, avec son titre, ses sources et un lien renvoyant à cette vue.',
  'share.preview': 'Ouvrir le graphique seul',
  'share.citeLabel': 'Référence à citer pour « {title} »',
  'share.copy': 'Copier',
  'share.copied': 'Copié.',
  'share.copyFailed': 'Impossible de copier : sélectionnez le texte et copiez-le.',
  'share.notReady':
    'Les boutons Intégrer et Citer fonctionnent une fois la page entièrement chargée.',
  'share.citation': '« {title} ». {app}. {url} (consulté le {date}). Sources : {sources}.',
  'share.titleNames': '{title} : {names}',
  'share.citationNoSources': '« {title} ». {app}. {url} (consulté le {date}).',
  'embed.viewFull': 'Vue complète sur le {app}',
  'compare.legend': 'Pays à comparer',
  'compare.search': 'Rechercher un pays',
  'compare.clear': 'Afficher tous les pays',
  'compare.chosen': 'Pays sélectionnés : {count} sur {total} ({names}).',
  'compare.all':
    '{total, plural, one {# pays affiché.} many {Les # de pays sont affichés.} other {Les # pays sont affichés.}} Sélectionnez-en quelques-uns pour les comparer.',
  'compare.limit':
    'Il est possible de comparer jusqu’à {max} pays à la fois, chacun d’une couleur : retirez-en un pour en ajouter un autre.',
  'compare.dropped': 'Le lien cite {count} pays ; les {max} premiers sont affichés.',
  'compare.noMatch': 'Aucun pays disposant de données ne correspond à « {query} ».',
};

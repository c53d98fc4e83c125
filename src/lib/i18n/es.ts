import type { Messages } from './messages';

/**
 * The Spanish UI catalogue: every key of `en`, in the same order. Terms follow the Spanish
 * texts of the United Nations (armas pequeñas y armas ligeras, embargo de armas, Registro de
 * Armas Convencionales de las Naciones Unidas, centros regionales, misiones, gestión de armas y
 * municiones...). Numbers, dates and units are filled in by code.
 */
export const es: Messages = {
  'app.title': 'Panel de flujos de armas – meta 16.4 de los ODS',
  'app.tagline':
    'Estadísticas sobre el control de las armas pequeñas y el comercio de armas tomadas de documentos de las Naciones Unidas, con cada cifra remitida al párrafo del que procede. Funciona en su navegador, sin conexión.',
  'state.loading': 'Cargando…',
  'state.empty': 'No hay datos para esta selección.',
  'state.error': 'No se pudo calcular este gráfico: {message}',
  'source.label': 'Fuente',
  'source.labelPlural': 'Fuentes',
  'source.original': 'Pasajes originales (chino)',
  'register.subtitle':
    'Proporción de los Estados Miembros de cada grupo regional de las Naciones Unidas que presentaron un informe al Registro en {year}',
  'register.chartLabel':
    'Gráfico de barras: proporción de Estados Miembros que presentaron un informe al Registro de Armas Convencionales de las Naciones Unidas en {year}, por grupo regional. {summary}',
  'register.barSummary': '{group}: {rate} ({reporting} de {members})',
  'register.valueLabel': '{rate} · {reporting} de {members}',
  'register.col.group': 'Grupo regional de las Naciones Unidas',
  'register.col.reporting': 'Estados que presentaron informe',
  'register.col.members': 'Miembros del grupo',
  'register.col.rate': 'Proporción que presentó informe',
  'register.col.salw': 'De los cuales incluyeron armas pequeñas',
  'register.salwNotGiven': 'no se indica',
  'register.note':
    'Los informes recibidos en un año abarcan las transferencias realizadas en el año civil anterior. El tamaño de los grupos es el que cada fuente utilizó para su año. Los documentos indican la inclusión de armas pequeñas solo para dos grupos en 2011.',
  'live.build': 'Calculado por DuckDB al generarse este sitio.',
  'live.pending':
    'Calculado por DuckDB al generarse este sitio; volviendo a calcular en su navegador…',
  'live.browser': 'Calculado en su navegador por DuckDB {version} en {ms} ms.',
  'live.failed':
    'Se muestra tal como se calculó al generarse el sitio; el nuevo cálculo en su navegador falló: {message}',
  'datasets.title': 'Conjuntos de datos en su navegador',
  'datasets.idle': 'La base de datos se inicia una vez cargada la página.',
  'datasets.starting': 'Iniciando DuckDB…',
  'datasets.loading':
    'Cargando {count, plural, one {# conjunto de datos} many {# de conjuntos de datos} other {# conjuntos de datos}}…',
  'datasets.ready':
    'DuckDB {version}: {loaded} de {count, plural, one {# conjunto de datos cargado} many {# de conjuntos de datos cargados} other {# conjuntos de datos cargados}}.',
  'datasets.failed': 'DuckDB no pudo iniciarse: {message}',
  'datasets.rows': '{rows, plural, one {# fila} many {# de filas} other {# filas}}',
  'datasets.tableFailed': 'no cargado: {message}',
  'datasets.restarting': 'DuckDB se detuvo; reiniciándolo…',
  'datasets.seeAll': 'Todos los conjuntos de datos, con sus columnas, fuentes y descarga',
  'nav.data': 'Datos',
  'overview.view.data':
    'Todos los conjuntos de datos en que se basan los gráficos, con sus columnas, fuentes y una descarga.',
  'data.intro':
    '{count, plural, one {# conjunto de datos} many {# de conjuntos de datos} other {# conjuntos de datos}}, cada uno un archivo CSV de data/ con su fuente en cada fila. Las mismas tablas están en DuckDB en cada página, y en el taller para SQL.',
  'data.package':
    'El paquete de datos (datapackage.json): columnas y fuentes de cada conjunto de datos',
  'data.counts':
    '{rows, plural, one {# fila} many {# de filas} other {# filas}} · {columns, plural, one {# columna} many {# de columnas} other {# columnas}}',
  'data.download': 'Descargar {file}',
  'data.sources': 'Fuentes: ',
  'data.columnsTitle': 'Columnas',
  'data.columnsOf': 'Columnas de {name}',
  'data.col.name': 'Columna',
  'data.col.type': 'Tipo',
  'data.col.description': 'Descripción',
  'database.workerError': 'el proceso de DuckDB falló',
  'database.noAnswer': 'el proceso de DuckDB dejó de responder durante {seconds} s',
  'database.downloadFailed':
    'no se pudo descargar el archivo de la base de datos integrada (HTTP {status})',
  'database.gaveUp':
    'DuckDB se detuvo {count, plural, one {# vez seguida} many {# de veces seguidas} other {# veces seguidas}} ({reason}); vuelva a cargar la página para reiniciarlo.',
  'database.lost':
    'DuckDB se detuvo mientras se ejecutaba esta operación ({reason}). Se ha reiniciado; no se ha perdido nada de lo conservado. Vuelva a intentarlo.',
  'database.alertRestarting': 'DuckDB se detuvo ({reason}). Reiniciándolo…',
  'database.alertRestarted':
    'DuckDB se detuvo ({reason}) y se reinició. Las tablas integradas y las conservadas en este navegador vuelven a estar disponibles.',
  'database.dismiss': 'Cerrar',
  'tables.lostInRestart':
    'DuckDB se reinició: {tables} eran solo para esta visita (no se conservaban en este navegador) y ya no están. Vuelva a cargarlas para utilizarlas.',
  'workbench.builtInReadOnly':
    'Las tablas integradas son de solo lectura: DuckDB rechazó esta instrucción {statement}. Para modificar una, haga primero una copia, por ejemplo CREATE TABLE my_missions AS FROM missions.',
  'nav.label': 'Vistas',
  'nav.overview': 'Resumen',
  'nav.register': 'Informes al Registro',
  'nav.missions': 'Misiones',
  'nav.trade': 'Comercio y daños',
  'nav.centres': 'Centros regionales',
  'nav.sources': 'Fuentes',
  'nav.workbench': 'Sus datos',
  'tab.label': 'Vistas de {title}',
  'tab.chart': 'Gráfico',
  'tab.table': 'Tabla',
  'tab.map': 'Mapa',
  'source.morePlaces':
    'y {count, plural, one {# pasaje más} many {# de pasajes más} other {# pasajes más}}',
  'source.showEnglish': 'Mostrar lo que dice cada pasaje',
  'source.meaning': 'Sentido (resumen, no traducción oficial): {text}',
  'source.end': '.',
  'download.title': 'Descargar:',
  'download.label': 'Descargar {title}',
  'download.csv': 'Datos completos (CSV)',
  'download.table': 'Tabla tal como se muestra (CSV)',
  'download.zip': 'Todo (zip)',
  'download.mapSvg': 'Mapa (SVG)',
  'download.mapPng': 'Mapa (PNG)',
  'download.citation':
    '{app}, “{title}”, {url} (descargado el {date}). Cifras tomadas de: {sources}.',
  'download.readme.cite': 'Cómo citar',
  'download.readme.files': 'Archivos',
  'download.readme.tableFile':
    "la tabla tal como la muestra la página, para una hoja de cálculo: columnas rotuladas en español, valores tal como se muestran (tasas en porcentaje, redondeadas). Una celda de texto que empieza por =, +, -, {at}, una tabulación o un salto de línea (o que tiene uno de los cuatro primeros tras espacios, un punto y coma o una tabulación) empieza aquí con un ' añadido, para que una hoja de cálculo la lea como texto y nunca la ejecute como fórmula; los números no cambian.",
  'download.readme.dataFile':
    'los datos completos: una columna por campo (con el nombre que tiene en el SQL), valores exactamente como los devolvió el SQL, con precisión completa (tasas de 0 a 1), sin añadidos. Su texto no está protegido para hojas de cálculo: léalo con un lector de CSV (R, Python, DuckDB).',
  'download.readme.packageFile':
    'un paquete de datos Frictionless que describe ambos archivos CSV: cada columna, su tipo y significado, las fuentes y el SQL.',
  'download.readme.sources': 'Fuentes',
  'download.readme.caveats': 'Advertencias',
  'download.readme.licence': 'Licencia',
  'download.readme.licenceText':
    'Los datos se publican bajo la licencia Open Data Commons Open Database License (ODbL) 1.0, como indica el archivo data/datapackage.json del panel; los documentos de las Naciones Unidas de los que proceden pertenecen a las Naciones Unidas.',
  'download.readme.computed': 'Cómo se calculó',
  'download.readme.computedText':
    'DuckDB ejecutó este SQL sobre los archivos data/*.csv del panel (véase data/datapackage.json); los signos `?` son los parámetros que figuran a continuación, en orden.',
  'download.readme.params': 'Parámetros',
  'download.metadata': 'Fuentes y columnas (JSON)',
  'download.svg': 'Gráfico (SVG)',
  'download.png': 'Gráfico (PNG)',
  'download.noChart': 'En esta vista no hay ningún gráfico que guardar.',
  'download.notReady':
    'Los botones de descarga funcionan una vez que la página ha terminado de cargarse.',
  'download.waiting': 'Iniciando la descarga: un navegador inicia como máximo diez por segundo…',
  'download.failed': 'La descarga falló: {message}',
  'download.tables':
    'data/*.csv del Panel de flujos de armas – meta 16.4 de los ODS (véase data/datapackage.json)',
  'qualifier.exactly': '{value}',
  'qualifier.at_least': 'al menos {value}',
  'qualifier.more_than': 'más de {value}',
  'qualifier.nearly': 'casi {value}',
  'qualifier.at_least_once': '{value}',
  'figure.usd': '{value} dólares de los Estados Unidos',
  'figure.percent': '{value} %',
  'figure.withUnit': '{value} {unit}',
  'unit.categories':
    '{count, plural, one {# categoría} many {# de categorías} other {# categorías}}',
  'unit.languages': '{count, plural, one {# idioma} many {# de idiomas} other {# idiomas}}',
  'unit.meetings': '{count, plural, one {# reunión} many {# de reuniones} other {# reuniones}}',
  'unit.missions': '{count, plural, one {# misión} many {# de misiones} other {# misiones}}',
  'unit.months': '{count, plural, one {# mes} many {# de meses} other {# meses}}',
  'unit.municipalities':
    '{count, plural, one {# municipio} many {# de municipios} other {# municipios}}',
  'unit.panels':
    '{count, plural, one {# grupo de expertos} many {# de grupos de expertos} other {# grupos de expertos}}',
  'unit.paragraphs': '{count, plural, one {# párrafo} many {# de párrafos} other {# párrafos}}',
  'unit.recommendations':
    '{count, plural, one {# recomendación} many {# de recomendaciones} other {# recomendaciones}}',
  'unit.report': 'informe',
  'unit.reports': '{count, plural, one {# informe} many {# de informes} other {# informes}}',
  'unit.schools': '{count, plural, one {# escuela} many {# de escuelas} other {# escuelas}}',
  'unit.session': 'período de sesiones',
  'unit.states': '{count, plural, one {# Estado} many {# de Estados} other {# Estados}}',
  'unit.years': '{count, plural, one {# año} many {# de años} other {# años}}',
  'unit.personnel': '{count, plural, one {# efectivo} many {# de efectivos} other {# efectivos}}',
  'unit.rounds': '{count, plural, one {# cartucho} many {# de cartuchos} other {# cartuchos}}',
  'unit.tonnes': '{count, plural, one {# tonelada} many {# de toneladas} other {# toneladas}}',
  'unit.weapons': '{count, plural, one {# arma} many {# de armas} other {# armas}}',
  'figure.period': '{start}–{end}',
  'figure.since': 'desde {start}',
  'figure.until': 'situación: {end}',
  'overview.title': 'Las armas pequeñas y la meta 16.4 de los ODS en cifras',
  'overview.intro':
    'Cifras de cinco documentos de las Naciones Unidas sobre armas pequeñas y armas ligeras (2012–2021), completadas con datos públicos. Cada cifra remite al párrafo del que procede; abra cualquier nota de fuente para leer el pasaje original en chino.',
  'overview.figures': 'Cifras principales',
  'overview.figuresSubtitle':
    'Tal como las presentan los documentos, con sus matices (“al menos”, “casi”)',
  'overview.passage': 'Pasaje original',
  'overview.col.source': 'Fuente',
  'overview.timeline': 'El proceso relativo a las armas pequeñas, 1991–2024',
  'overview.timelineSubtitle':
    'Conferencias, reuniones y decisiones que mencionan los documentos. Una barra atenuada indica una fecha conocida solo hasta el mes o el año.',
  'overview.timelineLabel':
    'Cronología de {count, plural, one {# acontecimiento} many {# de acontecimientos} other {# acontecimientos}} del proceso de las Naciones Unidas relativo a las armas pequeñas, de {from} a {to}, en tres carriles. Utilice las teclas de flecha para pasar de un acontecimiento a otro.',
  'overview.lane.decision': 'Decisiones y puestas en marcha',
  'overview.lane.meeting': 'Reuniones y conferencias',
  'overview.lane.field': 'Sobre el terreno',
  'overview.col.event': 'Acontecimiento',
  'overview.col.start': 'Inicio',
  'overview.col.end': 'Fin',
  'overview.col.place': 'Lugar',
  'overview.col.kind': 'Tipo',
  'overview.selectHint':
    'Seleccione un acontecimiento en la cronología para ver sus detalles y su fuente.',
  'overview.tip.year': 'Fecha conocida solo hasta el año',
  'overview.tip.month': 'Fecha conocida solo hasta el mes',
  'overview.detail.source': 'Mencionado en {source}',
  'overview.views': 'Vistas',
  'overview.view.register':
    'Qué regiones informan de sus transferencias de armas al Registro de las Naciones Unidas, y cómo ha cambiado la participación.',
  'overview.view.missions':
    'Todas las misiones de las Naciones Unidas sobre el terreno que mencionan los documentos, filtradas por mandato relativo al embargo, tipo y región.',
  'overview.view.trade':
    'El valor del comercio de armas pequeñas y la proporción de muertes causadas por armas de fuego.',
  'overview.view.centres':
    'Lo que hicieron los tres centros regionales de las Naciones Unidas, dónde y con quién.',
  'overview.view.sources':
    'Los cinco documentos fuente, lo que citan, las recomendaciones del anexo I y la lista de embargos.',
  'register.rateTitle':
    'Informes al Registro de Armas Convencionales de las Naciones Unidas, {year}, por grupo regional',
  'register.measure': 'Mostrar',
  'register.measure.rate': 'Proporción de miembros',
  'register.measure.count': 'Número de Estados',
  'register.countLabel': '{reporting} de {members}',
  'register.countChartLabel':
    'Gráfico de barras: número de Estados Miembros que presentaron un informe al Registro de Armas Convencionales de las Naciones Unidas en {year}, por grupo regional. {summary}',
  'register.mapLabel':
    'Mapa mundial: cada Estado Miembro sombreado según la proporción de su grupo regional que presentó un informe al Registro en {year}. {summary}',
  'register.mapNoData': 'Sin datos',
  'register.mapSelect':
    'Seleccione un país (clic, toque o Intro en un país enfocado) para trazar su grupo regional en el gráfico plurianual de abajo.',
  'register.mapChosen':
    'Trazados en el gráfico plurianual de abajo: {groups}. Vuelva a seleccionar un país para retirar su grupo.',
  'register.mapToTrend': 'Ir al gráfico plurianual',
  'register.mapLegend': 'Proporción del grupo que presentó informe',
  'register.mapNote':
    'Cada país está sombreado según la proporción de su grupo, no según si él mismo presentó un informe: las fuentes solo dan cifras por grupo. Los grupos son los actuales; {noShape} Estados Miembros son demasiado pequeños para el mapa a escala 1:110 millones y figuran solo en la tabla.',
  'register.mapTitle': '{name}: {group}, el {rate} del grupo presentó informe',
  'register.participationTitle':
    'Estados que presentaron informe al Registro, por año de las transferencias',
  'register.participationSubtitle':
    'Las cifras se publican en momentos distintos: algunas en la fecha de publicación de un informe, otras definitivas, otras “a una fecha determinada”.',
  'register.participationLabel':
    'Gráfico de líneas: Estados que presentaron informe al Registro de las Naciones Unidas por año de las transferencias comunicadas, de {from} a {to}. {summary}',
  'register.participationAxis': 'Estados que presentaron informe',
  'register.partialLegend':
    'Cifra anterior a los informes tardíos (en la fecha de publicación o “a una fecha determinada”)',
  'register.finalLegend': 'Cifra publicada o definitiva',
  'register.participationNote':
    'Las líneas discontinuas unen años no consecutivos o cifras no definitivas; no son tendencias. Cifras posteriores del mismo año pueden ser más altas.',
  'register.col.dataYear': 'Año de las transferencias',
  'register.col.reportYear': 'Año del informe',
  'register.col.states': 'Estados que presentaron informe',
  'register.col.qualifier': 'Momento del recuento',
  'register.col.asOf': 'Fecha',
  'register.col.note': 'Advertencia',
  'register.col.country': 'País',
  'register.qualifier.at_issue_date': 'en la fecha de publicación del informe',
  'register.qualifier.final': 'definitiva, con los informes tardíos',
  'register.qualifier.as_of': 'a una fecha determinada',
  'register.qualifier.as_published': 'tal como se publicó',
  'missions.title': 'Misiones de las Naciones Unidas sobre el terreno y embargos de armas',
  'missions.subtitle':
    'Las misiones que menciona el documento S/2017/1025, y si el Consejo de Seguridad les encomienda apoyar un embargo de armas impuesto por las Naciones Unidas',
  'missions.filters': 'Filtrar misiones',
  'missions.search': 'Buscar misiones',
  'missions.searchPlaceholder': 'Nombre, país anfitrión, resolución…',
  'missions.clear': 'Borrar todos los filtros',
  'missions.facet.mandate': 'Mandato de apoyo al embargo',
  'missions.facet.kind': 'Tipo',
  'missions.facet.wam': 'Apoyo a la gestión de armas y municiones',
  'missions.facet.region': 'Grupo regional de las Naciones Unidas del país anfitrión',
  'missions.facet.host': 'Estado anfitrión',
  'missions.mandate.current': 'Vigente',
  'missions.mandate.ended': 'Concluido',
  'missions.mandate.none': 'Ninguno',
  'missions.kind.peacekeeping': 'Mantenimiento de la paz',
  'missions.kind.special_political': 'Misión política especial',
  'missions.wam.true': 'Sí',
  'missions.wam.false': 'No',
  'missions.region.none': 'Sin un único Estado anfitrión',
  'missions.shown':
    '{shown} de {total, plural, one {# misión} many {# de misiones} other {# misiones}}',
  'missions.searchCaption': 'búsqueda “{text}”',
  'missions.col.mission': 'Misión',
  'missions.col.host': 'País anfitrión',
  'missions.col.name': 'Nombre completo',
  'missions.col.nameZh': 'Nombre en chino',
  'missions.col.kind': 'Tipo',
  'missions.col.mandate': 'Mandato relativo al embargo',
  'missions.col.monitoring': 'Mecanismo de vigilancia',
  'missions.col.wam': 'Apoyo a la gestión de armas y municiones',
  'missions.col.embargoes': 'Embargos vigentes sobre el país anfitrión',
  'missions.mapLabel':
    'Mapa mundial: {count, plural, one {se destaca el país anfitrión de la misión mostrada.} many {se destacan los países anfitriones de las # de misiones mostradas.} other {se destacan los países anfitriones de las # misiones mostradas.}} {hosts}',
  'missions.mapLabelChosen':
    'Países anfitriones elegidos, de los que solo se enumeran sus misiones: {hosts}.',
  'missions.mapHost': 'Anfitrión de una misión mostrada',
  'missions.mapOther': 'Otros países',
  'missions.mapChosen': 'Anfitrión elegido',
  'missions.mapHostOther': 'Otro anfitrión (seleccione para añadirlo)',
  'missions.mapSelect':
    'Seleccione un país anfitrión (clic, toque o Intro en un país enfocado) para enumerar solo sus misiones; vuelva a seleccionarlo para retirarlo.',
  'missions.tipHost': 'Acoge {missions}',
  'missions.mapNote':
    'La UNISFA opera en la zona de Abyei, entre el Sudán y Sudán del Sur, que no tiene un contorno propio.',
  'missions.ended': 'Concluido en {year} por la resolución {resolution}',
  'missions.detail.close': 'Cerrar los detalles',
  'missions.detail.host': 'País anfitrión',
  'missions.detail.kind': 'Tipo',
  'missions.detail.mandate': 'Mandato de apoyo al embargo',
  'missions.detail.monitoring': 'Cómo vigila el embargo',
  'missions.detail.wam': 'Apoyo a la gestión de armas y municiones',
  'missions.detail.embargoes':
    'Embargos de armas de las Naciones Unidas vigentes sobre el país anfitrión (datos públicos)',
  'missions.detail.noEmbargo': 'ninguno en los datos',
  'missions.detail.tasks': 'Lo que pide el mandato, resolución por resolución',
  'missions.col.aspect': 'Tarea',
  'missions.col.resolution': 'Resolución',
  'missions.col.detail': 'Detalle',
  'missions.selectHint': 'Seleccione una misión en la tabla para ver su mandato y sus fuentes.',
  'missions.monitoring.jmac': 'Centro Conjunto de Análisis de la Misión',
  'missions.monitoring.jmac_embargo_cell':
    'Célula de embargo del Centro Conjunto de Análisis de la Misión',
  'missions.monitoring.sanctions_cooperation':
    'Cooperación con el comité de sanciones y su grupo de expertos',
  'missions.monitoring.focal_point': 'Coordinador',
  'missions.monitoring.not_described': 'No se describe',
  'missions.monitoring.advisory_group': 'Grupo asesor',
  'missions.monitoring.maritime_task_force': 'Fuerza Especial Marítima',
  'missions.monitoring.dedicated_unit': 'Dependencia dedicada a la vigilancia del embargo',
  'missions.monitoring.firearms_inspection_teams': 'Equipos de inspección de armas de fuego',
  'missions.monitoring.none': 'Ninguno',
  'trade.title': 'El comercio de armas pequeñas',
  'trade.subtitle': 'Lo que dice el documento S/2017/1025 sobre el comercio en 2014',
  'trade.valueCaption': 'Valor del comercio internacional de armas pequeñas, 2014',
  'trade.shareLabel':
    'Gráfico de barras: las municiones representaron el {share} de todas las transferencias mundiales de armas pequeñas en 2014; el resto, {rest}, correspondió a armas, piezas y accesorios.',
  'trade.ammunition': 'Municiones',
  'trade.rest': 'Otros (calculado: 100 % − {share})',
  'trade.note':
    'El valor del comercio es un mínimo (“al menos”): el valor real puede ser mayor. La barra más clara no figura en el documento: es el 100 % menos la proporción indicada.',
  'harm.title': 'Armas de fuego y muertes, 2010–2015',
  'harm.subtitle':
    'Dos medidas con denominadores distintos: no deben compararse como si fueran una sola',
  'harm.violentLabel':
    'Gráfico de barras: las armas de fuego causaron {value} de las muertes violentas, 2010–2015.',
  'harm.conflictLabel':
    'Gráfico de barras: hubo armas de fuego en el {value} de las muertes directamente relacionadas con conflictos, 2010–2015.',
  'harm.violentCaption': 'Proporción de todas las muertes violentas causadas por armas de fuego',
  'harm.conflictCaption':
    'Proporción de las muertes directamente relacionadas con conflictos en que hubo armas de fuego',
  'harm.note':
    '“Casi la mitad” se dibuja con un extremo difuminado en el 50 %: los documentos no dan una cifra exacta. Las muertes en conflictos son un subconjunto de las muertes violentas, medido por separado.',
  'figures.col.label': 'Cifra',
  'figures.col.value': 'Valor',
  'figures.col.qualifier': 'Matiz',
  'figures.col.unit': 'Unidad',
  'figures.col.period': 'Período',
  'figures.col.derivedFrom': 'Fuente citada por el documento',
  'figures.col.periodEnd': 'Fin del período',
  'figures.col.source': 'Fuente',
  'centres.title': 'Lo que hicieron los centros regionales',
  'centres.subtitle':
    'Medidas de los tres centros regionales de las Naciones Unidas para la paz y el desarme, agosto de 2011 – julio de 2012 (A/67/…), y complementos públicos',
  'centres.unitChart': '{centre}: {unit}',
  'centres.unitLabel': 'Gráfico de barras: {centre}, {unit}. {summary}',
  'centres.withoutFigure': 'Actividades que el informe describe sin cifra',
  'centres.col.centre': 'Centro',
  'centres.col.activity': 'Actividad',
  'centres.col.value': 'Valor',
  'centres.col.unit': 'Unidad',
  'centres.col.period': 'Período',
  'centres.col.country': 'País',
  'centres.note':
    'Las barras de un mismo gráfico comparten unidad, pero no siempre período: los complementos públicos (unlirec.org) abarcan otras fechas, indicadas en cada etiqueta.',
  'centres.measure.states_capacity_built': 'Estados cuya capacidad se fortaleció',
  'centres.measure.states_personnel_trained': 'Estados cuyo personal recibió capacitación',
  'centres.measure.states_legal_assistance': 'Estados que recibieron asistencia jurídica',
  'centres.measure.weapons_destroyed': 'Armas destruidas',
  'centres.measure.ammunition_destroyed': 'Cartuchos destruidos',
  'centres.measure.ammunition_destroyed_tonnes': 'Toneladas de municiones destruidas',
  'centres.measure.personnel_trained': 'Personal capacitado',
  'centres.barLabel': '{measure}, {period}',
  'centres.barLabelCountry': '{measure}, {period}, {country}',
  'centres.workedWithList': 'Países con los que trabajó un centro: {countries}.',
  'centres.noShape': '{name} (demasiado pequeño para este mapa)',
  'centres.mapTitle': 'Los centros y los países con los que trabajaron',
  'centres.mapSubtitle':
    'Sedes de los tres centros, y países que un documento señala como receptores de la ayuda de un centro',
  'centres.mapLabel':
    'Mapa mundial: sedes de {centres}; países con los que trabajó un centro: {countries}.',
  'centres.workedWith':
    'País con el que trabajó un centro (punteado, para que se vea aunque sea pequeño)',
  'centres.seat': 'Sede de un centro (anillo en el centro del país)',
  'centres.tipCountry':
    'Trabajó con {centres}: {count, plural, one {# actividad enumerada} many {# de actividades enumeradas} other {# actividades enumeradas}}',
  'centres.col.name': 'Nombre',
  'centres.col.seat': 'Sede',
  'centres.seatIn': '{city} ({country})',
  'centres.col.region': 'Región',
  'centres.col.activities': 'Actividades enumeradas',
  'centres.col.partners': 'Asociados enumerados',
  'centres.partnersTitle': 'Organizaciones asociadas',
  'centres.partnersSubtitle':
    'Organizaciones regionales y subregionales a las que, según el informe, apoyó cada centro',
  'centres.col.acronym': 'Sigla',
  'centres.col.organisation': 'Organización',
  'centres.col.organisationZh': 'Nombre en chino',
  'sources.seedsTitle': 'Los cinco documentos fuente',
  'sources.seedsSubtitle':
    'Copiados sin modificaciones en seeds/; cada cifra de este sitio procede de ellos o de una fuente pública indicada',
  'sources.networkCaption':
    '{docs, plural, one {# documento que cita o es citado} many {# de documentos que citan o son citados} other {# documentos que citan o son citados}}, {links, plural, one {# par de citas} many {# de pares de citas} other {# pares de citas}} (se omiten las fuentes de datos públicas que no hacen ni una cosa ni otra)',
  'sources.seedsCaption': 'Los documentos de documents.csv cuya función es “seed”',
  'sources.col.symbol': 'Signatura',
  'sources.col.title': 'Título',
  'sources.col.titleZh': 'Título en chino',
  'sources.col.date': 'Fecha',
  'sources.col.body': 'Órgano',
  'sources.col.file': 'Archivo en seeds/',
  'sources.col.citedBy': 'Citado por',
  'sources.col.cites': 'Documentos citados',
  'sources.col.kind': 'Tipo',
  'sources.col.role': 'Función',
  'sources.networkTitle': 'Lo que citan los documentos',
  'sources.networkSubtitle':
    '{docs, plural, one {# documento} many {# de documentos} other {# documentos}}, {citations, plural, one {# cita} many {# de citas} other {# citas}} ({links, plural, one {# par de citas} many {# de pares de citas} other {# pares de citas}}, una línea cada uno). Un círculo más grande indica que los cinco documentos fuente lo citan más a menudo; los cinco documentos fuente tienen un anillo oscuro.',
  'sources.networkLabel':
    'Red de {docs, plural, one {# documento} many {# de documentos} other {# documentos}} y {links, plural, one {# cita} many {# de citas} other {# citas}} entre ellos. Utilice las teclas de flecha para pasar de un documento a otro e Intro para seleccionarlo.',
  'sources.node':
    '{symbol}, {kind}, {citedBy, plural, =0 {no citado} one {citado una vez} many {citado # de veces} other {citado # veces}}, {cites, plural, =0 {no cita ningún documento} one {cita un documento} many {cita # de documentos} other {cita # documentos}}',
  'sources.selectHint': 'Seleccione un documento en la red para ver lo que cita y lo que lo cita.',
  'sources.tip.cited':
    '{count, plural, =0 {No citado} one {Citado una vez} many {Citado # de veces} other {Citado # veces}}',
  'sources.tip.cites':
    '{count, plural, one {cita otros documentos una vez} many {cita otros documentos # de veces} other {cita otros documentos # veces}}',
  'sources.tip.scope': 'Contando las citas de los cinco documentos fuente',
  'sources.sizeKey': 'Tamaño del círculo: veces citado',
  'sources.seedKey': 'Anillo oscuro: uno de los cinco documentos fuente',
  'sources.detail.cites': 'Documentos citados',
  'sources.detail.citedBy': 'Citado por',
  'sources.detail.none': 'ninguno en los datos',
  'sources.unconfirmed': 'signatura no confirmada',
  'sources.kindGroup.resolution': 'Resolución o decisión',
  'sources.kindGroup.report': 'Informe',
  'sources.kindGroup.statement': 'Declaración de la Presidencia o documento del Consejo',
  'sources.kindGroup.other': 'Otros (instrumento, publicación, página web, conjunto de datos)',
  'kind.general_assembly_resolution': 'Resolución de la Asamblea General',
  'kind.general_assembly_decision': 'Decisión de la Asamblea General',
  'kind.security_council_resolution': 'Resolución del Consejo de Seguridad',
  'kind.presidential_statement': 'Declaración de la Presidencia',
  'kind.security_council_document': 'Documento del Consejo de Seguridad',
  'kind.secretary_general_report': 'Informe del Secretario General',
  'kind.report': 'Informe',
  'kind.panel_report': 'Informe de un grupo de expertos',
  'kind.conference_document': 'Documento de conferencia',
  'kind.agenda': 'Programa',
  'kind.other_un_document': 'Otro documento de las Naciones Unidas',
  'kind.instrument': 'Instrumento internacional',
  'kind.au_decision': 'Decisión de la Unión Africana',
  'kind.standard': 'Norma',
  'kind.research_publication': 'Publicación de investigación',
  'kind.yearbook': 'Anuario',
  'kind.press_release': 'Comunicado de prensa',
  'kind.web_page': 'Página web',
  'kind.dataset': 'Conjunto de datos',
  'aspect.embargo_support': 'Apoyo a un embargo de armas',
  'aspect.embargo_monitoring': 'Vigilancia del embargo',
  'aspect.compliance_inspection': 'Vigilancia del cumplimiento e inspecciones',
  'aspect.wam_support': 'Gestión de armas y municiones',
  'aspect.information_sharing': 'Intercambio de información sobre incumplimientos',
  'aspect.sanctions_cooperation': 'Cooperación con el comité de sanciones y el grupo de expertos',
  'aspect.awareness': 'Explicación del embargo a las autoridades',
  'aspect.capacity_building': 'Fomento de la capacidad nacional',
  'aspect.embargo_ended': 'Fin del mandato relativo al embargo',
  'aspect.committee_reporting': 'Informes al comité de sanciones',
  'aspect.confiscation_destruction': 'Confiscación y destrucción de armas',
  'aspect.destruction_review': 'Examen de un componente de destrucción',
  'status.in_force': 'Vigente',
  'status.partly_lifted': 'Levantado en parte',
  'status.lifted': 'Levantado',
  'status.ended': 'Concluido',
  'status.expired': 'Expirado',
  'status.superseded': 'Sustituido',
  'sources.recommendationsTitle':
    'Recomendaciones examinadas en el anexo I del documento S/2017/1025',
  'sources.recommendationsSubtitle':
    'Lo que recomendaron los cuatro informes anteriores, y a quién',
  'sources.col.report': 'Informe',
  'sources.col.number': 'Núm.',
  'sources.col.theme': 'Tema',
  'sources.col.addressees': 'Destinatarios',
  'sources.col.actions': 'Medidas',
  'sources.embargoesTitle': 'Embargos de armas impuestos por el Consejo de Seguridad',
  'sources.embargoesSubtitle':
    'Datos públicos (SIPRI y páginas de las Naciones Unidas sobre sanciones) que completan los documentos; las filas inciertas lo indican',
  'sources.embargoMapLabel':
    'Mapa mundial: destinatarios de los embargos de armas de las Naciones Unidas vigentes. {targets}',
  'sources.inForce': 'Embargo vigente (total o parcialmente)',
  'sources.col.target': 'Destinatario',
  'sources.col.established': 'Establecido por',
  'sources.col.start': 'Desde',
  'sources.col.end': 'Hasta',
  'sources.col.status': 'Situación',
  'sources.col.uncertain': 'Incierto',
  'sources.col.missions': 'Misiones en el país anfitrión',
  'register.col.rateDescription':
    'Estados que presentaron informe divididos por los miembros del grupo (de 0 a 1 en el CSV)',
  'register.salwMeaning':
    '{group}: {count} de los Estados que presentaron informe en {year} incluyeron armas pequeñas',
  'register.participationMeaning':
    '{count, plural, =0 {Ningún Estado presentó informe} one {# Estado presentó informe} many {# de Estados presentaron informe} other {# Estados presentaron informe}}',
  'register.year': 'Año de los informes',
  'register.yearShown': 'Informes recibidos en {year}',
  'register.yearHint':
    '{count, plural, one {# año} many {# de años} other {# años}} con cifras por grupo: {years}',
  'register.yearPeriod': 'Informes recibidos en {year}',
  'register.trendTitle':
    'Proporción de cada grupo regional que presentó informe al Registro, a lo largo de los años',
  'register.trendSubtitle':
    'Cada año para el que una fuente da cifras por grupo; una línea discontinua cruza los años sin cifras',
  'register.trendLegend': 'Grupos (pulse para mostrar u ocultar)',
  'register.trendAxis': 'Proporción del grupo que presentó informe',
  'register.trendLabel':
    'Gráfico de líneas: proporción de cada grupo regional de las Naciones Unidas que presentó informe al Registro, de {from} a {to}. {summary}',
  'register.trendPoint': '{group}, {year}: {rate} ({reporting} de {members})',
  'register.trendNone':
    'No hay ningún grupo seleccionado: pulse un grupo arriba para trazar su línea.',
  'register.trendNote':
    'Solo se trazan los años para los que una fuente da cifras por grupo regional; no son consecutivos, por lo que las líneas no muestran ninguna tendencia entre ellos.',
  'register.col.year': 'Año del informe',
  'register.tipCountry': '{group}: el {rate} del grupo presentó informe',
  'register.tipParticipation':
    '{count, plural, one {# Estado presentó informe} many {# de Estados presentaron informe} other {# Estados presentaron informe}}',
  'register.tipDataYear': 'Transferencias de {year}, comunicadas en {report}',
  'sources.citesMeaning': '{citing} cita {cited}',
  'missions.col.iso3': 'Código ISO 3166-1 alfa-3 del país anfitrión',
  'common.yes': 'sí',
  'common.no': 'no',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay ninguna página en esta dirección.',
  'notFound.home': 'Ir al resumen',
  'workbench.title': 'Sus datos: cargar, consultar, representar',
  'workbench.lede':
    'Arrastre archivos CSV (una exportación de la Base de Datos Mundial de los ODS, un registro de transferencias del SIPRI, sus propias cifras nacionales) y explórelos con SQL junto a las tablas del panel. Todo se ejecuta en este navegador; nada se envía a un servidor.',
  'workbench.noscript': 'El taller ejecuta DuckDB en su navegador y necesita JavaScript.',
  'workbench.sqlTitle': 'Taller SQL',
  'workbench.schema': 'Tablas',
  'workbench.yours': 'suyas',
  'workbench.editorLabel': 'Consulta SQL',
  'workbench.placeholder': 'SELECT * FROM register_reporting',
  'workbench.run': 'Ejecutar',
  'workbench.cancel': 'Cancelar',
  'workbench.share': 'Compartir enlace',
  'workbench.shareLink': 'Enlace a esta consulta y este gráfico:',
  'workbench.history': 'Historial',
  'workbench.historyPick': 'Consultas anteriores ({count})',
  'workbench.keys': 'Ctrl+Intro (⌘+Intro) ejecuta la consulta, o solo el texto seleccionado.',
  'workbench.running': 'Ejecutando…',
  'workbench.cancelled': 'Consulta cancelada.',
  'workbench.resultSummary': 'Filas: {rows} · columnas: {columns} · {ms} ms.',
  'workbench.resultLabel': 'Resultado de la consulta',
  'workbench.errorPlace': 'Error en la línea {line}, columna {column}:',
  'workbench.engineReady':
    'DuckDB {version}, un motor propio: nada de lo que se ejecute aquí llega a lo que muestran las páginas del panel.',
  'workbench.fromLink':
    'Esta consulta procede de un enlace y no se ha ejecutado. Léala y, después, pulse Ejecutar si desea su resultado. Las consultas que escriben, eliminan o cambian la configuración no se ejecutan desde un enlace.',
  'workbench.fromLinkRan':
    'Esta consulta procede de un enlace. Los enlaces solo ejecutan consultas de lectura; para ejecutar otras instrucciones que contenga, trátela como propia.',
  'workbench.ownQuery': 'Tratar como consulta propia',
  'workbench.ownQueryDone':
    'Esta consulta es ahora suya: se ejecuta como cualquier cosa que usted escriba.',
  'workbench.linkRefused':
    'No se ejecutó: esta consulta procede de un enlace y {what} ({word}, línea {line}, columna {column}). Los enlaces solo ejecutan consultas de lectura. Si confía en ella, pulse “Tratar como consulta propia” y vuelva a ejecutarla.',
  'workbench.effect.changesData': 'modificaría la base de datos',
  'workbench.effect.changesSetting': 'modificaría un parámetro de configuración',
  'workbench.effect.touchesFile': 'leería o escribiría un archivo',
  'workbench.effect.callsFunction': 'llama a una función de tabla que un enlace no puede ejecutar',
  'workbench.effect.sideEffect': 'llama a una función que cambia el estado',
  'workbench.effect.changesDatabases':
    'adjuntaría, separaría o cambiaría una base de datos, o cargaría una extensión',
  'workbench.effect.invisibleSpace':
    'contiene un carácter que no parece nada o parece un espacio dentro de una palabra, y que DuckDB lee como un espacio',
  'workbench.effect.unplannable': 'no es una consulta que DuckDB pueda planificar como lectura',
  'workbench.linkUnread':
    'No se ejecutó: esta consulta procede de un enlace y DuckDB no puede leerla más allá de {word} (línea {line}, columna {column}), por lo que no puede comprobarse que sea una lectura. Modifique la consulta si desea ejecutarla usted mismo.',
  'workbench.linkBidi':
    'No se ejecutó: esta consulta procede de un enlace y contiene {word} (línea {line}, columna {column}), un carácter invisible que cambia el orden en que se muestra el texto, por lo que la consulta podría no ejecutarse tal como se lee. Si confía en ella, pulse “Tratar como consulta propia” y vuelva a ejecutarla.',
  'workbench.export': 'Descargar el resultado:',
  'workbench.exportNote':
    "El CSV es para hojas de cálculo: el texto que empieza por =, +, -, {at}, una tabulación o un salto de línea (o que tiene uno de los cuatro primeros tras espacios, un punto y coma o una tabulación) recibe un ' inicial para que nunca se ejecute como fórmula. Parquet conserva cada valor exactamente.",
  'workbench.exporting': 'Preparando el archivo…',
  'workbench.exportFailed': 'No se pudo preparar el archivo: {message}',
  'workbench.exportCancelled': 'Exportación cancelada.',
  'workbench.resultSummaryFirst':
    '{rows, plural, one {Primera fila} many {Primeras # filas} other {Primeras # filas}} · columnas: {columns} · {ms} ms.',
  'workbench.truncated':
    'Se muestran las primeras {rows} filas de un resultado más largo: esta página conserva como máximo {limitRows} filas o {limitBytes} de un resultado. La exportación escribe el resultado completo.',
  'workbench.truncatedWrite':
    'Se muestran las primeras {rows} filas de un resultado más largo: esta página conserva como máximo {limitRows} filas o {limitBytes} de un resultado. La instrucción modifica datos, por lo que una exportación no la vuelve a ejecutar y escribe estas {rows} filas.',
  'workbench.null': 'NULL',
  'workbench.chartTitle': 'Gráfico del resultado',
  'workbench.noChart':
    'Nada que representar: un gráfico necesita una columna de números y otra columna con la que relacionarlos.',
  'workbench.chart.kind': 'Gráfico',
  'workbench.chart.bar': 'Barras',
  'workbench.chart.line': 'Líneas',
  'workbench.chart.scatter': 'Dispersión',
  'workbench.chart.map': 'Mapa',
  'workbench.chart.x': 'Categorías / x',
  'workbench.chart.country': 'Código de país (M49)',
  'workbench.chart.y': 'Valor / y',
  'workbench.chart.label':
    'Gráfico ({kind}) de {y} por {x}, {rows, plural, one {primera fila del resultado} many {primeras # filas del resultado} other {primeras # filas del resultado}}.',
  'workbench.chart.truncated':
    'El gráfico muestra las primeras {shown} de {rows} filas; la tabla las muestra todas.',
  'workbench.chart.empty': 'Ninguna fila tiene un número en {y}.',
  'workbench.chart.source': 'sus datos, tal como los selecciona la consulta bajo el gráfico',
  'workbench.ready.sdgTitle': 'Exportación de la Base de Datos Mundial de los ODS: {table}',
  'workbench.ready.series': 'Serie',
  'workbench.ready.dimensions': 'Se muestra un valor de cada dimensión: {dimensions}.',
  'workbench.ready.byArea': 'Valor por zona, {period}',
  'workbench.ready.byAreaLabel':
    'Gráfico de barras: valor por zona en {period}, {count, plural, one {# zona} many {# de zonas} other {# zonas}}.',
  'workbench.ready.top':
    'Se dibujan las {shown} zonas más altas de {count}; el mapa las muestra todas.',
  'workbench.ready.mapLabel': 'Mapa mundial: valor por país en {period}.',
  'workbench.ready.area': 'Zona a lo largo del tiempo',
  'workbench.ready.overTimeLabel': 'Gráfico de líneas: valor por año para {area}.',
  'workbench.ready.sipriTitle': 'Registro de transferencias del SIPRI: {table}',
  'workbench.ready.sipriHeader':
    'Encabezado encontrado en la línea {line}. Las marcas de incertidumbre (“?”) se conservan en: {uncertain}.',
  'workbench.ready.sipriTiv':
    'Gráfico de barras: {measure} por proveedor, los 15 mayores (valores del indicador de tendencias del SIPRI).',
  'workbench.ready.sipriTivCaption':
    'Volumen de entregas por proveedor, los 15 mayores, en millones de valores del indicador de tendencias del SIPRI (TIV del SIPRI, millones; columna “{column}”).',
  'workbench.ready.sipriDealsCaption':
    'Número de operaciones por proveedor, los 15 mayores (el archivo no tiene columna de TIV del SIPRI).',
  'workbench.ready.sipriNotNumbers':
    '{bad} de {given} valores de “{column}” no son números y se omiten, por lo que el gráfico puede no mostrar a los verdaderos principales proveedores. Es posible que una hoja de cálculo haya añadido delimitadores al final de cada línea: compruebe la última columna del archivo.',
  'workbench.ready.sipriDeals':
    'Gráfico de barras: número de operaciones por proveedor, los 15 mayores.',
  'upload.title': 'Cargar archivos CSV',
  'upload.drop': 'Arrastre aquí archivos CSV, o elíjalos (varios a la vez).',
  'upload.detected': '(detectado)',
  'upload.encoding': 'Codificación',
  'upload.encoding.utf-8': 'UTF-8',
  'upload.encoding.utf-16le': 'UTF-16 LE',
  'upload.encoding.utf-16be': 'UTF-16 BE',
  'upload.encoding.gb18030': 'GBK / GB18030 (chino)',
  'upload.encoding.windows-1252': 'Windows-1252 / Latin-1',
  'upload.delimiter': 'Delimitador',
  'upload.delimiter.comma': 'Coma',
  'upload.delimiter.semicolon': 'Punto y coma',
  'upload.delimiter.tab': 'Tabulación',
  'upload.delimiter.pipe': 'Barra vertical',
  'upload.delimiter.space': 'Espacio',
  'upload.skip': 'Líneas que omitir',
  'upload.header': 'La primera fila da nombre a las columnas',
  'upload.comment': 'Omitir las líneas que empiezan por “#” (comentarios)',
  'upload.moreLines': '{count} más',
  'upload.tableName': 'Nombre de la tabla',
  'upload.previewCaption': 'Primeras filas de {file} tal como se cargarán',
  'upload.type.integer': 'número entero',
  'upload.type.number': 'número',
  'upload.type.date': 'fecha',
  'upload.type.text': 'texto',
  'upload.type.empty': 'vacío',
  'upload.format.sdg': 'Exportación de la Base de Datos Mundial de los ODS',
  'upload.format.sipri': 'Registro de transferencias del SIPRI',
  'upload.load': 'Cargar como {table}',
  'upload.discard': 'Descartar',
  'upload.step.reading': 'Leyendo el archivo…',
  'upload.step.loading': 'Cargando en DuckDB…',
  'upload.place.line': '{file}, línea {line}',
  'upload.place.lineColumn': '{file}, línea {line}, columna {column}',
  'upload.problem.empty': 'el archivo está vacío (0 bytes).',
  'upload.problem.blank': 'el archivo solo contiene líneas en blanco.',
  'upload.problem.binary':
    'no es un archivo de texto (contiene datos binarios); elija un archivo CSV.',
  'upload.problem.xlsx':
    'es un libro de Excel (.xlsx) o un archivo zip, no un CSV. En Excel, utilice Guardar como → “CSV UTF-8”.',
  'upload.problem.xls':
    'es un libro de Excel antiguo (.xls), no un CSV. En Excel, utilice Guardar como → “CSV UTF-8”.',
  'upload.problem.gzip': 'este archivo está comprimido con gzip; descomprímalo primero.',
  'upload.problem.pdf': 'es un documento PDF, no un CSV.',
  'upload.problem.html':
    'es una página web (HTML), no un CSV; puede que un enlace de descarga haya guardado su página en lugar del archivo.',
  'upload.problem.json': 'es JSON, no CSV.',
  'upload.problem.noRows': 'no hay filas de datos después del encabezado.',
  'upload.problem.ragged':
    'esta fila tiene {found, plural, one {# campo} many {# de campos} other {# campos}}, mientras que el encabezado tiene {expected}. Compruebe el delimitador, o las comillas alrededor de los valores que lo contienen.',
  'upload.problem.unclosedQuote': 'aquí empieza un valor entre comillas que nunca se cierra.',
  'upload.problem.strayQuote':
    'unas comillas dentro de un valor no están duplicadas ("") como exige el formato CSV.',
  'upload.problem.duplicateHeader':
    'el nombre de columna “{name}” se utiliza dos veces; esta columna se carga como “{renamed}”.',
  'upload.problem.blankHeader': 'esta columna no tiene nombre; se carga como “{name}”.',
  'upload.problem.badBytes':
    'algunos bytes no son {encoding} válido (se muestran como �); es posible que el archivo tenga otra codificación.',
  'upload.problem.oneColumn':
    'no se encontró ningún delimitador, por lo que cada línea es un solo valor. Elija el delimitador si esto es un error.',
  'upload.problem.comment': 'esta línea empieza por “#” y se omitió como comentario.',
  'upload.problem.comments': 'las líneas {lines} empiezan por “#” y se omitieron como comentarios.',
  'upload.problem.loadFailed': 'DuckDB no pudo cargar el archivo: {message}',
  'upload.problem.nameTaken': 'ya existe una tabla llamada “{name}”; elija otro nombre.',
  'upload.problem.nameInvalid':
    '“{name}” no puede ser un nombre de tabla: utilice letras minúsculas, dígitos y _, empezando por una letra o _.',
  'upload.problem.nameReserved':
    '“{name}” es una palabra clave de SQL, por lo que todas las consultas tendrían que entrecomillarla; elija otro nombre.',
  'upload.problem.nameKeptElsewhere':
    'otra pestaña acaba de conservar una tabla llamada “{name}”, por lo que este archivo se cargará como “{suggested}”; cambie el nombre si lo desea.',
  'upload.problem.nameTakenElsewhere':
    'otra pestaña ha conservado o está cargando una tabla llamada “{name}”, por lo que aquí no se cargó nada y esa tabla no se ha modificado. El nombre es ahora “{suggested}”: vuelva a cargar, o elija otro nombre.',
  'upload.problem.tooLarge':
    'este archivo ocupa {size}; cargarlo requiere unos {needed} de memoria, más de lo que este navegador puede darle (unos {limit}). La carga puede fallar o detener la pestaña: es más seguro un extracto más pequeño (menos filas o columnas).',
  'upload.problem.tooLargeForBrowser':
    'este archivo ocupa {size}; cargarlo requiere al menos {needed} de memoria, más de lo que DuckDB puede utilizar en cualquier navegador ({limit}). Cargue un extracto más pequeño (menos filas o columnas).',
  'upload.problem.padding':
    'cada línea termina en “{padding}” como relleno, tal como lo deja una hoja de cálculo al volver a guardar un archivo; el relleno se omite, de modo que la última columna conserva sus valores.',
  'upload.problem.joinedRecords':
    'los registros divididos en varias líneas por un salto de línea dentro de un valor sin comillas, como ocurre a veces en las exportaciones del SIPRI, se leen cada uno como un solo registro, conservando el salto de línea en ese valor: líneas {lines}.',
  'upload.problem.paddedValues':
    'los valores de la columna “{name}” tienen espacios o tabulaciones alrededor; se leen como los números o fechas que son.',
  'upload.problem.tooLargeToKeep':
    'este archivo ocupa {size} y este navegador solo permite al sitio almacenar {free} más: puede cargarse, pero no se conservará para su próxima visita.',
  'upload.problem.lateText':
    'la columna “{name}” se carga como texto: “{value}” no es aquí un número ni una fecha como los valores anteriores.',
  'upload.problem.lateCode':
    'la columna “{name}” se carga como texto: un valor posterior a la vista previa está escrito como código (un cero inicial o un signo +), no como número.',
  'tables.title': 'Sus tablas',
  'tables.none': 'Todavía no se ha cargado ninguna tabla.',
  'tables.restoreFailed':
    'La tabla “{table}” conservada de una visita anterior no pudo volver a cargarse ({message}); su archivo sigue conservado.',
  'tables.restoredFromCsv':
    'No se pudo leer la copia rápida de “{table}”, por lo que se volvió a cargar desde su archivo CSV conservado. No se perdió nada.',
  'tables.restoring': 'Cargando las tablas conservadas de su última visita…',
  'tables.col.table': 'Tabla',
  'tables.col.file': 'Archivo',
  'tables.col.rows': 'Filas',
  'tables.col.size': 'Tamaño del archivo',
  'tables.col.loaded': 'Cargada',
  'tables.col.kept': 'Conservada',
  'tables.col.actions': 'Acciones',
  'tables.coming': 'en este navegador, cargando…',
  'tables.kept': 'en este navegador',
  'tables.visitOnly': 'solo para esta visita',
  'tables.query': 'Consultar',
  'tables.remove': 'Eliminar',
  'tables.removeLabel': 'Eliminar la tabla {table}',
  'tables.storage.unavailable':
    'Este navegador no permite que la página conserve archivos (ventana privada o almacenamiento desactivado). Sus tablas funcionan durante esta visita y desaparecerán al volver a cargar la página.',
  'tables.storage.full':
    'El almacenamiento del navegador está lleno, por lo que esta tabla no se conserva para su próxima visita. Funciona durante esta visita; elimine otras tablas para liberar espacio.',
  'tables.storage.failed':
    'No se pudo conservar la tabla en el almacenamiento del navegador; solo funciona durante esta visita.',
  'a11y.skip': 'Ir al contenido',
  'a11y.theme': 'Tema',
  'a11y.theme.system': 'Sistema',
  'a11y.theme.light': 'Claro',
  'a11y.theme.dark': 'Oscuro',
  'a11y.pageTitle': '{page} · {app}',
  'a11y.itemTitle': '{item} · {page} · {app}',
  'a11y.tableRegion': '{caption} (tabla; se desplaza horizontalmente)',
  'a11y.scrollHint': 'Desplácese horizontalmente para ver todas las columnas.',
  'a11y.printedFrom': 'Impreso desde {url}',
  'a11y.editorHelp':
    'La tecla Tab sangra en el editor. Para salir con el teclado, pulse Esc y después Tab (o Mayús+Tab).',
  'a11y.measureShown':
    'Medida mostrada: {measure}, para {count, plural, one {# grupo regional} many {# de grupos regionales} other {# grupos regionales}}.',
  'nav.countries': 'Países',
  'nav.indicator': 'Indicador 16.4.2',
  'countries.title': 'Estados Miembros de las Naciones Unidas',
  'countries.subtitle':
    'Los 193 Estados Miembros, su grupo regional de las Naciones Unidas y el número de filas de cada tabla integrada que los mencionan',
  'countries.search': 'Buscar países',
  'countries.region': 'Grupo regional de las Naciones Unidas',
  'countries.anyRegion': 'Cualquier grupo',
  'countries.shown':
    '{shown} de {total, plural, one {# Estado Miembro} many {# de Estados Miembros} other {# Estados Miembros}}',
  'countries.col.name': 'País',
  'countries.col.group': 'Grupo regional de las Naciones Unidas',
  'countries.col.missions': 'Misiones que acoge',
  'countries.col.embargoes': 'Embargos de armas',
  'countries.col.mentions': 'Párrafos que lo mencionan',
  'countries.col.sdg': 'Valores del indicador 16.4.2 de los ODS',
  'country.noGroup': 'No pertenece a ningún grupo regional de las Naciones Unidas',
  'country.hasData': 'Los datos integrados contienen: {list}.',
  'country.listSep': '; ',
  'country.noData':
    'Los datos integrados no contienen ninguna misión, embargo de armas, párrafo de documento ni valor del indicador 16.4.2 de los ODS relativo a este país.',
  'country.has.missions': 'misiones desplegadas (pasadas y en curso): {n}',
  'country.has.embargoes': 'embargos de armas: {n}',
  'country.has.mentions': 'párrafos de documentos que lo mencionan: {n}',
  'country.has.values': 'valores del indicador 16.4.2 de los ODS: {n}',
  'country.col.mission': 'Misión',
  'country.col.name': 'Nombre',
  'country.col.start': 'Inicio',
  'country.col.end': 'Fin',
  'country.col.target': 'Destinatario',
  'country.col.established': 'Establecido por',
  'country.col.status': 'Situación',
  'country.col.reason': 'Motivo de la mención',
  'country.col.passage': 'Pasaje (chino)',
  'country.col.year': 'Año',
  'country.missions.title':
    'Misiones de las Naciones Unidas desplegadas en el país (pasadas y en curso) y sus mandatos de apoyo a los embargos',
  'country.col.ended': 'Finalización',
  'country.mission.ongoing': 'En curso',
  'country.mission.endsOn': 'En curso (finaliza el {date})',
  'country.missions.none':
    'Los documentos no mencionan ninguna misión sobre el terreno de las Naciones Unidas desplegada en este país.',
  'country.embargoes.title':
    'Embargos de armas de las Naciones Unidas impuestos al país o a agentes presentes en él',
  'country.embargoes.none':
    'Ningún embargo de armas impuesto por el Consejo de Seguridad que figure en los datos está dirigido contra este país o contra agentes presentes en él.',
  'country.mentions.title': 'Párrafos de los documentos fuente que lo mencionan',
  'country.mentions.none':
    'Ninguno de los cinco documentos fuente menciona a este país en un párrafo registrado aquí.',
  'country.sdg.title': 'Valores del indicador 16.4.2 de los ODS a lo largo de los años',
  'country.sdg.none':
    'La Base de Datos Mundial de los ODS de las Naciones Unidas no publica ningún valor del indicador 16.4.2 para este país.',
  'country.sdg.label':
    'Gráfico de líneas: valores del indicador 16.4.2 de los ODS correspondientes a {country}, proporción de armas incautadas, encontradas o entregadas cuyo origen se ha rastreado. {summary}',
  'country.links': 'En las demás vistas',
  'country.registerNote':
    'las fuentes presentan los informes al Registro por grupo regional de las Naciones Unidas, no por país.',
  'indicator.named': 'Indicador {code}',
  'indicator.targetNamed': 'Meta {code}',
  'indicator.custodians': 'Organismos custodios',
  'indicator.tier': 'Nivel',
  'indicator.col.value': 'Proporción rastreada',
  'indicator.col.series': 'Código de la serie',
  'indicator.16-4.text':
    'De aquí a 2030, reducir significativamente las corrientes financieras y de armas ilícitas, fortalecer la recuperación y devolución de los activos robados y luchar contra todas las formas de delincuencia organizada',
  'indicator.16-4-1.text':
    'Valor total de las corrientes financieras ilícitas entrantes y salientes (en dólares corrientes de los Estados Unidos)',
  'indicator.16-4-2.text':
    'Proporción de armas incautadas, encontradas o entregadas cuyo origen o contexto ilícitos han sido determinados o establecidos por una autoridad competente, de conformidad con los instrumentos internacionales',
  'indicator.16-4-2.short':
    'Proporción de armas incautadas, encontradas o entregadas cuyo origen ilícito se ha rastreado',
  'indicator.16-4-2.note':
    'Valores tal como los publica la Base de Datos Mundial de los ODS de las Naciones Unidas (serie VC_ARM_SZTRACE); cada país informa sobre los años que elige, por lo que los valores no constituyen una serie temporal mundial.',
  'indicator.16-4-1.none':
    'Este sitio no contiene datos sobre el indicador 16.4.1: este mide las corrientes financieras ilícitas, de las que no trata ninguno de los documentos fuente, y las tablas integradas no contienen ningún valor.',
  'indicator.coverage':
    'Los datos contienen {values, plural, one {# valor publicado} many {# de valores publicados} other {# valores publicados}} por {countries, plural, one {# país} many {# de países} other {# países}}, {from}–{to}. Los países que no figuran en la lista no publicaron ningún valor.',
  'indicator.chartLabel':
    'Gráfico: {values, plural, one {# valor publicado} many {# de valores publicados} other {# valores publicados}} del indicador 16.4.2 de los ODS procedentes de {countries, plural, one {# país} many {# de países} other {# países}}, una línea por país.',
  'share.embed': 'Insertar',
  'share.cite': 'Citar',
  'share.label': 'Insertar o citar {title}',
  'share.embedLabel': 'Código para insertar “{title}”',
  'share.embedHint':
    'Pegue este código HTML en una página web para mostrar solo el gráfico, con su título, sus fuentes y un enlace a esta vista.',
  'share.preview': 'Abrir solo el gráfico',
  'share.citeLabel': 'Referencia para citar “{title}”',
  'share.copy': 'Copiar',
  'share.copied': 'Copiado.',
  'share.copyFailed': 'No se pudo copiar: seleccione el texto y cópielo.',
  'share.notReady':
    'Los botones Insertar y Citar funcionan cuando la página ha terminado de cargarse.',
  'share.citation': '“{title}”. {app}. {url} (consultado el {date}). Fuentes: {sources}.',
  'share.titleNames': '{title}: {names}',
  'share.citationNoSources': '“{title}”. {app}. {url} (consultado el {date}).',
  'embed.viewFull': 'Vista completa en el {app}',
  'compare.legend': 'Países que se comparan',
  'compare.search': 'Buscar un país',
  'compare.clear': 'Mostrar todos los países',
  'compare.chosen':
    '{count} de {total, plural, one {# país seleccionado} many {# de países seleccionados} other {# países seleccionados}}: {names}.',
  'compare.all':
    '{total, plural, one {Se muestra # país.} many {Se muestran los # de países.} other {Se muestran los # países.}} Seleccione algunos para compararlos.',
  'compare.limit':
    'Se pueden comparar hasta {max, plural, one {# país} many {# de países} other {# países}} a la vez, cada uno con un color: quite uno para añadir otro.',
  'compare.dropped':
    'El enlace incluye {count, plural, one {# país} many {# de países} other {# países}}; se muestran los {max} primeros.',
  'compare.noMatch': 'Ningún país con datos coincide con “{query}”.',
};

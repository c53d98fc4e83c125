import type { Messages } from './messages';

/**
 * The Russian UI catalogue: every key of `en`, in the same order. Terms follow the Russian texts of
 * UN documents (стрелковое оружие и легкие вооружения, эмбарго на поставки оружия, Регистр обычных
 * вооружений Организации Объединенных Наций, операции по поддержанию мира ...). Counts take the
 * three Russian plural forms (one/few/many: 1 миссия, 2 миссии, 5 миссий; 21 миссия) or are written
 * as «Строк: {rows}» where a message has none.
 */
export const ru: Messages = {
  'app.title': 'Потоки оружия: информационная панель по задаче 16.4 ЦУР',
  'app.tagline':
    'Статистика контроля над стрелковым оружием и торговли оружием из документов Организации Объединенных Наций; для каждой цифры указан пункт, из которого она взята. Работает в вашем браузере, без подключения к сети.',
  'state.loading': 'Загрузка…',
  'state.empty': 'Для этой выборки данных нет.',
  'state.error': 'Не удалось построить эту диаграмму: {message}',
  'source.label': 'Источник',
  'source.labelPlural': 'Источники',
  'source.original': 'Исходные фрагменты (на китайском языке)',
  'register.subtitle':
    'Доля государств-членов каждой региональной группы Организации Объединенных Наций, представивших данные в Регистр в {year} году',
  'register.chartLabel':
    'Столбчатая диаграмма: доля государств-членов, представивших данные в Регистр обычных вооружений Организации Объединенных Наций в {year} году, по региональным группам Организации Объединенных Наций. {summary}',
  'register.barSummary': '{group}: {rate} ({reporting} из {members})',
  'register.valueLabel': '{rate} · {reporting} из {members}',
  'register.col.group': 'Региональная группа Организации Объединенных Наций',
  'register.col.reporting': 'Государства, представившие данные',
  'register.col.members': 'Члены группы',
  'register.col.rate': 'Доля представивших данные',
  'register.col.salw': 'В том числе включившие стрелковое оружие',
  'register.salwNotGiven': 'не указано',
  'register.note':
    'Данные, полученные в том или ином году, охватывают поставки, осуществленные в предыдущем календарном году. Численность групп указана в том виде, в каком ее использовал каждый источник для соответствующего года. Сведения о включении стрелкового оружия приводятся в документах только по двум группам и только за 2011 год.',
  'live.build': 'Рассчитано с помощью DuckDB при сборке сайта.',
  'live.pending': 'Рассчитано с помощью DuckDB при сборке сайта; идет пересчет в вашем браузере…',
  'live.browser': 'Рассчитано в вашем браузере с помощью DuckDB {version} за {ms} мс.',
  'live.failed':
    'Показаны результаты расчета при сборке сайта; пересчитать их в вашем браузере не удалось: {message}',
  'datasets.title': 'Наборы данных в вашем браузере',
  'datasets.idle': 'База данных запускается после загрузки страницы.',
  'datasets.starting': 'Запуск DuckDB…',
  'datasets.loading':
    'Загрузка {count, plural, one {# набора данных} few {# наборов данных} many {# наборов данных} other {# набора данных}}…',
  'datasets.ready':
    'DuckDB {version}: загружено {loaded} из {count, plural, one {# набора данных} few {# наборов данных} many {# наборов данных} other {# набора данных}}.',
  'datasets.failed': 'Не удалось запустить DuckDB: {message}',
  'datasets.rows': '{rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}}',
  'datasets.tableFailed': 'не загружено: {message}',
  'datasets.restarting': 'Работа DuckDB прервалась; идет повторный запуск…',
  'datasets.seeAll': 'Все наборы данных с их столбцами, источниками и возможностью скачивания',
  'nav.data': 'Данные',
  'overview.view.data':
    'Все наборы данных, на которых построены диаграммы, с их столбцами, источниками и возможностью скачивания.',
  'data.intro':
    '{count, plural, one {# набор данных} few {# набора данных} many {# наборов данных} other {# набора данных}}; каждый из них представляет собой файл CSV в каталоге data/, и в каждой строке указан источник. Те же таблицы доступны в DuckDB на каждой странице, а также в разделе «Ваши данные» для запросов SQL.',
  'data.package': 'Пакет данных (datapackage.json): столбцы и источники каждого набора данных',
  'data.counts':
    '{rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}} · {columns, plural, one {# столбец} few {# столбца} many {# столбцов} other {# столбца}}',
  'data.download': 'Скачать {file}',
  'data.sources': 'Источники: ',
  'data.columnsTitle': 'Столбцы',
  'data.columnsOf': 'Столбцы таблицы {name}',
  'data.col.name': 'Столбец',
  'data.col.type': 'Тип',
  'data.col.description': 'Описание',
  'database.workerError': 'сбой в работе рабочего процесса DuckDB',
  'database.noAnswer': 'рабочий процесс DuckDB не отвечает в течение {seconds} с',
  'database.downloadFailed': 'не удалось загрузить встроенный файл базы данных (HTTP {status})',
  'database.gaveUp':
    'Работа DuckDB прерывалась {count, plural, one {# раз} few {# раза} many {# раз} other {# раза}} подряд ({reason}); перезагрузите страницу, чтобы запустить его снова.',
  'database.lost':
    'Работа DuckDB прервалась во время выполнения операции ({reason}). DuckDB запущен снова; сохраненные данные не утрачены. Повторите попытку.',
  'database.alertRestarting': 'Работа DuckDB прервалась ({reason}). Идет повторный запуск…',
  'database.alertRestarted':
    'Работа DuckDB прервалась ({reason}), и он был запущен снова. Встроенные таблицы и таблицы, сохраненные в этом браузере, восстановлены.',
  'database.dismiss': 'Закрыть',
  'tables.lostInRestart':
    'DuckDB перезапущен: таблицы {tables} были загружены только на время этого посещения (не сохранены в этом браузере) и утрачены. Чтобы работать с ними, загрузите их снова.',
  'workbench.builtInReadOnly':
    'Встроенные таблицы доступны только для чтения: DuckDB отклонил эту инструкцию {statement}. Чтобы изменить таблицу, сначала создайте ее копию, например: CREATE TABLE my_missions AS FROM missions.',
  'nav.label': 'Разделы',
  'nav.overview': 'Обзор',
  'nav.register': 'Представление данных в Регистр',
  'nav.missions': 'Миссии',
  'nav.trade': 'Торговля и ущерб',
  'nav.centres': 'Региональные центры',
  'nav.sources': 'Источники',
  'nav.workbench': 'Ваши данные',
  'tab.label': 'Представления: {title}',
  'tab.chart': 'Диаграмма',
  'tab.table': 'Таблица',
  'tab.map': 'Карта',
  'source.morePlaces':
    'и еще {count, plural, one {# место} few {# места} many {# мест} other {# места}}',
  'source.showEnglish': 'Показать содержание каждого фрагмента',
  'source.meaning': 'Содержание (краткое изложение, не являющееся официальным переводом): {text}',
  'source.end': '.',
  'download.title': 'Скачать:',
  'download.label': 'Скачать: {title}',
  'download.csv': 'Полные данные (CSV)',
  'download.table': 'Таблица в показанном виде (CSV)',
  'download.zip': 'Все файлы (zip)',
  'download.mapSvg': 'Карта (SVG)',
  'download.mapPng': 'Карта (PNG)',
  'download.citation':
    '{app}, «{title}», {url} (дата обращения: {date}). Источники данных: {sources}.',
  'download.readme.cite': 'Как ссылаться',
  'download.readme.files': 'Файлы',
  'download.readme.tableFile':
    "таблица в том виде, в каком она показана на странице, для электронных таблиц: заголовки столбцов на русском языке, значения в показанном виде (доли в процентах, округленные). Если текстовая ячейка начинается с символов =, +, -, {at}, табуляции или разрыва строки (или содержит один из первых четырех символов после пробелов, точки с запятой или табуляции), в ее начало добавлен символ ', чтобы программа электронных таблиц прочитала ее как текст и никогда не выполнила как формулу; числа не изменены.",
  'download.readme.dataFile':
    'полные данные: по одному столбцу на каждое поле (с теми же именами, что и в запросе SQL), значения точно в том виде, в каком их вернул запрос SQL, с полной точностью (доли от 0 до 1), без каких-либо добавлений. Текст в нем не защищен для электронных таблиц: открывайте его программой чтения CSV (R, Python, DuckDB).',
  'download.readme.packageFile':
    'пакет данных Frictionless Data Package с описанием обоих файлов CSV: каждого столбца, его типа и значения, источников и запроса SQL.',
  'download.readme.sources': 'Источники',
  'download.readme.caveats': 'Оговорки',
  'download.readme.licence': 'Лицензия',
  'download.readme.licenceText':
    'Данные распространяются на условиях лицензии Open Data Commons Open Database License (ODbL) 1.0, как указано в файле data/datapackage.json информационной панели; документы, из которых они взяты, принадлежат Организации Объединенных Наций.',
  'download.readme.computed': 'Как производился расчет',
  'download.readme.computedText':
    'DuckDB выполнил этот запрос SQL к файлам data/*.csv информационной панели (см. data/datapackage.json); знаками `?` обозначены приведенные ниже параметры, по порядку.',
  'download.readme.params': 'Параметры',
  'download.metadata': 'Источники и столбцы (JSON)',
  'download.svg': 'Диаграмма (SVG)',
  'download.png': 'Диаграмма (PNG)',
  'download.noChart': 'В этом представлении нет диаграммы, которую можно сохранить.',
  'download.notReady': 'Кнопки скачивания начнут работать после полной загрузки страницы.',
  'download.waiting':
    'Начинается скачивание: браузер начинает не более десяти скачиваний в секунду…',
  'download.failed': 'Не удалось скачать файл: {message}',
  'download.tables':
    'data/*.csv информационной панели «Потоки оружия: задача 16.4 ЦУР» (см. data/datapackage.json)',
  'qualifier.exactly': '{value}',
  'qualifier.at_least': 'не менее {value}',
  'qualifier.more_than': 'более {value}',
  'qualifier.nearly': 'почти {value}',
  'qualifier.at_least_once': '{value}',
  'figure.usd': '{value} долл. США',
  'figure.percent': '{value} %',
  'figure.withUnit': '{value} ({unit})',
  'unit.categories':
    '{count, plural, one {# категория} few {# категории} many {# категорий} other {# категории}}',
  'unit.languages': '{count, plural, one {# язык} few {# языка} many {# языков} other {# языка}}',
  'unit.meetings':
    '{count, plural, one {# совещание} few {# совещания} many {# совещаний} other {# совещания}}',
  'unit.missions':
    '{count, plural, one {# миссия} few {# миссии} many {# миссий} other {# миссии}}',
  'unit.months': '{count, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'unit.municipalities':
    '{count, plural, one {# муниципалитет} few {# муниципалитета} many {# муниципалитетов} other {# муниципалитета}}',
  'unit.panels':
    '{count, plural, one {# группа экспертов} few {# группы экспертов} many {# групп экспертов} other {# группы экспертов}}',
  'unit.paragraphs':
    '{count, plural, one {# пункт} few {# пункта} many {# пунктов} other {# пункта}}',
  'unit.recommendations':
    '{count, plural, one {# рекомендация} few {# рекомендации} many {# рекомендаций} other {# рекомендации}}',
  'unit.report': 'доклад',
  'unit.reports':
    '{count, plural, one {# доклад} few {# доклада} many {# докладов} other {# доклада}}',
  'unit.schools': '{count, plural, one {# школа} few {# школы} many {# школ} other {# школы}}',
  'unit.session': 'сессия',
  'unit.states':
    '{count, plural, one {# государство} few {# государства} many {# государств} other {# государства}}',
  'unit.years': '{count, plural, one {# год} few {# года} many {# лет} other {# года}}',
  'unit.personnel':
    '{count, plural, one {# сотрудник} few {# сотрудника} many {# сотрудников} other {# сотрудника}}',
  'unit.rounds':
    '{count, plural, one {# патрон} few {# патрона} many {# патронов} other {# патрона}}',
  'unit.tonnes': '{count, plural, one {# тонна} few {# тонны} many {# тонн} other {# тонны}}',
  'unit.weapons':
    '{count, plural, one {# единица оружия} few {# единицы оружия} many {# единиц оружия} other {# единицы оружия}}',
  'figure.period': '{start}–{end}',
  'figure.since': 'с {start}',
  'figure.until': 'по состоянию на {end}',
  'overview.title': 'Стрелковое оружие и задача 16.4 ЦУР в цифрах',
  'overview.intro':
    'Цифры из пяти документов Организации Объединенных Наций по стрелковому оружию и легким вооружениям (2012–2021 годы), дополненные общедоступными фактами. Каждая цифра связана с пунктом, из которого она взята; откройте любую ссылку на источник, чтобы прочитать исходный фрагмент на китайском языке.',
  'overview.figures': 'Основные цифры',
  'overview.figuresSubtitle':
    'В том виде, в каком они приводятся в документах, с сохранением оговорок («не менее», «почти»)',
  'overview.passage': 'Исходный фрагмент',
  'overview.col.source': 'Источник',
  'overview.timeline': 'Процесс по стрелковому оружию, 1991–2024 годы',
  'overview.timelineSubtitle':
    'Конференции, совещания и решения, упоминаемые в документах. Бледная полоса означает дату, известную лишь с точностью до месяца или года.',
  'overview.timelineLabel':
    'Хронология процесса Организации Объединенных Наций по стрелковому оружию с {from} по {to} год в трех дорожках ({count, plural, one {# событие} few {# события} many {# событий} other {# события}}). Для перехода между событиями используйте клавиши со стрелками.',
  'overview.lane.decision': 'Решения и начало деятельности',
  'overview.lane.meeting': 'Совещания и конференции',
  'overview.lane.field': 'На местах',
  'overview.col.event': 'Событие',
  'overview.col.start': 'Начало',
  'overview.col.end': 'Окончание',
  'overview.col.place': 'Место',
  'overview.col.kind': 'Вид',
  'overview.selectHint':
    'Выберите событие на хронологической шкале, чтобы увидеть подробности и источник.',
  'overview.tip.year': 'Дата известна лишь с точностью до года',
  'overview.tip.month': 'Дата известна лишь с точностью до месяца',
  'overview.detail.source': 'Упоминается в документе {source}',
  'overview.views': 'Разделы',
  'overview.view.register':
    'Какие регионы представляют данные о своих поставках оружия в Регистр Организации Объединенных Наций и как менялся уровень участия.',
  'overview.view.missions':
    'Все полевые миссии Организации Объединенных Наций, упоминаемые в документах, с фильтрами по мандату в отношении эмбарго, виду миссии и региону.',
  'overview.view.trade':
    'Стоимость торговли стрелковым оружием и доля смертей, причиной которых стало огнестрельное оружие.',
  'overview.view.centres':
    'Что сделали три региональных центра Организации Объединенных Наций, где и с кем.',
  'overview.view.sources':
    'Пять исходных документов, документы, на которые они ссылаются, рекомендации приложения I и перечень эмбарго.',
  'register.rateTitle':
    'Представление данных в Регистр обычных вооружений Организации Объединенных Наций, {year} год, по региональным группам',
  'register.measure': 'Показатель',
  'register.measure.rate': 'Доля членов',
  'register.measure.count': 'Число государств',
  'register.countLabel': '{reporting} из {members}',
  'register.countChartLabel':
    'Столбчатая диаграмма: число государств-членов, представивших данные в Регистр обычных вооружений Организации Объединенных Наций в {year} году, по региональным группам Организации Объединенных Наций. {summary}',
  'register.mapLabel':
    'Карта мира: каждое государство-член закрашено по доле государств его региональной группы Организации Объединенных Наций, представивших данные в Регистр в {year} году. {summary}',
  'register.mapNoData': 'Нет данных',
  'register.mapSelect':
    'Выберите страну (щелчком, касанием или клавишей Enter, когда страна находится в фокусе), чтобы ее региональная группа была показана на диаграмме по годам ниже.',
  'register.mapChosen':
    'Показаны на диаграмме по годам ниже: {groups}. Чтобы убрать группу, выберите страну еще раз.',
  'register.mapToTrend': 'Перейти к диаграмме по годам',
  'register.mapLegend': 'Доля государств группы, представивших данные',
  'register.mapNote':
    'Страна закрашена по доле государств ее группы, а не по тому, представила ли она данные сама: источники приводят данные только по группам. Состав групп указан на сегодняшний день; некоторые государства-члены (число: {noShape}) слишком малы для карты масштаба 1:110 млн и показаны только в таблице.',
  'register.mapTitle': '{name}: {group}; данные представили {rate} государств группы',
  'register.participationTitle':
    'Государства, представившие данные в Регистр, по году осуществления поставок',
  'register.participationSubtitle':
    'Данные публикуются в разные моменты: одни на дату выпуска доклада, другие окончательные, третьи «по состоянию на» определенную дату.',
  'register.participationLabel':
    'Линейная диаграмма: государства, представившие данные в Регистр Организации Объединенных Наций, по году указанных поставок, с {from} по {to} год. {summary}',
  'register.participationAxis': 'Государства, представившие данные',
  'register.partialLegend':
    'Число без учета поздних представлений (на дату выпуска или «по состоянию на»)',
  'register.finalLegend': 'Опубликованное или окончательное число',
  'register.participationNote':
    'Пунктирные линии соединяют годы, которые не следуют друг за другом, или неокончательные данные; тенденций они не отражают. Более поздние данные за тот же год могут быть выше.',
  'register.col.dataYear': 'Год поставок',
  'register.col.reportYear': 'Год представления',
  'register.col.states': 'Государства, представившие данные',
  'register.col.qualifier': 'Момент подсчета',
  'register.col.asOf': 'По состоянию на',
  'register.col.note': 'Оговорка',
  'register.col.country': 'Страна',
  'register.qualifier.at_issue_date': 'на дату выпуска доклада',
  'register.qualifier.final': 'окончательное, с учетом поздних представлений',
  'register.qualifier.as_of': 'по состоянию на определенную дату',
  'register.qualifier.as_published': 'в опубликованном виде',
  'missions.title': 'Полевые миссии Организации Объединенных Наций и эмбарго на поставки оружия',
  'missions.subtitle':
    'Миссии, упоминаемые в документе S/2017/1025, и наличие у них мандата Совета Безопасности на содействие соблюдению эмбарго Организации Объединенных Наций на поставки оружия',
  'missions.filters': 'Фильтры миссий',
  'missions.search': 'Поиск миссий',
  'missions.searchPlaceholder': 'Название, принимающая страна, резолюция…',
  'missions.clear': 'Сбросить все фильтры',
  'missions.facet.mandate': 'Мандат на содействие соблюдению эмбарго',
  'missions.facet.kind': 'Вид',
  'missions.facet.wam': 'Содействие в управлении оружием и боеприпасами',
  'missions.facet.region': 'Региональная группа принимающей страны',
  'missions.facet.host': 'Принимающее государство',
  'missions.mandate.current': 'Действующий',
  'missions.mandate.ended': 'Завершенный',
  'missions.mandate.none': 'Отсутствует',
  'missions.kind.peacekeeping': 'Операция по поддержанию мира',
  'missions.kind.special_political': 'Специальная политическая миссия',
  'missions.wam.true': 'Да',
  'missions.wam.false': 'Нет',
  'missions.region.none': 'Нет единого принимающего государства',
  'missions.shown':
    '{shown, plural, one {Показана # миссия из {total}} few {Показаны # миссии из {total}} many {Показано # миссий из {total}} other {Показано # миссии из {total}}}',
  'missions.searchCaption': 'поиск: «{text}»',
  'missions.col.mission': 'Миссия',
  'missions.col.host': 'Принимающая страна',
  'missions.col.name': 'Полное название',
  'missions.col.nameZh': 'Название на китайском языке',
  'missions.col.kind': 'Вид',
  'missions.col.mandate': 'Мандат в отношении эмбарго',
  'missions.col.monitoring': 'Механизм наблюдения',
  'missions.col.wam': 'Содействие в управлении оружием и боеприпасами',
  'missions.col.embargoes': 'Эмбарго, действующие в отношении принимающей страны',
  'missions.mapLabel':
    'Карта мира: выделены принимающие страны {count, plural, one {# показанной миссии} few {# показанных миссий} many {# показанных миссий} other {# показанной миссии}}. {hosts}',
  'missions.mapLabelChosen':
    'Выбранные принимающие страны, миссии которых только и перечислены: {hosts}.',
  'missions.mapHost': 'Принимающая страна показанной миссии',
  'missions.mapOther': 'Другие страны',
  'missions.mapChosen': 'Выбранная принимающая страна',
  'missions.mapHostOther': 'Другая принимающая страна (выберите, чтобы добавить)',
  'missions.mapSelect':
    'Выберите принимающую страну (щелчком, касанием или клавишей Enter, когда страна находится в фокусе), чтобы перечислить только ее миссии; выберите ее еще раз, чтобы убрать.',
  'missions.tipHost': 'Принимает: {missions}',
  'missions.mapNote':
    'ЮНИСФА действует в районе Абьей между Суданом и Южным Суданом, который не имеет на карте собственного контура.',
  'missions.ended': 'Завершен в {year} году резолюцией {resolution}',
  'missions.detail.close': 'Закрыть подробности',
  'missions.detail.host': 'Принимающая страна',
  'missions.detail.kind': 'Вид',
  'missions.detail.mandate': 'Мандат на содействие соблюдению эмбарго',
  'missions.detail.monitoring': 'Как миссия осуществляет наблюдение за соблюдением эмбарго',
  'missions.detail.wam': 'Содействие в управлении оружием и боеприпасами',
  'missions.detail.embargoes':
    'Эмбарго Организации Объединенных Наций на поставки оружия, действующие в отношении принимающей страны (общедоступные факты)',
  'missions.detail.noEmbargo': 'в данных отсутствуют',
  'missions.detail.tasks': 'Что предусматривает мандат, по резолюциям',
  'missions.col.aspect': 'Задача',
  'missions.col.resolution': 'Резолюция',
  'missions.col.detail': 'Подробности',
  'missions.selectHint': 'Выберите миссию в таблице, чтобы увидеть ее мандат и источники.',
  'missions.monitoring.jmac': 'Объединенная аналитическая группа миссии',
  'missions.monitoring.jmac_embargo_cell':
    'Группа по эмбарго в составе Объединенной аналитической группы миссии',
  'missions.monitoring.sanctions_cooperation':
    'Сотрудничество с комитетом по санкциям и его группой экспертов',
  'missions.monitoring.focal_point': 'Координатор',
  'missions.monitoring.not_described': 'Не описан',
  'missions.monitoring.advisory_group': 'Консультативная группа',
  'missions.monitoring.maritime_task_force': 'Оперативное морское соединение',
  'missions.monitoring.dedicated_unit':
    'Специальное подразделение по наблюдению за соблюдением эмбарго',
  'missions.monitoring.firearms_inspection_teams':
    'Группы по инспектированию огнестрельного оружия',
  'missions.monitoring.none': 'Отсутствует',
  'trade.title': 'Торговля стрелковым оружием',
  'trade.subtitle': 'Что говорится в документе S/2017/1025 о торговле в 2014 году',
  'trade.valueCaption': 'Стоимость международной торговли стрелковым оружием, 2014 год',
  'trade.shareLabel':
    'Столбчатая диаграмма: на боеприпасы приходилось {share} всех мировых поставок стрелкового оружия в 2014 году; остальное ({rest}) приходилось на оружие, его части и принадлежности.',
  'trade.ammunition': 'Боеприпасы',
  'trade.rest': 'Прочее (расчетное значение: 100 % − {share})',
  'trade.note':
    'Стоимость торговли указана как нижний предел («не менее»): фактическая стоимость может быть выше. Значение более светлого столбца в документе не приводится: это 100 % за вычетом указанной доли.',
  'harm.title': 'Огнестрельное оружие и смертность, 2010–2015 годы',
  'harm.subtitle':
    'Два показателя с разными знаменателями: их нельзя сравнивать так, как если бы это был один показатель',
  'harm.violentLabel':
    'Столбчатая диаграмма: на огнестрельное оружие приходилось {value} насильственных смертей, 2010–2015 годы.',
  'harm.conflictLabel':
    'Столбчатая диаграмма: огнестрельное оружие применялось в {value} случаев смерти, непосредственно связанных с конфликтами, 2010–2015 годы.',
  'harm.violentCaption':
    'Доля всех насильственных смертей, причиной которых стало огнестрельное оружие',
  'harm.conflictCaption':
    'Доля смертей, непосредственно связанных с конфликтами, в которых применялось огнестрельное оружие',
  'harm.note':
    '«Почти половина» изображена с размытым концом на отметке 50 %: точной цифры в документах нет. Смерти в результате конфликтов являются частью насильственных смертей и учитываются отдельно.',
  'figures.col.label': 'Показатель',
  'figures.col.value': 'Значение',
  'figures.col.qualifier': 'Оговорка',
  'figures.col.unit': 'Единица',
  'figures.col.period': 'Период',
  'figures.col.derivedFrom': 'Источник, на который ссылается документ',
  'figures.col.periodEnd': 'Конец периода',
  'figures.col.source': 'Источник',
  'centres.title': 'Что сделали региональные центры',
  'centres.subtitle':
    'Показатели деятельности трех региональных центров Организации Объединенных Наций по вопросам мира и разоружения, август 2011 года — июль 2012 года (A/67/…), и общедоступные дополнительные сведения',
  'centres.unitChart': '{centre}: {unit}',
  'centres.unitLabel': 'Столбчатая диаграмма: {centre}, {unit}. {summary}',
  'centres.withoutFigure': 'Мероприятия, описанные в докладе без цифровых данных',
  'centres.col.centre': 'Центр',
  'centres.col.activity': 'Мероприятие',
  'centres.col.value': 'Значение',
  'centres.col.unit': 'Единица',
  'centres.col.period': 'Период',
  'centres.col.country': 'Страна',
  'centres.note':
    'Столбцы одной диаграммы имеют общую единицу измерения, но не всегда общий период: общедоступные дополнительные сведения (unlirec.org) относятся к другим датам, указанным в каждой подписи.',
  'centres.measure.states_capacity_built': 'Государства, потенциал которых был укреплен',
  'centres.measure.states_personnel_trained': 'Государства, персонал которых прошел подготовку',
  'centres.measure.states_legal_assistance': 'Государства, получившие правовую помощь',
  'centres.measure.weapons_destroyed': 'Уничтоженное оружие',
  'centres.measure.ammunition_destroyed': 'Уничтоженные патроны',
  'centres.measure.ammunition_destroyed_tonnes': 'Уничтоженные боеприпасы (в тоннах)',
  'centres.measure.personnel_trained': 'Персонал, прошедший подготовку',
  'centres.barLabel': '{measure}, {period}',
  'centres.barLabelCountry': '{measure}, {period}, {country}',
  'centres.workedWithList': 'Страны, с которыми работал тот или иной центр: {countries}.',
  'centres.noShape': '{name} (не показана на этой карте из-за малого размера)',
  'centres.mapTitle': 'Центры и страны, с которыми они работали',
  'centres.mapSubtitle':
    'Местоположение трех центров и страны, которые, согласно документам, получали помощь того или иного центра',
  'centres.mapLabel':
    'Карта мира: местоположение центров ({centres}); страны, с которыми работал тот или иной центр: {countries}.',
  'centres.workedWith':
    'Страна, с которой работал тот или иной центр (с точечной заливкой, чтобы были видны и малые страны)',
  'centres.seat': 'Местоположение центра (кольцо в центре страны)',
  'centres.tipCountry':
    'Сотрудничество: {centres}; перечислено {count, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}',
  'centres.col.name': 'Название',
  'centres.col.seat': 'Местоположение',
  'centres.seatIn': '{city} ({country})',
  'centres.col.region': 'Регион',
  'centres.col.activities': 'Перечислено мероприятий',
  'centres.col.partners': 'Перечислено партнеров',
  'centres.partnersTitle': 'Организации-партнеры',
  'centres.partnersSubtitle':
    'Региональные и субрегиональные организации, которым, согласно докладу, оказывал поддержку каждый центр',
  'centres.col.acronym': 'Сокращение',
  'centres.col.organisation': 'Организация',
  'centres.col.organisationZh': 'Название на китайском языке',
  'sources.seedsTitle': 'Пять исходных документов',
  'sources.seedsSubtitle':
    'Скопированы без изменений в каталог seeds/; каждая цифра на этом сайте взята из них или из указанного общедоступного источника',
  'sources.networkCaption':
    'Документы, которые ссылаются на другие документы или на которые ссылаются другие документы (документов: {docs}; пар ссылок: {links}); общедоступные источники данных, не относящиеся ни к тем, ни к другим, не показаны',
  'sources.seedsCaption': 'Документы из файла documents.csv с ролью «seed» (исходный документ)',
  'sources.col.symbol': 'Условное обозначение',
  'sources.col.title': 'Название',
  'sources.col.titleZh': 'Название на китайском языке',
  'sources.col.date': 'Дата',
  'sources.col.body': 'Орган',
  'sources.col.file': 'Файл в каталоге seeds/',
  'sources.col.citedBy': 'На него ссылаются',
  'sources.col.cites': 'Ссылается на',
  'sources.col.kind': 'Вид',
  'sources.col.role': 'Роль',
  'sources.networkTitle': 'На что ссылаются документы',
  'sources.networkSubtitle':
    'Документов: {docs}; ссылок: {citations} (пар ссылок: {links}, по одной линии на пару). Чем больше круг, тем чаще на документ ссылаются пять исходных документов; пять исходных документов обведены темным кольцом.',
  'sources.networkLabel':
    'Сеть из {docs, plural, one {# документа} few {# документов} many {# документов} other {# документа}} и {links, plural, one {# ссылки} few {# ссылок} many {# ссылок} other {# ссылки}} между ними. Для перехода между документами используйте клавиши со стрелками, для выбора — клавишу Enter.',
  'sources.node':
    '{symbol}, {kind}; {citedBy, plural, =0 {не цитируется} =1 {цитируется один раз} one {цитируется # раз} few {цитируется # раза} many {цитируется # раз} other {цитируется # раза}}; {cites, plural, =0 {не ссылается на другие документы} one {ссылается на # документ} few {ссылается на # документа} many {ссылается на # документов} other {ссылается на # документа}}',
  'sources.selectHint':
    'Выберите документ в сети, чтобы увидеть, на что он ссылается и что ссылается на него.',
  'sources.tip.cited':
    '{count, plural, =0 {Не цитируется} =1 {Цитируется один раз} one {Цитируется # раз} few {Цитируется # раза} many {Цитируется # раз} other {Цитируется # раза}}',
  'sources.tip.cites':
    '{count, plural, =1 {ссылается на другие документы один раз} one {ссылается на другие документы # раз} few {ссылается на другие документы # раза} many {ссылается на другие документы # раз} other {ссылается на другие документы # раза}}',
  'sources.tip.scope': 'Учитываются ссылки в пяти исходных документах',
  'sources.sizeKey': 'Размер круга: число ссылок на документ',
  'sources.seedKey': 'Темное кольцо: один из пяти исходных документов',
  'sources.detail.cites': 'Ссылается на',
  'sources.detail.citedBy': 'На него ссылаются',
  'sources.detail.none': 'в данных отсутствуют',
  'sources.unconfirmed': 'условное обозначение не подтверждено',
  'sources.kindGroup.resolution': 'Резолюция или решение',
  'sources.kindGroup.report': 'Доклад',
  'sources.kindGroup.statement': 'Заявление Председателя или документ Совета',
  'sources.kindGroup.other': 'Прочее (документ, публикация, веб-страница, набор данных)',
  'kind.general_assembly_resolution': 'Резолюция Генеральной Ассамблеи',
  'kind.general_assembly_decision': 'Решение Генеральной Ассамблеи',
  'kind.security_council_resolution': 'Резолюция Совета Безопасности',
  'kind.presidential_statement': 'Заявление Председателя',
  'kind.security_council_document': 'Документ Совета Безопасности',
  'kind.secretary_general_report': 'Доклад Генерального секретаря',
  'kind.report': 'Доклад',
  'kind.panel_report': 'Доклад группы экспертов',
  'kind.conference_document': 'Документ конференции',
  'kind.agenda': 'Повестка дня',
  'kind.other_un_document': 'Другой документ Организации Объединенных Наций',
  'kind.instrument': 'Международный документ',
  'kind.au_decision': 'Решение Африканского союза',
  'kind.standard': 'Стандарт',
  'kind.research_publication': 'Научная публикация',
  'kind.yearbook': 'Ежегодник',
  'kind.press_release': 'Пресс-релиз',
  'kind.web_page': 'Веб-страница',
  'kind.dataset': 'Набор данных',
  'aspect.embargo_support': 'Содействие соблюдению эмбарго на поставки оружия',
  'aspect.embargo_monitoring': 'Наблюдение за соблюдением эмбарго',
  'aspect.compliance_inspection': 'Наблюдение за соблюдением и инспекции',
  'aspect.wam_support': 'Управление оружием и боеприпасами',
  'aspect.information_sharing': 'Обмен информацией о несоблюдении',
  'aspect.sanctions_cooperation': 'Сотрудничество с комитетом по санкциям и группой экспертов',
  'aspect.awareness': 'Разъяснение эмбарго властям',
  'aspect.capacity_building': 'Укрепление национального потенциала',
  'aspect.embargo_ended': 'Мандат в отношении эмбарго прекращен',
  'aspect.committee_reporting': 'Доклады комитету по санкциям',
  'aspect.confiscation_destruction': 'Конфискация и уничтожение оружия',
  'aspect.destruction_review': 'Обзор компонента по уничтожению',
  'status.in_force': 'Действует',
  'status.partly_lifted': 'Частично отменено',
  'status.lifted': 'Отменено',
  'status.ended': 'Прекращено',
  'status.expired': 'Истек срок действия',
  'status.superseded': 'Заменено',
  'sources.recommendationsTitle':
    'Рекомендации, рассмотренные в приложении I к документу S/2017/1025',
  'sources.recommendationsSubtitle': 'Что рекомендовалось в четырех предыдущих докладах и кому',
  'sources.col.report': 'Доклад',
  'sources.col.number': '№',
  'sources.col.theme': 'Тема',
  'sources.col.addressees': 'Адресат',
  'sources.col.actions': 'Меры',
  'sources.embargoesTitle':
    'Эмбарго Совета Безопасности Организации Объединенных Наций на поставки оружия',
  'sources.embargoesSubtitle':
    'Общедоступные факты (СИПРИ и страницы Организации Объединенных Наций, посвященные санкциям), дополняющие документы; недостоверные строки помечены',
  'sources.embargoMapLabel':
    'Карта мира: объекты действующих эмбарго Организации Объединенных Наций на поставки оружия. {targets}',
  'sources.inForce': 'Действующее эмбарго (полное или частичное)',
  'sources.col.target': 'Объект',
  'sources.col.established': 'Введено',
  'sources.col.start': 'С',
  'sources.col.end': 'По',
  'sources.col.status': 'Статус',
  'sources.col.uncertain': 'Недостоверно',
  'sources.col.missions': 'Миссии в принимающей стране',
  'register.col.rateDescription':
    'Число государств, представивших данные, деленное на число членов группы (от 0 до 1 в файле CSV)',
  'register.salwMeaning':
    '{group}: число государств, представивших данные в {year} году и включивших в них стрелковое оружие: {count}',
  'register.participationMeaning':
    '{count, plural, one {# государство представило данные} few {# государства представили данные} many {# государств представили данные} other {# государства представили данные}}',
  'register.year': 'Год представления данных',
  'register.yearShown': 'Данные, полученные в {year} году',
  'register.yearHint':
    '{count, plural, one {# год} few {# года} many {# лет} other {# года}} с данными по группам: {years}',
  'register.yearPeriod': 'Данные, полученные в {year} году',
  'register.trendTitle':
    'Доля государств каждой региональной группы, представивших данные в Регистр, по годам',
  'register.trendSubtitle':
    'Все годы, за которые источник приводит данные по группам; пунктирная линия проходит через годы, за которые данных нет',
  'register.trendLegend': 'Группы (нажмите, чтобы показать или скрыть)',
  'register.trendAxis': 'Доля государств группы, представивших данные',
  'register.trendLabel':
    'Линейная диаграмма: доля государств каждой региональной группы Организации Объединенных Наций, представивших данные в Регистр, с {from} по {to} год. {summary}',
  'register.trendPoint': '{group}, {year}: {rate} ({reporting} из {members})',
  'register.trendNone':
    'Ни одна группа не выбрана: нажмите на группу выше, чтобы показать ее линию.',
  'register.trendNote':
    'Показаны только годы, за которые источник приводит данные по региональным группам; эти годы не следуют друг за другом, поэтому линии не отражают тенденций между ними.',
  'register.col.year': 'Год представления',
  'register.tipCountry': '{group}: данные представили {rate} государств группы',
  'register.tipParticipation':
    '{count, plural, one {# государство представило данные} few {# государства представили данные} many {# государств представили данные} other {# государства представили данные}}',
  'register.tipDataYear': 'Поставки в {year} году, данные представлены в {report} году',
  'sources.citesMeaning': '{citing} ссылается на {cited}',
  'missions.col.iso3': 'Код принимающей страны по ISO 3166-1 alpha-3',
  'common.yes': 'да',
  'common.no': 'нет',
  'notFound.title': 'Страница не найдена',
  'notFound.body': 'По этому адресу страницы нет.',
  'notFound.home': 'Перейти к обзору',
  'workbench.title': 'Ваши данные: загрузка, запросы, диаграммы',
  'workbench.lede':
    'Перетащите сюда файлы CSV (выгрузку из Глобальной базы данных по ЦУР, регистр торговли оружием СИПРИ, собственные национальные данные) и анализируйте их с помощью SQL вместе с таблицами информационной панели. Все операции выполняются в этом браузере; на сервер ничего не отправляется.',
  'workbench.noscript':
    'Рабочая среда запускает DuckDB в вашем браузере, и для нее требуется JavaScript.',
  'workbench.sqlTitle': 'Рабочая среда SQL',
  'workbench.schema': 'Таблицы',
  'workbench.yours': 'ваша',
  'workbench.editorLabel': 'Запрос SQL',
  'workbench.placeholder': 'SELECT * FROM register_reporting',
  'workbench.run': 'Выполнить',
  'workbench.cancel': 'Отменить',
  'workbench.share': 'Поделиться ссылкой',
  'workbench.shareLink': 'Ссылка на этот запрос и диаграмму:',
  'workbench.history': 'Журнал',
  'workbench.historyPick': 'Предыдущие запросы ({count})',
  'workbench.keys': 'Ctrl+Enter (⌘+Enter) выполняет запрос или только выделенный текст.',
  'workbench.running': 'Выполнение…',
  'workbench.cancelled': 'Запрос отменен.',
  'workbench.resultSummary': 'Строк: {rows} · столбцов: {columns} · {ms} мс.',
  'workbench.resultLabel': 'Результат запроса',
  'workbench.errorPlace': 'Ошибка в строке {line}, столбце {column}:',
  'workbench.engineReady':
    'DuckDB {version}, отдельный экземпляр: ничто из выполняемого здесь не затрагивает того, что показывают страницы информационной панели.',
  'workbench.fromLink':
    'Этот запрос получен по ссылке и не выполнялся. Прочитайте его, а затем нажмите «Выполнить», если хотите получить результат. Запросы, которые записывают или удаляют данные либо изменяют параметры, по ссылке не выполняются.',
  'workbench.fromLinkRan':
    'Этот запрос получен по ссылке. По ссылкам выполняются только запросы на чтение; чтобы выполнить другие содержащиеся в нем инструкции, сделайте его своим запросом.',
  'workbench.ownQuery': 'Сделать моим запросом',
  'workbench.ownQueryDone':
    'Теперь это ваш запрос: он выполняется так же, как и все, что вы вводите сами.',
  'workbench.linkRefused':
    'Не выполнен: этот запрос получен по ссылке и {what} ({word}, строка {line}, столбец {column}). По ссылкам выполняются только запросы на чтение. Если вы доверяете этому запросу, нажмите «Сделать моим запросом» и выполните его еще раз.',
  'workbench.effect.changesData': 'изменил бы базу данных',
  'workbench.effect.changesSetting': 'изменил бы параметр',
  'workbench.effect.touchesFile': 'прочитал бы или записал бы файл',
  'workbench.effect.callsFunction':
    'вызывает табличную функцию, которую нельзя выполнять по ссылке',
  'workbench.effect.sideEffect': 'вызывает функцию, изменяющую состояние',
  'workbench.effect.changesDatabases':
    'подключил бы, отключил бы или сменил бы базу данных либо загрузил бы расширение',
  'workbench.effect.invisibleSpace':
    'содержит символ, который выглядит как пустое место или пробел внутри слова и который DuckDB читает как пробел',
  'workbench.effect.unplannable':
    'не является запросом, который DuckDB может спланировать как операцию чтения',
  'workbench.linkUnread':
    'Не выполнен: этот запрос получен по ссылке, и DuckDB не может прочитать его дальше элемента {word} (строка {line}, столбец {column}), поэтому проверить, что это запрос на чтение, невозможно. Если вы хотите выполнить его сами, отредактируйте запрос.',
  'workbench.linkBidi':
    'Не выполнен: этот запрос получен по ссылке и содержит {word} (строка {line}, столбец {column}) — невидимый символ, который меняет порядок отображения текста, поэтому запрос может выполниться не так, как читается. Если вы доверяете этому запросу, нажмите «Сделать моим запросом» и выполните его еще раз.',
  'workbench.export': 'Скачать результат:',
  'workbench.exportNote':
    "Формат CSV предназначен для электронных таблиц: в начало текста, который начинается с символов =, +, -, {at}, табуляции или разрыва строки (или содержит один из первых четырех символов после пробелов, точки с запятой или табуляции), добавляется символ ', чтобы он никогда не выполнялся как формула. Формат Parquet сохраняет все значения в точности.",
  'workbench.exporting': 'Подготовка файла…',
  'workbench.exportFailed': 'Не удалось подготовить файл: {message}',
  'workbench.exportCancelled': 'Экспорт отменен.',
  'workbench.resultSummaryFirst': 'Первые строки: {rows} · столбцов: {columns} · {ms} мс.',
  'workbench.truncated':
    'Показаны первые строки более длинного результата (строк: {rows}): эта страница хранит лишь часть результата (предел: строк — {limitRows}, объем — {limitBytes}). При экспорте записывается весь результат.',
  'workbench.truncatedWrite':
    'Показаны первые строки более длинного результата (строк: {rows}): эта страница хранит лишь часть результата (предел: строк — {limitRows}, объем — {limitBytes}). Инструкция изменяет данные, поэтому при экспорте она не выполняется повторно и записываются только эти строки (строк: {rows}).',
  'workbench.null': 'NULL',
  'workbench.chartTitle': 'Диаграмма результата',
  'workbench.noChart':
    'Строить диаграмму не из чего: для диаграммы нужен столбец с числами и еще один столбец, с которым их можно сопоставить.',
  'workbench.chart.kind': 'Диаграмма',
  'workbench.chart.bar': 'Столбчатая',
  'workbench.chart.line': 'Линейная',
  'workbench.chart.scatter': 'Точечная',
  'workbench.chart.map': 'Карта',
  'workbench.chart.x': 'Категории / x',
  'workbench.chart.country': 'Код страны (M49)',
  'workbench.chart.y': 'Значение / y',
  'workbench.chart.label':
    'Диаграмма (тип: {kind}): {y} по {x}, первые строки результата (строк: {rows}).',
  'workbench.chart.truncated':
    'На диаграмме показаны первые строки ({shown} из {rows}); в таблице показаны все строки.',
  'workbench.chart.empty': 'Ни в одной строке нет числа в столбце {y}.',
  'workbench.chart.source': 'ваши данные в том виде, в каком их выбирает запрос под диаграммой',
  'workbench.ready.sdgTitle':
    'Выгрузка из Глобальной базы данных по ЦУР Организации Объединенных Наций: {table}',
  'workbench.ready.series': 'Ряд',
  'workbench.ready.dimensions': 'Показано одно значение каждого измерения: {dimensions}.',
  'workbench.ready.byArea': 'Значение по районам, {period}',
  'workbench.ready.byAreaLabel':
    'Столбчатая диаграмма: значение по районам за {period} (районов: {count}).',
  'workbench.ready.top':
    'Показаны районы с наибольшими значениями ({shown} из {count}); на карте показаны все районы.',
  'workbench.ready.mapLabel': 'Карта мира: значение по странам за {period}.',
  'workbench.ready.area': 'Район по годам',
  'workbench.ready.overTimeLabel': 'Линейная диаграмма: значение по годам для района {area}.',
  'workbench.ready.sipriTitle': 'Регистр торговли оружием СИПРИ: {table}',
  'workbench.ready.sipriHeader':
    'Заголовок найден в строке {line}. Пометки о неопределенности («?») сохранены в столбцах: {uncertain}.',
  'workbench.ready.sipriTiv':
    'Столбчатая диаграмма: {measure} по поставщикам, 15 крупнейших (показатели тенденций СИПРИ).',
  'workbench.ready.sipriTivCaption':
    'Объем поставок по поставщикам, 15 крупнейших, в миллионах единиц показателя тенденций СИПРИ (SIPRI TIV, млн; столбец «{column}»).',
  'workbench.ready.sipriDealsCaption':
    'Число сделок по поставщикам, 15 крупнейших (в файле нет столбца SIPRI TIV).',
  'workbench.ready.sipriNotNumbers':
    'Значения в столбце «{column}», не являющиеся числами, не учитываются ({bad} из {given}), поэтому на диаграмме могут отсутствовать фактические лидеры. Программа электронных таблиц могла добавить разделители в конце каждой строки: проверьте последний столбец файла.',
  'workbench.ready.sipriDeals': 'Столбчатая диаграмма: число сделок по поставщикам, 15 крупнейших.',
  'upload.title': 'Загрузка файлов CSV',
  'upload.drop': 'Перетащите сюда файлы CSV или выберите их (можно несколько сразу).',
  'upload.detected': '(определено автоматически)',
  'upload.encoding': 'Кодировка',
  'upload.encoding.utf-8': 'UTF-8',
  'upload.encoding.utf-16le': 'UTF-16 LE',
  'upload.encoding.utf-16be': 'UTF-16 BE',
  'upload.encoding.gb18030': 'GBK / GB18030 (китайский)',
  'upload.encoding.windows-1252': 'Windows-1252 / Latin-1',
  'upload.delimiter': 'Разделитель',
  'upload.delimiter.comma': 'Запятая',
  'upload.delimiter.semicolon': 'Точка с запятой',
  'upload.delimiter.tab': 'Табуляция',
  'upload.delimiter.pipe': 'Вертикальная черта',
  'upload.delimiter.space': 'Пробел',
  'upload.skip': 'Число пропускаемых строк',
  'upload.header': 'В первой строке указаны имена столбцов',
  'upload.comment': 'Пропускать строки, начинающиеся с «#» (комментарии)',
  'upload.moreLines': 'еще {count}',
  'upload.tableName': 'Имя таблицы',
  'upload.previewCaption': 'Первые строки файла {file} в том виде, в каком они будут загружены',
  'upload.type.integer': 'целое число',
  'upload.type.number': 'число',
  'upload.type.date': 'дата',
  'upload.type.text': 'текст',
  'upload.type.empty': 'пусто',
  'upload.format.sdg': 'Выгрузка из Глобальной базы данных по ЦУР Организации Объединенных Наций',
  'upload.format.sipri': 'Регистр торговли оружием СИПРИ',
  'upload.load': 'Загрузить как {table}',
  'upload.discard': 'Отказаться',
  'upload.step.reading': 'Чтение файла…',
  'upload.step.loading': 'Загрузка в DuckDB…',
  'upload.place.line': '{file}, строка {line}',
  'upload.place.lineColumn': '{file}, строка {line}, столбец {column}',
  'upload.problem.empty': 'файл пуст (0 байт).',
  'upload.problem.blank': 'файл содержит только пустые строки.',
  'upload.problem.binary':
    'это не текстовый файл (он содержит двоичные данные); выберите файл CSV.',
  'upload.problem.xlsx':
    'это книга Excel (.xlsx) или архив zip, а не файл CSV. В Excel выберите «Сохранить как» → «CSV UTF-8».',
  'upload.problem.xls':
    'это книга Excel старого формата (.xls), а не файл CSV. В Excel выберите «Сохранить как» → «CSV UTF-8».',
  'upload.problem.gzip': 'этот файл сжат с помощью gzip; сначала распакуйте его.',
  'upload.problem.pdf': 'это документ PDF, а не файл CSV.',
  'upload.problem.html':
    'это веб-страница (HTML), а не файл CSV; возможно, по ссылке для загрузки была сохранена страница, а не сам файл.',
  'upload.problem.json': 'это JSON, а не CSV.',
  'upload.problem.noRows': 'после заголовка нет строк с данными.',
  'upload.problem.ragged':
    'в этой строке {found, plural, one {# поле} few {# поля} many {# полей} other {# поля}}, а в заголовке — {expected}. Проверьте разделитель или кавычки вокруг значений, содержащих его.',
  'upload.problem.unclosedQuote':
    'здесь начинается значение в кавычках, которые так и не закрываются.',
  'upload.problem.strayQuote':
    'кавычка внутри значения не удвоена (""), как того требует формат CSV.',
  'upload.problem.duplicateHeader':
    'имя столбца «{name}» используется дважды; этот столбец загружается как «{renamed}».',
  'upload.problem.blankHeader': 'у этого столбца нет имени; он загружается как «{name}».',
  'upload.problem.badBytes':
    'некоторые байты недопустимы в кодировке {encoding} (показаны как �); возможно, файл записан в другой кодировке.',
  'upload.problem.oneColumn':
    'разделитель не найден, поэтому каждая строка представляет собой одно значение. Если это не так, выберите разделитель.',
  'upload.problem.comment': 'эта строка начинается с «#» и пропущена как комментарий.',
  'upload.problem.comments': 'строки {lines} начинаются с «#» и пропущены как комментарии.',
  'upload.problem.loadFailed': 'DuckDB не удалось загрузить файл: {message}',
  'upload.problem.nameTaken': 'таблица с именем «{name}» уже существует; выберите другое имя.',
  'upload.problem.nameInvalid':
    '«{name}» не может быть именем таблицы: используйте строчные латинские буквы, цифры и символ _; имя должно начинаться с буквы или _.',
  'upload.problem.nameReserved':
    '«{name}» — ключевое слово SQL, поэтому в каждом запросе его пришлось бы заключать в кавычки; выберите другое имя.',
  'upload.problem.nameKeptElsewhere':
    'на другой вкладке только что была сохранена таблица с именем «{name}», поэтому этот файл будет загружен как «{suggested}»; при желании измените имя.',
  'upload.problem.nameTakenElsewhere':
    'на другой вкладке сохранена или загружается таблица с именем «{name}», поэтому здесь ничего не загружено, а та таблица не затронута. Теперь указано имя «{suggested}»: загрузите файл снова или выберите другое имя.',
  'upload.problem.tooLarge':
    'размер этого файла — {size}; для его загрузки требуется около {needed} памяти, больше, чем может выделить этот браузер (около {limit}). Загрузка может завершиться ошибкой или остановить вкладку: надежнее загрузить выборку меньшего размера (меньше строк или столбцов).',
  'upload.problem.tooLargeForBrowser':
    'размер этого файла — {size}; для его загрузки требуется не менее {needed} памяти, больше, чем DuckDB может использовать в любом браузере ({limit}). Загрузите выборку меньшего размера (меньше строк или столбцов).',
  'upload.problem.padding':
    'каждая строка заканчивается символами «{padding}», добавленными для выравнивания, как это бывает после повторного сохранения файла в программе электронных таблиц; эти символы отброшены, поэтому значения последнего столбца сохранены.',
  'upload.problem.joinedRecords':
    'записи, разбитые на несколько строк разрывом строки внутри значения без кавычек (так иногда бывает в выгрузках СИПРИ), прочитаны каждая как одна запись с сохранением разрыва строки в этом значении: строки {lines}.',
  'upload.problem.paddedValues':
    'значения столбца «{name}» окружены пробелами или знаками табуляции; они прочитаны как соответствующие числа или даты.',
  'upload.problem.tooLargeToKeep':
    'размер этого файла — {size}, а этот браузер позволяет сайту сохранить еще только {free}: файл можно загрузить, но до следующего посещения он сохранен не будет.',
  'upload.problem.lateText':
    'столбец «{name}» загружен как текст: значение «{value}» здесь не является числом или датой, в отличие от предшествующих значений.',
  'upload.problem.lateCode':
    'столбец «{name}» загружен как текст: одно из значений за пределами предварительного просмотра записано как код (с начальным нулем или знаком +), а не как число.',
  'tables.title': 'Ваши таблицы',
  'tables.none': 'Таблицы еще не загружены.',
  'tables.restoreFailed':
    'Таблицу «{table}», сохраненную при предыдущем посещении, не удалось загрузить снова ({message}); ее файл по-прежнему сохранен.',
  'tables.restoredFromCsv':
    'Быструю копию таблицы «{table}» прочитать не удалось, поэтому она загружена снова из сохраненного файла CSV. Ничего не утрачено.',
  'tables.restoring': 'Загрузка таблиц, сохраненных при последнем посещении…',
  'tables.col.table': 'Таблица',
  'tables.col.file': 'Файл',
  'tables.col.rows': 'Строки',
  'tables.col.size': 'Размер файла',
  'tables.col.loaded': 'Время загрузки',
  'tables.col.kept': 'Хранение',
  'tables.col.actions': 'Действия',
  'tables.coming': 'в этом браузере, загружается…',
  'tables.kept': 'в этом браузере',
  'tables.visitOnly': 'только на время этого посещения',
  'tables.query': 'Запрос',
  'tables.remove': 'Удалить',
  'tables.removeLabel': 'Удалить таблицу {table}',
  'tables.storage.unavailable':
    'Этот браузер не позволяет странице сохранять файлы (приватное окно или отключенное хранилище). Ваши таблицы доступны во время этого посещения и исчезнут после перезагрузки страницы.',
  'tables.storage.full':
    'Хранилище браузера заполнено, поэтому эта таблица не будет сохранена до следующего посещения. Она доступна во время этого посещения; чтобы освободить место, удалите другие таблицы.',
  'tables.storage.failed':
    'Таблицу не удалось сохранить в хранилище браузера; она доступна только во время этого посещения.',
  'a11y.skip': 'Перейти к основному содержанию',
  'a11y.theme': 'Тема',
  'a11y.theme.system': 'Системная',
  'a11y.theme.light': 'Светлая',
  'a11y.theme.dark': 'Темная',
  'a11y.pageTitle': '{page} · {app}',
  'a11y.itemTitle': '{item} · {page} · {app}',
  'a11y.tableRegion': '{caption} (таблица; прокручивается по горизонтали)',
  'a11y.scrollHint': 'Прокрутите по горизонтали, чтобы увидеть все столбцы.',
  'a11y.printedFrom': 'Распечатано с {url}',
  'a11y.editorHelp':
    'В редакторе клавиша Tab ставит отступ. Чтобы выйти из него с помощью клавиатуры, нажмите Esc, а затем Tab (или Shift+Tab).',
  'a11y.measureShown':
    'Показатель: {measure}, по {count, plural, one {# региональной группе} few {# региональным группам} many {# региональным группам} other {# региональной группы}}.',
  'nav.countries': 'Страны',
  'nav.indicator': 'Показатель 16.4.2',
  'countries.title': 'Государства — члены Организации Объединенных Наций',
  'countries.subtitle':
    '193 государства-члена, их региональные группы Организации Объединенных Наций и число строк каждой встроенной таблицы, в которых они упоминаются',
  'countries.search': 'Поиск стран',
  'countries.region': 'Региональная группа Организации Объединенных Наций',
  'countries.anyRegion': 'Любая группа',
  'countries.shown':
    '{shown, plural, one {Показано # государство-член из {total}} few {Показано # государства-члена из {total}} many {Показано # государств-членов из {total}} other {Показано # государства-члена из {total}}}',
  'countries.col.name': 'Страна',
  'countries.col.group': 'Региональная группа Организации Объединенных Наций',
  'countries.col.missions': 'Размещенные миссии',
  'countries.col.embargoes': 'Эмбарго на поставки оружия',
  'countries.col.mentions': 'Пункты с упоминанием страны',
  'countries.col.sdg': 'Значения показателя 16.4.2 ЦУР',
  'country.noGroup': 'Не входит ни в одну региональную группу Организации Объединенных Наций',
  'country.hasData': 'Во встроенных данных имеются: {list}.',
  'country.listSep': '; ',
  'country.noData':
    'Во встроенных данных нет ни миссий, ни эмбарго на поставки оружия, ни пунктов документов, ни значений показателя 16.4.2 ЦУР по этой стране.',
  'country.has.missions': 'развернутые миссии (прошлые и нынешние): {n}',
  'country.has.embargoes': 'эмбарго на поставки оружия: {n}',
  'country.has.mentions': 'пункты документов с упоминанием страны: {n}',
  'country.has.values': 'значения показателя 16.4.2 ЦУР: {n}',
  'country.col.mission': 'Миссия',
  'country.col.name': 'Название',
  'country.col.start': 'Начало',
  'country.col.end': 'Окончание',
  'country.col.target': 'Объект',
  'country.col.established': 'Введено',
  'country.col.status': 'Статус',
  'country.col.reason': 'Причина упоминания',
  'country.col.passage': 'Фрагмент (на китайском языке)',
  'country.col.year': 'Год',
  'country.missions.title':
    'Миссии Организации Объединенных Наций, развернутые в стране (прошлые и нынешние), и их мандаты на содействие соблюдению эмбарго',
  'country.col.ended': 'Завершение',
  'country.mission.ongoing': 'Продолжается',
  'country.mission.endsOn': 'Продолжается (до {date})',
  'country.missions.none':
    'В документах не упоминается ни одна полевая миссия Организации Объединенных Наций, развернутая в этой стране.',
  'country.embargoes.title':
    'Эмбарго Организации Объединенных Наций на поставки оружия в отношении страны или действующих в ней сторон',
  'country.embargoes.none':
    'Ни одно эмбарго Совета Безопасности Организации Объединенных Наций на поставки оружия, содержащееся в данных, не направлено против этой страны или действующих в ней сторон.',
  'country.mentions.title': 'Пункты исходных документов с упоминанием страны',
  'country.mentions.none':
    'Ни в одном из пяти исходных документов эта страна не упоминается в пунктах, учтенных в данных.',
  'country.sdg.title': 'Значения показателя 16.4.2 ЦУР по годам',
  'country.sdg.none':
    'Глобальная база данных по ЦУР Организации Объединенных Наций не публикует значений показателя 16.4.2 ЦУР по этой стране.',
  'country.sdg.label':
    'Линейная диаграмма: значения показателя 16.4.2 ЦУР для страны {country}, доля изъятого, обнаруженного или сданного оружия, происхождение которого отслежено. {summary}',
  'country.links': 'В других разделах',
  'country.registerNote':
    'источники приводят данные о представлении данных в Регистр по региональным группам Организации Объединенных Наций, а не по странам.',
  'indicator.named': 'Показатель {code}',
  'indicator.targetNamed': 'Задача {code}',
  'indicator.custodians': 'Учреждения-хранители',
  'indicator.tier': 'Уровень',
  'indicator.col.value': 'Доля отслеженного оружия',
  'indicator.col.series': 'Код ряда',
  'indicator.16-4.text':
    'К 2030 году значительно сократить незаконные финансовые потоки и потоки оружия, активизировать деятельность по обнаружению и возвращению похищенных активов и вести борьбу со всеми формами организованной преступности',
  'indicator.16-4-1.text':
    'Общая стоимость входящих и исходящих незаконных финансовых потоков (в текущих долларах США)',
  'indicator.16-4-2.text':
    'Доля изъятого, обнаруженного или сданного оружия, незаконное происхождение или контекст которого были отслежены или установлены компетентным органом в соответствии с международными документами',
  'indicator.16-4-2.short':
    'Доля изъятого, обнаруженного или сданного оружия, незаконное происхождение которого было отслежено',
  'indicator.16-4-2.note':
    'Значения в том виде, в каком их публикует Глобальная база данных по ЦУР Организации Объединенных Наций (ряд VC_ARM_SZTRACE); страны представляют данные за выбранные ими годы, поэтому эти значения не образуют временного ряда для мира в целом.',
  'indicator.16-4-1.none':
    'На этом сайте нет данных по показателю 16.4.1: он измеряет незаконные финансовые потоки, которые не рассматриваются ни в одном из исходных документов, и во встроенных таблицах его значений нет.',
  'indicator.coverage':
    'Данные содержат {values, plural, one {# опубликованное значение} few {# опубликованных значения} many {# опубликованных значений} other {# опубликованного значения}} по {countries, plural, one {# стране} few {# странам} many {# странам} other {# страны}} за {from}–{to} годы. Страны, не включенные в перечень, значений не публиковали.',
  'indicator.chartLabel':
    'Диаграмма: {values, plural, one {# опубликованное значение} few {# опубликованных значения} many {# опубликованных значений} other {# опубликованного значения}} показателя 16.4.2 ЦУР по {countries, plural, one {# стране} few {# странам} many {# странам} other {# страны}}, по одной линии на страну.',
  'share.embed': 'Встроить',
  'share.cite': 'Цитировать',
  'share.label': 'Встроить или процитировать: {title}',
  'share.embedLabel': 'Код для встраивания: «{title}»',
  'share.embedHint':
    'Вставьте этот код HTML в веб-страницу, чтобы показать только диаграмму с ее названием, источниками и ссылкой на этот раздел.',
  'share.preview': 'Открыть только диаграмму',
  'share.citeLabel': 'Библиографическая ссылка: «{title}»',
  'share.copy': 'Копировать',
  'share.copied': 'Скопировано.',
  'share.copyFailed': 'Не удалось скопировать: выделите текст и скопируйте его.',
  'share.notReady':
    'Кнопки «Встроить» и «Цитировать» начинают работать после завершения загрузки страницы.',
  'share.citation': '«{title}». {app}. {url} (дата обращения: {date}). Источники: {sources}.',
  'share.titleNames': '{title}: {names}',
  'share.citationNoSources': '«{title}». {app}. {url} (дата обращения: {date}).',
  'embed.viewFull': 'Полное представление на сайте «{app}»',
  'compare.legend': 'Страны для сравнения',
  'compare.search': 'Найти страну',
  'compare.clear': 'Показать все страны',
  'compare.chosen':
    '{count, plural, one {Выбрана # страна из {total} ({names}).} few {Выбраны # страны из {total} ({names}).} many {Выбрано # стран из {total} ({names}).} other {Выбрано # страны из {total} ({names}).}}',
  'compare.all':
    'Показаны все страны ({total, plural, one {# страна} few {# страны} many {# стран} other {# страны}}). Выберите несколько стран, чтобы сравнить их.',
  'compare.limit':
    'Одновременно можно сравнить не более {max, plural, one {# страны} few {# стран} many {# стран} other {# страны}}, каждую своим цветом: чтобы добавить страну, снимите отметку с другой.',
  'compare.dropped':
    'В ссылке {count, plural, one {указана # страна} few {указаны # страны} many {указано # стран} other {указано # страны}}; показаны первые {max}.',
  'compare.noMatch':
    'Ни одна страна, по которой имеются данные, не соответствует запросу «{query}».',
};

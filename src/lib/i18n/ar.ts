import type { Messages } from './messages';

/**
 * The Arabic UI catalogue: every key of `en`, in the same order. Terms follow the Arabic texts of
 * UN documents (الأسلحة الصغيرة والأسلحة الخفيفة، حظر توريد الأسلحة، سجل الأمم المتحدة للأسلحة
 * التقليدية، عمليات حفظ السلام ...). Counts are written as «عدد مجموعات البيانات: {count}», since the
 * code passes no plural forms.
 */
export const ar: Messages = {
  'app.title': 'لوحة معلومات تدفقات الأسلحة: الغاية 16.4 من أهداف التنمية المستدامة',
  'app.tagline':
    'إحصاءات مراقبة الأسلحة الصغيرة وتجارة الأسلحة مستقاة من وثائق الأمم المتحدة، مع ربط كل رقم بالفقرة التي ورد فيها. تعمل في متصفحك، دون الحاجة إلى الاتصال بالشبكة.',
  'state.loading': 'جارٍ التحميل…',
  'state.empty': 'لا توجد بيانات لهذا الاختيار.',
  'state.error': 'تعذّر حساب هذا الرسم البياني: {message}',
  'source.label': 'المصدر',
  'source.labelPlural': 'المصادر',
  'source.original': 'المقاطع الأصلية (باللغة الصينية)',
  'register.subtitle':
    'نسبة الدول الأعضاء في كل مجموعة إقليمية من مجموعات الأمم المتحدة التي قدّمت تقريراً إلى السجل في عام {year}',
  'register.chartLabel':
    'رسم بياني بالأعمدة: نسبة الدول الأعضاء التي قدّمت تقارير إلى سجل الأمم المتحدة للأسلحة التقليدية في عام {year}، حسب المجموعة الإقليمية للأمم المتحدة. {summary}',
  'register.barSummary': '{group}: {rate} ({reporting} من أصل {members})',
  // The right-to-left mark keeps the share and the count apart: the percent ends in a
  // left-to-right mark, which otherwise joined "93% · 28" into one run read the wrong way.
  'register.valueLabel': '{rate}\u200f · {reporting} من أصل {members}',
  'register.col.group': 'المجموعة الإقليمية للأمم المتحدة',
  'register.col.reporting': 'الدول المقدِّمة للتقارير',
  'register.col.members': 'أعضاء المجموعة',
  'register.col.rate': 'نسبة الدول المقدِّمة للتقارير',
  'register.col.salw': 'ومنها التي أدرجت الأسلحة الصغيرة',
  'register.salwNotGiven': 'غير مذكور',
  'register.note':
    'تغطي التقارير الواردة في سنة ما عمليات النقل التي جرت في السنة التقويمية السابقة. وأحجام المجموعات هي التي استخدمها كل مصدر للسنة المعنية. ولا تذكر الوثائق إدراج الأسلحة الصغيرة إلا لمجموعتين وفي عام 2011 فقط.',
  'live.build': 'حُسبت باستخدام DuckDB عند إنشاء هذا الموقع.',
  'live.pending': 'حُسبت باستخدام DuckDB عند إنشاء هذا الموقع؛ وتجري إعادة الحساب في متصفحك…',
  'live.browser': 'حُسبت في متصفحك باستخدام DuckDB {version} (المدة بالمللي ثانية: {ms}).',
  'live.failed': 'المعروض هو ما حُسب عند إنشاء الموقع؛ وقد تعذّرت إعادة الحساب في متصفحك: {message}',
  'datasets.title': 'مجموعات البيانات في متصفحك',
  'datasets.idle': 'تبدأ قاعدة البيانات العمل بعد اكتمال تحميل الصفحة.',
  'datasets.starting': 'جارٍ تشغيل DuckDB…',
  'datasets.loading':
    'جارٍ تحميل {count, plural, zero {مجموعات البيانات} one {مجموعة بيانات واحدة} two {مجموعتي بيانات} few {# مجموعات بيانات} many {# مجموعة بيانات} other {# مجموعة بيانات}}…',
  'datasets.ready': 'DuckDB {version}: عدد مجموعات البيانات المحمّلة: {loaded} من أصل {count}.',
  'datasets.failed': 'تعذّر تشغيل DuckDB: {message}',
  'datasets.rows':
    '{rows, plural, zero {لا صفوف} one {صف واحد} two {صفان} few {# صفوف} many {# صفاً} other {# صف}}',
  'datasets.tableFailed': 'لم تُحمَّل: {message}',
  'datasets.restarting': 'توقف DuckDB؛ وجارٍ تشغيله من جديد…',
  'datasets.seeAll': 'جميع مجموعات البيانات، مع أعمدتها ومصادرها وإمكانية تنزيلها',
  'nav.data': 'البيانات',
  'overview.view.data':
    'جميع مجموعات البيانات التي تستند إليها الرسوم البيانية، مع أعمدتها ومصادرها وإمكانية تنزيلها.',
  'data.intro':
    '{count, plural, zero {لا توجد مجموعات بيانات} one {مجموعة بيانات واحدة} two {مجموعتا بيانات} few {# مجموعات بيانات} many {# مجموعة بيانات} other {# مجموعة بيانات}}، وكل منها ملف CSV في المجلد \u2066data/\u2069 يُذكر مصدره في كل صف. والجداول نفسها متاحة في DuckDB في كل صفحة، وفي قسم «بياناتك» لاستعلامات SQL.',
  'data.package': 'حزمة البيانات (\u2066datapackage.json\u2069): أعمدة كل مجموعة بيانات ومصادرها',
  'data.counts':
    '{rows, plural, zero {لا صفوف} one {صف واحد} two {صفان} few {# صفوف} many {# صفاً} other {# صف}} · {columns, plural, zero {لا أعمدة} one {عمود واحد} two {عمودان} few {# أعمدة} many {# عموداً} other {# عمود}}',
  'data.download': 'تنزيل {file}',
  'data.sources': 'المصادر: ',
  'data.columnsTitle': 'الأعمدة',
  'data.columnsOf': 'أعمدة {name}',
  'data.col.name': 'العمود',
  'data.col.type': 'النوع',
  'data.col.description': 'الوصف',
  'database.workerError': 'تعطّلت عملية DuckDB الخلفية',
  'database.noAnswer': 'توقفت عملية DuckDB الخلفية عن الاستجابة (المدة بالثواني: {seconds})',
  'database.downloadFailed': 'تعذّر تنزيل ملف قاعدة البيانات المدمج (HTTP {status})',
  'database.gaveUp':
    'توقف DuckDB {count, plural, zero {# مرة} one {مرة واحدة} two {مرتين متتاليتين} few {# مرات متتالية} many {# مرة متتالية} other {# مرة متتالية}} ({reason})؛ أعد تحميل الصفحة لتشغيله من جديد.',
  'database.lost':
    'توقف DuckDB أثناء تنفيذ هذه العملية ({reason}). وقد أُعيد تشغيله، ولم يُفقد شيء مما حُفظ. يُرجى المحاولة مرة أخرى.',
  'database.alertRestarting': 'توقف DuckDB ({reason}). جارٍ تشغيله من جديد…',
  'database.alertRestarted':
    'توقف DuckDB ({reason}) ثم أُعيد تشغيله. وقد استُعيدت الجداول المدمجة والجداول المحفوظة في هذا المتصفح.',
  'database.dismiss': 'إغلاق',
  'tables.lostInRestart':
    'أُعيد تشغيل DuckDB: الجداول {tables} كانت لهذه الزيارة فقط (ولم تُحفظ في هذا المتصفح) وقد فُقدت. حمّلها مرة أخرى لاستخدامها.',
  'workbench.builtInReadOnly':
    'الجداول المدمجة للقراءة فقط: رفض DuckDB تنفيذ تعليمة {statement} هذه. ولتعديل أحدها، أنشئ نسخة منه أولاً، مثلاً: CREATE TABLE my_missions AS FROM missions.',
  'nav.label': 'الأقسام',
  'nav.overview': 'لمحة عامة',
  'nav.register': 'الإبلاغ إلى السجل',
  'nav.missions': 'البعثات',
  'nav.trade': 'التجارة والضرر',
  'nav.centres': 'المراكز الإقليمية',
  'nav.sources': 'المصادر',
  'nav.workbench': 'بياناتك',
  'tab.label': 'طرق عرض {title}',
  'tab.chart': 'رسم بياني',
  'tab.table': 'جدول',
  'tab.map': 'خريطة',
  'source.morePlaces':
    '{count, plural, zero {ولا مواضع أخرى} one {وموضع آخر} two {وموضعان آخران} few {و# مواضع أخرى} many {و# موضعاً آخر} other {و# موضع آخر}}',
  'source.showEnglish': 'عرض مضمون كل مقطع',
  'source.meaning': 'المضمون (موجز، وليس ترجمة رسمية): {text}',
  'source.end': '.',
  'download.title': 'تنزيل:',
  'download.label': 'تنزيل: {title}',
  'download.csv': 'البيانات الكاملة (CSV)',
  'download.table': 'الجدول كما هو معروض (CSV)',
  'download.zip': 'جميع الملفات (zip)',
  'download.mapSvg': 'الخريطة (SVG)',
  'download.mapPng': 'الخريطة (PNG)',
  'download.citation': '{app}، «{title}»، {url} (تاريخ التنزيل: {date}). مصادر الأرقام: {sources}.',
  'download.readme.cite': 'طريقة الاستشهاد',
  'download.readme.files': 'الملفات',
  'download.readme.tableFile':
    "الجدول كما تعرضه الصفحة، لبرامج جداول البيانات: عناوين الأعمدة بالعربية، والقيم كما تُعرض (النسب مئوية ومقرّبة). وإذا بدأت خلية نصية بأحد الرموز = أو + أو - أو {at} أو بعلامة جدولة أو فاصل سطر (أو تضمّنت أحد الرموز الأربعة الأولى بعد مسافات أو فاصلة منقوطة أو علامة جدولة)، أُضيفت في بدايتها علامة ' حتى يقرأها برنامج جداول البيانات نصاً ولا ينفّذها أبداً كصيغة؛ أما الأرقام فلم تتغير.",
  'download.readme.dataFile':
    'البيانات الكاملة: عمود لكل حقل (بالاسم المستخدم في استعلام SQL)، والقيم كما أعادها استعلام SQL تماماً، بكامل دقتها (النسب من 0 إلى 1)، دون أي إضافة. ونصه غير مؤمَّن لبرامج جداول البيانات: اقرأه ببرنامج لقراءة ملفات CSV (R أو Python أو DuckDB).',
  'download.readme.packageFile':
    'حزمة بيانات من نوع Frictionless Data Package تصف ملفَّي CSV كليهما: كل عمود ونوعه ومعناه، والمصادر، واستعلام SQL.',
  'download.readme.sources': 'المصادر',
  'download.readme.caveats': 'تحفظات',
  'download.readme.licence': 'الترخيص',
  'download.readme.licenceText':
    'تخضع البيانات لترخيص قاعدة البيانات المفتوحة من Open Data Commons (ODbL) 1.0، كما هو مبيَّن في الملف \u2066data/datapackage.json\u2069 للوحة المعلومات؛ أما وثائق الأمم المتحدة المستقاة منها فهي ملك للأمم المتحدة.',
  'download.readme.computed': 'طريقة الحساب',
  'download.readme.computedText':
    'نفّذ DuckDB استعلام SQL هذا على ملفات \u2066data/*.csv\u2069 الخاصة بلوحة المعلومات (انظر \u2066data/datapackage.json\u2069)؛ وتشير علامات `?` إلى المعلمات الواردة أدناه، بالترتيب.',
  'download.readme.params': 'المعلمات',
  'download.metadata': 'المصادر والأعمدة (JSON)',
  'download.svg': 'الرسم البياني (SVG)',
  'download.png': 'الرسم البياني (PNG)',
  'download.noChart': 'لا يوجد في طريقة العرض هذه رسم بياني يمكن حفظه.',
  'download.notReady': 'تعمل أزرار التنزيل بعد اكتمال تحميل الصفحة.',
  'download.waiting': 'جارٍ بدء التنزيل: لا يبدأ المتصفح أكثر من عشرة تنزيلات في الثانية…',
  'download.failed': 'فشل التنزيل: {message}',
  'download.tables':
    'ملفات \u2066data/*.csv\u2069 الخاصة بلوحة معلومات تدفقات الأسلحة للغاية 16.4 من أهداف التنمية المستدامة (انظر \u2066data/datapackage.json\u2069)',
  'qualifier.exactly': '{value}',
  'qualifier.at_least': 'ما لا يقل عن {value}',
  'qualifier.more_than': 'أكثر من {value}',
  'qualifier.nearly': 'ما يقرب من {value}',
  'qualifier.at_least_once': '{value}',
  'figure.usd': '{value} دولار من دولارات الولايات المتحدة',
  'figure.percent': '{value} في المائة',
  'figure.withUnit': '{value} ({unit})',
  'unit.categories':
    '{count, plural, zero {# فئة} one {فئة واحدة} two {فئتان} few {# فئات} many {# فئة} other {# فئة}}',
  'unit.languages':
    '{count, plural, zero {# لغة} one {لغة واحدة} two {لغتان} few {# لغات} many {# لغة} other {# لغة}}',
  'unit.meetings':
    '{count, plural, zero {# اجتماع} one {اجتماع واحد} two {اجتماعان} few {# اجتماعات} many {# اجتماعاً} other {# اجتماع}}',
  'unit.missions':
    '{count, plural, zero {# بعثة} one {بعثة واحدة} two {بعثتان} few {# بعثات} many {# بعثة} other {# بعثة}}',
  'unit.months':
    '{count, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهراً} other {# شهر}}',
  'unit.municipalities':
    '{count, plural, zero {# بلدية} one {بلدية واحدة} two {بلديتان} few {# بلديات} many {# بلدية} other {# بلدية}}',
  'unit.panels':
    '{count, plural, zero {# فريق خبراء} one {فريق خبراء واحد} two {فريقا خبراء} few {# أفرقة خبراء} many {# فريق خبراء} other {# فريق خبراء}}',
  'unit.paragraphs':
    '{count, plural, zero {# فقرة} one {فقرة واحدة} two {فقرتان} few {# فقرات} many {# فقرة} other {# فقرة}}',
  'unit.recommendations':
    '{count, plural, zero {# توصية} one {توصية واحدة} two {توصيتان} few {# توصيات} many {# توصية} other {# توصية}}',
  'unit.report': 'تقرير',
  'unit.reports':
    '{count, plural, zero {# تقرير} one {تقرير واحد} two {تقريران} few {# تقارير} many {# تقريراً} other {# تقرير}}',
  'unit.schools':
    '{count, plural, zero {# مدرسة} one {مدرسة واحدة} two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}',
  'unit.session': 'دورة',
  'unit.states':
    '{count, plural, zero {# دولة} one {دولة واحدة} two {دولتان} few {# دول} many {# دولة} other {# دولة}}',
  'unit.years':
    '{count, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}}',
  'unit.personnel':
    '{count, plural, zero {# فرد} one {فرد واحد} two {فردان} few {# أفراد} many {# فرداً} other {# فرد}}',
  'unit.rounds':
    '{count, plural, zero {# طلقة} one {طلقة واحدة} two {طلقتان} few {# طلقات} many {# طلقة} other {# طلقة}}',
  'unit.tonnes':
    '{count, plural, zero {# طن} one {طن واحد} two {طنان} few {# أطنان} many {# طناً} other {# طن}}',
  'unit.weapons':
    '{count, plural, zero {# قطعة سلاح} one {قطعة سلاح واحدة} two {قطعتا سلاح} few {# قطع أسلحة} many {# قطعة سلاح} other {# قطعة سلاح}}',
  'figure.period': '\u2066{start}\u2060–\u2060{end}\u2069',
  'figure.since': 'منذ {start}',
  'figure.until': 'حتى {end}',
  'overview.title': 'الأسلحة الصغيرة والغاية 16.4 من أهداف التنمية المستدامة بالأرقام',
  'overview.intro':
    'أرقام مستقاة من خمس وثائق للأمم المتحدة بشأن الأسلحة الصغيرة والأسلحة الخفيفة (\u20662012\u2060–\u20602021\u2069)، تكمّلها وقائع متاحة للعموم. ويرتبط كل رقم بالفقرة التي ورد فيها؛ افتح أي حاشية مصدر لقراءة المقطع الأصلي باللغة الصينية.',
  'overview.figures': 'الأرقام الرئيسية',
  'overview.figuresSubtitle':
    'كما تذكرها الوثائق، مع الإبقاء على عبارات التقييد («ما لا يقل عن»، «ما يقرب من»)',
  'overview.passage': 'المقطع الأصلي',
  'overview.col.source': 'المصدر',
  'overview.timeline': 'العملية المتعلقة بالأسلحة الصغيرة، \u20661991\u2060–\u20602024\u2069',
  'overview.timelineSubtitle':
    'المؤتمرات والاجتماعات والمقررات التي تذكرها الوثائق. ويشير العمود الباهت إلى تاريخ لا يُعرف منه إلا الشهر أو السنة.',
  'overview.timelineLabel':
    'جدول زمني لأحداث عملية الأمم المتحدة المتعلقة بالأسلحة الصغيرة من {from} إلى {to}، في ثلاثة مسارات (عدد الأحداث: {count}). استخدم مفاتيح الأسهم للتنقل بين الأحداث.',
  'overview.lane.decision': 'المقررات وإطلاق المبادرات',
  'overview.lane.meeting': 'الاجتماعات والمؤتمرات',
  'overview.lane.field': 'في الميدان',
  'overview.col.event': 'الحدث',
  'overview.col.start': 'البداية',
  'overview.col.end': 'النهاية',
  'overview.col.place': 'المكان',
  'overview.col.kind': 'النوع',
  'overview.selectHint': 'اختر حدثاً على الجدول الزمني للاطلاع على تفاصيله ومصدره.',
  'overview.tip.year': 'لا يُعرف من التاريخ إلا السنة',
  'overview.tip.month': 'لا يُعرف من التاريخ إلا الشهر',
  'overview.detail.source': 'مذكور في {source}',
  'overview.views': 'الأقسام',
  'overview.view.register':
    'المناطق التي تبلّغ سجل الأمم المتحدة بعمليات نقل الأسلحة التي تجريها، وكيف تغيّرت المشاركة.',
  'overview.view.missions':
    'جميع البعثات الميدانية للأمم المتحدة التي تذكرها الوثائق، مع إمكانية التصفية حسب الولاية المتعلقة بالحظر والنوع والمنطقة.',
  'overview.view.trade': 'قيمة تجارة الأسلحة الصغيرة ونسبة الوفيات الناجمة عن الأسلحة النارية.',
  'overview.view.centres': 'ما أنجزته مراكز الأمم المتحدة الإقليمية الثلاثة، وأين، ومع من.',
  'overview.view.sources':
    'الوثائق المصدرية الخمس، وما تستشهد به، وتوصيات المرفق الأول، وقائمة حالات الحظر.',
  'register.rateTitle':
    'الإبلاغ إلى سجل الأمم المتحدة للأسلحة التقليدية، {year}، حسب المجموعة الإقليمية',
  'register.measure': 'عرض',
  'register.measure.rate': 'نسبة الأعضاء',
  'register.measure.count': 'عدد الدول',
  'register.countLabel': '{reporting} من أصل {members}',
  'register.countChartLabel':
    'رسم بياني بالأعمدة: عدد الدول الأعضاء التي قدّمت تقارير إلى سجل الأمم المتحدة للأسلحة التقليدية في عام {year}، حسب المجموعة الإقليمية للأمم المتحدة. {summary}',
  'register.mapLabel':
    'خريطة العالم: كل دولة عضو مظلَّلة بحسب نسبة الدول في مجموعتها الإقليمية للأمم المتحدة التي قدّمت تقارير إلى السجل في عام {year}. {summary}',
  'register.mapNoData': 'لا توجد بيانات',
  'register.mapSelect':
    'اختر بلداً (بالنقر أو اللمس أو بمفتاح Enter على البلد المحدَّد) لرسم مجموعته الإقليمية في الرسم البياني عبر السنوات أدناه.',
  'register.mapChosen': 'المرسوم عبر السنوات أدناه: {groups}. اختر البلد مرة أخرى لإزالة مجموعته.',
  'register.mapToTrend': 'الانتقال إلى الرسم البياني عبر السنوات',
  'register.mapLegend': 'نسبة الدول المقدِّمة للتقارير في المجموعة',
  'register.mapNote':
    'يُظلَّل البلد بحسب نسبة مجموعته، لا بحسب ما إذا كان قد قدّم تقريراً بنفسه: فالمصادر لا تذكر الأعداد إلا حسب المجموعة. والمجموعات بتشكيلها الحالي؛ و{noShape, plural, zero {لا توجد دولة عضو أصغر} one {توجد دولة عضو واحدة أصغر} two {توجد دولتان عضوان أصغر} few {توجد # دول أعضاء أصغر} many {توجد # دولة عضواً أصغر} other {توجد # دولة عضو أصغر}} من أن تظهر على خريطة بمقياس 1:110m، فلا تظهر إلا في الجدول.',
  'register.mapTitle': '{name}: {group}، قدّم {rate} من دول المجموعة تقارير',
  'register.participationTitle': 'الدول المقدِّمة للتقارير إلى السجل، حسب سنة عمليات النقل',
  'register.participationSubtitle':
    'تُنشر الأعداد في أوقات مختلفة: بعضها عند صدور التقرير، وبعضها نهائي، وبعضها «حتى» تاريخ معيّن.',
  'register.participationLabel':
    'رسم بياني خطي: الدول المقدِّمة للتقارير إلى سجل الأمم المتحدة حسب سنة عمليات النقل المبلَّغ عنها، من {from} إلى {to}. {summary}',
  'register.participationAxis': 'الدول المقدِّمة للتقارير',
  'register.partialLegend': 'العدد قبل التقارير المتأخرة (في تاريخ الصدور أو «حتى» تاريخ معيّن)',
  'register.finalLegend': 'العدد كما نُشر أو العدد النهائي',
  'register.participationNote':
    'تربط الخطوط المتقطعة بين سنوات غير متتالية أو أعداد غير نهائية؛ وهي لا تمثّل اتجاهات. وقد تكون الأعداد اللاحقة للسنة نفسها أعلى.',
  'register.col.dataYear': 'سنة عمليات النقل',
  'register.col.reportYear': 'سنة الإبلاغ',
  'register.col.states': 'الدول المقدِّمة للتقارير',
  'register.col.qualifier': 'توقيت العدّ',
  'register.col.asOf': 'حتى تاريخ',
  'register.col.note': 'تحفّظ',
  'register.col.country': 'البلد',
  'register.qualifier.at_issue_date': 'في تاريخ صدور التقرير',
  'register.qualifier.final': 'نهائي، بما في ذلك التقارير المتأخرة',
  'register.qualifier.as_of': 'حتى تاريخ معيّن',
  'register.qualifier.as_published': 'كما نُشر',
  'missions.title': 'البعثات الميدانية للأمم المتحدة وحظر توريد الأسلحة',
  'missions.subtitle':
    'البعثات التي تذكرها الوثيقة \u2066S/2017/1025\u2069، مع بيان ما إذا كان مجلس الأمن قد كلّفها بدعم حظر توريد أسلحة فرضته الأمم المتحدة',
  'missions.filters': 'تصفية البعثات',
  'missions.search': 'البحث في البعثات',
  'missions.searchPlaceholder': 'الاسم، البلد المضيف، القرار…',
  'missions.clear': 'إلغاء جميع عوامل التصفية',
  'missions.facet.mandate': 'ولاية دعم الحظر',
  'missions.facet.kind': 'النوع',
  'missions.facet.wam': 'دعم إدارة الأسلحة والذخيرة',
  'missions.facet.region': 'المجموعة الإقليمية للبلد المضيف',
  'missions.facet.host': 'الدولة المضيفة',
  'missions.mandate.current': 'سارية',
  'missions.mandate.ended': 'منتهية',
  'missions.mandate.none': 'لا توجد',
  'missions.kind.peacekeeping': 'عملية لحفظ السلام',
  'missions.kind.special_political': 'بعثة سياسية خاصة',
  'missions.wam.true': 'نعم',
  'missions.wam.false': 'لا',
  'missions.region.none': 'لا توجد دولة مضيفة واحدة',
  'missions.shown': 'عدد البعثات المعروضة: {shown} من أصل {total}',
  'missions.searchCaption': 'البحث عن «{text}»',
  'missions.col.mission': 'البعثة',
  'missions.col.host': 'البلد المضيف',
  'missions.col.name': 'الاسم الكامل',
  'missions.col.nameZh': 'الاسم بالصينية',
  'missions.col.kind': 'النوع',
  'missions.col.mandate': 'الولاية المتعلقة بالحظر',
  'missions.col.monitoring': 'ترتيب الرصد',
  'missions.col.wam': 'دعم إدارة الأسلحة والذخيرة',
  'missions.col.embargoes': 'حالات الحظر السارية على البلد المضيف',
  'missions.mapLabel':
    'خريطة العالم: البلدان المضيفة للبعثات المعروضة مبرَزة (عدد البعثات: {count}). {hosts}',
  'missions.mapLabelChosen': 'البلدان المضيفة المختارة، التي لا تُدرج إلا بعثاتها: {hosts}.',
  'missions.mapHost': 'بلد مضيف لبعثة معروضة',
  'missions.mapOther': 'بلدان أخرى',
  'missions.mapChosen': 'بلد مضيف مختار',
  'missions.mapHostOther': 'بلد مضيف آخر (اختره لإضافته)',
  'missions.mapSelect':
    'اختر بلداً مضيفاً (بالنقر أو اللمس أو بمفتاح Enter على البلد المحدَّد) لإدراج بعثاته فقط؛ واختره مرة أخرى لإزالته.',
  'missions.tipHost': 'يستضيف: {missions}',
  'missions.mapNote':
    'تعمل قوة الأمم المتحدة الأمنية المؤقتة لأبيي (UNISFA) في منطقة أبيي بين السودان وجنوب السودان، وليس لهذه المنطقة شكل مستقل على الخريطة.',
  'missions.ended': 'انتهت في عام {year} بموجب القرار {resolution}',
  'missions.detail.close': 'إغلاق التفاصيل',
  'missions.detail.host': 'البلد المضيف',
  'missions.detail.kind': 'النوع',
  'missions.detail.mandate': 'ولاية دعم الحظر',
  'missions.detail.monitoring': 'كيف ترصد البعثة الحظر',
  'missions.detail.wam': 'دعم إدارة الأسلحة والذخيرة',
  'missions.detail.embargoes':
    'حالات حظر توريد الأسلحة التي فرضتها الأمم المتحدة والسارية على البلد المضيف (وقائع متاحة للعموم)',
  'missions.detail.noEmbargo': 'لا يوجد في البيانات',
  'missions.detail.tasks': 'ما تطلبه الولاية، قراراً بقرار',
  'missions.col.aspect': 'المهمة',
  'missions.col.resolution': 'القرار',
  'missions.col.detail': 'التفاصيل',
  'missions.selectHint': 'اختر بعثة في الجدول للاطلاع على ولايتها ومصادرها.',
  'missions.monitoring.jmac': 'مركز التحليل المشترك للبعثة',
  'missions.monitoring.jmac_embargo_cell': 'خلية الحظر في مركز التحليل المشترك للبعثة',
  'missions.monitoring.sanctions_cooperation': 'التعاون مع لجنة الجزاءات وفريق الخبراء التابع لها',
  'missions.monitoring.focal_point': 'جهة تنسيق',
  'missions.monitoring.not_described': 'غير مبيَّن',
  'missions.monitoring.advisory_group': 'فريق استشاري',
  'missions.monitoring.maritime_task_force': 'فرقة العمل البحرية',
  'missions.monitoring.dedicated_unit': 'وحدة مخصصة لرصد الحظر',
  'missions.monitoring.firearms_inspection_teams': 'أفرقة تفتيش الأسلحة النارية',
  'missions.monitoring.none': 'لا يوجد',
  'trade.title': 'تجارة الأسلحة الصغيرة',
  'trade.subtitle': 'ما تذكره الوثيقة \u2066S/2017/1025\u2069 عن التجارة في عام 2014',
  'trade.valueCaption': 'قيمة التجارة الدولية في الأسلحة الصغيرة، 2014',
  'trade.shareLabel':
    'رسم بياني بالأعمدة: شكّلت الذخيرة {share} من مجموع عمليات نقل الأسلحة الصغيرة على الصعيد العالمي في عام 2014؛ وشكّلت الأسلحة وأجزاؤها وملحقاتها الباقي، أي {rest}.',
  'trade.ammunition': 'الذخيرة',
  'trade.rest': 'غير ذلك (قيمة مستنتجة: 100 في المائة − {share})',
  'trade.note':
    'قيمة التجارة حدٌّ أدنى («ما لا يقل عن»): فقد تكون القيمة الفعلية أعلى. والعمود الأفتح لوناً غير مذكور في الوثيقة: فهو 100 في المائة مطروحاً منها النسبة المذكورة.',
  'harm.title': 'الأسلحة النارية والوفيات، \u20662010\u2060–\u20602015\u2069',
  'harm.subtitle': 'مقياسان بمقامين مختلفين: لا يجوز مقارنتهما كما لو كانا مقياساً واحداً',
  'harm.violentLabel':
    'رسم بياني بالأعمدة: تسببت الأسلحة النارية في {value} من الوفيات الناجمة عن العنف، \u20662010\u2060–\u20602015\u2069.',
  'harm.conflictLabel':
    'رسم بياني بالأعمدة: استُخدمت الأسلحة النارية في {value} من الوفيات المباشرة الناجمة عن النزاعات، \u20662010\u2060–\u20602015\u2069.',
  'harm.violentCaption': 'نسبة الوفيات الناجمة عن العنف التي تسببت فيها الأسلحة النارية',
  'harm.conflictCaption':
    'نسبة الوفيات المباشرة الناجمة عن النزاعات التي استُخدمت فيها الأسلحة النارية',
  'harm.note':
    'رُسمت عبارة «ما يقرب من النصف» بطرف باهت عند 50 في المائة: إذ لا تذكر الوثائق رقماً دقيقاً. والوفيات الناجمة عن النزاعات جزء من الوفيات الناجمة عن العنف، وتُقاس بشكل منفصل.',
  'figures.col.label': 'الرقم',
  'figures.col.value': 'القيمة',
  'figures.col.qualifier': 'عبارة التقييد',
  'figures.col.unit': 'الوحدة',
  'figures.col.period': 'الفترة',
  'figures.col.derivedFrom': 'المصدر الذي تستند إليه الوثيقة',
  'figures.col.periodEnd': 'نهاية الفترة',
  'figures.col.source': 'المصدر',
  'centres.title': 'ما أنجزته المراكز الإقليمية',
  'centres.subtitle':
    'مقاييس أنشطة مراكز الأمم المتحدة الإقليمية الثلاثة للسلام ونزع السلاح، من آب/\u2060أغسطس 2011 إلى تموز/\u2060يوليه 2012 (\u2066A/67/…\u2069)، ومعلومات تكميلية متاحة للعموم',
  'centres.unitChart': '{centre}: {unit}',
  'centres.unitLabel': 'رسم بياني بالأعمدة: {centre}، {unit}. {summary}',
  'centres.withoutFigure': 'أنشطة يصفها التقرير دون ذكر أرقام',
  'centres.col.centre': 'المركز',
  'centres.col.activity': 'النشاط',
  'centres.col.value': 'القيمة',
  'centres.col.unit': 'الوحدة',
  'centres.col.period': 'الفترة',
  'centres.col.country': 'البلد',
  'centres.note':
    'تشترك الأعمدة في الرسم البياني الواحد في وحدة القياس، ولكن ليس دائماً في الفترة: فالمعلومات التكميلية المتاحة للعموم (\u2066unlirec.org\u2069) تغطي تواريخ أخرى، مذكورة في كل تسمية.',
  'centres.measure.states_capacity_built': 'الدول التي بُنيت قدراتها',
  'centres.measure.states_personnel_trained': 'الدول التي دُرِّب موظفوها',
  'centres.measure.states_legal_assistance': 'الدول التي تلقت مساعدة قانونية',
  'centres.measure.weapons_destroyed': 'الأسلحة المدمَّرة',
  'centres.measure.ammunition_destroyed': 'طلقات الذخيرة المدمَّرة',
  'centres.measure.ammunition_destroyed_tonnes': 'الذخيرة المدمَّرة بالأطنان',
  'centres.measure.personnel_trained': 'الأفراد المدرَّبون',
  'centres.barLabel': '{measure}، {period}',
  'centres.barLabelCountry': '{measure}، {period}، {country}',
  'centres.workedWithList': 'البلدان التي عمل معها أحد المراكز: {countries}.',
  'centres.noShape': '{name} (أصغر من أن يظهر على هذه الخريطة)',
  'centres.mapTitle': 'المراكز والبلدان التي عملت معها',
  'centres.mapSubtitle':
    'مقار المراكز الثلاثة، والبلدان التي تذكر الوثائق أنها تلقت مساعدة من أحد المراكز',
  'centres.mapLabel':
    'خريطة العالم: مقار {centres}؛ والبلدان التي عمل معها أحد المراكز: {countries}.',
  'centres.workedWith': 'بلد عمل معه أحد المراكز (منقَّط، حتى تظهر البلدان الصغيرة)',
  'centres.seat': 'مقر أحد المراكز (حلقة في وسط البلد)',
  'centres.tipCountry':
    'عمل مع {centres}: {count, plural, zero {لا أنشطة مدرجة} one {نشاط واحد مدرج} two {نشاطان مدرجان} few {# أنشطة مدرجة} many {# نشاطاً مدرجاً} other {# نشاط مدرج}}',
  'centres.col.name': 'الاسم',
  'centres.col.seat': 'المقر',
  'centres.seatIn': '{city} ({country})',
  'centres.col.region': 'المنطقة',
  'centres.col.activities': 'الأنشطة المدرجة',
  'centres.col.partners': 'الشركاء المدرجون',
  'centres.partnersTitle': 'المنظمات الشريكة',
  'centres.partnersSubtitle':
    'المنظمات الإقليمية ودون الإقليمية التي يذكر التقرير أن كل مركز قدّم لها الدعم',
  'centres.col.acronym': 'الاسم المختصر',
  'centres.col.organisation': 'المنظمة',
  'centres.col.organisationZh': 'الاسم بالصينية',
  'sources.seedsTitle': 'الوثائق المصدرية الخمس',
  'sources.seedsSubtitle':
    'نُسخت دون تعديل في المجلد \u2066seeds/\u2069؛ وكل رقم في هذا الموقع مستقى منها أو من مصدر عام مذكور',
  'sources.networkCaption':
    'الوثائق التي تستشهد بغيرها أو يُستشهد بها (عدد الوثائق: {docs}؛ عدد أزواج الاستشهاد: {links})، مع استبعاد مصادر البيانات العامة التي لا تستشهد ولا يُستشهد بها',
  'sources.seedsCaption': 'وثائق الملف \u2066documents.csv\u2069 التي دورها «وثيقة مصدرية»',
  'sources.col.symbol': 'الرمز',
  'sources.col.title': 'العنوان',
  'sources.col.titleZh': 'العنوان بالصينية',
  'sources.col.date': 'التاريخ',
  'sources.col.body': 'الهيئة',
  // Paths, file names and document symbols are isolated left to right (LRI … PDI) in every
  // message, so a slash or "…" stays at its end in Arabic text ("data/", not "/data").
  'sources.col.file': 'الملف في المجلد \u2066seeds/\u2069',
  'sources.col.citedBy': 'مستشهَد بها في',
  'sources.col.cites': 'تستشهد بـ',
  'sources.col.kind': 'النوع',
  'sources.col.role': 'الدور',
  'sources.networkTitle': 'ما تستشهد به الوثائق',
  'sources.networkSubtitle':
    'عدد الوثائق: {docs}؛ وعدد الاستشهادات: {citations} (عدد أزواج الاستشهاد: {links}، ولكل زوج خط واحد). وكلما كبرت الدائرة ازداد استشهاد الوثائق المصدرية الخمس بالوثيقة؛ وتحيط بالوثائق المصدرية الخمس حلقة داكنة.',
  'sources.networkLabel':
    'شبكة من {docs, plural, zero {# وثيقة} one {وثيقة واحدة} two {وثيقتين} few {# وثائق} many {# وثيقة} other {# وثيقة}} و{links, plural, zero {# استشهاد} one {استشهاد واحد} two {استشهادين} few {# استشهادات} many {# استشهاداً} other {# استشهاد}} فيما بينها. استخدم مفاتيح الأسهم للتنقل بين الوثائق، ومفتاح Enter للاختيار.',
  'sources.node':
    '{symbol}، {kind}، {citedBy, plural, zero {لم يُستشهد بها} one {استُشهد بها مرة واحدة} two {استُشهد بها مرتين} few {استُشهد بها # مرات} many {استُشهد بها # مرة} other {استُشهد بها # مرة}}، {cites, plural, zero {ولا تستشهد بأي وثيقة} one {وتستشهد بوثيقة واحدة} two {وتستشهد بوثيقتين} few {وتستشهد بـ # وثائق} many {وتستشهد بـ # وثيقة} other {وتستشهد بـ # وثيقة}}',
  'sources.selectHint': 'اختر وثيقة في الشبكة للاطلاع على ما تستشهد به وما يستشهد بها.',
  'sources.tip.cited':
    '{count, plural, zero {لم يُستشهد بها} one {استُشهد بها مرة واحدة} two {استُشهد بها مرتين} few {استُشهد بها # مرات} many {استُشهد بها # مرة} other {استُشهد بها # مرة}}',
  'sources.tip.cites':
    '{count, plural, zero {لم تستشهد بوثائق أخرى} one {استشهدت بوثائق أخرى مرة واحدة} two {استشهدت بوثائق أخرى مرتين} few {استشهدت بوثائق أخرى # مرات} many {استشهدت بوثائق أخرى # مرة} other {استشهدت بوثائق أخرى # مرة}}',
  'sources.tip.scope': 'مع احتساب الاستشهادات الواردة في الوثائق المصدرية الخمس',
  'sources.sizeKey': 'حجم الدائرة: عدد مرات الاستشهاد',
  'sources.seedKey': 'الحلقة الداكنة: إحدى الوثائق المصدرية الخمس',
  'sources.detail.cites': 'تستشهد بـ',
  'sources.detail.citedBy': 'مستشهَد بها في',
  'sources.detail.none': 'لا يوجد في البيانات',
  'sources.unconfirmed': 'الرمز غير مؤكَّد',
  'sources.kindGroup.resolution': 'قرار أو مقرر',
  'sources.kindGroup.report': 'تقرير',
  'sources.kindGroup.statement': 'بيان رئاسي أو وثيقة من وثائق المجلس',
  'sources.kindGroup.other': 'غير ذلك (صك، منشور، صفحة ويب، مجموعة بيانات)',
  'kind.general_assembly_resolution': 'قرار الجمعية العامة',
  'kind.general_assembly_decision': 'مقرر الجمعية العامة',
  'kind.security_council_resolution': 'قرار مجلس الأمن',
  'kind.presidential_statement': 'بيان رئاسي',
  'kind.security_council_document': 'وثيقة من وثائق مجلس الأمن',
  'kind.secretary_general_report': 'تقرير الأمين العام',
  'kind.report': 'تقرير',
  'kind.panel_report': 'تقرير فريق الخبراء',
  'kind.conference_document': 'وثيقة مؤتمر',
  'kind.agenda': 'جدول أعمال',
  'kind.other_un_document': 'وثيقة أخرى من وثائق الأمم المتحدة',
  'kind.instrument': 'صك دولي',
  'kind.au_decision': 'مقرر الاتحاد الأفريقي',
  'kind.standard': 'معيار',
  'kind.research_publication': 'منشور بحثي',
  'kind.yearbook': 'كتاب سنوي',
  'kind.press_release': 'نشرة صحفية',
  'kind.web_page': 'صفحة ويب',
  'kind.dataset': 'مجموعة بيانات',
  'aspect.embargo_support': 'دعم حظر توريد الأسلحة',
  'aspect.embargo_monitoring': 'رصد الحظر',
  'aspect.compliance_inspection': 'رصد الامتثال وعمليات التفتيش',
  'aspect.wam_support': 'إدارة الأسلحة والذخيرة',
  'aspect.information_sharing': 'تبادل المعلومات عن عدم الامتثال',
  'aspect.sanctions_cooperation': 'التعاون مع لجنة الجزاءات وفريق الخبراء',
  'aspect.awareness': 'شرح الحظر للسلطات',
  'aspect.capacity_building': 'بناء القدرات الوطنية',
  'aspect.embargo_ended': 'انتهاء الولاية المتعلقة بالحظر',
  'aspect.committee_reporting': 'تقديم التقارير إلى لجنة الجزاءات',
  'aspect.confiscation_destruction': 'مصادرة الأسلحة وتدميرها',
  'aspect.destruction_review': 'استعراض عنصر التدمير',
  'status.in_force': 'ساري',
  'status.partly_lifted': 'رُفع جزئياً',
  'status.lifted': 'رُفع',
  'status.ended': 'انتهى',
  'status.expired': 'انقضت مدته',
  'status.superseded': 'حلّ محله غيره',
  'sources.recommendationsTitle':
    'التوصيات التي استُعرضت في المرفق الأول للوثيقة \u2066S/2017/1025\u2069',
  'sources.recommendationsSubtitle': 'ما أوصت به التقارير الأربعة السابقة، والجهات الموجهة إليها',
  'sources.col.report': 'التقرير',
  'sources.col.number': 'الرقم',
  'sources.col.theme': 'الموضوع',
  'sources.col.addressees': 'الجهة الموجهة إليها',
  'sources.col.actions': 'الإجراءات',
  'sources.embargoesTitle': 'حالات حظر توريد الأسلحة التي فرضها مجلس الأمن التابع للأمم المتحدة',
  'sources.embargoesSubtitle':
    'وقائع متاحة للعموم (SIPRI وصفحات الأمم المتحدة المتعلقة بالجزاءات) تكمّل الوثائق؛ ويُشار إلى الصفوف غير المؤكدة',
  'sources.embargoMapLabel':
    'خريطة العالم: الجهات المستهدفة بحالات حظر توريد الأسلحة السارية التي فرضتها الأمم المتحدة. {targets}',
  'sources.inForce': 'حظر ساري (كلياً أو جزئياً)',
  'sources.col.target': 'الجهة المستهدفة',
  'sources.col.established': 'فُرض بموجب',
  'sources.col.start': 'من',
  'sources.col.end': 'إلى',
  'sources.col.status': 'الحالة',
  'sources.col.uncertain': 'غير مؤكد',
  'sources.col.missions': 'البعثات في البلد المضيف',
  'register.col.rateDescription':
    'عدد الدول المقدِّمة للتقارير مقسوماً على عدد أعضاء المجموعة (من 0 إلى 1 في ملف CSV)',
  'register.salwMeaning':
    '{group}: عدد الدول المقدِّمة للتقارير في عام {year} التي أدرجت الأسلحة الصغيرة: {count}',
  'register.participationMeaning':
    '{count, plural, zero {لم تقدّم أي دولة تقارير} one {قدّمت دولة واحدة تقريراً} two {قدّمت دولتان تقريرين} few {قدّمت # دول تقارير} many {قدّمت # دولة تقارير} other {قدّمت # دولة تقارير}}',
  'register.year': 'سنة التقارير',
  'register.yearShown': 'التقارير الواردة في عام {year}',
  'register.yearHint':
    '{count, plural, zero {لا توجد سنوات تتوافر عنها أرقام حسب المجموعة} one {سنة واحدة تتوافر عنها أرقام حسب المجموعة} two {سنتان تتوافر عنهما أرقام حسب المجموعة} few {# سنوات تتوافر عنها أرقام حسب المجموعة} many {# سنة تتوافر عنها أرقام حسب المجموعة} other {# سنة تتوافر عنها أرقام حسب المجموعة}}: {years}',
  'register.yearPeriod': 'التقارير الواردة في عام {year}',
  'register.trendTitle': 'نسبة الدول المقدِّمة للتقارير إلى السجل في كل مجموعة إقليمية، عبر السنوات',
  'register.trendSubtitle':
    'كل سنة يذكر عنها أحد المصادر أرقاماً حسب المجموعة؛ ويعبر خط متقطع السنوات التي لا تتوافر عنها أرقام',
  'register.trendLegend': 'المجموعات (اضغط للإظهار أو الإخفاء)',
  'register.trendAxis': 'نسبة الدول المقدِّمة للتقارير في المجموعة',
  'register.trendLabel':
    'رسم بياني خطي: نسبة الدول المقدِّمة للتقارير إلى السجل في كل مجموعة إقليمية للأمم المتحدة، من {from} إلى {to}. {summary}',
  'register.trendPoint': '{group}، {year}: {rate} ({reporting} من أصل {members})',
  'register.trendNone': 'لم تُختر أي مجموعة: اضغط على مجموعة أعلاه لرسم خطها.',
  'register.trendNote':
    'لا تُرسم إلا السنوات التي يذكر عنها أحد المصادر أعداداً حسب المجموعة الإقليمية؛ وهي سنوات غير متتالية، ولذلك لا تبيّن الخطوط أي اتجاه فيما بينها.',
  'register.col.year': 'سنة الإبلاغ',
  'register.tipCountry': '{group}: قدّم {rate} من دول المجموعة تقارير',
  'register.tipParticipation':
    '{count, plural, zero {لم تقدّم أي دولة تقارير} one {قدّمت دولة واحدة تقريراً} two {قدّمت دولتان تقريرين} few {قدّمت # دول تقارير} many {قدّمت # دولة تقارير} other {قدّمت # دولة تقارير}}',
  'register.tipDataYear': 'عمليات النقل في عام {year}، المبلَّغ عنها في عام {report}',
  'sources.citesMeaning': '{citing} تستشهد بـ {cited}',
  'missions.col.iso3': 'رمز البلد المضيف وفق المعيار ISO 3166-1 alpha-3',
  'common.yes': 'نعم',
  'common.no': 'لا',
  'notFound.title': 'الصفحة غير موجودة',
  'notFound.body': 'لا توجد صفحة في هذا العنوان.',
  'notFound.home': 'الانتقال إلى اللمحة العامة',
  'workbench.title': 'بياناتك: التحميل والاستعلام والرسم البياني',
  'workbench.lede':
    'أفلِت هنا ملفات CSV (ملفاً مصدَّراً من قاعدة البيانات العالمية لأهداف التنمية المستدامة، أو سجل تجارة الأسلحة الصادر عن SIPRI، أو أرقامك الوطنية) واستكشفها باستخدام SQL إلى جانب جداول لوحة المعلومات. ويجري كل شيء في هذا المتصفح؛ ولا يُرفع أي شيء إلى خادم.',
  'workbench.noscript': 'تشغّل منصة العمل DuckDB في متصفحك، وتحتاج إلى JavaScript.',
  'workbench.sqlTitle': 'منصة عمل SQL',
  'workbench.schema': 'الجداول',
  'workbench.yours': 'جدولك',
  'workbench.editorLabel': 'استعلام SQL',
  'workbench.placeholder': 'SELECT * FROM register_reporting',
  'workbench.run': 'تشغيل',
  'workbench.cancel': 'إلغاء',
  'workbench.share': 'مشاركة الرابط',
  'workbench.shareLink': 'رابط هذا الاستعلام والرسم البياني:',
  'workbench.history': 'السجل',
  'workbench.historyPick': 'الاستعلامات السابقة ({count})',
  'workbench.keys': 'يشغّل Ctrl+Enter (⌘+Enter) الاستعلام، أو النص المحدَّد فقط.',
  'workbench.running': 'جارٍ التشغيل…',
  'workbench.cancelled': 'أُلغي الاستعلام.',
  'workbench.resultSummary':
    'عدد الصفوف: {rows} · عدد الأعمدة: {columns} · المدة بالمللي ثانية: {ms}.',
  'workbench.resultLabel': 'نتيجة الاستعلام',
  'workbench.errorPlace': 'خطأ في السطر {line}، العمود {column}:',
  'workbench.engineReady':
    'DuckDB {version}، محرك مستقل: لا يؤثر أي شيء يُشغَّل هنا فيما تعرضه صفحات لوحة المعلومات.',
  'workbench.fromLink':
    'ورد هذا الاستعلام من رابط ولم يُشغَّل. اقرأه، ثم اضغط «تشغيل» إذا أردت الحصول على نتيجته. ولا تُشغَّل من رابط الاستعلامات التي تكتب البيانات أو تحذفها أو تغيّر الإعدادات.',
  'workbench.fromLinkRan':
    'ورد هذا الاستعلام من رابط. ولا تشغّل الروابط إلا استعلامات القراءة؛ ولتشغيل تعليمات أخرى فيه، اعتبره استعلامك الخاص.',
  'workbench.ownQuery': 'اعتباره استعلامي الخاص',
  'workbench.ownQueryDone': 'أصبح هذا الاستعلام استعلامك الخاص: ويُشغَّل مثل أي شيء تكتبه.',
  'workbench.linkRefused':
    'لم يُشغَّل: ورد هذا الاستعلام من رابط، وهو {what} ({word}، السطر {line}، العمود {column}). ولا تشغّل الروابط إلا استعلامات القراءة. وإذا كنت تثق به، فاضغط «اعتباره استعلامي الخاص» وشغّله مرة أخرى.',
  'workbench.effect.changesData': 'سيغيّر قاعدة البيانات',
  'workbench.effect.changesSetting': 'سيغيّر أحد الإعدادات',
  'workbench.effect.touchesFile': 'سيقرأ ملفاً أو يكتبه',
  'workbench.effect.callsFunction': 'يستدعي دالة جدولية لا يجوز تشغيلها من رابط',
  'workbench.effect.sideEffect': 'يستدعي دالة تغيّر الحالة',
  'workbench.effect.changesDatabases':
    'سيُلحق قاعدة بيانات أو يفصلها أو يبدّل إليها، أو سيحمّل امتداداً',
  'workbench.effect.invisibleSpace':
    'يحتوي على حرف لا يظهر أو يبدو كمسافة داخل كلمة، ويقرؤه DuckDB على أنه مسافة',
  'workbench.effect.unplannable': 'ليس استعلاماً يستطيع DuckDB أن يخطط لتنفيذه كعملية قراءة',
  'workbench.linkUnread':
    'لم يُشغَّل: ورد هذا الاستعلام من رابط، ولا يستطيع DuckDB قراءته بعد {word} (السطر {line}، العمود {column})، ولذلك لا يمكن التحقق من أنه استعلام قراءة. عدّل الاستعلام إذا كنت تنوي تشغيله بنفسك.',
  'workbench.linkBidi':
    'لم يُشغَّل: ورد هذا الاستعلام من رابط ويحتوي على \u2066{word}\u2069 (السطر {line}، العمود {column})، وهو حرف غير مرئي يغيّر ترتيب عرض النص، فقد لا يُشغَّل الاستعلام كما يُقرأ. وإذا كنت تثق به، فاضغط «اعتباره استعلامي الخاص» وشغّله مرة أخرى.',
  'workbench.export': 'تنزيل النتيجة:',
  'workbench.exportNote':
    "صيغة CSV مخصصة لبرامج جداول البيانات: فالنص الذي يبدأ بأحد الرموز = أو + أو - أو {at} أو بعلامة جدولة أو فاصل سطر (أو يتضمن أحد الرموز الأربعة الأولى بعد مسافات أو فاصلة منقوطة أو علامة جدولة) تُضاف في بدايته علامة ' حتى لا يُنفَّذ أبداً كصيغة. أما صيغة Parquet فتحفظ كل قيمة كما هي تماماً.",
  'workbench.exporting': 'جارٍ إعداد الملف…',
  'workbench.exportFailed': 'تعذّر إعداد الملف: {message}',
  'workbench.exportCancelled': 'أُلغي التصدير.',
  'workbench.resultSummaryFirst':
    'الصفوف الأولى: {rows} · عدد الأعمدة: {columns} · المدة بالمللي ثانية: {ms}.',
  'workbench.truncated':
    'تُعرض الصفوف الأولى من نتيجة أطول (عددها: {rows}): إذ لا تحتفظ هذه الصفحة إلا بجزء من النتيجة (الحد الأقصى: عدد الصفوف {limitRows} أو الحجم {limitBytes}). ويكتب التصدير النتيجة كاملة.',
  'workbench.truncatedWrite':
    'تُعرض الصفوف الأولى من نتيجة أطول (عددها: {rows}): إذ لا تحتفظ هذه الصفحة إلا بجزء من النتيجة (الحد الأقصى: عدد الصفوف {limitRows} أو الحجم {limitBytes}). ولأن التعليمة تغيّر البيانات، فإن التصدير لا يعيد تشغيلها ويكتب هذه الصفوف المعروضة فقط (عددها: {rows}).',
  'workbench.null': 'NULL',
  'workbench.chartTitle': 'رسم بياني للنتيجة',
  'workbench.noChart':
    'لا يوجد ما يمكن رسمه: يحتاج الرسم البياني إلى عمود من الأرقام وعمود آخر لمقابلتها به.',
  'workbench.chart.kind': 'الرسم البياني',
  'workbench.chart.bar': 'بالأعمدة',
  'workbench.chart.line': 'خطي',
  'workbench.chart.scatter': 'مبعثر',
  'workbench.chart.map': 'خريطة',
  'workbench.chart.x': 'الفئات / x',
  'workbench.chart.country': 'رمز البلد (M49)',
  'workbench.chart.y': 'القيمة / y',
  'workbench.chart.label':
    'رسم بياني (النوع: {kind}) لـ {y} حسب {x}، {rows, plural, zero {دون صفوف من النتيجة} one {الصف الأول من النتيجة} two {الصفان الأولان من النتيجة} few {أول # صفوف من النتيجة} many {أول # صفاً من النتيجة} other {أول # صف من النتيجة}}.',
  'workbench.chart.truncated':
    'يعرض الرسم البياني الصفوف الأولى ({shown} من أصل {rows})؛ ويعرض الجدول جميع الصفوف.',
  'workbench.chart.empty': 'لا يحتوي أي صف على رقم في {y}.',
  'workbench.chart.source': 'بياناتك، كما يختارها الاستعلام الوارد تحت الرسم البياني',
  'workbench.ready.sdgTitle':
    'ملف مصدَّر من قاعدة بيانات الأمم المتحدة العالمية لأهداف التنمية المستدامة: {table}',
  'workbench.ready.series': 'السلسلة',
  'workbench.ready.dimensions': 'تُعرض قيمة واحدة لكل بُعد: {dimensions}.',
  'workbench.ready.byArea': 'القيمة حسب المنطقة، {period}',
  'workbench.ready.byAreaLabel':
    'رسم بياني بالأعمدة: القيمة حسب المنطقة في {period} (عدد المناطق: {count}).',
  'workbench.ready.top':
    'تُرسم المناطق ذات القيم الأعلى ({shown} من أصل {count})؛ وتعرض الخريطة جميع المناطق.',
  'workbench.ready.mapLabel': 'خريطة العالم: القيمة حسب البلد في {period}.',
  'workbench.ready.area': 'المنطقة عبر الزمن',
  'workbench.ready.overTimeLabel': 'رسم بياني خطي: القيمة حسب السنة في {area}.',
  'workbench.ready.sipriTitle': 'سجل تجارة الأسلحة الصادر عن SIPRI: {table}',
  'workbench.ready.sipriHeader':
    'عُثر على صف العناوين في السطر {line}. وأُبقي على علامات عدم اليقين («?») في: {uncertain}.',
  'workbench.ready.sipriTiv':
    'رسم بياني بالأعمدة: {measure} حسب المورِّد، أكبر 15 مورِّداً (قيم مؤشر الاتجاه لدى SIPRI).',
  'workbench.ready.sipriTivCaption':
    'حجم عمليات التسليم حسب المورِّد، أكبر 15 مورِّداً، بملايين وحدات قيمة مؤشر الاتجاه لدى SIPRI (SIPRI TIV، بالملايين؛ العمود «{column}»).',
  'workbench.ready.sipriDealsCaption':
    'عدد الصفقات حسب المورِّد، أكبر 15 مورِّداً (لا يتضمن الملف عمود SIPRI TIV).',
  'workbench.ready.sipriNotNumbers':
    'القيم غير الرقمية في «{column}» مستبعدة ({bad} من أصل {given})، ولذلك قد يغفل الرسم البياني المورِّدين الرئيسيين الفعليين. وربما أضاف برنامج جداول البيانات محددات في نهاية كل سطر: تحقق من العمود الأخير في الملف.',
  'workbench.ready.sipriDeals': 'رسم بياني بالأعمدة: عدد الصفقات حسب المورِّد، أكبر 15 مورِّداً.',
  'upload.title': 'تحميل ملفات CSV',
  'upload.drop': 'أفلِت ملفات CSV هنا، أو اخترها (يمكن اختيار عدة ملفات دفعة واحدة).',
  'upload.detected': '(مكتشَف تلقائياً)',
  'upload.encoding': 'الترميز',
  'upload.encoding.utf-8': 'UTF-8',
  'upload.encoding.utf-16le': 'UTF-16 LE',
  'upload.encoding.utf-16be': 'UTF-16 BE',
  'upload.encoding.gb18030': 'GBK / GB18030 (صيني)',
  'upload.encoding.windows-1252': 'Windows-1252 / Latin-1',
  'upload.delimiter': 'المحدِّد',
  'upload.delimiter.comma': 'فاصلة',
  'upload.delimiter.semicolon': 'فاصلة منقوطة',
  'upload.delimiter.tab': 'علامة جدولة',
  'upload.delimiter.pipe': 'خط عمودي',
  'upload.delimiter.space': 'مسافة',
  'upload.skip': 'الأسطر المراد تخطيها',
  'upload.header': 'الصف الأول يحمل أسماء الأعمدة',
  'upload.comment': 'تخطي الأسطر التي تبدأ بالعلامة «#» (التعليقات)',
  'upload.moreLines': 'أسطر أخرى عددها {count}',
  'upload.tableName': 'اسم الجدول',
  'upload.previewCaption': 'الصفوف الأولى من {file} كما ستُحمَّل',
  'upload.type.integer': 'عدد صحيح',
  'upload.type.number': 'رقم',
  'upload.type.date': 'تاريخ',
  'upload.type.text': 'نص',
  'upload.type.empty': 'فارغ',
  'upload.format.sdg': 'ملف مصدَّر من قاعدة بيانات الأمم المتحدة العالمية لأهداف التنمية المستدامة',
  'upload.format.sipri': 'سجل تجارة الأسلحة الصادر عن SIPRI',
  'upload.load': 'تحميل باسم {table}',
  'upload.discard': 'تجاهل',
  'upload.step.reading': 'جارٍ قراءة الملف…',
  'upload.step.loading': 'جارٍ التحميل في DuckDB…',
  'upload.place.line': '{file}، السطر {line}',
  'upload.place.lineColumn': '{file}، السطر {line}، العمود {column}',
  'upload.problem.empty': 'الملف فارغ (0 بايت).',
  'upload.problem.blank': 'لا يحتوي الملف إلا على أسطر فارغة.',
  'upload.problem.binary': 'هذا ليس ملفاً نصياً (فهو يحتوي على بيانات ثنائية)؛ اختر ملف CSV.',
  'upload.problem.xlsx':
    'هذا مصنف Excel (\u2066.xlsx\u2069) أو أرشيف zip، وليس ملف CSV. في Excel، استخدم «حفظ باسم» ← «CSV UTF-8».',
  'upload.problem.xls':
    'هذا مصنف Excel قديم (\u2066.xls\u2069)، وليس ملف CSV. في Excel، استخدم «حفظ باسم» ← «CSV UTF-8».',
  'upload.problem.gzip': 'هذا الملف مضغوط بصيغة gzip؛ فُكّ ضغطه أولاً.',
  'upload.problem.pdf': 'هذه وثيقة PDF، وليست ملف CSV.',
  'upload.problem.html':
    'هذه صفحة ويب (HTML)، وليست ملف CSV؛ وربما حفظ رابط التنزيل صفحته بدلاً من الملف.',
  'upload.problem.json': 'هذا ملف JSON، وليس ملف CSV.',
  'upload.problem.noRows': 'لا توجد صفوف بيانات بعد صف العناوين.',
  'upload.problem.ragged':
    'في هذا الصف {found, plural, zero {لا حقول} one {حقل واحد} two {حقلان} few {# حقول} many {# حقلاً} other {# حقل}}، في حين أن صف العناوين فيه {expected}. تحقق من المحدِّد، أو من علامات الاقتباس حول القيم التي تحتوي عليه.',
  'upload.problem.unclosedQuote': 'تبدأ هنا قيمة بين علامتي اقتباس ولا تُغلق أبداً.',
  'upload.problem.strayQuote': 'علامة اقتباس داخل قيمة غير مضاعفة ("") كما تقتضي صيغة CSV.',
  'upload.problem.duplicateHeader':
    'اسم العمود «{name}» مستخدم مرتين؛ ويُحمَّل هذا العمود باسم «{renamed}».',
  'upload.problem.blankHeader': 'ليس لهذا العمود اسم؛ ويُحمَّل باسم «{name}».',
  'upload.problem.badBytes':
    'بعض البايتات غير صالحة في الترميز {encoding} (وتظهر على شكل �)؛ وربما كان الملف بترميز آخر.',
  'upload.problem.oneColumn':
    'لم يُعثر على محدِّد، ولذلك يُعتبر كل سطر قيمة واحدة. اختر المحدِّد إذا كان ذلك غير صحيح.',
  'upload.problem.comment': 'يبدأ هذا السطر بالعلامة «#» وقد تُخطّي باعتباره تعليقاً.',
  'upload.problem.comments': 'الأسطر {lines} تبدأ بالعلامة «#» وقد تُخطّيت باعتبارها تعليقات.',
  'upload.problem.loadFailed': 'تعذّر على DuckDB تحميل الملف: {message}',
  'upload.problem.nameTaken': 'يوجد بالفعل جدول باسم «{name}»؛ اختر اسماً آخر.',
  'upload.problem.nameInvalid':
    'لا يمكن أن يكون «{name}» اسماً لجدول: استخدم حروفاً لاتينية صغيرة وأرقاماً والرمز _، على أن يبدأ الاسم بحرف أو بالرمز _.',
  'upload.problem.nameReserved':
    '«{name}» كلمة محجوزة في SQL، ولذلك يجب وضعه بين علامتي اقتباس في كل استعلام؛ اختر اسماً آخر.',
  'upload.problem.nameKeptElsewhere':
    'حُفظ للتو في علامة تبويب أخرى جدول باسم «{name}»، ولذلك سيُحمَّل هذا الملف باسم «{suggested}»؛ ويمكنك تغيير الاسم إن شئت.',
  'upload.problem.nameTakenElsewhere':
    'في علامة تبويب أخرى جدول محفوظ أو قيد التحميل باسم «{name}»، ولذلك لم يُحمَّل شيء هنا ولم يُمَسّ ذلك الجدول. والاسم الآن «{suggested}»: حمّل الملف مرة أخرى، أو اختر اسماً آخر.',
  'upload.problem.tooLarge':
    'حجم هذا الملف {size}؛ ويتطلب تحميله نحو {needed} من الذاكرة، أي أكثر مما يستطيع هذا المتصفح توفيره (نحو {limit}). وقد يفشل التحميل أو يوقف علامة التبويب: والأسلم تحميل مقتطف أصغر (صفوف أو أعمدة أقل).',
  'upload.problem.tooLargeForBrowser':
    'حجم هذا الملف {size}؛ ويتطلب تحميله ما لا يقل عن {needed} من الذاكرة، أي أكثر مما يستطيع DuckDB استخدامه في أي متصفح ({limit}). حمّل مقتطفاً أصغر (صفوف أو أعمدة أقل).',
  'upload.problem.padding':
    'ينتهي كل سطر بالرموز «{padding}» للحشو، كما يتركها برنامج جداول البيانات عند إعادة حفظ الملف؛ وقد استُبعد هذا الحشو، فاحتفظ العمود الأخير بقيمه.',
  'upload.problem.joinedRecords':
    'السجلات الموزعة على عدة أسطر بسبب فاصل سطر داخل قيمة غير محاطة بعلامتي اقتباس، كما يحدث أحياناً في الملفات المصدَّرة من SIPRI، قُرئ كل منها سجلاً واحداً، مع الإبقاء على فاصل السطر في تلك القيمة: الأسطر {lines}.',
  'upload.problem.paddedValues':
    'قيم العمود «{name}» محاطة بمسافات أو علامات جدولة؛ وقد قُرئت على أنها الأرقام أو التواريخ التي تمثلها.',
  'upload.problem.tooLargeToKeep':
    'حجم هذا الملف {size}، ولا يسمح هذا المتصفح للموقع إلا بتخزين {free} إضافية: يمكن تحميله، لكنه لن يُحفظ لزيارتك القادمة.',
  'upload.problem.lateText':
    'حُمِّل العمود «{name}» على أنه نص: فالقيمة «{value}» هنا ليست رقماً أو تاريخاً مثل القيم التي تسبقها.',
  'upload.problem.lateCode':
    'حُمِّل العمود «{name}» على أنه نص: فإحدى القيم بعد نطاق المعاينة مكتوبة كرمز (بصفر في البداية أو بعلامة +)، لا كرقم.',
  'tables.title': 'جداولك',
  'tables.none': 'لم يُحمَّل أي جدول بعد.',
  'tables.restoreFailed':
    'تعذّر تحميل الجدول «{table}» المحفوظ من زيارة سابقة مرة أخرى ({message})؛ ولا يزال ملفه محفوظاً.',
  'tables.restoredFromCsv':
    'تعذّرت قراءة النسخة السريعة من «{table}»، ولذلك حُمِّل مرة أخرى من ملف CSV المحفوظ. ولم يُفقد شيء.',
  'tables.restoring': 'جارٍ تحميل الجداول المحفوظة من زيارتك السابقة…',
  'tables.col.table': 'الجدول',
  'tables.col.file': 'الملف',
  'tables.col.rows': 'الصفوف',
  'tables.col.size': 'حجم الملف',
  'tables.col.loaded': 'وقت التحميل',
  'tables.col.kept': 'الحفظ',
  'tables.col.actions': 'الإجراءات',
  'tables.coming': 'في هذا المتصفح، جارٍ التحميل…',
  'tables.kept': 'في هذا المتصفح',
  'tables.visitOnly': 'لهذه الزيارة فقط',
  'tables.query': 'استعلام',
  'tables.remove': 'حذف',
  'tables.removeLabel': 'حذف الجدول {table}',
  'tables.storage.unavailable':
    'لا يسمح هذا المتصفح للصفحة بحفظ الملفات (نافذة خاصة، أو التخزين معطَّل). وتعمل جداولك خلال هذه الزيارة وستختفي بعد إعادة التحميل.',
  'tables.storage.full':
    'مساحة تخزين المتصفح ممتلئة، ولذلك لن يُحفظ هذا الجدول لزيارتك القادمة. وهو يعمل خلال هذه الزيارة؛ احذف جداول أخرى لإفساح المجال.',
  'tables.storage.failed': 'تعذّر حفظ الجدول في مساحة تخزين المتصفح؛ وهو يعمل خلال هذه الزيارة فقط.',
  'a11y.skip': 'الانتقال إلى المحتوى',
  'a11y.theme': 'المظهر',
  'a11y.theme.system': 'مظهر النظام',
  'a11y.theme.light': 'فاتح',
  'a11y.theme.dark': 'داكن',
  'a11y.pageTitle': '{page} · {app}',
  'a11y.itemTitle': '{item} · {page} · {app}',
  'a11y.tableRegion': '{caption} (جدول؛ يمكن تمريره أفقياً)',
  'a11y.scrollHint': 'مرّر أفقياً لرؤية جميع الأعمدة.',
  'a11y.printedFrom': 'طُبع من {url}',
  'a11y.editorHelp':
    'يُدرج مفتاح Tab مسافة بادئة في المحرر. وللخروج منه باستخدام لوحة المفاتيح، اضغط Escape ثم Tab (أو Shift+Tab).',
  'a11y.measureShown':
    'عرض {measure} {count, plural, zero {دون أي مجموعة إقليمية} one {لمجموعة إقليمية واحدة} two {لمجموعتين إقليميتين} few {بالنسبة إلى # مجموعات إقليمية} many {بالنسبة إلى # مجموعة إقليمية} other {بالنسبة إلى # مجموعة إقليمية}}.',
  'nav.countries': 'البلدان',
  'nav.indicator': 'المؤشر 16.4.2',
  'countries.title': 'الدول الأعضاء في الأمم المتحدة',
  'countries.subtitle':
    'الدول الأعضاء الـ 193، ومجموعاتها الإقليمية في الأمم المتحدة، وعدد الصفوف التي تذكرها في كل جدول مدمج',
  'countries.search': 'البحث في البلدان',
  'countries.region': 'المجموعة الإقليمية للأمم المتحدة',
  'countries.anyRegion': 'أي مجموعة',
  'countries.shown': 'عدد الدول الأعضاء المعروضة: {shown} من أصل {total}',
  'countries.col.name': 'البلد',
  'countries.col.group': 'المجموعة الإقليمية للأمم المتحدة',
  'countries.col.missions': 'البعثات التي يستضيفها',
  'countries.col.embargoes': 'حالات حظر توريد الأسلحة',
  'countries.col.mentions': 'الفقرات التي تذكره',
  'countries.col.sdg': 'قيم المؤشر 16.4.2 من أهداف التنمية المستدامة',
  'country.noGroup': 'لا ينتمي إلى أي مجموعة إقليمية للأمم المتحدة',
  'country.hasData': 'تتضمن البيانات المدمجة: {list}.',
  'country.listSep': '؛ ',
  'country.noData':
    'لا تتضمن البيانات المدمجة أي بعثة أو حظر لتوريد الأسلحة أو فقرة من الوثائق أو قيمة للمؤشر 16.4.2 من أهداف التنمية المستدامة بشأن هذا البلد.',
  'country.has.missions': 'البعثات التي نُشرت فيه (السابقة والحالية): {n}',
  'country.has.embargoes': 'حالات حظر توريد الأسلحة: {n}',
  'country.has.mentions': 'فقرات الوثائق التي تذكره: {n}',
  'country.has.values': 'قيم المؤشر 16.4.2 من أهداف التنمية المستدامة: {n}',
  'country.col.mission': 'البعثة',
  'country.col.name': 'الاسم',
  'country.col.start': 'البداية',
  'country.col.end': 'النهاية',
  'country.col.target': 'الجهة المستهدفة',
  'country.col.established': 'فُرض بموجب',
  'country.col.status': 'الحالة',
  'country.col.reason': 'سبب ذكره',
  'country.col.passage': 'المقطع (بالصينية)',
  'country.col.year': 'السنة',
  'country.missions.title':
    'بعثات الأمم المتحدة التي نُشرت في البلد (السابقة والحالية) وولاياتها المتعلقة بدعم الحظر',
  'country.col.ended': 'الانتهاء',
  'country.mission.ongoing': 'مستمرة',
  'country.mission.endsOn': 'مستمرة (حتى {date})',
  'country.missions.none': 'لا تذكر الوثائق أي بعثة ميدانية للأمم المتحدة نُشرت في هذا البلد.',
  'country.embargoes.title':
    'حالات حظر توريد الأسلحة التي فرضتها الأمم المتحدة على البلد أو على جهات فاعلة فيه',
  'country.embargoes.none':
    'لا يستهدف أي حظر لتوريد الأسلحة فرضه مجلس الأمن التابع للأمم المتحدة، مما يرد في البيانات، هذا البلد أو جهات فاعلة فيه.',
  'country.mentions.title': 'فقرات الوثائق المصدرية التي تذكره',
  'country.mentions.none': 'لا تذكر أي من الوثائق المصدرية الخمس هذا البلد في فقرة مسجلة هنا.',
  'country.sdg.title': 'قيم المؤشر 16.4.2 من أهداف التنمية المستدامة عبر السنوات',
  'country.sdg.none':
    'لا تنشر قاعدة بيانات الأمم المتحدة العالمية لأهداف التنمية المستدامة أي قيمة للمؤشر 16.4.2 بشأن هذا البلد.',
  'country.sdg.label':
    'رسم بياني خطي: قيم المؤشر 16.4.2 من أهداف التنمية المستدامة لـ {country}، وهي نسبة الأسلحة المضبوطة أو المعثور عليها أو المسلَّمة التي تم تتبعها. {summary}',
  'country.links': 'في الأقسام الأخرى',
  'country.registerNote':
    'لا تذكر المصادر الإبلاغ إلى السجل إلا حسب المجموعة الإقليمية للأمم المتحدة، لا حسب البلد.',
  'indicator.named': 'المؤشر {code}',
  'indicator.targetNamed': 'الغاية {code}',
  'indicator.custodians': 'الوكالات الراعية',
  'indicator.tier': 'الفئة',
  'indicator.col.value': 'نسبة ما تم تتبعه',
  'indicator.col.series': 'رمز السلسلة',
  'indicator.16-4.text':
    'الحد بقدر كبير من التدفقات غير المشروعة للأموال والأسلحة، وتعزيز استرداد الأصول المسروقة وإعادتها، ومكافحة جميع أشكال الجريمة المنظمة، بحلول عام 2030',
  'indicator.16-4-1.text':
    'القيمة الإجمالية للتدفقات المالية غير المشروعة الداخلة والخارجة (بدولارات الولايات المتحدة الجارية)',
  'indicator.16-4-2.text':
    'نسبة الأسلحة المضبوطة أو المعثور عليها أو المسلَّمة التي تم تتبع منشئها أو سياقها غير المشروع أو إثباته من قبل سلطة مختصة بما يتماشى مع الصكوك الدولية',
  'indicator.16-4-2.short':
    'نسبة الأسلحة المضبوطة أو المعثور عليها أو المسلَّمة التي تم تتبع منشئها غير المشروع',
  'indicator.16-4-2.note':
    'القيم كما تنشرها قاعدة بيانات الأمم المتحدة العالمية لأهداف التنمية المستدامة (السلسلة VC_ARM_SZTRACE)؛ ويقدّم كل بلد تقاريره عن السنوات التي يختارها، ولذلك لا تشكّل القيم سلسلة زمنية على الصعيد العالمي.',
  'indicator.16-4-1.none':
    'لا تتوافر في هذا الموقع بيانات عن المؤشر 16.4.1: فهو يقيس التدفقات المالية غير المشروعة، التي لا تتناولها أي من الوثائق المصدرية، ولا توجد قيم له في الجداول المدمجة.',
  'indicator.coverage':
    'تتضمن البيانات {values, plural, zero {# قيمة منشورة} one {قيمة منشورة واحدة} two {قيمتين منشورتين} few {# قيم منشورة} many {# قيمة منشورة} other {# قيمة منشورة}} من {countries, plural, zero {# بلد} one {بلد واحد} two {بلدين} few {# بلدان} many {# بلداً} other {# بلد}}، للفترة \u2066{from}\u2060–\u2060{to}\u2069. والبلدان غير المدرجة لم تنشر أي قيمة.',
  'indicator.chartLabel':
    'رسم بياني: {values, plural, zero {# قيمة منشورة} one {قيمة منشورة واحدة} two {قيمتان منشورتان} few {# قيم منشورة} many {# قيمة منشورة} other {# قيمة منشورة}} للمؤشر 16.4.2 من أهداف التنمية المستدامة من {countries, plural, zero {# بلد} one {بلد واحد} two {بلدين} few {# بلدان} many {# بلداً} other {# بلد}}، بخط واحد لكل بلد.',
  'share.embed': 'تضمين',
  'share.cite': 'استشهاد',
  'share.label': 'تضمين {title} أو الاستشهاد به',
  'share.embedLabel': 'رمز تضمين «{title}»',
  'share.embedHint':
    'الصق رمز HTML هذا في صفحة ويب لعرض الرسم البياني وحده، مع عنوانه ومصادره ورابط للعودة إلى هذا القسم.',
  'share.preview': 'فتح الرسم البياني وحده',
  'share.citeLabel': 'صيغة الاستشهاد بـ «{title}»',
  'share.copy': 'نسخ',
  'share.copied': 'تم النسخ.',
  'share.copyFailed': 'تعذّر النسخ: حدِّد النص وانسخه.',
  'share.notReady': 'يعمل زرّا التضمين والاستشهاد بعد اكتمال تحميل الصفحة.',
  'share.citation': '«{title}». {app}. {url} (تاريخ الاطلاع: {date}). المصادر: {sources}.',
  'share.titleNames': '{title}: {names}',
  'share.citationNoSources': '«{title}». {app}. {url} (تاريخ الاطلاع: {date}).',
  'embed.viewFull': 'العرض الكامل في {app}',
  'compare.legend': 'البلدان المراد مقارنتها',
  'compare.search': 'البحث عن بلد',
  'compare.clear': 'عرض جميع البلدان',
  'compare.chosen': 'عدد البلدان المختارة: {count} من أصل {total} ({names}).',
  'compare.all':
    '{total, plural, zero {لا بلدان معروضة.} one {عرض بلد واحد.} two {عرض البلدين كليهما.} few {عرض جميع البلدان الـ #.} many {عرض جميع البلدان الـ #.} other {عرض جميع البلدان الـ #.}} اختر بعضها لمقارنتها.',
  'compare.limit':
    'يمكن مقارنة {max, plural, zero {# بلد} one {بلد واحد} two {بلدين} few {# بلدان} many {# بلداً} other {# بلد}} كحد أقصى في آن واحد، لكل بلد لون: أزل بلداً لإضافة آخر.',
  'compare.dropped':
    'يذكر الرابط {count, plural, zero {# بلد} one {بلداً واحداً} two {بلدين} few {# بلدان} many {# بلداً} other {# بلد}}؛ وتُعرض البلدان الـ {max} الأولى.',
  'compare.noMatch': 'لا يوجد بلد تتوافر عنه بيانات يطابق «{query}».',
};

# Machine-drafted translation, not yet reviewed by a national reviewer.
# Пользовательский интерфейс OpenNRM, русский язык. Ключи сгруппированы по страницам; метки словарей
# строятся по схеме <словарь>-<значение>, чтобы код мог находить их по данным.

# Название языка на нём самом (для переключателя языков) и подтвердил ли перевод национальный
# рецензент (yes / no): если нет, страницы показывают отметку «перевод не проверен».
language-name = Русский
translation-reviewed = no
language-switcher = Язык
nav-main = Главное меню
translation-unreviewed = Этот перевод выполнен машинным способом и ещё не проверен национальным рецензентом. Определяющим является текст на английском языке.

site-name = OpenNRM
site-tagline = Кто выявляет и перенаправляет жертв торговли людьми в целях трудовой эксплуатации и помогает им
nav-countries = Страны
nav-search = Поиск
nav-api = API
nav-about = О данных
skip-to-content = Перейти к содержанию
footer-source = Данные: { $report }.
footer-licence = OpenNRM — свободное программное обеспечение. Каждый факт ссылается на фрагмент доклада, из которого он взят.
footer-revision = Редакция атласа { $revision }, загружена { $date }.
date-numeric = { $day }.{ $month }.{ $year }

home-title = Субъекты противодействия торговле людьми в целях трудовой эксплуатации в 11 странах
home-lead = Атлас показывает для каждой страны, охваченной исследованием Совета государств Балтийского моря, субъектов, которые могут выявлять и перенаправлять жертв и оказывать им помощь, их полномочия, формы их взаимодействия и существующие национальные механизмы. При каждом факте приводится предложение доклада, из которого он взят.
home-countries = Страны
home-glance = Механизмы вкратце
home-glance-lead = Какие национальные механизмы доклад фиксирует в каждой стране. Отсутствие механизма — тоже вывод.
home-legend = Что означают цвета
home-chips-lead = На каждой карточке показаны национальные механизмы, о которых спрашивает доклад, с оценкой по его описанию:
home-legend-formal = формальный (должность или орган, прямо так названные)
home-legend-functional-equivalent = функциональный эквивалент (в докладе: «ближе всего к», «координирующая роль»)
home-legend-expired = истёкший (срок его действия закончился)
home-legend-absent = зафиксировано отсутствие
home-legend-not-recorded = в докладе не упоминается
home-respondents = Заполнили анкету: { $completed } из { $invited } { $invited ->
        [one] приглашённого
       *[other] приглашённых
    }
home-respondents-completed = Заполнили анкету: { $completed }
home-counts = { $actors } { $actors ->
        [one] субъект
        [few] субъекта
        [many] субъектов
       *[other] субъекта
    } · { $mandates } { $mandates ->
        [one] полномочие
        [few] полномочия
        [many] полномочий
       *[other] полномочия
    } · { $ties } { $ties ->
        [one] связь взаимодействия
        [few] связи взаимодействия
        [many] связей взаимодействия
       *[other] связи взаимодействия
    } · { $mechanisms } { $mechanisms ->
        [one] механизм
        [few] механизма
        [many] механизмов
       *[other] механизма
    }
home-search-title = Поиск по атласу
home-search-lead = Любое слово любого факта: название субъекта, полномочие, закон («§ 262a»), предложение доклада. Чтобы найти субъектов по тому, что они вправе делать (кто определяет статус жертвы в Дании?), используйте фильтры на странице поиска.

country-native = На национальном языке: { $name }
country-chapter = Глава доклада: { $chapter }
country-on-this-page = На этой странице
country-findings = Результаты
country-participation = Кто участвовал в исследовании
country-actors = Субъекты и полномочия
country-governmental = Государственные
country-non-governmental = Негосударственные
country-cooperation = Взаимодействие
country-cooperation-lead = Связи взаимодействия в описании респондентов. Первым указан субъект, чей ответ описывает связь.
country-policy = Политика и законодательство
country-mechanisms = Механизмы
country-challenges = Проблемы и ограничения
country-challenges-lead = Ограничения, названные респондентами; число показывает, сколько респондентов их назвали, если доклад его приводит.
country-conclusions = Выводы
country-ambiguities = Где доклад неоднозначен
country-ambiguities-lead = В разных местах доклад говорит разное. Каждое прочтение сохранено вместе с цитатой.
country-lists = Профильные ведомства и организации
country-no-cooperation = Доклад не описывает связей взаимодействия в этой стране.
country-no-documents = Доклад не называет для этой страны ни правовых актов, ни программных документов.
country-no-limitations = Доклад не приводит для этой страны числа названных ограничений.
country-invited = Приглашено
country-completed = Заполнили
country-reading = Прочтение
country-respondents = Респонденты
country-counts-unknown = не указано

actor-native-name = Название на национальном языке
actor-acronym = Аббревиатура
actor-also-known-as = Другие названия
actor-sector = Сектор
actor-level = Уровень
actor-study-status = Участие в исследовании
actor-parent = Входит в
actor-children = Подразделения
actor-mandates = Полномочия
actor-no-mandates = Доклад не указывает полномочий этого субъекта.
actor-cooperation = Взаимодействие
actor-cooperation-out = Взаимодействие, описанное этим субъектом
actor-cooperation-in = Взаимодействие с этим субъектом, описанное другими
actor-no-cooperation = Доклад не описывает связей взаимодействия этого субъекта.
actor-mechanisms = Механизмы
actor-holds = Возглавляет или председательствует
actor-member-of = Участвует в
actor-no-mechanisms = Доклад не называет этого субъекта ни в одном национальном механизме.
actor-back = Назад: { $country }
actor-find-similar = Другие субъекты этого сектора в 11 странах

mandate-scope = Сфера: { $scope }
mandate-labour-yes = Распространяется на торговлю людьми в целях трудовой эксплуатации
mandate-labour-no = Нет полномочий в отношении торговли людьми в целях трудовой эксплуатации
mandate-labour-unknown = Доклад не уточняет, распространяется ли это полномочие на трудовую эксплуатацию

mandate-denied = Не вправе
mandate-denied-scope = По докладу, субъект не вправе: { $scope }
mechanism-holder = Кто возглавляет или председательствует
mechanism-members = Члены
mechanism-year = Создан
mechanism-frequency = Периодичность заседаний
mechanism-focus = Направленность

source = Источник
source-show = Показать источник
source-line = строка доклада { $line }
source-record = Запись OpenNRM { $record }: краткое изложение, составленное OpenNRM, а не фрагмент доклада
source-section = { $country } › { $section }
source-note = Примечание

search-title = Поиск субъектов
search-lead = Фильтры можно сочетать. Поиск по тому, что субъект вправе делать, отвечает на вопросы вроде «кто определяет статус жертвы в Дании?».
search-text = Название, название на национальном языке или аббревиатура
search-country = Страна
search-sector = Сектор
search-capability = Полномочие
search-study-status = Участие в исследовании
search-any = Все
search-submit = Найти
search-results = { $count ->
    [0] Ни один субъект не найден.
    [one] Найден { $count } субъект.
    [few] Найдено { $count } субъекта.
    [many] Найдено { $count } субъектов.
   *[other] Найдено { $count } субъекта.
}
search-col-actor = Субъект
search-col-country = Страна
search-col-sector = Сектор
search-col-mandates = Подходящие полномочия
search-col-status = Участие в исследовании
search-invalid = { $field }: «{ $value }» — недопустимое значение.
search-too-long = { $field }: не более { $max } { $max ->
        [one] символа
       *[other] символов
    }.
search-too-many-words = { $field }: не более { $max } { $max ->
        [one] слова
       *[other] слов
    }.
search-kind = Тип факта
search-facts-text = Слова
search-to-facts = Искать по всем фактам.
search-to-actors = Искать субъектов по названию и фильтрам.
search-facts-title = Поиск по атласу
search-facts-lead = Все факты: названия субъектов, полномочия, механизмы, документы, ограничения, результаты и цитаты из доклада. Регистр и диакритические знаки не важны («liepaja» находит «Liepāja»), а слово находит и более длинные слова, которые с него начинаются («reflect» находит «reflection»).
search-facts-results = { $count ->
    [0] Ничего не найдено.
    [one] Найден { $count } фрагмент.
    [few] Найдено { $count } фрагмента.
    [many] Найдено { $count } фрагментов.
   *[other] Найдено { $count } фрагмента.
}
search-facts-truncated = Показаны только первые совпадения ({ $count }); добавьте слово или фильтр, чтобы сузить поиск.

search_kind-country = Страна
search_kind-actor = Субъект
search_kind-mandate = Полномочие
search_kind-tie = Взаимодействие
search_kind-mechanism = Механизм
search_kind-document = Документ
search_kind-limitation = Ограничение
search_kind-participation = Участие
search_kind-finding = Результат
search_kind-ambiguity = Неоднозначность
search_kind-respondent = Респондент
search_kind-recommendation = Рекомендация
search_field-name = название
search_field-native_name = название на национальном языке
search_field-acronym = аббревиатура
search_field-alias = другое название
search_field-chapter = глава
search_field-scope = сфера
search_field-note = примечание
search_field-title = заголовок
search_field-topic = тема
search_field-frequency = периодичность заседаний
search_field-quote = цитата
search_field-reason = причина
search_field-summary = резюме

about-title = О данных
about-lead = Атлас — это доклад «Actors against Trafficking for Labour Exploitation» («Субъекты противодействия торговле людьми в целях трудовой эксплуатации») Целевой группы по борьбе с торговлей людьми Совета государств Балтийского моря (2013), преобразованный в данные. К сказанному в докладе ничего не добавлено.
about-sources = Каждый факт содержит ссылку на раздел главы о стране, из которого он взят, и короткую цитату, дословно присутствующую в докладе. Где доклад противоречит сам себе, сохранены оба прочтения.
about-data = Файлы данных — простой текст, по одному на страну; их можно проверять и исправлять, как любой документ. Весь атлас можно скачать через API.
about-api = JSON API описан документом OpenAPI.
about-revisions = Редакции атласа

error-not-found-title = Страница не найдена
error-not-found = Здесь нет запрошенного объекта ({ $what }). Проверьте адрес или начните со списка стран.
error-bad-request-title = Запрос не удалось понять
error-internal-title = Что-то пошло не так
error-internal = Не удалось показать страницу. Ошибка записана в журнал; попробуйте позже.
error-back-home = К списку стран

yes = да
no = нет

sector-police = Полиция
sector-border_guard = Пограничная служба
sector-prosecution = Прокуратура
sector-court = Суды
sector-labour_inspection = Трудовая инспекция
sector-tax = Налоговые органы
sector-immigration = Миграционные органы
sector-ministry = Министерства
sector-coordination_body = Координационные органы
sector-rapporteur = Докладчики
sector-victim_assistance = Помощь жертвам
sector-municipality = Муниципалитеты
sector-ngo = НКО
sector-trade_union = Профсоюзы
sector-employers_org = Объединения работодателей
sector-international_org = Международные организации
sector-research = Исследования
sector-company = Компании
sector-other = Другое

study_status-participated = Участвовал
study_status-invited_not_participated = Приглашён, но не участвовал
study_status-mentioned = Упомянут респондентами

level-national = Национальный
level-regional = Региональный
level-local = Местный
level-international = Международный

capability-identify_victims = Выявление жертв
capability-refer_victims = Перенаправление жертв
capability-report_to_police = Сообщение в полицию
capability-inspect_workplaces = Проверка рабочих мест
capability-investigate_crime = Расследование преступлений
capability-prosecute = Уголовное преследование
capability-determine_victim_status = Определение статуса жертвы
capability-grant_reflection_period = Предоставление периода восстановления и размышления
capability-grant_residence_permit = Выдача вида на жительство
capability-provide_assistance = Оказание помощи
capability-repatriation = Репатриация
capability-coordinate = Координация
capability-monitor_and_report = Мониторинг и отчётность
capability-bring_labour_court_cases = Подача исков в трудовые суды
capability-training = Обучение
capability-prevention = Профилактика
capability-policy_making = Разработка политики
capability-supervise = Надзор
capability-advocacy = Адвокация
capability-research = Исследования
capability-protect_workers_rights = Защита прав работников

cooperation-information_exchange = Обмен информацией
cooperation-joint_inspection = Совместная проверка
cooperation-referral = Перенаправление
cooperation-service_contract = Договор об оказании услуг
cooperation-coordination = Координация
cooperation-membership = Членство
cooperation-other = Взаимодействие

mechanism-national_coordinator = Национальный координатор
mechanism-national_rapporteur = Национальный докладчик
mechanism-lead_agency = Ведущее ведомство
mechanism-referral_system = Система перенаправления
mechanism-mou = Меморандум о взаимопонимании
mechanism-working_group = Рабочие группы
mechanism-specialised_unit = Специализированные подразделения
mechanism-network = Сети
mechanism-national_action_plan = Национальный план действий
mechanism-local_coordinator = Местные координаторы

mechanism_status-formal = Формальный
mechanism_status-functional_equivalent = Функциональный эквивалент
mechanism_status-absent = Отсутствует
mechanism_status-expired = Истёк
focus-sexual = Сексуальная эксплуатация
focus-labour = Трудовая эксплуатация
focus-all = Все формы
focus-unclear = Неясно

limitation-legislation = Законодательство
limitation-lack_of_policy = Отсутствие политики
limitation-lack_of_cooperation = Недостаток взаимодействия
limitation-lack_of_referral_mechanisms = Отсутствие механизмов перенаправления
limitation-corruption = Коррупция
limitation-lack_of_knowledge = Недостаток знаний
limitation-lack_of_capacity = Недостаток ресурсов
limitation-other = Другое

document-legislation = Законодательство
document-action_plan = План действий
document-policy = Политика
document-agreement = Соглашение
document-report = Доклад
document-other = Другой документ

nav-screening = Скрининг
screening-title = Скрининг: торговля людьми или нет?
screening-lead = Ответьте на вопросы о том, что вы наблюдаете, например в ходе проверки рабочего места. Результат помещает ситуацию в континуум от нарушения трудового законодательства до торговли людьми в целях трудовой эксплуатации, объясняет, какие ответы к этому привели, указывает, чего ещё не хватает, и называет субъектов страны, уполномоченных действовать.
screening-notice-title = Ориентир, а не решение.
screening-notice = Результат скрининга — ориентир для перенаправления человека к субъекту с соответствующими полномочиями. Он никогда не является юридическим заключением: решать, является ли человек жертвой торговли людьми или принудительного труда, могут только компетентные органы.
screening-translation-unreviewed = Вопросы представляют собой предварительный перевод, ещё не проверенный национальным рецензентом. Официальная английская формулировка МОТ приведена под каждым вопросом.

# The explanation of a screening result, one message per domain ExplanationCode
# (screening-why-<code>); in English each reads exactly as the engine's `reasoning` (a test
# compares them). Lists of indicators are the ILO's official English names.
screening-why-screened_with = Скрининг проведён с использованием инструмента «{ $instrument }» { $version } и набора правил «{ $rules }» { $rules_version } по списку для { $population ->
    [child] детей
   *[adult] взрослых
}.
screening-why-dimension_positive = Измерение «{ $dimension }» положительное ({ $rule }); ответ «да» получен по индикаторам: { $indicators }.
screening-why-dimension_not_assessed = Измерение «{ $dimension }» не оценено: ни на один из его вопросов не получено ответа.
screening-why-dimension_open = Измерение «{ $dimension }» пока не установлено; { $yes ->
    [0] ни по одному индикатору пока нет ответа «да»
   *[other] ответ «да» пока получен по индикаторам: { $indicators }
}; { $count ->
    [one] { $count } индикатор без ответа ещё может сделать его положительным
    [few] { $count } индикатора без ответа ещё могут сделать его положительным
    [many] { $count } индикаторов без ответа ещё могут сделать его положительным
   *[other] { $count } индикатора без ответа ещё могут сделать его положительным
}.
screening-why-dimension_negative = Измерение «{ $dimension }» отрицательное; { $yes ->
    [0] ни по одному индикатору нет ответа «да»
   *[other] ответ «да» получен только по индикаторам: { $indicators }
}; { $complete ->
    [yes] ответы даны по всем индикаторам, и ни одно правило не выполнено
   *[no] индикаторы без ответа не могли бы сделать его положительным
}.
screening-why-unknown_answers = { $count } { $count ->
    [one] ответ
    [few] ответа
    [many] ответов
   *[other] ответа
} — «Неизвестно»; ответ «Неизвестно» никогда не считается ответом «да».
screening-why-ignored_answers = Ответы по индикаторам, которых нет в списке для { $population ->
    [child] детей
   *[adult] взрослых
}, не учтены: { $indicators }.
screening-why-level_none = Уровень: признаков нет — при данных ответах не выполняется ни одно правило набора для более высокого уровня.
screening-why-level_reached = Уровень: { $level ->
    [labour_law_violation] возможное нарушение трудового законодательства
    [labour_exploitation] трудовая эксплуатация
    [forced_labour] принудительный труд
    [presumed_trafficking] предполагаемая торговля людьми в целях трудовой эксплуатации
   *[no_indication] признаков нет
} — { $because }
screening-why-unverified = { $count } { $count ->
    [one] учтённый индикатор ещё не сверен
    [few] учтённых индикатора ещё не сверены
    [many] учтённых индикаторов ещё не сверены
   *[other] учтённого индикатора ещё не сверены
} с исходной публикацией (см. файл инструмента): { $indicators }.
screening-why-conclusion = { $level ->
    [labour_law_violation] Возможное нарушение трудового законодательства: перенаправьте случай в трудовую инспекцию и сообщите работнику о профсоюзе и трудовом суде.
    [labour_exploitation] Трудовая эксплуатация: перенаправьте случай в трудовую инспекцию, рассмотрите возможность сообщить в полицию и перенаправьте работника в службы поддержки.
    [forced_labour] Принудительный труд: сообщите в полицию и перенаправьте человека в орган, определяющий статус жертвы, и в службы помощи.
    [presumed_trafficking] Предполагаемая торговля людьми в целях трудовой эксплуатации: сообщите в полицию и без промедления перенаправьте человека в орган, определяющий статус жертвы, в службы помощи и для предоставления периода восстановления и размышления.
   *[no_indication] Признаков нет: по этим ответам перенаправление не требуется; вопросы без ответа могут это изменить.
}{ $open ->
    [yes] {" "}Дополнительные ответы могут повысить уровень; посмотрите, чего не хватает.
   *[no] {""}
}

# What a way to a higher level still needs (screening-why-toward and its parts); the
# parts are said one after the other, separated by "; ". $names: dimensions joined by
# screening-or; $asks: the ILO's names of the indicators still open; $topics: what to ask
# about (English data).
screening-or = {" "}или{" "}
screening-why-toward = Путь к уровню «{ $level ->
    [labour_law_violation] возможное нарушение трудового законодательства
    [labour_exploitation] трудовая эксплуатация
    [forced_labour] принудительный труд
    [presumed_trafficking] предполагаемая торговля людьми в целях трудовой эксплуатации
   *[no_indication] признаков нет
}»{ $population ->
    [adult] {" "}(взрослый)
    [child] {" "}(ребёнок)
   *[other] {""}
}: { $parts }.
screening-why-step_positive = измерение «{ $names }» положительное
screening-why-step_closed = измерение «{ $names }» отрицательное — этот путь закрыт, если ответы не изменятся
screening-why-step_not_assessed = измерение «{ $names }» ещё не оценено — задайте вопросы по темам ({ $topics }){ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_open = измерение «{ $names }» пока не положительное — вопрос ещё открыт{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}
screening-why-step_none_left = ни по одному индикатору измерения «{ $names }» нет ответа «да», и индикаторов без ответа не осталось
screening-why-step_none_yet = ни по одному индикатору измерения «{ $names }» пока нет ответа «да» — вопрос ещё открыт{ $asked ->
    [yes] : { $asks }
   *[no] {""}
}

screening-no-personal-data = Не вводите имена и другие персональные данные: скрининг фиксирует только наличие индикаторов. Ответ «Не спрашивали» хранится отдельно от ответа «Нет».
screening-instrument-meta = { $count } { $count ->
        [one] индикатор
        [few] индикатора
        [many] индикаторов
       *[other] индикатора
    } · версия { $version }
screening-population = Кого это касается
screening-country = Страна (чтобы знать, кто может действовать)
screening-country-none = Без страны
screening-start = Начать скрининг
screening-progress = Отвечено на { $answered } из { $total } { $total ->
        [one] вопроса
       *[other] вопросов
    }
screening-answer-help = Отвечайте на то, что знаете. «Неизвестно» означает, что вы спросили, но ответ неясен; «Не спрашивали» — что вопрос не поднимался. Ни то, ни другое не считается ответом «да».
screening-official-wording = Официальная формулировка
screening-strength = Значимость в инструменте: { $strength }
screening-see-result = Посмотреть результат
screening-save-draft = Сохранить черновик
screening-draft-saved = Черновик сохранён в этом браузере. Чтобы продолжить, снова откройте «Скрининг»; черновики хранятся 30 дней.
screening-continue-draft = Продолжить сохранённый черновик
screening-discard-draft = Удалить черновик
screening-draft-discarded = Черновик удалён.
screening-no-draft-title = Нет сохранённого черновика
screening-no-draft = В этом браузере нет сохранённого черновика скрининга (черновики хранятся 30 дней). Начните новый скрининг на странице «Скрининг».
screening-forbidden-title = Форму не удалось принять
screening-forbidden = Форма отправлена не с этого сайта или устарела. Откройте скрининг заново и отправьте форму ещё раз.
screening-result-title = Результат скрининга
screening-level = Место ситуации в континууме
screening-continuum = Континуум эксплуатации
screening-reasoning = Почему
screening-dimensions = Измерения
screening-dimension = Измерение
screening-status = Статус
screening-yes-indicators = Индикаторы с ответом «да»
screening-missing = Чего не хватает для вывода
screening-questions-to-ask = { $count ->
    [one] Осталось задать { $count } вопрос
    [few] Осталось задать { $count } вопроса
    [many] Осталось задать { $count } вопросов
   *[other] Осталось задать { $count } вопроса
}
screening-who-acts = Кто может действовать
screening-who-acts-in = Кто может действовать: { $country }
screening-nobody = В атласе нет субъекта с такими полномочиями.
screening-uncovered = Ни один субъект в атласе не обладает этими полномочиями:
screening-choose-country = Выберите страну, чтобы увидеть её субъектов. Результату соответствуют следующие полномочия:
screening-unverified = { $count ->
    [one] У { $count } учтённого индикатора значимость ещё не сверена с публикацией ILO.
   *[other] У { $count } учтённых индикаторов значимость ещё не сверена с публикацией ILO.
}
screening-used = Инструмент: { $instrument }. Правила: { $rules }.
screening-change-answers = Изменить ответы (сохраняются как черновик)

answer-yes = Да
answer-no = Нет
answer-unknown = Неизвестно
answer-not-asked = Не спрашивали

population-adult = Взрослый
population-child = Ребёнок (до 18 лет)

strength-strong = высокая
strength-medium = средняя
strength-weak = низкая
strength-unweighted = без веса

continuum-no_indication = Признаков нет
continuum-labour_law_violation = Нарушение трудового законодательства
continuum-labour_exploitation = Трудовая эксплуатация
continuum-forced_labour = Принудительный труд
continuum-presumed_trafficking = Предполагаемая торговля людьми в целях трудовой эксплуатации

dimension-status-positive = Положительный
dimension-status-negative = Отрицательный
dimension-status-insufficient_information = Недостаточно информации
screening-version = Версия инструмента { $version }

report-title = Доклад
report-showing = Строки { $from }–{ $to } из { $total }. Выделена строка, с которой начинается цитируемый фрагмент.
report-earlier = ← Предыдущие строки
report-later = Следующие строки →
country-download = Скачать данные по стране в формате JSON
about-download = Скачать весь атлас (JSON).
about-read-report = Читать доклад построчно.

## Платформа: вход, учётная запись, администрирование
nav-sign-in = Войти
nav-sign-out = Выйти
nav-account = Ваша учётная запись
nav-audit = Журнал аудита
error-sign-in-title = Войдите в систему
error-sign-in = Эта страница доступна только пользователям OpenNRM, выполнившим вход.
error-forbidden-title = Доступ запрещён
error-too-many-title = Слишком много запросов
sign-in-title = Вход в OpenNRM
sign-in-username = Имя пользователя (ваш адрес электронной почты)
sign-in-password = Пароль
sign-in-code = Шестизначный код из приложения-аутентификатора
sign-in-continue = Продолжить
sign-in-code-wrong = Код не принят. Каждый код действует один раз и меняется каждые 30 секунд: введите тот, который приложение показывает сейчас.
sign-in-note = Учётные записи создаёт администратор вашей организации. После пяти неудачных попыток учётная запись блокируется на 15 минут.
account-title = Ваша учётная запись
account-username = Имя пользователя
account-organisation = Организация
account-roles = Роли
account-sessions = Активные сеансы
account-totp = Второй фактор (приложение-аутентификатор)
account-totp-on = Второй фактор настроен: при входе запрашивается код.
account-totp-off = Второй фактор ещё не настроен. Координаторы и администраторы должны настроить его, прежде чем смогут выполнять действия.
account-totp-start = Настроить приложение-аутентификатор
account-totp-replace = Перейти на другое приложение-аутентификатор
account-totp-scan = Отсканируйте этот код приложением-аутентификатором или введите в него ключ ниже, затем введите код, который оно покажет.
account-totp-secret = Ключ:
account-totp-confirm = Подтвердить
account-totp-wrong = Код не соответствует этому ключу. Убедитесь, что в приложении сохранён ключ, указанный ниже, и введите код, который оно показывает сейчас.
account-totp-done = Приложение-аутентификатор настроено. Теперь при входе запрашивается код.
account-needs-totp = Для вашей роли требуется второй фактор. Прежде чем продолжить, настройте приложение-аутентификатор ниже.
account-password = Пароль
account-password-current = Текущий пароль
account-password-new = Новый пароль (от 12 до 128 символов)
account-password-change = Сменить пароль
account-password-done = Пароль изменён; из остальных сеансов выполнен выход.
account-tokens = Токены API
account-tokens-none = Токенов API нет.
account-token-name = Название
account-token-created = Создан
account-token-used = Последнее использование
account-token-create = Создать токен
account-token-once = Скопируйте токен сейчас — больше он показан не будет:
account-token-revoke = Отозвать
account-token-revoked = Токен отозван.
account-token-revoked-mark = отозван
account-sign-out-everywhere = Выйти на всех устройствах
audit-title = Журнал аудита
audit-lead = Все входы, неудачные попытки входа и изменения пользователей, ролей и токенов, сначала самые новые. Записи связаны в хеш-цепочку; команда `opennrm audit verify` проверяет её.
audit-action = Действие
audit-actor = Пользователь
audit-outcome = Результат
audit-object = Объект
audit-at = Время (UTC)
audit-address = Адрес
audit-detail = Подробности
audit-filter = Фильтр
audit-older = Более ранние события
users-title = Пользователи
users-name = Имя
users-state = Состояние
users-disabled = отключён
users-locked = заблокирован
users-active = активен
users-unlock = Разблокировать
role-frontline_officer = Сотрудник первого контакта
role-case_worker = Специалист по ведению случаев
role-service_provider = Поставщик услуг
role-national_coordinator = Национальный координатор
role-national_rapporteur = Национальный докладчик
role-administrator = Администратор

## История атласа
revision-banner = Вы просматриваете редакцию { $revision } атласа ({ $label }, { $date }); текущая редакция — { $current }.
revision-banner-current = Показать текущую редакцию.
diff-title = Изменения
diff-from = Исходная редакция
diff-to = Конечная редакция
diff-compare = Сравнить
diff-heading = { $count ->
    [0] Нет изменений между редакциями { $from } и { $to }
    [one] { $count } изменение между редакциями { $from } и { $to }
    [few] { $count } изменения между редакциями { $from } и { $to }
    [many] { $count } изменений между редакциями { $from } и { $to }
   *[other] { $count } изменения между редакциями { $from } и { $to }
}
diff-none = Обе редакции содержат одинаковые сведения об этой стране.
diff-legend = + добавлено · − удалено или упразднено · ~ изменено · · изменился только источник
diff-see-revision = Страна по состоянию на редакцию { $revision }
about-revision-view = просмотр
actor-retired = Этот субъект упразднён в редакции { $revision }: в текущем атласе его нет. Он показан по редакции { $last } — последней, в которой он был описан.
country-changes = Изменения с 2013 года
about-revision-not-kept = факты не сохранены (до начала ведения истории атласа)

# Респонденты, атрибуция, несколько источников, прочтения, спорные факты (issue 6)
country-summary = Резюме
country-summary-lead = Резюме этой главы, приведённое в самом докладе.
country-respondents-title = Кто ответил на анкету
country-respondents-lead = По одной строке на каждую разосланную анкету, как это изложено в главе. Утверждения, которые доклад приписывает анкете, отмечены пометкой «Со слов» с указанием источника.
country-respondents-computed = По данным о респондентах: приглашено — { $invited }, заполнили анкету — { $completed }
country-respondents-none = В этой редакции для этой страны респонденты не указаны.
country-recommendations = Рекомендации
country-recommendations-lead = Что рекомендует доклад: каждая рекомендация — отдельный факт с указанием видов субъектов, которым она адресована.
country-no-recommendations = В этой главе доклад не даёт рекомендаций.
respondent-form-full = Полная анкета
respondent-form-alternative = Только альтернативные вопросы
respondent-form-declined = Отказ
respondent-form-no_reply = Нет ответа
respondent-answered-for = Отвечал от имени
respondent-reason = Причина
respondent-footnotes = Цитируется в докладе как
said-by = Со слов
also-stated = Также указано в
reading-marker = наше прочтение, а не слова доклада: { $fields }
contested = Спорно
contested-title = Доклад неоднозначен в этом вопросе: см. раздел о неоднозначностях
tie-direction-mutual = в обе стороны
tie-direction-one_way = в одну сторону
tie-reported-by = Сообщает: { $name }
actor-group = Группа, а не единый орган
document-governs-capabilities = Предоставляет или регулирует
document-governs-actors = Наделяет полномочиями или обязывает
document-governs-mechanisms = Регулирует
recommendation-addresses = Адресат
recommendation-addresses-all = Субъекты в целом
mechanisms-title = Механизмы по странам
mechanisms-lead = Все национальные механизмы, зафиксированные в докладе, по странам: кто их возглавляет, с какого времени они действуют, их направленность и источник.
mechanisms-country = Страна
mechanisms-none = не зафиксированы
nav-mechanisms = Механизмы
report-wide-title = Доклад за пределами глав
report-wide-lead = Резюме, введение и методология в виде результатов с источниками, а также рекомендации по докладу в целом.
finding-part-executive_summary = Резюме
finding-part-introduction = Введение
finding-part-methodology = Методология
finding-part-conclusions = Выводы
finding-part-findings = Результаты
finding-part-challenges = Проблемы и ограничения
mechanisms-status = Статус
mechanisms-name = Название
mechanisms-filter = Показать
study-full-text = полный текст
study-recommendations-lead = Все рекомендации доклада: сначала общие, затем по каждой главе, с указанием стран и видов субъектов, которым они адресованы. Отфильтровать их по сектору можно через API (/api/v1/recommendations).
study-all-countries = Все одиннадцать стран
nav-study = Исследование
mechanisms-kind = Механизм
search-governing = Законы и документы, которые предоставляют или регулируют это полномочие
nav-insight = Сравнение
insight-title = Сравнение стран
insight-lead = Что говорят главы доклада — рядом друг с другом и по расчётам на основе атласа: каждая ячейка ссылается на свои факты и их источники; спорные факты отмечены.
insight-mechanisms = Механизмы
insight-mechanisms-lead = В каких странах есть национальный координатор, докладчик, MoU, система перенаправления…, и на что направлены механизмы.
insight-mandates = У кого какие полномочия
insight-mandates-lead = Сколько субъектов обладают каждым полномочием в каждой стране; по числу можно перейти к субъектам и источникам.
insight-mandates-legend = Число — количество имеющихся полномочий; −N — полномочия, которых, по докладу, у субъекта нет; § — закон или документ, предоставляющий полномочие.
insight-sectors = Какие секторы входят в механизмы
insight-sectors-lead = Входят ли субъекты каждого сектора в действующий механизм (формальный или функциональный эквивалент) — как руководитель или как член: доклад отмечает, что субъекты сферы труда остаются в стороне.
insight-sectors-legend = ✓ хотя бы один входит в действующий механизм; ✗ субъекты сектора не входят ни в один; – в атласе нет субъектов этого сектора.
insight-sector-none = субъекты этого сектора не зафиксированы
insight-sector-seated = входит в механизм
insight-sector-left-out = не входит ни в один действующий механизм
insight-limitations = Ограничения, выбранные респондентами
insight-limitations-lead = Сколько респондентов выбрали каждое из ограничений анкеты, если доклад приводит число.
insight-limitations-legend = Число — наибольшее значение, которое глава приводит для категории; · глава называет категорию без числа.
insight-limitation-stated = названо без числа
insight-partners = Чаще всего называемые партнёры
insight-partners-lead = Субъекты, упорядоченные по тому, сколько других субъектов называют их партнёрами по взаимодействию (учитываются связи, о которых сообщает другой субъект).
insight-named-by = { $count ->
    [one] назван { $count } субъектом
   *[other] назван { $count } субъектами
}
focus-short-sexual = сексуальная
focus-short-labour = трудовая
focus-short-all = все
focus-short-unclear = ?
insight-focus-legend = под символом — направленность: сексуальная или трудовая эксплуатация, все формы, ? неясно
gaps-title = Пробелы
gaps-lead = Именованные правила, применённые к атласу; каждый результат приводится с доказательствами (фактами и их цитатами) и указанием, кого привлечь. На данных 2013 года правила воспроизводят выводы глав; они перечислены вместе со словами доклада, на которых основаны.
gaps-rules = правила
gaps-rule = Правило
gaps-involve = Привлечь
gaps-evidence = { $count ->
    [one] Доказательства: { $count } факт
    [few] Доказательства: { $count } факта
    [many] Доказательства: { $count } фактов
   *[other] Доказательства: { $count } факта
}
gaps-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
gaps-none = Для этого выбора результатов нет.
gaps-severity-gap = Пробел
gaps-severity-gap-means = атлас фиксирует отсутствие или недостаток
gaps-severity-unrecorded = Не зафиксировано
gaps-severity-unrecorded-means = в атласе нет ничего, что бы это восполняло: это пробел или умолчание доклада
gaps-severity-information = Примечание
gaps-severity-information-means = не пробел: что данные показывают чаще всего
gaps-since-counts = Закрыто: { $closed }, открыто: { $opened }.
gaps-closed = Закрытые
gaps-opened = Открытые
country-gaps = Пробелы
country-network = Сеть взаимодействия
country-network-lead = Кто с кем связан, по описанию респондентов: цвет субъекта соответствует сектору, размер — тому, насколько часто он оказывается между двумя другими. В таблице ниже те же данные приведены текстом.
country-network-files = Скачать: GraphML · GEXF (Gephi, networkx, igraph) · SVG · JSON
network-col-actor = Субъект
network-col-degree = Партнёры
network-col-betweenness = Посредничество
network-col-broker = Посредник
network-density = { $nodes } { $nodes ->
        [one] субъект со связями
        [few] субъекта со связями
        [many] субъектов со связями
       *[other] субъекта со связями
    }, { $edges } { $edges ->
        [one] связанная пара
        [few] связанные пары
        [many] связанных пар
       *[other] связанной пары
    }; плотность { $density }; связи между государством и гражданским обществом: { $gov_civil }
compare-with = Сравнить с редакцией
compare-baseline = Исходные данные 2013 года
compare-button = Сравнить
compare-since = Что изменилось от редакции { $from } к редакции { $to }
compare-nothing = Ничего не изменилось.
compare-revision = Редакция { $revision }
compare-not-in-revision = нет в этой редакции
compare-not-recorded = Не зафиксировано
insight-compare-count = { $count ->
    [one] Изменилась { $count } ячейка.
    [few] Изменились { $count } ячейки.
    [many] Изменилось { $count } ячеек.
   *[other] Изменилось { $count } ячейки.
}
insight-compare-table = Таблица
insight-compare-row = Строка
network-region-title = Сеть взаимодействия в регионе
network-country-title = Сеть взаимодействия: { $country }
network-region-lead = Связи взаимодействия всех стран в одной сети, по описанию респондентов. В докладе связи никогда не пересекают границы, поэтому каждая страна изображена на отдельной панели: цвет субъекта соответствует сектору, размер — тому, насколько часто он оказывается между двумя другими в пределах своей страны; самые центральные подписаны. В таблицах те же данные приведены текстом.
network-whole-region = весь регион
network-files = Скачать
network-alt = { $scope }: { $nodes } { $nodes ->
        [one] субъект со связями
        [few] субъекта со связями
        [many] субъектов со связями
       *[other] субъекта со связями
    }, { $edges } { $edges ->
        [one] связанная пара
        [few] связанные пары
        [many] связанных пар
       *[other] связанной пары
    }; в таблицах ниже перечислены самые центральные субъекты и показатели каждой страны
network-summary = { $nodes } { $nodes ->
        [one] субъект со связями
        [few] субъекта со связями
        [many] субъектов со связями
       *[other] субъекта со связями
    } ({ $untied } без связей), { $edges } { $edges ->
        [one] связанная пара
        [few] связанные пары
        [many] связанных пар
       *[other] связанной пары
    }, { $components } { $components ->
        [one] компонента
        [few] компоненты
        [many] компонент
       *[other] компоненты
    }, { $communities } { $communities ->
        [one] сообщество
        [few] сообщества
        [many] сообществ
       *[other] сообщества
    }, { $brokers } { $brokers ->
        [one] посредник
        [few] посредника
        [many] посредников
       *[other] посредника
    }; плотность { $density }; { $gov_civil } { $gov_civil ->
        [one] связь
        [few] связи
        [many] связей
       *[other] связи
    } между государством и гражданским обществом (плотность { $gov_civil_density }).
network-by-country = По странам
network-by-country-lead = Те же показатели для собственной сети каждой страны: насколько она плотна, насколько тесно связаны государство и гражданское общество, на сколько частей она распадается и кто удерживает её вместе.
network-by-country-legend = Плотность: доля связанных пар среди всех возможных пар. Государство — гражданское общество: связи между государственным и негосударственным субъектом и их доля среди всех таких возможных пар. Посредники: субъекты, без которых некоторые субъекты теряют единственный путь к остальным.
network-actors-tied = Субъекты со связями
network-col-untied = Без связей
network-col-ties = Связанные пары
network-col-density = Плотность
network-col-gov-civil = Связи государства и гражданского общества
network-col-gov-civil-density = Плотность связей государства и гражданского общества
network-col-components = Компоненты
network-col-communities = Сообщества
network-col-brokers = Посредники
network-col-sector = Сектор
network-col-weighted = Связи
network-col-closeness = Близость
network-central = Самые центральные субъекты
network-central-lead = Сначала по посредничеству — доле кратчайших путей между другими субъектами той же страны, проходящих через данного субъекта (в сети его страны, чтобы можно было сравнивать субъектов малых и больших стран), затем по близости — насколько субъект близок ко всем остальным, до которых может дойти.
network-connected = Самые связанные субъекты
network-partners-ties = { $degree } { $degree ->
        [one] партнёр
        [few] партнёра
        [many] партнёров
       *[other] партнёра
    }, { $ties } { $ties ->
        [one] связь
        [few] связи
        [many] связей
       *[other] связи
    }
network-communities = Сообщества
network-communities-lead = Группы субъектов, связанных между собой теснее, чем с остальными (метод Лувена, всего { $count }), начиная с самых крупных, с их наиболее связанными участниками.
network-community-size = { $count ->
    [one] { $count } субъект
    [few] { $count } субъекта
    [many] { $count } субъектов
   *[other] { $count } субъекта
}
network-compare-counts = { $ties_added ->
    [one] Добавлена { $ties_added } связанная пара
    [few] Добавлены { $ties_added } связанные пары
    [many] Добавлено { $ties_added } связанных пар
   *[other] Добавлено { $ties_added } связанной пары
}, удалено: { $ties_removed }; { $actors_added ->
    [one] в сеть вошёл { $actors_added } субъект
    [few] в сеть вошли { $actors_added } субъекта
    [many] в сеть вошли { $actors_added } субъектов
   *[other] в сеть вошли { $actors_added } субъекта
}, вышли из неё: { $actors_removed }.
network-ties-added = Добавленные связи
network-ties-removed = Удалённые связи
network-ties-changed = Изменённые связи
network-tie-weight = { $from } { $from ->
        [one] связь
        [few] связи
        [many] связей
       *[other] связи
    } ({ $kinds_from }) → { $to } ({ $kinds_to })
network-actors-added = Субъекты, вошедшие в сеть
network-actors-removed = Субъекты, вышедшие из сети
network-centrality-changed = Субъекты, чьё положение изменилось
country-network-compare = Сравнить эту сеть с другой редакцией
network-all-measures = Все показатели
insight-charts = Диаграммы
insight-charts-lead = Те же данные в графическом виде; каждая диаграмма содержит свои числа в текстовом виде (в заголовке и описании), и они же приведены в таблицах выше.
insight-chart-participation = Приглашённые и заполнившие анкету респонденты по странам (где глава приводит число)
insight-chart-mechanisms = Механизмы по странам и статусу
insight-chart-limitations = Ограничения, названные в главах, по странам и категориям
country-network-alt = Сеть взаимодействия: { $country }. { $nodes } { $nodes ->
        [one] субъект со связями
        [few] субъекта со связями
        [many] субъектов со связями
       *[other] субъекта со связями
    }, { $edges } { $edges ->
        [one] связанная пара
        [few] связанные пары
        [many] связанных пар
       *[other] связанной пары
    }; в таблице ниже перечислены самые центральные субъекты

## Сформированные национальные доклады (domain insight::national; PDF, Markdown и страница)
nr-title-country = { $country }: субъекты противодействия торговле людьми в целях трудовой эксплуатации
nr-title-region = Субъекты противодействия торговле людьми в целях трудовой эксплуатации в регионе Балтийского моря
nr-subtitle = Сформировано OpenNRM на основе редакции атласа { $revision } ({ $label }, { $date })
nr-preface = Этот доклад сформирован на основе атласа OpenNRM, который содержит факты доклада «{ $report }» и внесённые с тех пор изменения, каждое с источником. Он повторяет структуру глав доклада о странах; его выводы получены в результате анализа пробелов.
nr-preface-sources = Маленькие надстрочные цифры отсылают к источникам в конце: разделу доклада, строке и дословной цитате, на которой основано утверждение, а также к респонденту, если сноска доклада его называет. Утверждение без цифры рассчитано на основе фактов, приведённых рядом с ним.
nr-contents = Содержание
nr-sources = Источники
nr-figure = Рисунок
nr-table = Таблица
nr-page = Страница
nr-line = строка
nr-said-by = Анкета 2012 года:
nr-source-of = Источник
nr-executive-summary = Резюме
nr-summary-region = Регион
nr-summary-data = В атласе: { $actors } { $actors ->
        [one] субъект
        [few] субъекта
        [many] субъектов
       *[other] субъекта
    } и { $ties } { $ties ->
        [one] связь взаимодействия
        [few] связи взаимодействия
        [many] связей взаимодействия
       *[other] связи взаимодействия
    }; из { $kinds } { $kinds ->
        [one] вида
       *[other] видов
    } механизмов действуют { $mechanisms } (формально или как функциональный эквивалент); анализ пробелов выявляет { $gaps ->
    [one] { $gaps } зафиксированный пробел
    [few] { $gaps } зафиксированных пробела
    [many] { $gaps } зафиксированных пробелов
   *[other] { $gaps } зафиксированного пробела
} и { $unrecorded ->
    [one] { $unrecorded } вопрос, который доклад оставляет без ответа
    [few] { $unrecorded } вопроса, которые доклад оставляет без ответа
    [many] { $unrecorded } вопросов, которые доклад оставляет без ответа
   *[other] { $unrecorded } вопроса, которые доклад оставляет без ответа
}.
nr-part-findings = Результаты
nr-part-actors = Субъекты и полномочия
nr-part-cooperation = Взаимодействие
nr-part-policy = Политика и законодательство
nr-part-mechanisms = Механизмы
nr-part-limitations = Проблемы и ограничения
nr-part-conclusions = Выводы
nr-part-organisations = Профильные ведомства и организации
nr-participation = Из { $invited } { $invited ->
        [one] субъекта, приглашённого
       *[other] субъектов, приглашённых
    } к участию в исследовании, анкету заполнили { $completed }.
nr-participation-completed = { $completed ->
    [one] Анкету заполнил { $completed } субъект.
    [few] Анкету заполнили { $completed } субъекта.
    [many] Анкету заполнили { $completed } субъектов.
   *[other] Анкету заполнили { $completed } субъекта.
}
nr-participation-invited = { $invited ->
    [one] К участию в исследовании был приглашён { $invited } субъект.
    [few] К участию в исследовании были приглашены { $invited } субъекта.
    [many] К участию в исследовании было приглашено { $invited } субъектов.
   *[other] К участию в исследовании было приглашено { $invited } субъекта.
}
nr-respondents = Респонденты, учтённые в атласе: приглашено — { $invited }, заполнили анкету — { $completed } (полную анкету — { $full }, альтернативные вопросы — { $alternative }), отказались — { $declined }, не ответили — { $noreply }.
nr-ambiguities = Где доклад неясен
nr-actors-summary = В атласе { $actors } { $actors ->
        [one] субъект
        [few] субъекта
        [many] субъектов
       *[other] субъекта
    } и { $mandates } { $mandates ->
        [one] полномочие
        [few] полномочия
        [many] полномочий
       *[other] полномочия
    }, которыми они обладают; ниже каждый субъект приведён со своими полномочиями.
nr-governmental = Государственные
nr-non-governmental = Негосударственные
nr-part-of = входит в { $parent }
nr-mandate-denied = Нет: { $capability }
nr-labour-mandate-yes = распространяется на торговлю людьми в целях трудовой эксплуатации
nr-labour-mandate-no = не распространяется на торговлю людьми в целях трудовой эксплуатации
nr-no-ties = Доклад не описывает взаимодействия между субъектами.
nr-network-summary = Доклад описывает { $ties } { $ties ->
        [one] связь взаимодействия
        [few] связи взаимодействия
        [many] связей взаимодействия
       *[other] связи взаимодействия
    } между { $pairs } { $pairs ->
        [one] парой
       *[other] парами
    } субъектов; связи есть у { $actors } { $actors ->
        [one] субъекта
       *[other] субъектов
    }, нет — у { $untied }. Плотность сети: { $density }.
nr-gov-civil = Между государством и гражданским обществом: { $ties } { $ties ->
        [one] связанная пара
        [few] связанные пары
        [many] связанных пар
       *[other] связанной пары
    }, плотность { $density } относительно всех возможных пар между этими двумя сторонами.
nr-gov-civil-none = В сети нет связей между государством и гражданским обществом, либо у одной из сторон нет субъектов со связями.
nr-brokers = Посредники (без них некоторые субъекты теряют единственный путь к другим): { $names }.
nr-network-title = Сеть взаимодействия: { $country }
nr-network-caption = Сеть взаимодействия: { $country }. Цвет субъекта соответствует сектору, размер — посредничеству; стрелки обозначают односторонние связи.
nr-network-alt = Схема сети из { $actors } { $actors ->
        [one] субъекта
       *[other] субъектов
    } и { $pairs } { $pairs ->
        [one] связанной пары
       *[other] связанных пар
    } в { $components } { $components ->
        [one] связной части
       *[other] связных частях
    }; в таблицах этого раздела те же данные приведены текстом.
nr-central-caption = Субъекты, которые больше всего связывают остальных (посредничество)
nr-ties-caption = Связи взаимодействия в описании доклада
nr-col-actor = Субъект
nr-col-sector = Сектор
nr-col-partners = Партнёры
nr-col-betweenness = Посредничество
nr-col-from = От кого
nr-col-to = К кому
nr-col-kind = Вид
nr-col-direction = Направление
nr-col-mechanism = Механизм
nr-col-status = Статус
nr-col-name = Название в докладе
nr-col-focus = Направленность
nr-col-holder = Кто возглавляет
nr-col-category = Ограничение
nr-col-respondents = Респонденты
nr-col-statement = Что говорит доклад
nr-col-capability = Полномочие
nr-col-rule = Правило анализа пробелов
nr-no-documents = Глава не называет ни политики, ни законодательства.
nr-mechanisms-intro = Каждый вид механизма, который рассматривает доклад, и что о нём сообщает глава; вид, который в ней не упоминается, отмечен как «не зафиксировано».
nr-mechanisms-caption = Механизмы: { $country }
nr-state-formal = формальный
nr-state-functional_equivalent = функциональный эквивалент
nr-state-expired = истёк
nr-state-absent = отсутствует
nr-state-not_recorded = не зафиксировано
nr-no-limitations = В главе не названы проблемы или ограничения.
nr-limitations-caption = Проблемы и ограничения по категориям: { $country }
nr-limitations-alt = Столбчатая диаграмма ограничений, названных в главе о стране { $country }, по категориям; в таблице ниже те же данные.
nr-limitations-alt-counted = Столбчатая диаграмма: сколько респондентов в стране { $country } выбрали каждое ограничение; в таблице ниже те же данные.
nr-limitations-table = Ограничения, названные в главе
nr-gap-heading = Результаты анализа пробелов
nr-gap-intro = Каждый результат получен по именованному правилу, применённому к атласу (см. страницы анализа пробелов); его источники — факты, на которых он основан. «Не зафиксировано» отмечает то, о чём доклад не говорит ни «да», ни «нет».
nr-involve = привлечь: { $names }
nr-recommendations = Рекомендации доклада
nr-organisations-participated = Приглашённые субъекты, участвовавшие в исследовании
nr-organisations-invited_not_participated = Другие приглашённые субъекты
nr-organisations-mentioned = Другие субъекты, упомянутые респондентами
nr-comparison = Региональное сравнение
nr-comparison-intro = Одиннадцать стран рядом друг с другом, по расчётам на основе фактов каждой главы. Обозначения: { $legend }.
nr-comparison-mechanisms = Механизмы по странам
nr-chart-mechanisms-caption = Механизмы по странам и статусу
nr-chart-mechanisms-alt = Столбчатая диаграмма: сколько видов механизмов есть в каждой стране, по статусу; в таблице выше те же данные.
nr-comparison-mandates-title = Полномочия
nr-comparison-mandates-intro = Сколько субъектов обладают каждым полномочием в каждой стране; ✗ — если, по докладу, единственный названный субъект им не обладает; пусто — если доклад не называет ни одного.
nr-comparison-mandates = Субъекты, обладающие каждым полномочием, по странам
nr-comparison-sectors-title = Субъекты в механизмах
nr-comparison-sectors-intro = Какие виды субъектов входят в действующий механизм: ✓ хотя бы один входит, ○ такие субъекты в стране есть, но ни один не входит, пусто — если атлас их не фиксирует.
nr-comparison-sectors = Виды субъектов в действующих механизмах по странам
nr-comparison-limitations-intro = Проблемы и ограничения по категориям: число выбравших категорию респондентов, если глава его приводит; • — если глава называет её без числа.
nr-comparison-limitations = Ограничения по странам
nr-chart-limitations-caption = Ограничения, названные в главах, по странам и категориям
nr-chart-limitations-alt = Столбчатая диаграмма ограничений, названных в каждой главе, по категориям; числа приведены в таблице выше.
nr-chart-participation-caption = Приглашённые и заполнившие анкету респонденты по странам
nr-chart-participation-alt = Столбчатая диаграмма: сколько субъектов было приглашено и сколько заполнили анкету в каждой стране, где глава приводит число.
nr-comparison-gaps-title = Пробелы в регионе
nr-comparison-gaps-intro = Каждое правило анализа пробелов в каждой стране: ● зафиксированный пробел, ○ не зафиксировано ни так, ни иначе, i примечание (не пробел), пусто — если правило ничего не находит.
nr-comparison-gaps = Результаты анализа пробелов по правилам и странам
nr-download = Скачать:
nr-link = Сформированный доклад
nr-link-lead = Глава об этой стране, воссозданная по атласу, — результаты, субъекты и полномочия, взаимодействие, механизмы, ограничения, выводы анализа пробелов — с указанием источника каждого утверждения.
nr-read = Читать доклад
insight-report = Сформированный доклад по региону
insight-report-lead = Всё исследование, воссозданное по атласу: резюме, главы обо всех странах и региональное сравнение, с указанием источника каждого утверждения.

## Перенаправление (случаи, согласие, схемы перенаправления)
nav-cases = Случаи
cases-title = Случаи и перенаправления
cases-lead = Случаи, зарегистрированные вашей организацией, и перенаправления в неё. Персональные данные зашифрованы и показываются только тем, кому они нужны; каждый их просмотр фиксируется.
cases-open = Зарегистрировать случай
cases-screen-first = или сначала провести скрининг ситуации
cases-inbox = Перенаправления в вашу организацию
cases-country-referrals = Перенаправления в вашей стране
cases-inbox-empty = Перенаправлений нет.
cases-mine = Случаи, зарегистрированные вашей организацией
cases-none = Случаев пока нет.
case-reference = Случай
case-action = Действие
case-from = От кого
case-to = Кому
case-state = Состояние
case-sent = Отправлено
case-deadline = Срок
case-exploitation = Форма эксплуатации
case-persons = Лица
case-anonymised = Обезличен { $date }: срок хранения истёк, поэтому имена, даты рождения, гражданство, контакты, заметки и сообщения уничтожены. Данные, учитываемые в статистике, сохранены.
case-level = Уровень по скринингу
case-opened = Зарегистрирован
case-updated = Последнее изменение
case-new-title = Регистрация случая
case-new-lead = Опишите ситуацию и затронутых лиц. Вносите лицо отдельно, если его маршрут отличается (несовершеннолетний среди взрослых); группу лиц с одинаковым маршрутом можно внести одной строкой без имён.
case-new-from-screening = К этому случаю прикреплён проведённый вами скрининг: { $level }.
case-situation = Ситуация
case-work-sector = Сфера занятости
case-region = Регион
case-persons-help = Чтобы пропустить строку, оставьте в поле «Статус пребывания» значение «нет лица». Персональные поля необязательны: вносите только то, что нужно для перенаправления.
case-person-n = Лицо { $n }
case-no-person = нет лица
case-residence = Статус пребывания
case-age = Возрастная группа
case-count = Число лиц с этим маршрутом
case-gender = Пол
case-nationality-group = Группа по гражданству (сохраняется для статистики)
case-name = Имя или псевдоним
case-birth-date = Дата рождения
case-nationality = Гражданство
case-contact = Контакт
case-encrypted = Имена, даты рождения, гражданство, контакты, заметки и сообщения перед сохранением шифруются поле за полем.
case-title = Случай { $reference }
view-owner = Этот случай выявила ваша организация: вам доступен он целиком.
view-receiver = Этот случай перенаправлен в вашу организацию: вам доступны описание ситуации и только то, что нужно для вашего действия.
view-oversight = Режим национального координатора: случай и его перенаправления без персональных данных.
case-identified-by = Кто выявил
case-not-screened = скрининг не проводился
case-group-of = группа из { $count } { $count ->
        [one] человека
       *[other] человек
    }
case-withheld = Не показано вашей организации: { $fields }.
case-consent = Согласие
case-no-consent = Согласие ещё не зафиксировано. Человека, который отказывается от всего, всё равно можно учесть анонимно.
case-person = Лицо
case-purpose = Требуемое согласие
case-method = Как дано
case-recorded = Зафиксировано
case-withdrawn = Отозвано
case-withdraw = Отозвать
case-share-with = Организация (только для передачи данных)
case-record-consent = Зафиксировать согласие
case-proposals = Предлагаемые перенаправления
case-proposals-lead = Что схема перенаправления страны требует для каждого лица, с обоснованием и словами доклада. Отметьте те, которые нужно отправить.
case-see-pathway = Посмотреть всю схему перенаправления.
case-no-proposals = Для этой ситуации схема не предлагает перенаправлений.
case-undefined-route = Доклад не определяет этот маршрут; вместо этого предлагается координатор.
case-because = Основание:
case-consent-on-record = Согласие зафиксировано: { $purpose }.
case-consent-missing = Нет согласия: { $purpose }. Зафиксируйте его перед отправкой.
case-message = Сообщение организациям-получателям (необязательно)
case-send = Отправить отмеченные перенаправления
case-referrals = Перенаправления
case-no-referrals = Перенаправления ещё не отправлялись.
case-until = до { $date }
case-until-label = Окончание периода восстановления и размышления (если предоставлен)
case-reason = Причина
case-outcome = Результат
case-notes = Заметки
case-add-note = Добавить заметку
case-seen-by = Кто просматривал персональные данные
case-when = Когда
case-who = Кто
case-what = Что
pathway-title = Схема перенаправления: { $country }
pathway-lead = Куда перенаправлять? Маршруты, описанные в докладе 2013 года, каждый с источником. Где доклад не определяет маршрут, схема сообщает об этом и предлагает координатора.
pathway-coordinator-formal = Национальный координатор:
pathway-coordinator-closest = Национального координатора нет; орган, который доклад называет наиболее близким к этой роли:
pathway-undefined-count = { $count ->
    [one] Доклад не определяет { $count } маршрут.
    [few] Доклад не определяет { $count } маршрута.
    [many] Доклад не определяет { $count } маршрутов.
   *[other] Доклад не определяет { $count } маршрута.
}
pathway-rules = Маршруты и их источники
pathway-when = Когда
pathway-source = Источник
pathway-undefined = не определено в докладе
pathway-any-case = любой случай
pathway-from-level = уровень по скринингу не ниже «{ $level }»
pathway-from-sector = перенаправляет: { $sectors }
pathway-no-consent = Для этого маршрута согласие не требуется.
pathway-days = { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }
pathway-link = Схема перенаправления: куда направлять?
residence-legal_resident = законно проживающий
residence-eu_citizen = гражданин ЕС
residence-irregular_migrant = мигрант с неурегулированным статусом
residence-asylum_seeker = лицо, ищущее убежища
age-adult = взрослый
age-minor = несовершеннолетний
age-unknown = возраст неизвестен
gender-female = женский
gender-male = мужской
gender-other = другой
gender-unknown = неизвестно
nationality_group-national = гражданин этой страны
nationality_group-eu_eea = гражданин ЕС/ЕЭЗ
nationality_group-third_country = гражданин третьей страны
nationality_group-unknown = неизвестно
exploitation-labour_exploitation = Трудовая эксплуатация
exploitation-forced_labour = Принудительный труд
exploitation-forced_begging = Принуждение к попрошайничеству
exploitation-forced_criminality = Принуждение к преступной деятельности
exploitation-domestic_servitude = Домашнее подневольное состояние
exploitation-sexual_exploitation = Сексуальная эксплуатация
exploitation-other = Другое
work-agriculture = Сельское хозяйство
work-construction = Строительство
work-manufacturing = Обрабатывающая промышленность
work-hospitality = Рестораны и гостиницы
work-cleaning = Уборка
work-domestic_work = Работа в домашнем хозяйстве
work-fishing = Рыболовство
work-forestry = Лесное хозяйство и сбор ягод
work-transport = Транспорт
work-care = Уход
work-other = Другое
action-investigate = Уголовное расследование
action-inspect = Проверка трудовой инспекции
action-determine_victim_status = Статус жертвы
action-grant_reflection_period = Период восстановления и размышления
action-decide_residence_permit = Вид на жительство
action-provide_assistance = Помощь
action-child_protection = Защита ребёнка
action-repatriation = Репатриация
purpose-referral_assistance = перенаправление в систему помощи
purpose-police_contact = контакт с полицией
purpose-share_with_organisation = передача данных указанной организации
purpose-support_services = услуги поддержки
purpose-statistics = использование в статистике
method-signed_form = подписанная форма
method-oral_with_witness = устно, в присутствии свидетеля
method-via_interpreter = через переводчика
field-name = имя
field-birth_date = дата рождения
field-nationality = гражданство
field-contact = контакт
field-notes = заметки
field-messages = сообщения
state-sent = отправлено
state-acknowledged = получение подтверждено
state-accepted = принято
state-declined = отклонено
state-decided = решение принято
state-closed = закрыто
step-send = Отправлено
step-acknowledge = Подтвердить получение
step-accept = Принять
step-decline = Отклонить
step-decide = Зафиксировать результат
step-close = Закрыть
step-consent_withdrawn = Согласие отозвано
outcome-presumed_victim = предполагаемая жертва
outcome-confirmed_victim = подтверждённая жертва
outcome-not_a_victim = не является жертвой
outcome-reflection_period_granted = предоставлен период восстановления и размышления
outcome-residence_permit_granted = выдан вид на жительство
outcome-residence_permit_refused = отказано в виде на жительство
outcome-assistance_started = начато оказание помощи
outcome-investigation_opened = начато расследование
outcome-child_protection_started = начаты меры по защите ребёнка
outcome-inspection_carried_out = проведена проверка
cases-open-from-screening = Зарегистрировать случай с этим скринингом
pathway-open = Кто получает случай и для чего — по словам доклада
statistics-title = Статистика
statistics-lead = Обезличенные данные о случаях, зарегистрированных в OpenNRM, по странам. Отдельные записи никогда не показываются: каждое значение меньше { $k } (кроме нуля) скрывается, как и каждое значение, по которому такое можно было бы вычислить.
statistics-measures = Что учитывается
statistics-downloads = Скачать:
statistics-htcds = в формате стандарта данных о случаях торговли людьми (Human Trafficking Case Data Standard, CSV)
statistics-suppressed-note = «–» обозначает скрытое значение (меньше { $k } или позволяющее вычислить такое значение). Нули показываются.
statistics-total = Всего
statistics-all-countries = все страны
statistics-measure-persons = Выявленные лица
statistics-measure-cases = Случаи
statistics-measure-referrals = Перенаправления
statistics-measure-decisions = Решения
statistics-axis-persons = лица
statistics-axis-cases = случаи
statistics-axis-referrals = перенаправления
statistics-axis-decisions = решения
statistics-dimension-year = По годам
statistics-dimension-work_sector = По сферам занятости
statistics-dimension-exploitation = По формам эксплуатации
statistics-dimension-age_group = По возрастным группам
statistics-dimension-gender = По полу
statistics-dimension-nationality_group = По группам гражданства
statistics-dimension-residence = По статусу пребывания
statistics-dimension-referring_sector = По сектору выявившей организации
statistics-dimension-days_to_referral = Дней от выявления до первого перенаправления
statistics-dimension-days_to_decision = Дней от выявления до первого решения
statistics-dimension-screening_level = По уровню скрининга
statistics-dimension-action = По запрошенному действию
statistics-dimension-state = По текущему состоянию перенаправления
statistics-dimension-outcome = По решению
statistics-not_recorded = не зафиксировано
statistics-not_screened = скрининг не проводился
days-not_referred = ещё не перенаправлено
days-no_decision = решения ещё нет
days-same_day = в тот же день
days-1_to_7_days = 1–7 дней
days-8_to_30_days = 8–30 дней
days-31_to_90_days = 31–90 дней
days-over_90_days = более 90 дней
nav-statistics = Статистика
jobs-title = Фоновые задания
jobs-lead = Сроки, эскалации и электронные письма; их выполняет тот узел сервера, который первым возьмёт задание. Неудавшееся задание повторяется с нарастающими паузами, пока не исчерпаны попытки; после этого оно остаётся здесь со статусом «ошибка», пока вы снова не поставите его в очередь.
jobs-none = Заданий пока нет.
jobs-kind = Задание
jobs-state = Состояние
jobs-attempts = Попытки
jobs-due = Срок
jobs-error = Последняя ошибка
jobs-updated = Последнее изменение
jobs-retry = Снова в очередь
job-escalation_sweep = Поиск перенаправлений с истёкшим сроком подтверждения получения
job-apply_retention = Обезличивание закрытых случаев с истёкшим сроком хранения
job-send_email = Отправка электронного письма
job-state-queued = в очереди
job-state-running = выполняется
job-state-done = выполнено
job-state-failed = ошибка
notifications-title = Уведомления
notification-referral_unacknowledged = Получение перенаправления не подтверждено вовремя
notifications-open = Открыть случай
case-plan = План помощи
case-plan-empty = Задач по оказанию помощи пока нет.
case-plan-help = Поручите задачу поставщику услуг, чьи полномочия в атласе её охватывают. Человек должен дать согласие на услуги поддержки; поставщик видит только то, что нужно для задачи (приют — имя и контакт).
case-assistance = Помощь
case-provider = Поставщик
case-assign = Поручить задачу
tasks-title = Задачи по оказанию помощи
tasks-lead = Задачи, порученные вашей организации, только с теми сведениями о человеке, которые нужны для каждой из них. Сам случай остаётся у организации, поручившей задачу.
tasks-none = Вашей организации не поручено ни одной задачи.
tasks-from = Поручила организация: { $organisation }
assistance-accommodation = Жильё
assistance-legal_aid = Юридическая помощь
assistance-health_care = Медицинская помощь
assistance-psychological_support = Психологическая поддержка
assistance-interpreter = Переводчик
assistance-subsistence = Средства к существованию
assistance-reflection_period_support = Поддержка в период восстановления и размышления
assistance-residence_permit_support = Помощь в получении вида на жительство
assistance-repatriation = Репатриация
assistance-return_and_reintegration = Возвращение и реинтеграция
task-state-assigned = поручено
task-state-in_progress = выполняется
task-state-completed = выполнено
task-state-declined = отклонено
task-step-start = Начать
task-step-complete = Отметить как выполненное
task-step-decline = Отклонить
nav-tasks = Задачи
nav-jobs = Задания
notification-referral_overdue = Перенаправление в вашу организацию ожидает дольше установленного срока: подтвердите его получение
nav-inspections = Проверки
inspections-title = Совместные проверки
inspections-lead = Проверки рабочих мест, проводимые несколькими ведомствами совместно, каждым на своём правовом основании. О Дании доклад пишет: «Joint inspections have taken place, where WEA, the Tax Administration, as well as the National Police have participated»; он рекомендует такие проверки как один из способов координировать усилия и понимать работу друг друга.
inspections-none = Ваша организация пока не участвует ни в одной совместной проверке.
inspection-title = Совместная проверка
inspection-reference = Номер
inspection-date = Дата
inspection-agencies = Участвующие ведомства
inspection-agency = Ведомство
inspection-state = Состояние
inspection-state-planned = запланирована
inspection-state-closed = проведена и закрыта
inspection-planned-by = организатор: { $organisation }
inspection-planned-by-label = Организатор
inspection-plan = Запланировать совместную проверку
inspection-plan-help = Отметьте не менее двух ведомств вашей страны и укажите правовое основание, на котором проверяет каждое (налоговая администрация — налогообложение, инспекция по рабочей среде — безопасность труда, полиция — преступления). Проверку увидят только отмеченные ведомства.
inspection-when-where = Когда и где
inspection-takes-part = Участвует
inspection-legal-basis = Правовое основание
inspection-plan-submit = Запланировать проверку
inspection-findings = Результаты
inspection-no-findings = Ни одно ведомство ещё не внесло результаты.
inspection-workers = { $met ->
    [one] встречен { $met } работник
    [few] встречено { $met } работника
    [many] встречено { $met } работников
   *[other] встречено { $met } работника
}
inspection-screened = { $screened ->
    [one] скрининг прошёл { $screened }
   *[other] скрининг прошли { $screened }
}
inspection-record-finding = Результаты вашего ведомства
inspection-workers-met = Встречено работников
inspection-workers-screened = Работников, прошедших скрининг по индикаторам
inspection-note = Что вы обнаружили (видно только участвующим ведомствам; зашифровано)
inspection-record = Внести результаты
inspection-cases = Случаи, зарегистрированные по итогам этой проверки
inspection-no-cases = По итогам этой проверки случаи не регистрировались.
inspection-open-case = Зарегистрировать случай по итогам этой проверки
inspection-screen = Провести скрининг работника
inspection-in-atlas = Взаимодействие в рамках этой проверки зафиксировано в атласе в редакции { $revision }.
inspection-see-diff = Посмотреть изменения
inspection-close-help = Закройте проверку после её проведения: тогда атлас зафиксирует связь «совместная проверка» между каждой парой участвующих ведомств с этой проверкой в качестве источника.
inspection-close = Закрыть проверку
case-from-inspection = Этот случай регистрируется по итогам совместной проверки { $reference }.
case-inspection = Совместная проверка
notification-decision_overdue = Перенаправление в вашу организацию просрочено по сроку принятия решения: зафиксируйте решение
notification-decision_escalated = Решение по перенаправлению просрочено
notification-reflection_period_ending = Период восстановления и размышления заканчивается в течение недели: спланируйте дальнейшие шаги
screening-for-inspection = Этот скрининг проводится в рамках совместной проверки { $reference }; случай, зарегистрированный по его результату, будет связан с этой проверкой.

## Опрос (issue 11)
study-survey-link = Опрос по волнам
survey-title = Опрос
survey-lead = Карта поддерживается в актуальном состоянии так же, как её составляло исследование 2013 года: анкета для субъектов каждой страны, короткая альтернативная форма для тех, у кого нет полномочий, и рекомендации — один респондент выводит на другого. Волна 0 — исследование 2012 года по данным атласа; рядом приведены цифры, указанные в докладе.
survey-start = Начать волну: { $country }
survey-wave-label = Название волны
survey-wave-label-example = например, обновление 2027 года
survey-days-open = Сколько дней действуют ссылки-приглашения
survey-start-submit = Начать волну
survey-waves = Волны
survey-country = Страна
survey-wave = Волна
survey-invited = Приглашено
survey-completed = Заполнили
survey-short-form = Короткая форма
survey-declined = Отказались
survey-no-reply = Нет ответа
survey-started = Начали
survey-proposed = Предложены
survey-report-states = Что указано в докладе
survey-questionnaire = Анкета
survey-closes = Ссылки действуют до
survey-closed = закрыта
survey-snowball-depth = Самая длинная цепочка рекомендаций
survey-by-sector = По секторам
survey-sector = Сектор
survey-invitees = Приглашённые
survey-export-csv = Приглашённые в формате CSV
survey-export-graphml = Дерево привлечения в формате GraphML
survey-organisation = Организация
survey-contact = Контактное лицо
survey-email = Электронная почта
survey-state = Состояние
survey-nominated-by = Кто рекомендовал
survey-link = Ссылка
survey-state-proposed = предложен
survey-state-invited = приглашён
survey-state-started = начал
survey-state-completed = заполнил
survey-state-declined = отказался
survey-form-full = анкета
survey-form-alternative = короткая форма
survey-new-link = Новая ссылка
survey-issue-links = Выдать ссылки предложенным приглашённым
survey-add-invitee = Добавить приглашённого
survey-atlas-actor = Субъект атласа
survey-new-organisation-option = (другая организация, указанная ниже)
survey-new-organisation = Другая организация
survey-add-submit = Добавить
survey-tree = Дерево привлечения
survey-tree-caption = Каждый блок — приглашённый (#номер, организация, состояние); линия ведёт от респондента к контактам, которых он рекомендовал. Те же сведения содержит таблица приглашённых выше.
survey-links-title = Ссылки-приглашения
survey-links-lead = Каждая ссылка показывается только сейчас: распечатайте эту страницу или сразу отправьте каждую ссылку её адресату. Хранится лишь отпечаток каждой ссылки, поэтому утерянную ссылку нельзя показать снова — выдайте новую.
survey-links-none = Ни один приглашённый не ждал ссылки.
survey-back-to-wave = Назад к волне
survey-respond-title = Анкета о торговле людьми в целях трудовой эксплуатации
survey-respond-lead = Вы отвечаете от имени организации { $organisation } ({ $country }). Ваши ответы видит только национальный координатор, а в атлас они попадают только после проверки.
survey-respond-closes = Эта ссылка действует до { $date }.
survey-saved = Ваши ответы сохранены. Вы можете вернуться по той же ссылке, пока не отправите их.
survey-comment-on = Комментарий к варианту «{ $choice }»
survey-your-answer = Ваш ответ
survey-more = Что-нибудь ещё
survey-save = Сохранить и вернуться позже
survey-submit = Отправить ответы
survey-short-help = Нет опыта, полномочий или знаний, чтобы ответить на эти вопросы? Вместо этого несколько коротких альтернативных вопросов спросят о вашей работе.
survey-full-help = Есть опыт, чтобы ответить на полную анкету? Можно вернуться к ней.
survey-switch-short = Ответить на короткие вопросы
survey-switch-full = Ответить на полную анкету
survey-decline = Отказаться от участия
survey-nominate = Кого ещё нам следует опросить?
survey-nominate-help = Назовите человека, чья организация занимается или могла бы заниматься противодействием торговле людьми в целях трудовой эксплуатации: координатор решит, приглашать ли его.
survey-nominee-name = Имя
survey-why = Почему его стоит опросить
survey-nominate-submit = Рекомендовать
survey-done-title = Спасибо
survey-done-thanks = Ваши ответы отправлены. Эта ссылка больше не открывает анкету.
survey-declined-thanks = Вы отказались от участия. Эта ссылка больше не открывает анкету.
survey-review = Проверка: от ответов к атласу
survey-review-help = Заполненные анкеты предлагают изменения в атласе: респондент, отвечающий от имени субъекта атласа, предлагает связи с названными им партнёрами и отмеченные им полномочия; любой респондент предлагает механизмы, которые, по его словам, существуют. Ответы об одном и том же факте показаны вместе, а также те, кто ответил на тот же вопрос, не назвав этот факт. Примите предложение (выбор другого вида взаимодействия или другой оценки, чем предложено, фиксируется как правка) или отклоните его; принятое предложение входит в атлас как новая редакция со ссылкой на ответ наряду с цитатами из доклада.
survey-see-diff = Что изменилось с 2013 года
survey-no-proposals = Ни одна заполненная анкета пока не предлагает изменений.
survey-fact-tie = Взаимодействие
survey-fact-mandate = Полномочие
survey-fact-mechanism = Механизм
survey-conflicting = ответы расходятся
survey-named-by = { $count ->
    [one] назван { $count } респондентом
   *[other] назван { $count } респондентами
}
survey-answered-without = { $count ->
    [one] { $count } респондент ответил, не назвав его
    [few] { $count } респондента ответили, не назвав его
    [many] { $count } респондентов ответили, не назвав его
   *[other] { $count } респондента ответили, не назвав его
}
survey-not-in-atlas = не зафиксировано
survey-mandate-held = имеется
survey-mandate-denied = указано как отсутствующее
survey-grade = Оценка
survey-limitations-help = { $count ->
    [one] Подсчитано по { $count } респонденту, заполнившему полную анкету. Принятое значение добавляется в атлас как ограничение со ссылкой на эту волну; значения доклада остаются без изменений.
   *[other] Подсчитано по { $count } респондентам, заполнившим полную анкету. Принятое значение добавляется в атлас как ограничение со ссылкой на эту волну; значения доклада остаются без изменений.
}
survey-reminders = Напоминания
survey-send-reminders = Напомнить тем, кто не ответил
survey-reminders-help = Каждый получит новую ссылку (прежняя перестанет действовать); сохранённые ответы останутся.
survey-in-atlas = Уже в атласе
survey-decision = Решение
survey-decision-accepted = принято
survey-decision-edited = принято с другим видом
survey-decision-rejected = отклонено
survey-in-revision = редакция { $revision }
survey-kind = Вид
survey-accept = Принять
survey-reject = Отклонить
survey-limitations = Факторы, ограничивающие работу
survey-limitation = Ограничение
survey-respondents-naming = Респонденты, назвавшие его
survey-emailed = По электронной почте
survey-emailed-yes = отправлено

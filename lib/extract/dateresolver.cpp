// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateresolver.h"

#include "datemath.h"
#include "textutil.h"

#include <QJsonArray>

#include <algorithm>

namespace Kairos::Extract {

namespace {

QString alternation(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    // "last night" also matches across a line break of wrapped wire copy.
    for (QString& w : words)
        w = QRegularExpression::escape(w).replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    return words.join(QLatin1Char('|'));
}

QHash<QString, int> intMap(const QJsonValue& value)
{
    QHash<QString, int> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toInt());
    return map;
}

// With the haystack's own case, a cue that ends in "to" must lead to a verb: "the plan to
// Brussels" plans nothing.
bool containsWord(const QString& haystack, const QString& word, const QString* cased = nullptr)
{
    const bool infinitive = cased && word.endsWith(QLatin1String(" to"));
    qsizetype from = 0;
    while ((from = haystack.indexOf(word, from)) >= 0) {
        const qsizetype after = from + word.size();
        const bool startOk = from == 0 || !haystack[from - 1].isLetter();
        const bool endOk = after >= haystack.size() || !haystack[after].isLetter();
        const bool named = infinitive && after + 1 < cased->size() && (*cased)[after + 1].isUpper();
        if (startOk && endOk && !named)
            return true;
        from = after;
    }
    return false;
}

// The words and numbers each kind of expression needs; a kind whose needs the text does not meet
// cannot match there.
enum Cue : quint32 {
    MonthCue = 1,
    WeekdayCue = 2,
    RelativeDayCue = 4,
    ShiftCue = 8,
    UnitCue = 16,
    OffsetCue = 32,
    NumberCue = 64,
    YearCue = 128,
    SeparatedDigitsCue = 256,
    OrdinalCue = 512,
    QuarterCue = 1024,
    SameCue = 2048,
    RangeCue = 4096, // "between", "through", or a dash between letters ("July-September")
    MonthUnitCue = 8192, // "months"
    AllCues = 16383,
};

} // namespace

std::shared_ptr<const DateResolver> DateResolver::createDefault(QString* error)
{
    auto resolver = std::make_shared<DateResolver>();
    const QJsonObject rules = loadJsonObject(QStringLiteral(":/kairos/extract/en/dates.json"), error);
    if (rules.isEmpty() || !resolver->load(rules, error))
        return nullptr;
    return resolver;
}

std::optional<DateExpression> DateResolver::resolve(const QString& text, std::optional<TimePoint> published)
{
    static const std::shared_ptr<const DateResolver> resolver = createDefault();
    if (!resolver)
        return std::nullopt;
    const QList<DateExpression> found = resolver->find(text, published);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool DateResolver::load(const QJsonObject& rules, QString* error)
{
    m_months = intMap(rules.value(QLatin1String("months")));
    m_weekdays = intMap(rules.value(QLatin1String("weekdays")));
    m_relativeDays = intMap(rules.value(QLatin1String("relativeDays")));
    m_numbers = intMap(rules.value(QLatin1String("numbers")));
    m_ordinals = intMap(rules.value(QLatin1String("ordinals")));
    m_seasons = intMap(rules.value(QLatin1String("seasons")));
    const QJsonObject halfYear = rules.value(QLatin1String("halfYear")).toObject();
    m_halfYear = QRegularExpression(
        halfYear.value(QLatin1String("pattern")).toString(), QRegularExpression::CaseInsensitiveOption);
    m_halves = intMap(halfYear.value(QLatin1String("halves")));
    m_monthThirds = intMap(rules.value(QLatin1String("monthThirds")));
    m_thatYear = QRegularExpression(
        rules.value(QLatin1String("thatYear")).toString(), QRegularExpression::CaseInsensitiveOption);
    const QJsonObject units = rules.value(QLatin1String("units")).toObject();
    for (auto it = units.begin(); it != units.end(); ++it)
        m_units.insert(it.key(), it.value().toString());
    m_offsetAfter = jsonStringSet(rules.value(QLatin1String("offsetAfter")));
    m_offsetBefore = jsonStringSet(rules.value(QLatin1String("offsetBefore")));
    m_past = jsonStringSet(rules.value(QLatin1String("past")));
    m_next = jsonStringSet(rules.value(QLatin1String("next")));
    m_current = jsonStringSet(rules.value(QLatin1String("current")));
    m_early = jsonStringSet(rules.value(QLatin1String("earlyCue")));
    m_late = jsonStringSet(rules.value(QLatin1String("lateCue")));
    m_futureCues = jsonStrings(rules.value(QLatin1String("futureCues")));
    m_futureAfter = jsonStrings(rules.value(QLatin1String("futureAfter")));
    m_pastFutureCues = jsonStrings(rules.value(QLatin1String("pastFutureCues")));
    m_pastSpeech = jsonStrings(rules.value(QLatin1String("pastSpeech")));
    m_speechSettings = jsonStrings(rules.value(QLatin1String("speechSettings")));
    m_pastDeedVerbs = jsonStrings(rules.value(QLatin1String("pastDeedVerbs")));
    m_futureParticiples = jsonStrings(rules.value(QLatin1String("futureParticiples")));
    m_futureAuxiliaries = jsonStrings(rules.value(QLatin1String("futureAuxiliaries")));
    m_datePrepositions = jsonStrings(rules.value(QLatin1String("datePrepositions")));
    m_spanConnectors = jsonStringSet(rules.value(QLatin1String("spanConnectors")));
    m_scheduledPresent = jsonStringSet(rules.value(QLatin1String("scheduledPresent")));
    m_anaphoric = jsonStrings(rules.value(QLatin1String("anaphoricSubjects")));
    m_presentMainVerbs = jsonStringSet(rules.value(QLatin1String("presentMainVerbs")));
    m_pastMainVerbs = jsonStringSet(rules.value(QLatin1String("pastMainVerbs")));
    m_offsetBounds = jsonStrings(rules.value(QLatin1String("offsetBounds")));
    m_periodBounds = jsonStrings(rules.value(QLatin1String("periodBounds")));
    m_comparisonWords = jsonStrings(rules.value(QLatin1String("comparisonWords")));
    m_dayFirst = rules.value(QLatin1String("numericOrder")).toString() == QLatin1String("DMY");
    if (m_months.size() < 12 || m_weekdays.size() < 7 || m_units.isEmpty()) {
        if (error)
            *error = QStringLiteral("date rules: \"months\", \"weekdays\" and \"units\" are incomplete");
        return false;
    }

    const auto cues = [&](const QStringList& words, quint32 cue) {
        // A phrase ("last night", "from now") is found by its last word.
        for (const QString& w : words) {
            const QString last = w.mid(w.lastIndexOf(QLatin1Char(' ')) + 1).toLower();
            m_cueWords[last] |= cue;
            m_longestCueWord = std::max(m_longestCueWord, int(last.size()));
        }
    };
    cues(m_months.keys(), MonthCue);
    cues(m_weekdays.keys(), WeekdayCue);
    cues(m_relativeDays.keys(), RelativeDayCue);
    // "by 1000 GMT": a time of day without a day is the day of publication.
    const QStringList clockZones = jsonStrings(rules.value(QLatin1String("clockZones")));
    cues(clockZones, RelativeDayCue);
    // "at the end of the month": the last word of such a phrase stands for the current period.
    // The phrase is found by its first word, the last ("the") being too common to look for.
    QStringList currentAfter;
    QStringList currentAfterFirst;
    for (const QString& phrase : jsonStrings(rules.value(QLatin1String("currentAfter")))) {
        const QStringList words = phrase.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        QStringList before;
        for (const QString& w : words.mid(0, words.size() - 1))
            before << QRegularExpression::escape(w);
        currentAfter << QStringLiteral("(?<=\\b%1\\s)%2")
                            .arg(before.join(QLatin1String("\\s")), QRegularExpression::escape(words.last()));
        currentAfterFirst << words.first();
    }
    cues(QStringList(m_past.begin(), m_past.end()) + QStringList(m_next.begin(), m_next.end())
            + QStringList(m_current.begin(), m_current.end()) + currentAfterFirst,
        ShiftCue);
    cues(m_units.keys() + m_seasons.keys() + QStringList {QStringLiteral("weekend"), QStringLiteral("quarter")},
        UnitCue);
    cues(QStringList(m_offsetAfter.begin(), m_offsetAfter.end())
            + QStringList(m_offsetBefore.begin(), m_offsetBefore.end()),
        OffsetCue);
    cues(m_numbers.keys(), NumberCue);
    cues({QStringLiteral("quarter"), QStringLiteral("quarters")}, QuarterCue);
    cues({QStringLiteral("previous"), QStringLiteral("next"), QStringLiteral("following"), QStringLiteral("same")},
        SameCue);
    const QJsonObject monthRange = rules.value(QLatin1String("monthRange")).toObject();
    const QStringList between = jsonStrings(monthRange.value(QLatin1String("between")));
    QStringList rangeWords = between.mid(0, 1);
    for (const QString& connector : jsonStrings(monthRange.value(QLatin1String("connectors")))) {
        if (connector.front().isLetter())
            rangeWords << connector;
    }
    cues(rangeWords, RangeCue);
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        if (it.value() == QLatin1String("month"))
            cues({it.key()}, MonthUnitCue);
    }

    const QString month = alternation(m_months.keys());
    const QString weekday = alternation(m_weekdays.keys());
    const QString relDay = alternation(m_relativeDays.keys());
    const QString num = alternation(m_numbers.keys()) + QStringLiteral("|\\d{1,3}");
    const QString unit = alternation(m_units.keys());
    const QString ordinal = alternation(m_ordinals.keys());
    const QString season = alternation(m_seasons.keys());
    const QString shift = alternation(QStringList(m_past.begin(), m_past.end())
        + QStringList(m_next.begin(), m_next.end()) + QStringList(m_current.begin(), m_current.end()));
    const QString edge
        = alternation(QStringList(m_early.begin(), m_early.end()) + QStringList(m_late.begin(), m_late.end()));
    const QString offsetWords = alternation(QStringList(m_offsetAfter.begin(), m_offsetAfter.end())
        + QStringList(m_offsetBefore.begin(), m_offsetBefore.end()));
    const QString yearPrep = alternation(jsonStrings(rules.value(QLatin1String("yearPrepositions"))));
    const QString notYear = alternation(jsonStrings(rules.value(QLatin1String("notYearAfter"))));

    const auto rx = [](const QString& pattern) {
        QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    };
    m_patterns[Iso] = rx(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    m_patterns[Numeric] = rx(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b"));
    m_patterns[MonthDay] = rx(QStringLiteral("\\b(%1)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\.\\d|,\\d|\\s*(?:pct|"
                                             "percent|%|mln|bln|billion|million))(?:,?\\s+(\\d{4})\\b)?")
                                  .arg(month));
    m_patterns[DayMonth] = rx(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(%1)\\b\\.?(?:,?\\s+(\\d{4})\\b)?").arg(month));
    m_patterns[MonthYear] = rx(QStringLiteral("\\b(%1)\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b").arg(month));
    m_patterns[Quarter] = rx(QStringLiteral(
        "\\b(?:Q([1-4])|(?:the\\s+)?(%1)[\\s-]+quarter\\b)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:(\\d{4})\\b))?")
                                 .arg(ordinal));
    // "its 2020 acquisition of Mellanox", "a 1986 pact": a year that says when the deal named
    // after it was made. Only such deeds: "its 1987 sugar quota" is a period, "Taiwan's 1986
    // investment totalled" a statistic. The determiner stays outside the expression, so that
    // the year is seen to qualify the noun.
    // So is a month: "its own July agreement". The owner is checked when the match is resolved: a
    // look-behind tried at every position of every text cost a fifth of the extraction time.
    QStringList yearOwners;
    for (const QString& w : jsonStrings(rules.value(QLatin1String("namingDeterminers")))) {
        yearOwners << QStringLiteral("\\b") + QRegularExpression::escape(w) + QStringLiteral("\\s");
        m_namingDeterminers.insert(w);
    }
    const QString deeds = alternation(jsonStrings(rules.value(QLatin1String("datedDeedNouns"))));
    const QString ownedYear = yearOwners.isEmpty() || deeds.isEmpty()
        ? QString()
        : QStringLiteral("|(?<=%1)(?=\\d{4}\\s+(?:%2)\\b)").arg(yearOwners.join(QLatin1Char('|')), deeds);
    // The same three groups in either branch ("(?|"): no cue, no edge, the month.
    const QString ownedMonth
        = deeds.isEmpty() ? QString() : QStringLiteral("|()()\\b(%1)(?=\\s+(?:%2)\\b)").arg(month, deeds);
    // "as early as September": a month told as the earliest time.
    m_patterns[MonthAlone]
        = rx(QStringLiteral("(?|\\b(?:(%1|in|since|until|by|during|from|through|before|after|mid|as\\s+"
                            "(?:early|soon|late)\\s+as)[\\s-]+)(?:(%2|mid)[\\s-]+)?(%3)\\b(?!\\.?\\s*\\d)%4)")
                 .arg(shift, edge, month, ownedMonth));
    m_patterns[Year]
        = rx(QStringLiteral("\\b(?:(?:%1)\\s+|mid-%4)(?:(?:the\\s+)?(?:%2)\\s+)?((?:1[6-9]|20)\\d{2})\\b(?![-/]"
                            "\\d|\\s*(?:%3)\\b)")
                 .arg(yearPrep, edge, notYear, ownedYear));
    m_patterns[NthDay] = rx(
        QStringLiteral("\\b(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:%1|century|anniversary|"
                       "floor|time|round|largest|biggest|consecutive|straight|day|week|month|year|quarter))")
            .arg(month));
    m_patterns[Weekday] = rx(QStringLiteral("\\b(?:(%1|on|%2)\\s+)?(%3)\\b(?!s)").arg(shift, edge, weekday));
    m_patterns[RelativeDay] = rx(QStringLiteral("\\b(%1)\\b").arg(relDay));
    m_patterns[RelativePeriod] = rx(
        QStringLiteral("\\b(?:(%1)\\s+)?(%2)\\s+(week|weekend|month|year|quarter|%3)\\b")
            .arg(edge, currentAfter.isEmpty() ? shift : shift + QLatin1Char('|') + currentAfter.join(QLatin1Char('|')),
                season));
    m_patterns[Offset] = rx(QStringLiteral("\\b(%1)\\s+(%2)\\s+(%3)\\b").arg(num, unit, offsetWords));
    m_patterns[ClockTime] = clockZones.isEmpty()
        ? QRegularExpression()
        : rx(QStringLiteral(
            "\\b(?:%1)\\s+(?:\\d{1,2}[:.]\\d{2}|\\d{4}|\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?)\\s+(?:%2)\\b")
                 .arg(alternation(jsonStrings(rules.value(QLatin1String("clockPrepositions")))),
                     alternation(clockZones)));
    // "the July-September period", "between January and March 2025".
    if (between.size() == 2) {
        m_patterns[MonthRange]
            = rx(QStringLiteral(
                "\\b(?:%1\\s+(%3)\\.?\\s+%2\\s+(%3)|(%3)\\b\\.?\\s*(?:%4)\\s*(%3))\\b(?!\\.?\\s+\\d{1,2}(?!\\d))"
                "(?:\\s+(?:%5)\\b)?(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?")
                     .arg(QRegularExpression::escape(between.first()), QRegularExpression::escape(between.last()),
                         month, alternation(jsonStrings(monthRange.value(QLatin1String("connectors")))),
                         alternation(jsonStrings(monthRange.value(QLatin1String("nouns"))))));
    }
    // "the first four months of the year", "the nine months to September".
    const QString monthCount = rules.value(QLatin1String("monthCount")).toString();
    if (!monthCount.isEmpty())
        m_patterns[MonthCount] = rx(monthCount.arg(num, month));
    m_patterns[SameDay] = rx(QStringLiteral("\\bthe\\s+(previous|next|following|same)\\s+(day|week|month|year)\\b"));
    for (const QRegularExpression& re : m_patterns) {
        if (!re.isValid()) {
            if (error)
                *error = QStringLiteral("date rules: bad pattern (%1)").arg(re.errorString());
            return false;
        }
    }
    return true;
}

int DateResolver::number(const QString& word) const
{
    bool ok = false;
    const int n = word.toInt(&ok);
    return ok ? n : m_numbers.value(word.toLower(), -1);
}

bool DateResolver::futureContext(const QString& text, int begin, bool* seenFromThePast) const
{
    int from = std::max(0, begin - 80);
    QString cased = text.mid(from, begin - from);
    QString window = cased.toLower();
    // The sentence so far: wire copy breaks its lines inside sentences, so only a line break
    // before an indented or blank line ends one.
    // A full stop after a capital ("the U.S. International Trade Commission") ends no sentence.
    qsizetype stop = window.lastIndexOf(QLatin1String(". "));
    while (stop > 0 && text[from + stop - 1].isUpper())
        stop = window.lastIndexOf(QLatin1String(". "), stop - 1);
    // A full stop at the end of a line ends a sentence too.
    const qsizetype cut = std::max({stop, window.lastIndexOf(QLatin1String(".\n")),
        window.lastIndexOf(QLatin1String("\n ")), window.lastIndexOf(QLatin1String("\n\n"))});
    if (cut >= 0) {
        window = window.mid(cut + 1);
        cased = cased.mid(cut + 1);
    }
    // "The government will take a stake in Intel, Lutnick said on Friday."
    const QString lastWords = window.trimmed();
    for (const QString& verb : m_pastSpeech) {
        if (lastWords.endsWith(verb)
            && (lastWords.size() == verb.size() || !lastWords[lastWords.size() - verb.size() - 1].isLetter()))
            return false;
    }
    // "Wei told shareholders on Tuesday", "the minister said in Tokyo on Tuesday": where and to whom
    // the words were said may stand between them and their day.
    const QString casedLast = cased.trimmed();
    for (const QString& verb : m_pastSpeech) {
        const qsizetype at = lastWords.lastIndexOf(QLatin1Char(' ') + verb + QLatin1Char(' '));
        if (at < 0)
            continue;
        const QStringList setting = casedLast.mid(at + verb.size() + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!setting.isEmpty() && setting.size() <= 4
            && std::all_of(setting.begin(), setting.end(), [&](const QString& w) {
                   return !w.contains(QLatin1Char(','))
                       && (m_speechSettings.contains(w.toLower()) || (w.front().isUpper() && w.size() > 1));
               }))
            return false;
    }
    // "would suspend the controls it unveiled on Oct 9": a verb in the past tense just before the
    // date tells a day gone by, whatever the sentence says of the future.
    if (pastVerbBefore(lastWords))
        return false;
    for (const QString& cue : m_futureCues) {
        if (containsWord(window, cue, &cased)) {
            *seenFromThePast = std::any_of(m_pastFutureCues.begin(), m_pastFutureCues.end(),
                [&](const QString& past) { return containsWord(window, past, &cased); });
            return true;
        }
    }
    return false;
}

bool DateResolver::pastVerbBefore(const QString& words) const
{
    // The last three words, read backwards without copying the text.
    QStringView last[3];
    int count = 0;
    qsizetype end = words.size();
    while (count < 3 && end > 0) {
        while (end > 0 && words[end - 1] == QLatin1Char(' '))
            --end;
        qsizetype begin = end;
        while (begin > 0 && words[begin - 1] != QLatin1Char(' '))
            --begin;
        if (begin == end)
            break;
        last[count++] = QStringView(words).mid(begin, end - begin);
        end = begin;
    }
    const auto in = [](const QStringList& list, QStringView word) { return list.contains(word); };
    int verb = 0;
    if (count > 0 && in(m_datePrepositions, last[0]))
        verb = 1;
    if (verb >= count)
        return false;
    const QStringView w = last[verb];
    const bool past
        = in(m_pastDeedVerbs, w) || (w.size() > 4 && w.endsWith(QLatin1String("ed")) && !in(m_futureParticiples, w));
    return past && (verb + 1 >= count || !in(m_futureAuxiliaries, last[verb + 1]));
}

bool DateResolver::futureAfter(const QString& text, int end) const
{
    // The rest of the sentence: "on Thursday and Friday Smith would meet Kuroda".
    // A full stop after a capital ("U.S. Trade Representative") ends no sentence.
    QString window = text.mid(end, 120);
    qsizetype cut = window.size();
    for (qsizetype i = 0; i + 1 < window.size() && cut == window.size(); ++i) {
        if (window[i] == QLatin1Char('\n') && window[i + 1].isSpace())
            cut = i;
        else if (window[i] == QLatin1Char('.') && window[i + 1].isSpace() && (i == 0 || !window[i - 1].isUpper()))
            cut = i;
    }
    window = window.left(cut).toLower();
    for (const QString& cue : m_futureAfter) {
        if (containsWord(window, cue))
            return true;
    }
    return false;
}

bool DateResolver::boundedOffset(const QString& text, int begin) const
{
    const QString before = text.mid(std::max(0, begin - 16), std::min(16, begin)).toLower().simplified();
    return std::any_of(m_offsetBounds.begin(), m_offsetBounds.end(), [&](const QString& cue) {
        return before.endsWith(cue)
            && (before.size() == cue.size() || !before[before.size() - cue.size() - 1].isLetter());
    });
}

bool DateResolver::periodBound(const QString& text, int begin) const
{
    // The word before the expression, or its own first word ("since October").
    const QString around = text.mid(std::max(0, begin - 12), std::min(12, begin) + 12).toLower();
    const int at = std::min(12, begin);
    return std::any_of(m_periodBounds.begin(), m_periodBounds.end(), [&](const QString& cue) {
        const bool opens = around.mid(at).startsWith(cue + QLatin1Char(' '));
        const QString before = around.left(at).trimmed();
        const bool precedes = before.endsWith(cue)
            && (before.size() == cue.size() || !before[before.size() - cue.size() - 1].isLetter());
        return opens || precedes;
    });
}

bool DateResolver::comparisonBase(const QString& text, int begin, int end) const
{
    const QStringView expression = QStringView(text).mid(begin, end - begin).trimmed();
    const qsizetype space = expression.lastIndexOf(QLatin1Char(' '));
    if (space < 0 || !m_offsetBefore.contains(expression.mid(space + 1).toString().toLower()))
        return false;
    const QString before = text.mid(std::max(0, begin - 16), std::min(16, begin)).trimmed().toLower();
    return std::any_of(m_comparisonWords.begin(), m_comparisonWords.end(), [&](const QString& word) {
        return before.endsWith(word)
            && (before.size() == word.size() || !before[before.size() - word.size() - 1].isLetter());
    });
}

int DateResolver::anaphoricSubject(const QString& text, int begin) const
{
    int s = begin;
    while (s > 0) {
        const QChar c = text[s - 1];
        if (c == QLatin1Char('\n')
            || ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')) && s < text.size()
                && text[s].isSpace()))
            break;
        --s;
    }
    const QString head = text.mid(s, std::min(40, begin - s)).trimmed().toLower();
    for (const QString& cue : m_anaphoric) {
        if (head.startsWith(cue + QLatin1Char(' ')))
            return cue.contains(QLatin1Char(' ')) ? 2 : 1;
    }
    return 0;
}

bool DateResolver::openerBeforeNow(const QString& text, int begin, int end) const
{
    // "Five months after Beijing banned shipments, suppliers say the squeeze is tightening": an
    // offset that opens the sentence counts back from now when the main clause is in the present.
    int s = begin;
    while (s > 0 && text[s - 1] != QLatin1Char('\n') && text[s - 1].isSpace())
        --s;
    if (s > 0 && text[s - 1] != QLatin1Char('\n') && text[s - 1] != QLatin1Char('.'))
        return false;
    const int comma = int(text.indexOf(QLatin1Char(','), end));
    if (comma < 0)
        return false;
    for (int i = comma + 1; i < text.size();) {
        const QChar c = text[i];
        if (c == QLatin1Char('.') || c == QLatin1Char('\n') || c == QLatin1Char(';'))
            return false;
        if (!c.isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        while (j < text.size() && text[j].isLetter())
            ++j;
        // "the United States": a name is no verb.
        const bool name = text[i].isUpper();
        const QString word = text.mid(i, j - i).toLower();
        if (name) {
            i = j;
            continue;
        }
        if (m_presentMainVerbs.contains(word))
            return true;
        if (m_pastMainVerbs.contains(word) || (word.size() > 4 && word.endsWith(QLatin1String("ed"))))
            return false;
        i = j;
    }
    return false;
}

quint32 DateResolver::possibleKinds(const QString& text) const
{
    quint32 found = 0;
    QString word;
    const int n = int(text.size());
    // Once every cue is found the rest of the text cannot add a kind.
    for (int i = 0; i < n && found != AllCues;) {
        const QChar c = text[i];
        if (c.isLetter()) {
            int j = i;
            while (j < n && text[j].isLetter())
                ++j;
            // No cue word is longer than the longest the rules name.
            if (j - i > m_longestCueWord) {
                i = j;
                continue;
            }
            word.resize(0);
            for (int k = i; k < j; ++k) {
                const char16_t u = text[k].unicode();
                word.append(u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : text[k].toLower());
            }
            // "Q3": a quarter.
            if (word.size() == 1 && word[0] == QLatin1Char('q') && j < n && text[j] >= QLatin1Char('1')
                && text[j] <= QLatin1Char('4'))
                found |= QuarterCue;
            found |= m_cueWords.value(word);
            if (j + 1 < n && (text[j] == QLatin1Char('-') || text[j] == QChar(0x2013)) && text[j + 1].isLetter())
                found |= RangeCue;
            i = j;
        } else if (c.isDigit()) {
            int j = i;
            while (j < n && text[j].isDigit())
                ++j;
            const int digits = j - i;
            if (digits <= 3)
                found |= NumberCue;
            if (digits == 4 && (text[i] == QLatin1Char('1') || text[i] == QLatin1Char('2')))
                found |= YearCue;
            if (j + 1 < n && (text[j] == QLatin1Char('-') || text[j] == QLatin1Char('/')) && text[j + 1].isDigit())
                found |= SeparatedDigitsCue;
            if (j + 1 < n && text[j].isLetter() && text[j + 1].isLetter())
                found |= OrdinalCue;
            i = j;
        } else {
            ++i;
        }
    }
    quint32 kinds = 0;
    const auto need = [&](Kind kind, bool met) {
        if (met)
            kinds |= 1u << kind;
    };
    const auto has = [&](quint32 cue) { return (found & cue) != 0; };
    need(Iso, has(YearCue) && has(SeparatedDigitsCue));
    need(Numeric, has(SeparatedDigitsCue));
    for (Kind k : {MonthDay, DayMonth, MonthYear, MonthAlone})
        need(k, has(MonthCue));
    need(Quarter, has(QuarterCue));
    need(Year, has(YearCue));
    need(NthDay, has(OrdinalCue));
    need(Weekday, has(WeekdayCue));
    need(RelativeDay, has(RelativeDayCue));
    need(ClockTime, has(RelativeDayCue) && !m_patterns[ClockTime].pattern().isEmpty());
    need(RelativePeriod, has(ShiftCue) && has(UnitCue));
    need(Offset, (has(NumberCue) || has(YearCue)) && has(UnitCue) && has(OffsetCue));
    need(SameDay, has(SameCue) && has(UnitCue));
    need(MonthRange, has(MonthCue) && has(RangeCue) && !m_patterns[MonthRange].pattern().isEmpty());
    need(MonthCount, has(MonthUnitCue) && !m_patterns[MonthCount].pattern().isEmpty());
    return kinds;
}

void DateResolver::halveYear(const QString& text, DateExpression* e) const
{
    if (!e->start || e->precision != DatePrecision::Year || m_halfYear.pattern().isEmpty())
        return;
    // The year's own preposition may have taken the "of" ("of 2024").
    const QString of = QStringLiteral("of ");
    const bool ownOf = text.mid(e->begin, of.size()).compare(of, Qt::CaseInsensitive) == 0;
    const QString head = text.left(e->begin + (ownOf ? int(of.size()) : 0));
    const QRegularExpressionMatch m = m_halfYear.match(head.right(std::min<qsizetype>(head.size(), 40)));
    if (!m.hasMatch())
        return;
    const int half = m_halves.value(m.captured(1).toLower());
    if (half == 0)
        return;
    // Approximate: shown as the year, but what falls before or after the half is told apart.
    const qint64 year = e->start->civil().year;
    e->start = DateMath::day(year, half == 1 ? 1 : 7, 1);
    e->periodEnd = half == 1 ? DateMath::day(year, 7, 1) : DateMath::day(year + 1, 1, 1);
    e->precision = DatePrecision::Approximate;
    e->begin = int(head.size() - std::min<qsizetype>(head.size(), 40) + m.capturedStart());
}

void DateResolver::takeStatedYear(const QString& text, DateExpression* e) const
{
    if (!e->start || !e->yearGuessed || m_thatYear.pattern().isEmpty())
        return;
    const QRegularExpressionMatch m = m_thatYear.match(
        text, e->end, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return;
    // The last year the text stated before, in a date or not ("a regime that dates back to 2023").
    static const QRegularExpression yearWord(QStringLiteral("\\b(?:1[89]|20)\\d\\d\\b"));
    const int from = std::max(0, e->begin - 600);
    std::optional<qint64> stated;
    for (auto it = yearWord.globalMatch(text.mid(from, e->begin - from)); it.hasNext();)
        stated = it.next().captured().toLongLong();
    if (!stated)
        return;
    const TimePoint::Civil c = e->start->civil();
    const auto start = DateMath::day(*stated, c.month, c.day);
    if (!start)
        return;
    e->start = start;
    e->periodEnd = start->periodEnd(e->precision);
    e->yearGuessed = false;
    e->end = int(m.capturedEnd());
}

void DateResolver::followStatedDate(const QString& text, const QList<DateExpression>& before, DateExpression* e) const
{
    if (!e->start || !e->yearGuessed || e->precision != DatePrecision::Month || before.isEmpty())
        return;
    const DateExpression& stated = before.last();
    if (!stated.start || stated.yearGuessed
        || (stated.precision != DatePrecision::Month && stated.precision != DatePrecision::Day))
        return;
    // Only within one sentence: a full stop between starts another story.
    const QStringView between = QStringView(text).mid(stated.end, e->begin - stated.end);
    if (between.size() > 200 || between.contains(QLatin1String(". ")) || between.contains(u'\n'))
        return;
    const TimePoint::Civil from = stated.start->civil();
    const int month = e->start->civil().month;
    const auto start = DateMath::day(month >= from.month ? from.year : from.year + 1, month, 1);
    if (!start || *start > *e->start)
        return;
    e->start = start;
    e->periodEnd = start->periodEnd(e->precision);
    e->yearGuessed = false;
}

QList<DateExpression> DateResolver::find(const QString& text, std::optional<TimePoint> published) const
{
    QList<Candidate> candidates;
    const quint32 kinds = possibleKinds(text);
    for (int k = 0; k < KindCount; ++k) {
        if (!(kinds & (1u << k)))
            continue;
        auto it = m_patterns[k].globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                candidates.append({int(m.capturedStart()), int(m.capturedEnd()), Kind(k), m});
        }
    }
    // Longest first, so "December 8, 2025" wins over "December 8" and "in December".
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        const int la = a.end - a.begin;
        const int lb = b.end - b.begin;
        return la != lb ? la > lb : a.begin < b.begin;
    });
    QList<Candidate> kept;
    for (const Candidate& c : candidates) {
        const bool overlaps = std::any_of(
            kept.begin(), kept.end(), [&](const Candidate& k) { return c.begin < k.end && k.begin < c.end; });
        if (!overlaps)
            kept.append(c);
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });

    QList<DateExpression> out;
    Context ctx {&text, published, published, std::nullopt, std::nullopt};
    for (int i = 0; i < kept.size(); ++i) {
        const Candidate& c = kept[i];
        DateExpression e = resolveCandidate(c, ctx);
        if (e.precision == DatePrecision::Unknown && !e.relative)
            continue; // matched the shape of a date but is none ("May 45")
        if (comparisonBase(text, c.begin, c.end))
            continue;
        // "resume Friday at 1000 EST", "to April 8 at 1700 EST": a time beside a day is that day's.
        if (c.kind == ClockTime
            && ((i > 0 && kept[i - 1].end >= c.begin - 12) || (i + 1 < kept.size() && kept[i + 1].begin <= c.end + 12)))
            continue;
        // "in April last year", "the first quarter of last year": the year said after is its year;
        // "on the 24th of last month": the month said after is its month.
        const bool quarterAlone = c.kind == Quarter && !c.match.capturedLength(3);
        const bool nthDay = c.kind == NthDay;
        if (i + 1 < kept.size() && e.start && (e.yearGuessed || quarterAlone || nthDay)
            && (e.precision == DatePrecision::Month || e.precision == DatePrecision::Day
                || e.precision == DatePrecision::Quarter)) {
            const QString between = text.mid(c.end, kept[i + 1].begin - c.end).trimmed().toLower();
            const DateExpression after = between.isEmpty() || between == QLatin1String("of")
                ? resolveCandidate(kept[i + 1], ctx)
                : DateExpression {};
            const TimePoint::Civil m = e.start->civil();
            std::optional<TimePoint> start;
            if (after.start && after.precision == DatePrecision::Year && !nthDay)
                start = DateMath::day(after.start->civil().year, m.month, m.day);
            else if (after.start && after.precision == DatePrecision::Month && nthDay)
                start = DateMath::day(after.start->civil().year, after.start->civil().month, m.day);
            if (start) {
                e.start = start;
                e.periodEnd = start->periodEnd(e.precision);
                e.yearGuessed = false;
                e.end = after.end;
                ++i;
            }
        }
        // Before the day becomes the reference of what follows ("two days later").
        halveYear(text, &e);
        takeStatedYear(text, &e);
        followStatedDate(text, out, &e);
        // "... will require licences from December 1. The measure, approved by the Cabinet the
        // previous day, ...": a day still to come is an effective date, not the day told of.
        // "... the previous day, ... responded the same day": both tell of the day told before.
        // "for investments made from January 1": the start or end of a period is no day told of.
        if (e.start && e.precision == DatePrecision::Day && (!published || *e.start <= *published) && c.kind != SameDay
            && !periodBound(text, c.begin)) {
            ctx.reference = e.start;
            if (!ctx.firstDay)
                ctx.firstDay = e.start;
        }
        // "will hold meetings next week ... on Thursday and Friday Smith would meet": the days
        // to come that follow are of that week.
        if (e.start && e.precision == DatePrecision::Week && published && *e.start > *published)
            ctx.comingWeek = e.start->floor(DatePrecision::Week);
        out.append(e);
    }
    // "between February 18 and February 21, 1986": a day whose year was guessed takes the year
    // stated at the end of its span.
    for (int i = 0; i + 1 < out.size(); ++i) {
        DateExpression& first = out[i];
        const DateExpression& last = out[i + 1];
        if (!first.yearGuessed || !first.start || !last.start || last.yearGuessed || last.relative
            || first.precision != DatePrecision::Day || last.precision != DatePrecision::Day)
            continue;
        const QString between = text.mid(first.end, last.begin - first.end).trimmed().toLower();
        if (!m_spanConnectors.contains(between))
            continue;
        const TimePoint::Civil f = first.start->civil();
        const qint64 year = last.start->civil().year;
        if (const auto t = DateMath::day(year, f.month, f.day); t && *t <= *last.start) {
            first.start = *t;
            first.periodEnd = t->periodEnd(DatePrecision::Day);
            first.yearGuessed = false;
        }
    }
    return out;
}

} // namespace Kairos::Extract

// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractor.h"

#include "entityrecognizer.h"
#include "textutil.h"

namespace Kairos::Extract {

namespace {

// Whether only a list marker ("* ", "- ", "1. ") stands between the start of the line and position.
bool bulletStart(const QString& body, int position)
{
    bool marker = false;
    for (int i = position - 1; i >= 0; --i) {
        const QChar c = body[i];
        if (c == QLatin1Char('\n'))
            return marker;
        if (c == QLatin1Char('*') || c == QLatin1Char('-') || c == QChar(0x2022))
            marker = true;
        else if (!c.isSpace() && c != QLatin1Char('['))
            return false;
    }
    return marker;
}

// "VELDHOVEN, Netherlands, Oct 15 - ...", "TAIPEI, Nov 21 (Reuters) - ...": a place in capitals
// at the start of the story's first paragraph, which a headline or key points may precede.
struct Dateline
{
    int begin = -1; // the place
    int comma = -1; // after the place
    int dash = -1; // before the story
};

Dateline findDateline(const QString& text)
{
    constexpr int searched = 3000;
    for (int line = 0; line < std::min(int(text.size()), searched);) {
        const int next = int(text.indexOf(QLatin1Char('\n'), line));
        const int lineEnd = next < 0 ? int(text.size()) : next;
        int begin = line;
        while (begin < lineEnd && text[begin].isSpace())
            ++begin;
        const QStringView head = QStringView(text).mid(begin, lineEnd - begin).left(80);
        const int comma = int(head.indexOf(QLatin1Char(',')));
        int dash = int(head.indexOf(QLatin1String(" - ")));
        if (dash < 0)
            dash = int(head.indexOf(QChar(0x2014)));
        if (comma >= 3 && dash > comma && head.front().isLetter() && mostlyUpperCase(head.left(comma)))
            return {begin, begin + comma, begin + dash};
        if (next < 0)
            break;
        line = next + 1;
    }
    return {};
}

// An analyst reads and searches the dateline's place as "Veldhoven", not "VELDHOVEN".
void addDatelinePlace(const QString& text, const Dateline& dateline, QList<EntityMention>* mentions)
{
    if (dateline.begin < 0)
        return;
    const bool named = std::any_of(mentions->begin(), mentions->end(),
        [&](const EntityMention& m) { return m.begin < dateline.comma && dateline.begin < m.end; });
    if (named)
        return;
    QString name = text.mid(dateline.begin, dateline.comma - dateline.begin).toLower();
    for (int i = 0; i < name.size(); ++i) {
        if (i == 0 || name[i - 1] == QLatin1Char(' ') || name[i - 1] == QLatin1Char('-'))
            name[i] = name[i].toUpper();
    }
    const auto at = std::lower_bound(mentions->begin(), mentions->end(), dateline.begin,
        [](const EntityMention& m, int position) { return m.begin < position; });
    mentions->insert(at, EntityMention {name, EntityType::Other, dateline.begin, dateline.comma, 0.5});
}

} // namespace

std::shared_ptr<Extractor> Extractor::createDefault(QString* error)
{
    return createFromDirectory(QStringLiteral(":/kairos/extract"), QStringLiteral("en"), error);
}

std::shared_ptr<Extractor> Extractor::createFromDirectory(
    const QString& directory, const QString& language, QString* error)
{
    auto extractor = std::make_shared<Extractor>();
    if (!extractor->load(directory, language, error))
        return nullptr;
    return extractor;
}

bool Extractor::load(const QString& root, const QString& language, QString* error)
{
    const QString dir = root + QLatin1Char('/') + language + QLatin1Char('/');
    const auto part = [&](const QString& name) { return loadJsonObject(dir + name, error); };
    QJsonObject json = part(QStringLiteral("sentences.json"));
    if (json.isEmpty() || !m_splitter.load(json, error))
        return false;
    json = part(QStringLiteral("dates.json"));
    if (json.isEmpty() || !m_dates.load(json, error))
        return false;
    json = part(QStringLiteral("money.json"));
    if (json.isEmpty() || !m_quantities.load(json, error))
        return false;
    json = part(QStringLiteral("events.json"));
    if (json.isEmpty() || !m_events.load(json, error))
        return false;
    m_events.setGazetteer(&m_gazetteer);
    return addGazetteerFile(root + QStringLiteral("/gazetteer.json"), error);
}

std::optional<TimePoint> Extractor::datelineDate(
    const QString& text, int comma, int dash, std::optional<TimePoint> published) const
{
    if (comma < 0 || !published)
        return std::nullopt;
    const QList<DateExpression> found = m_dates.find(text.mid(comma + 1, dash - comma - 1), published);
    if (found.size() != 1 || !found.first().start || found.first().precision != DatePrecision::Day)
        return std::nullopt;
    return found.first().start;
}

bool Extractor::addGazetteerFile(const QString& path, QString* error)
{
    return m_gazetteer.addFile(path, error);
}

ExtractionResult Extractor::extract(
    const QString& title, const QString& body, std::optional<TimePoint> published, const QString& outlet) const
{
    Q_UNUSED(title);
    Q_UNUSED(outlet);
    ExtractionResult result;
    const QString text = maskMarkup(body);
    result.sentences = m_splitter.split(text);
    const QList<Token> tokens = tokenize(text);
    const EntityRecognizer recognizer(m_gazetteer);
    result.mentions = recognizer.recognize(text, tokens, result.sentences);
    recognizer.addLinkedNames(body, text, tokens, &result.mentions);
    // "WASHINGTON, March 26 - ...": the dateline is the day the story was filed; "yesterday" and
    // "on Friday" count from it, and it takes its year from the publication date.
    const Dateline dateline = findDateline(text);
    const std::optional<TimePoint> filed = datelineDate(text, dateline.comma, dateline.dash, published);
    if (filed) {
        // The dateline's day is no day the story tells of, nor the first one it does ("The ruling
        // came two days after ..." counts from the day of the ruling).
        QString story = text;
        story.replace(dateline.begin, dateline.dash - dateline.begin, QString(dateline.dash - dateline.begin, u' '));
        result.dates = m_dates.find(story, filed);
    } else {
        result.dates = m_dates.find(text, published);
    }
    addDatelinePlace(text, dateline, &result.mentions);
    result.quantities = m_quantities.find(text);
    // "1.03 trillion Korean won" names a currency, not South Korea.
    result.mentions.removeIf([&](const EntityMention& m) {
        return std::any_of(result.quantities.begin(), result.quantities.end(),
            [&](const Quantity& q) { return m.begin < q.end && q.begin < m.end; });
    });

    QList<ExtractedEvent> events;
    int t = 0, m = 0, d = 0, q = 0;
    QSet<QString> speakers;
    bool leadTaken = false;
    int item = 0;
    int leadSentence = -1;
    for (const Sentence& s : std::as_const(result.sentences)) {
        EventDetector::Input in;
        in.text = &text;
        in.sentence = s;
        in.published = published;
        // The sentence's share of each list, copied in one allocation.
        const auto within = [&](const auto& all, int* next) {
            while (*next < all.size() && all[*next].begin < s.begin)
                ++*next;
            const int first = *next;
            while (*next < all.size() && all[*next].end <= s.end)
                ++*next;
            return all.mid(first, *next - first);
        };
        in.tokens = within(tokens, &t);
        in.mentions = within(result.mentions, &m);
        in.dates = within(result.dates, &d);
        in.quantities = within(result.quantities, &q);
        if (in.tokens.isEmpty() || !m_events.tellsAnything(in))
            continue;
        // The article's first sentence, and the first of each list item ("* Kazakhstan joins ...").
        const bool bullet = bulletStart(body, s.begin);
        in.lead = !leadTaken || bullet;
        if (!leadTaken)
            leadSentence = int(&s - result.sentences.constData());
        leadTaken = true;
        item += bullet ? 1 : 0;
        in.speakers = speakers;
        QString who;
        for (ExtractedEvent& e : m_events.detect(in, &who)) {
            e.item = item;
            events << e;
        }
        if (!who.isEmpty())
            speakers.insert(who);
    }

    // "Nvidia is reportedly planning ...": the state of affairs as of the report's date.
    const ExtractedEvent* dated = nullptr;
    for (const ExtractedEvent& e : std::as_const(events)) {
        if (e.event.type == QLatin1String("report") && e.event.start) {
            dated = &e;
            break;
        }
    }
    if (dated) {
        const Event report = dated->event;
        for (ExtractedEvent& e : events) {
            if (e.event.start || e.event.type == QLatin1String("report"))
                continue;
            if (m_events.mentionsReportedly(e.event.evidence.first().sentence)) {
                e.event.start = report.start;
                e.event.precision = report.precision;
                e.event.notAfter.reset();
                e.event.attributes.insert(QStringLiteral("dateFrom"), QStringLiteral("report"));
            }
        }
    }
    // "Taiwan announced plans for tariff cuts. A ministry official, on Saturday, told reporters
    // ...": the wire's lead leaves the day to its second sentence.
    if (leadSentence >= 0 && leadSentence + 1 < result.sentences.size() && published) {
        const Sentence& lead = result.sentences[leadSentence];
        const Sentence& next = result.sentences[leadSentence + 1];
        std::optional<DateExpression> day;
        int dated = 0;
        for (const DateExpression& x : std::as_const(result.dates)) {
            if (x.begin < next.begin || x.end > next.end || !x.start)
                continue;
            ++dated;
            if (x.relative && x.precision == DatePrecision::Day && *x.start <= *published)
                day = x;
        }
        for (ExtractedEvent& e : events) {
            if (dated != 1 || !day || e.event.start || e.event.evidence.first().begin != lead.begin
                || (e.event.modality != Modality::Occurred && e.event.modality != Modality::Announced))
                continue;
            // "The meeting followed Washington's announcement last Monday": not before that day.
            if (m_events.datesWhatCameBefore(body.mid(next.begin, day->begin - next.begin))) {
                if (!e.event.notBefore || *e.event.notBefore < *day->start)
                    e.event.notBefore = day->start;
                continue;
            }
            e.event.start = day->start;
            e.event.precision = day->precision;
            e.event.notAfter.reset();
            e.event.attributes.insert(QStringLiteral("dateFrom"), QStringLiteral("next sentence"));
        }
    }
    for (int i = 1; i < events.size(); ++i) {
        Event& e = events[i].event;
        if (e.start)
            continue;
        const QString& sentence = e.evidence.first().sentence;
        const bool refersBack = m_events.refersBack(sentence, e.attributes.value(QLatin1String("trigger")).toString());
        if (!refersBack && !m_events.continuesPrevious(sentence))
            continue;
        // "The ministry revoked a licence granted in March": a sentence with days of its own that
        // date something else leaves this happening undated rather than borrowing a day.
        const int from = e.evidence.first().begin;
        const int to = e.evidence.first().end;
        if (std::any_of(result.dates.cbegin(), result.dates.cend(),
                [&](const DateExpression& x) { return x.start && x.begin >= from && x.end <= to; }))
            continue;
        for (int k = i - 1; k >= 0; --k) {
            const Event& before = events[k].event;
            if (before.evidence.first().begin == e.evidence.first().begin)
                continue;
            // "At the same time, ...": the time of the sentence right before, not of a happening
            // told paragraphs earlier.
            const int beforeEnd = before.evidence.first().end;
            if (beforeEnd <= from && !QStringView(body).mid(beforeEnd, from - beforeEnd).trimmed().isEmpty())
                break;
            // "Japan held talks on Monday. The talks ended without agreement.": the same happening.
            if (before.start && (!refersBack || before.type == e.type || m_events.continuesPrevious(sentence))) {
                e.start = before.start;
                e.precision = before.precision;
                e.notAfter.reset();
                e.attributes.insert(QStringLiteral("dateFrom"), QStringLiteral("previous sentence"));
            }
            break;
        }
    }
    for (ExtractedEvent& e : events) {
        for (Evidence& ev : e.event.evidence)
            ev.sentence = body.mid(ev.begin, ev.end - ev.begin);
    }
    // "Bolivia opened talks today ... Bedregal led a team of officials to the talks": after the
    // lead, an undated event noun with a referring determiner names a happening already told, of
    // which the sentence gives detail.
    for (int i = int(events.size()) - 1; i >= 1; --i) {
        const ExtractedEvent& e = events[i];
        if (e.event.start
            || !m_events.namesKnownHappening(
                e.event.evidence.first().sentence, e.event.attributes.value(QLatin1String("trigger")).toString()))
            continue;
        // "The talks ..." names the talks told before rather than a phone call told since.
        const QString noun = e.event.attributes.value(QLatin1String("trigger")).toString();
        int known = -1;
        for (int k = i - 1; k >= 0; --k) {
            const ExtractedEvent& before = events[k];
            if (before.item != e.item || before.event.type != e.event.type
                || before.event.evidence.first().begin >= e.event.evidence.first().begin)
                continue;
            if (known < 0)
                known = k;
            if (before.event.attributes.value(QLatin1String("trigger"))
                    .toString()
                    .contains(noun, Qt::CaseInsensitive)) {
                known = k;
                break;
            }
        }
        if (known >= 0) {
            absorbMention(events[known], e);
            events.removeAt(i);
        }
    }
    QSet<QString> places;
    for (const EntityMention& mention : std::as_const(result.mentions)) {
        if (mention.type == EntityType::Country)
            places.insert(mention.entityName);
    }
    result.events = mergeWithinArticle(events, places);
    result.entities = EntityRecognizer::collect(body, result.mentions);
    return result;
}

} // namespace Kairos::Extract

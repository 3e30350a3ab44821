// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation.h"

#include "textutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kairos::Extract {

namespace {

bool overlapsEnough(int b1, int e1, int b2, int e2)
{
    const int overlap = std::min(e1, e2) - std::max(b1, b2);
    const int shorter = std::min(e1 - b1, e2 - b2);
    return shorter > 0 && overlap * 2 >= shorter;
}

std::optional<TimePoint> isoDate(const QJsonValue& v, DatePrecision* precision = nullptr)
{
    return v.isString() ? TimePoint::parseIso(v.toString(), precision) : std::nullopt;
}

QString readText(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open (%2)").arg(path, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

void readEntities(const QJsonArray& entities, GoldArticle* out)
{
    for (const QJsonValue& v : entities) {
        const QJsonObject o = v.toObject();
        // Amounts are event attributes, not entities.
        if (o.value(QLatin1String("type")).toString() == QLatin1String("money amount"))
            continue;
        QStringList names {o.value(QLatin1String("name")).toString()};
        names << jsonStrings(o.value(QLatin1String("aliases")));
        out->entities << names;
    }
}

} // namespace

void Score::add(const Score& o)
{
    goldEvents += o.goldEvents;
    proposedEvents += o.proposedEvents;
    matchedGold += o.matchedGold;
    matchedProposed += o.matchedProposed;
    goldEntities += o.goldEntities;
    foundEntities += o.foundEntities;
    missed << o.missed;
    spurious << o.spurious;
    matched << o.matched;
}

bool eventMatches(const GoldEvent& gold, const Event& proposed, std::optional<TimePoint> published)
{
    const bool cites = std::any_of(proposed.evidence.begin(), proposed.evidence.end(),
        [&](const Evidence& ev) { return overlapsEnough(ev.begin, ev.end, gold.begin, gold.end); });
    if (!cites)
        return false;
    if (gold.start) {
        if (!proposed.start || proposed.precision == DatePrecision::Unknown)
            return false;
        const DatePrecision p = coarser(gold.precision, proposed.precision);
        return gold.start->floor(p) == proposed.start->floor(p);
    }
    if (!proposed.start)
        return true;
    const auto latest = gold.notAfter ? gold.notAfter : published;
    return (!gold.notBefore || *proposed.start >= gold.notBefore->floor(DatePrecision::Day))
        && (!latest || *proposed.start <= *latest);
}

Score evaluate(const GoldArticle& gold, const ExtractionResult& result)
{
    Score s;
    const int scopeEnd = gold.scopeEnd < 0 ? int(gold.body.size()) : gold.scopeEnd;
    QList<const ExtractedEvent*> proposals;
    for (const ExtractedEvent& e : result.events) {
        const Evidence& ev = e.event.evidence.first();
        if (ev.begin >= gold.scopeBegin && ev.end <= scopeEnd)
            proposals << &e;
    }
    s.goldEvents = int(gold.events.size());
    s.proposedEvents = int(proposals.size());
    QList<bool> used(proposals.size(), false);
    QHash<QString, bool> matched;
    // Two passes: first a proposal of the same type, then any type.
    for (int pass = 0; pass < 2; ++pass) {
        for (const GoldEvent& g : gold.events) {
            if (matched.value(g.id))
                continue;
            for (int i = 0; i < proposals.size(); ++i) {
                if (used[i] || (pass == 0 && EventTypes::normalize(g.type) != proposals[i]->event.type))
                    continue;
                if (eventMatches(g, proposals[i]->event, gold.published)) {
                    used[i] = true;
                    matched.insert(g.id, true);
                    break;
                }
            }
        }
    }
    for (const GoldEvent& g : gold.events) {
        bool ok = matched.value(g.id);
        for (const QString& other : g.mergeOkWith)
            ok = ok || matched.value(other);
        if (ok)
            ++s.matchedGold;
        else
            s.missed << QStringLiteral("%1 %2 [%3] %4: %5")
                            .arg(gold.name, g.id, g.type,
                                g.start ? g.start->toIsoString(g.precision) : QStringLiteral("undated"),
                                gold.body.mid(g.begin, std::min(90, g.end - g.begin)));
    }
    for (int i = 0; i < proposals.size(); ++i) {
        const Event& e = proposals[i]->event;
        if (used[i]) {
            ++s.matchedProposed;
            s.matched << QStringLiteral("%1 [%2] %3 \"%4\": %5")
                             .arg(gold.name, e.type,
                                 e.start ? e.start->toIsoString(e.precision) : QStringLiteral("undated"), e.title,
                                 e.evidence.first().sentence.left(90));
        } else {
            s.spurious << QStringLiteral("%1 [%2] %3 \"%4\": %5")
                              .arg(gold.name, e.type,
                                  e.start ? e.start->toIsoString(e.precision) : QStringLiteral("undated"), e.title,
                                  e.evidence.first().sentence.left(90));
        }
    }
    s.goldEntities = int(gold.entities.size());
    for (const QStringList& names : gold.entities) {
        const bool found = std::any_of(result.entities.begin(), result.entities.end(), [&](const ExtractedEntity& e) {
            return names.contains(e.name, Qt::CaseInsensitive)
                || std::any_of(e.aliases.begin(), e.aliases.end(),
                    [&](const QString& a) { return names.contains(a, Qt::CaseInsensitive); });
        });
        if (found)
            ++s.foundEntities;
        else
            s.missed << QStringLiteral("%1 entity %2").arg(gold.name, names.first());
    }
    return s;
}

namespace {

/// A precision our names lack ("half-year", "season"): the finest of ours that holds the period.
DatePrecision spanPrecision(std::optional<TimePoint> start, std::optional<TimePoint> end)
{
    if (!start || !end)
        return DatePrecision::Day;
    const qint64 days = (end->seconds() - start->seconds()) / 86400;
    if (days < 1)
        return DatePrecision::Day;
    if (days < 7)
        return DatePrecision::Week;
    if (days < 31)
        return DatePrecision::Month;
    if (days < 92)
        return DatePrecision::Quarter;
    return DatePrecision::Year;
}

} // namespace

bool loadWorkedExample(
    const QString& goldPath, const QString& articlePath, TimePoint published, GoldArticle* out, QString* error)
{
    const QJsonObject gold = loadJsonObject(goldPath, error);
    const QString text = readText(articlePath, error);
    if (gold.isEmpty() || text.isEmpty())
        return false;
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    out->name = gold.value(QLatin1String("document")).toObject().value(QLatin1String("id")).toString();
    out->split = QStringLiteral("seed");
    out->title = text.left(nl);
    out->body = text.mid(nl + 1);
    out->published = published;
    for (const QJsonValue& v : gold.value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        GoldEvent g;
        g.id = o.value(QLatin1String("id")).toString();
        g.type = o.value(QLatin1String("type")).toString();
        const QString evidence = o.value(QLatin1String("evidence")).toString();
        g.begin = int(out->body.indexOf(evidence));
        if (g.begin < 0) {
            if (error)
                *error = QStringLiteral("%1: evidence of %2 not found in %3").arg(goldPath, g.id, articlePath);
            return false;
        }
        g.end = g.begin + int(evidence.size());
        const QJsonObject date = o.value(QLatin1String("date")).toObject();
        DatePrecision p = DatePrecision::Unknown;
        g.start = isoDate(date.value(QLatin1String("start")), &p);
        // "half-year", "season": a period our names lack is judged by its length.
        const std::optional<TimePoint> end = isoDate(date.value(QLatin1String("end")));
        g.precision = g.start ? precisionFromString(date.value(QLatin1String("precision")).toString())
                                    .value_or(end && *end != *g.start ? spanPrecision(g.start, end) : p)
                              : DatePrecision::Unknown;
        g.notBefore = isoDate(date.value(QLatin1String("not_before")));
        g.notAfter = isoDate(date.value(QLatin1String("not_after")));
        g.mergeOkWith = jsonStrings(o.value(QLatin1String("merge_ok_with")));
        out->events << g;
    }
    readEntities(gold.value(QLatin1String("entities")).toArray(), out);
    return true;
}

bool loadWrittenArticle(const QString& goldPath, GoldArticle* out, QString* error)
{
    const QJsonObject gold = loadJsonObject(goldPath, error);
    if (gold.isEmpty())
        return false;
    const std::optional<TimePoint> published
        = isoDate(gold.value(QLatin1String("document")).toObject().value(QLatin1String("publication_date")));
    if (!published) {
        if (error)
            *error = QStringLiteral("%1: document.publication_date is missing or not an ISO date").arg(goldPath);
        return false;
    }
    const QFileInfo info(goldPath);
    if (!loadWorkedExample(goldPath, info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt"),
            *published, out, error))
        return false;
    out->split = info.dir().dirName();
    out->name = out->split + QLatin1Char('/') + out->name;
    return true;
}

bool loadDevAnnotation(const QString& path, const QString& corporaDir, GoldArticle* out, QString* error)
{
    const QJsonObject a = loadJsonObject(path, error);
    if (a.isEmpty())
        return false;
    const QString corpusPath = corporaDir + QLatin1Char('/') + a.value(QLatin1String("corpus_path")).toString();
    const QString articleId = a.value(QLatin1String("article_id")).toString();
    out->name = QFileInfo(path).baseName();
    out->split = a.value(QLatin1String("split")).toString();
    out->published = isoDate(a.value(QLatin1String("published")));
    if (corpusPath.endsWith(QLatin1String(".json"))) {
        QFile f(corpusPath);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: cannot open %2").arg(path, corpusPath);
            return false;
        }
        const QJsonArray articles = QJsonDocument::fromJson(f.readAll()).array();
        for (const QJsonValue& v : articles) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("id")).toString() == articleId) {
                out->title = o.value(QLatin1String("title")).toString();
                out->body = o.value(QLatin1String("body")).toString();
                out->outlet = o.value(QLatin1String("outlet")).toString();
            }
        }
    } else {
        // A Markdown day page: the body is what follows the YAML front matter.
        const QString text = readText(corpusPath, error);
        const qsizetype close = text.indexOf(QLatin1String("\n---\n"), 3);
        out->body = close > 0 ? text.mid(close + 5) : text;
        out->title = articleId;
    }
    if (out->body.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: article %2 not found in %3").arg(path, articleId, corpusPath);
        return false;
    }
    const QJsonArray scope = a.value(QLatin1String("scope")).toArray();
    if (scope.size() == 2) {
        out->scopeBegin = scope[0].toInt();
        out->scopeEnd = scope[1].toInt();
    }
    int n = 0;
    for (const QJsonValue& v : a.value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        GoldEvent g;
        g.id = o.value(QLatin1String("id")).toString(QStringLiteral("e%1").arg(++n));
        g.begin = o.value(QLatin1String("begin")).toInt();
        g.end = o.value(QLatin1String("end")).toInt();
        g.type = o.value(QLatin1String("type")).toString();
        g.start = isoDate(o.value(QLatin1String("date")));
        g.precision = g.start ? precisionFromString(o.value(QLatin1String("precision")).toString())
                                    .value_or(spanPrecision(g.start, isoDate(o.value(QLatin1String("end")))))
                              : DatePrecision::Unknown;
        g.notBefore = isoDate(o.value(QLatin1String("not_before")));
        g.notAfter = isoDate(o.value(QLatin1String("not_after")));
        g.mergeOkWith = jsonStrings(o.value(QLatin1String("merge_ok_with")));
        if (g.begin < 0 || g.end > out->body.size() || g.end <= g.begin) {
            if (error)
                *error = QStringLiteral("%1: event %2 has a range outside the article").arg(path, g.id);
            return false;
        }
        out->events << g;
    }
    readEntities(a.value(QLatin1String("entities")).toArray(), out);
    return true;
}

} // namespace Kairos::Extract

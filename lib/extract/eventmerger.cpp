// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmerger.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Kairos::Extract {

namespace {

QString roleName(const ExtractedEvent& e, const QString& role)
{
    for (const auto& r : e.entityRoles) {
        if (r.second == role)
            return r.first;
    }
    return {};
}

QSet<QString> names(const ExtractedEvent& e, const QString& role)
{
    QSet<QString> out;
    for (const auto& r : e.entityRoles) {
        if (role.isEmpty() || r.second == role)
            out.insert(r.first);
    }
    return out;
}

bool sameHappening(const ExtractedEvent& a, const ExtractedEvent& b)
{
    if (a.event.type != b.event.type)
        return false;
    const QString actor = roleName(a, QStringLiteral("actor"));
    if (actor.isEmpty() || actor != roleName(b, QStringLiteral("actor")))
        return false;
    const QSet<QString> oa = names(a, QStringLiteral("object"));
    const QSet<QString> ob = names(b, QStringLiteral("object"));
    return oa.isEmpty() || ob.isEmpty() || oa.intersects(ob);
}

void absorb(ExtractedEvent& into, const ExtractedEvent& from)
{
    Event& e = into.event;
    e.evidence.append(from.event.evidence);
    if (!e.start && from.event.start) {
        e.start = from.event.start;
        e.precision = from.event.precision;
        e.notBefore = from.event.notBefore;
        e.notAfter = from.event.notAfter;
    }
    if (from.event.reported && (!e.reported || *from.event.reported < *e.reported))
        e.reported = from.event.reported;
    e.confidence = std::min(0.95, std::max(e.confidence, from.event.confidence) + 0.05);
    for (const auto& role : from.entityRoles) {
        if (!into.entityRoles.contains(role))
            into.entityRoles.append(role);
    }
    if (!e.attributes.contains(QStringLiteral("money")) && from.event.attributes.contains(QStringLiteral("money")))
        e.attributes.insert(QStringLiteral("money"), from.event.attributes.value(QStringLiteral("money")));
}

QString normalisedSentence(const QString& s)
{
    return s.simplified().toLower();
}

QList<double> amounts(const Event& e)
{
    QList<double> out;
    for (const QJsonValue& v : e.attributes.value(QStringLiteral("money")).toArray())
        out << v.toObject().value(QStringLiteral("amount")).toDouble();
    return out;
}

} // namespace

void absorbMention(ExtractedEvent& into, const ExtractedEvent& from)
{
    absorb(into, from);
}

bool datesAgree(const Event& a, const Event& b)
{
    if (!a.start || !b.start)
        return true;
    const DatePrecision p = coarser(a.precision, b.precision);
    if (p == DatePrecision::Unknown)
        return true;
    return a.start->floor(p) == b.start->floor(p);
}

QList<ExtractedEvent> mergeWithinArticle(const QList<ExtractedEvent>& events, const QSet<QString>& places)
{
    QList<ExtractedEvent> out;
    for (const ExtractedEvent& e : events) {
        // Within one article the bar is higher than across articles: one writer names the same
        // happening with the same objects, and separate statements or reports stay separate.
        const bool mergeable = e.event.type != QLatin1String("statement") && e.event.type != QLatin1String("report");
        auto it = std::find_if(out.begin(), out.end(), [&](const ExtractedEvent& o) {
            // A dated and an undated mention are rather two happenings of one story (the talks and
            // the meeting on April 27) than one told twice.
            const bool bothDated = o.event.start.has_value() == e.event.start.has_value();
            // A country both name makes one happening only on one day: "meet Zheng ... the U.S." and
            // "meet British officials and U.S. businessmen" are two meetings.
            const bool sameDay = o.event.start && e.event.start && o.event.precision == DatePrecision::Day
                && e.event.precision == DatePrecision::Day && *o.event.start == *e.event.start;
            if (!(mergeable && bothDated && o.item == e.item && sameHappening(o, e) && datesAgree(o.event, e.event)))
                return false;
            QSet<QString> shared = names(o, QStringLiteral("object")) & names(e, QStringLiteral("object"));
            if (!sameDay)
                shared.subtract(places);
            return !shared.isEmpty();
        });
        if (it == out.end())
            out.append(e);
        else
            absorb(*it, e);
    }
    return out;
}

QList<ExtractedEvent> mergeAcrossArticles(const QList<ArticleEvents>& perArticle)
{
    QList<ExtractedEvent> out;
    QList<QStringList> outlets; // per merged event, the outlet of each piece of evidence
    QList<QJsonArray> dates;
    for (const ArticleEvents& article : perArticle) {
        const QString outlet
            = article.outlet.isEmpty() ? QStringLiteral("article %1").arg(article.articleId) : article.outlet;
        for (ExtractedEvent e : article.events) {
            for (Evidence& ev : e.event.evidence)
                ev.articleId = article.articleId;
            e.event.reported = article.published;
            int k = -1;
            for (int i = 0; i < out.size() && k < 0; ++i) {
                // Different dates for the same actor, type and objects: the same happening, in conflict.
                if (sameHappening(out[i], e) && !out[i].event.evidence.isEmpty()
                    && out[i].event.evidence.first().articleId != article.articleId)
                    k = i;
            }
            const QJsonValue dateValue
                = e.event.start ? QJsonValue(e.event.start->toIsoString(e.event.precision)) : QJsonValue();
            if (k < 0) {
                out.append(e);
                outlets.append(QStringList(e.event.evidence.size(), outlet));
                dates.append(QJsonArray {dateValue});
                continue;
            }
            ExtractedEvent& into = out[k];
            QJsonArray conflicts = into.event.attributes.value(QStringLiteral("conflicts")).toArray();
            if (!datesAgree(into.event, e.event))
                conflicts.append(QJsonObject {{QStringLiteral("field"), QStringLiteral("date")},
                    {QStringLiteral("values"),
                        QJsonArray {into.event.start->toIsoString(into.event.precision), dateValue}}});
            const QList<double> a = amounts(into.event);
            const QList<double> b = amounts(e.event);
            if (!a.isEmpty() && !b.isEmpty() && qAbs(a.first() - b.first()) > 0.01 * std::max(a.first(), b.first()))
                conflicts.append(QJsonObject {{QStringLiteral("field"), QStringLiteral("money")},
                    {QStringLiteral("values"), QJsonArray {a.first(), b.first()}}});
            if (!conflicts.isEmpty())
                into.event.attributes.insert(QStringLiteral("conflicts"), conflicts);
            absorb(into, e);
            outlets[k] << QStringList(e.event.evidence.size(), outlet);
            dates[k].append(dateValue);
        }
    }
    for (int i = 0; i < out.size(); ++i) {
        // Outlets that carry the same sentence share one wire story: union them before counting.
        const QList<Evidence>& evidence = out[i].event.evidence;
        QHash<QString, QString> parent;
        const auto find = [&](QString x) {
            while (parent.value(x, x) != x)
                x = parent.value(x);
            return x;
        };
        QHash<QString, QString> firstOutletOfSentence;
        for (int j = 0; j < evidence.size(); ++j) {
            const QString o = outlets[i].value(j);
            parent.insert(o, parent.value(o, o));
            const QString key = normalisedSentence(evidence[j].sentence);
            if (firstOutletOfSentence.contains(key))
                parent.insert(find(o), find(firstOutletOfSentence.value(key)));
            else
                firstOutletOfSentence.insert(key, o);
        }
        QSet<QString> roots;
        for (auto it = parent.begin(); it != parent.end(); ++it)
            roots.insert(find(it.key()));
        QStringList distinct = QSet<QString>(outlets[i].begin(), outlets[i].end()).values();
        distinct.sort();
        out[i].event.attributes.insert(QStringLiteral("corroboration"), int(roots.size()));
        out[i].event.attributes.insert(QStringLiteral("outlets"), QJsonArray::fromStringList(distinct));
        if (out[i].event.attributes.contains(QStringLiteral("conflicts")))
            out[i].event.attributes.insert(QStringLiteral("reportedDates"), dates[i]);
    }
    return out;
}

} // namespace Kairos::Extract

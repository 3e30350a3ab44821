// SPDX-License-Identifier: GPL-3.0-or-later
#include "loosedate.h"
#include "parsers.h"
#include "textdecoding.h"

namespace Kairos::Import {

namespace {

// Column positions of the GDELT 2.0 event table (61 tab-separated columns, no header).
enum Column {
    GlobalEventId = 0,
    SqlDate = 1,
    Actor1Code = 5,
    Actor1Name = 6,
    Actor1Type1 = 12,
    Actor2Code = 15,
    Actor2Name = 16,
    Actor2Type1 = 22,
    IsRootEvent = 25,
    EventCode = 26,
    EventBaseCode = 27,
    EventRootCode = 28,
    QuadClass = 29,
    GoldsteinScale = 30,
    NumMentions = 31,
    NumSources = 32,
    NumArticles = 33,
    AvgTone = 34,
    ActionGeoFullName = 52,
    ActionGeoCountry = 53,
    DateAdded = 59,
    SourceUrl = 60,
    ColumnCount = 61,
};

/// The twenty CAMEO root categories, as the CAMEO codebook names them.
QString cameoRootName(const QString& root)
{
    static const char* const names[] = {"Make public statement", "Appeal", "Express intent to cooperate", "Consult",
        "Engage in diplomatic cooperation", "Engage in material cooperation", "Provide aid", "Yield", "Investigate",
        "Demand", "Disapprove", "Reject", "Threaten", "Protest", "Exhibit military posture", "Reduce relations",
        "Coerce", "Assault", "Fight", "Use unconventional mass violence"};
    bool ok = false;
    const int code = root.toInt(&ok);
    return ok && code >= 1 && code <= 20 ? QString::fromLatin1(names[code - 1]) : QStringLiteral("Event");
}

EntityType actorType(const QString& code, const QString& type1)
{
    static const QStringList government = {QStringLiteral("GOV"), QStringLiteral("MIL"), QStringLiteral("JUD"),
        QStringLiteral("LEG"), QStringLiteral("COP"), QStringLiteral("SPY")};
    if (government.contains(type1))
        return EntityType::Government;
    if (type1 == QLatin1String("MED"))
        return EntityType::MediaOutlet;
    if (type1 == QLatin1String("BUS") || type1 == QLatin1String("MNC") || type1 == QLatin1String("NGO")
        || type1 == QLatin1String("IGO") || type1 == QLatin1String("EDU"))
        return EntityType::Organisation;
    if (code.size() == 3 && type1.isEmpty())
        return EntityType::Country;
    return EntityType::Other;
}

} // namespace

void parseGdelt(const ParseContext& context, ParsedFile& out)
{
    out.format = QStringLiteral("gdelt");
    const QString text = decodeText(context.file.bytes, QString(), &out.warnings);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QSet<QString> seenEntities;
    int badRows = 0;
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        const auto date = f.size() == ColumnCount ? parseLooseDate(f.at(SqlDate)) : std::nullopt;
        if (!date) {
            if (++badRows <= 20)
                out.warnings << QStringLiteral("line %1: not a GDELT event row (%2 columns, date \"%3\"), skipped")
                                    .arg(n + 1)
                                    .arg(f.size())
                                    .arg(f.value(SqlDate).left(20));
            continue;
        }
        const QString actor1 = f.at(Actor1Name).trimmed(), actor2 = f.at(Actor2Name).trimmed();
        const QString action = cameoRootName(f.at(EventRootCode));
        QString title = actor1.isEmpty() ? action : actor1 + QLatin1String(": ") + action;
        if (!actor2.isEmpty())
            title += QLatin1String(" \u2192 ") + actor2;
        if (!f.at(ActionGeoFullName).isEmpty())
            title += QLatin1String(" (") + f.at(ActionGeoFullName) + QLatin1Char(')');
        ParsedEvent parsed = makeSourcedEvent(
            title, title, f.at(SourceUrl).trimmed(), QStringLiteral("GDELT event %1").arg(f.at(GlobalEventId)));
        Event& e = parsed.event;
        e.start = date->point;
        e.precision = DatePrecision::Day;
        QJsonObject attributes {{QStringLiteral("source_format"), QStringLiteral("gdelt")},
            {QStringLiteral("gdelt_id"), f.at(GlobalEventId)}, {QStringLiteral("cameo_code"), f.at(EventCode)},
            {QStringLiteral("cameo_base_code"), f.at(EventBaseCode)},
            {QStringLiteral("cameo_root_code"), f.at(EventRootCode)}, {QStringLiteral("quad_class"), f.at(QuadClass)},
            {QStringLiteral("goldstein_scale"), f.at(GoldsteinScale).toDouble()},
            {QStringLiteral("num_mentions"), f.at(NumMentions).toInt()},
            {QStringLiteral("num_sources"), f.at(NumSources).toInt()},
            {QStringLiteral("num_articles"), f.at(NumArticles).toInt()},
            {QStringLiteral("avg_tone"), f.at(AvgTone).toDouble()},
            {QStringLiteral("is_root_event"), f.at(IsRootEvent) == QLatin1String("1")},
            {QStringLiteral("action_country"), f.at(ActionGeoCountry)},
            {QStringLiteral("date_added"), f.at(DateAdded)}};
        e.attributes = attributes;
        const struct
        {
            QString name;
            QString code;
            QString type1;
            const char* role;
        } actors[] = {{actor1, f.at(Actor1Code), f.at(Actor1Type1), "actor"},
            {actor2, f.at(Actor2Code), f.at(Actor2Type1), "object"}};
        for (const auto& actor : actors) {
            if (actor.name.isEmpty())
                continue;
            parsed.entityRoles.append({actor.name, QString::fromLatin1(actor.role)});
            if (!seenEntities.contains(actor.name)) {
                seenEntities.insert(actor.name);
                out.entities.append(ParsedEntity {actor.name, actorType(actor.code, actor.type1), {}});
            }
        }
        out.events.append(parsed);
    }
    if (badRows > 20)
        out.warnings << QStringLiteral("%1 rows in all were not GDELT event rows").arg(badRows);
    if (out.events.isEmpty())
        out.error = QStringLiteral("no GDELT event rows (61 tab-separated columns with a YYYYMMDD date)");
}

} // namespace Kairos::Import

// SPDX-License-Identifier: GPL-3.0-or-later
// Building one proposed event: modality, attribution, roles, date, amounts and title.
#include "eventdetector.h"

#include <QJsonArray>

namespace Kairos::Extract {

namespace {

bool actorType(EntityType type)
{
    return type == EntityType::Government || type == EntityType::Country || type == EntityType::Organisation
        || type == EntityType::Person;
}

// Titles read better with the everyday short forms.
QString shortName(const QString& name)
{
    if (name == QLatin1String("United States"))
        return QStringLiteral("US");
    if (name == QLatin1String("United Kingdom"))
        return QStringLiteral("UK");
    if (name == QLatin1String("European Union"))
        return QStringLiteral("EU");
    return name;
}

} // namespace

Modality EventDetector::modalityFor(const Input& in, int trigger) const
{
    // The cue nearest to the trigger in its clause ("has held a meeting to discuss ... and is
    // expected to make a decision": the decision is expected); the rule order breaks ties.
    int from = trigger;
    while (from > 0) {
        const QString& t = in.tokens[from - 1].lower;
        if (t == QLatin1String(",") || t == QLatin1String(";") || t == QLatin1String("that"))
            break;
        --from;
    }
    const int to = std::min(int(in.tokens.size()), trigger + 1);
    int best = int(m_modality.size());
    int bestEnd = -1;
    for (int i = from; i < to; ++i) {
        const auto it = m_modalityByFirst.constFind(in.tokens[i].lower);
        if (it == m_modalityByFirst.constEnd())
            continue;
        for (const auto& [priority, cue] : *it) {
            const int end = i + int(cue.size());
            if (!phraseAt(in.tokens, i, cue))
                continue;
            if (end > bestEnd || (end == bestEnd && priority < best)) {
                best = priority;
                bestEnd = end;
            }
        }
    }
    return best < m_modality.size() ? m_modality[best].modality : Modality::Occurred;
}

QString EventDetector::attributionFor(const Input& in, QString* entity) const
{
    const QList<Token>& tokens = in.tokens;
    const auto mentionNear = [&](int from, int to) -> const EntityMention* {
        for (const EntityMention& m : in.mentions) {
            if (m.begin >= from && m.begin < to)
                return &m;
        }
        return nullptr;
    };
    for (int i = 0; i < tokens.size(); ++i) {
        for (const QStringList& phrase : m_attributionPhrases) {
            if (!phraseAt(tokens, i, phrase))
                continue;
            const int after = i + int(phrase.size());
            const int limit = std::min(int(tokens.size()) - 1, after + 5);
            if (after <= limit) {
                if (const EntityMention* m = mentionNear(tokens[after].begin, tokens[limit].end)) {
                    *entity = m->entityName;
                    return m->entityName;
                }
            }
        }
        if (!m_speechVerbs.contains(tokens[i].lower) && !m_reportVerbs.contains(tokens[i].lower))
            continue;
        // "U.S. officials said": the source is a group, named by the phrase before the verb.
        if (i >= 1 && m_sourceWords.contains(tokens[i - 1].lower)) {
            int b = i - 1;
            while (b > 0 && tokens[b - 1].word && (tokens[b - 1].capitalized || tokens[b - 1].allCaps))
                --b;
            if (const EntityMention* m = mentionNear(tokens[b].begin, tokens[i - 1].begin))
                *entity = m->entityName;
            return in.text->mid(tokens[b].begin, tokens[i - 1].end - tokens[b].begin);
        }
        // "Sacks stated", "he noted", and the inverted ", said Yeutter".
        const EntityMention* before = nullptr;
        for (const EntityMention& m : in.mentions) {
            if (m.end <= tokens[i].begin && (tokens[i].begin - m.end) < 40)
                before = &m;
        }
        // "David Sacks, the White House advisor ..., stated": the subject before the apposition.
        if (i >= 1 && tokens[i - 1].lower == QLatin1String(",") && !in.mentions.isEmpty()
            && in.mentions.first().type == EntityType::Person && in.mentions.first().begin - tokens.first().begin < 3)
            before = &in.mentions.first();
        if (before && (actorType(before->type) || before->type == EntityType::MediaOutlet)) {
            *entity = before->entityName;
            return before->entityName;
        }
        if (i + 1 < tokens.size()) {
            if (const EntityMention* m = mentionNear(tokens[i + 1].begin, tokens[i + 1].end + 1)) {
                *entity = m->entityName;
                return m->entityName;
            }
        }
    }
    return {};
}

ExtractedEvent EventDetector::build(
    const Input& in, const Hit& hit, const QString& attribution, const QString& attributionEntity) const
{
    ExtractedEvent out;
    Event& e = out.event;
    const Token& trigger = in.tokens[hit.token];
    const int clause = clauseStart(in.tokens, hit.token);
    e.type = hit.type;
    e.status = ReviewStatus::Proposed;
    e.modality = hit.type == QLatin1String("report") || hit.type == QLatin1String("statement")
        ? Modality::Occurred
        : modalityFor(in, hit.token);
    e.attribution = attribution;

    // The actor is the nearest entity before the trigger (the subject), else the first after it.
    const EntityMention* actor = nullptr;
    for (const EntityMention& m : in.mentions) {
        const bool wanted = hit.type == QLatin1String("report") ? m.type == EntityType::MediaOutlet : actorType(m.type);
        if (!wanted || (m.entityName == attributionEntity && hit.type != QLatin1String("statement")))
            continue;
        if (m.end <= trigger.begin)
            actor = &m;
    }
    if (hit.type == QLatin1String("statement") && !attributionEntity.isEmpty()) {
        for (const EntityMention& m : in.mentions) {
            if (m.entityName == attributionEntity)
                actor = &m;
        }
    }
    // "The Trump administration announced its decision to permit": the speaker is also the actor.
    if (!actor && !attributionEntity.isEmpty()) {
        for (const EntityMention& m : in.mentions) {
            if (m.entityName == attributionEntity && m.end <= trigger.begin && actorType(m.type))
                actor = &m;
        }
    }
    if (!actor) {
        const bool report = hit.type == QLatin1String("report");
        for (const EntityMention& m : in.mentions) {
            if (m.begin >= trigger.end && (report ? m.type == EntityType::MediaOutlet : actorType(m.type))) {
                actor = &m;
                break;
            }
        }
    }
    QStringList objects;
    if (actor)
        out.entityRoles.append({actor->entityName, QStringLiteral("actor")});
    for (const EntityMention& m : in.mentions) {
        if (m.begin < trigger.begin || (actor && m.entityName == actor->entityName) || objects.contains(m.entityName))
            continue;
        if (m.type == EntityType::MediaOutlet || objects.size() >= 3)
            continue;
        objects << m.entityName;
        out.entityRoles.append({m.entityName, QStringLiteral("object")});
    }
    if (!attributionEntity.isEmpty() && (!actor || actor->entityName != attributionEntity))
        out.entityRoles.append({attributionEntity, QStringLiteral("attribution")});
    // "Trump administration approves H200 for China": things first, countries after "for".
    QStringList things;
    QStringList places;
    for (const QString& o : std::as_const(objects)) {
        const auto m = std::find_if(
            in.mentions.begin(), in.mentions.end(), [&](const EntityMention& x) { return x.entityName == o; });
        const bool place
            = m != in.mentions.end() && (m->type == EntityType::Country || m->type == EntityType::Government);
        (place ? places : things) << shortName(o);
    }
    // "China approves the purchases": without a named object, the words the trigger governs.
    if (!hit.noun && things.isEmpty()) {
        QStringList words;
        for (int k = hit.tokenEnd; k < in.tokens.size() && words.size() < 3; ++k) {
            const Token& t = in.tokens[k];
            if (words.isEmpty() && m_determiners.contains(t.lower))
                continue;
            if (!t.word || m_titleStopWords.contains(t.lower))
                break;
            words << in.text->mid(t.begin, t.end - t.begin);
        }
        if (!words.isEmpty())
            things << words.join(QLatin1Char(' '));
    }
    // A title always names who acted: the speaker, else the first name in the sentence, else "Unnamed".
    QString who = actor ? shortName(actor->entityName) : attribution;
    if (who.isEmpty() && !in.mentions.isEmpty())
        who = shortName(in.mentions.first().entityName);
    if (who.isEmpty())
        who = m_unnamedActor;
    e.title = m_titles.write(hit.type, e.modality, who,
        in.text->mid(trigger.begin, in.tokens[hit.tokenEnd - 1].end - trigger.begin), hit.noun, things, places);

    // The date: the nearest resolved expression in the trigger's own comma-separated segment, else
    // the nearest in a segment that holds no other trigger.
    const auto segmentOf = [&](int position) {
        int segment = 0;
        for (const Token& t : in.tokens) {
            if (t.begin >= position)
                break;
            if (t.lower == QLatin1String(",") || t.lower == QLatin1String(";"))
                ++segment;
        }
        return segment;
    };
    const int ownSegment = segmentOf(trigger.begin);
    QList<int> claimed;
    for (int token : in.triggers) {
        if (token != hit.token)
            claimed << segmentOf(in.tokens[token].begin);
    }
    const DateExpression* best = nullptr;
    bool bestOwn = false;
    for (const DateExpression& d : in.dates) {
        if (!d.start)
            continue;
        const int segment = segmentOf(d.begin);
        const bool own = segment == ownSegment;
        if (!own && claimed.contains(segment))
            continue;
        const bool closer = !best || qAbs(d.begin - trigger.begin) < qAbs(best->begin - trigger.begin);
        if (!best || (own && !bestOwn) || (own == bestOwn && closer)) {
            best = &d;
            bestOwn = own;
        }
    }
    if (best) {
        e.start = best->start;
        e.precision = best->precision;
        e.notBefore = best->notBefore;
        e.notAfter = best->notAfter;
        e.attributes.insert(QStringLiteral("dateText"), in.text->mid(best->begin, best->end - best->begin));
    } else {
        // Not dated by the text: still placed, no later than the article (unless announced for later).
        const bool future = e.modality == Modality::Planned || e.modality == Modality::Expected;
        if (future)
            e.notBefore = in.published;
        else
            e.notAfter = in.published;
    }
    e.reported = in.published;

    QJsonArray money;
    QJsonArray percent;
    for (const Quantity& q : in.quantities) {
        QJsonObject o {{QStringLiteral("text"), q.text}, {QStringLiteral("amount"), q.amount}};
        if (!q.qualifier.isEmpty())
            o.insert(QStringLiteral("qualifier"), q.qualifier);
        if (q.unit == QLatin1String("%")) {
            percent.append(o);
        } else {
            o.insert(QStringLiteral("currency"), q.unit);
            money.append(o);
        }
    }
    if (!money.isEmpty())
        e.attributes.insert(QStringLiteral("money"), money);
    if (!percent.isEmpty())
        e.attributes.insert(QStringLiteral("percent"), percent);
    e.attributes.insert(
        QStringLiteral("trigger"), in.text->mid(trigger.begin, in.tokens[hit.tokenEnd - 1].end - trigger.begin));

    double confidence = hit.noun ? 0.45 : 0.6;
    confidence += actor ? 0.15 : -0.1;
    confidence += e.start ? 0.1 : 0.0;
    confidence -= clause > 0 && hit.noun ? 0.05 : 0.0;
    e.confidence = std::clamp(confidence, 0.1, 0.95);

    Evidence ev;
    ev.begin = in.sentence.begin;
    ev.end = in.sentence.end;
    ev.sentence = in.text->mid(in.sentence.begin, in.sentence.end - in.sentence.begin);
    e.evidence.append(ev);
    return out;
}

} // namespace Kairos::Extract

// SPDX-License-Identifier: GPL-3.0-or-later
// Building one proposed event: modality, attribution, roles, date, amounts and title.
#include "datemath.h"
#include "eventdetector.h"

#include <QJsonArray>

namespace Kairos::Extract {

namespace {

bool actorType(EntityType type)
{
    return type == EntityType::Government || type == EntityType::Country || type == EntityType::Organisation
        || type == EntityType::Person;
}

// The date a sentence opens with, when only dates come before the comma that ends its opening
// phrase ("Last year, ...", "Earlier this year, in July, ..." gives July), before token limit.
const DateExpression* openingDate(const QList<Token>& tokens, const QList<DateExpression>& dates, int limit)
{
    const DateExpression* opening = nullptr;
    int k = 0;
    while (k < limit) {
        const DateExpression* phrase = nullptr;
        int end = k;
        while (end < limit && tokens[end].lower != QLatin1String(",")) {
            const auto inside = std::find_if(dates.begin(), dates.end(), [&](const DateExpression& d) {
                return d.start && d.begin <= tokens[end].begin && tokens[end].end <= d.end;
            });
            if (inside == dates.end())
                return opening;
            phrase = &*inside;
            ++end;
        }
        if (!phrase || end >= limit)
            return opening;
        opening = phrase;
        k = end + 1;
    }
    return opening;
}

} // namespace

bool EventDetector::isLawProposedInThePast(const QString& verb) const
{
    return verb.endsWith(QLatin1String("ed")) && m_lawProposalVerbs.contains(verb);
}

const EntityMention* EventDetector::venueBefore(const Input& in, const Hit& hit) const
{
    if (!hit.noun || hit.type != m_presenceType || hit.token < 2
        || !m_determiners.contains(in.tokens[hit.token - 2].lower))
        return nullptr;
    for (const EntityMention& m : in.mentions) {
        // A capital, not the country's own name, its initials or its people ("the US talks",
        // "the Chinese talks" are talks with them).
        const QStringView surface = QStringView(*in.text).mid(m.begin, m.end - m.begin);
        if (m.type == EntityType::Country && m.begin == in.tokens[hit.token - 1].begin
            && m.end == in.tokens[hit.token - 1].end && surface != m.entityName && !surface.back().isUpper()
            && !surface.endsWith(u"ese") && !surface.endsWith(u"ish") && !surface.endsWith(u"an"))
            return &m;
    }
    return nullptr;
}

Modality EventDetector::modalityFor(const Input& in, int trigger, bool noun, QString* cueText, bool coordinated) const
{
    // The cue nearest to the trigger in its clause ("has held a meeting to discuss ... and is
    // expected to make a decision": the decision is expected); the rule order breaks ties.
    int from = trigger;
    while (from > 0) {
        const QString& t = in.tokens[from - 1].lower;
        if (t == QLatin1String(",") || t == QLatin1String(";") || t == QLatin1String("that")
            || factClauseAt(in.tokens, from - 1) || (coordinated && m_clauseCoordinators.contains(t)))
            break;
        --from;
    }
    // A noun's verb comes after it: "a verdict is expected", "the meetings scheduled next month".
    int to = std::min(int(in.tokens.size()), trigger + 1);
    if (noun) {
        int limit = std::min(int(in.tokens.size()), trigger + 8);
        // "The meetings, which will be chaired by Tom Kierans, President of ..., will begin in
        // June": the subject's verb comes after what is set off by commas.
        int verbFrom = to;
        if (trigger <= 2) {
            int k = to;
            // "A hearing at the court, which ordered ..., is scheduled": the noun's own words may
            // come before the relative clause.
            int comma = to;
            while (comma < in.tokens.size() && comma < trigger + 8 && in.tokens[comma].word
                && !m_auxiliaries.contains(in.tokens[comma].lower) && !m_beForms.contains(in.tokens[comma].lower)
                && !m_futureAuxiliaries.contains(in.tokens[comma].lower))
                ++comma;
            if (comma + 1 < in.tokens.size() && in.tokens[comma].lower == QLatin1String(",")
                && m_relativePronouns.contains(in.tokens[comma + 1].lower))
                k = comma;
            while (k < in.tokens.size() && k < trigger + 30 && in.tokens[k].lower == QLatin1String(",")) {
                if (k + 1 < in.tokens.size()
                    && (m_auxiliaries.contains(in.tokens[k + 1].lower)
                        || m_futureAuxiliaries.contains(in.tokens[k + 1].lower)))
                    break;
                int next = k + 1;
                while (next < in.tokens.size() && next < trigger + 30 && in.tokens[next].lower != QLatin1String(","))
                    ++next;
                // "The tariffs, announced on Friday by President Reagan, will ...": a dated
                // parenthesis dates the noun itself.
                const int segmentEnd = next < in.tokens.size() ? in.tokens[next].begin : in.sentence.end;
                const bool relativeClause
                    = k + 1 < in.tokens.size() && m_relativePronouns.contains(in.tokens[k + 1].lower);
                if (!relativeClause && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                        return d.begin >= in.tokens[k].end && d.end <= segmentEnd;
                    }))
                    break;
                k = next;
            }
            if (k > to && k < in.tokens.size() && in.tokens[k].lower == QLatin1String(",")) {
                verbFrom = k + 1;
                limit = std::min(int(in.tokens.size()), verbFrom + 6);
            }
        }
        // Not past a new clause or a purpose: "held a meeting to discuss ... and is expected to".
        while (to < limit && !m_nounClauseEnd.contains(in.tokens[to].lower))
            ++to;
        if (verbFrom > to) {
            to = verbFrom;
            while (to < limit && !m_nounClauseEnd.contains(in.tokens[to].lower))
                ++to;
        }
    }
    int best = int(m_modality.size());
    int bestEnd = -1;
    for (int i = from; i < to; ++i) {
        const auto it = m_modalityByFirst.constFind(in.tokens[i].lower);
        if (it == m_modalityByFirst.constEnd())
            continue;
        // "built the plant in May": a month is no doubt ("as early as next month" still looks ahead).
        const bool month = in.tokens[i].capitalized
            && std::any_of(in.dates.begin(), in.dates.end(),
                [&](const DateExpression& d) { return d.begin <= in.tokens[i].begin && in.tokens[i].end <= d.end; });
        if (month)
            continue;
        for (const auto& [priority, cue] : *it) {
            const int end = i + int(cue.size());
            if (!phraseAt(in.tokens, i, cue))
                continue;
            // "Lawmakers proposed a bill": a verb in the past tells what was done, even one that
            // elsewhere marks a plan ("the proposed tariffs").
            if (!noun && i == trigger && end == trigger + 1 && isLawProposedInThePast(in.tokens[i].lower))
                continue;
            // "Nakasone's unpopular plan to introduce a tax": a plan named by a noun sets no modality.
            if (cue.size() == 1 && m_nounGovernors.contains(cue.first())
                && (i == 0 || !m_verbalContext.contains(in.tokens[i - 1].lower)))
                continue;
            // "several planned projects had been put on hold": a plan word between a determiner and
            // another noun than the trigger's describes that noun.
            // Not "an expected restructuring of the joint venture": the trigger is what it is of.
            const auto apart = [&] {
                for (int k = i + 2; k < trigger; ++k) {
                    const QString& w = in.tokens[k].lower;
                    if (w == QLatin1String("of"))
                        return false;
                    if (w == QLatin1String(",") || m_prepositions.contains(w) || m_auxiliaries.contains(w))
                        return true;
                }
                return false;
            };
            if (cue.size() == 1 && i >= 1 && i + 1 < trigger && in.tokens[i + 1].word
                && (m_determiners.contains(in.tokens[i - 1].lower)
                    || m_objectQuantifiers.contains(in.tokens[i - 1].lower) || in.tokens[i - 1].number
                    || m_numberWords.contains(in.tokens[i - 1].lower))
                && !m_purposeMarkers.contains(in.tokens[i + 1].lower) && apart())
                continue;
            // "will not revoke the order" denies the revoking; "South Africa will not be invited to
            // the summit" and "the merger would not alter ..." deny nothing of the trigger's.
            if (m_modality[priority].modality == Modality::Denied && m_futureAuxiliaries.contains(cue.first())
                && (noun || end != trigger))
                continue;
            if (end > bestEnd || (end == bestEnd && priority < best)) {
                best = priority;
                bestEnd = end;
                if (cueText)
                    *cueText = cue.join(QLatin1Char(' '));
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
    // Not where the speaker is from: "a Bangkok-based fund manager said".
    const auto origin = [&](const EntityMention& m) {
        return m.end + 1 < in.text->size() && in.text->at(m.end) == QLatin1Char('-')
            && in.text->at(m.end + 1).isLower();
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
            if (const EntityMention* m = mentionNear(tokens[b].begin, tokens[i - 1].begin); m && !origin(*m))
                *entity = m->entityName;
            return in.text->mid(tokens[b].begin, tokens[i - 1].end - tokens[b].begin);
        }
        // "Sacks stated", "he noted", and the inverted ", said Yeutter".
        const EntityMention* before = nullptr;
        for (const EntityMention& m : in.mentions) {
            if (m.end <= tokens[i].begin && (tokens[i].begin - m.end) < 40 && !origin(m))
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
        // "told Reuters": who is told is not who speaks. "then added graphite in December": nor
        // is a thing added.
        if (i + 1 < tokens.size() && !m_listenerVerbs.contains(tokens[i].lower)) {
            if (const EntityMention* m = mentionNear(tokens[i + 1].begin, tokens[i + 1].end + 1);
                m && (!m_listingVerbs.contains(tokens[i].lower) || actorType(m->type))) {
                *entity = m->entityName;
                return m->entityName;
            }
        }
    }
    return {};
}

ExtractedEvent EventDetector::build(
    const Input& in, const Hit& hit, const QString& attribution, const QString& attributionEntity, bool* notNews) const
{
    ExtractedEvent out;
    Event& e = out.event;
    const Token& trigger = in.tokens[hit.token];
    const int clause = clauseStart(in.tokens, hit.token);
    e.type = hit.type;
    e.status = ReviewStatus::Proposed;
    QString cue;
    e.modality = hit.type == QLatin1String("report") || hit.type == QLatin1String("statement") || hit.refused
        ? Modality::Occurred
        : modalityFor(in, hit.token, hit.noun, &cue, hit.datedApart);
    // "Four major Japanese steelmakers plan to form a cartel": the plan word is the verb itself.
    if (!hit.noun && e.modality == Modality::Occurred && m_planCues.contains(trigger.lower)
        && !isLawProposedInThePast(trigger.lower)) {
        e.modality = Modality::Planned;
        cue = trigger.lower;
    }
    // "would suspend the controls it unveiled on Oct. 9": what the noun's own clause tells in the
    // past happened, whatever the sentence around it plans.
    if (hit.toldOfNoun
        && ((trigger.lower.size() > 4 && trigger.lower.endsWith(QLatin1String("ed")))
            || m_pastForms.contains(trigger.lower))) {
        e.modality = Modality::Occurred;
        cue.clear();
    }
    if (e.modality == Modality::Occurred && engagedIn(in, hit))
        e.modality = Modality::Ongoing;
    // "officials are holding a fifth round of trade talks": talks going on as the news is told.
    for (int k = hit.token - 1; hit.noun && e.modality == Modality::Occurred && k >= 1 && k >= hit.token - 6; --k) {
        if (!in.tokens[k].word)
            break;
        if (m_holdVerbs.contains(in.tokens[k].lower) && in.tokens[k].lower.endsWith(QLatin1String("ing"))
            && m_presentBeForms.contains(in.tokens[k - 1].lower))
            e.modality = Modality::Ongoing;
    }
    // "would face a 40% tariff under a trade deal reached with Hanoi": the participle tells it done.
    if (hit.occasion && !hit.drafted && hit.tokenEnd < in.tokens.size()
        && !m_speechVerbs.contains(in.tokens[hit.tokenEnd].lower)
        && (in.tokens[hit.tokenEnd].lower.endsWith(QLatin1String("ed"))
            || m_pastForms.contains(in.tokens[hit.tokenEnd].lower)))
        e.modality = Modality::Occurred;
    // "the company announced on Friday during the APEC summit": the summit in passing was held;
    // the announcing is another happening's.
    if (hit.occasion && hit.type == m_presenceType && !hit.drafted && e.modality == Modality::Announced)
        e.modality = Modality::Occurred;
    if ((hit.agreed || hit.drafted) && (e.modality == Modality::Occurred || e.modality == Modality::Expected))
        e.modality = Modality::Planned;
    if (hit.denied)
        e.modality = Modality::Denied;
    e.attribution = attribution;

    // The actor is the nearest entity before the trigger (the subject), else the first after it.
    // Not one inside a relative clause that closes before the trigger ("Huawei, which was placed
    // on the U.S. entity list in 2019, plans to double output").
    const auto inClosedRelative = [&](int position) {
        int k = 0;
        while (k < hit.token && in.tokens[k].end <= position)
            ++k;
        int open = -1;
        for (int b = k - 1; b >= 1 && open < 0; --b) {
            if (in.tokens[b - 1].lower == QLatin1String(",") && m_relativePronouns.contains(in.tokens[b].lower))
                open = b;
            else if (in.tokens[b].lower == QLatin1String(",") || in.tokens[b].lower == QLatin1String(";"))
                break;
        }
        for (int f = k; open >= 0 && f < hit.token; ++f) {
            if (in.tokens[f].lower == QLatin1String(","))
                return true;
        }
        return false;
    };
    // "Huawei, China's biggest developer of AI chips, launched": what stands between the commas
    // describes the name before them, which is the doer.
    const auto inApposition = [&](const EntityMention& m) {
        int at = 0;
        while (at < hit.token && in.tokens[at].begin < m.begin)
            ++at;
        int open = at - 1;
        while (open > 0 && at - open <= 6 && in.tokens[open].word)
            --open;
        if (open <= 0 || in.tokens[open].lower != QLatin1String(",")
            || std::none_of(in.mentions.begin(), in.mentions.end(),
                [&](const EntityMention& x) { return actorType(x.type) && x.end == in.tokens[open - 1].end; }))
            return false;
        int close = at;
        while (close < hit.token && close - at <= 10 && in.tokens[close].word)
            ++close;
        if (close >= hit.token || in.tokens[close].lower != QLatin1String(","))
            return false;
        for (int k = close + 1; k < hit.token; ++k) {
            if (!m_auxiliaries.contains(in.tokens[k].lower) && !m_adverbs.contains(in.tokens[k].lower))
                return false;
        }
        return true;
    };
    const EntityMention* actor = nullptr;
    for (const EntityMention& m : in.mentions) {
        const bool wanted = hit.type == QLatin1String("report") ? m.type == EntityType::MediaOutlet : actorType(m.type);
        if (!wanted || (m.entityName == attributionEntity && hit.type != QLatin1String("statement")))
            continue;
        if (m.end <= trigger.begin && (inClosedRelative(m.begin) || inApposition(m)))
            continue;
        // "Baldrige will stop in Hong Kong to meet ...": a place where something happens is not
        // its doer, nor is where goods go ("exports of its H20 chip to China would require").
        const auto next = std::lower_bound(in.tokens.begin(), in.tokens.end(), m.begin,
            [](const Token& t, int position) { return t.begin < position; });
        const bool placed = m.type == EntityType::Country && next != in.tokens.begin()
            && ((actor && m_presencePrepositions.contains(std::prev(next)->lower))
                || m_destinationPrepositions.contains(std::prev(next)->lower));
        // "exports of US-made AI chips", "a Taiwan-based supplier": where a thing comes from.
        // Not "U.S.-China talks", where both sides take part.
        if (m.end + 1 < in.text->size() && in.text->at(m.end) == QLatin1Char('-') && in.text->at(m.end + 1).isLower())
            continue;
        if (m.end <= trigger.begin && !placed && venueBefore(in, hit) != &m)
            actor = &m;
    }
    // "The ministry announced the tariffs as officials held talks": a clause of fact with a
    // subject of its own names no doer before it ("after securing licences" shares the subject,
    // "since it decided" names it again).
    int factOpener = -1;
    for (int k = hit.token - 2; k >= 0 && k >= hit.token - 5 && factOpener < 0; --k) {
        if (factClauseAt(in.tokens, k))
            factOpener = k;
    }
    for (int k = factOpener + 1; factOpener >= 0 && k < hit.token; ++k) {
        if (m_subjectPronouns.contains(in.tokens[k].lower))
            factOpener = -1;
    }
    // "Huang met Trump ... and is scheduled to visit Beijing": the first clause's subject.
    if (hit.sharedSubject && factOpener < 0) {
        const auto first = std::find_if(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
            return actorType(m.type) && m.end <= trigger.begin && !inClosedRelative(m.begin);
        });
        if (first != in.mentions.end())
            actor = &*first;
    }
    // "SAMR said the breach related to Nvidia's deal with Mellanox, and that it would carry out a
    // further investigation": the pronoun of a second clause of what was said is the speaker.
    for (int k = hit.token - 1; k >= 2 && k >= hit.token - 8 && !attributionEntity.isEmpty(); --k) {
        if (isClauseMark(in.tokens[k]))
            break;
        // ", adding that it had consulted closely with ...": so is the pronoun of words added.
        if (!m_subjectPronouns.contains(in.tokens[k].lower) || in.tokens[k - 1].lower != QLatin1String("that")
            || (in.tokens[k - 2].lower != QLatin1String("and")
                && !m_speechParticiples.contains(in.tokens[k - 2].lower)))
            continue;
        const auto speaker = std::find_if(in.mentions.begin(), in.mentions.end(),
            [&](const EntityMention& m) { return m.entityName == attributionEntity && actorType(m.type); });
        if (speaker != in.mentions.end())
            actor = &*speaker;
        break;
    }
    // "..., and a final decision is expected soon": an event noun that is its clause's subject
    // names no doer near it; the sentence's subject is the one who will act, not the last name
    // of the clause before ("import Nvidia's H200").
    const auto determinerAt = [&](int k) { return k >= 0 && m_determiners.contains(in.tokens[k].lower); };
    if (hit.noun && hit.tokenEnd < in.tokens.size() && hit.type != QLatin1String("report")
        && (m_beForms.contains(in.tokens[hit.tokenEnd].lower) || m_auxiliaries.contains(in.tokens[hit.tokenEnd].lower))
        && (determinerAt(hit.token - 1) || determinerAt(hit.token - 2))) {
        for (const EntityMention& m : in.mentions) {
            if (actorType(m.type) && m.entityName != attributionEntity && m.end <= trigger.begin) {
                actor = &m;
                break;
            }
        }
    }
    if (hit.type == QLatin1String("statement") && !attributionEntity.isEmpty()) {
        for (const EntityMention& m : in.mentions) {
            if (m.entityName == attributionEntity)
                actor = &m;
        }
    }
    // "a final decision by President Reagan on April 17": the agent is named after the noun.
    if (hit.ownDay && hit.tokenEnd < in.tokens.size()) {
        const int from = in.tokens[hit.tokenEnd].end;
        for (const EntityMention& m : in.mentions) {
            if (m.begin >= from && m.begin - from <= 2 && actorType(m.type))
                actor = &m;
        }
    }
    // "a $5 billion investment pledged by Nvidia": the participle names who did it.
    if (hit.noun && hit.tokenEnd + 1 < in.tokens.size()
        && m_agentPrepositions.contains(in.tokens[hit.tokenEnd + 1].lower)) {
        const QString& participle = in.tokens[hit.tokenEnd].lower;
        const int from = in.tokens[hit.tokenEnd + 1].end;
        if ((participle.size() > 4 && participle.endsWith(QLatin1String("ed"))) || m_pastForms.contains(participle)) {
            for (const EntityMention& m : in.mentions) {
                if (m.begin >= from && m.begin - from <= 2 && actorType(m.type))
                    actor = &m;
            }
        }
    }
    // "Trump's 10% tariff on all Chinese imports took effect": what takes effect has no doer.
    QStringList triggerKeys;
    for (int k = hit.token; k < hit.tokenEnd; ++k)
        triggerKeys << in.tokens[k].lower;
    const bool takesEffect = !hit.noun && m_subjectTypedVerbs.contains(triggerKeys.join(QLatin1Char(' ')));
    // "U.S. Tariffs are due to take effect": unless the name is part of what takes effect.
    int afterActor = 0;
    while (actor && afterActor < in.tokens.size() && in.tokens[afterActor].begin < actor->end)
        ++afterActor;
    if (takesEffect && !(afterActor < hit.token && nounTriggerAt(in.tokens, afterActor)))
        actor = nullptr;
    if (factOpener >= 0 && actor && actor->end <= in.tokens[factOpener].begin)
        actor = nullptr;
    // "The Trump administration announced its decision to permit": the speaker is also the actor.
    if (!actor && !attributionEntity.isEmpty() && factOpener < 0) {
        for (const EntityMention& m : in.mentions) {
            if (m.entityName == attributionEntity && m.end <= trigger.begin && actorType(m.type))
                actor = &m;
        }
    }
    // "Toshiba shares rose 4%, while rival Fujitsu gained 1%", "..., and Argentina discouraged":
    // what a clause with a deed of its own names belongs to that deed, as doer or object.
    int objectsEnd = in.text->size();
    for (int k = hit.tokenEnd + 1; k + 1 < in.tokens.size() && objectsEnd == in.text->size(); ++k) {
        if ((m_contrastMarks.contains(in.tokens[k].lower) || m_clauseCoordinators.contains(in.tokens[k].lower))
            && in.tokens[k - 1].lower == QLatin1String(",")
            && std::any_of(in.triggers.begin(), in.triggers.end(), [&](int t) { return t > k; }))
            objectsEnd = in.tokens[k].begin;
    }
    // "a tariff that has applied to most Taiwanese goods": the country whose goods a measure falls
    // on is what it is aimed at, not its doer.
    const auto aimedAt = [&](const EntityMention& m) {
        if (m.type != EntityType::Country)
            return false;
        int k = int(std::lower_bound(in.tokens.begin(), in.tokens.end(), m.begin, [](const Token& t, int position) {
            return t.begin < position;
        }) - in.tokens.begin());
        int after = k;
        while (after < in.tokens.size() && in.tokens[after].begin < m.end)
            ++after;
        if (after >= in.tokens.size() || !m_targetGoods.contains(in.tokens[after].lower))
            return false;
        for (int back = 1; back <= 3 && k - back >= 0; ++back) {
            const Token& t = in.tokens[k - back];
            if (m_targetPrepositions.contains(t.lower))
                return true;
            if (!t.word || t.capitalized)
                return false;
        }
        return false;
    };
    if (!actor && !takesEffect) {
        const bool report = hit.type == QLatin1String("report");
        for (const EntityMention& m : in.mentions) {
            if (m.begin >= trigger.end && m.begin < objectsEnd && !aimedAt(m)
                && (report ? m.type == EntityType::MediaOutlet : actorType(m.type))) {
                actor = &m;
                break;
            }
        }
    }
    QStringList objects;
    // "after two days of talks between ...": a meeting told in passing names no doer before it.
    if (hit.occasion && hit.owner < 0 && actor && actor->end <= trigger.begin)
        actor = nullptr;
    // "the US company's purchase of Autotalks", "its acquisition of Mellanox": the owner did it.
    if (hit.owner >= 0) {
        const Token& owner = in.tokens[hit.owner];
        // "its", "the company's": the last company named before, rather than a country.
        const EntityMention* named = nullptr;
        const EntityMention* place = nullptr;
        for (const EntityMention& m : in.mentions) {
            if (m.begin <= owner.begin && owner.end <= m.end) {
                named = &m;
                break;
            }
            if (!owner.capitalized && m.end <= owner.begin && actorType(m.type)) {
                const bool country = m.type == EntityType::Country || m.type == EntityType::Government;
                (country ? place : named) = &m;
            }
        }
        actor = named ? named : place;
    }
    // "a tariff that President Donald Trump had announced on April 2": the relative clause's own
    // subject did it, even when it is also the sentence's speaker.
    if (hit.toldOfNoun && !hit.noun) {
        int subjectEnd = hit.token;
        while (subjectEnd > 0 && m_auxiliaries.contains(in.tokens[subjectEnd - 1].lower))
            --subjectEnd;
        for (const EntityMention& m : in.mentions) {
            if (subjectEnd > 0 && m.end == in.tokens[subjectEnd - 1].end && actorType(m.type))
                actor = &m;
        }
    }
    if (actor)
        out.entityRoles.append({actor->entityName, QStringLiteral("actor")});
    for (const EntityMention& m : in.mentions) {
        if (m.begin < trigger.begin || m.begin >= objectsEnd || (actor && m.entityName == actor->entityName)
            || objects.contains(m.entityName))
            continue;
        if (m.type == EntityType::MediaOutlet || objects.size() >= 3)
            continue;
        objects << m.entityName;
        out.entityRoles.append({m.entityName, QStringLiteral("object")});
    }
    if (!attributionEntity.isEmpty() && (!actor || actor->entityName != attributionEntity))
        out.entityRoles.append({attributionEntity, QStringLiteral("attribution")});
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
    // "The duties, announced in September after an investigation that Commerce opened in April":
    // a deed told of an event noun claims no day before that noun.
    QList<std::pair<int, int>> claimed; // segment, and where the claim starts in it
    for (int token : in.triggers) {
        if (token == hit.token)
            continue;
        const int noun = reducedRelative(in, token);
        claimed.append({segmentOf(in.tokens[token].begin), noun >= 0 ? in.tokens[noun].begin : 0});
    }
    const bool future = e.modality == Modality::Planned || e.modality == Modality::Expected;
    // Past tense: "imposed", "held", "has approved", "was held"; a noun is dated by its clause.
    const QString& form = trigger.lower;
    bool pastTense = hit.noun || form.endsWith(QLatin1String("ed")) || m_pastForms.contains(form);
    for (int k = hit.token - 1; k >= 0 && k >= hit.token - 3 && !pastTense; --k)
        pastTense = m_pastAuxiliaries.contains(in.tokens[k].lower);
    int spoken = -1; // "said last week that the U.S. would impose tariffs": the plan was announced then
    for (int i = 0; i < hit.token && spoken < 0; ++i) {
        if (m_speechVerbs.contains(in.tokens[i].lower))
            spoken = i;
    }
    const DateExpression* best = nullptr;
    const DateExpression* deadline = nullptr; // "by the end of this year": a bound, not a day
    bool bestOwn = false;
    bool bestAnnounces = false;
    int before = -1; // the token before the date expression
    const DateExpression* previous = nullptr;
    // "plan to form a cartel for a year from April", published in March: a plan dated by a month
    // or a day whose year was only guessed means the next one.
    QList<DateExpression> dates = in.dates;
    for (DateExpression& d : dates) {
        // "Taiwan's cabinet on March 3 approved", told in December: the March before, not after.
        // A day just ahead stays a deadline or an effective date ("for the year starting April 1").
        if (!future && pastTense && d.yearGuessed && d.start && in.published
            && *d.start > DateMath::addMonths(*in.published, 2)) {
            d.start = DateMath::addMonths(*d.start, -12);
            if (d.periodEnd)
                d.periodEnd = DateMath::addMonths(*d.periodEnd, -12);
            continue;
        }
        // "is scheduled to meet ... on Tuesday", told far from "scheduled": the coming Tuesday.
        // Not the day of the words that told the plan ("..., Lutnick said on Tuesday", "the White
        // House said in a fact sheet on Saturday", "under an agreement unveiled on Tuesday").
        bool saidOn = false;
        for (int k = hit.tokenEnd; k < in.tokens.size() && in.tokens[k].end <= d.begin && !saidOn; ++k)
            saidOn = m_speechVerbs.contains(in.tokens[k].lower) || m_announcingParticiples.contains(in.tokens[k].lower);
        if (future && d.weekGuessed && d.start && !saidOn && (spoken < 0 || d.begin > trigger.begin)) {
            d.start = d.start->addDays(7);
            d.periodEnd = d.start->periodEnd(DatePrecision::Day);
            continue;
        }
        if (!future || !d.yearGuessed || d.seenFromThePast || !d.start || !in.published
            || *d.start >= in.published->floor(DatePrecision::Day) || (spoken >= 0 && d.begin < trigger.begin))
            continue;
        const TimePoint next = DateMath::addMonths(*d.start, 12);
        if (next >= in.published->floor(DatePrecision::Day)) {
            d.start = next;
            if (d.periodEnd)
                d.periodEnd = DateMath::addMonths(*d.periodEnd, 12);
        }
    }
    // A date inside a relative clause dates what the clause says of its noun, not the happening
    // told outside it ("Herstatt Bank, which collapsed in 1974, ... a court ruled").
    const QList<bool> relative = relativeClauses(in);
    const auto inRelative = [&](int position) {
        for (int k = 0; k < in.tokens.size(); ++k) {
            if (in.tokens[k].begin >= position)
                return relative[k];
        }
        return false;
    };
    const bool triggerRelative = relative[hit.token];
    const auto ownDateAfter = [&](int from) {
        for (int k = from; k < in.tokens.size() && !isClauseMark(in.tokens[k]); ++k) {
            if (std::any_of(dates.begin(), dates.end(),
                    [&](const DateExpression& x) { return x.start && x.begin == in.tokens[k].begin; }))
                return true;
        }
        return false;
    };
    const int opener = participleOpenerEnd(in);
    const bool triggerInOpener = opener > 0 && hit.token < opener;
    for (const DateExpression& d : std::as_const(dates)) {
        if (!d.start || (!triggerRelative && inRelative(d.begin)))
            continue;
        // "ruled on Aug. 29 that the tariffs Trump imposed were illegal": the ruling's day; "agreed
        // to suspend the controls it had announced on Oct. 9": the announcement's.
        // "its 2020 acquisition": the year between the owner and the noun is the noun's own.
        const bool ownYear = hit.owner >= 0 && d.begin >= in.tokens[hit.owner].end && d.end <= trigger.begin;
        // "announced on Friday during the APEC summit": the day the passing meeting was going on.
        int setting = hit.token - 1;
        while (hit.occasion && setting > 0 && hit.token - setting < 5 && in.tokens[setting].end > d.end
            && !m_occasionDayPrepositions.contains(in.tokens[setting].lower))
            --setting;
        const bool occasionDay = hit.occasion && hit.type == m_presenceType && setting > 0
            && m_occasionDayPrepositions.contains(in.tokens[setting].lower) && in.tokens[setting - 1].end == d.end;
        if ((hit.toldOfNoun || hit.caused || hit.owner >= 0 || hit.occasion || hit.datedApart)
            && d.begin < trigger.begin && !ownYear && !occasionDay)
            continue;
        if (!hit.toldOfNoun && toldOfNounBefore(in, hit.tokenEnd, d.begin))
            continue;
        // "Tencent on Thursday denied a media report": the day of the denial, not of the report.
        bool rejectedSince = false;
        for (int k = hit.token - 1; hit.type == m_reportType && k >= 0 && in.tokens[k].begin >= d.end && !rejectedSince;
             --k) {
            const auto p = m_phrases.constFind(in.tokens[k].lower);
            rejectedSince = p != m_phrases.constEnd() && std::any_of(p->begin(), p->end(), [&](const Phrase& x) {
                return !x.noun && x.type == m_refusalType;
            });
        }
        if (rejectedSince)
            continue;
        if (opener > 0 && !triggerInOpener && d.end <= in.tokens[opener].begin)
            continue;
        // "resumed sales earlier in July after Washington agreed to lift a requirement": a day told
        // of a deed before a clause of fact is that deed's, not the clause's ("a day after" dates
        // the clause from it).
        bool mainClauseDay = false;
        for (int k = hit.token - 1; k > 0 && in.tokens[k].begin >= d.end && !mainClauseDay; --k) {
            const bool measured = std::any_of(dates.begin(), dates.end(),
                [&](const DateExpression& x) { return x.begin <= in.tokens[k].begin && in.tokens[k].end <= x.end; });
            mainClauseDay = m_priorClauseOpeners.contains(in.tokens[k].lower) && !measured && factClauseAt(in.tokens, k)
                && std::any_of(in.triggers.begin(), in.triggers.end(),
                    [&](int t) { return t != hit.token && in.tokens[t].end <= d.begin; });
        }
        if (mainClauseDay)
            continue;
        // "submitted in February and is expected to pass in June": the first predicate's day, when
        // the second has one of its own ("appeared on Wednesday and pleaded not guilty" shares it).
        // Words said are not dated by what they tell ("and predicted the surplus would fall from 1986").
        const bool saying = hit.type == QLatin1String("statement") || hit.type == m_reportType;
        if (!saying && d.end <= trigger.begin && secondPredicate(in, d.end, hit.token) && ownDateAfter(hit.tokenEnd))
            continue;
        // "on Thursday and Friday", "from April 21 to 24": a span starts on its first day.
        const DateExpression* spanStart = previous;
        previous = &d;
        if (spanStart && spanStart->precision == d.precision && spanStart->end <= d.begin
            && m_dateSpanConnectors.contains(
                in.text->mid(spanStart->end, d.begin - spanStart->end).trimmed().toLower()))
            continue;
        // A happening told in the past tense is not dated after the article: such a date is a
        // deadline, an effective date or a later step ("adopted a budget for the year starting
        // April 1"). The present tense tells a schedule ("the tariffs take effect on April 17").
        if (!future && pastTense && in.published && *d.start > *in.published)
            continue;
        // A plan is not dated before the article ("to comply with a July 1986 agreement"), except
        // by the words that announced it or when told as it stood before ("were due to ... on Dec. 1").
        const bool past = future && !d.seenFromThePast && in.published
            && (d.periodEnd ? *d.periodEnd <= *in.published : *d.start < in.published->floor(DatePrecision::Day));
        // "The government will take a stake in Intel, Lutnick said on Friday": so are words told after
        // it, and the terms of a deal made public ("will buy chips under an agreement unveiled on Tuesday").
        // "..., Wei told shareholders on Tuesday", "the minister said in Tokyo on Tuesday": who
        // heard the words, and where, may stand between them and their day.
        bool saidThen = false;
        for (int k = hit.tokenEnd; past && k < in.tokens.size() && in.tokens[k].end <= d.begin && !saidThen; ++k) {
            const QString& w = in.tokens[k].lower;
            if (!m_speechVerbs.contains(w) && !m_announcingParticiples.contains(w))
                continue;
            int setting = k + 1;
            while (setting < in.tokens.size() && setting - k <= 4 && in.tokens[setting].end <= d.begin
                && in.tokens[setting].word
                && (m_listenerVerbs.contains(w) || in.tokens[setting].capitalized
                    || m_prepositions.contains(in.tokens[setting].lower)
                    || m_determiners.contains(in.tokens[setting].lower)))
                ++setting;
            saidThen = d.begin - in.tokens[k].end <= 4
                || (setting < in.tokens.size() && in.tokens[setting].begin >= d.begin);
        }
        const bool announces = past && ((spoken >= 0 && d.begin < trigger.begin) || saidThen);
        if (past && !announces)
            continue;
        // "extended until April 17": the end of a period, not the day something happened.
        while (before + 1 < in.tokens.size() && in.tokens[before + 1].end <= d.begin)
            ++before;
        // "by the end of the year": a deadline too.
        int deadlineCue = before;
        while (deadlineCue > 0 && before - deadlineCue < 4 && m_periodParts.contains(in.tokens[deadlineCue].lower))
            --deadlineCue;
        if (deadlineCue >= 0 && m_deadlineCues.contains(in.tokens[deadlineCue].lower)) {
            if (!deadline && d.begin > trigger.begin)
                deadline = &d;
            continue;
        }
        // "has been barred since April": a state is dated by its start, as annotators date it.
        // "... since the Trump administration approved the exports on December 8": a day inside a
        // "since" clause after the trigger only bounds it.
        const bool sinceDate = in.text->mid(d.begin, 6).compare(QLatin1String("since "), Qt::CaseInsensitive) == 0
            || (before >= 0 && in.tokens[before].lower == QLatin1String("since"));
        bool sinceClause = false;
        for (int k = hit.tokenEnd; k < in.tokens.size() && in.tokens[k].end <= d.begin && !sinceClause && !sinceDate;
             ++k)
            sinceClause = in.tokens[k].lower == QLatin1String("since");
        // "... on Tuesday, in what would be the fifth round of talks since April": a plan starts
        // nothing at a "since"; the day only bounds it. Nor do words last ("Huang has said the
        // share has fallen to 50% from 95% since 2022").
        const bool spokenWords = hit.type == QLatin1String("statement") || hit.type == m_reportType;
        if (sinceClause || (sinceDate && (future || spokenWords))) {
            if (!e.notBefore || *e.notBefore < *d.start)
                e.notBefore = d.start;
            continue;
        }
        // "accused Japan of failing to honour a September 1986 agreement": a date that qualifies
        // another noun dates that, unless the noun is the event's own ("the April 17 imposition").
        // "said that on Thursday ...": after a speech verb the word opens a clause.
        // "reported third-quarter orders on Wednesday": a hyphened period before a noun qualifies it.
        const QStringView dateText = QStringView(*in.text).mid(d.begin, d.end - d.begin);
        const bool hyphenedPeriod = d.precision == DatePrecision::Quarter && dateText.contains(QLatin1Char('-'))
            && d.end + 1 < in.text->size() && in.text->at(d.end) == QLatin1Char(' ')
            && in.text->at(d.end + 1).isLower();
        const bool attributive = hyphenedPeriod
            || (before >= 0 && m_determiners.contains(in.tokens[before].lower)
                && !(before >= 1 && m_speechVerbs.contains(in.tokens[before - 1].lower)));
        if (attributive && !(d.end <= trigger.begin && trigger.begin - d.end <= 24))
            continue;
        const int segment = segmentOf(d.begin);
        const bool own = segment == ownSegment;
        if (!own && std::any_of(claimed.begin(), claimed.end(), [&](const std::pair<int, int>& claim) {
                return claim.first == segment && d.begin >= claim.second;
            }))
            continue;
        const bool closer = !best || qAbs(d.begin - trigger.begin) < qAbs(best->begin - trigger.begin);
        if (!best || (own && !bestOwn) || (own == bestOwn && closer)) {
            best = &d;
            bestOwn = own;
            bestAnnounces = announces;
        }
    }
    // "halted production in April, when Washington imposed a licence requirement": the day the
    // "when" clause hangs from.
    // "in August, when two Chinese nationals in Los Angeles were charged": the clause's subject may
    // be long, but not past another clause.
    for (int k = hit.token - 1; !best && k >= 2 && k >= hit.token - 10 && !isClauseMark(in.tokens[k]); --k) {
        if (in.tokens[k].lower != QLatin1String("when") || in.tokens[k - 1].lower != QLatin1String(","))
            continue;
        const int comma = in.tokens[k - 1].begin;
        for (const DateExpression& d : std::as_const(dates)) {
            if (d.start && d.end <= comma && comma - d.end <= 1)
                best = &d;
        }
    }
    // "Earlier this year, in July, Washington pushed back the start to Aug. 1": a sentence that
    // opens with nothing but its date dates what its first verb tells, unless the verb's own date
    // narrows it ("Last year, Intel said on March 3, 2024").
    const bool firstTrigger
        = std::none_of(in.triggers.begin(), in.triggers.end(), [&](int t) { return t < hit.token; });
    if (best && !hit.noun && firstTrigger) {
        const DateExpression* opening = openingDate(in.tokens, dates, hit.token);
        const bool narrows
            = opening && opening->periodEnd && *best->start >= *opening->start && *best->start < *opening->periodEnd;
        if (opening && !narrows)
            best = opening;
    }
    // "in July, Washington pushed back the tariffs, and it later set Taiwan's rate": after that day,
    // not on it.
    int afterwards = hit.token - 1;
    while (afterwards > 0 && m_auxiliaries.contains(in.tokens[afterwards].lower))
        --afterwards;
    if (best && best->end <= trigger.begin && afterwards >= 0
        && m_afterwardsAdverbs.contains(in.tokens[afterwards].lower)) {
        e.notBefore = best->start;
        best = nullptr;
        bestAnnounces = false;
    }
    if (bestAnnounces)
        e.modality = Modality::Announced;
    // "The tariffs take effect on April 17": a present tense with a date ahead is a schedule.
    if (best && !future && !pastTense && in.published && *best->start > *in.published)
        e.modality = Modality::Planned;
    // "Intel will make the chips", "the tariffs would be eliminated as soon as ...": after the lead,
    // an undated "will" or "would" tells the terms or the consequences of what was reported, or a
    // forecast; a plan of its own is said so ("plans to build", "scheduled"), and an expectation
    // with a deadline is news ("is expected to deliver samples by the end of this year").
    // "The embassy said Japan would complain to GATT": "would" after a past speech verb reports
    // an actor's intention, unless what "would be" done is only undergone ("the tariffs would be
    // eliminated as soon as ...").
    bool intention = false;
    if ((cue == QLatin1String("would") || cue == QLatin1String("will")) && spoken >= 0) {
        int would = hit.token - 1;
        while (would > spoken && in.tokens[would].lower != cue)
            --would;
        const bool passive = would + 1 < in.tokens.size() && m_beForms.contains(in.tokens[would + 1].lower);
        const int subject = in.tokens[std::max(spoken, would - 3)].begin;
        // "Lawmakers said they would revisit the bill", "said ..., and that it would carry out a
        // further investigation": a pronoun is the speaker again.
        const bool actorSubject
            = std::any_of(in.mentions.begin(), in.mentions.end(),
                  [&](const EntityMention& m) {
                      return m.begin >= subject && m.end <= in.tokens[would].begin && actorType(m.type);
                  })
            || ((would == spoken + 2 || (would >= 2 && in.tokens[would - 2].lower == QLatin1String("that")))
                && m_subjectPronouns.contains(in.tokens[would - 1].lower));
        intention = would > spoken && !passive && actorSubject;
    }
    // "Nvidia will sell 18,000 chips to Humain, the companies said": so does the speech verb after it.
    if (!intention && spoken < 0 && (cue == QLatin1String("would") || cue == QLatin1String("will"))) {
        int aux = hit.token - 1;
        while (aux >= 0 && in.tokens[aux].lower != cue)
            --aux;
        bool comma = false;
        bool trailingSpeech = false;
        for (int k = hit.tokenEnd; k < in.tokens.size() && !trailingSpeech; ++k) {
            comma = comma || in.tokens[k].lower == QLatin1String(",");
            trailingSpeech = comma && m_plainSpeechVerbs.contains(in.tokens[k].lower);
        }
        const bool passive = aux >= 0 && aux + 1 < in.tokens.size() && m_beForms.contains(in.tokens[aux + 1].lower);
        const bool actorSubject
            = aux >= 0 && std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                  return m.begin >= in.tokens[std::max(0, aux - 4)].begin && m.end <= in.tokens[aux].begin
                      && actorType(m.type);
              });
        intention = trailingSpeech && !passive && actorSubject;
    }
    // "a hearing would be held", "a decision will be made": the happening itself is to come.
    intention = intention || heldPassive(in, hit);
    intention = intention || outletReport(in);
    // "is preparing a rule that would bar exports": a plan in the making.
    intention = intention || hit.drafted;
    // A meeting is scheduled, not speculated on ("He will meet Zheng Tuobin"). A statement that
    // was not made is no statement ("did not mention it in his testimony").
    bool unsaid = false;
    for (int k = clause; hit.noun && hit.type == QLatin1String("statement") && k < in.tokens.size()
         && k < hit.tokenEnd + 4 && !unsaid && in.tokens[k].lower != QLatin1String(",");
         ++k)
        unsaid = m_negations.contains(in.tokens[k].lower);
    // "officials have indicated they would consider filing another complaint", "has promised to
    // consider again in July": weighing something that is itself only conditional or promised.
    bool conditional = false;
    if (e.modality == Modality::UnderConsideration && !cue.isEmpty()) {
        const QString first = cue.section(QLatin1Char(' '), 0, 0);
        for (int k = std::max(1, clause); k < hit.token && !conditional; ++k) {
            if (in.tokens[k].lower != first)
                continue;
            const QString& prev = in.tokens[k - 1].lower;
            conditional = m_conditionalAuxiliaries.contains(prev)
                || (prev == QLatin1String("to") && k >= 2
                    && std::any_of(m_promiseStems.begin(), m_promiseStems.end(),
                        [&](const QString& stem) { return in.tokens[k - 2].lower.startsWith(stem); }));
        }
    }
    if (notNews)
        *notNews = unsaid || conditional
            || (future && !best && !in.lead && !m_planCues.contains(cue) && !intention
                && hit.type != QLatin1String("meeting") && !deadline);
    if (best) {
        e.start = best->start;
        e.precision = best->precision;
        // "in the first four months of the year": a span of several months ends in its last one.
        const bool calendarUnit = best->precision == DatePrecision::Month || best->precision == DatePrecision::Quarter
            || best->precision == DatePrecision::Year;
        if (calendarUnit && best->periodEnd && *best->periodEnd > best->start->periodEnd(best->precision))
            e.end = best->periodEnd->addDays(-1).floor(best->precision);
        e.notBefore = best->notBefore;
        e.notAfter = best->notAfter;
        e.attributes.insert(QStringLiteral("dateText"), in.text->mid(best->begin, best->end - best->begin));
    } else {
        // Not dated by the text: still placed, no later than the article (unless announced for later,
        // and then no later than a deadline the text gives: "expected to deliver samples by the end
        // of this year").
        if (future) {
            e.notBefore = in.published;
            if (deadline && deadline->start)
                e.notAfter = deadline->periodEnd ? deadline->periodEnd->addDays(-1) : *deadline->start;
        } else if (e.modality == Modality::UnderConsideration && weighedNow(in, hit, clause, cue)) {
            // "is considering legal action": weighed as the article is published, and dated so, as
            // the worked example dates what is under consideration.
            e.start = in.published->floor(DatePrecision::Day);
            e.precision = DatePrecision::Day;
            e.attributes.insert(QStringLiteral("dateFrom"), QStringLiteral("publication"));
        } else {
            e.notAfter = in.published;
        }
    }
    e.reported = in.published;

    // The title says who did what: the speaker names a statement, nobody else's deed.
    const bool statement = hit.type == QLatin1String("statement") || hit.type == QLatin1String("report");
    TitleWriter::Parts parts
        = titleParts(in, hit, actor, statement ? attribution : QString(), e.modality == Modality::Occurred);
    // "Taiwan announced plans ...": when the verb itself says the modality, it is not said twice.
    const QString cueVerb = m_titles.baseForm(cue.section(QLatin1Char(' '), 0, 0), hit.type);
    const bool cueIsVerb = !cue.isEmpty() && cueVerb == parts.verb.section(QLatin1Char(' '), 0, 0);
    // "has not decided whether to resume sales": a question left open is weighed, not decided.
    const QString& lastWord = in.tokens[hit.tokenEnd - 1].lower;
    const bool openQuestion = e.modality == Modality::UnderConsideration && !cueIsVerb && !hit.noun
        && hit.tokenEnd - hit.token >= 2 && m_titleQuestionWords.contains(lastWord) && !m_openQuestionVerb.isEmpty();
    if (openQuestion)
        parts.verb = m_openQuestionVerb + QLatin1Char(' ') + lastWord;
    // "H200 chips were not permitted to enter": nobody is named as refusing, so the title tells
    // what was denied ("H200 chips not permitted to enter").
    const bool deniedPassive = hit.refused && parts.subject.isEmpty() && parts.passive;
    if (hit.refused && !deniedPassive && !m_refusalVerb.isEmpty())
        parts.verb = m_refusalVerb + QStringLiteral(" to ") + parts.verb;
    const Modality titleModality = deniedPassive                      ? Modality::Denied
        : openQuestion || hit.agreed || (cueIsVerb && !bestAnnounces) ? Modality::Occurred
                                                                      : e.modality;
    e.title = m_titles.compose(titleModality, parts, titleModality == e.modality ? cue : QString());

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

bool EventDetector::weighedNow(const Input& in, const Hit& hit, int clause, const QString& cue) const
{
    if (!in.published || cue.isEmpty())
        return false;
    // The cue in the present tense: "is considering", "are also weighing", "weighs".
    const QString first = cue.section(QLatin1Char(' '), 0, 0);
    for (int k = std::max(1, clause); k < hit.tokenEnd; ++k) {
        if (in.tokens[k].lower != first)
            continue;
        int be = k - 1;
        while (be > 0 && m_adverbs.contains(in.tokens[be].lower))
            --be;
        const bool progressive = first.endsWith(QLatin1String("ing")) && m_presentBeForms.contains(in.tokens[be].lower);
        const bool simple = first.endsWith(QLatin1Char('s')) && !first.endsWith(QLatin1String("ss"))
            && !m_auxiliaries.contains(in.tokens[be].lower) && !m_determiners.contains(in.tokens[be].lower);
        return progressive || simple;
    }
    return false;
}

} // namespace Kairos::Extract

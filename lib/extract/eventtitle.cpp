// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of an event's title, read from its sentence: who did it, the verb, what it was done
// to and where. Without a parser this follows the order of English words: the subject before
// the verb, the object right after it, a country after a preposition.
#include "eventdetector.h"

namespace Kairos::Extract {

namespace {

bool placeType(EntityType type)
{
    return type == EntityType::Country || type == EntityType::Government;
}

// "AI diffusion rule", "HBM chips": a title lowers its words but keeps acronyms.

} // namespace

QString EventDetector::commonWords(const Input& in, int from, int to) const
{
    // "Export controls", "U.S. Tariffs": capitals that open a sentence or follow wire copy's
    // "U.S." are no names; "the Geneva talks", "its Arizona factory" keep theirs.
    QSet<QString> names;
    for (int k = std::max(from, 1); k < to; ++k) {
        const Token& t = in.tokens[k];
        if (t.capitalized
            && !in.text->mid(in.tokens[k - 1].begin, in.tokens[k - 1].end - in.tokens[k - 1].begin)
                    .endsWith(QLatin1Char('.')))
            names.insert(in.text->mid(t.begin, t.end - t.begin));
    }
    for (const EntityMention& m : in.mentions) {
        if (m.end <= in.tokens[from].begin || m.begin >= in.tokens[to - 1].end)
            continue;
        const QStringList parts = shortName(m).split(QLatin1Char(' '));
        names.unite(QSet<QString>(parts.begin(), parts.end()));
    }
    QStringList out = words(in, from, to).split(QLatin1Char(' '));
    for (QString& w : out) {
        const bool acronym = w.size() >= 2 && std::none_of(w.begin(), w.end(), [](QChar c) { return c.isLower(); })
            && std::any_of(w.begin(), w.end(), [](QChar c) { return c.isUpper(); });
        if (!acronym && !names.contains(w))
            w = w.toLower();
    }
    return out.join(QLatin1Char(' '));
}

QString EventDetector::shortName(const EntityMention& m) const
{
    // Headlines name people by their surname and countries by their everyday short form.
    // The gazetteer knows which name is the short one ("Xi" for Xi Jinping); otherwise a
    // hyphenated given name follows the family name ("Cheng Li-wun" is Cheng).
    if (m.type == EntityType::Person) {
        const QStringList parts = m.entityName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // "Taiwan's premier": a holder named by the office keeps all its words.
        if (parts.size() < 2 || !parts.last().at(0).isUpper())
            return m.entityName;
        const int entry = m_gazetteer ? m_gazetteer->findByName(m.entityName) : -1;
        if (entry >= 0) {
            for (const QString& alias : m_gazetteer->entry(entry).aliases) {
                if (parts.contains(alias))
                    return alias;
            }
        }
        return parts.last().contains(QLatin1Char('-')) ? parts.first() : parts.last();
    }
    return m_shortNames.value(m.entityName, m.entityName);
}

QString EventDetector::words(const Input& in, int from, int to) const
{
    // Words of tokens [from, to), with a name written by its short form ("the United States" -> "US").
    QStringList out;
    QString lastSurface; // of the name written last, when it was the last word written
    for (int k = from; k < to; ++k) {
        const Token& t = in.tokens[k];
        // The longest name that holds the word: "Paris Club", not the "Paris" inside it.
        const EntityMention* m = nullptr;
        for (const EntityMention& x : in.mentions) {
            if (x.begin <= t.begin && t.end <= x.end && (!m || x.end - x.begin > m->end - m->begin))
                m = &x;
        }
        if (m) {
            // "the United States", "U.S." -> "US"; "Japanese goods" stay Japanese.
            QString surface = in.text->mid(m->begin, m->end - m->begin).simplified();
            if (surface.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
                surface = surface.mid(4);
            // "the company", "the chip": a reference in common words is written by the name it refers to.
            const bool named = surface == m->entityName || surface.contains(QLatin1Char('.'))
                || m->type == EntityType::Person || (surface.size() <= 4 && surface == surface.toUpper())
                || (!surface.isEmpty() && surface.front().isLower());
            const QString name = named ? shortName(*m) : surface;
            // "the U.S. commerce secretary": a role named with its country is written once.
            if (!out.isEmpty() && !lastSurface.isEmpty() && name.startsWith(lastSurface + QLatin1Char(' ')))
                out.removeLast();
            if (out.isEmpty() || out.last() != name)
                out << name;
            lastSurface = surface;
            while (k + 1 < to && in.tokens[k + 1].end <= m->end)
                ++k;
            continue;
        }
        lastSurface.clear();
        // "a 100% tariff": the sign goes with its number.
        if (t.lower == QLatin1String("%") && k > from && in.tokens[k - 1].number && !out.isEmpty()) {
            out.last() += t.lower;
            continue;
        }
        // "Guinea’s" written across a link: the possessive's letter is no word of its own.
        if (!t.word || (t.lower == QLatin1String("s") && k > 0 && !in.tokens[k - 1].word))
            continue;
        out << in.text->mid(t.begin, t.end - t.begin);
    }
    return out.join(QLatin1Char(' '));
}

int EventDetector::phraseEnd(const Input& in, int from, int limit) const
{
    // A noun phrase: words up to a preposition, a conjunction, a verb-like word or punctuation.
    int k = from;
    int marks = 0; // quotation marks and signs, which do not count towards the limit
    while (k < in.tokens.size() && k - from - marks < limit) {
        const Token& t = in.tokens[k];
        const bool percent = t.lower == QLatin1String("%") && k > from && in.tokens[k - 1].number;
        // "retaliated days later": a time is no part of what was acted on.
        const bool dated = m_titleTimeUnits.contains(t.lower)
            || std::any_of(in.dates.begin(), in.dates.end(),
                [&](const DateExpression& d) { return d.begin <= t.begin && t.end <= d.end; });
        // "chips made in Dongguan": a participle with its preposition describes the noun before it.
        const bool described = k > from && k + 1 < in.tokens.size()
            && (t.lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(t.lower))
            && m_prepositions.contains(in.tokens[k + 1].lower);
        // "a 25% "reciprocal" tariff": quotation marks inside a noun phrase do not end it.
        const bool quoted = isQuoteMark(t.lower) && k + 1 < in.tokens.size() && k > from;
        if (dated || described || (!t.word && !percent && !quoted) || m_titleStopWords.contains(t.lower)
            || m_speechVerbs.contains(t.lower) || adverbInLy(t.lower))
            break;
        marks += quoted || percent ? 1 : 0;
        ++k;
    }
    // A phrase does not end on an opening quotation mark.
    while (k > from && isQuoteMark(in.tokens[k - 1].lower))
        --k;
    return k;
}

TitleWriter::Parts EventDetector::titleParts(
    const Input& in, const Hit& hit, const EntityMention* actor, const QString& speaker, bool gist) const
{
    TitleWriter::Parts parts;
    const QList<Token>& t = in.tokens;
    // "an 8,829 billion yen stop-gap budget" is a stop-gap budget: the amount is an attribute.
    const auto money = [&](int k) {
        return std::any_of(in.quantities.begin(), in.quantities.end(), [&](const Quantity& q) {
            return q.unit != QLatin1String("%") && q.begin <= t[k].begin && t[k].end <= q.end;
        });
    };
    const QString trigger = t[hit.token].lower;
    const bool speech = hit.type == QLatin1String("statement") || hit.type == QLatin1String("report");
    const auto mentionAt = [&](int k) -> const EntityMention* {
        const EntityMention* found = nullptr;
        for (const EntityMention& m : in.mentions) {
            if (m.begin <= t[k].begin && t[k].end <= m.end && (!found || m.end - m.begin > found->end - found->begin))
                found = &m;
        }
        return found;
    };
    // The noun a relative clause before the verb tells of: "the H20 that the company was allowed
    // to sell" -> "H20"; the relative has a subject of its own, so the noun is its object.
    const auto antecedent = [&](int verb) -> QString {
        int r = verb - 1;
        while (r > 0 && verb - r < 10 && t[r].word && !m_titleRelativePronouns.contains(t[r].lower))
            --r;
        if (r <= 0 || r + 1 >= verb || !t[r].word || !m_titleRelativePronouns.contains(t[r].lower))
            return {};
        const QString& after = t[r + 1].lower;
        if (m_auxiliaries.contains(after) || m_beForms.contains(after) || m_subjectPronouns.contains(after)
            || m_adverbs.contains(after))
            return {};
        int a = r - 1;
        if (a > 0 && t[a].lower == QLatin1String(","))
            --a;
        const auto dated = [&](int k) {
            return std::any_of(in.dates.begin(), in.dates.end(),
                [&](const DateExpression& d) { return d.begin <= t[k].begin && t[k].end <= d.end; });
        };
        if (a < 0 || !t[a].word || m_titleStopWords.contains(t[a].lower) || m_determiners.contains(t[a].lower)
            || m_speechVerbs.contains(t[a].lower) || m_plainSpeechVerbs.contains(t[a].lower)
            || m_pastForms.contains(t[a].lower) || t[a].lower.endsWith(QLatin1String("ed")) || dated(a))
            return {};
        const EntityMention* head = mentionAt(a);
        const bool named = head || t[a].capitalized
            || std::any_of(t[a].lower.begin(), t[a].lower.end(), [](QChar c) { return c.isDigit(); });
        int begin = a;
        while (begin > 0 && a - begin < 2 && t[begin - 1].word && !m_titleStopWords.contains(t[begin - 1].lower)
            && !m_determiners.contains(t[begin - 1].lower)
            && (!head || mentionAt(begin - 1) == head || !mentionAt(begin - 1)))
            --begin;
        const bool led = begin > 0 && m_determiners.contains(t[begin - 1].lower);
        // "which" follows only a noun; "that" follows verbs too ("said that"), so it needs a name.
        if (!(named || (led && t[r].lower != QLatin1String("that"))))
            return {};
        const QString noun = words(in, begin, a + 1);
        return noun == parts.subject ? QString() : noun;
    };
    // "allow Nvidia to ship its H200", "was permitted to sell": what a permission or an order is
    // for is part of its object; "to" and a verb after a verb of that kind, with what it acts on.
    const auto complement = [&](const QString& verb, int k, int* end) -> QString {
        if (!m_titleComplementVerbs.contains(verb) || k + 1 >= t.size() || t[k].lower != QLatin1String("to"))
            return {};
        const Token& v = t[k + 1];
        if (!v.word || v.capitalized || v.number || mentionAt(k + 1) || m_determiners.contains(v.lower)
            || m_titleStopWords.contains(v.lower))
            return {};
        QString out = QStringLiteral("to ") + v.lower;
        int o = k + 2;
        // "to stop buying the H20": the verb it governs belongs to it.
        if (o < t.size() && t[o].word && !t[o].capitalized && t[o].lower.size() > 5
            && t[o].lower.endsWith(QLatin1String("ing")) && !m_titleStopWords.contains(t[o].lower))
            out += QLatin1Char(' ') + t[o++].lower;
        if (v.lower == QLatin1String("be") && o < t.size() && t[o].word && !t[o].capitalized)
            out += QLatin1Char(' ') + t[o++].lower;
        while (o < t.size()
            && (m_determiners.contains(t[o].lower) || m_subjectPronouns.contains(t[o].lower)
                || m_adverbs.contains(t[o].lower)))
            ++o;
        int objectEnd = o;
        if (const EntityMention* m = o < t.size() ? mentionAt(o) : nullptr; m && !placeType(m->type)) {
            while (objectEnd < t.size() && mentionAt(objectEnd) == m)
                ++objectEnd;
            // "stop buying Nvidia's RTX Pro 6000D": the product, not its maker.
            const int mark = t[objectEnd - 1].end;
            const bool possessive = objectEnd < t.size() && t[objectEnd].begin - mark >= 2
                && (in.text->mid(mark, 2) == QLatin1String("'s") || in.text->mid(mark, 2) == QStringView(u"\u2019s"));
            const EntityMention* owned = possessive ? mentionAt(objectEnd) : nullptr;
            if (owned && owned != m && !placeType(owned->type)) {
                o = objectEnd;
                objectEnd = o;
                while (objectEnd < t.size() && mentionAt(objectEnd) == owned)
                    ++objectEnd;
            }
        } else if (!m) {
            objectEnd = phraseEnd(in, o, 2);
        }
        // "the V100 that Intel was allowed to sell there": the object is the noun told of before.
        if (objectEnd > o && !m_titles.isNonObject(t[o].lower))
            out += QLatin1Char(' ') + words(in, o, objectEnd);
        else if (const QString noun = antecedent(hit.token); !noun.isEmpty())
            out += QLatin1Char(' ') + noun;
        *end = std::max(objectEnd, k + 2);
        return out;
    };
    // The words before the verb in its clause that name who or what: "Railway workers joined".
    const auto textSubject = [&](int verb, bool* plural) {
        int end = verb;
        // "the plant began shipping": the verb that governs the gerund is not the subject's.
        const bool gerund = t[verb].lower.endsWith(QLatin1String("ing"));
        while (end > 0
            && (m_auxiliaries.contains(t[end - 1].lower) || m_adverbs.contains(t[end - 1].lower)
                || (gerund && end == verb && m_supportVerbs.contains(t[end - 1].lower))))
            --end;
        // "The rules are scheduled to take effect": past the plan to its subject, and past a first
        // predicate of the same subject ("will be open for comment until June 21 and is scheduled
        // to take effect").
        if (end >= 3 && t[end - 1].lower == QLatin1String("to") && m_planParticiples.contains(t[end - 2].lower)) {
            end -= 2;
            while (end > 0 && (m_auxiliaries.contains(t[end - 1].lower) || m_beForms.contains(t[end - 1].lower)))
                --end;
            if (end >= 2 && m_clauseCoordinators.contains(t[end - 1].lower)) {
                int first = -1;
                for (int k = clauseStart(t, end - 1); k < end - 1 && first < 0; ++k) {
                    if (m_auxiliaries.contains(t[k].lower) || m_futureAuxiliaries.contains(t[k].lower))
                        first = k;
                }
                if (first > 0)
                    end = first;
            }
        }
        // "The reciprocal tariffs, which took effect": the noun the relative clause tells of.
        if (end >= 3 && m_titleRelativePronouns.contains(t[end - 1].lower) && t[end - 2].lower == QLatin1String(","))
            end -= 2;
        // "Japan's revised export rules, which add ... to the list, took effect": the whole clause.
        for (int k = end - 2; end >= 4 && t[end - 1].lower == QLatin1String(",") && k >= 1 && k >= end - 30; --k) {
            if (t[k].lower == QLatin1String(",") && m_titleRelativePronouns.contains(t[k + 1].lower)) {
                end = k;
                break;
            }
        }
        // "Lawmakers from both parties said they would revisit ...": an unnamed group speaking of itself.
        int speech = end - 2;
        if (speech >= 1 && t[speech].lower == QLatin1String("that"))
            --speech;
        int speakerEnd = speech;
        while (speakerEnd > 1 && m_adverbs.contains(t[speakerEnd - 1].lower))
            --speakerEnd;
        if (end >= 3 && speech >= 1 && speech <= 5 && m_subjectPronouns.contains(t[end - 1].lower)
            && m_plainSpeechVerbs.contains(t[speech].lower) && t[0].word && !mentionAt(0)
            && !m_subjectPronouns.contains(t[0].lower)
            && std::none_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                   return m.type != EntityType::Other && m.type != EntityType::Product && m.end <= t[speech].begin;
               })) {
            const QString& last = t[speakerEnd - 1].lower;
            *plural = last.endsWith(QLatin1Char('s')) && !last.endsWith(QLatin1String("ss"));
            return words(in, 0, speakerEnd);
        }
        int begin = end;
        while (begin > 0 && end - begin < 3 && t[begin - 1].word && !m_titleStopWords.contains(t[begin - 1].lower)
            && !m_determiners.contains(t[begin - 1].lower) && !m_subjectPronouns.contains(t[begin - 1].lower)
            && !m_speechVerbs.contains(t[begin - 1].lower))
            --begin;
        // "the lower-spec 'H20' chip": a quoted name before the noun belongs to it.
        if (begin >= 2 && begin < end && !t[begin - 1].word && t[begin - 1].lower != QLatin1String(",")) {
            if (const EntityMention* m = mentionAt(begin - 2)) {
                while (begin > 0 && (mentionAt(begin - 1) == m || !t[begin - 1].word)
                    && t[begin - 1].begin >= m->begin - 1)
                    --begin;
            }
        }
        // "its sale to Chinese customers had been approved": the head noun before a preposition.
        if (begin >= 3 && begin < end
            && (t[begin - 1].lower == QLatin1String("to") || m_prepositions.contains(t[begin - 1].lower))
            && t[begin - 2].word && !t[begin - 2].capitalized && !m_titleStopWords.contains(t[begin - 2].lower)
            && !m_determiners.contains(t[begin - 2].lower) && !m_auxiliaries.contains(t[begin - 2].lower)
            && (m_determiners.contains(t[begin - 3].lower) || m_subjectPronouns.contains(t[begin - 3].lower)
                || t[begin - 3].lower == QLatin1String("its") || t[begin - 3].lower == QLatin1String("their")))
            begin -= 2;
        // "Export licences for the H20 were granted", "Trump's 10% tariff on all Chinese imports
        // took effect": the head noun before its prepositional phrase.
        const int preposition
            = begin >= 1 && (m_determiners.contains(t[begin - 1].lower) || m_shareWords.contains(t[begin - 1].lower))
            ? begin - 2
            : begin - 1;
        if (preposition >= 1 && begin < end && m_prepositions.contains(t[preposition].lower) && t[preposition - 1].word
            && !m_titleStopWords.contains(t[preposition - 1].lower) && !m_determiners.contains(t[preposition - 1].lower)
            && !mentionAt(preposition - 1) && !m_auxiliaries.contains(t[preposition - 1].lower)
            && !t[preposition - 1].lower.endsWith(QLatin1String("ed"))) {
            int head = preposition - 1;
            while (head > 0 && preposition - 1 - head < 2 && t[head - 1].word
                && !m_titleStopWords.contains(t[head - 1].lower) && !m_determiners.contains(t[head - 1].lower)
                && !m_factClauseOpeners.contains(t[head - 1].lower) && !mentionAt(head - 1))
                --head;
            // "U.S. export rules for advanced AI chips": a country before the head names whose.
            if (const EntityMention* m = head > 0 ? mentionAt(head - 1) : nullptr; m && placeType(m->type)) {
                while (head > 0 && mentionAt(head - 1) == m)
                    --head;
            }
            // "Two Chinese nationals in Seattle": a count before them is part of the noun phrase.
            if (head > 0 && (t[head - 1].number || m_numberWords.contains(t[head - 1].lower)))
                --head;
            // "said several planned projects in Thailand had been put on hold": after the words' verb.
            if (head == 0 || !t[head - 1].word || m_determiners.contains(t[head - 1].lower)
                || m_plainSpeechVerbs.contains(t[head - 1].lower) || t[head - 1].lower == QLatin1String("that")
                || (m_factClauseOpeners.contains(t[head - 1].lower) && !m_shareWords.contains(t[head].lower))) {
                QString phrase = words(in, head, preposition);
                if (head == 0 && !phrase.isEmpty())
                    phrase[0] = phrase[0].toLower();
                *plural = t[preposition - 1].lower.endsWith(QLatin1Char('s'));
                return phrase + QLatin1Char(' ') + t[preposition].lower + QLatin1Char(' ') + words(in, begin, end);
            }
        }
        // "Japan's revised export rules": what the owner's name tells of.
        const QStringView ownerMark = begin > 0 ? QStringView(*in.text).mid(t[begin - 1].end, 2) : QStringView();
        const bool owned = ownerMark == QLatin1String("'s") || ownerMark == QStringView(u"\u2019s");
        const bool whole = begin == 0 || owned || !t[begin - 1].word || m_determiners.contains(t[begin - 1].lower)
            || m_prepositions.contains(t[begin - 1].lower) || t[begin - 1].lower == QLatin1String("that")
            || t[begin - 1].lower == QLatin1String("its") || t[begin - 1].lower == QLatin1String("their")
            || m_factClauseOpeners.contains(t[begin - 1].lower)
            // ", and several overseas buyers turned to stockpiling": a clause of its own.
            || (begin >= 2 && m_clauseCoordinators.contains(t[begin - 1].lower)
                && t[begin - 2].lower == QLatin1String(","));
        if (begin >= end || !whole)
            return QString();
        // "At least nine people", "More than 300 people".
        if (begin > 0 && m_quantityWords.contains(t[begin].lower)
            && m_quantityWords.contains(t[begin - 1].lower + QLatin1Char(' ') + t[begin].lower))
            --begin;
        const QString& last = t[end - 1].lower;
        // "After CTS invoked the law, Dynamics filed a lawsuit": a name is one doer, whatever
        // letter ends it; only the sentence's first word is capitalised for its place.
        const bool name = t[end - 1].capitalized && end - 1 > 0;
        *plural = last.endsWith(QLatin1Char('s')) && !last.endsWith(QLatin1String("ss"))
            && !last.endsWith(QLatin1String("us")) && !m_titleSingularNouns.contains(last) && !name;
        return words(in, begin, end);
    };
    // "At least nine people are killed", "The budget was adopted by the cabinet": the subject
    // underwent the deed; "by" names who did it.
    // "adds Zhipu AI to entity list": the list one is added to is where.
    const auto listPlace = [&]() -> QString {
        if (hit.noun || !m_listingVerbs.contains(trigger))
            return {};
        for (int k = hit.tokenEnd; k + 1 < t.size() && k <= hit.tokenEnd + 10; ++k) {
            if (t[k].lower != QLatin1String("to"))
                continue;
            int list = k + 1;
            while (list < t.size() && m_determiners.contains(t[list].lower))
                ++list;
            const auto phrases = m_phrases.constFind(list < t.size() ? t[list].lower : QString());
            for (const Phrase& p : phrases == m_phrases.constEnd() ? QList<Phrase>() : *phrases) {
                if (p.listing && phraseAt(t, list, p.keys))
                    return QStringLiteral("to ") + words(in, list, list + int(p.keys.size()));
            }
            break;
        }
        return {};
    };
    int be = hit.token - 1;
    while (be > 0 && (m_adverbs.contains(t[be].lower) || t[be].lower.endsWith(QLatin1String("ly"))))
        --be;
    const bool participleForm = trigger.endsWith(QLatin1String("ed")) || trigger.endsWith(QLatin1String("en"))
        || m_pastForms.contains(trigger);
    // "Under a truce agreed in Geneva in May": a participle after a noun a preposition governs is
    // what was done to the noun, like "was agreed". So is one after a verb's object ("criticised a
    // ban imposed in April"); a sentence's first noun is more often the subject of a past tense.
    const auto governed = [&](int k) {
        if (k < 0)
            return false;
        const QString& w = t[k].lower;
        return m_prepositions.contains(w) || m_background.contains(w)
            || (t[k].word && !t[k].capitalized && (w.endsWith(QLatin1String("ed")) || m_pastForms.contains(w)));
    };
    const bool reducedPassive = !hit.noun && participleForm && hit.token >= 3 && hit.tokenEnd == hit.token + 1
        && t[hit.token - 1].word && !t[hit.token - 1].capitalized && !mentionAt(hit.token - 1)
        && m_determiners.contains(t[hit.token - 2].lower) && governed(hit.token - 3);
    // "a $5 billion investment pledged by Nvidia": so is a participle with its doer after it.
    const bool agentPassive = !hit.noun && participleForm && hit.token >= 2 && hit.tokenEnd + 1 < t.size()
        && t[hit.tokenEnd].lower == QLatin1String("by") && mentionAt(hit.tokenEnd + 1) && t[hit.token - 1].word
        && !t[hit.token - 1].capitalized && !mentionAt(hit.token - 1) && !m_auxiliaries.contains(t[hit.token - 1].lower)
        && !m_beForms.contains(t[hit.token - 1].lower) && !m_titleStopWords.contains(t[hit.token - 1].lower);
    if (reducedPassive || agentPassive)
        be = hit.token;
    const bool passive = !hit.noun && be >= 0
        && (reducedPassive || agentPassive || m_beForms.contains(t[be].lower) || m_linkingVerbs.contains(t[be].lower))
        && participleForm;
    if (passive) {
        bool plural = false;
        parts.object = textSubject(be, &plural);
        if (parts.object.isEmpty()) {
            // "A former British soldier, Robert James Purkiss, is arrested": across an apposition.
            const EntityMention* patient = nullptr;
            for (const EntityMention& m : in.mentions) {
                if (m.end <= t[be].begin)
                    patient = &m;
            }
            if (patient)
                parts.object = shortName(*patient);
        }
        // "Zhipu AI, which was added to the entity list": the noun the relative clause tells of.
        if (parts.object.isEmpty() && be >= 3 && m_titleRelativePronouns.contains(t[be - 1].lower)
            && t[be - 2].lower == QLatin1String(",")) {
            int begin = be - 2;
            while (begin > 0 && be - 2 - begin < 3 && t[begin - 1].word
                && (t[begin - 1].capitalized || mentionAt(begin - 1)) && !m_titleStopWords.contains(t[begin - 1].lower))
                --begin;
            if (begin < be - 2)
                parts.object = words(in, begin, be - 2);
        }
        // "The plan is still under consideration and has not been adopted": else the clause's
        // first noun phrase underwent it.
        if (parts.object.isEmpty()) {
            int from = 0;
            while (from < be && m_determiners.contains(t[from].lower))
                ++from;
            int end = from;
            while (end < be && end - from < 3 && t[end].word && !m_titleStopWords.contains(t[end].lower)
                && !m_auxiliaries.contains(t[end].lower) && !m_beForms.contains(t[end].lower)
                && !m_adverbs.contains(t[end].lower))
                ++end;
            if (from > 0 && end > from && end < be)
                parts.object = commonWords(in, from, end);
        }
        parts.verb = m_titles.baseForm(trigger, hit.type);
        // "was forced out": the particle stays with its verb.
        for (int k = hit.token + 1; k < hit.tokenEnd; ++k)
            parts.verb += QLatin1Char(' ') + t[k].lower;
        parts.passive = true;
        // "Cabinet approves budget": with its doer named, the deed is told in the active voice.
        int k = hit.tokenEnd;
        parts.complement = complement(parts.verb, k, &k);
        int agentAt = k + 1;
        while (agentAt < t.size() && m_determiners.contains(t[agentAt].lower))
            ++agentAt;
        const EntityMention* agent
            = agentAt < t.size() && t[k].lower == QLatin1String("by") ? mentionAt(agentAt) : nullptr;
        if (agent) {
            parts.subject = shortName(*agent);
            k += 2;
            while (k < t.size() && k - 1 < in.tokens.size() && t[k - 1].end < agent->end)
                ++k;
        }
        parts.place = placeAfter(in, k, agent ? agent->entityName : QString(), parts.object, hit.type);
        if (const QString list = listPlace(); !list.isEmpty())
            parts.place = list;
        return parts;
    }

    // "constrained by export rules": a verb's form right after "by" and a word is a noun, the
    // thing that did the deed; told without a doer ("Export rules imposed").
    if (!hit.noun && !speech && hit.token >= 2 && hit.tokenEnd == hit.token + 1 && trigger.endsWith(QLatin1Char('s'))
        && t[hit.token - 1].word && !mentionAt(hit.token - 1) && !m_titleStopWords.contains(t[hit.token - 1].lower)
        && !m_determiners.contains(t[hit.token - 1].lower) && !m_auxiliaries.contains(t[hit.token - 1].lower)
        && !t[hit.token - 1].lower.endsWith(QLatin1String("ing"))
        && m_agentPrepositions.contains(t[hit.token - 2].lower)) {
        parts.verb = m_titles.lightVerb(hit.type, trigger);
        parts.object = commonWords(in, hit.token - 1, hit.tokenEnd);
        parts.place = placeAfter(in, hit.tokenEnd, QString(), parts.object, hit.type);
        return parts;
    }

    // Who: the actor, unless its clause names another subject in plain words ('Baker said "the
    // stock market has rebounded"'); else the speaker, else the words before the verb.
    const int clause = t[clauseStart(t, hit.token)].begin;
    bool plural = false;
    const QString plainSubject = hit.noun || passive ? QString() : textSubject(hit.token, &plural);
    // An actor named after the verb is its object or agent, not the subject the text gives.
    bool reported = false; // "U.S. officials said the tariffs took effect": the speaker is not the doer
    for (int k = 0; actor && k < hit.token; ++k)
        reported = reported
            || (t[k].begin >= actor->end
                && (m_speechVerbs.contains(t[k].lower) || m_plainSpeechVerbs.contains(t[k].lower)));
    const bool actorIsSubject
        = actor && (plainSubject.isEmpty() || (actor->end > clause && actor->end <= t[hit.token].begin && !reported));
    if (actorIsSubject) {
        parts.subject = shortName(*actor);
        // "Brazilian farmers staged protests": the name describes the subject, it is not it.
        const QString surface = in.text->mid(actor->begin, actor->end - actor->begin);
        int k = 0;
        while (k < t.size() && t[k].begin < actor->end)
            ++k;
        // "U.S. trade court": a word that only opens some trigger phrase ("trade sanctions") is no trigger here.
        const auto triggerAt = [&](int k) {
            const auto phrases = m_phrases.constFind(t[k].lower);
            return phrases != m_phrases.constEnd()
                && std::any_of(
                    phrases->begin(), phrases->end(), [&](const Phrase& p) { return phraseAt(t, k, p.keys); });
        };
        // "U.S. Tariffs are due": an event noun right before its clause's verb is the subject.
        // "A U.S. trade court on Wednesday blocked": so is a noun right before the verb or its date.
        const auto subjectNoun = [&](int k) {
            int next = k + 1;
            while (next < hit.token && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                return d.begin <= t[next].begin && t[next].end <= d.end;
            }))
                ++next;
            return next == hit.token
                || (next < hit.token && (m_beForms.contains(t[next].lower) || m_auxiliaries.contains(t[next].lower)));
        };
        // Wire copy capitalises the word after "U.S." ("U.S. Tariffs are due to take effect").
        const bool abbreviated = surface.endsWith(QLatin1Char('.'));
        // "Beijing's rare-earth curbs": the owner is the subject; its words name the thing.
        const QStringView ownerMark = QStringView(*in.text).mid(actor->end, 2);
        const bool owner = ownerMark == QLatin1String("'s") || ownerMark == QStringView(u"\u2019s");
        int end = k;
        while (!owner && end < hit.token && end - k < 2 && t[end].word
            && (!t[end].capitalized || (abbreviated && end == k && !mentionAt(end)))
            && !m_titleStopWords.contains(t[end].lower) && !m_auxiliaries.contains(t[end].lower)
            && !m_adverbs.contains(t[end].lower) && !adverbInLy(t[end].lower) && (!triggerAt(end) || subjectNoun(end))
            && !m_speechVerbs.contains(t[end].lower) && !t[end].lower.endsWith(QLatin1String("ed"))
            && !m_pastForms.contains(t[end].lower)
            // "Washington tightens export controls": a verb before the trigger noun governs it.
            && !(hit.noun && verbPhraseAt(t[end].lower)))
            ++end;
        // "The Dutch economy ministry said": the words after the country are a body's name, which
        // names the subject itself (not "Dutch Dutch economy ministry", "Chinese Chinese state media").
        const auto body = std::find_if(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
            return end > k && m.begin <= actor->begin && m.end >= t[k].end
                && (m.type == EntityType::Government || m.type == EntityType::Organisation
                    || m.type == EntityType::MediaOutlet);
        });
        if (body != in.mentions.end()) {
            parts.subject = shortName(*body);
        } else if (end > k && surface != actor->entityName && actor->type == EntityType::Country) {
            const QString noun = words(in, k, end);
            parts.subject = (abbreviated ? shortName(*actor) : surface) + QLatin1Char(' ')
                + (abbreviated ? noun.toLower() : noun);
            const QString& last = t[end - 1].lower;
            parts.plural = last.endsWith(QLatin1Char('s')) && !last.endsWith(QLatin1String("ss"));
        }
    } else if (!speaker.isEmpty()) {
        parts.subject = speaker;
        // "Officials said" speak together; "Applied Materials" is one name.
        const bool named = std::any_of(
            in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) { return shortName(m) == speaker; });
        parts.plural = !named && speaker.endsWith(QLatin1Char('s')) && !speaker.endsWith(QLatin1String("ss"));
    } else if (!plainSubject.isEmpty()) {
        parts.subject = plainSubject;
        parts.plural = plural;
    } else {
        actor = nullptr;
    }
    // "Shares of Samsung rose 4.2 percent": what moved is the name's shares.
    if (actor && !hit.noun && m_changeVerbs.contains(trigger)
        && std::any_of(t.begin() + clauseStart(t, hit.token), t.begin() + hit.token,
            [&](const Token& w) { return m_shareNouns.contains(w.lower); })) {
        parts.subject = shortName(*actor) + QStringLiteral(" shares");
        parts.plural = true;
    }
    // "Taiwan's exports rose 34%": what moved is the thing the name owns.
    if (actor && !hit.noun && m_changeVerbs.contains(trigger) && actor->end <= t[hit.token].begin) {
        const QStringView ownerMark = QStringView(*in.text).mid(actor->end, 2);
        int k = hit.token;
        while (k > 0 && hit.token - k < 2 && t[k - 1].begin > actor->end && t[k - 1].word && !t[k - 1].capitalized)
            --k;
        const bool owned = (ownerMark == QLatin1String("'s") || ownerMark == QStringView(u"\u2019s")) && k < hit.token
            && k > 0 && t[k - 1].end <= actor->end;
        if (owned) {
            const QString& last = t[hit.token - 1].lower;
            parts.subject = in.text->mid(actor->begin, actor->end - actor->begin) + QStringLiteral("'s ")
                + words(in, k, hit.token);
            parts.plural = last.endsWith(QLatin1Char('s')) && !last.endsWith(QLatin1String("ss"));
        }
    }
    const QString actorName = actor && !parts.subject.isEmpty() ? actor->entityName : QString();

    // "let Nvidia's H200 processors": a verb and its object, without articles, across a possessive.
    const auto infinitive = [&](int from, int* end) {
        QStringList out;
        int k = from;
        int n = 0;
        while (k < t.size() && n < 4) {
            if (!t[k].word && k + 1 < t.size() && t[k + 1].lower == QLatin1String("s") && k > from) {
                k += 2;
                continue;
            }
            if (!t[k].word || m_titleStopWords.contains(t[k].lower) || m_speechVerbs.contains(t[k].lower)
                || (t[k].lower.size() > 4 && t[k].lower.endsWith(QLatin1String("ly"))))
                break;
            const EntityMention* m = mentionAt(k);
            int next = k + 1;
            while (m && next < t.size() && mentionAt(next) == m)
                ++next;
            if (!m_determiners.contains(t[k].lower)) {
                const QString w = words(in, k, next);
                if (!w.isEmpty() && (out.isEmpty() || out.last() != w))
                    out << w;
                ++n;
            }
            k = next;
        }
        *end = k;
        return out.join(QLatin1Char(' '));
    };
    int objectEnd = hit.tokenEnd;
    if (speech) {
        // "Yeutter comments on Japan": what the words are about, by the first name after them.
        // "as saying", "said", "stated": the words say nothing of the kind of statement.
        const bool plain = m_plainSpeechVerbs.contains(trigger) || m_neutralSpeech.contains(trigger) || hit.noun
            || hit.tokenEnd - hit.token > 1;
        parts.verb = plain ? QString() : m_titles.baseForm(trigger, hit.type);
        // "..., while Nissan cut output": a contrast after the words is no part of them.
        int wordsEnd = in.sentence.end;
        for (int k = hit.tokenEnd + 1; k < t.size() && wordsEnd == in.sentence.end; ++k) {
            if (m_contrastMarks.contains(t[k].lower) && t[k - 1].lower == QLatin1String(","))
                wordsEnd = t[k].begin;
        }
        for (const EntityMention& m : in.mentions) {
            if (m.begin >= t[hit.token].end && m.end <= wordsEnd && m.entityName != actorName
                && m.type != EntityType::MediaOutlet) {
                parts.object = shortName(m);
                break;
            }
        }
        const bool namedSpeaker = !parts.subject.isEmpty();
        if (parts.subject.isEmpty()) {
            parts.subject = parts.object;
            parts.object.clear();
        }
        // "Speaking to Bloomberg Tech in an interview, Sacks ...": who gave it, to whom.
        if (hit.noun && m_titleInterviewNouns.contains(trigger) && !parts.subject.isEmpty()) {
            for (const EntityMention& m : in.mentions) {
                if (m.type == EntityType::MediaOutlet && m.entityName != parts.subject) {
                    parts.verb = QStringLiteral("give interview to");
                    parts.object = shortName(m);
                    return parts;
                }
            }
        }
        // "Nvidia says it complied with the law in all respects": the words themselves, when they
        // fit a title and someone named said them.
        const bool report = hit.type == QLatin1String("report");
        if (const QString words = gist ? spokenGist(in, hit) : QString(); !words.isEmpty() && namedSpeaker) {
            // "claims", "insists", "warns": the verb's own shade, where it has one.
            const bool plainVerb = m_plainSpeechVerbs.contains(trigger) || hit.tokenEnd - hit.token > 1 || hit.noun;
            parts.verb = report ? QStringLiteral("report")
                : plainVerb     ? QStringLiteral("say")
                                : m_titles.baseForm(trigger, hit.type);
            parts.object = words;
            return parts;
        }
        // "Reuters reports on Nvidia", "Yeutter comments on Japan".
        if (parts.verb.isEmpty() && report)
            parts.verb = parts.object.isEmpty() ? QStringLiteral("publish report") : QStringLiteral("report on");
        else if (parts.verb.isEmpty())
            parts.verb = parts.object.isEmpty() ? QStringLiteral("make statement") : QStringLiteral("comment on");
        else if (!parts.object.isEmpty() && m_statementPrepositions.contains(parts.verb))
            parts.verb += QLatin1Char(' ') + m_statementPrepositions.value(parts.verb);
        return parts;
    }

    // "began issuing licences": the gerund after a verb of onset is the deed done to the noun.
    const auto onsetGerund = [&](int k) {
        return k >= 1 && t[k].lower.size() > 5 && t[k].lower.endsWith(QLatin1String("ing"))
            && m_titleOnsetVerbs.contains(t[k - 1].lower);
    };
    if (hit.noun) {
        // "held an emergency meeting", "announced 100 pct tariffs": the verb before the noun's
        // phrase, else the verb that goes with the noun; the phrase is the object.
        const auto modifier = [&](int k) {
            const QString& w = t[k].lower;
            return t[k].word && !m_titleStopWords.contains(w) && !m_determiners.contains(w) && !mentionAt(k)
                && !m_adverbs.contains(w) && !m_phrases.contains(w) && !m_modalityByFirst.contains(w)
                && !m_speechVerbs.contains(w) && !hedge(t, k)
                && !(w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("eed"))) && !m_pastForms.contains(w)
                && !(w.size() > 4 && w.endsWith(QLatin1String("ly"))) && w != QLatin1String("no")
                && !(k >= 1 && (m_futureAuxiliaries.contains(t[k - 1].lower) || hedge(t, k - 1)))
                && !(k >= 1 && m_meansPrepositions.contains(t[k - 1].lower)) // "by announcing"
                && !onsetGerund(k);
        };
        int begin = hit.token;
        // "an anti-dumping investigation": a word that opens only event nouns still modifies.
        // "its new export rule", "its so-called AI diffusion rule": right after a determiner, a
        // word before the noun modifies it even when it could be a verb.
        const auto afterDeterminer = [&](int k) {
            const auto plain = [&](int j) {
                return t[j].word && !t[j].number && !mentionAt(j)
                    && std::none_of(in.quantities.begin(), in.quantities.end(),
                        [&](const Quantity& q) { return q.begin <= t[j].begin && t[j].end <= q.end; });
            };
            const auto determiner = [&](int j) { return j >= 0 && m_determiners.contains(t[j].lower); };
            return plain(k)
                && (determiner(k - 1)
                    || (k >= 2 && determiner(k - 2) && plain(k - 1) && !m_adverbs.contains(t[k - 1].lower)));
        };
        // "an expected meeting": the modality already says it is to come.
        while (begin > 0 && hit.token - begin < 3 && !m_planParticiples.contains(t[begin - 1].lower)
            && (modifier(begin - 1) || afterDeterminer(begin - 1)
                || (m_phrases.contains(t[begin - 1].lower) && !verbPhraseAt(t[begin - 1].lower)
                    && !mentionAt(begin - 1))))
            --begin;
        // "during the APEC summit": a name between the article and the noun says which one.
        if (begin == hit.token && begin >= 2) {
            const EntityMention* name = mentionAt(begin - 1);
            int nameBegin = begin - 1;
            while (name && nameBegin > 0 && mentionAt(nameBegin - 1) == name)
                --nameBegin;
            if (name && name->type == EntityType::Other && nameBegin >= 1
                && m_determiners.contains(t[nameBegin - 1].lower))
                begin = nameBegin;
        }
        int verb = begin - 1;
        if (verb >= 1 && m_planParticiples.contains(t[verb].lower) && m_determiners.contains(t[verb - 1].lower))
            --verb;
        // "unveiled a 33 trillion won support package": an amount is no verb.
        const auto amount = [&](int k) {
            return std::any_of(in.quantities.begin(), in.quantities.end(),
                [&](const Quantity& q) { return q.begin <= t[k].begin && t[k].end <= q.end; });
        };
        while (
            verb >= 0 && (m_determiners.contains(t[verb].lower) || m_adverbs.contains(t[verb].lower) || amount(verb)))
            --verb;
        // "carry out a further investigation": the verb stands before its particle.
        const bool particle = verb >= 1 && m_particles.contains(t[verb].lower) && verbPhraseAt(t[verb - 1].lower);
        if (particle)
            --verb;
        // "noted that negotiations ...": a verb before "that" governs a clause, not the noun.
        const bool governed = verb >= 0 && t[verb].word && !t[verb].capitalized && !mentionAt(verb)
            && t[verb + 1].lower != QLatin1String("that")
            && (verbPhraseAt(t[verb].lower) || m_pastForms.contains(t[verb].lower) || onsetGerund(verb)
                || (t[verb].lower.endsWith(QLatin1String("ed")) && !m_beForms.contains(t[verb].lower))
                // "could offer subsidies", "to offer subsidies": a word after a modal is a verb.
                || (verb >= 1 && !m_beForms.contains(t[verb].lower)
                    && (m_futureAuxiliaries.contains(t[verb - 1].lower) || hedge(t, verb - 1))));
        parts.verb = governed
            ? m_titles.baseForm(t[verb].lower, hit.type) + (particle ? QLatin1Char(' ') + t[verb + 1].lower : QString())
            : m_titles.lightVerb(
                hit.type, in.text->mid(t[hit.token].begin, t[hit.tokenEnd - 1].end - t[hit.token].begin));
        parts.object = commonWords(in, begin, hit.tokenEnd);
        // "The ministers suggested bilateral talks with Japan": with no name before it, the
        // governing verb's subject in plain words is who acted, not the name after the noun.
        if (governed && (!actor || actor->begin > t[hit.token].begin)) {
            bool plural = false;
            if (const QString who = textSubject(verb, &plural); !who.isEmpty()) {
                parts.subject = who;
                parts.plural = plural;
            }
        }
        if (m_statives.contains(parts.verb) || m_auxiliaries.contains(parts.verb))
            parts.verb = m_titles.lightVerb(hit.type, t[hit.token].lower);
        // "A bill was submitted to parliament": the noun's own passive says what was done to it.
        if (!governed && hit.tokenEnd + 1 < t.size() && m_beForms.contains(t[hit.tokenEnd].lower)) {
            const QString& participle = t[hit.tokenEnd + 1].lower;
            // "a final decision is expected soon": the modality, not what was done to it.
            if (((participle.size() > 4 && participle.endsWith(QLatin1String("ed")))
                    || m_pastForms.contains(participle))
                && !m_planParticiples.contains(participle)) {
                parts.verb = m_titles.baseForm(participle, hit.type);
                parts.passive = true;
                objectEnd = hit.tokenEnd + 2;
            }
        }
        // "to give its approval": a noun made of a verb is said by that verb alone ("approve").
        if (!governed && m_nominalNouns.contains(t[hit.token].lower)) {
            parts.object.clear();
            // "the H200 approval": the noun's modifier is what was approved, a name included, but
            // not a country's or the doer's ("the US approval").
            int from = hit.token;
            while (from > 0 && hit.token - from < 2) {
                const EntityMention* m = mentionAt(from - 1);
                const bool name = m && !placeType(m->type) && m->entityName != actorName;
                if (!(name || modifier(from - 1)) || (m && !name))
                    break;
                --from;
                while (m && from > 0 && mentionAt(from - 1) == m)
                    --from;
            }
            if (from < hit.token)
                parts.object = words(in, from, hit.token);
        }
        // "the imposition of U.S. tariffs": a noun made of a verb says its verb, and its "of"
        // phrase is what was done ("impose US tariffs").
        if (m_nominalNouns.contains(t[hit.token].lower) && hit.tokenEnd + 1 < t.size()
            && t[hit.tokenEnd].lower == QLatin1String("of")) {
            int of = hit.tokenEnd + 1;
            while (of < t.size() && m_determiners.contains(t[of].lower))
                ++of;
            const int ofEnd = phraseEnd(in, of, 4);
            if (ofEnd > of) {
                parts.verb = m_titles.lightVerb(hit.type, t[hit.token].lower);
                parts.object = words(in, of, ofEnd);
                objectEnd = ofEnd;
            }
        }
    } else {
        const QString phrase = in.text->mid(t[hit.token].begin, t[hit.tokenEnd - 1].end - t[hit.token].begin).toLower();
        const qsizetype space = phrase.indexOf(QLatin1Char(' '));
        parts.verb = space < 0
            ? m_titles.baseForm(phrase, hit.type)
            : m_titles.baseForm(phrase.left(space), hit.type) + QLatin1Char(' ') + phrase.mid(space + 1).simplified();
        // The object: the phrase after the verb, without its article; "exports of the H200" is
        // "H200 exports". A particle goes with the verb ("racked up a surplus").
        int from = hit.tokenEnd;
        // "retaliated days later by blocking exports of Nexperia chips": the means is the deed.
        for (int k = from; space < 0 && k + 2 < t.size() && k < from + 4 && t[k].word; ++k) {
            const QString& gerund = t[k + 1].lower;
            if (!m_meansPrepositions.contains(t[k].lower))
                continue;
            if (gerund.size() > 5 && gerund.endsWith(QLatin1String("ing")) && !t[k + 1].capitalized) {
                parts.verb = m_titles.baseForm(gerund, hit.type);
                from = k + 2;
            }
            break;
        }
        // "approved up to 802.5 billion yen": the "up" of an amount is no particle of the verb.
        if (space < 0 && from < t.size() && m_particles.contains(t[from].lower) && !money(from))
            parts.verb += QLatin1Char(' ') + t[from++].lower;
        const auto date = [&](int k) {
            return std::any_of(in.dates.begin(), in.dates.end(),
                [&](const DateExpression& d) { return d.begin <= t[k].begin && t[k].end <= d.end; });
        };
        // "imposing the 300 mln dlrs in tariffs": what the amount is of.
        // "invest $5 billion in Intel": where the money goes stays with its preposition.
        const auto amountOf = [&](int k) {
            return k > 0 && money(k - 1) && (t[k].lower == QLatin1String("in") || t[k].lower == QLatin1String("of"))
                && !(k + 1 < t.size()
                    && (t[k + 1].capitalized || mentionAt(k + 1) || m_determiners.contains(t[k + 1].lower)));
        };
        // "paused for 90 days a 25% tariff": how long is no object.
        const auto duration = [&](int k) {
            return k + 2 < t.size() && t[k].lower == QLatin1String("for") && t[k + 1].number
                && m_titleTimeUnits.contains(t[k + 2].lower);
        };
        // "told some suppliers": a vague count is no part of what was acted on.
        const auto quantifier = [&](int k) {
            return m_objectQuantifiers.contains(t[k].lower) && k + 1 < t.size() && t[k + 1].word && !t[k + 1].number;
        };
        while (from < t.size()
            && (m_determiners.contains(t[from].lower) || m_adverbs.contains(t[from].lower) || money(from) || date(from)
                || amountOf(from) || duration(from) || quantifier(from)
                || (m_prepositions.contains(t[from].lower) && from + 1 < t.size() && date(from + 1))))
            from += duration(from) ? 3 : 1;
        int end = phraseEnd(in, from, 4);
        QString object = words(in, from, end);
        // "declined to renew its export licence", "to review a federal regulation": an infinitive
        // and its object, without the possessive or article a title leaves out.
        const auto infinitiveObject = [&](int verb, int* objectEnd) {
            // "to ensure that Japanese exports ...": "that" opens a clause there.
            if (*objectEnd <= verb || verb + 1 >= t.size() || !m_determiners.contains(t[verb + 1].lower)
                || m_titleRelativePronouns.contains(t[verb + 1].lower))
                return words(in, verb, *objectEnd);
            int ownedEnd = phraseEnd(in, verb + 2, 4);
            // "a federal regulation requiring", "the US government 15%": a participle opens what
            // describes the noun, and a figure cut off from its noun says nothing.
            while (ownedEnd > verb + 3
                && (t[ownedEnd - 1].lower.endsWith(QLatin1String("ing")) || t[ownedEnd - 1].number
                    || t[ownedEnd - 1].lower == QLatin1String("%")))
                --ownedEnd;
            if (ownedEnd == verb + 2)
                return words(in, verb, verb + 1);
            *objectEnd = ownedEnd;
            return words(in, verb, verb + 1) + QLatin1Char(' ') + words(in, verb + 2, ownedEnd);
        };
        if (hit.tokenEnd - hit.token > 1 && t[hit.tokenEnd - 1].lower == QLatin1String("to") && from == hit.tokenEnd)
            object = infinitiveObject(from, &end);
        // "sell there", "investigating whether the murder ...": a word that names nothing is no
        // object, nor is the clause it opens; "whether to accept" is a question decided.
        const bool question = from + 2 < t.size() && m_titleQuestionWords.contains(t[from].lower)
            && t[from + 1].lower == QLatin1String("to");
        if (!question && end > from && m_titles.isNonObject(t[from].lower)) {
            end = from;
            object.clear();
        }
        // "invest $5 billion in Intel": a company the money goes into is the object.
        // "committed $165 billion to its Arizona site": so is what the money is for.
        // "spent 5 trillion won on a new memory factory": what it is spent on.
        const bool moneyFor = from > 0 && money(from - 1)
            && (t[from].lower == QLatin1String("to") || t[from].lower == QLatin1String("for")
                || t[from].lower == QLatin1String("on"));
        if (end == from && from + 1 < t.size() && (t[from].lower == QLatin1String("in") || moneyFor)) {
            if (const EntityMention* m = mentionAt(from + 1); m && !placeType(m->type)) {
                end = from + 1;
                while (end < t.size() && mentionAt(end) == m)
                    ++end;
                object = t[from].lower + QLatin1Char(' ') + words(in, from + 1, end);
            } else if (from > 0 && money(from - 1) && m_determiners.contains(t[from + 1].lower)) {
                // "invest 19 trillion won in an advanced packaging plant": so is what it builds.
                const int noun = from + 2;
                end = phraseEnd(in, noun, 4);
                if (end > noun)
                    object = t[from].lower + QLatin1Char(' ') + words(in, noun, end);
                else
                    end = from;
            }
        }
        // "agreed last July to stop dumping chips": what was agreed is the infinitive.
        if (end == from && from + 1 < t.size() && t[from].lower == QLatin1String("to")) {
            end = phraseEnd(in, from + 1, 4);
            if (end > from + 1)
                object = QStringLiteral("to ") + infinitiveObject(from + 1, &end);
        }
        // "decides whether to let Nvidia's H200 processors in": the question is the object.
        if (question) {
            const QString rest = infinitive(from + 2, &end);
            if (!rest.isEmpty())
                object = t[from].lower + QStringLiteral(" to ") + rest;
        }
        // "to resume sales of the H20": an infinitive keeps its own "of" phrase.
        if (end > from && end + 1 < t.size() && t[end].lower == QLatin1String("of")
            && !object.startsWith(QLatin1String("to "))) {
            int of = end + 1;
            while (of < t.size() && m_determiners.contains(t[of].lower))
                ++of;
            const int ofEnd = phraseEnd(in, of, 3);
            // "blocked most of Trump's tariffs": a share names nothing; what it is of is the object.
            const bool share = end == from + 1 && m_shareWords.contains(t[from].lower);
            if (ofEnd > of && share) {
                object = words(in, of, ofEnd);
                end = ofEnd;
            } else if (ofEnd > of && (mentionAt(of) != nullptr || t[of].capitalized)) {
                // "the sale of Nvidia's most advanced chips": a phrase too long for a title keeps its
                // owner and its noun ("Nvidia chips sale"), not words cut off before the noun.
                const int fullEnd = phraseEnd(in, of, 6);
                const EntityMention* owner = mentionAt(of);
                int ownerEnd = of;
                while (owner && ownerEnd < fullEnd && mentionAt(ownerEnd) == owner)
                    ++ownerEnd;
                if (fullEnd > ofEnd && owner && ownerEnd < fullEnd - 1) {
                    object = words(in, of, ownerEnd) + QLatin1Char(' ') + words(in, fullEnd - 1, fullEnd)
                        + QLatin1Char(' ') + object;
                    end = fullEnd;
                } else {
                    object = words(in, of, ofEnd) + QLatin1Char(' ') + object;
                    end = ofEnd;
                }
            } else if (ofEnd == of + 1 && end - from <= 2) {
                object += QStringLiteral(" of ") + words(in, of, ofEnd); // "state of emergency"
                end = ofEnd;
            }
        }
        // A verb phrase that holds its object ("cut output") takes the rest after "of".
        if (space > 0 && object.isEmpty() && from < t.size() && t[from].lower == QLatin1String("of")) {
            int of = from + 1;
            while (of < t.size() && m_determiners.contains(t[of].lower))
                ++of;
            end = phraseEnd(in, of, 3);
            if (end > of)
                object = QStringLiteral("of ") + words(in, of, end);
        }
        // "the H200, which the administration has cleared": the object of a relative clause is
        // the noun before it.
        // "the tariffs Trump imposed": the noun the clause tells of.
        // "the export controls Washington imposed": the whole event noun.
        if (const int noun = hit.toldOfNoun ? reducedRelative(in, hit.token) : -1; object.isEmpty() && noun >= 0)
            object = words(in, noun >= 1 && nounTriggerAt(t, noun - 1) ? noun - 1 : noun, noun + 1);
        // "..., an accusation the company has denied": what is denied is the noun set off.
        if (const int aside = hit.toldOfNoun ? deniedAside(in, hit.token) : -1; object.isEmpty() && aside >= 0)
            object = words(in, aside + 2, aside + 3);
        if (object.isEmpty()) {
            object = antecedent(hit.token);
            // "cleared for sale": a purpose of one word goes with it.
            if (!object.isEmpty() && from + 2 < t.size() && m_titlePurposePrepositions.contains(t[from].lower)
                && t[from + 1].word && !mentionAt(from + 1) && !m_titleStopWords.contains(t[from + 1].lower)
                && !m_determiners.contains(t[from + 1].lower)
                && (!t[from + 2].word || m_titleStopWords.contains(t[from + 2].lower))) {
                object += QLatin1Char(' ') + t[from].lower + QLatin1Char(' ') + t[from + 1].lower;
                end = std::max(end, from + 2);
            }
        }
        // "told ByteDance, Alibaba and other large companies to stop buying": the first of a list
        // stands for it, and the list's verb still follows.
        if (!object.isEmpty() && end < t.size() && m_titleComplementVerbs.contains(parts.verb)
            && (t[end].lower == QLatin1String(",") || t[end].lower == QLatin1String("and"))) {
            int conjunction = -1;
            bool comma = false;
            for (int k = end; k < t.size() && k <= end + 10; ++k) {
                const QString& w = t[k].lower;
                if (w == QLatin1String("to")) {
                    // "told Amkor and Samsung to": two are both named.
                    if (conjunction >= 0) {
                        object += comma || conjunction + 1 >= k || !t[conjunction + 1].capitalized
                            ? QStringLiteral(" and others")
                            : QStringLiteral(" and ") + words(in, conjunction + 1, k);
                        end = k;
                    }
                    break;
                }
                if (w == QLatin1String("and") && conjunction < 0)
                    conjunction = k;
                comma = comma || w == QLatin1String(",");
                if ((!t[k].word && w != QLatin1String(",")) || m_auxiliaries.contains(w)
                    || m_subjectPronouns.contains(w) || w == QLatin1String("that"))
                    break;
            }
        }
        // "told suppliers in August to suspend work": the order's day stands before what it is for.
        int order = end;
        while (!object.isEmpty() && order < t.size() && date(order))
            ++order;
        if (!object.isEmpty() && order < t.size() && t[order].lower == QLatin1String("to"))
            end = order;
        if (!object.isEmpty())
            parts.complement = complement(parts.verb, end, &end);
        // Not the subject again, and not a country that the place will name.
        if (!actorName.isEmpty() && actor && object == shortName(*actor))
            object.clear();
        parts.object = object;
        objectEnd = std::max(objectEnd, end);
    }

    parts.place = placeAfter(in, objectEnd, actorName, parts.object, hit.type);
    if (const QString list = listPlace(); !list.isEmpty())
        parts.place = list;
    if (const EntityMention* venue = venueBefore(in, hit); venue && parts.place.isEmpty())
        parts.place = QStringLiteral("in ") + in.text->mid(venue->begin, venue->end - venue->begin);
    // "visit to the United States" is a visit of the US.
    if (parts.object.isEmpty() && m_directPlaceVerbs.contains(parts.verb)
        && parts.place.startsWith(QLatin1String("to ")))
        parts.place = parts.place.mid(3);
    // "Trump and Xi meet": both parties of a meeting named as its subject.
    QPair<const EntityMention*, const EntityMention*> parties;
    int verb = hit.token;
    // "Korea and the United States reached a trade agreement": so are those who struck a deal.
    const auto jointVerb = [&](int k) {
        return m_holdVerbs.contains(t[k].lower)
            || (hit.type == QLatin1String("deal") && m_jointDeedVerbs.contains(t[k].lower));
    };
    while (hit.noun && verb > 0 && hit.token - verb < 4 && !jointVerb(verb))
        --verb;
    // "Nvidia and AMD agreed to hand ...": so are two named doers of any deed; "Trump and Xi held a
    // call ... and agreed to meet": and of a later clause without a subject of its own.
    bool shared = false;
    if (hit.sharedSubject && !in.triggers.isEmpty() && in.triggers.first() < hit.token) {
        int first = in.triggers.first();
        while (first > 0 && in.triggers.first() - first < 6 && !m_holdVerbs.contains(t[first].lower))
            --first;
        shared = coordinatedSubject(in, m_holdVerbs.contains(t[first].lower) ? first : in.triggers.first(), &parties);
    }
    if ((shared
            || ((hit.type == QLatin1String("meeting") || hit.type == QLatin1String("deal") || !hit.noun)
                && (!hit.noun || jointVerb(verb)) && coordinatedSubject(in, verb, &parties)))
        && parties.first && parties.second) {
        parts.subject = shortName(*parties.first) + QStringLiteral(" and ") + shortName(*parties.second);
        parts.plural = true;
        // Not again as the place: "South Korea and US reach trade agreement", not "... on South Korea".
        if (parts.place.endsWith(QLatin1Char(' ') + shortName(*parties.first))
            || parts.place.endsWith(QLatin1Char(' ') + shortName(*parties.second)))
            parts.place.clear();
    }
    // "its acquisition of Mellanox": the owner did what the noun says to what its "of" phrase names.
    if (hit.owner >= 0 && hit.noun && hit.tokenEnd + 1 < t.size()) {
        int of = hit.tokenEnd + 1;
        while (of < t.size() && m_determiners.contains(t[of].lower))
            ++of;
        const int ofEnd = phraseEnd(in, of, 4);
        parts = TitleWriter::Parts {};
        parts.subject = actor ? shortName(*actor) : QString();
        parts.verb = m_ownedDeedVerbs.value(t[hit.token].lower, m_titles.lightVerb(hit.type, t[hit.token].lower));
        parts.object = ofEnd > of ? words(in, of, ofEnd) : QString();
    }
    // "Intel's decision in July to abandon a planned plant in Magdeburg": the owner decided what
    // the infinitive says, past the noun's date.
    const auto possessive = [&](int k) {
        const QStringView mark = QStringView(*in.text).mid(t[k].end, 2);
        return t[k].lower == QLatin1String("its") || mark == QLatin1String("'s") || mark == QStringView(u"\u2019s");
    };
    if (hit.noun && actor && hit.token >= 1 && possessive(hit.token - 1)
        && m_ownedDeedVerbs.contains(t[hit.token].lower)) {
        int to = hit.tokenEnd;
        while (to < t.size() && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
            return d.begin <= t[to].begin && t[to].end <= d.end;
        }))
            ++to;
        if (to + 1 < t.size() && t[to].lower == QLatin1String("to") && t[to + 1].word && !t[to + 1].capitalized) {
            int from = to + 2;
            while (from < t.size()
                && (m_determiners.contains(t[from].lower) || money(from) || m_planParticiples.contains(t[from].lower)))
                ++from;
            const int end = phraseEnd(in, from, 4);
            parts = TitleWriter::Parts {};
            parts.subject = shortName(*actor);
            parts.verb = m_ownedDeedVerbs.value(t[hit.token].lower);
            parts.object = QStringLiteral("to ") + t[to + 1].lower
                + (end > from ? QLatin1Char(' ') + words(in, from, end) : QString());
        }
    }
    // Nobody and nothing named: the first name in the sentence says at least whose news it is.
    if (parts.subject.isEmpty() && parts.object.isEmpty() && !in.mentions.isEmpty())
        parts.subject = shortName(in.mentions.first());
    return parts;
}

QString EventDetector::placeAfter(
    const Input& in, int from, const QString& actorName, const QString& object, const QString& type) const
{
    // Where: a country after a preposition in the rest of the clause ("to China", "on Japan");
    // "of Japanese goods" is said with the type's own preposition ("on Japan").
    const QList<Token>& t = in.tokens;
    for (int k = from; k < t.size(); ++k) {
        // "after Washington cleared ... to China": the place of a clause of its own; "whether to
        // retaliate against Japan" is still the deed's.
        if (t[k].lower == QLatin1String(",") || t[k].lower == QLatin1String(";")
            || (m_titlePlaceStops.contains(t[k].lower) && !(k + 1 < t.size() && t[k + 1].lower == QLatin1String("to"))))
            break;
        // "on Monday to discuss opening markets to U.S. goods": a purpose has places of its own
        // ("a resolution to impose sanctions against South Africa" is what the resolution is).
        if (t[k].lower == QLatin1String("to") && k >= 1 && k + 1 < t.size() && !m_toGovernors.contains(t[k - 1].lower)
            && !m_nounGovernors.contains(t[k - 1].lower)) {
            const auto phrases = m_phrases.constFind(t[k + 1].lower);
            if (m_baseVerbs.contains(t[k + 1].lower)
                || (phrases != m_phrases.constEnd()
                    && std::any_of(phrases->begin(), phrases->end(), [](const Phrase& p) { return !p.noun; })))
                break;
        }
        const EntityMention* m = nullptr;
        for (const EntityMention& x : in.mentions) {
            if (x.begin <= t[k].begin && t[k].end <= x.end)
                m = &x;
        }
        // "the APEC summit in Gyeongju": a meeting is held in a town the gazetteer may not know.
        // Not after a country the deed already names ("visited Korea ... in Gyeongju").
        const bool town = m && m->type == EntityType::Other && type == m_presenceType && k >= 1
            && t[k - 1].lower == QLatin1String("in") && m->begin == t[k].begin
            && std::none_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& x) {
                   return placeType(x.type) && x.end <= t[k].begin
                       && (x.begin >= t[std::min(from, k)].begin || object.contains(shortName(x))
                           || object.contains(in.text->mid(x.begin, x.end - x.begin)));
               });
        if (!m || (!placeType(m->type) && !town) || m->entityName == actorName || object.contains(shortName(*m)))
            continue;
        // The preposition right before the name, an article or one more word between.
        int p = k - 1;
        while (p >= from && p >= k - 2 && t[p].word && !t[p].capitalized && !m_prepositions.contains(t[p].lower)
            && t[p].lower != QLatin1String("to"))
            --p;
        QString preposition = p >= from ? t[p].lower : QString();
        if (!m_prepositions.contains(preposition) && preposition != QLatin1String("to"))
            continue;
        // "tariffs on goods from China": a measure on where goods come from is on that place; so is
        // one that "applied to most Taiwanese goods".
        int named = k;
        while (named < t.size() && t[named].begin < m->end)
            ++named;
        const bool goods = named < t.size() && m_targetGoods.contains(t[named].lower);
        if (preposition == QLatin1String("of")
            || ((preposition == QLatin1String("from") || goods)
                && m_titles.placePreposition(type) == QLatin1String("on")))
            preposition = m_titles.placePreposition(type);
        return preposition + QLatin1Char(' ') + shortName(*m);
    }
    return {};
}

} // namespace Kairos::Extract

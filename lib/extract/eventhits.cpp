// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the trigger words of one sentence and dropping those in background, hypothetical and
// quoted clauses.
#include "eventdetector.h"

namespace Kairos::Extract {

bool EventDetector::outletReport(const Input& in) const
{
    // "Beijing could offer subsidies of up to $70 billion, Bloomberg News reported", "..., according
    // to Bloomberg": what a news outlet reports is a claim to weigh, doubted or to come.
    return std::any_of(in.mentions.begin(), in.mentions.end(), [](const EntityMention& m) {
        return m.type == EntityType::MediaOutlet;
    }) && std::any_of(in.tokens.begin(), in.tokens.end(), [&](const Token& t) {
        const auto p = m_phrases.constFind(t.lower);
        const int i = int(&t - in.tokens.constData());
        const auto namesOutlet = [&](const QStringList& phrase) {
            int k = i + int(phrase.size());
            if (!phraseAt(in.tokens, i, phrase) || k >= in.tokens.size())
                return false;
            if (k + 1 < in.tokens.size() && m_determiners.contains(in.tokens[k].lower))
                ++k;
            return std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                return m.type == EntityType::MediaOutlet && m.begin == in.tokens[k].begin;
            });
        };
        return (p != m_phrases.constEnd() && std::any_of(p->begin(), p->end(), [&](const Phrase& x) {
            return x.type == m_reportType;
        })) || std::any_of(m_attributionPhrases.begin(), m_attributionPhrases.end(), namesOutlet);
    });
}

bool EventDetector::coordinatedSubject(
    const Input& in, int verb, QPair<const EntityMention*, const EntityMention*>* parties) const
{
    // "Trump and Chinese President Xi Jinping met": two named parties are each other's partner.
    int k = verb - 1;
    while (k > 0 && (m_auxiliaries.contains(in.tokens[k].lower) || m_adverbs.contains(in.tokens[k].lower)))
        --k;
    if (k < 0)
        return false;
    const auto mentionEndingAt = [&](int position) -> const EntityMention* {
        for (const EntityMention& m : in.mentions) {
            if (m.end == position)
                return &m;
        }
        return nullptr;
    };
    const EntityMention* second = mentionEndingAt(in.tokens[k].end);
    if (!second)
        return false;
    int before = k;
    while (before > 0 && in.tokens[before].begin > second->begin)
        --before;
    // Titles before a name ("Chinese President") belong to it.
    int join = before - 1;
    while (join > 0 && in.tokens[join].capitalized && in.tokens[join].lower != QLatin1String("and"))
        --join;
    const EntityMention* first = join >= 1 && in.tokens[join].lower == QLatin1String("and")
        ? mentionEndingAt(in.tokens[join - 1].end)
        : nullptr;
    // "talks between Afghanistan and Pakistan collapsed": the pair is the object of a preposition.
    int opening = join - 1;
    while (first && opening > 0 && in.tokens[opening].begin > first->begin)
        --opening;
    if (first && opening >= 1 && in.tokens[opening].begin >= first->begin
        && m_prepositions.contains(in.tokens[opening - 1].lower))
        first = nullptr;
    if (parties && first)
        *parties = {first, second};
    return first != nullptr;
}

QList<EventDetector::Hit> EventDetector::findHits(const Input& in) const
{
    // Words in quotation marks are mostly commentary or continue a statement: what happened is
    // told outside them ("said in a statement"). A quotation may still report a happening in plain
    // words ('"The stock market has rebounded rather vigorously"'): a verb of the lexicon counts
    // there unless the quotation speaks in the first person, denies or hedges. A sentence may also
    // start inside a quotation that opened in the sentence before.
    const bool reportedByOutlet = outletReport(in);
    QList<bool> quoted(in.tokens.size(), false);
    QList<bool> plainQuote(in.tokens.size(), false);
    {
        QList<int> marks;
        for (int i = 0; i < in.tokens.size(); ++i) {
            const QString& t = in.tokens[i].lower;
            if (t == QLatin1String("\"") || t == QString(QChar(0x201C)) || t == QString(QChar(0x201D)))
                marks << i;
        }
        // An odd mark either closes a quotation opened before the sentence or opens one that runs
        // past its end.
        if (marks.size() % 2 == 1) {
            if (marks.first() == 0)
                marks.append(int(in.tokens.size()));
            else
                marks.prepend(-1);
        }
        for (int m = 0; m + 1 < marks.size(); m += 2) {
            bool plain = true;
            for (int i = marks[m] + 1; i < marks[m + 1]; ++i) {
                quoted[i] = true;
                plain = plain && !m_quoteCommentary.contains(in.tokens[i].lower) && !hedge(in.tokens, i);
            }
            for (int i = marks[m] + 1; i < marks[m + 1] && plain; ++i)
                plainQuote[i] = true;
        }
    }
    const bool quoteFirst = !in.tokens.isEmpty() && (quoted[0] || (in.tokens.size() > 1 && quoted[1]));
    QList<Hit> hits;
    const QList<Token>& tokens = in.tokens;
    // "has since discussed taking equity", "had also since approved": a word between a perfect
    // auxiliary and its participle is an adverb ("since then"), and opens neither a background
    // phrase nor a clause.
    const auto adverbAfterAuxiliary = [&](int k) {
        int a = k - 1;
        while (a > 0 && m_adverbs.contains(tokens[a].lower))
            --a;
        return a >= 0
            && (m_presentPerfectAuxiliaries.contains(tokens[a].lower)
                || m_pastPerfectAuxiliaries.contains(tokens[a].lower));
    };
    int mention = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        // "declined to comment on the report", "refused to say whether": what was kept back tells
        // nothing that happened, and keeping it back is no news either.
        if (i + 2 < tokens.size() && tokens[i + 1].lower == QLatin1String("to")
            && m_withheldVerbs.contains(tokens[i + 2].lower)
            && std::any_of(m_refusalStems.begin(), m_refusalStems.end(),
                [&](const QString& stem) { return tokens[i].lower.startsWith(stem); })) {
            i += 2;
            continue;
        }
        // "plans to propose a revised Chips Act", "proposed a bill": putting a law forward is a
        // decision; "the proposed law" names one.
        // "plans to put forward a revised Chips Act": so is a verb of several words.
        int proposalEnd = m_lawProposalVerbs.contains(tokens[i].lower) ? i + 1 : -1;
        for (const QStringList& phrase : m_lawProposalPhrases) {
            if (proposalEnd < 0 && phrase.first() == tokens[i].lower && phraseAt(tokens, i, phrase))
                proposalEnd = i + int(phrase.size());
        }
        if (proposalEnd > 0 && i > 0 && !m_determiners.contains(tokens[i - 1].lower)) {
            int law = proposalEnd;
            while (law < tokens.size() && law <= i + 5 && tokens[law].word && !m_lawNouns.contains(tokens[law].lower)
                && tokens[law].lower != QLatin1String("to"))
                ++law;
            if (law < tokens.size() && law <= i + 5 && m_lawNouns.contains(tokens[law].lower)) {
                const Hit proposal {i, proposalEnd, m_lawProposalType, false};
                hits.insert(std::upper_bound(hits.begin(), hits.end(), i,
                                [](int token, const Hit& other) { return token < other.token; }),
                    proposal);
                continue;
            }
        }
        // "a legislative proposal will follow in the first quarter", "the Chips Act proposal": a
        // law's proposal is the decision to put it forward.
        if (m_lawProposalNouns.contains(tokens[i].lower) && i > 0 && !quoted[i]) {
            bool ofLaw = false;
            for (int k = i - 1; k >= 0 && k >= i - 4 && !ofLaw; --k) {
                if (isClauseMark(tokens[k]))
                    break;
                ofLaw = m_lawNouns.contains(tokens[k].lower) || m_lawAdjectives.contains(tokens[k].lower);
            }
            if (ofLaw) {
                const Hit proposal {i, i + 1, m_lawProposalType, true};
                hits.insert(std::upper_bound(hits.begin(), hits.end(), i,
                                [](int token, const Hit& other) { return token < other.token; }),
                    proposal);
                continue;
            }
        }
        // "has committed $165 billion to its Arizona site": a sum committed is an investment;
        // "committed to the plan" and "committed a breach" are not.
        // "is to receive up to 732 billion yen in government subsidies": so is a sum received as
        // what the lexicon calls an investment; "received $5 million from the sale" is not.
        // "plans to spend about 19 trillion won on an advanced packaging plant": so is a sum spent on
        // what the lexicon knows as a happening.
        const bool committing = m_fundsCommitmentVerbs.contains(tokens[i].lower);
        const bool receiving = !committing && m_fundsReceiptVerbs.contains(tokens[i].lower);
        const bool spending = !committing && !receiving && m_fundsSpendingVerbs.contains(tokens[i].lower);
        const auto sumAfter = [&](const Quantity& q) {
            if (q.unit.isEmpty() || q.unit == QLatin1String("%") || q.begin < tokens[i].end
                || q.begin - tokens[i].end > 1)
                return false;
            if (committing)
                return true;
            int k = i + 1;
            while (k < tokens.size() && tokens[k].begin < q.end)
                ++k;
            for (const int last = k + 4; k < tokens.size() && k <= last && !isClauseMark(tokens[k]); ++k) {
                const QString type = nounTypeAt(tokens, k);
                if (type == m_fundsCommitmentType || (spending && !type.isEmpty()))
                    return true;
            }
            return false;
        };
        if ((committing || receiving || spending) && !quoted[i]
            && std::any_of(in.quantities.begin(), in.quantities.end(), sumAfter)) {
            const Hit commitment {i, i + 1, m_fundsCommitmentType, false};
            hits.insert(std::upper_bound(hits.begin(), hits.end(), i,
                            [](int token, const Hit& other) { return token < other.token; }),
                commitment);
            continue;
        }
        const auto it = m_phrases.constFind(tokens[i].lower);
        if (it == m_phrases.constEnd()) {
            // "an investigation that the Commerce Department opened in April": a verb that only
            // starts or makes public an event noun tells that happening when a relative clause of
            // the noun holds it.
            if (const int noun = m_supportVerbs.contains(tokens[i].lower) ? reducedRelative(in, i) : -1; noun >= 0) {
                const QString type = nounTypeAt(tokens, noun);
                if (!type.isEmpty() && !quoted[i])
                    hits << Hit {i, i + 1, type, false};
            }
            continue;
        }
        // Words of a name are not triggers: the "States" of "United States" states nothing.
        while (mention < in.mentions.size() && in.mentions[mention].end <= tokens[i].begin)
            ++mention;
        // A measure or list named as such ("the entity list", "the affiliates rule") is still a
        // trigger.
        const bool namedMeasure = mention < in.mentions.size() && in.mentions[mention].type == EntityType::Other;
        if (mention < in.mentions.size() && in.mentions[mention].begin <= tokens[i].begin && !namedMeasure)
            continue;
        if (quoted[i] && !plainQuote[i])
            continue;
        // "1.03 trillion Korean won" is an amount, nothing won.
        if (std::any_of(in.quantities.begin(), in.quantities.end(),
                [&](const Quantity& q) { return q.begin <= tokens[i].begin && tokens[i].end <= q.end; }))
            continue;
        const Phrase* best = nullptr;
        bool verbForm = false;
        for (const Phrase& p : *it) {
            if ((!best || p.keys.size() > best->keys.size()) && phraseAt(tokens, i, p.keys))
                best = &p;
            verbForm = verbForm || (!p.noun && p.keys.size() == 1);
        }
        if (!best)
            continue;
        // "declined to 5.2 pct", "declined to the lowest level since 1985": a figure that fell; only
        // a verb after it is refused.
        const int afterTo = i + int(best->keys.size());
        if (best->keys.size() > 1 && best->keys.last() == QLatin1String("to")
            && std::any_of(m_refusalStems.begin(), m_refusalStems.end(),
                [&](const QString& stem) { return tokens[i].lower.startsWith(stem); })
            && (afterTo >= tokens.size() || !tokens[afterTo].word || tokens[afterTo].capitalized
                || tokens[afterTo].number || m_determiners.contains(tokens[afterTo].lower)))
            continue;
        // '"reinforces the status of the lira and meets the requirements expressed several times"':
        // words of speech inside a quotation belong to it.
        if (quoted[i] && best->type == QLatin1String("statement"))
            continue;
        // "agreed to set up a dialogue to address supply disruptions": after an infinitive's "to",
        // a noun of speech is a verb the lexicon does not list, and tells nothing said.
        const QString& word = tokens[i].lower;
        const bool plural = word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss"));
        if (best->noun && best->keys.size() == 1 && best->type == QLatin1String("statement") && i > 0
            && tokens[i - 1].lower == QLatin1String("to") && !plural)
            continue;
        // "another round of import tariff cuts", "the export": a verb of the lexicon in the place
        // of a noun names a thing, unless the lexicon lists the word as a noun as well.
        // So does one after a determiner and a name ("a Washington visit").
        const bool namedNoun = i > 1 && tokens[i - 1].capitalized && m_determiners.contains(tokens[i - 2].lower)
            && std::any_of(it->begin(), it->end(), [](const Phrase& p) { return p.noun && p.keys.size() == 1; });
        // "responded by barring exports": a gerund after a preposition of means is a deed.
        // Only after a response ("responded within minutes by barring"): "protects shareholders
        // by allowing them to vote" tells how something works.
        bool meansGerund = i > 1 && m_meansPrepositions.contains(tokens[i - 1].lower)
            && tokens[i].lower.endsWith(QLatin1String("ing"));
        bool responded = false;
        for (int k = i - 2; meansGerund && k >= 0 && k >= i - 5 && !responded && tokens[k].word; --k)
            responded = m_framingVerbs.contains(tokens[k].lower);
        meansGerund = meansGerund && responded;
        // "in response to Beijing's rare-earth curbs": after a possessive and its modifier, a thing.
        const auto possessive = [&](int k) {
            const QStringView mark = QStringView(*in.text).mid(tokens[k].end, 2);
            return mark == QLatin1String("'s") || mark == QStringView(u"\u2019s");
        };
        // "the US company's purchase of Autotalks": right after a possessive, a thing too.
        // Not after the owner's actor ("Taiwan's cabinet approved"): that is a subject and its verb.
        // "the cabinet on March 3 approved": a day's number is no amount the verb could name.
        const bool dayBefore = i > 0 && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
            return d.begin <= tokens[i - 1].begin && tokens[i - 1].end <= d.end;
        });
        const bool owned = (i > 1 && possessive(i - 2) && tokens[i - 1].word && !tokens[i - 1].capitalized
                               && !m_actorNouns.contains(tokens[i - 1].lower))
            || (i > 0 && tokens[i - 1].word && possessive(i - 1) && i + 1 < tokens.size()
                && tokens[i + 1].lower == QLatin1String("of"));
        // "chip-related curbs", "US-made chips": after a compound modifier, a thing.
        const int hyphen = i > 0 && tokens[i - 1].word ? int(tokens[i - 1].lower.lastIndexOf(QLatin1Char('-'))) : -1;
        const bool compoundBefore = hyphen > 0 && hyphen + 1 < tokens[i - 1].lower.size()
            && tokens[i - 1].lower.at(hyphen + 1).isLetter() && !tokens[i - 1].capitalized;
        if (!best->noun && best->keys.size() == 1 && i > 0 && !meansGerund
            && (m_determiners.contains(tokens[i - 1].lower) || compoundBefore
                || (m_prepositions.contains(tokens[i - 1].lower) && !adverbAfterAuxiliary(i - 1)) || owned
                || m_negativeDeterminers.contains(tokens[i - 1].lower) || m_nounAfter.contains(tokens[i - 1].lower)
                || (tokens[i - 1].number && !dayBefore) || namedNoun)) {
            const auto noun
                = std::find_if(it->begin(), it->end(), [](const Phrase& p) { return p.noun && p.keys.size() == 1; });
            if (noun == it->end())
                continue;
            best = &*noun;
        }
        // "the three firms suing IBM", "U.S. companies investing in China", "dollar selling": a
        // present participle after a noun describes the noun or names an activity; only after a
        // form of "be", an auxiliary or a governing verb ("began selling") is it a happening.
        if (!best->noun && best->keys.size() == 1 && i > 0 && tokens[i].lower.endsWith(QLatin1String("ing"))) {
            int prev = i - 1;
            while (prev > 0 && m_adverbs.contains(tokens[prev].lower))
                --prev;
            const Token& p = tokens[prev];
            const bool governed = !p.word || m_beForms.contains(p.lower) || m_auxiliaries.contains(p.lower)
                || m_toGovernors.contains(p.lower) || m_modalityByFirst.contains(p.lower)
                || m_prepositions.contains(p.lower) || m_background.contains(p.lower) || m_phrases.contains(p.lower)
                || m_particles.contains(p.lower) || p.lower.endsWith(QLatin1String("ing"));
            if (!governed) {
                const auto noun = std::find_if(
                    it->begin(), it->end(), [](const Phrase& q) { return q.noun && q.keys.size() == 1; });
                if (noun == it->end())
                    continue;
                best = &*noun;
            }
        }
        // "to finalise rules requiring ...", "imposed curbs": a verb's -s form right after a verb of
        // the lexicon is its object, a noun.
        if (!best->noun && best->keys.size() == 1 && i > 0 && tokens[i].lower.endsWith(QLatin1Char('s'))
            && !tokens[i - 1].lower.endsWith(QLatin1String("ing"))) {
            const auto before = m_phrases.constFind(tokens[i - 1].lower);
            if (before != m_phrases.constEnd() && std::any_of(before->begin(), before->end(), [](const Phrase& q) {
                    return !q.noun && q.keys.size() == 1;
                })) {
                const auto noun = std::find_if(
                    it->begin(), it->end(), [](const Phrase& q) { return q.noun && q.keys.size() == 1; });
                if (noun == it->end())
                    continue;
                best = &*noun;
            }
        }
        // "The offer, which had been extended several times, had been below required levels": a
        // past perfect in a relative clause set off by a comma tells the background of its noun.
        if (!best->noun) {
            int k = i - 1;
            bool perfect = false;
            while (k > 0 && tokens[k].lower != QLatin1String(",") && i - k <= 5) {
                perfect = perfect || tokens[k].lower == QLatin1String("had");
                --k;
            }
            if (perfect && k > 0 && k + 1 < i && tokens[k].lower == QLatin1String(",")
                && m_relativePronouns.contains(tokens[k + 1].lower))
                continue;
        }
        // A word the lexicon knows as a verb (not only as an event noun).
        const auto verbOfLexicon = [&](const QString& w) {
            const auto p = m_phrases.constFind(w);
            return p != m_phrases.constEnd()
                && std::any_of(p->begin(), p->end(), [](const Phrase& q) { return !q.noun; });
        };
        // "were to renew contacts agreed after an inconclusive meeting": after the clause's own
        // verb, a past participle right after a noun describes that noun.
        if (!best->noun && best->keys.size() == 1 && i > 1
            && (tokens[i].lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(tokens[i].lower))) {
            const Token& p = tokens[i - 1];
            const bool afterNoun = p.word && !p.capitalized && !p.number && !m_determiners.contains(p.lower)
                && !m_beForms.contains(p.lower) && !m_auxiliaries.contains(p.lower)
                && !m_subjectPronouns.contains(p.lower) && !m_adverbs.contains(p.lower)
                && !p.lower.endsWith(QLatin1String("ly")) && !m_prepositions.contains(p.lower)
                && !adverbAfterAuxiliary(i - 1) && !verbOfLexicon(p.lower) && !m_speechVerbs.contains(p.lower)
                && !m_sourceWords.contains(p.lower);
            bool finiteBefore = false;
            for (int k = i - 2; afterNoun && k >= 0 && !finiteBefore; --k) {
                const QString& w = tokens[k].lower;
                if (m_participleScopeEnd.contains(w) || m_speechVerbs.contains(w))
                    break;
                // "In order to lift the tariffs imposed last Friday": an infinitive is a verb too.
                finiteBefore = m_beForms.contains(w) || m_auxiliaries.contains(w)
                    || (m_purposeMarkers.contains(w) && k + 1 < i - 1 && tokens[k + 1].word
                        && !tokens[k + 1].capitalized && !m_determiners.contains(tokens[k + 1].lower));
            }
            if (afterNoun && finiteBefore)
                continue;
        }
        // "Argentine export taxes", "election results": a word that names the kind of a following
        // noun is not the happening; the phrase's last word is what it is about. A past form
        // ("sold chips") is a verb.
        const int after = i + int(best->keys.size());
        const bool modifier = after < tokens.size() && tokens[after].word && !tokens[after].capitalized
            && !tokens[after].number && !m_titleStopWords.contains(tokens[after].lower)
            && !m_determiners.contains(tokens[after].lower) && !m_prepositions.contains(tokens[after].lower)
            && !m_existential.contains(tokens[after].lower) && !m_auxiliaries.contains(tokens[after].lower)
            && !m_speechVerbs.contains(tokens[after].lower) && !m_phrases.contains(tokens[after].lower)
            && !m_statives.contains(tokens[after].lower) && !m_pastForms.contains(tokens[after].lower)
            && !m_adverbs.contains(tokens[after].lower) && !m_modalityByFirst.contains(tokens[after].lower)
            && !verbLike(tokens[after].lower) && !tokens[after].lower.endsWith(QLatin1String("ed"))
            && !tokens[after].lower.endsWith(QLatin1String("ly"))
            && !tokens[after].lower.endsWith(QLatin1String("ing"));
        const bool bareVerb = !best->noun && best->keys.size() == 1 && !tokens[i].lower.endsWith(QLatin1Char('s'))
            && !tokens[i].lower.endsWith(QLatin1String("ed")) && !tokens[i].lower.endsWith(QLatin1String("ing"))
            && !m_pastForms.contains(tokens[i].lower)
            && (i == 0
                || (tokens[i - 1].lower != QLatin1String("to") && !m_futureAuxiliaries.contains(tokens[i - 1].lower)));
        if (modifier && (best->noun || bareVerb))
            continue;
        // '"The market is large," the official quoted Garn as saying': the words that name the
        // speaker of a quotation continue a statement; "said in a statement" still names one.
        if (quoteFirst && !best->noun && best->type == QLatin1String("statement"))
            continue;
        // '"... demands," the communique said': a statement noun that speaks a quotation names its
        // source, not a happening.
        if (quoteFirst && best->noun && best->type == QLatin1String("statement") && i + 1 < tokens.size()
            && (m_speechVerbs.contains(tokens[i + 1].lower) || m_plainSpeechVerbs.contains(tokens[i + 1].lower)))
            continue;
        // "the memory market continues to tighten.": without an object, a market's state.
        if (!best->noun && m_objectVerbs.contains(tokens[i].lower) && (i + 1 >= tokens.size() || !tokens[i + 1].word))
            continue;
        // "Reagan remains opposed to any tax increases": a state, not a happening; but "exports
        // remain banned" tells a measure in force.
        if (!best->noun && i > 0 && m_linkingVerbs.contains(tokens[i - 1].lower)
            && best->type != QLatin1String("export_control"))
            continue;
        // "meet interest payments", "were met by angry pickets": a meeting has someone to meet.
        if (!best->noun && m_partnerVerbs.contains(tokens[i].lower)) {
            const int next = i + 1 < tokens.size() ? tokens[i + 1].begin : in.sentence.end;
            const bool partner = i + 1 < tokens.size()
                && (tokens[i + 1].lower == QLatin1String("with")
                    || std::any_of(in.mentions.begin(), in.mentions.end(),
                        [&](const EntityMention& m) { return m.begin >= next && m.begin - next < 24; }));
            // "producers will meet at 1500 GMT", "will meet on Tuesday": a meeting has a time.
            const bool timed = std::any_of(in.dates.begin(), in.dates.end(),
                [&](const DateExpression& d) { return d.start && d.begin >= tokens[i].end && d.begin <= next; });
            const bool passive = i > 0 && m_beForms.contains(tokens[i - 1].lower);
            if ((!partner && !timed && !coordinatedSubject(in, i)) || passive)
                continue;
        }
        if (quoted[i] && best->noun)
            continue;
        // "Moore Threads, led by ..., develops the MTT S-series": after the lead, an undated simple
        // present tells what someone does, not a happening.
        if (!best->noun && best->keys.size() == 1 && !in.lead && in.dates.isEmpty()
            && !m_modalityByFirst.contains(tokens[i].lower) && tokens[i].lower.endsWith(QLatin1Char('s'))
            && !tokens[i].lower.endsWith(QLatin1String("ss")) && best->type != QLatin1String("statement")
            && best->type != QLatin1String("report") && !m_planCues.contains(tokens[i].lower) && i > 0
            && !m_auxiliaries.contains(tokens[i - 1].lower) && tokens[i - 1].lower != QLatin1String("to"))
            continue;
        Hit hit {i, i + int(best->keys.size()), best->type, best->noun};
        // "its third package of chip-related curbs": a container is of the kind of what it holds.
        if (hit.noun && m_containerNouns.contains(tokens[i].lower) && i + 2 < tokens.size()
            && tokens[i + 1].lower == QLatin1String("of")) {
            for (int k = i + 2; k < tokens.size() && k <= i + 5 && tokens[k].word; ++k) {
                if (const QString held = nounTypeAt(tokens, k); !held.isEmpty() && nounTriggerAt(tokens, k)) {
                    hit.type = held;
                    break;
                }
            }
        }
        if (best->noun && verbForm && i > 0
            && (tokens[i - 1].lower == QLatin1String("to") || tokens[i - 1].lower == QLatin1String("will")))
            hit.noun = false;
        // "it will not allow Nvidia to sell the B30A", "Beijing won't approve": refusing is done
        // in the telling.
        // "H200 chips were not permitted to enter": so is a grant denied in the passive.
        if (!hit.noun && m_refusableTypes.contains(hit.type)) {
            int k = i - 1;
            while (k > 0 && m_adverbs.contains(tokens[k].lower) && !m_negations.contains(tokens[k].lower))
                --k;
            const bool participle
                = tokens[i].lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(tokens[i].lower);
            if (k >= 1 && m_negations.contains(tokens[k].lower)
                && (m_refusalAuxiliaries.contains(tokens[k - 1].lower)
                    || (participle && m_refusalPassives.contains(tokens[k - 1].lower)))) {
                hit.type = m_refusalType;
                hit.refused = true;
            }
        }
        // "would not let the chips be sold": "let" grants nothing unless refused.
        if (!hit.refused && m_refusalOnlyVerbs.contains(tokens[i].lower))
            continue;
        // "named Lip-Bu Tan, a former board member, as its new chief executive" appoints; "a
        // citizen named Daniel Cho", "declined to be named" do not.
        if (!hit.noun && m_appointmentVerbs.contains(tokens[i].lower)) {
            bool role = false;
            for (int k = i + 1; k < tokens.size() && k <= i + 16 && !role; ++k) {
                if (tokens[k].lower == QLatin1String(";") || tokens[k].lower == QLatin1String("."))
                    break;
                role = m_roleNouns.contains(tokens[k].lower);
            }
            if (!role)
                continue;
        }
        i = hit.tokenEnd - 1;
        // "exports of the H20 would require a licence": a licence demanded is a control, not a grant.
        if (m_requiredNouns.contains(tokens[i].lower)) {
            int k = hit.token - 1;
            // "require a US licence": a name may say whose licence; "require trade permits",
            // "requires special licences": a plain word or two may say what kind.
            int plain = 0;
            while (k > 0
                && (m_determiners.contains(tokens[k].lower) || m_adverbs.contains(tokens[k].lower)
                    || tokens[k].capitalized
                    || (plain < 2 && tokens[k].word && !tokens[k].number && !m_prepositions.contains(tokens[k].lower)
                        && !m_requirementVerbs.contains(tokens[k].lower) && ++plain)))
                --k;
            if (k >= 0 && m_requirementVerbs.contains(tokens[k].lower)) {
                hit.type = m_requirementType;
                hit.noun = true;
            }
        }
        // "added Zhipu AI to the entity list": putting a company on a list is the deed, and its
        // verb tells who did it to whom.
        // "to its export control entity list": the words before the list name its kind.
        if (hit.noun && best->listing) {
            const int list = hit.token;
            int k = hit.token - 1;
            while (k > 0 && list - k <= 4
                && (m_determiners.contains(tokens[k].lower)
                    || (tokens[k].word && !tokens[k].capitalized && tokens[k].lower != QLatin1String("to"))))
                --k;
            for (int v = k - 1; k > 0 && tokens[k].lower == QLatin1String("to") && v >= 0 && v >= k - 10; --v) {
                if (tokens[v].lower == QLatin1String(",") || tokens[v].lower == QLatin1String(";"))
                    break;
                if (m_listingVerbs.contains(tokens[v].lower)) {
                    hit = Hit {v, v + 1, hit.type, false};
                    hits.removeIf([&](const Hit& h) { return h.token > k && h.token < list; });
                    break;
                }
            }
        }
        // Hits stay in the order of the text, also when the listing verb came before another trigger.
        hits.insert(std::upper_bound(hits.begin(), hits.end(), hit.token,
                        [](int token, const Hit& other) { return token < other.token; }),
            hit);
    }

    // "The official refused to rule out Japanese retaliation", "did not rule out sanctions": a
    // possibility left open, neither a refusal nor a happening.
    int openFrom = int(tokens.size());
    for (int r = 1; r < tokens.size() && openFrom == tokens.size(); ++r) {
        if (!std::any_of(m_possibilityPhrases.begin(), m_possibilityPhrases.end(),
                [&](const QStringList& keys) { return phraseAt(tokens, r, keys); }))
            continue;
        const QString& before = tokens[r - 1].lower;
        if (m_negations.contains(before))
            openFrom = r - 1;
        else if (before == QLatin1String("to") && r >= 2
            && std::any_of(m_refusalStems.begin(), m_refusalStems.end(),
                [&](const QString& stem) { return tokens[r - 2].lower.startsWith(stem); }))
            openFrom = r - 2;
    }
    // "its final set of chip export rules", "a fifth round of trade talks": a word that only counts
    // the happenings does not background them.
    const auto counting = [&](const QString& word, const QString& type) {
        return m_collectiveNouns.contains(word) || (type == m_presenceType && m_sessionNouns.contains(word));
    };
    QList<Hit> kept;
    // The object of an infinitive that was dropped ("decision to impose tariffs") goes with it.
    int swallowedUntil = -1;
    for (const Hit& h : std::as_const(hits)) {
        if ((h.noun && h.token < swallowedUntil) || h.token >= openFrom)
            continue;
        bool causedHit = false;
        // "... to the Ministry of Finance today and approval is expected": a noun that opens a
        // clause of its own after "and" hangs from nothing before it.
        int own = 0;
        if (h.noun && h.tokenEnd < tokens.size() && m_clauseSubjectVerbs.contains(tokens[h.tokenEnd].lower)) {
            for (int k = h.token - 1; k >= 0 && k >= h.token - 2 && own == 0; --k) {
                if (m_clauseCoordinators.contains(tokens[k].lower))
                    own = k + 1;
            }
        }
        const bool subjectOfFact = h.noun && h.tokenEnd < tokens.size()
            && ((tokens[h.tokenEnd].lower.size() > 3 && tokens[h.tokenEnd].lower.endsWith(QLatin1String("ed")))
                || m_pastForms.contains(tokens[h.tokenEnd].lower))
            && std::any_of(tokens.begin() + std::max(0, h.token - 3), tokens.begin() + h.token,
                [&](const Token& t) { return m_factClauseOpeners.contains(t.lower); });
        // Backgrounded: "following recent export approvals", "the approval of H200 exports".
        bool background = false;
        for (int k = h.token - 1; k >= std::max(own, h.token - 4); --k) {
            // "Rapidus, which is backed by Japan, started production": not across the comma that
            // closes another clause.
            if (h.noun && (tokens[k].lower == QLatin1String(",") || tokens[k].lower == QLatin1String(";"))
                && k + 1 < h.token
                && (tokens[k + 1].lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(tokens[k + 1].lower)))
                break;
            const bool near = h.token - k <= 2;
            // "its final set of chip export rules": the rules are the thing, a set only counts them.
            // "by announcing tariffs": a means told is a deed, not a background.
            const bool counted
                = (k >= 1 && tokens[k].lower == QLatin1String("of") && counting(tokens[k - 1].lower, h.type))
                || (m_meansPrepositions.contains(tokens[k].lower) && k + 1 < h.token
                    && tokens[k + 1].lower.endsWith(QLatin1String("ing")));
            // "a day after Washington unveiled its crackdown": a clause of fact tells its own happening.
            // "after US rules cut the Chinese firm off": so does an event noun that is its subject.
            const bool fact = (!h.noun || subjectOfFact) && factClauseAt(tokens, k);
            // "is due for a vote": what is scheduled, not a cause ("due to").
            const bool scheduled = k + 1 < h.token && m_scheduleVerbs.contains(tokens[k].lower)
                && tokens[k + 1].lower == QLatin1String("for");
            const bool adverb = adverbAfterAuxiliary(k);
            // "China on Thursday announced export controls": the preposition governs the day.
            const bool ofDay = k + 1 < h.token
                && std::any_of(in.dates.begin(), in.dates.end(),
                    [&](const DateExpression& d) { return d.begin <= tokens[k].begin && tokens[k + 1].end <= d.end; });
            background = background
                || (h.noun && m_background.contains(tokens[k].lower) && !counted && !subjectOfFact && !scheduled
                    && !adverb && !ofDay)
                || (near && m_strongBackground.contains(tokens[k].lower) && !fact && !adverb && !ofDay);
            // "on Wednesday expanded licence requirements": not across a kept verb the noun is the
            // object of ("after Tokyo lifted the ban" keeps neither).
            if (h.noun && std::any_of(kept.begin(), kept.end(), [&](const Hit& x) { return !x.noun && x.token == k; }))
                break;
        }
        // "under the emergency provisions of the U.S.-Japanese semiconductor agreement": a noun
        // whose phrase hangs from a preposition of another clause is what that clause is about.
        if (h.noun && !background && !subjectOfFact) {
            for (int k = h.token - 1; k >= own && k >= h.token - 7; --k) {
                const QString& w = tokens[k].lower;
                // Not across a verb: "The pressure on Reagan included a call by the Senate".
                if (w == QLatin1String(",") || w == QLatin1String(";") || w == QLatin1String("to")
                    || m_auxiliaries.contains(w)
                    || (w.size() > 3 && w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("eed")))
                    || m_pastForms.contains(w))
                    break;
                if (m_background.contains(w)
                    && !(k >= 1 && w == QLatin1String("of") && counting(tokens[k - 1].lower, h.type))
                    && !(m_meansPrepositions.contains(w) && tokens[k + 1].lower.endsWith(QLatin1String("ing")))) {
                    background = true;
                    break;
                }
                if (m_prepositions.contains(w) || (!tokens[k].word && w != QLatin1String("-")))
                    break;
            }
        }
        // "reacted well to the H200 decision announced on December 8": a definite event noun after
        // a preposition that a participle describes names a happening told before.
        if (h.noun && !in.lead && h.tokenEnd < tokens.size()) {
            const QString& next = tokens[h.tokenEnd].lower;
            const bool participle
                = (next.size() > 4 && next.endsWith(QLatin1String("ed"))) || m_pastForms.contains(next);
            int k = h.token - 1;
            while (k > 0 && h.token - k < 3 && tokens[k].word && !m_determiners.contains(tokens[k].lower))
                --k;
            if (participle && k >= 1 && m_referringDeterminers.contains(tokens[k].lower)
                && (m_prepositions.contains(tokens[k - 1].lower) || tokens[k - 1].lower == QLatin1String("to"))
                && !m_beForms.contains(next) && !m_auxiliaries.contains(next))
                background = true;
        }
        // "This development comes ...": a noun that refers back to an event already told.
        if (h.noun && h.token >= 1 && h.token <= 2 && m_anaphoric.contains(tokens[h.token - 1].lower))
            background = true;
        // "..., including the power to sell shares": examples and parts, not happenings.
        for (int k = h.token - 1; k >= 0 && !background; --k) {
            if (tokens[k].lower == QLatin1String(",") || tokens[k].lower == QLatin1String(";"))
                break;
            // "will be open for comment until June 21 and is scheduled to take effect": a second
            // predicate of the subject is past the first one's clause.
            if (m_clauseCoordinators.contains(tokens[k].lower) && k + 1 < h.token
                && (m_beForms.contains(tokens[k + 1].lower) || m_auxiliaries.contains(tokens[k + 1].lower)))
                break;
            // "..., when Washington imposed a licence requirement": a clause of fact is not one.
            background = m_backgroundClause.contains(tokens[k].lower) && !(!h.noun && factClauseAt(tokens, k))
                && !adverbAfterAuxiliary(k);
        }
        // "to obtain permission before shipping goods to them": a condition too.
        if (!h.noun && h.token >= 1 && m_conditionOpeners.contains(tokens[h.token - 1].lower)
            && tokens[h.token].lower.endsWith(QLatin1String("ing")))
            background = true;
        // "would require approval before chipmakers can produce them abroad": a condition to come.
        for (int k = h.token - 1; !h.noun && k >= 1 && k >= h.token - 10 && !background; --k) {
            if (isClauseMark(tokens[k]))
                break;
            if (!m_futureAuxiliaries.contains(tokens[k].lower))
                continue;
            for (int c = k - 1; c >= 0 && c >= k - 8 && !background; --c) {
                const bool suchAs = c >= 1 && tokens[c - 1].lower == QLatin1String("such");
                if (isClauseMark(tokens[c]) && !suchAs)
                    break;
                background = m_conditionOpeners.contains(tokens[c].lower);
            }
            break;
        }
        // "spoke by phone, with rare-earth supplies and US chip curbs high on the agenda": topics.
        for (int k = h.tokenEnd; k < tokens.size() && k <= h.tokenEnd + 2 && !background; ++k)
            background = std::any_of(m_agendaPhrases.begin(), m_agendaPhrases.end(),
                [&](const QStringList& keys) { return phraseAt(tokens, k, keys); });
        if (std::any_of(m_restatedOpeners.begin(), m_restatedOpeners.end(),
                [&](const QStringList& keys) { return tokens.size() > keys.size() && phraseAt(tokens, 0, keys); }))
            background = true;
        // "before a Washington visit later this month by Nakasone": a meeting dated where it is
        // named is one of its own, whatever the clause around it says.
        const bool datedMeeting = h.noun && h.type == QLatin1String("meeting")
            && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                   const int end = tokens[h.tokenEnd - 1].end;
                   return d.start && d.begin >= end && d.begin - end <= 2;
               });
        // "ahead of an expected meeting between Chinese and US leaders": a meeting awaited is one
        // to come, whatever the clause around it says.
        const bool awaitedMeeting = h.noun && h.type == m_presenceType && h.token >= 2
            && m_planParticiples.contains(tokens[h.token - 1].lower)
            && m_determiners.contains(tokens[h.token - 2].lower);
        // "Speaking after farm trade talks with Japan's agriculture minister": talks with someone
        // named took place, even when told in passing.
        const auto after = [&](int k) {
            return tokens[k].lower == QLatin1String("after") || tokens[k].lower == QLatin1String("following")
                || tokens[k].lower == QLatin1String("followed") || tokens[k].lower == QLatin1String("during");
        };
        bool heldBefore = false;
        for (int k = std::max(0, h.token - 4); k < h.token; ++k)
            heldBefore = heldBefore || after(k);
        const bool partnered = heldBefore && h.noun && h.type == QLatin1String("meeting")
            && h.tokenEnd + 1 < tokens.size() && tokens[h.tokenEnd].lower == QLatin1String("with")
            && std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                   return m.begin >= tokens[h.tokenEnd].end && m.begin - tokens[h.tokenEnd].end <= 40;
               });
        // "he doubted Japan could avoid the April 17 imposition of tariffs": a happening with a day
        // of its own in its name is one, even where it is doubted.
        const bool namedDay
            = h.noun && h.token >= 1 && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                  if (!d.start || d.precision != DatePrecision::Day || d.end > tokens[h.token].begin
                      || tokens[h.token].begin - d.end > 1)
                      return false;
                  int k = h.token - 1;
                  while (k >= 0 && tokens[k].begin >= d.begin)
                      --k;
                  return k >= 0 && m_determiners.contains(tokens[k].lower);
              });
        // "on arriving here for talks", "flew to Tokyo for talks": the trip is for a meeting.
        bool travelledFor = false;
        if (h.noun && h.type == QLatin1String("meeting") && h.token >= 2
            && tokens[h.token - 1].lower == QLatin1String("for")) {
            for (int k = std::max(0, h.token - 6); k < h.token - 1 && !travelledFor; ++k)
                travelledFor = m_travelVerbs.contains(tokens[k].lower);
        }
        // "pending a final decision by President Reagan on April 17": the deed of someone named,
        // on a day of its own.
        bool agentDay = false;
        if (h.noun && h.tokenEnd + 1 < tokens.size() && m_agentPrepositions.contains(tokens[h.tokenEnd].lower)) {
            const int from = tokens[h.tokenEnd].end;
            for (const EntityMention& m : in.mentions) {
                if (m.begin < from || m.begin - from > 2)
                    continue;
                agentDay = std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                    return d.start && d.precision == DatePrecision::Day && d.begin >= m.end && d.begin - m.end <= 4;
                });
                break;
            }
        }
        // "Following the meeting, Beijing agreed", "a truce reached after two days of talks": the
        // meeting that came before is a happening of its own.
        bool occasion = heldBefore && h.noun && h.type == m_presenceType;
        bool plannedOccasion = false;
        int owner = -1;
        // "the US company's purchase of Israeli chip designer Autotalks": a deed its doer's
        // possessive and its object's name tell.
        // "its 2020 acquisition of Mellanox": the year it was made may stand between.
        int ownerAt = h.token - 1;
        if (ownerAt >= 1 && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                return d.start && d.begin == tokens[ownerAt].begin && d.end == tokens[ownerAt].end;
            }))
            --ownerAt;
        if (h.noun && ownerAt >= 0 && h.tokenEnd + 1 < tokens.size()
            && tokens[h.tokenEnd].lower == QLatin1String("of")) {
            const QStringView mark = QStringView(*in.text).mid(tokens[ownerAt].end, 2);
            const bool possessed = tokens[ownerAt].word
                && (mark == QLatin1String("'s") || mark == QStringView(u"\u2019s")
                    || tokens[ownerAt].lower == QLatin1String("its"));
            const int from = tokens[h.tokenEnd].end;
            const bool owned = possessed
                && std::any_of(in.mentions.begin(), in.mentions.end(),
                    [&](const EntityMention& m) { return m.begin > from && m.begin - from <= 30; });
            if (owned && !occasion) {
                occasion = true;
                owner = ownerAt;
            }
        }
        // "despite U.S. sanctions announced last week", "the tariffs announced by President Reagan":
        // an event noun whose participle names its doer or its day is a happening of its own.
        if (h.noun && !occasion && h.tokenEnd + 1 < tokens.size()) {
            const QString& participle = tokens[h.tokenEnd].lower;
            const bool past = (participle.size() > 4 && participle.endsWith(QLatin1String("ed")))
                || m_pastForms.contains(participle);
            const int from = tokens[h.tokenEnd].end;
            // "a trade deal reached with Hanoi": a partner named as well as a doer.
            const bool byDoer = (m_agentPrepositions.contains(tokens[h.tokenEnd + 1].lower)
                                    || tokens[h.tokenEnd + 1].lower == QLatin1String("with"))
                && std::any_of(in.mentions.begin(), in.mentions.end(),
                    [&](const EntityMention& m) { return m.begin > from && m.begin - from <= 16; });
            const bool dated = std::any_of(in.dates.begin(), in.dates.end(),
                [&](const DateExpression& d) { return d.start && d.begin >= from && d.begin - from <= 6; });
            // Not the subject of its own clause ("A federal appeals court ruled on Friday"): the
            // noun hangs from a preposition ("despite U.S. sanctions", "by the tariffs").
            bool governed = false;
            for (int k = h.token - 1; k >= 0 && k >= h.token - 4 && !governed && tokens[k].word; --k)
                governed = m_prepositions.contains(tokens[k].lower) || m_background.contains(tokens[k].lower)
                    || m_strongBackground.contains(tokens[k].lower);
            occasion = past && governed && (byDoer || dated);
            // "with mass production targeted for 2027": a happening set for a time to come.
            plannedOccasion = occasion && m_planParticiples.contains(participle);
        }
        if (background && !datedMeeting && !awaitedMeeting && !partnered && !namedDay && !travelledFor && !agentDay
            && !occasion)
            continue;
        // "achieved annual output of 10 mln tonnes of grain", "production hit an annual target of
        // five mln tonnes": a noun in a clause that gives a figure is a statistic, not a happening.
        bool figure = false;
        for (int k = h.token; h.noun && k + 2 < tokens.size() && k < h.token + 8 && !figure; ++k) {
            // Not across a preposition: "tariffs on imports of 300 mln dlrs" are no figure.
            if (tokens[k].lower == QLatin1String(",") || tokens[k].lower == QLatin1String(";")
                || (k > h.token && m_prepositions.contains(tokens[k].lower)))
                break;
            const QString& amount = tokens[k + 2].lower;
            // "production of 2-nanometer chips": a number joined to a word names a kind.
            const bool compound = amount.contains(QLatin1Char('-'))
                || (k + 3 < tokens.size() && tokens[k + 3].begin == tokens[k + 2].end
                    && tokens[k + 3].lower == QLatin1String("-"));
            figure = m_figureNouns.contains(tokens[k].lower) && m_figureLinks.contains(tokens[k + 1].lower) && !compound
                && (amount.front().isDigit() || m_numberWords.contains(amount) || m_quantityWords.contains(amount));
        }
        // "Blackwell processors sell for an estimated $30,000 apiece": a price, not a sale.
        const bool price = !h.noun && m_priceVerbs.contains(tokens[h.token].lower) && h.tokenEnd + 1 < tokens.size()
            && tokens[h.tokenEnd].lower == QLatin1String("for")
            && std::any_of(in.quantities.begin(), in.quantities.end(), [&](const Quantity& q) {
                   return q.unit != QLatin1String("%") && q.begin >= tokens[h.tokenEnd].end
                       && q.begin - tokens[h.tokenEnd].end <= 16;
               });
        // "Taiwan produces more than 90% of the world's advanced chips": a share held, not a happening.
        const bool share = !h.noun && h.tokenEnd == h.token + 1 && tokens[h.token].lower.endsWith(QLatin1Char('s'))
            && !tokens[h.token].lower.endsWith(QLatin1String("ss")) && h.token >= 1
            && !m_auxiliaries.contains(tokens[h.token - 1].lower)
            && std::any_of(in.quantities.begin(), in.quantities.end(), [&](const Quantity& q) {
                   return q.unit == QLatin1String("%") && q.begin >= tokens[h.token].end
                       && q.begin - tokens[h.token].end <= 16;
               });
        if (figure || price || share || (!h.noun && changeOfFigure(tokens, h.token)))
            continue;
        // "have still not been able to agree", "has so far failed to reach agreement": what
        // could not be done did not happen.
        bool unable = false;
        for (int k = std::max(0, h.token - 5); k < h.token && !unable; ++k) {
            for (const QStringList& keys : m_inabilityCues) {
                if (phraseAt(tokens, k, keys) && k + int(keys.size()) <= h.token
                    && h.token - (k + int(keys.size())) <= 2) {
                    unable = true;
                    break;
                }
            }
        }
        if (unable)
            continue;
        // "the contract was a standard contract under which ...": a noun that says what something is.
        bool predicate = false;
        for (int k = h.token - 1; h.noun && k >= 1 && k >= h.token - 4 && !predicate; --k) {
            if (!tokens[k].word || m_prepositions.contains(tokens[k].lower))
                break;
            predicate = m_indefiniteArticles.contains(tokens[k].lower) && m_beForms.contains(tokens[k - 1].lower);
        }
        if (predicate)
            continue;
        // "Under the agreement, the banks will have a 50 pct interest": the terms of a deal told before.
        bool continuation = false;
        for (int k = std::max(0, h.token - 3); k < h.token && !continuation; ++k) {
            for (const QStringList& keys : m_continuationPhrases) {
                if (phraseAt(tokens, k, keys) && k + int(keys.size()) == h.tokenEnd) {
                    continuation = true;
                    break;
                }
            }
        }
        if (continuation)
            continue;
        // "Beijing has not publicly confirmed a rejection": what is not yet told is not known to be,
        // nor known not to be.
        bool untold = false;
        for (int k = h.token - 1; k >= 1 && k >= h.token - 4 && !untold; --k) {
            if (!tokens[k].word)
                break;
            if (m_untoldVerbs.contains(tokens[k].lower)) {
                for (int n = k - 1; n >= 0 && n >= k - 3 && !untold; --n)
                    untold = m_negations.contains(tokens[n].lower);
            }
        }
        if (untold)
            continue;
        // "no firm decision had been made", "expect no agreement": a happening said not to be.
        // "No timetable for the first shipments was given": nor is one that such a phrase holds.
        bool none = false;
        for (int k = h.token - 1; h.noun && k >= 0 && k >= h.token - 6 && !none; --k) {
            const bool opening = k == 0 || !tokens[k - 1].word;
            if (!tokens[k].word || (tokens[k].capitalized && !opening) || m_auxiliaries.contains(tokens[k].lower)
                || m_beForms.contains(tokens[k].lower) || m_phrases.contains(tokens[k].lower))
                break;
            none = m_negativeDeterminers.contains(tokens[k].lower) && (h.token - k <= 2 || opening);
        }
        if (none)
            continue;
        // "is preparing a rule that would bar exports", "drafting rules to bar exports": what a rule
        // or plan in the making would do is planned, and its noun is no trigger of its own.
        int planNoun = h.token - 1;
        if (!h.noun && planNoun > 0
            && (tokens[planNoun].lower == QLatin1String("would") || tokens[planNoun].lower == QLatin1String("will")))
            --planNoun;
        const bool linked = planNoun > 0
            && (tokens[planNoun].lower == QLatin1String("that") || tokens[planNoun].lower == QLatin1String("to"));
        const bool drafted = !h.noun && linked && m_planNouns.contains(tokens[planNoun - 1].lower);
        if (drafted)
            kept.removeIf([&](const Hit& x) { return x.token == planNoun - 1; });
        bool hypothetical = false;
        int from = hedgeScope(tokens, h.token);
        // "Citing national security risks, Malaysia said it would require permits": the opening
        // phrase gives a reason; its words hedge nothing after its comma.
        if (const int opener = participleOpenerEnd(in); opener > 0 && h.token > opener && from <= opener)
            from = opener + 1;
        // "over security risks, an accusation the company denies": nor does the deed before a denial.
        if (const int aside = h.noun ? -1 : deniedAside(in, h.token); aside >= from)
            from = aside + 1;
        // "Beijing could offer subsidies, Bloomberg News reported": the doubt is in what was
        // reported, not in the report.
        for (int k = h.token - 1; h.type == QLatin1String("report") && !h.noun && k > from; --k) {
            if (tokens[k].lower == QLatin1String(",")) {
                from = k + 1;
                break;
            }
        }
        // The "whether" of a kept "weighing whether" is that trigger's, not a doubt about what follows.
        for (int k = from; k < h.token && !hypothetical; ++k)
            hypothetical = hedge(tokens, k)
                && std::none_of(kept.begin(), kept.end(), [&](const Hit& x) { return x.token <= k && k < x.tokenEnd; });
        // "could add a dozen more chipmakers to the entity list as soon as this month": a hedge
        // with a time ahead is an expectation, not a musing.
        const bool expectedAhead
            = in.published && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                  return d.start && d.end > tokens[h.token].begin
                      && (d.periodEnd ? *d.periodEnd : *d.start) > *in.published;
              });
        if (hypothetical && !datedMeeting && !namedDay && !agentDay && !reportedByOutlet && !expectedAhead && !drafted)
            continue;
        // "refused to allow": the complement of another trigger is part of that event; "has not
        // decided whether to allow" weighs the complement's kind of happening.
        if (!kept.isEmpty() && !kept.last().noun && h.token >= 1 && tokens[h.token - 1].lower == QLatin1String("to")
            && h.token - kept.last().tokenEnd <= 2) {
            if (m_titleQuestionWords.contains(tokens[kept.last().tokenEnd - 1].lower))
                kept.last().type = h.type;
            // "they agreed to meet in South Korea next month": a meeting to come.
            if (m_agreementVerbs.contains(tokens[kept.last().token].lower) && m_agreedTypes.contains(h.type)) {
                kept.last().type = h.type;
                kept.last().agreed = true;
            }
            continue;
        }
        // ", prompting Trump to announce an extra 100% tariff": the thing a deed drove someone to
        // announce or take is a happening too.
        for (int k = h.token - 1; h.noun && k >= 2 && k >= h.token - 6 && !causedHit; --k) {
            if (isClauseMark(tokens[k]))
                break;
            if (tokens[k - 1].lower != QLatin1String("to") || !tokens[k].word)
                continue;
            for (int c = k - 3; c >= 0 && c >= k - 6 && !causedHit && tokens[c].word; --c)
                causedHit = m_causeVerbs.contains(tokens[c].lower);
        }
        // "a joint venture to design and manufacture engines", "pressure to buy foreign hardware":
        // an infinitive tells a purpose or a wish, unless a plan, a decision or a schedule governs
        // it ("agreed to stop", "plans to build", "is to", "set to").
        if (!h.noun) {
            int to = h.token - 1;
            // "Initial products to be developed will be gate arrays": a passive infinitive too.
            while (to > 0 && tokens[to].word
                && (m_adverbs.contains(tokens[to].lower) || tokens[to].lower == QLatin1String("be")))
                --to;
            // "will stop in Hong Kong to meet British officials": the purpose of a trip is a meeting to come.
            bool tripPurpose = false;
            for (int k = std::max(0, to - 8); h.type == QLatin1String("meeting") && k < to && !tripPurpose; ++k)
                tripPurpose = m_travelVerbs.contains(tokens[k].lower);
            // ", prompting Beijing to block exports": what a deed drove someone to do happened too.
            bool caused = false;
            for (int k = to - 2; k >= 0 && k >= to - 5 && !caused && tokens[k].word; --k)
                caused = m_causeVerbs.contains(tokens[k].lower);
            if (to >= 1 && tokens[to].lower == QLatin1String("to") && !m_toGovernors.contains(tokens[to - 1].lower)
                && !tripPurpose && !drafted && !caused)
                continue;
            causedHit = caused && to >= 1 && tokens[to].lower == QLatin1String("to");
            // "Nakasone's unpopular plan to introduce a sales tax caused a setback": a plan named
            // as the subject of another verb is no happening of its own.
            if (to >= 2 && tokens[to].lower == QLatin1String("to") && m_nounGovernors.contains(tokens[to - 1].lower)) {
                bool laterVerb = false;
                for (int k = h.tokenEnd; k < tokens.size() && !laterVerb; ++k) {
                    if (tokens[k].lower == QLatin1String(",") || tokens[k].lower == QLatin1String(";"))
                        break;
                    const QString& w = tokens[k].lower;
                    laterVerb = m_auxiliaries.contains(w) || m_pastForms.contains(w)
                        || (w.size() > 3 && w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("eed")));
                }
                // "While expressing regret over America's decision to impose tariffs": nor is one
                // that a background phrase is about.
                bool governed = false;
                for (int k = std::max(0, to - 5); k < to - 1 && !governed; ++k)
                    governed = m_strongBackground.contains(tokens[k].lower);
                if (laterVerb || governed) {
                    swallowedUntil = h.tokenEnd + 3;
                    continue;
                }
            }
        }
        // "evidence of Japanese dumping had been fairly conclusive", "the plan to raise tariffs was
        // long overdue": a noun in the subject of a judgement is what the judgement is about.
        if (h.noun && !in.lead) {
            // Another event noun may stand in the subject ("in retaliation against"); a verb may not.
            const auto verbOfLexicon = [&](const QString& w) {
                const auto p = m_phrases.constFind(w);
                return p != m_phrases.constEnd()
                    && std::any_of(p->begin(), p->end(), [](const Phrase& q) { return !q.noun; });
            };
            int k = h.tokenEnd;
            while (k < tokens.size() && tokens[k].word && !m_beForms.contains(tokens[k].lower)
                && !m_auxiliaries.contains(tokens[k].lower) && !verbOfLexicon(tokens[k].lower)
                && !m_speechVerbs.contains(tokens[k].lower) && !m_pastForms.contains(tokens[k].lower)
                && !m_futureAuxiliaries.contains(tokens[k].lower) && !m_subjectPronouns.contains(tokens[k].lower)
                && tokens[k].lower != QLatin1String("that") && !tokens[k].lower.endsWith(QLatin1String("ed")))
                ++k;
            if (k < tokens.size() && tokens[k].lower == QLatin1String("had") && k + 1 < tokens.size()
                && tokens[k + 1].lower == QLatin1String("been"))
                ++k;
            if (k + 1 < tokens.size() && m_beForms.contains(tokens[k].lower)) {
                int a = k + 1;
                while (a < tokens.size() && tokens[a].word && m_adverbs.contains(tokens[a].lower))
                    ++a;
                const auto judged = [&](int j) {
                    if (j >= tokens.size())
                        return false;
                    const QString& w = tokens[j].lower;
                    if (w == QLatin1String("\"") || w == QString(QChar(0x201C)))
                        return true;
                    // "the contract was a standard contract under which ...": what it is, not news.
                    if (m_indefiniteArticles.contains(w))
                        return true;
                    return tokens[j].word && !tokens[j].capitalized && !tokens[j].number && !m_determiners.contains(w)
                        && !m_prepositions.contains(w) && !m_scheduleVerbs.contains(w) && !m_pastForms.contains(w)
                        && !m_phrases.contains(w) && w != QLatin1String("to") && !w.endsWith(QLatin1String("ed"))
                        && !w.endsWith(QLatin1String("en")) && !w.endsWith(QLatin1String("ing"));
                };
                if (judged(a))
                    continue;
            }
        }
        kept.append(h);
        kept.last().ownDay = agentDay;
        kept.last().drafted = drafted || plannedOccasion;
        kept.last().occasion = occasion;
        kept.last().owner = owner;
        kept.last().caused = causedHit;
    }
    addCoordinatedDeeds(in, &kept);
    return kept;
}

} // namespace Kairos::Extract

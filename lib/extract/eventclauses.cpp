// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a sentence's clauses: where a clause starts and what opens it, how far a hedge reaches,
// which clauses describe a noun, and which verbs a clause hangs from.
#include "eventdetector.h"

namespace Kairos::Extract {

bool isClauseMark(const Token& t)
{
    return t.lower == QLatin1String(",") || t.lower == QLatin1String(";") || t.lower == QLatin1String("and")
        || t.lower == QLatin1String("but") || t.lower == QLatin1String("while") || t.lower == QLatin1String("as")
        || t.lower == QLatin1String("(");
}

bool EventDetector::phraseAt(const QList<Token>& tokens, int index, const QStringList& keys) const
{
    if (index + keys.size() > tokens.size())
        return false;
    for (int k = 0; k < keys.size(); ++k) {
        if (tokens[index + k].lower != keys[k])
            return false;
    }
    return true;
}

int EventDetector::clauseStart(const QList<Token>& tokens, int index) const
{
    for (int i = index - 1; i >= 0; --i) {
        if (isClauseMark(tokens[i]) || tokens[i].lower == QLatin1String("that"))
            return i + 1;
    }
    return 0;
}

bool EventDetector::factClauseAt(const QList<Token>& tokens, int index) const
{
    if (!m_factClauseOpeners.contains(tokens[index].lower))
        return false;
    // "after securing US licences": a gerund tells a deed done before as well.
    if (index + 1 < tokens.size() && tokens[index + 1].lower.size() > 5
        && tokens[index + 1].lower.endsWith(QLatin1String("ing")))
        return true;
    for (int k = index + 2; k < tokens.size() && k <= index + 7 && tokens[k].word; ++k) {
        const QString& w = tokens[k].lower;
        // "after Pat Gelsinger was forced out", "after the ministry had announced": done before.
        const bool pastAuxiliary = w == QLatin1String("was") || w == QLatin1String("were") || w == QLatin1String("had");
        if (pastAuxiliary && k + 1 < tokens.size()
            && ((tokens[k + 1].lower.size() > 4 && tokens[k + 1].lower.endsWith(QLatin1String("ed")))
                || m_pastForms.contains(tokens[k + 1].lower)))
            return true;
        if (m_auxiliaries.contains(w) || m_futureAuxiliaries.contains(w) || w == QLatin1String("to"))
            return false;
        if ((w.size() > 4 && w.endsWith(QLatin1String("ed"))) || m_pastForms.contains(w))
            return true;
    }
    return false;
}

int EventDetector::hedgeScope(const QList<Token>& tokens, int index) const
{
    // A hedge reaches to the end of its clause: "If talks fail, Japan may retaliate" hedges both,
    // but "..., and the U.S. imposed tariffs on Friday" is told as fact.
    for (int i = index - 1; i > 0; --i) {
        // "..., while BMW called for talks" sets another subject's deed beside the hedged one.
        const bool conjunction = tokens[i].lower == QLatin1String("and") || tokens[i].lower == QLatin1String("but")
            || m_contrastMarks.contains(tokens[i].lower);
        if (tokens[i].lower == QLatin1String(";") || (conjunction && tokens[i - 1].lower == QLatin1String(",")))
            return i + 1;
        // "had been asked to supply data and a hearing would be held": a clause with a subject
        // and an auxiliary of its own.
        // A "but" without a comma sets a fact against the wish ("want pay rises but the government
        // has imposed a ceiling"): background rather than news.
        if (factClauseAt(tokens, i))
            return i + 1;
        if (m_clauseCoordinators.contains(tokens[i].lower) && i + 2 < tokens.size()
            && m_determiners.contains(tokens[i + 1].lower)) {
            for (int k = i + 2; k < tokens.size() && k <= i + 4; ++k) {
                if (m_clauseSubjectVerbs.contains(tokens[k].lower))
                    return i + 1;
            }
        }
    }
    return 0;
}

bool EventDetector::heldPassive(const Input& in, const Hit& hit) const
{
    // "a hearing would be held", "a decision will be made": the noun's own verb in the passive.
    const int aux = hit.tokenEnd;
    return hit.noun && aux + 2 < in.tokens.size() && m_clauseSubjectVerbs.contains(in.tokens[aux].lower)
        && m_beForms.contains(in.tokens[aux + 1].lower)
        && m_titles.baseForm(in.tokens[aux + 2].lower, hit.type)
        == m_titles.lightVerb(hit.type, in.tokens[hit.token].lower);
}

QList<bool> EventDetector::relativeClauses(const Input& in, bool recentToo) const
{
    const QList<Token>& tokens = in.tokens;
    QList<bool> relative(tokens.size(), false);
    for (int k = 0; k + 1 < tokens.size(); ++k) {
        if (tokens[k].lower != QLatin1String(",") || !m_relativePronouns.contains(tokens[k + 1].lower))
            continue;
        int close = k + 2;
        while (close < tokens.size() && tokens[close].lower != QLatin1String(","))
            ++close;
        // "which began operating a pilot line in Chitose, Hokkaido, in April,": a place's region
        // set off by commas is still the clause's.
        int region = close + 1;
        while (region < tokens.size() && tokens[region].capitalized && tokens[region].word && region < close + 4)
            ++region;
        const bool placed
            = close >= 2 && tokens[close - 1].capitalized && m_presencePrepositions.contains(tokens[close - 2].lower);
        if (placed && region > close + 1 && region < tokens.size() && tokens[region].lower == QLatin1String(",")) {
            close = region + 1;
            while (close < tokens.size() && tokens[close].lower != QLatin1String(","))
                ++close;
        }
        if (close >= tokens.size())
            continue;
        for (int j = k + 1; j < close; ++j)
            relative[j] = true;
        k = close - 1;
    }
    // "the talks, which were announced yesterday, ...": a clause that dates something recent
    // tells news of its own.
    for (const DateExpression& d : in.dates) {
        const bool recent = d.start && in.published && m_recentClauseYears > 0
            && d.start->civil().year >= in.published->civil().year - m_recentClauseYears;
        int k = 0;
        while (k < tokens.size() && tokens[k].begin < d.begin)
            ++k;
        if (recentToo || !recent || k >= tokens.size() || !relative[k])
            continue;
        int b = k;
        while (b > 0 && relative[b - 1])
            --b;
        for (int j = b; j < tokens.size() && relative[j]; ++j)
            relative[j] = false;
    }
    return relative;
}

bool EventDetector::saidBefore(const Input& in) const
{
    // "The Philippines has said it was badly hit by a cut in its quota": words said before the news.
    for (int k = 1; k < in.tokens.size(); ++k) {
        if (m_speechVerbs.contains(in.tokens[k].lower) || m_plainSpeechVerbs.contains(in.tokens[k].lower))
            return m_presentPerfectAuxiliaries.contains(in.tokens[k - 1].lower);
    }
    return false;
}

bool EventDetector::changeOfFigure(const QList<Token>& tokens, int verb) const
{
    if (verb < 0 || verb >= tokens.size() || !m_changeVerbs.contains(tokens[verb].lower))
        return false;
    int k = verb + 1;
    while (k < tokens.size() && (m_adverbs.contains(tokens[k].lower) || tokens[k].lower.endsWith(QLatin1String("ly"))))
        ++k;
    if (k < tokens.size() && m_changeLinks.contains(tokens[k].lower))
        ++k;
    while (k < tokens.size() && m_quantityWords.contains(tokens[k].lower))
        ++k;
    // "fell to 2.34 mln tonnes from 2.99 mln", "rose 12 pct", but not "fell to 40-year lows".
    if (k >= tokens.size() || (k + 1 < tokens.size() && tokens[k + 1].lower == QLatin1String("-")))
        return false;
    return m_numberWords.contains(tokens[k].lower)
        || (tokens[k].number && std::all_of(tokens[k].lower.begin(), tokens[k].lower.end(), [](QChar c) {
               return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',');
           }));
}

void EventDetector::addDatedChanges(const Input& in, QList<Hit>* hits) const
{
    for (int k = 1; k < in.tokens.size(); ++k) {
        const bool past = in.tokens[k].lower.endsWith(QLatin1String("ed")) || m_pastForms.contains(in.tokens[k].lower);
        if (!past || !changeOfFigure(in.tokens, k))
            continue;
        const auto taken = std::find_if(hits->begin(), hits->end(), [&](const Hit& h) { return h.token >= k; });
        const int clauseEnd = taken == hits->end() ? int(in.tokens.size()) : taken->token;
        // "rose 34% in October", not "came eight days after": a percentage or an amount moved.
        const bool moved = !m_levelVerbs.contains(in.tokens[k].lower)
            && std::any_of(in.quantities.begin(), in.quantities.end(),
                [&](const Quantity& q) { return q.begin >= in.tokens[k].end && q.begin - in.tokens[k].end <= 24; });
        bool dated = false;
        for (int j = k + 1; moved && j < clauseEnd && j < k + 14 && !dated && !isClauseMark(in.tokens[j]); ++j) {
            dated = std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                return d.start && d.begin == in.tokens[j].begin
                    && (d.precision == DatePrecision::Day || d.precision == DatePrecision::Month);
            });
        }
        if (dated && (taken == hits->end() || taken->token != k))
            hits->insert(taken, Hit {k, k + 1, QStringLiteral("other"), false});
    }
}

void EventDetector::addReportedResults(const Input& in, QList<Hit>* hits) const
{
    for (int k = 1; k + 1 < in.tokens.size(); ++k) {
        if (!m_resultVerbs.contains(in.tokens[k].lower))
            continue;
        // "its reported revenues", "the earlier reported loss", "have posted record profits": a
        // figure named or a habit, not results told.
        const QString& adverb = in.tokens[k - 1].lower;
        const int b
            = k >= 2 && (adverb.endsWith(QLatin1String("ly")) || adverb == QLatin1String("earlier")) ? k - 2 : k - 1;
        const QString& before = in.tokens[b].lower;
        if (m_determiners.contains(before) || m_auxiliaries.contains(before) || m_pastAuxiliaries.contains(before)
            || QStringView(*in.text).mid(in.tokens[b].end, 2) == QLatin1String("'s")
            || QStringView(*in.text).mid(in.tokens[b].end, 2) == QStringView(u"\u2019s"))
            continue;
        const bool outlet = std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
            return m.type == EntityType::MediaOutlet && m.end <= in.tokens[k].begin && in.tokens[k].begin - m.end <= 1;
        });
        if (outlet)
            continue;
        // "reported on Thursday its first quarterly profit", "posted a net loss": the verb's own
        // object, not "reported that profits fell" nor "a report on profits".
        bool results = false;
        for (int j = k + 1; j < in.tokens.size() && j <= k + 10 && !results; ++j) {
            // "on Thursday": a date, with or without its preposition, is passed over.
            const auto date = std::find_if(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
                return d.begin == in.tokens[j].begin
                    || (j + 1 < in.tokens.size() && d.begin == in.tokens[j + 1].begin
                        && m_prepositions.contains(in.tokens[j].lower));
            });
            if (date != in.dates.end()) {
                while (j + 1 < in.tokens.size() && in.tokens[j + 1].begin < date->end)
                    ++j;
                continue;
            }
            // "19 cts a share reported in the year-ago quarter on sales of 11.8 mln dlrs": a
            // participle, its figure told before it.
            const QString& w = in.tokens[j].lower;
            if (w == QLatin1String("that") || m_prepositions.contains(w)
                || (isClauseMark(in.tokens[j]) && w != QLatin1String("and")))
                break;
            // "reported Nvidia's sales fell": the noun opens a clause of its own.
            const QString next = j + 1 < in.tokens.size() ? in.tokens[j + 1].lower : QString();
            results = m_resultNouns.contains(w) && !m_changeVerbs.contains(next) && !m_pastForms.contains(next)
                && !next.endsWith(QLatin1String("ed"));
        }
        if (!results)
            continue;
        const auto at = std::find_if(hits->begin(), hits->end(), [&](const Hit& h) { return h.token >= k; });
        if (at != hits->end() && at->token == k)
            at->type = QStringLiteral("other");
        else
            hits->insert(at, Hit {k, k + 1, QStringLiteral("other"), false});
    }
}

bool EventDetector::announcedOnItsDay(const Input& in, const Hit& noun) const
{
    const auto datedAt = [&](int k) {
        return k < in.tokens.size() && std::any_of(in.dates.begin(), in.dates.end(), [&](const DateExpression& d) {
            return d.start && d.begin == in.tokens[k].begin;
        });
    };
    // "The duties, announced in September, ...", "the probe, opened in April, ...": a participle
    // set off by commas dates its noun as well.
    const int participle = noun.tokenEnd + 1;
    if (participle + 1 < in.tokens.size() && in.tokens[noun.tokenEnd].lower == QLatin1String(",")
        && (m_announcingParticiples.contains(in.tokens[participle].lower)
            || (m_supportVerbs.contains(in.tokens[participle].lower)
                && (in.tokens[participle].lower.endsWith(QLatin1String("ed"))
                    || m_pastForms.contains(in.tokens[participle].lower))))
        && datedAt(participle + 1))
        return true;
    bool announced = false;
    for (int k = noun.token - 1; k >= 0 && k >= noun.token - 6 && !announced; --k) {
        if (!in.tokens[k].word || isClauseMark(in.tokens[k]))
            break;
        announced = m_announcingParticiples.contains(in.tokens[k].lower);
    }
    for (int k = noun.tokenEnd; announced && k < in.tokens.size() && k <= noun.tokenEnd + 2; ++k) {
        if (datedAt(k))
            return true;
        if (isClauseMark(in.tokens[k]))
            break;
    }
    return false;
}

bool EventDetector::engagedIn(const Input& in, const Hit& hit) const
{
    // "Alibaba is in talks with Nvidia": a happening going on.
    return hit.noun && hit.token >= 2 && m_presencePrepositions.contains(in.tokens[hit.token - 1].lower)
        && m_beForms.contains(in.tokens[hit.token - 2].lower);
}

bool EventDetector::verbPhraseAt(const QString& word) const
{
    const auto phrases = m_phrases.constFind(word);
    return phrases != m_phrases.constEnd()
        && std::any_of(phrases->begin(), phrases->end(), [](const Phrase& p) { return !p.noun; });
}

bool EventDetector::adverbInLy(const QString& word) const
{
    return word.size() > 4 && word.endsWith(QLatin1String("ly")) && !m_adjectivesInLy.contains(word);
}

bool EventDetector::verbLike(const QString& word) const
{
    // "the tariffs go into effect", "talks resume": a known verb, bare or with its -s.
    return m_baseVerbs.contains(word)
        || (word.endsWith(QLatin1Char('s'))
            && (m_baseVerbs.contains(word.chopped(1))
                || (word.endsWith(QLatin1String("es")) && m_baseVerbs.contains(word.chopped(2)))));
}

bool EventDetector::hedge(const QList<Token>& tokens, int index) const
{
    // "in May" is a month, "may" a doubt; only the first word of a sentence is capitalised anyway.
    // A quotation mark may open the sentence: '"If approved, the loan would ..."'.
    return m_hypothetical.contains(tokens[index].lower)
        && (!tokens[index].capitalized
            || std::none_of(tokens.begin(), tokens.begin() + index, [](const Token& t) { return t.word; }));
}

bool EventDetector::nounTriggerAt(const QList<Token>& tokens, int index) const
{
    const auto it = m_phrases.constFind(tokens[index].lower);
    return it != m_phrases.constEnd() && std::any_of(it->begin(), it->end(), [&](const Phrase& p) {
        return p.noun && phraseAt(tokens, index, p.keys);
    });
}

QString EventDetector::nounTypeAt(const QList<Token>& tokens, int index) const
{
    // The noun that ends a compound ("export controls") or, failing that, the word before it.
    for (const int k : {index, index - 1}) {
        const auto it = k >= 0 ? m_phrases.constFind(tokens[k].lower) : m_phrases.constEnd();
        if (it == m_phrases.constEnd())
            continue;
        for (const Phrase& phrase : *it) {
            if (phrase.noun && phraseAt(tokens, k, phrase.keys))
                return phrase.type;
        }
    }
    return {};
}

int EventDetector::reducedRelative(const Input& in, int verb, bool anyNoun) const
{
    const QList<Token>& tokens = in.tokens;
    const QString& w = tokens[verb].lower;
    if (!(w.size() > 4 && w.endsWith(QLatin1String("ed"))) && !m_pastForms.contains(w))
        return -1;
    int subjectEnd = verb;
    while (subjectEnd > 0 && m_auxiliaries.contains(tokens[subjectEnd - 1].lower))
        --subjectEnd;
    int subject = -1;
    if (subjectEnd > 0 && m_subjectPronouns.contains(tokens[subjectEnd - 1].lower)) {
        subject = subjectEnd - 1;
    } else if (subjectEnd > 0) {
        // "an investigation into analog chips imported from the US": a product does nothing itself.
        for (const EntityMention& m : in.mentions) {
            if (m.end == tokens[subjectEnd - 1].end && m.type != EntityType::Product) {
                subject = subjectEnd - 1;
                while (subject > 0 && tokens[subject - 1].begin >= m.begin)
                    --subject;
            }
        }
    }
    // The event noun right before its doer: "tariffs | Trump imposed", "export controls | it had".
    // "denied a report that it instructed": a clause the noun reports, not one that tells of it.
    // "an investigation that the Commerce Department launched in April": a "that" whose verb lacks
    // its object opens a relative clause, not what the noun reports.
    // "a tariff that President Donald Trump had announced": a title before the name is the subject's.
    int titled = subject;
    while (titled >= 2 && subject - titled < 2 && tokens[titled - 1].word && tokens[titled - 1].capitalized
        && tokens[titled - 2].lower != QLatin1String("."))
        --titled;
    // "that the Commerce Department": a determiner may stand between; "that" itself is none here.
    const bool determiner = titled >= 2 && m_determiners.contains(tokens[titled - 1].lower)
        && tokens[titled - 1].lower != QLatin1String("that");
    const int that = determiner ? titled - 2 : titled - 1;
    if (that >= 1 && tokens[that].lower == QLatin1String("that")) {
        const bool gap = verb + 1 >= tokens.size() || isClauseMark(tokens[verb + 1])
            || m_prepositions.contains(tokens[verb + 1].lower);
        if (gap && (nounTriggerAt(tokens, that - 1) || (that >= 2 && nounTriggerAt(tokens, that - 2))))
            return that - 1;
        // "a 25% tariff on South Korean goods that President Donald Trump had announced": past the
        // noun's own phrase.
        for (int p = that - 2; gap && p >= 2 && p >= that - 5 && tokens[p].word; --p) {
            if (!m_prepositions.contains(tokens[p].lower))
                continue;
            if (nounTriggerAt(tokens, p - 1))
                return p - 1;
            break;
        }
    }
    if (subject < 1 || !tokens[subject - 1].word || tokens[subject - 1].lower == QLatin1String("that"))
        return -1;
    if (nounTriggerAt(tokens, subject - 1) || (subject >= 2 && nounTriggerAt(tokens, subject - 2)))
        return subject - 1;
    // "the sweeping rare earth controls it had announced": any common noun before a pronoun.
    const QString& noun = tokens[subject - 1].lower;
    const bool common = !tokens[subject - 1].capitalized && !tokens[subject - 1].number && !m_determiners.contains(noun)
        && !m_prepositions.contains(noun) && !m_auxiliaries.contains(noun) && !m_speechVerbs.contains(noun)
        && !m_plainSpeechVerbs.contains(noun) && !m_clauseCoordinators.contains(noun)
        && !noun.endsWith(QLatin1String("ed")) && !m_phrases.contains(noun);
    return anyNoun && common && m_subjectPronouns.contains(tokens[subject].lower) ? subject - 1 : -1;
}

int EventDetector::deniedAside(const Input& in, int verb) const
{
    // "summoned Nvidia over backdoor risks, an accusation the company has denied", "..., a claim it
    // denies": a denial set off after the deed, told of a noun of its own, is another happening.
    const QList<Token>& tokens = in.tokens;
    // "..., a proposal Taipei rejected days later": so is a refusal, a denial's kind.
    const auto kindOfDenial = [&](const QString& word) {
        const auto phrases = m_phrases.constFind(word);
        if (phrases == m_phrases.constEnd())
            return false;
        return std::any_of(phrases->begin(), phrases->end(), [&](const Phrase& p) {
            if (p.noun || p.keys.size() != 1)
                return false;
            return std::any_of(m_denialVerbs.begin(), m_denialVerbs.end(), [&](const QString& denial) {
                const auto d = m_phrases.constFind(denial);
                return d != m_phrases.constEnd()
                    && std::any_of(d->begin(), d->end(), [&](const Phrase& q) { return q.type == p.type; });
            });
        });
    };
    if (!m_denialVerbs.contains(tokens[verb].lower) && !kindOfDenial(tokens[verb].lower))
        return -1;
    int subjectEnd = verb;
    while (subjectEnd > 0 && m_auxiliaries.contains(tokens[subjectEnd - 1].lower))
        --subjectEnd;
    int subject = subjectEnd > 0 && m_subjectPronouns.contains(tokens[subjectEnd - 1].lower) ? subjectEnd - 1 : -1;
    for (const EntityMention& m : in.mentions) {
        if (subject < 0 && subjectEnd > 0 && m.end == tokens[subjectEnd - 1].end) {
            subject = subjectEnd - 1;
            while (subject > 0 && tokens[subject - 1].begin >= m.begin)
                --subject;
        }
    }
    const bool aside = subject >= 3 && tokens[subject - 1].word && !tokens[subject - 1].capitalized
        && m_determiners.contains(tokens[subject - 2].lower) && tokens[subject - 3].lower == QLatin1String(",");
    return aside ? subject - 3 : -1;
}

bool EventDetector::secondPredicate(const Input& in, int position, int verb) const
{
    int k = verb - 1;
    // Only auxiliaries, adverbs and plan words ("is expected to", "will also") stand between.
    while (k > 0 && in.tokens[k].begin >= position && in.tokens[k].word
        && (m_auxiliaries.contains(in.tokens[k].lower) || m_adverbs.contains(in.tokens[k].lower)
            || m_planCues.contains(in.tokens[k].lower) || in.tokens[k].lower == QLatin1String("to")
            || in.tokens[k].lower == QLatin1String("be")))
        --k;
    return k > 0 && k < verb && in.tokens[k].begin >= position && in.tokens[k].lower == QLatin1String("and")
        && in.tokens[k - 1].word;
}

bool EventDetector::toldOfNounBefore(const Input& in, int from, int position) const
{
    // A verb told of an event noun between the two, with no clause mark after it.
    for (int k = from; k < in.tokens.size() && in.tokens[k].begin < position; ++k) {
        if (isClauseMark(in.tokens[k]))
            return false;
        // "lifted a ban imposed in April": a past participle right after an event noun tells of it,
        // unless it makes the noun public ("a deal announced on Monday" is dated by it).
        const QString& w = in.tokens[k].lower;
        const bool participleOfNoun = k - 1 >= from
            && ((w.size() > 4 && w.endsWith(QLatin1String("ed"))) || m_pastForms.contains(w))
            && !m_announcingParticiples.contains(w) && nounTriggerAt(in.tokens, k - 1);
        const int noun = participleOfNoun ? k - 1 : reducedRelative(in, k, true);
        // "secured a ceiling in the framework deal it reached last month": what was done in the
        // deal was done when the deal was made.
        int setting = noun - 1;
        while (setting > from && noun - setting < 5 && in.tokens[setting].word
            && !m_prepositions.contains(in.tokens[setting].lower))
            --setting;
        if (noun >= from - 1 && setting >= from && m_withinPrepositions.contains(in.tokens[setting].lower))
            return false;
        if (noun >= from - 1) {
            for (int j = k + 1; j < in.tokens.size() && in.tokens[j].begin < position; ++j) {
                if (isClauseMark(in.tokens[j]))
                    return false;
            }
            return true;
        }
    }
    return false;
}

bool EventDetector::actionVerb(const Input& in) const
{
    const int verb = mainVerb(in);
    return verb >= 0 && !m_plainSpeechVerbs.contains(in.tokens[verb].lower)
        && (verb == 0 || !m_futureAuxiliaries.contains(in.tokens[verb - 1].lower));
}

int EventDetector::participleOpenerEnd(const Input& in) const
{
    // "Citing figures for the year ending mid-1987, he deplored ...": the comma that closes a
    // participle phrase opening the sentence.
    if (in.tokens.size() < 3 || !in.tokens[0].word || !in.tokens[0].lower.endsWith(QLatin1String("ing")))
        return -1;
    for (int k = 1; k < in.tokens.size(); ++k) {
        if (in.tokens[k].lower == QLatin1String(","))
            return k;
    }
    return -1;
}

bool EventDetector::describesNoun(const QList<Token>& t, int before) const
{
    int k = before;
    if (k >= 0 && m_prepositions.contains(t[k].lower))
        --k;
    if (k < 3)
        return false;
    const QString& verb = t[k].lower;
    if (!((verb.size() > 4 && verb.endsWith(QLatin1String("ed"))) || m_pastForms.contains(verb)))
        return false;
    int d = k - 1;
    while (d > 0 && k - d <= 3 && t[d].word && !m_determiners.contains(t[d].lower)
        && !m_auxiliaries.contains(t[d].lower) && !m_beForms.contains(t[d].lower))
        --d;
    if (d < 1 || d >= k - 1 || !m_referringDeterminers.contains(t[d].lower))
        return false;
    const QString& governor = t[d - 1].lower;
    return m_prepositions.contains(governor) || governor == QLatin1String("to");
}

int EventDetector::datedWhen(const Input& in) const
{
    // A date that places a happening: not the start of a state ("since January") and not a
    // deadline ("until April 17"); -1 when it is not after the article, 1 when it is.
    int before = -1;
    int found = 0;
    const int opener = participleOpenerEnd(in);
    for (const DateExpression& d : in.dates) {
        while (before + 1 < in.tokens.size() && in.tokens[before + 1].end <= d.begin)
            ++before;
        if (!d.start || (opener > 0 && d.end <= in.tokens[opener].begin))
            continue;
        // The cue may open the expression itself ("since January").
        const int first = before + 1 < in.tokens.size() ? before + 1 : before;
        const auto cue = [&](int k) {
            return k >= 0
                && (m_deadlineCues.contains(in.tokens[k].lower) || m_durationCues.contains(in.tokens[k].lower));
        };
        if (cue(before) || cue(first))
            continue;
        // "reacted well to the H200 decision announced on December 8": the date of a participle
        // that describes a noun of another phrase dates that noun, not the sentence.
        if (describesNoun(in.tokens, before))
            continue;
        const int when = in.published && *d.start > *in.published ? 1 : -1;
        if (found == 0)
            found = when;
        else if (found != when)
            return 0; // one of each: the sentence relates two times, neither is its own
    }
    return found;
}

bool EventDetector::newClause(const Input& in, int from, int token) const
{
    int mark = -1;
    for (int k = from; k < token; ++k) {
        if (isClauseMark(in.tokens[k]))
            mark = k;
    }
    if (mark < 0)
        return false;
    // "..., and a decision is expected in April": the event noun is the subject itself.
    if (token - mark <= 2 && nounTriggerAt(in.tokens, token))
        return true;
    // Its own subject (a name, a pronoun) or its own auxiliary right after the conjunction.
    if (mark + 1 < token && m_auxiliaries.contains(in.tokens[mark + 1].lower))
        return true;
    for (int k = mark + 1; k < token; ++k) {
        if (m_subjectPronouns.contains(in.tokens[k].lower))
            return true;
    }
    // "..., and the two companies jointly developed chips": a subject of common words.
    if (mark + 2 < token && m_determiners.contains(in.tokens[mark + 1].lower)) {
        int verb = token;
        while (verb > mark + 2
            && (m_adverbs.contains(in.tokens[verb - 1].lower) || m_auxiliaries.contains(in.tokens[verb - 1].lower)))
            --verb;
        bool noun = verb - mark - 2 <= 3;
        for (int k = mark + 2; noun && k < verb; ++k)
            noun = in.tokens[k].word && !m_prepositions.contains(in.tokens[k].lower)
                && in.tokens[k].lower != QLatin1String("to");
        if (noun && verb > mark + 2)
            return true;
    }
    const int begin = mark + 1 < in.tokens.size() ? in.tokens[mark + 1].begin : in.sentence.end;
    const int end = in.tokens[token].begin;
    return std::any_of(in.mentions.begin(), in.mentions.end(),
        [&](const EntityMention& m) { return m.begin >= begin && m.end <= end; });
}

bool EventDetector::directive(const Input& in, int verb) const
{
    // "told companies including ByteDance to stop purchasing the chip": telling someone to act is
    // an order, not words.
    return directiveComplement(in, verb) > 0;
}

int EventDetector::directiveComplement(const Input& in, int verb) const
{
    if (m_directiveType.isEmpty() || !m_orderVerbs.contains(in.tokens[verb].lower))
        return -1;
    for (int k = verb + 2; k + 1 < in.tokens.size() && k <= verb + 12; ++k) {
        const QString& w = in.tokens[k].lower;
        // "told parliament that the government had no plans to stop ...": a clause of its own.
        // A list of those told may hold commas ("told ByteDance, Alibaba and other companies to").
        if ((!in.tokens[k].word && w != QLatin1String(",")) || m_auxiliaries.contains(w) || w == QLatin1String("that")
            || m_subjectPronouns.contains(w))
            return -1;
        if (w == QLatin1String("to"))
            return m_baseVerbs.contains(in.tokens[k + 1].lower) || m_phrases.contains(in.tokens[k + 1].lower) ? k : -1;
    }
    return -1;
}

void EventDetector::dropWhatIsNotTold(const Input& in, QList<Hit>* hitList) const
{
    QList<Hit>& hits = *hitList;
    // "would have imposed a levy", "had been due to take effect on Dec. 1": what would have been,
    // or was once planned, did not happen.
    hits.removeIf([&](const Hit& h) {
        if (h.noun)
            return false;
        const auto word = [&](int k) { return k >= 0 ? in.tokens[k].lower : QString(); };
        const int t = h.token;
        const bool counterfactual
            = word(t - 1) == QLatin1String("have") && m_conditionalAuxiliaries.contains(word(t - 2));
        const bool formerPlan = word(t - 1) == QLatin1String("to") && m_scheduleVerbs.contains(word(t - 2))
            && word(t - 3) == QLatin1String("been") && word(t - 4) == QLatin1String("had");
        return counterfactual || formerPlan;
    });
    // "denied that Beijing had instructed companies to avoid buying", "denied a media report that
    // it had agreed to buy": what is denied is the news, told as denied.
    for (int i = 0; i < hits.size(); ++i) {
        if (hits[i].noun || !m_denialVerbs.contains(in.tokens[hits[i].token].lower))
            continue;
        int that = -1;
        for (int k = hits[i].tokenEnd; k < in.tokens.size() && k <= hits[i].tokenEnd + 5 && that < 0; ++k) {
            if (in.tokens[k].lower == QLatin1String("that"))
                that = k;
            else if (!in.tokens[k].word)
                break;
        }
        // "denied a report that it was in talks to acquire Kioxia": talks it would be engaged in.
        const auto denied = std::find_if(hits.begin(), hits.end(),
            [&](const Hit& h) { return that >= 0 && h.token > that && (!h.noun || engagedIn(in, h)); });
        if (denied == hits.end())
            continue;
        denied->denied = true;
        hits.removeAt(i--);
    }
    // "denied the report, saying nothing had been decided": what is said not to be is no happening.
    for (int i = 0; i < hits.size(); ++i) {
        bool negated = false;
        for (int k = hits[i].token - 1; k >= 1 && !isClauseMark(in.tokens[k]); --k) {
            negated = negated || m_negations.contains(in.tokens[k].lower)
                || m_negativeDeterminers.contains(in.tokens[k].lower);
            if (negated && m_speechParticiples.contains(in.tokens[k].lower)
                && in.tokens[k - 1].lower == QLatin1String(",")) {
                hits.removeAt(i--);
                break;
            }
        }
    }
    // "said Beijing had not told companies to stop buying, rejecting a Bloomberg News report": the
    // rejection is what was said, told of the report.
    for (int i = 0; i + 1 < hits.size(); ++i) {
        const Hit& h = hits[i];
        if (h.noun || h.type != m_refusalType || h.token < 1 || in.tokens[h.token - 1].lower != QLatin1String(",")
            || !in.tokens[h.token].lower.endsWith(QLatin1String("ing")))
            continue;
        bool reportAfter = false;
        for (int j = i + 1; j < hits.size() && !reportAfter; ++j) {
            bool sameClause = true;
            for (int k = h.tokenEnd; k < hits[j].token && sameClause; ++k)
                sameClause = !isClauseMark(in.tokens[k]);
            reportAfter = sameClause && hits[j].type == QLatin1String("report");
        }
        if (reportAfter)
            hits.removeAt(i--);
    }
    // "its investigation into analog chips imported from the United States": a participle after a
    // noun the preposition governs describes the noun; nobody in the sentence does it. With its
    // doer ("measures adopted by the United States") it is a deed again.
    for (int i = 0; i < hits.size(); ++i) {
        const Hit& h = hits[i];
        const QString& w = in.tokens[h.token].lower;
        if (h.noun || h.tokenEnd - h.token != 1 || !(w.endsWith(QLatin1String("ed")) || m_pastForms.contains(w))
            || h.tokenEnd >= in.tokens.size() || !m_prepositions.contains(in.tokens[h.tokenEnd].lower)
            || m_agentPrepositions.contains(in.tokens[h.tokenEnd].lower))
            continue;
        int k = h.token - 1;
        bool agent = false;
        while (k >= 1 && h.token - k <= 3 && in.tokens[k].word && !m_prepositions.contains(in.tokens[k].lower)
            && !m_auxiliaries.contains(in.tokens[k].lower) && !m_determiners.contains(in.tokens[k].lower)) {
            agent = agent || m_subjectPronouns.contains(in.tokens[k].lower) || in.tokens[k].number
                || std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
                       return m.begin <= in.tokens[k].begin && in.tokens[k].end <= m.end
                           && m.type != EntityType::Product;
                   });
            --k;
        }
        if (k >= 1 && m_determiners.contains(in.tokens[k].lower))
            --k;
        if (!agent && k >= 1 && k < h.token - 1 && m_prepositions.contains(in.tokens[k].lower))
            hits.removeAt(i--);
    }
}

int EventDetector::coordinatedDeed(const Input& in, int coordinator) const
{
    // ", and Beijing has discouraged ...", ", while rival SK Hynix secured the bulk of the orders": a
    // named or a plain subject right after the conjunction, then a deed in the past.
    const int k = coordinator;
    if (k < 1 || k + 2 >= in.tokens.size()
        || (!m_clauseCoordinators.contains(in.tokens[k].lower) && !m_contrastMarks.contains(in.tokens[k].lower))
        || in.tokens[k - 1].lower != QLatin1String(","))
        return -1;
    const auto pastForm = [&](const QString& w) {
        return (w.size() > 4 && w.endsWith(QLatin1String("ed"))) || m_pastForms.contains(w);
    };
    const int from = in.tokens[k + 1].begin;
    // "while rival SK Hynix": a plain word may say what the name is.
    const int described = in.tokens[k + 1].word && !in.tokens[k + 1].capitalized ? in.tokens[k + 2].begin : from;
    const auto subject = std::find_if(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
        return m.begin >= from && (m.begin - from <= 4 || m.begin == described) && m.type != EntityType::Other
            && m.type != EntityType::Product && m.type != EntityType::MediaOutlet;
    });
    int v = k + 1;
    if (m_subjectPronouns.contains(in.tokens[k + 1].lower)) {
        v = k + 2;
    } else if (subject != in.mentions.end()) {
        while (v < in.tokens.size() && in.tokens[v].begin < subject->end)
            ++v;
    } else {
        if (!m_determiners.contains(in.tokens[k + 1].lower) && !m_objectQuantifiers.contains(in.tokens[k + 1].lower))
            return -1;
        // "and the two bombs he left nearby": a pronoun opens a clause inside the subject.
        v = k + 2;
        while (v < in.tokens.size() && v <= k + 5 && in.tokens[v].word && !in.tokens[v].capitalized
            && !m_prepositions.contains(in.tokens[v].lower) && !m_auxiliaries.contains(in.tokens[v].lower)
            && !m_subjectPronouns.contains(in.tokens[v].lower) && !pastForm(in.tokens[v].lower))
            ++v;
        if (v == k + 2 || (v < in.tokens.size() && m_subjectPronouns.contains(in.tokens[v].lower)))
            return -1;
    }
    while (
        v < in.tokens.size() && (m_auxiliaries.contains(in.tokens[v].lower) || m_adverbs.contains(in.tokens[v].lower)))
        ++v;
    if (v + 1 >= in.tokens.size())
        return -1;
    const QString& w = in.tokens[v].lower;
    const QString& next = in.tokens[v + 1].lower;
    // "and a possible cut in the rate": a noun of the verb's form has its complement; "and a
    // promissory note secured by ...": a participle names its agent.
    const bool nounLike = !in.tokens[v + 1].word || next == QLatin1String("of") || next == QLatin1String("in")
        || (m_agentPrepositions.contains(next) && !m_auxiliaries.contains(in.tokens[v - 1].lower));
    // "and it later set Taiwan's rate at 20%", but not "and it is set to take effect".
    const bool scheduled = m_scheduleVerbs.contains(w)
        && (m_purposeMarkers.contains(next) || next == QLatin1String("for")
            || m_beForms.contains(in.tokens[v - 1].lower));
    const bool deed = pastForm(w) && !nounLike && !scheduled && !m_statives.contains(w) && !m_speechVerbs.contains(w)
        && !m_plainSpeechVerbs.contains(w) && !m_framingVerbs.contains(w)
        && !hedge(in.tokens, v)
        // "while SK Hynix declined to comment": keeping back is no news.
        && std::none_of(
            m_refusalStems.begin(), m_refusalStems.end(), [&](const QString& stem) { return w.startsWith(stem); });
    return deed ? v : -1;
}

bool EventDetector::firstClauseDeed(const Input& in, int verb) const
{
    const QString& w = in.tokens[verb].lower;
    const bool named = std::any_of(in.mentions.begin(), in.mentions.end(), [&](const EntityMention& m) {
        return m.end <= in.tokens[verb].begin && m.type != EntityType::Other && m.type != EntityType::Product
            && m.type != EntityType::MediaOutlet;
    });
    bool hypothetical = false;
    for (int k = 0; k <= verb && !hypothetical; ++k)
        hypothetical = hedge(in.tokens, k);
    return named && !hypothetical && ((w.size() > 4 && w.endsWith(QLatin1String("ed"))) || m_pastForms.contains(w))
        && !m_statives.contains(w) && !m_speechVerbs.contains(w) && !m_plainSpeechVerbs.contains(w)
        && !m_reportVerbs.contains(w) && !m_framingVerbs.contains(w) && !m_auxiliaries.contains(w)
        && !m_scheduleVerbs.contains(w) && !saidBefore(in)
        && std::none_of(
            m_refusalStems.begin(), m_refusalStems.end(), [&](const QString& stem) { return w.startsWith(stem); });
}

bool EventDetector::groupIntention(const Input& in, int verb) const
{
    // "Lawmakers from both parties said they would revisit the issue": a group that opens the
    // sentence says what it will do itself.
    const QList<Token>& t = in.tokens;
    if (verb < 4 || !m_futureAuxiliaries.contains(t[verb - 1].lower) || !m_subjectPronouns.contains(t[verb - 2].lower))
        return false;
    int speech = verb - 3;
    if (speech >= 1 && t[speech].lower == QLatin1String("that"))
        --speech;
    if (!m_plainSpeechVerbs.contains(t[speech].lower))
        return false;
    for (int k = 0; k < speech && k < 2; ++k) {
        if (m_actorNouns.contains(t[k].lower) && t[k].lower.endsWith(QLatin1Char('s')))
            return true;
    }
    return false;
}

bool EventDetector::opensWithGroup(const Input& in) const
{
    for (int k = 0; k < in.tokens.size() && k < 2; ++k) {
        const QString& w = in.tokens[k].lower;
        if (m_actorNouns.contains(w) && w.endsWith(QLatin1Char('s')))
            return true;
    }
    return false;
}

void EventDetector::addCoordinatedDeeds(const Input& in, QList<Hit>* hits) const
{
    // "first required export licences in August, then added graphite in December": a plain verb
    // joined to a deed and told on a day of its own is a second deed of that kind. The two days
    // keep "cut prices and raised output" one happening.
    const QList<Token>& t = in.tokens;
    const auto dateWithin = [&](int from, int to) -> const DateExpression* {
        for (const DateExpression& d : in.dates) {
            if (d.start && d.begin >= from && d.end <= to)
                return &d;
        }
        return nullptr;
    };
    const QList<Hit> found = *hits;
    for (int h = 0; h < found.size(); ++h) {
        const Hit& deed = found[h];
        if (deed.noun)
            continue;
        const int nextHit = h + 1 < found.size() ? found[h + 1].token : int(t.size());
        for (int c = deed.tokenEnd; c + 1 < nextHit; ++c) {
            if (t[c].lower == QLatin1String(";") || m_speechVerbs.contains(t[c].lower))
                break;
            if (t[c].lower != QLatin1String("and") && t[c].lower != QLatin1String("then"))
                continue;
            int verb = c + 1;
            while (verb < nextHit && m_adverbs.contains(t[verb].lower) && t[verb].lower != QLatin1String("not"))
                ++verb;
            if (verb >= nextHit)
                break;
            const QString& w = t[verb].lower;
            const bool past = m_pastForms.contains(w)
                || (w.size() > 4 && w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("eed")));
            // "and added 21 more", "then added graphite": a verb of speech with a thing after it.
            const bool speech = m_speechVerbs.contains(w)
                && (verb + 1 >= t.size() || !(t[verb + 1].number || (t[verb + 1].word && !t[verb + 1].capitalized))
                    || m_determiners.contains(t[verb + 1].lower) || m_prepositions.contains(t[verb + 1].lower)
                    || m_subjectPronouns.contains(t[verb + 1].lower) || t[verb + 1].lower == QLatin1String("that"));
            if (!t[verb].word || t[verb].capitalized || !past || m_auxiliaries.contains(w) || m_beForms.contains(w)
                || speech || m_statives.contains(w))
                continue;
            int clauseEnd = verb + 1;
            while (clauseEnd < t.size() && !isClauseMark(t[clauseEnd]))
                ++clauseEnd;
            const DateExpression* own
                = dateWithin(t[verb].end, clauseEnd < t.size() ? t[clauseEnd].begin : int(in.text->size()));
            const DateExpression* before = dateWithin(t[deed.token].begin, t[c].begin);
            if (own && before && *own->start != *before->start) {
                hits->insert(std::upper_bound(hits->begin(), hits->end(), verb,
                                 [](int token, const Hit& other) { return token < other.token; }),
                    Hit {verb, verb + 1, deed.type, false});
            }
            break;
        }
    }
}

} // namespace Kairos::Extract

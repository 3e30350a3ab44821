// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a sentence tells a happening at all: headings and recaps do not, a sentence that only
// restates what the article already told does not, and the lead of an article or of a list item
// does even when the lexicon does not know its verb.
#include "eventdetector.h"

namespace Kairos::Extract {

namespace {

bool looksLikeHeading(QStringView sentence, int words)
{
    const QChar last = sentence.back();
    const bool terminated = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
        || last == QLatin1Char('"') || last == QChar(0x201D) || last == QLatin1Char(')') || last == QLatin1Char('\'');
    // A sub-heading may be a whole headline ("Seoul and Washington finalize joint fact sheet,
    // semiconductor levies capped at Taiwan's level").
    return !terminated && words <= 16;
}

} // namespace

bool EventDetector::tellsAnything(const Input& in) const
{
    const QStringView sentence = QStringView(*in.text).mid(in.sentence.begin, in.sentence.end - in.sentence.begin);
    int words = 0;
    for (const Token& t : in.tokens)
        words += t.word ? 1 : 0;
    return !in.sentence.summary && words >= 4 && !looksLikeHeading(sentence, words) && !mostlyUpperCase(sentence);
}

bool EventDetector::restates(const Input& in) const
{
    // "The ban will affect products such as ...", "The decision marks the end of ...": a subject
    // that names what the article has already told, and no date of its own, adds detail or comment
    // to a known happening. A date makes it news again ("The talks, announced yesterday, ...").
    const QList<Token>& t = in.tokens;
    // "Based in Salt Lake City, Commercial Security has assets of ...": a profile.
    // "Based on a maximum of about 2.75 Keycorp shares to be exchanged, ...": the terms of a deal.
    // A date of its own makes it news ("Based in Hefei, CXMT last year began producing HBM").
    const bool dated
        = std::any_of(in.dates.begin(), in.dates.end(), [](const DateExpression& d) { return d.resolved(); });
    if (!in.lead && !dated
        && std::any_of(m_profileOpeners.begin(), m_profileOpeners.end(),
            [&](const QStringList& keys) { return phraseAt(t, 0, keys); }))
        return true;
    if (in.lead || dated || t.size() < 4 || !m_referringDeterminers.contains(t[0].lower))
        return false;
    const QStringView before = QStringView(*in.text).left(in.sentence.begin);
    bool known = false;
    int k = 1;
    for (; k < t.size() && k <= 5; ++k) {
        const Token& w = t[k];
        // "The January talks", after "a meeting in January": a capitalised word that names no one
        // and that the article already used refers back with the rest.
        const bool toldWord = w.word && w.capitalized && k + 1 < t.size() && !t[k + 1].capitalized
            && before.contains(QStringView(*in.text).mid(w.begin, w.end - w.begin))
            && std::none_of(in.mentions.begin(), in.mentions.end(),
                [&](const EntityMention& m) { return m.begin <= w.begin && w.end <= m.end; });
        if (toldWord)
            continue;
        if (!w.word || w.capitalized || m_subjectEnd.contains(w.lower) || m_speechVerbs.contains(w.lower)
            || m_determiners.contains(w.lower))
            break;
        const auto phrases = m_phrases.constFind(w.lower);
        const bool eventNoun = phrases != m_phrases.constEnd()
            && std::any_of(phrases->begin(), phrases->end(), [](const Phrase& p) { return p.noun; });
        known = known || eventNoun || (w.lower.size() > 3 && before.contains(w.lower, Qt::CaseInsensitive));
    }
    if (!known || k == 1)
        return false;
    // "The ministry plans to build ...": a known actor doing something new, unless the verb only
    // describes ("The government provides cheap credits").
    for (int a = 1; a < k; ++a) {
        if (m_actorNouns.contains(t[a].lower) && (a + 1 >= t.size() || !m_statives.contains(t[a + 1].lower)))
            return false;
    }
    // "The spokesman, Gary Holmes, said ...", "The report highlights that ...": a speaker or a
    // source, whose words are judged on their own.
    for (int i = k; i < t.size() && i < k + 6; ++i) {
        if (m_speechVerbs.contains(t[i].lower) || (i <= k + 1 && t[i].lower == QLatin1String("that")))
            return false;
    }
    return true;
}

int EventDetector::mainVerb(const Input& in) const
{
    // Without a part-of-speech tagger: the first word after an auxiliary ("has begun an
    // enquiry"), else the first past form ("adopted", "began") or, right after a name (or, in a
    // lead, which day pages write in the present, after any word), the first present form
    // ("Kazakhstan formally joins", "The roof of a school collapses"). A plain speech verb only frames the clause after
    // it ("said it has extended ..."), whose verb is taken when there is one.
    const QList<Token>& t = in.tokens;
    // "There are ongoing uncertainties": nothing is done by anyone.
    if (m_existential.contains(t.first().lower))
        return -1;
    int speech = -1;
    int mention = 0;
    for (int i = 1; i < t.size(); ++i) {
        const Token& w = t[i];
        // "Toshiba Corp, the Japanese electronics group which plans to enter ..., risks": a noun
        // phrase set off after a name describes it and holds no main verb.
        if (speech < 0 && !w.word && w.lower == QLatin1String(",") && i + 1 < t.size()
            && m_determiners.contains(t[i + 1].lower)
            && std::any_of(in.mentions.begin(), in.mentions.end(),
                [&](const EntityMention& m) { return m.end <= w.begin && w.begin - m.end <= 10; })) {
            int close = i + 2;
            while (close < t.size() && close < i + 25 && t[close].lower != QLatin1String(","))
                ++close;
            if (close < t.size() && close < i + 25) {
                i = close;
                continue;
            }
        }
        while (mention < in.mentions.size() && in.mentions[mention].end <= w.begin)
            ++mention;
        if (mention < in.mentions.size() && in.mentions[mention].begin <= w.begin)
            continue;
        if (!w.word || w.capitalized || w.number)
            continue;
        if (m_plainSpeechVerbs.contains(w.lower)) {
            if (speech < 0)
                speech = i;
            continue;
        }
        const Token& prev = t[i - 1];
        // "Kazakhstan joins", but not "Member states".
        const bool afterName = mention > 0 && in.mentions[mention - 1].end == prev.end;
        int verb = -1;
        if (m_auxiliaries.contains(w.lower)) {
            // "will on Thursday consider": adverbs and dates may stand between.
            const auto inDate = [&](int k) {
                return std::any_of(in.dates.begin(), in.dates.end(),
                    [&](const DateExpression& d) { return d.begin <= t[k].begin && t[k].end <= d.end; });
            };
            int j = i + 1;
            while (j < t.size() && t[j].word
                && (m_adverbs.contains(t[j].lower) || t[j].lower.endsWith(QLatin1String("ly")) || inDate(j)))
                ++j;
            const auto participle = [&](const QString& w) {
                return w.endsWith(QLatin1String("ed")) || w.endsWith(QLatin1String("en"))
                    || w.endsWith(QLatin1String("ing")) || m_pastForms.contains(w);
            };
            // "will continue": a modal's verb is the main verb whatever its form.
            if (j < t.size() && t[j].word && !t[j].capitalized
                && (participle(t[j].lower) || m_futureAuxiliaries.contains(w.lower)))
                verb = j;
            else
                continue;
        } else if (m_determiners.contains(prev.lower) || m_subjectEnd.contains(prev.lower)) {
            continue; // "the planned sanctions", "of the agreed terms"
        } else if ((w.lower.size() > 4 && w.lower.endsWith(QLatin1String("ed"))) || m_pastForms.contains(w.lower)) {
            verb = i;
        } else if (in.lead && m_planCues.contains(w.lower) && i + 1 < t.size()
            && m_purposeMarkers.contains(t[i + 1].lower) && !prev.capitalized && prev.word) {
            // "Four major Japanese steelmakers plan to form a cartel": a plan governs an infinitive.
            verb = i;
        } else if (m_baseVerbs.contains(w.lower) && prev.word && !prev.capitalized && prev.lower.size() > 3
            && prev.lower.endsWith(QLatin1Char('s')) && !prev.lower.endsWith(QLatin1String("ss"))
            && !m_prepositions.contains(prev.lower) && !m_auxiliaries.contains(prev.lower)) {
            // "Contracts at both companies expire at midnight": a plural subject's present verb.
            verb = i;
        } else if (w.lower.size() > 3 && w.lower.endsWith(QLatin1Char('s')) && !w.lower.endsWith(QLatin1String("ss"))
            && !(i + 1 < t.size() && m_planCues.contains(t[i + 1].lower)) && !w.lower.endsWith(QLatin1String("us"))
            && !w.lower.endsWith(QLatin1String("is")) && !m_shareNouns.contains(w.lower)
            && (afterName || prev.lower.endsWith(QLatin1String("ly")) || m_adverbs.contains(prev.lower)
                || (in.lead && prev.word && !prev.capitalized && !prev.number
                    && !m_prepositions.contains(prev.lower)))) {
            verb = i;
        }
        // "is expected to send an official": what is expected is the infinitive's deed.
        if (verb >= 0 && verb + 2 < t.size() && m_toGovernors.contains(t[verb].lower)
            && !m_planCues.contains(t[verb].lower) && t[verb + 1].lower == QLatin1String("to") && t[verb + 2].word
            && !t[verb + 2].capitalized && !m_determiners.contains(t[verb + 2].lower)
            && !m_beForms.contains(t[verb + 2].lower))
            verb += 2;
        // "The Bundesbank declined to comment on rumours": words kept back tell nothing done.
        if (verb >= 2 && t[verb - 1].lower == QLatin1String("to") && m_withheldVerbs.contains(t[verb].lower)
            && std::any_of(m_refusalStems.begin(), m_refusalStems.end(),
                [&](const QString& stem) { return t[verb - 2].lower.startsWith(stem); }))
            return -1;
        if (verb >= 0)
            return m_statives.contains(t[verb].lower) ? -1 : verb;
    }
    return speech;
}

bool EventDetector::forecast(const Input& in) const
{
    // "Analysts at Bernstein forecast that domestic chips could meet ...": a forecast, not news.
    for (int k = 0; k + 1 < in.tokens.size() && k < 12; ++k) {
        if (!m_forecasters.contains(in.tokens[k].lower))
            continue;
        // "Some analysts, however, warned that ...": past an adverb set off by commas.
        for (int v = k + 1; v < in.tokens.size() && v <= k + 6; ++v) {
            if (m_forecastVerbs.contains(in.tokens[v].lower))
                return true;
            const bool aside = in.tokens[v].lower == QLatin1String(",") && v + 2 < in.tokens.size()
                && m_adverbs.contains(in.tokens[v + 1].lower) && in.tokens[v + 2].lower == QLatin1String(",");
            if (aside)
                v += 2;
            else if (isClauseMark(in.tokens[v]))
                break;
        }
    }
    return false;
}

} // namespace Kairos::Extract

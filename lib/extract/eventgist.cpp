// SPDX-License-Identifier: GPL-3.0-or-later
// What a statement says, in a few words for its title: "Nvidia says it complied with the law"
// tells an analyst more than "Nvidia makes statement".
#include "eventdetector.h"

namespace Kairos::Extract {

namespace {

constexpr int kMaxGistWords = 14;

bool isDoubleQuote(const QString& t)
{
    return t == QLatin1String("\"") || t == QString(QChar(0x201C)) || t == QString(QChar(0x201D));
}

/// Where the words said end: a clause mark or the sentence's end.
bool isClauseBreak(const QString& t)
{
    return t == QLatin1String(",") || t == QLatin1String(";") || t == QLatin1String(":") || t == QLatin1String("(")
        || t == QLatin1String(".") || t == QLatin1String("?") || t == QLatin1String("!");
}

} // namespace

QString EventDetector::spokenGist(const Input& in, const Hit& said) const
{
    const QList<Token>& t = in.tokens;
    // "said in a statement that ...": the words are the verb's, told after the noun.
    Hit hit = said;
    if (hit.noun && hit.token >= 3 && m_determiners.contains(t[hit.token - 1].lower)
        && m_prepositions.contains(t[hit.token - 2].lower) && m_speechVerbs.contains(t[hit.token - 3].lower)) {
        hit.token -= 3;
        hit.noun = false;
    }
    if (hit.noun || hit.tokenEnd > t.size())
        return {};
    const auto inDate = [&](int k) {
        return std::any_of(in.dates.begin(), in.dates.end(),
            [&](const DateExpression& d) { return d.begin <= t[k].begin && t[k].end <= d.end; });
    };
    const auto mentionEnd = [&](int k) {
        for (const EntityMention& m : in.mentions) {
            if (m.begin == t[k].begin) {
                while (k < t.size() && t[k].end <= m.end)
                    ++k;
                return k;
            }
        }
        return -1;
    };
    // "said on Tuesday that ...", "told reporters in Taipei on Saturday that ...": the words start
    // after the "that" that opens them, when one follows before any comma.
    int from = -1;
    int that = -1;
    for (int k = hit.tokenEnd; k < t.size() && k < hit.tokenEnd + 9 && from < 0; ++k) {
        if (t[k].lower == QLatin1String(",") || isDoubleQuote(t[k].lower) || m_speechVerbs.contains(t[k].lower))
            break;
        if (t[k].lower == QLatin1String("that"))
            that = from = k + 1;
    }
    // "expressed hope that ...", "voiced concern that ...": the verb's own object goes first; not
    // where the words were said ("insisted at a news conference that").
    const bool plain = m_plainSpeechVerbs.contains(t[hit.token].lower) || m_neutralSpeech.contains(t[hit.token].lower)
        || m_listenerVerbs.contains(t[hit.token].lower) || hit.type == QLatin1String("report")
        || hit.tokenEnd - hit.token > 1;
    QString own;
    if (that > hit.tokenEnd + 1 && !plain && !m_prepositions.contains(t[hit.tokenEnd].lower)) {
        for (int k = hit.tokenEnd; k < that - 1 && !inDate(k); ++k)
            own += t[k].lower + QLatin1Char(' ');
    }
    if (from < 0) {
        // "told Trump the talks ...", "told reporters the impact ...": past the listener.
        from = hit.tokenEnd;
        if (from < t.size() && m_listenerVerbs.contains(t[hit.token].lower)) {
            const int named = mentionEnd(from);
            from = named > 0 ? named : from + 1;
        }
        // "said on Friday the talks ...": past the day the words were said.
        while (from < t.size() && inDate(from))
            ++from;
    }
    int to = from;
    if (from >= t.size() || !t[from].word) {
        // "Taiwan's return was an integral part of the order, Xi said": the words come first.
        to = hit.token - 1;
        while (to > 0 && t[to].lower != QLatin1String(","))
            --to;
        from = 0;
    } else {
        while (to < t.size() && !isClauseBreak(t[to].lower))
            ++to;
    }
    while (from < to && isDoubleQuote(t[from].lower))
        ++from;
    if (from >= to)
        return {};
    const auto wordsUpTo = [&](int end) {
        return int(
            std::count_if(t.begin() + from, t.begin() + std::max(from, end), [](const Token& w) { return w.word; }));
    };
    // "would be completed within a year but could be extended by six months": a long report of
    // words ends with its first predicate, where a second one is joined to it.
    const auto opensPredicate = [&](int k) {
        const QString& w = t[k].lower;
        return w == QLatin1String("that") || m_auxiliaries.contains(w) || m_futureAuxiliaries.contains(w)
            || m_beForms.contains(w) || m_pastForms.contains(w) || m_subjectPronouns.contains(w)
            || (w.size() > 4 && w.endsWith(QLatin1String("ed")));
    };
    for (int k = from + 1; wordsUpTo(to) > kMaxGistWords && k + 1 < to; ++k) {
        if ((t[k].lower == QLatin1String("and") || t[k].lower == QLatin1String("but")) && opensPredicate(k + 1)
            && wordsUpTo(k) >= 4 && wordsUpTo(k) <= kMaxGistWords)
            to = k;
    }
    const int words = wordsUpTo(to);
    if (words < 3 || words > kMaxGistWords)
        return {};
    // "says had potentially negative implications", "says to be concerned", "says in a report":
    // words that do not open a clause of their own are no gist; "says we hope" quotes someone.
    const QString& first = t[from].lower;
    // Nor a clause that hangs from another ("says while acknowledging", "claims but that").
    if (m_prepositions.contains(first) || m_subordinators.contains(first) || m_contrastMarks.contains(first)
        || m_clauseCoordinators.contains(first) || m_firstPerson.contains(first) || first == QLatin1String("to")
        || m_auxiliaries.contains(first) || m_beForms.contains(first) || m_futureAuxiliaries.contains(first)
        || m_pastForms.contains(first) || m_adverbs.contains(first) || first.endsWith(QLatin1String("ly"))
        || (first.size() > 4 && first.endsWith(QLatin1String("ed"))))
        return {};
    // "says the additional costs of using PIK certificates": a verb that reports words wants a
    // clause with a verb of its own.
    // "it works with partners": a pronoun opens a clause whatever the tense.
    const bool finite
        = m_subjectPronouns.contains(first) || std::any_of(t.begin() + from, t.begin() + to, [&](const Token& w) {
              return m_auxiliaries.contains(w.lower) || m_beForms.contains(w.lower)
                  || m_futureAuxiliaries.contains(w.lower) || m_pastForms.contains(w.lower)
                  || (w.lower.size() > 4 && w.lower.endsWith(QLatin1String("ed")));
          });
    if (plain && !finite)
        return {};
    QString gist;
    for (int k = from; k < to; ++k) {
        // A quotation mark goes, the space beside it stays; so do the angle brackets wire copy puts
        // around a company's name ("to <Wellcome PLC>").
        const bool bracket = t[k].lower == QLatin1String("<") || t[k].lower == QLatin1String(">");
        if (!isDoubleQuote(t[k].lower) && !bracket)
            gist += in.text->mid(t[k].begin, t[k].end - t[k].begin);
        if (k + 1 < to)
            gist += in.text->mid(t[k].end, t[k + 1].begin - t[k].end);
    }
    gist = (own + gist).simplified();
    while (!gist.isEmpty() && (gist.back() == u',' || gist.back() == u';'))
        gist.chop(1);
    // A first word keeps its capital only when it names something ("The moisture" -> "the moisture").
    if (!gist.isEmpty() && own.isEmpty() && mentionEnd(from) < 0
        && (from == 0 || m_determiners.contains(first) || m_subjectPronouns.contains(first)))
        gist[0] = gist[0].toLower();
    return gist;
}

} // namespace Kairos::Extract

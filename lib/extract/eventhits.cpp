// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the trigger words of one sentence and dropping those in background, hypothetical and
// first-person quoted clauses.
#include "eventdetector.h"

namespace Kairos::Extract {

QList<EventDetector::Hit> EventDetector::findHits(const Input& in) const
{
    // A quotation in the first person ("we don't want a trade war") is commentary, not a report of
    // a happening: triggers inside it are skipped. A sentence may also start inside a quotation
    // that opened in the sentence before.
    QList<bool> quoted(in.tokens.size(), false);
    {
        QList<int> marks;
        for (int i = 0; i < in.tokens.size(); ++i) {
            const QString& t = in.tokens[i].lower;
            if (t == QLatin1String("\"") || t == QString(QChar(0x201C)) || t == QString(QChar(0x201D)))
                marks << i;
        }
        if (marks.size() % 2 == 1)
            marks.prepend(-1);
        for (int m = 0; m + 1 < marks.size(); m += 2) {
            bool firstPerson = false;
            for (int i = marks[m] + 1; i < marks[m + 1] && !firstPerson; ++i)
                firstPerson = m_firstPerson.contains(in.tokens[i].lower) && !in.tokens[i].allCaps;
            for (int i = marks[m] + 1; i < marks[m + 1] && firstPerson; ++i)
                quoted[i] = true;
        }
    }
    QList<Hit> hits;
    const QList<Token>& tokens = in.tokens;
    int mention = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const auto it = m_phrases.constFind(tokens[i].lower);
        if (it == m_phrases.constEnd())
            continue;
        // Words of a name are not triggers: the "States" of "United States" states nothing.
        while (mention < in.mentions.size() && in.mentions[mention].end <= tokens[i].begin)
            ++mention;
        if (mention < in.mentions.size() && in.mentions[mention].begin <= tokens[i].begin)
            continue;
        if (quoted[i])
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
        Hit hit {i, i + int(best->keys.size()), best->type, best->noun};
        // "the import", "its approval": a verb form used as a noun.
        if (!hit.noun && i > 0 && m_determiners.contains(tokens[i - 1].lower))
            hit.noun = true;
        if (best->noun && verbForm && i > 0
            && (tokens[i - 1].lower == QLatin1String("to") || tokens[i - 1].lower == QLatin1String("will")))
            hit.noun = false;
        hits.append(hit);
        i = hit.tokenEnd - 1;
    }

    QList<Hit> kept;
    for (const Hit& h : std::as_const(hits)) {
        // Backgrounded: "following recent export approvals", "the approval of H200 exports".
        bool background = false;
        for (int k = std::max(0, h.token - 4); k < h.token; ++k) {
            const bool near = h.token - k <= 2;
            background = background || (h.noun && m_background.contains(tokens[k].lower))
                || (near && m_strongBackground.contains(tokens[k].lower));
        }
        // "This development comes ...": a noun that refers back to an event already told.
        if (h.noun && h.token >= 1 && h.token <= 2 && m_anaphoric.contains(tokens[h.token - 1].lower))
            background = true;
        // "..., including the power to sell shares": examples and parts, not happenings.
        for (int k = h.token - 1; k >= 0 && !background; --k) {
            if (tokens[k].lower == QLatin1String(",") || tokens[k].lower == QLatin1String(";"))
                break;
            background = m_backgroundClause.contains(tokens[k].lower);
        }
        if (background)
            continue;
        bool hypothetical = false;
        for (int k = 0; k < h.token && !hypothetical; ++k)
            hypothetical = m_hypothetical.contains(tokens[k].lower);
        if (hypothetical)
            continue;
        // "refused to allow": the complement of another trigger is part of that event.
        if (!kept.isEmpty() && !kept.last().noun && h.token >= 1 && tokens[h.token - 1].lower == QLatin1String("to")
            && h.token - kept.last().tokenEnd <= 2)
            continue;
        kept.append(h);
    }
    return kept;
}

} // namespace Kairos::Extract

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "textutil.h"

namespace Kairos::Extract {

namespace {

bool isClosing(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')') || c == QLatin1Char(']')
        || c == QChar(0x201D) || c == QChar(0x2019) || c == QChar(0x00BB);
}

bool isOpening(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('(') || c == QLatin1Char('[')
        || c == QChar(0x201C) || c == QChar(0x2018) || c == QChar(0x00AB);
}

bool isBullet(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(QLatin1String("- ")) || t.startsWith(QLatin1String("* ")) || t.startsWith(QChar(0x2022));
}

} // namespace

bool SentenceSplitter::load(const QJsonObject& rules, QString* error)
{
    m_titles = jsonStringSet(rules.value(QLatin1String("titles")));
    m_months = jsonStringSet(rules.value(QLatin1String("months")));
    m_abbreviations = jsonStringSet(rules.value(QLatin1String("abbreviations")));
    m_starters = jsonStringSet(rules.value(QLatin1String("sentenceStarters")));
    m_summaryHeadings = jsonStringSet(rules.value(QLatin1String("summaryHeadings")));
    m_recapHeadings = jsonStringSet(rules.value(QLatin1String("recapHeadings")));
    m_boilerplateCues = jsonStrings(rules.value(QLatin1String("boilerplateCues")));
    if (m_titles.isEmpty() || m_starters.isEmpty()) {
        if (error)
            *error = QStringLiteral("sentence rules: \"titles\" and \"sentenceStarters\" must be non-empty lists");
        return false;
    }
    return true;
}

bool SentenceSplitter::hardWrapped(const QString& text)
{
    // Wire copy is wrapped at a fixed width: most lines are long and end mid-sentence.
    int lines = 0;
    int wrapped = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            break;
        const QStringView line = QStringView(text).mid(start, nl - start).trimmed();
        if (!line.isEmpty()) {
            ++lines;
            const QChar last = line.back();
            if (line.size() >= 40 && line.size() <= 90 && last != QLatin1Char('.') && last != QLatin1Char('?')
                && last != QLatin1Char('!') && last != QLatin1Char(':'))
                ++wrapped;
        }
        start = nl + 1;
    }
    return lines >= 3 && wrapped * 2 >= lines;
}

bool SentenceSplitter::isBoundary(const QString& text, int start, int dot, int next) const
{
    // next: the first character of the following word (after spaces and opening quotes).
    if (next >= text.size())
        return true;
    const QChar first = text[next];
    if (text[dot] != QLatin1Char('.'))
        return first.isUpper() || first.isDigit() || isOpening(first) || !first.isLetter();
    // The word that the period ends.
    int ws = dot;
    while (ws > 0 && !text[ws - 1].isSpace() && !isOpening(text[ws - 1]))
        --ws;
    const QString word = text.mid(ws, dot - ws).toLower();
    if (m_titles.contains(word))
        return false;
    if (!first.isUpper() && !isOpening(first))
        return false;
    if (m_months.contains(word) && first.isDigit())
        return false;
    int we = next;
    while (we < text.size() && text[we].isLetter())
        ++we;
    const QString nextWord = text.mid(next, we - next).toLower();
    // "announced on December 8. Beijing": a figure is no initial.
    const bool initialism = (word.size() == 1 && word.front().isLetter()) || word.contains(QLatin1Char('.'));
    if (initialism || m_abbreviations.contains(word)) {
        // "The U.S. Officials said", "However, U.S. And Japanese": wire copy capitalises the word
        // after "U.S."; a sentence of two words that ends in an initialism is not one.
        int words = 0;
        for (int k = start; k < ws && words < 2; ++k) {
            if (!text[k].isSpace() && (k == start || text[k - 1].isSpace()))
                ++words;
        }
        if (words < 2 || !m_starters.contains(nextWord))
            return false;
        // "... to help spur U.S. Exports, U.S. Officials say.": nor is one of two words after it.
        int after = 0;
        for (int k = next; k < text.size() && after <= 2; ++k) {
            if (text[k] == QLatin1Char('.') || text[k] == QLatin1Char('?') || text[k] == QLatin1Char('!'))
                return after > 2 || (k + 1 < text.size() && !text[k + 1].isSpace());
            if (!text[k].isSpace() && (k == next || text[k - 1].isSpace()))
                ++after;
        }
        return true;
    }
    return true;
}

QList<Sentence> SentenceSplitter::split(const QString& text) const
{
    QList<Sentence> out;
    const bool wrapped = hardWrapped(text);
    const int n = int(text.size());
    int start = 0;
    bool inSummary = false;
    bool inRecap = false;
    auto flush = [&](int b, int e) {
        while (b < e && text[b].isSpace())
            ++b;
        while (e > b && text[e - 1].isSpace())
            --e;
        if (e <= b)
            return;
        // "Key points" and its list recap the story; the first paragraph after the list is the
        // story itself.
        if (inRecap && !isBullet(QStringView(text).mid(b, e - b))) {
            // A paragraph opens after a blank line.
            int k = b;
            while (k > 0 && text[k - 1] != QLatin1Char('\n') && text[k - 1].isSpace())
                --k;
            int p = k - 1;
            while (p > 0 && text[p - 1] != QLatin1Char('\n') && text[p - 1].isSpace())
                --p;
            if (k >= 1 && text[k - 1] == QLatin1Char('\n') && p >= 1 && text[p - 1] == QLatin1Char('\n'))
                inSummary = inRecap = false;
        }
        Sentence s {b, e, inSummary};
        QString key = text.mid(b, e - b).trimmed().toLower();
        while (!key.isEmpty() && (key.back() == QLatin1Char(':') || key.back() == QLatin1Char('.')))
            key.chop(1);
        // Credit lines are short and close the article; looking for their cues in every sentence
        // would cost throughput.
        s.boilerplate = key.size() < 120 && text.size() - e < 400
            && std::any_of(m_boilerplateCues.begin(), m_boilerplateCues.end(),
                [&](const QString& cue) { return key.contains(cue); });
        s.summary = s.summary || s.boilerplate;
        if (m_summaryHeadings.contains(key)) {
            inSummary = true;
            inRecap = m_recapHeadings.contains(key);
            s.summary = true;
        }
        out.append(s);
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            const bool blank = i + 1 < n && (text[i + 1] == QLatin1Char('\n') || text[i + 1] == QLatin1Char('\r'));
            const bool indented = i + 2 < n && text[i + 1] == QLatin1Char(' ') && text[i + 2] == QLatin1Char(' ');
            int lineEnd = int(text.indexOf(QLatin1Char('\n'), i + 1));
            if (lineEnd < 0)
                lineEnd = n;
            const bool bullet = isBullet(QStringView(text).mid(i + 1, lineEnd - i - 1));
            if (!wrapped || blank || indented || bullet) {
                flush(start, i);
                start = i + 1;
            }
            continue;
        }
        // Full-width terminators of Chinese and Japanese end a sentence without a following space.
        if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F)) {
            int j = i + 1;
            while (j < n && (isClosing(text[j]) || text[j] == QChar(0x300D) || text[j] == QChar(0x300F)))
                ++j;
            flush(start, j);
            start = j;
            i = j - 1;
            continue;
        }
        if (c != QLatin1Char('.') && c != QLatin1Char('?') && c != QLatin1Char('!'))
            continue;
        // A decimal point or an inner period of an initialism.
        if (i + 1 < n && !text[i + 1].isSpace() && !isClosing(text[i + 1]))
            continue;
        int j = i + 1;
        while (j < n && (isClosing(text[j]) || text[j] == QLatin1Char('.')))
            ++j;
        const int sentenceEnd = j;
        if (j < n && !text[j].isSpace())
            continue;
        while (j < n && text[j].isSpace())
            ++j;
        int k = j;
        while (k < n && isOpening(text[k]))
            ++k;
        if (!isBoundary(text, start, i, k))
            continue;
        flush(start, sentenceEnd);
        start = sentenceEnd;
        i = sentenceEnd - 1;
    }
    flush(start, n);
    return out;
}

} // namespace Kairos::Extract

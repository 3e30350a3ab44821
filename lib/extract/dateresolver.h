// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"
#include "wordset.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace Kairos::Extract {

/// Finds date expressions in text and resolves them to a calendar period with a precision,
/// against the publication date and, for "two weeks later", the last date the text mentioned.
/// The vocabulary (month names, relative words, numeric order) comes from a data file, so another
/// language means another file. Unresolvable expressions keep precision Unknown; nothing is guessed.
class DateResolver
{
public:
    /// The English rules embedded in the library (resources/extract/en/dates.json).
    static std::shared_ptr<const DateResolver> createDefault(QString* error = nullptr);
    /// Resolves the first date expression in text (for the query language and importers).
    static std::optional<DateExpression> resolve(const QString& text, std::optional<TimePoint> published = {});

    bool load(const QJsonObject& rules, QString* error);
    /// "12/08/2025" is 12 August when day-first, 8 December otherwise (the file's default).
    void setDayFirst(bool dayFirst) { m_dayFirst = dayFirst; }

    /// All expressions in text, in order, without overlaps.
    QList<DateExpression> find(const QString& text, std::optional<TimePoint> published) const;

private:
    enum Kind {
        Iso,
        Numeric,
        MonthDay,
        DayMonth,
        MonthYear,
        MonthAlone,
        Quarter,
        Year,
        NthDay,
        Weekday,
        RelativeDay,
        RelativePeriod,
        Offset,
        SameDay,
        ClockTime,
        MonthRange,
        MonthCount,
        KindCount
    };
    struct Candidate
    {
        int begin;
        int end;
        Kind kind;
        QRegularExpressionMatch match;
    };
    struct Context
    {
        const QString* text;
        std::optional<TimePoint> published;
        std::optional<TimePoint> reference;
        std::optional<TimePoint> comingWeek; // the Monday of a week to come that the text named
        std::optional<TimePoint> firstDay; // the first day the text told of: what "the move" refers back to
    };

    /// Which kinds of expression the text may hold, from one pass over its words: the patterns
    /// of the other kinds need not run (most of the extraction time is spent matching them).
    quint32 possibleKinds(const QString& text) const;
    DateExpression resolveCandidate(const Candidate& c, const Context& ctx) const;
    /// "the July-September period", "the first four months of the year": months first to last,
    /// in the year given or, without one, the latest such span begun by the anchor (the next one
    /// not yet over when the text looks ahead).
    void setMonthSpan(
        DateExpression* e, int first, int last, std::optional<qint64> year, TimePoint anchor, bool ahead) const;
    /// "in the second half of 2026": the half of the year the words before the year name.
    void halveYear(const QString& text, DateExpression* e) const;
    void startInThird(DateExpression& e, const QString& edgeCue) const;
    /// "from August 1 that year": a day without its year takes the last year the text stated.
    void takeStatedYear(const QString& text, DateExpression* e) const;
    /// "licences in August 2023, then graphite in December": a month whose year was guessed, told
    /// after a month or day of a stated year in the same sentence, follows it.
    void followStatedDate(const QString& text, const QList<DateExpression>& before, DateExpression* e) const;
    /// Whether the sentence up to begin looks ahead; seenFromThePast tells a plan told in the past
    /// tense ("was due to").
    bool futureContext(const QString& text, int begin, bool* seenFromThePast) const;
    bool pastVerbBefore(const QString& words) const;
    bool futureAfter(const QString& text, int end) const;
    /// 0: none; 1: a pronoun ("This comes"); 2: a noun naming a happening ("The move comes").
    int anaphoricSubject(const QString& text, int begin) const;
    /// "less than a week after": the offset bounds the date, it does not give it.
    bool boundedOffset(const QString& text, int begin) const;
    bool openerBeforeNow(const QString& text, int begin, int end) const;
    /// "from January 1", "since October": the expression bounds a period rather than telling a day.
    bool periodBound(const QString& text, int begin) const;
    /// "rose 34% from a year earlier": an offset after a word of comparison is the base of a
    /// change, not when anything happened.
    bool comparisonBase(const QString& text, int begin, int end) const;
    int number(const QString& word) const;

    QRegularExpression m_patterns[KindCount];
    WordMap<quint32> m_cueWords; // word -> the cue groups it belongs to
    int m_longestCueWord = 0;
    QHash<QString, int> m_months;
    QHash<QString, int> m_weekdays;
    QHash<QString, int> m_relativeDays;
    QHash<QString, int> m_numbers;
    QHash<QString, QString> m_units;
    QHash<QString, int> m_ordinals;
    QHash<QString, int> m_seasons;
    QRegularExpression m_halfYear; // "the second half of": the words before a year that halve it
    QHash<QString, int> m_halves;
    QHash<QString, int> m_monthThirds; // the first day of "early", "mid" or "late" in a month
    QRegularExpression m_thatYear; // " that year" after a day: the year the text stated last
    WordSet m_offsetAfter, m_offsetBefore, m_past, m_next, m_current, m_early, m_late;
    WordSet m_scheduledPresent;
    WordSet m_namingDeterminers; // "its", "the", "'s": "its own July agreement"
    QStringList m_futureCues;
    QStringList m_pastFutureCues; // "were due to": a plan as it stood before the writing
    QStringList m_speechSettings; // "said in Tokyo on Friday": words between the speech and its day
    QStringList m_pastSpeech; // "said on Friday": the day of the words, even when they tell of what will be
    QStringList m_pastDeedVerbs; // irregular past forms: "took effect on"
    QStringList m_futureParticiples; // "scheduled on": forms in -ed that look ahead
    QStringList m_futureAuxiliaries; // "will be unveiled on": no past tense after these
    QStringList m_datePrepositions; // "unveiled on Oct 9"
    QStringList m_futureAfter; // the verb after a weekday: "on Thursday Smith would meet"
    WordSet m_spanConnectors; // "and", "to": "between February 18 and February 21, 1986"
    QStringList m_anaphoric;
    WordSet m_presentMainVerbs;
    WordSet m_pastMainVerbs;
    QStringList m_offsetBounds;
    QStringList m_periodBounds;
    QStringList m_comparisonWords;
    bool m_dayFirst = false;
};

} // namespace Kairos::Extract

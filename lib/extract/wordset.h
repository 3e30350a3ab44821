// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace Kairos::Extract {

/// Lexicon words mapped to what the rules know of them, asked about every token of every
/// article many times over.
/// Qt's string hash was the slowest part of such a lookup (half the extraction time in
/// `bench_extract` on CPUs where it runs legacy SSE code after wide AVX code), so this table
/// hashes inline (FNV-1a) and probes open addresses without allocating.
/// Words are only added, never removed: the tables are built once from the rule files.
template <typename T>
class WordMap
{
public:
    T& operator[](const QString& word)
    {
        if (const int found = indexOf(word); found >= 0)
            return m_values[size_t(found)];
        m_words.push_back(word);
        m_values.emplace_back();
        // At most half full, so a probe for a missing word stops soon.
        if (m_slots.size() < 2 * m_words.size())
            rehash(std::max<size_t>(16, 4 * m_words.size()));
        else
            place(m_words.size() - 1);
        return m_values.back();
    }
    /// The word's value, or nullptr (`constEnd()`) if it is not in the table.
    const T* constFind(QStringView word) const
    {
        const int found = indexOf(word);
        return found < 0 ? nullptr : &m_values[size_t(found)];
    }
    const T* constEnd() const { return nullptr; }
    bool contains(QStringView word) const { return indexOf(word) >= 0; }
    T value(QStringView word, const T& fallback = T()) const
    {
        const T* found = constFind(word);
        return found ? *found : fallback;
    }
    bool isEmpty() const { return m_words.empty(); }
    qsizetype size() const { return qsizetype(m_words.size()); }
    const std::vector<QString>& words() const { return m_words; }
    /// Room for that many words without growing the table on the way.
    void reserve(size_t count)
    {
        m_words.reserve(count);
        m_values.reserve(count);
        if (m_slots.size() < 2 * count)
            rehash(std::max<size_t>(16, 4 * count));
    }

private:
    // Eight bytes a slot: the tables are probed for every token by a hundred sets, and a probe's
    // cost is the cache line it loads.
    struct Slot
    {
        quint32 hash = 0;
        qint32 word = -1;
    };
    static quint32 hashOf(QStringView word)
    {
        // FNV-1a over the UTF-16 units: lexicon words are short, and an inline loop beats a call.
        size_t hash = 14695981039346656037ull;
        for (const QChar c : word)
            hash = (hash ^ c.unicode()) * 1099511628211ull;
        // The table indexes by the low bits; fold the better-mixed high bits into them.
        return quint32(hash ^ (hash >> 29));
    }
    int indexOf(QStringView word) const
    {
        if (m_words.empty())
            return -1;
        const quint32 hash = hashOf(word);
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.word < 0)
                return -1;
            if (slot.hash == hash && QStringView(m_words[size_t(slot.word)]) == word)
                return slot.word;
        }
    }
    void place(size_t word)
    {
        const quint32 hash = hashOf(m_words[word]);
        size_t i = hash & m_mask;
        while (m_slots[i].word >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = {hash, qint32(word)};
    }
    void rehash(size_t capacity)
    {
        size_t tableSize = 1;
        while (tableSize < capacity)
            tableSize <<= 1;
        m_slots.assign(tableSize, Slot {});
        m_mask = tableSize - 1;
        for (size_t w = 0; w < m_words.size(); ++w)
            place(w);
    }

    std::vector<QString> m_words;
    std::vector<T> m_values;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

/// A set of lexicon words ("said", "told", "according"), with the lookup speed of `WordMap`.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QString> words)
        : WordSet(words.begin(), words.end())
    { }
    template <typename It>
    WordSet(It first, It last)
    {
        for (; first != last; ++first)
            insert(*first);
    }

    void insert(const QString& word) { m_words[word] = 1; }
    WordSet& unite(const WordSet& other)
    {
        for (const QString& w : other)
            insert(w);
        return *this;
    }
    WordSet& operator<<(const QString& word)
    {
        insert(word);
        return *this;
    }
    bool contains(QStringView word) const { return m_words.contains(word); }
    void reserve(size_t count) { m_words.reserve(count); }
    bool isEmpty() const { return m_words.isEmpty(); }
    qsizetype size() const { return m_words.size(); }
    std::vector<QString>::const_iterator begin() const { return m_words.words().begin(); }
    std::vector<QString>::const_iterator end() const { return m_words.words().end(); }

private:
    WordMap<char> m_words; // not bool: std::vector<bool> hands out no references
};

} // namespace Kairos::Extract

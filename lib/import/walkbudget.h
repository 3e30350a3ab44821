// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

namespace Kairos::Import {

/// The counters one walk shares across folders and nested archives: entries, bytes, cancellation.
class WalkBudget
{
public:
    WalkBudget(const ImportLimits& limits, const std::atomic_bool* cancel, const ProgressCallback& progress)
        : m_limits(limits)
        , m_cancel(cancel)
        , m_progress(progress)
    { }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    /// Counts one more entry; false once the entry limit is passed.
    bool takeEntry() { return ++m_entries <= m_limits.maxEntries; }
    /// Counts bytes read or decompressed; false once the bundle's total limit is passed.
    bool takeBytes(qint64 bytes)
    {
        m_bytes += bytes;
        return bundleBytes() <= m_limits.maxTotalBytes;
    }
    void fileDone()
    {
        ++m_files;
        if (m_progress)
            m_progress(m_bytes, m_files);
    }
    /// A new dropped input starts its own entry and byte counts.
    void resetForBundle()
    {
        m_entries = 0;
        m_bundleBytesStart = m_bytes;
    }
    qint64 bundleBytes() const { return m_bytes - m_bundleBytesStart; }
    bool totalExceeded() const { return bundleBytes() > m_limits.maxTotalBytes; }
    bool entriesExceeded() const { return m_entries > m_limits.maxEntries; }

private:
    const ImportLimits& m_limits;
    const std::atomic_bool* m_cancel;
    const ProgressCallback& m_progress;
    qint64 m_entries = 0;
    qint64 m_bytes = 0;
    qint64 m_bundleBytesStart = 0;
    qint64 m_files = 0;
};

} // namespace Kairos::Import

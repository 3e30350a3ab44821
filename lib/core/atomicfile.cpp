// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

namespace Kairos {

bool commitAtomically(QSaveFile& file, QString* reason)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        *reason = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

} // namespace Kairos

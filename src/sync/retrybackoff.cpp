#include "retrybackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace parasol {

int RetryBackoff::nextDelayMs()
{
    const int doublings = std::min(m_failures, 6); // 2^6 s already exceeds the cap
    ++m_failures;
    const int base = std::min(kFirstDelayMs << doublings, kMaxDelayMs);
    const int jitter = base / 5;
    return base - jitter + int(QRandomGenerator::global()->bounded(2 * jitter + 1));
}

} // namespace parasol

#pragma once

#include <QtGlobal>

namespace parasol {

// How long to wait before trying the central service again: doubling from one second
// up to a minute, with ±20% jitter so that consoles cut off together do not all come
// back in the same instant.
class RetryBackoff
{
public:
    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kMaxDelayMs = 60'000;

    // The delay before the next attempt; each call after a failure doubles it.
    int nextDelayMs();
    // After a success the next failure starts from the first delay again.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
};

} // namespace parasol

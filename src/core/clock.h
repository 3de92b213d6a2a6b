#pragma once

#include <QtGlobal>

namespace parasol {

// "Now", injectable: rules and services ask a Clock, never the system directly,
// so tests can stand at any instant (the eve of a window's end, Shanghai midnight).
class Clock
{
public:
    virtual ~Clock() = default;
    // UTC milliseconds since the epoch.
    virtual qint64 nowMs() const = 0;

    static const Clock &system();
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0) : m_nowMs(nowMs) { }
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    void advanceMs(qint64 deltaMs) { m_nowMs += deltaMs; }

private:
    qint64 m_nowMs;
};

} // namespace parasol
